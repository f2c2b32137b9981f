# ruff: noqa: E501  (one made-up mail per line reads better than a wrapped one)
"""Round 15 (English, blind25): a copy of one's data asked in everyday words (a screenshot or a
printout of what is in the account); processing frozen in everyday words ("don't do anything
with my details for now"), beside another request in the same mail."""

from worker.classify.reader import read
from worker.domain import RequestType as T


def _types(subject: str, text: str) -> set[T]:
    return set(read(subject, text).classification.request_types)


# a copy in everyday words: screenshot / printout of what is held


def test_printout_of_my_account_is_access() -> None:
    text = (
        "hello\n\ncould you email me a printout of my customer account as it stands, "
        "I want to check it before I renew.\n\nthanks, Mo"
    )
    assert T.ACCESS in _types("account", text)


def test_screenshot_of_whats_stored_is_access() -> None:
    text = "Hi, can you just send me a screenshot of what's stored on me? Cheers, Jo"
    assert T.ACCESS in _types("question", text)


def test_screenshot_of_an_error_is_no_access() -> None:
    text = (
        "Hi, the checkout page crashes when I pay. I can send you a screenshot of the error "
        "message if that helps.\n\nBest, Jo"
    )
    assert T.ACCESS not in _types("checkout broken", text)


# processing frozen in everyday words


def test_dont_do_anything_with_my_details_for_now_is_restriction() -> None:
    text = (
        "hi\n\nplease don't do anything with my details for now, there's a disagreement with "
        "my agency about my contract and I want it sorted first.\n\nKit"
    )
    assert T.RESTRICTION in _types("my details", text)


def test_dont_touch_my_account_until_settled_beside_a_copy() -> None:
    text = (
        "Hello,\n\nDo not touch my account until the insurance claim is settled.\n\n"
        "Also could you give me a print-out of what's in it right now?\n\nR. Daly"
    )
    assert _types("account", text) == {T.RESTRICTION, T.ACCESS}


def test_dont_do_anything_without_a_pause_is_no_restriction() -> None:
    text = "Hi, I don't do anything with my account these days, it just sits there. Anyway, nice catalogue!"
    assert T.RESTRICTION not in _types("hello", text)


# a hold with the negation on the subject: "that none of them be deleted ... pending"


def test_none_of_them_be_deleted_pending_is_restriction_not_erasure() -> None:
    text = (
        "Dear Sirs,\n\nWe act for Ms Ines Varga. Please send us a copy of her personal data. "
        "As a claim is likely, we ask that you keep her timesheets and that none of them be "
        "destroyed or changed until the claim has been decided.\n\nYours faithfully,\nBrook & Co"
    )
    types = _types("Our client", text)
    assert T.RESTRICTION in types
    assert T.ERASURE not in types


def test_no_records_destroyed_before_hearing_is_restriction() -> None:
    text = (
        "Hello, I have a hearing next month. I request that no records about my shifts are "
        "deleted before the hearing. Regards, Tom"
    )
    assert _types("Shift records", text) == {T.RESTRICTION}


def test_asking_that_all_be_deleted_stays_erasure() -> None:
    text = "Hello, I ask that all of my records be deleted without delay. Regards, Tom"
    assert _types("Records", text) == {T.ERASURE}


# off a mailing named in the sentence before, by a pronoun


def test_take_me_off_it_after_the_newsletter_is_opt_out() -> None:
    text = (
        "Hi,\n\nI thought I had unticked everything, but your newsletter turned up again today. "
        "Please take me off it.\n\nMarta"
    )
    assert _types("newsletter again", text) == {T.MARKETING_OPT_OUT}


def test_remove_me_from_them_after_promo_texts_is_opt_out() -> None:
    text = "Hello, those promo texts keep arriving every Friday. Can you remove me from them? Ben"
    assert T.MARKETING_OPT_OUT in _types("texts", text)


def test_take_me_off_it_about_a_delivery_rota_is_no_opt_out() -> None:
    text = (
        "Hi, I'm no longer on the Tuesday delivery rota for the site. Please take me off it. "
        "Thanks, Marta"
    )
    assert T.MARKETING_OPT_OUT not in _types("rota", text)


# my item off an internal, operational list or system (a duty roster is no phone marketing)


def test_number_off_the_call_out_list_is_erasure() -> None:
    text = (
        "Hi Sue,\n\nI'm leaving the company at the end of the month. Please make sure my home phone "
        "number is taken off the on-call rota and out of the standby system.\n\nCheers, Raj"
    )
    assert _types("leaving", text) == {T.ERASURE}


def test_name_off_the_staff_directory_is_erasure() -> None:
    text = "Hello, I left in March. Could my name be removed from the staff directory? Thanks, Eva"
    assert _types("directory", text) == {T.ERASURE}


def test_number_off_your_call_list_after_sales_calls_is_no_erasure() -> None:
    text = (
        "Your sales people keep ringing me. Make sure my mobile number comes off your call list "
        "please. Raj"
    )
    assert T.ERASURE not in _types("calls", text)


# marketing named just before, stopped by a pronoun ("make that stop")


def test_make_that_stop_after_sales_calls_is_objection() -> None:
    text = (
        "Hello,\n\nYour telesales people have rung my landline three times this week about "
        "special deals. Please make that stop.\n\nJune"
    )
    assert _types("calls", text) == {T.OBJECTION}


def test_make_them_stop_after_promo_emails_is_opt_out() -> None:
    text = "Hi, I keep getting your promotional e-mails twice a day. Can you make them stop? Ali"
    assert T.MARKETING_OPT_OUT in _types("emails", text)


def test_make_it_stop_about_a_noisy_machine_is_nothing() -> None:
    text = "Hi, the dryer you installed at our site squeaks all day. Can you make it stop? Ali"
    assert _types("dryer", text) == set()
