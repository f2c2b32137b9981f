"""Round 10 (blind21, German): classes of wording the rules read wrong before, one made-up mail
each (not the letters' own sentences)."""

from __future__ import annotations

from worker.classify.reader import read
from worker.domain import RequestType as T


def types(subject: str, text: str) -> tuple[T, ...]:
    return read(subject, text).classification.request_types


def test_a_client_dpo_auditing_us_as_processor_asks_for_nothing():
    got = read(
        "Prüfung",
        "Sehr geehrte Damen und Herren,\n\nals externer Datenschutzbeauftragter der Muster "
        "Wasser GmbH kündige ich die Kontrolle Ihres Hauses als Auftragsverarbeiter an.\n\n"
        "Bitte übersenden Sie uns:\n- das Verarbeitungsverzeichnis für unsere Mandantin;\n"
        "- den Nachweis der Löschung der Daten früherer Mitarbeiter.\n\nMit freundlichen "
        "Grüßen\nK. Berg",
    ).classification
    assert got.request_types == ()
    assert not got.on_behalf


def test_a_journalists_research_questions_ask_for_nothing():
    got = types(
        "Presseanfrage",
        "Guten Tag,\n\nich recherchiere für ein Magazin über Arbeitskleidung. Wie viele "
        "Auskunftsanfragen zu gespeicherten Daten erhalten Sie im Jahr?\n\nGruß\nL. Sommer\n"
        "Freier Journalist",
    )
    assert got == ()


def test_data_about_me_named_as_a_condition_is_no_access_request():
    got = types(
        "Werbung",
        "Hallo,\n\nsofern Sie Daten über mich gespeichert haben, widerrufe ich meine "
        "Einwilligung in Werbung per E-Mail.\n\nGruß\nM. Kern",
    )
    assert T.ACCESS not in got


def test_rausloschen_is_an_erasure():
    got = types(
        "Konto",
        "Hallo,\n\nich brauche mein Konto nicht mehr. Können Sie bitte meine Daten "
        "rauslöschen?\n\nDanke\nT. Vogt",
    )
    assert got == (T.ERASURE,)


def test_a_companys_own_data_exported_is_no_portability():
    got = types(
        "Frage",
        "Hallo,\n\nbitte exportieren Sie die Rechnungsdaten unseres Unternehmens für das "
        "letzte Quartal.\n\nGruß\nEinkauf",
    )
    assert T.PORTABILITY not in got


def test_the_writers_own_entry_adjusted_with_a_separable_verb_is_a_rectification():
    got = types(
        "Kontakt",
        "Guten Tag,\n\nich bin jetzt Abteilungsleiter. Passen Sie bitte meinen Eintrag im "
        "Kundenverzeichnis an.\n\nGruß\nR. Huber",
    )
    assert got == (T.RECTIFICATION,)


def test_an_entry_named_then_replaced_is_a_rectification():
    got = types(
        "Ansprechpartner",
        "Liebe Kollegen,\n\nin meiner Akte ist als Ansprechpartner noch mein Vater eingetragen. "
        "Bitte ersetzen Sie ihn durch meinen Bruder.\n\nDanke\nS. Koch",
    )
    assert got == (T.RECTIFICATION,)


def test_not_wanting_the_company_to_pass_data_on_is_an_objection():
    got = types(
        "Meine Daten",
        "Hallo,\n\nich möchte nicht, dass Sie meine Gesundheitsangaben an meine Versicherung "
        "weitergeben.\n\nGruß\nE. Lang",
    )
    assert got == (T.OBJECTION,)


def test_a_mild_wish_that_data_not_be_passed_on_is_an_objection():
    got = types(
        "Angaben",
        "Guten Tag,\n\nes wäre mir lieber, wenn meine Schuhgröße nicht an Dritte weitergegeben "
        "würde.\n\nGruß\nF. Roth",
    )
    assert T.OBJECTION in got


def test_a_wish_that_data_be_kept_no_longer_is_an_erasure():
    got = types(
        "Anprobe",
        "Guten Tag,\n\nich wünsche, dass meine Maße nach der Anprobe nicht mehr gespeichert "
        "bleiben.\n\nGruß\nH. Maier",
    )
    assert T.ERASURE in got


def test_an_old_application_to_be_deleted_is_an_erasure():
    got = types(
        "Neue Bewerbung",
        "Sehr geehrte Damen und Herren,\n\nanbei meine Bewerbung als Näherin. Die alte "
        "Bewerbung aus dem Vorjahr können Sie bitte vernichten.\n\nMit freundlichen Grüßen\n"
        "B. Yilmaz",
    )
    assert got == (T.ERASURE,)


def test_a_representative_asking_what_is_stored_about_him_is_access():
    got = types(
        "Mein Vater",
        "Sehr geehrte Damen und Herren,\n\nich bin Betreuerin meines Vaters. Bitte senden "
        "Sie mir eine Übersicht der über ihn gespeicherten Angaben.\n\nMit freundlichen "
        "Grüßen\nC. Wolf",
    )
    assert T.ACCESS in got


def test_a_number_removed_because_customers_call_it_is_no_objection_to_calls():
    got = types(
        "Ehemaliger Mitarbeiter",
        "Sehr geehrte Damen und Herren,\n\nich arbeite nicht mehr bei Ihnen, trotzdem gehen "
        "Anrufe von Kunden auf meinem Handy ein. Bitte entfernen Sie meine Handynummer von Ihrer "
        "Internetseite.\n\nMit freundlichen Grüßen\nO. Franke",
    )
    assert got == (T.ERASURE,)
