"""Round 11 (English): requests made elsewhere, disclaimed, announced for later, or copied
for information are no erasure."""

from worker.classify.reader import read
from worker.domain import RequestType as T


def _types(subject: str, text: str) -> set[T]:
    return set(read(subject, text).classification.request_types)


def test_other_request_among_others_is_history() -> None:
    text = (
        "Hello,\n\nI have also asked my insurer to delete the old policy file they keep.\n\n"
        "Best,\nJo"
    )
    assert T.ERASURE not in _types("For your information", text)


def test_request_disclaimed_across_commas() -> None:
    text = (
        "Dear team,\n\nPlease send me a copy of my personal data.\n\n"
        "To be clear, we are not, for the moment, requesting that you delete my records.\n\n"
        "Regards,\nKim"
    )
    assert _types("Access", text) == {T.ACCESS}


def test_request_announced_for_later() -> None:
    text = (
        "Dear team,\n\nPlease send me a copy of my personal data.\n\n"
        "Depending on what I find, I may ask you to erase my account.\n\nRegards,\nKim"
    )
    assert _types("Access", text) == {T.ACCESS}


def test_no_type_requested_in_subject() -> None:
    text = "Dear team,\n\nPlease send me a copy of all personal data you hold about me.\n\nKim"
    assert _types("Access request - no deletion requested", text) == {T.ACCESS}


def test_request_to_another_privacy_desk_copied_to_us() -> None:
    text = (
        "FYI - they said they passed my details on to you.\n\nSam\n\n"
        "-----Original Message-----\n"
        "From: Sam Doe <sam.doe@mail.example>\n"
        "To: privacy@otherfirm.example\n"
        "Subject: Deletion\n"
        "Hello, please delete all personal data you hold about me. Sam Doe\n"
    )
    assert _types("FW: Deletion", text) == set()


def test_art15_confirmation_as_a_list_item() -> None:
    text = (
        "To whom it may concern,\n\nI request:\n"
        "1. confirmation as to whether or not you are processing my personal data;\n"
        "2. a statement of your retention periods.\n\nLee Park"
    )
    assert T.ACCESS in _types("GDPR request", text)
