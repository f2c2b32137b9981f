"""Round 13 (blind23, German): classes of wording the rules read wrong before, one made-up mail
each (not the letters' own sentences)."""

from __future__ import annotations

from worker.classify.reader import read
from worker.domain import RequestType as T


def types(subject: str, text: str) -> tuple[T, ...]:
    return read(subject, text).classification.request_types


def test_a_visit_is_no_correction():
    got = types(
        "Werksführung",
        "Guten Tag,\n\nbitte streichen Sie mich aus Ihrem Verteiler für Rundschreiben. Die "
        "gebuchte Besichtigung Ihres Lagers im Mai bleibt bestehen.\n\nGruß\nK. Lenz",
    )
    assert T.RECTIFICATION not in got


def test_claims_named_by_example_in_someone_elses_advice_are_no_request():
    got = types(
        "Streit um Rücksendung",
        "Guten Tag,\n\nder Verbraucherverband schreibt mir, dass Ansprüche wie etwa auf "
        "Berichtigung oder Auskunft direkt beim Händler anzumelden seien. Ich verlange die "
        "Einschränkung der Verarbeitung des Vermerks zu meiner Retoure, bis der Streit geklärt "
        "ist.\n\nGruß\nP. Maier",
    )
    assert T.RECTIFICATION not in got
    assert T.ACCESS not in got
    assert T.RESTRICTION in got


def test_an_objection_to_use_for_advertising_purposes_covers_every_channel():
    got = types(
        "Werbung",
        "Hallo,\n\nich widerspreche der Nutzung meiner Adresse zu Werbezwecken.\n\nGruß\nA. Roth",
    )
    assert T.OBJECTION in got
    assert T.MARKETING_OPT_OUT in got


def test_a_mail_that_says_nothing_is_needed_from_us_asks_nothing():
    got = types(
        "Kurze Info",
        "Hallo,\n\nder Versanddienst hat mir inzwischen Auskunft über meine Daten gegeben, "
        "alles in Ordnung. Sie müssen also nichts weiter tun.\n\nGruß\nB. Koch",
    )
    assert got == ()


def test_a_needed_answer_is_not_read_as_nothing_asked():
    got = types(
        "Auskunft",
        "Hallo,\n\nbitte erteilen Sie mir Auskunft über meine gespeicherten Daten. Eine Antwort "
        "ist bis Monatsende erforderlich.\n\nGruß\nB. Koch",
    )
    assert T.ACCESS in got


def test_a_complaint_a_neighbour_lodged_is_not_the_writers():
    got = types(
        "Beschwerde meiner Nachbarin",
        "Guten Tag,\n\nich habe gehört, dass meine Nachbarin bei der Datenschutzbehörde "
        "Beschwerde wegen Ihrer Türkamera eingereicht hat. Ich selbst habe damit nichts zu "
        "tun.\n\nGruß\nW. Busch",
    )
    assert T.COMPLAINT not in got


def test_the_writers_own_complaint_still_counts():
    got = types(
        "Beschwerde",
        "Guten Tag,\n\nich beschwere mich über die Weitergabe meiner Daten an Ihren "
        "Werbepartner.\n\nGruß\nW. Busch",
    )
    assert T.COMPLAINT in got


def test_an_objection_to_profiling_for_advertising_stays_an_objection_only():
    got = types(
        "Profil",
        "Hallo,\n\nich widerspreche der Analyse meines Surfverhaltens zu Werbezwecken.\n\n"
        "Gruß\nA. Roth",
    )
    assert T.OBJECTION in got
    assert T.MARKETING_OPT_OUT not in got


def test_copies_of_the_writers_own_papers_asked_to_be_sent_are_access():
    got = types(
        "Unterlagen",
        "Hallo,\n\nkönnten Sie mir bitte Kopien meiner Lohnzettel aus dem Jahr 2015 "
        "zuschicken? Das Finanzamt fragt danach.\n\nGruß\nS. Wolf",
    )
    assert T.ACCESS in got


def test_a_copy_of_an_order_is_no_access():
    got = types(
        "Bestellung",
        "Hallo,\n\nkönnen Sie mir bitte eine Kopie meiner Bestellung vom Montag zuschicken?"
        "\n\nGruß\nS. Wolf",
    )
    assert T.ACCESS not in got


def test_the_recording_of_the_writers_call_asked_for_is_access():
    got = types(
        "Telefonat",
        "Guten Tag,\n\nich habe letzte Woche mit Ihrem Kundendienst telefoniert. Bitte "
        "schicken Sie mir den Mitschnitt dieses Telefonats zu.\n\nGruß\nE. Kraus",
    )
    assert T.ACCESS in got


def test_a_list_named_in_a_mail_whose_writer_keeps_reading_it_is_no_opt_out():
    got = types(
        "Ihr Rundmail-Verteiler",
        "Hallo,\n\nbitte ändern Sie meinen Namen im Eintrag: ich heiße seit der Heirat "
        "Jana Ott. Den Infobrief möchte ich gerne weiterhin bekommen.\n\nGruß\nJ. Ott",
    )
    assert T.RECTIFICATION in got
    assert T.MARKETING_OPT_OUT not in got


def test_a_removal_from_the_list_still_counts():
    got = types(
        "Verteiler",
        "Hallo,\n\nbitte nehmen Sie mich aus Ihrem Verteiler.\n\nGruß\nJ. Ott",
    )
    assert T.MARKETING_OPT_OUT in got
