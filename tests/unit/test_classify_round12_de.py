"""Round 12 (former_heldout10, German): classes of wording the rules read wrong before, one
made-up mail each (not the letters' own sentences)."""

from __future__ import annotations

from worker.classify.reader import read
from worker.domain import RequestType as T


def types(subject: str, text: str) -> tuple[T, ...]:
    return read(subject, text).classification.request_types


def test_a_template_the_writer_means_to_send_later_asks_nothing_yet():
    got = types(
        "Kurze Frage",
        "Hallo,\n\nwir wollen demnächst die Vorlage der Verbraucherberatung zum Löschen unserer "
        "Kundendaten an Sie schicken. Vorher eine Frage: Wer ist bei Ihnen dafür zuständig?"
        "\n\nGruß\nT. Brandt",
    )
    assert T.ERASURE not in got


def test_a_deletion_the_writer_would_have_to_do_themselves_is_no_request():
    got = types(
        "Newsletter ohne Anmeldung?",
        "Hallo,\n\ngibt es Ihren Newsletter auch ohne Benutzerkonto? Ich will kein Profil "
        "anlegen, das ich später wieder entfernen muss.\n\nGruß\nR. Sommer",
    )
    assert T.ERASURE not in got


def test_a_restriction_only_if_a_retention_duty_stands_in_the_way_is_no_request():
    got = types(
        "Löschung meiner Daten",
        "Sehr geehrte Damen und Herren,\n\nbitte löschen Sie alle Daten zu meiner Person. "
        "Sollte der Löschung eine gesetzliche Aufbewahrungspflicht im Wege stehen, ist die "
        "Verarbeitung nach Art. 18 DSGVO einzuschränken; nennen Sie mir dann bitte die Frist."
        "\n\nMit freundlichen Grüßen\nM. Haas",
    )
    assert T.ERASURE in got
    assert T.RESTRICTION not in got


def test_an_authority_named_as_the_source_of_a_template_is_no_complaint():
    got = types(
        "Auskunft nach Art. 15 DSGVO",
        "Sehr geehrte Damen und Herren,\n\nden folgenden Text habe ich dem Merkblatt der "
        "Aufsichtsbehörde in Bayern entnommen. Ich bitte um Auskunft über alle zu meiner Person "
        "gespeicherten Daten.\n\nMit freundlichen Grüßen\nK. Lindner",
    )
    assert got == (T.ACCESS,)


def test_a_disposal_the_writer_did_themselves_asks_nothing_and_is_no_guess():
    reading = read(
        "Falsch zugestellt",
        "Hallo,\n\nin unserem Briefkasten lag ein Umschlag von Ihnen an Herrn Vogt. Ich habe "
        "ihn Herrn Vogt gebracht. Den Umschlag habe ich weggeworfen.\n\nViele Grüße\nS. Ebert",
    )
    assert reading.classification.request_types == ()
    assert reading.declined  # read as no request on purpose: the model does not guess


def test_advertising_by_post_named_as_a_compound_is_an_objection():
    got = types(
        "Werbung",
        "Guten Tag,\n\nsenden Sie mir bitte keine Werbekataloge mehr nach Hause.\n\nGruß\nH. Wolf",
    )
    assert T.OBJECTION in got


def test_the_old_value_to_go_and_the_new_one_given_is_a_correction():
    got = types(
        "Kontakt",
        "Hallo, bitte streichen Sie meine bisherige Festnetznummer, die neue ist 0221 998877. "
        "Danke\nP. Kraus",
    )
    assert T.RECTIFICATION in got
    assert T.ERASURE not in got


def test_data_to_be_handed_over_in_the_infinitive_is_access_beside_erasure():
    got = types(
        "Meine Daten",
        "Sehr geehrte Damen und Herren,\n\nich bitte Sie, mir sämtliche zu meiner Person "
        "verarbeiteten Messdaten zuzusenden und sie danach zu vernichten.\n\nMit freundlichen "
        "Grüßen\nL. Franke",
    )
    assert T.ACCESS in got
    assert T.ERASURE in got


def test_who_has_access_to_my_data_now_is_access():
    got = types(
        "Firmenübernahme",
        "Hallo,\n\nmein früherer Arbeitgeber wurde verkauft. Wer hat nun eigentlich Zugriff auf "
        "meine Größendaten?\n\nGruß\nE. Roth",
    )
    assert T.ACCESS in got


def test_whether_my_data_went_to_a_third_party_is_access():
    got = types(
        "Frage",
        "Guten Tag,\n\nhaben Sie meine Adresse an ein Inkassobüro weitergeleitet?\n\nGruß\nF. Beck",
    )
    assert T.ACCESS in got


def test_an_erasure_item_under_a_lead_in_that_asks_is_anchored_in_a_long_letter():
    filler = (
        "Ich habe Ihre Arbeitsschuhe mehrere Jahre über meinen früheren Betrieb getragen und "
        "bin dort inzwischen ausgeschieden, weshalb ich die Kleidung zurückgegeben habe. "
    ) * 5
    got = types(
        "Meine Rechte nach der DSGVO",
        "Sehr geehrte Damen und Herren,\n\n" + filler + "Hiermit verlange ich Folgendes:\n\n"
        "1. Auskunft über alle zu meiner Person gespeicherten Daten.\n"
        "2. Löschung sämtlicher Größendaten, die für den Mietvertrag meines früheren Betriebs "
        "nicht mehr gebraucht werden.\n\n"
        "Mit freundlichen Grüßen\nG. Pohl",
    )
    assert T.ACCESS in got
    assert T.ERASURE in got


def test_what_follows_a_copied_complaint_set_off_by_rule_lines_is_asked_of_us():
    reading = read(
        "Kopie meiner Beschwerde",
        "Sehr geehrte Damen und Herren,\n\nzur Kenntnis sende ich Ihnen nachstehend meine "
        "Beschwerde, die ich gestern beim Landesbeauftragten für Datenschutz eingereicht habe."
        "\n\n***\nBeschwerde über die Firma\n\nIch habe im Mai Auskunft verlangt und nichts "
        "bekommen. Ich bitte um Prüfung.\n***\n\nIch bitte Sie weiterhin um Auskunft über meine "
        "gespeicherten Daten.\n\nGruß\nW. Busch",
    )
    got = reading.classification
    assert got.authority_complaint
    assert T.ACCESS in got.request_types


def test_a_quotation_opening_a_wrapped_line_does_not_end_the_sentence():
    got = types(
        "Schreiben für meine Tochter",
        "Sehr geehrte Damen und Herren,\n\n"
        + (
            "ich schreibe im Auftrag meiner Tochter Jana, die bei Ihnen Kleidung gemietet hat "
            "und mich darum gebeten hat, diese Angelegenheit für sie zu erledigen. "
        )
        * 5
        + 'Außerdem verlangt sie, dass die Bemerkung\n"unzuverlässige Rückgabe" aus '
        "ihrem Kundenkonto entfernt wird.\n\nMit freundlichen Grüßen\nB. Kurz",
    )
    assert T.ERASURE in got


def test_channels_coordinated_after_the_clause_are_all_read():
    got = types(
        "Einwilligung",
        "Hallo,\n\nhiermit widerrufe ich meine Einwilligung in Werbung per SMS und Telefon.\n\n"
        "Gruß\nD. Kühn",
    )
    assert T.MARKETING_OPT_OUT in got
    assert T.OBJECTION in got


def test_a_companys_move_in_a_mail_about_its_business_records_is_no_correction():
    got = types(
        "Umzug",
        "Guten Tag,\n\nwir sind umgezogen. Die Ware bitte künftig an Gewerbestraße 5, Bonn "
        "liefern und den Firmensitz in Ihren Kreditorendaten anpassen.\n\nGruß\nEinkauf",
    )
    assert T.RECTIFICATION not in got


def test_a_private_move_is_still_a_correction():
    got = types("Umzug", "Hallo, wir sind umgezogen, neue Anschrift: Hauptstr. 3, Köln.\nGruß")
    assert T.RECTIFICATION in got


def test_a_companys_own_records_asked_for_export_are_no_portability():
    got = types(
        "Export Lieferscheine",
        "Guten Tag,\n\nbitte senden Sie uns die Lieferdaten unseres Betriebs für das letzte "
        "Quartal als CSV-Datei, wir wechseln den Anbieter unserer Warenwirtschaft.\n\nGruß\n"
        "Buchhaltung",
    )
    assert got == ()
