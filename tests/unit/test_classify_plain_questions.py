# ruff: noqa: E501  (one made-up mail per line reads better than a wrapped one)
"""Questions about how a right works, requests put off, and a subject that names a question's
topic ask nothing (German forms, and the Dutch and French ones the round-14 tests lack): "wie
lange dauert es, bis man eine Kopie bekommt, wenn man sie anfordert?", "vielleicht fordere ich
später eine Kopie an", "Frage zum Widerspruch". The same words asked now still ask. Made-up
mails."""

import pytest

from worker.classify import classify
from worker.domain import RequestType as T


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        (
            "Frage",
            "Wie lange braucht es in der Regel, bis man eine Kopie seiner Daten erhält, wenn man sie beantragt?",
        ),
        (
            "",
            "Eventuell beantrage ich irgendwann eine Auskunft über meine Daten, im Moment aber nicht.",
        ),
        ("", "Vielleicht verlange ich später eine Kopie meiner Daten, jetzt ist alles gut."),
        (
            "Frage zum Widerspruch",
            "Gilt das auch für Daten, die mein Arbeitgeber an Sie weitergibt?",
        ),
        ("Info zur Löschung", "Gilt die Löschfrist auch für Bewerbungsunterlagen?"),
        (
            "Vraagje",
            "Hoeveel dagen duurt het doorgaans voor men een overzicht van zijn gegevens krijgt als men het opvraagt?",
        ),
        ("Bezwaar", "Geldt het recht van bezwaar ook voor foto's van een beurs?"),
        (
            "Question",
            "En combien de temps reçoit-on une copie de ses données lorsqu'on la demande ?",
        ),
        ("Question sur l'opposition", "Est-ce valable aussi pour les photos prises au salon ?"),
    ],
)
def test_a_question_or_a_request_put_off_asks_nothing(subject, text):
    assert classify(subject, text).request_types == ()


@pytest.mark.parametrize(
    ("subject", "text", "wanted"),
    [
        (
            "Frage",
            "Bitte schicken Sie mir eine Kopie meiner Daten. Wie lange dauert das ungefähr?",
            T.ACCESS,
        ),
        (
            "",
            "Eine Kopie meiner Daten brauche ich jetzt, vielleicht melde ich mich später noch einmal.",
            T.ACCESS,
        ),
        ("Widerspruch", "Ich widerspreche der Nutzung meiner Daten für Werbung.", T.OBJECTION),
        (
            "Bezwaar",
            "Ik maak gebruik van mijn recht van bezwaar tegen het gebruik van mijn foto's.",
            T.OBJECTION,
        ),
        (
            "",
            "Y a-t-il moyen de récupérer mes commandes en fichier CSV ? Je change de fournisseur.",
            T.PORTABILITY,
        ),
    ],
)
def test_the_same_words_asked_now_still_ask(subject, text, wanted):
    assert wanted in classify(subject, text).request_types
