"""Round 13 (English, blind23): rights named but not asked ("please note that the law gives you
a right of access"), a past request made to someone else, and organisations' letters that ask
the GDPR mailbox nothing (terms set on a list they hand over, a list they sent, "DPA" as a
contract, a contact changed for a contract)."""

from worker.classify.reader import read
from worker.domain import RequestType as T


def _types(subject: str, text: str) -> set[T]:
    return set(read(subject, text).classification.request_types)


def test_please_note_rights_is_information_not_a_request() -> None:
    text = (
        "Hello,\n\nI am still waiting for my deposit of £30 to be paid back.\n\n"
        "Please be aware that the regulations give consumers several rights, among them the "
        "right of access to their data and the right to have wrong details rectified.\n\n"
        "All I want is the deposit.\n\nRegards,\nPat"
    )
    assert _types("Deposit", text) == set()


def test_please_note_does_not_hide_an_act_asked() -> None:
    text = "Hello,\n\nPlease note that I want a copy of all personal data you hold about me.\n\nPat"
    assert _types("My data", text) == {T.ACCESS}


def test_past_request_to_another_company_is_history() -> None:
    text = (
        "Hi,\n\nI just made a subject access request to my energy supplier and it shows your "
        "shop gave them my landline number.\n\nCould you please delete my landline number "
        "from my account? Nothing else needs to change.\n\nThanks,\nSam"
    )
    assert _types("Landline", text) == {T.ERASURE}


def test_terms_on_a_roster_handed_over_are_no_restriction() -> None:
    text = (
        "Hello,\n\nHere is the roster of the 12 volunteers for the open day. Our privacy "
        "officer would like the roster to be used only for the name badges, and to be thrown "
        "away after the event.\n\nBest,\nKim"
    )
    assert _types("Open day roster", text) == set()


def test_own_data_used_only_for_a_purpose_is_still_restriction() -> None:
    text = "Hello,\n\nI ask that my data be used only for delivering my orders.\n\nKim"
    assert T.RESTRICTION in _types("My data", text)


def test_missing_from_the_list_we_sent_is_no_opt_out() -> None:
    text = (
        "Hi team,\n\nAttached is the updated participant file. Two welders were missing "
        "from the list we sent on Monday.\n\nRegards,\nLee, HR"
    )
    assert T.MARKETING_OPT_OUT not in _types("Updated participants", text)


def test_remove_me_from_your_list_is_still_an_opt_out() -> None:
    text = "Hi,\n\nPlease take me off your mailing list.\n\nLee"
    assert T.MARKETING_OPT_OUT in _types("Mailing list", text)


def test_dpa_as_a_contract_is_no_complaint() -> None:
    text = (
        "Hi,\n\nAs agreed under our DPA, you handle the visitor log for us. Please replace "
        "last week's log with the version attached.\n\nKind regards,\nJo, Facilities"
    )
    assert T.COMPLAINT not in _types("Visitor log", text)


def test_contact_updated_for_a_contract_is_no_rectification() -> None:
    text = (
        "Dear team,\n\nI am the new privacy contact at Brightwell Foods. Could you update "
        "your records for our service agreement with my address (privacy@brightwell.example)?"
        "\n\nBest,\nNoor"
    )
    assert T.RECTIFICATION not in _types("New privacy contact", text)


def test_consent_to_keeping_asks_nothing() -> None:
    text = (
        "Hello,\n\nI moved to the night shift and need warmer gloves, size 9.\n\n"
        "I read your privacy notice. It's fine with me if you store my hand size until the end "
        "of the season, you need it for the order.\n\nThanks,\nOla"
    )
    reading = read("Warmer gloves", text)
    assert reading.classification.request_types == ()
    assert reading.declined


def test_consent_to_keeping_beside_a_deletion_keeps_the_deletion() -> None:
    text = (
        "Hello,\n\nI don't mind if you keep my account, but please delete my old "
        "photos from my profile.\n\nOla"
    )
    assert T.ERASURE in _types("Photos", text)


def test_future_post_redirected_is_rectification() -> None:
    text = (
        "Dear Sir or Madam,\n\nI hold power of attorney for my aunt, Mrs Joan Bell. Please send "
        "all future statements to me at the address below instead of to her care home.\n\n"
        "Yours faithfully,\nPaul Bell"
    )
    assert T.RECTIFICATION in _types("Mrs Joan Bell", text)


def test_future_post_to_a_representative_alone_is_no_rectification() -> None:
    text = (
        "Dear Sir or Madam,\n\nWe act for Mr Green and ask for a copy of his personal data. "
        "Please send further correspondence to our office at the address above.\n\nGray & Co"
    )
    assert T.RECTIFICATION not in _types("Mr Green", text)
