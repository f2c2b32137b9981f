"""Polite requests that are no condition and no mere question: whether it can be done ("would
it be possible to delete my account?", "wäre es möglich, … zu löschen?"), thanks in advance put
as a condition ("I'd be grateful if you …", "ich wäre Ihnen dankbar, wenn …"), and "j'aimerais
que", "ich hätte gerne, dass". They ask, firmly; a real condition still holds. Made-up mails."""

import pytest

from worker.classify import classify
from worker.classify.guard import HOLD_CONFIDENCE
from worker.domain import RequestType as T


@pytest.mark.parametrize(
    "text",
    [
        "Would it be possible to remove my wearer profile from your systems?",
        "Is het mogelijk om mijn klantenaccount te verwijderen?",
        "Serait-il possible d'effacer mon compte client ?",
        "Wäre es möglich, mein Kundenkonto zu löschen?",
        "Wären Sie so freundlich, meine Bewerbung zu löschen?",
        "I would be grateful if you could erase my customer account.",
        "Ik zou het op prijs stellen als u mijn account wist.",
        "Je vous serais reconnaissante de supprimer mon compte.",
        "Ich wäre Ihnen dankbar, wenn Sie mein Konto löschen würden.",
        "J'aimerais que vous supprimiez mon profil.",
        "Ich hätte gerne, dass Sie mein Profil löschen.",
    ],
)
def test_a_polite_erasure_request_is_read_and_not_held(text):
    got = classify("", text)
    assert T.ERASURE in got.request_types
    assert got.confidence > HOLD_CONFIDENCE


@pytest.mark.parametrize(
    "text",
    [
        "If you cannot find my order, please delete my account.",
    ],
)
def test_a_real_condition_still_holds_the_erasure(text):
    got = classify("", text)
    assert T.ERASURE in got.request_types
    assert got.confidence <= HOLD_CONFIDENCE
