# ruff: noqa: E501  (one made-up mail per line reads better than a wrapped one)
"""A parent or relative asking to erase a family member's data ("please delete our son's account",
"verwijder de account van onze zoon") asks an erasure, and the letter is framed on_behalf: the
data are not the sender's, so a person checks the mandate before anything is erased. Made-up
mails."""

import pytest

from worker.classify import classify
from worker.domain import RequestType as T


@pytest.mark.parametrize(
    "text",
    [
        "Please delete our son's account, he is 15 and signed up without asking us.",
        "Could you erase my mother's details? She passed away in May.",
        "Verwijder aub de account van onze zoon, hij is 15.",
        "Ik wil dat jullie de gegevens van mijn dochter wissen, ze is pas 14.",
        "Bitte löschen Sie das Konto unseres Sohnes, er ist 15.",
    ],
)
def test_a_relatives_erasure_is_read_and_held_as_on_behalf(text):
    reading = classify("", text)
    assert T.ERASURE in reading.request_types
    assert reading.on_behalf


def test_the_writers_own_account_is_not_on_behalf():
    reading = classify(
        "", "Please delete my account, I ordered a jacket for my son once but no longer need it."
    )
    assert T.ERASURE in reading.request_types and not reading.on_behalf
