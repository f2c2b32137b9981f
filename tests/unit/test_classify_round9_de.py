"""Round 9 (blind20, German): classes of wording the rules read wrong before, one made-up mail
each (not the letters' own sentences)."""

from __future__ import annotations

from worker.classify.reader import read
from worker.domain import Language
from worker.domain import RequestType as T


def types(subject: str, text: str) -> tuple[T, ...]:
    return read(subject, text).classification.request_types


def test_a_hold_on_deletion_said_with_auf_keinen_fall_is_a_restriction():
    got = types(
        "Beweise sichern",
        "Guten Tag,\n\nich streite mit meiner Versicherung. Bitte vernichten Sie meine "
        "Lieferscheine auf keinen Fall, solange der Rechtsstreit läuft.\n\nGruß\nA. Brandt",
    )
    assert T.RESTRICTION in got
    assert T.ERASURE not in got


def test_a_new_value_entered_with_a_separable_verb_is_a_rectification():
    got = types(
        "Neue Bankverbindung",
        "Hallo,\n\ntragen Sie bitte meine neue Bankverbindung DE00 0000 0000 0000 in Ihr "
        "Kundenkonto ein.\n\nDanke\nK. Lenz",
    )
    assert got == (T.RECTIFICATION,)


def test_a_number_reported_as_deregistered_is_no_unsubscription():
    got = types(
        "Telefon",
        "Hallo,\n\nmeine Festnetznummer wurde abgemeldet, ich bin nur noch mobil zu "
        "erreichen: 0160 0000000.\n\nGruß\nP. Roth",
    )
    assert T.MARKETING_OPT_OUT not in got


def test_a_vendors_own_seminar_offer_asks_nothing():
    got = types(
        "Schulung Datenschutz für Lagerpersonal",
        "Sehr geehrte Damen und Herren,\n\nLöschanfragen, Auskunftsbegehren, Widerspruch "
        "gegen Newsletter: in unserem Inhouse-Workshop lernt Ihr Team, Anfragen sicher zu "
        "beantworten. Teilnahmegebühr pro Person 250 EUR. Abmeldung vom Verteiler jederzeit "
        "möglich.\n\nIhre Akademie Nord",
    )
    assert got == ()


def test_the_authority_named_as_the_text_of_a_privacy_notice_is_no_complaint():
    got = types(
        "Hinweis zur Datenschutzerklärung",
        "Guten Tag,\n\nin Ihren Datenschutzhinweisen ist als Aufsichtsbehörde noch eine "
        "Landesbehörde angegeben, zuständig wäre aber die Datenschutzbehörde in Brüssel. "
        "Das nur als Hinweis.\n\nGruß\nH. Wolf",
    )
    assert T.COMPLAINT not in got


def test_a_wish_to_see_what_is_stored_asked_indirectly_is_access():
    got = types(
        "Messestand",
        "Hallo,\n\nan Ihrem Messestand habe ich meine Visitenkarte abgegeben. Ich würde gern "
        "wissen, was dazu alles erfasst wurde.\n\nGruß\nM. Kühn",
    )
    assert T.ACCESS in got


def test_a_removal_wished_for_in_the_passive_is_erasure():
    got = types(
        "Gästebuch",
        "Hallo,\n\nim Gästebuch Ihrer Website stehen zwei Einträge mit meinem Namen. Die "
        "Einträge sollen bitte gelöscht werden.\n\nGruß\nL. Sommer",
    )
    assert T.ERASURE in got


def test_body_measurements_are_the_writers_records():
    got = types(
        "Maße",
        "Guten Tag,\n\nbei der Anprobe wurden Maße von mir genommen. Bitte entfernen Sie "
        "die Maße aus Ihrem System.\n\nGruß\nR. Vogel",
    )
    assert T.ERASURE in got


def test_which_further_data_are_held_is_access():
    got = types(
        "Frage",
        "Hallo,\n\nSie haben meine Bestellhistorie. Welche weiteren Daten haben Sie "
        "noch?\n\nGruß\nE. Haas",
    )
    assert T.ACCESS in got


def test_a_dutch_colleague_asking_the_team_to_take_a_mail_over_passes_it_on():
    reading = read(
        "FW: Datenübertragbarkeit - via receptie",
        "Hallo GDPR-team,\n\nDeze mail kwam binnen via het webformulier. Kunnen jullie het "
        "overnemen?\n\nBedankt,\nPieter, Receptie\n\n-----Oorspronkelijk bericht-----\n"
        "Van: Jonas Berg\nVerzonden: maandag 7 december 2026\nOnderwerp: Export\n\nGuten Tag, "
        "ich möchte meine Kundendaten als CSV-Datei exportiert bekommen, für einen neuen "
        "Anbieter. Gruß, Jonas Berg",
    ).classification
    assert reading.passed_on
    assert reading.request_types == (T.PORTABILITY,)
    assert reading.language == Language.DE
