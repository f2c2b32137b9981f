"""A request put as leave to ask ("may I ask you to delete my account?", "mag ik u vragen …",
"puis-je vous demander de …", "darf ich Sie bitten, …") asks; leave to ask a question ("may I
ask you when my data will be deleted?") asks about it. Made-up mails."""

import pytest

from worker.classify import classify
from worker.domain import RequestType as T


@pytest.mark.parametrize(
    "text",
    [
        "May I ask you to remove my customer account and everything linked to it?",
        "Could I kindly ask you to erase my account on the wearer app?",
        "Mag ik u vragen om mijn klantaccount te verwijderen?",
        "Zou ik jullie mogen vragen mijn oude cv te wissen?",
        "Puis-je vous demander d'effacer mon profil de porteur ?",
        "Je pourrais vous demander de supprimer mon compte client ?",
        "Darf ich Sie bitten, mein Kundenkonto zu löschen?",
        "Könnte ich Sie bitten, meine Bewerbungsunterlagen zu vernichten?",
    ],
)
def test_leave_to_ask_for_an_erasure_asks_for_it(text):
    assert T.ERASURE in classify("", text).request_types


@pytest.mark.parametrize(
    "text",
    [
        "May I ask you when my account will be deleted?",
        "Mag ik u vragen wanneer mijn gegevens gewist worden?",
        "Puis-je vous demander quand mes données seront supprimées ?",
        "Darf ich Sie fragen, ob meine Daten gelöscht werden?",
    ],
)
def test_leave_to_ask_a_question_about_it_asks_no_erasure(text):
    assert T.ERASURE not in classify("", text).request_types
