"""Round 11 (blind22, German): classes of wording the rules read wrong before, one made-up mail
each (not the letters' own sentences)."""

from __future__ import annotations

from worker.classify.reader import read
from worker.domain import RequestType as T


def types(subject: str, text: str) -> tuple[T, ...]:
    return read(subject, text).classification.request_types


def test_a_request_announced_for_later_is_not_made_now():
    got = types(
        "Auskunft über meine Daten",
        "Guten Tag,\n\nbitte erteilen Sie mir Auskunft über die zu meiner Person gespeicherten "
        "Daten.\n\nJe nach Ergebnis werde ich danach gegebenenfalls die Löschung meiner Daten "
        "beantragen.\n\nGruß\nJ. Weber",
    )
    assert T.ACCESS in got
    assert T.ERASURE not in got


def test_a_right_explained_to_the_reader_asks_nothing():
    got = types(
        "Hinweis zu Ihren Rechten",
        "Hallo,\n\nnur zur Information, ich habe dazu Folgendes gelesen und frage nichts an:\n\n"
        "Betroffene können nach Art. 17 DSGVO verlangen, dass ein Verantwortlicher "
        "personenbezogene Daten umgehend löscht, wenn der Zweck entfallen ist.\n\nGruß\nP. Roth",
    )
    assert T.ERASURE not in got


def test_a_works_council_inquiry_for_an_agreement_is_no_request():
    got = types(
        "Frage des Personalrats",
        "Sehr geehrte Damen und Herren,\n\nder Personalrat bittet um Auskunft, wie lange Sie "
        "die Zeiterfassungsdaten der Beschäftigten speichern. Wir benötigen dies für eine "
        "Dienstvereinbarung.\n\nMit freundlichen Grüßen\nDer Personalrat",
    )
    assert got == ()


def test_the_stop_of_advertising_named_as_a_noun_is_an_opt_out():
    got = types(
        "Meine Forderungen",
        "Sehr geehrte Damen und Herren,\n\nich fordere:\n\n1. Löschung meines Profils;\n"
        "2. Unterlassung weiterer Werbung per SMS.\n\nMit freundlichen Grüßen\nL. Vogt",
    )
    assert T.MARKETING_OPT_OUT in got


def test_the_writers_own_deletion_of_newsletter_mails_is_no_opt_out():
    got = types(
        "Danke",
        "Hallo,\n\nvielen Dank für die schnelle Erledigung, die Sache ist damit abgeschlossen. "
        "Ich habe Ihre alten Newsletter-Ausgaben aus meinem Postfach gelöscht.\n\nGruß\nM. Kern",
    )
    assert got == ()
