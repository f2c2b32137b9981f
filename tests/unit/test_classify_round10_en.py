"""Round 10 (English): classes of wording read from blind21, in made-up sentences."""

from worker.classify.reader import read
from worker.domain import RequestType as T


def _types(text: str, subject: str = "Question") -> set[T]:
    return set(read(subject, text).classification.request_types)


def test_device_wiped_and_reset_is_no_erasure() -> None:
    text = (
        "Hello,\n\nThe barcode printer goes back to you by van tomorrow. Please wipe it and "
        "reset it before you rent it out to the next customer.\n\nThanks, Sam"
    )
    assert T.ERASURE not in _types(text)


def test_entry_erased_from_the_ledger_is_no_erasure() -> None:
    text = (
        "Hi,\n\nCredit note CN-88 was booked twice. Could you reverse it and delete it from "
        "your ledger so the statements agree?\n\nRegards, Finance"
    )
    assert T.ERASURE not in _types(text)


def test_copy_of_a_product_data_sheet_is_no_access() -> None:
    text = "Hello,\n\nCould you send us a copy of the technical data sheet for the parka?\n\nJo"
    assert _types(text) == set()


def test_copy_of_the_data_protection_impact_assessment_is_no_access() -> None:
    text = (
        "Dear DPO,\n\nI object to the processing of my location data by the van tracker. I also "
        "ask for a copy of the data protection impact assessment for the tracker.\n\nKim"
    )
    assert T.ACCESS not in _types(text)


def test_service_texts_stopped_are_no_marketing_opt_out() -> None:
    text = "Hi, please stop texting me order confirmations for every item. Thanks, Ann"
    assert T.MARKETING_OPT_OUT not in _types(text)


def test_researcher_with_a_qualifier_is_a_notice() -> None:
    text = (
        "Dear colleagues,\n\nI am a doctoral researcher studying how firms answer erasure and "
        "objection requests. Would you share anonymised figures on the requests you received "
        "last year?\n\nBest, Dr. Lee"
    )
    assert _types(text) == set()


def test_briefing_sent_for_no_individual_is_a_notice() -> None:
    text = (
        "To the privacy team,\n\nBelow is the leaflet our association hands to members.\n\n"
        "- You have the right to a copy of your data.\n- You can ask for wrong data to be "
        "corrected.\n\nWe are not writing on behalf of any individual member and do not expect "
        "a reply.\n\nRegards, Chris"
    )
    assert _types(text) == set()


def test_passive_removal_question_asks_for_erasure() -> None:
    text = "Hi,\n\nThe photos you took at the induction day - could those be deleted? Ta, Ray"
    assert T.ERASURE in _types(text)


def test_to_be_taken_off_the_database_asks_for_erasure() -> None:
    text = "Hello,\n\nI have retired. I would like to be taken off your database, please.\n\nBo"
    assert T.ERASURE in _types(text)


def test_his_number_off_the_system_altogether_is_an_erasure_too() -> None:
    text = (
        "Hello,\n\nYour sales people keep phoning my mother. Please stop calling her, and take "
        "her mobile number off your system altogether.\n\nThanks, Pat"
    )
    assert {T.ERASURE, T.OBJECTION} <= _types(text)


def test_wrong_entry_to_be_put_right_asks_for_rectification() -> None:
    text = (
        "Hello,\n\nMy first name was entered as 'Jon' instead of 'John' on my staff card. Could "
        "that be put right, please?\n\nJohn"
    )
    assert T.RECTIFICATION in _types(text)


def test_data_not_used_until_checked_asks_for_restriction() -> None:
    text = (
        "Dear DPO,\n\nThe shoe size on my record is wrong. I would rather it were not used for "
        "any order until it has been verified at the next fitting.\n\nRegards, Una"
    )
    assert T.RESTRICTION in _types(text)


def test_what_you_have_got_on_me_asks_for_access() -> None:
    text = "Hi, close my account please, and tell me what you've got on me. Cheers, Al"
    assert T.ACCESS in _types(text)
