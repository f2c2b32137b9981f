"""Round 14 (blind24, German): classes of wording the rules read wrong before, made-up mails
(not the corpus mails' own sentences), each with a near miss."""

from __future__ import annotations

from worker.classify import classify
from worker.classify.reader import read
from worker.domain import RequestType as T


def types(subject: str, text: str) -> tuple[T, ...]:
    return read(subject, text).classification.request_types


# data not to be used for now, put as an imperative, or not used and not deleted either


def test_data_not_to_be_used_for_now_as_an_imperative_is_a_restriction():
    got = types(
        "Meine Daten",
        "Hallo,\n\nich streite mit meiner Versicherung über einen Unfall. Nutzen Sie meine "
        "Angaben bis auf Weiteres nicht.\n\nGruß\nP. Lorenz",
    )
    assert got == (T.RESTRICTION,)


def test_not_used_but_not_deleted_either_the_use_named_first_is_a_restriction():
    got = types(
        "Bitte aufbewahren",
        "Guten Tag,\n\ndie Protokolle meiner Schulung brauche ich noch für einen Rechtsstreit. "
        "Verarbeiten Sie sie nicht weiter, aber löschen Sie sie auch nicht.\n\nGruß\nD. Kern",
    )
    assert got == (T.RESTRICTION,)


def test_a_delivery_note_not_to_be_used_for_now_is_no_restriction():
    got = types(
        "Lieferschein",
        "Hallo,\n\nbitte benutzen Sie den alten Lieferschein vorerst nicht, die Ware kommt "
        "erst nächste Woche.\n\nGruß\nH. Brandl",
    )
    assert T.RESTRICTION not in got


# a restriction confirmed by us and thanked for: a state told


def test_thanks_for_the_confirmation_that_data_are_blocked_asks_nothing():
    got = types(
        "Danke",
        "Sehr geehrte Damen und Herren,\n\nvielen Dank für Ihre Bestätigung, dass mein "
        "Datensatz gesperrt ist und bis zur Klärung nicht mehr genutzt wird.\n\nGruß\nA. Wolf",
    )
    assert got == ()


def test_a_block_asked_until_a_dispute_ends_is_still_a_restriction():
    got = types(
        "Sperrung",
        "Guten Tag,\n\nbitte sperren Sie meine Daten, bis der Streit um die Rechnung geklärt "
        "ist.\n\nGruß\nA. Wolf",
    )
    assert got == (T.RESTRICTION,)


# calls no longer wished, as a "dass" clause; the number struck for the calls


def test_calls_no_longer_wished_in_a_dass_clause_are_an_objection():
    got = types(
        "Anrufe",
        "Hallo,\n\nich will nicht mehr, dass mich Ihr Außendienst jede Woche anruft."
        "\n\nGruß\nB. Ernst",
    )
    assert got == (T.OBJECTION,)


def test_a_number_struck_from_the_calls_is_an_objection():
    got = types(
        "Telefon",
        "Guten Tag,\n\nnehmen Sie bitte meine Handynummer von Ihrer Anrufliste.\n\nGruß\nB. Ernst",
    )
    assert T.OBJECTION in got
    assert T.ERASURE not in got


def test_a_call_wished_at_another_time_is_no_objection():
    got = types(
        "Rückruf",
        "Hallo,\n\nich möchte nicht, dass Sie mich vor zehn Uhr anrufen, vorher bin ich auf der "
        "Baustelle.\n\nGruß\nB. Ernst",
    )
    assert T.OBJECTION not in got


# a Widerspruch only considered, its consequences asked about, or against a bill


def test_an_objection_only_considered_is_no_objection():
    got = types(
        "Werbung",
        "Hallo,\n\nwir erwägen, der Nutzung unserer Daten für Werbung zu widersprechen, "
        "wollen aber erst Ihr neues Angebot sehen.\n\nGruß\nK. Vogel",
    )
    assert T.OBJECTION not in got


def test_the_consequences_of_an_objection_asked_about_are_no_objection():
    got = types(
        "Frage",
        "Hallo,\n\nwas geschieht denn, falls ich der Verwendung meiner Daten für Werbung "
        "widerspreche? Bekomme ich dann noch Rechnungen per E-Mail?\n\nGruß\nK. Vogel",
    )
    assert T.OBJECTION not in got


def test_a_widerspruch_against_a_bill_under_such_a_subject_is_no_request():
    got = classify(
        "Widerspruch",
        "Guten Tag,\n\nich widerspreche Ihrer Rechnung 4471 vom 3. März, die Lieferung kam nie "
        "an. Ich lege hiermit Widerspruch gegen die Rechnung ein.\n\nGruß\nK. Vogel",
    )
    assert got.request_types == ()


def test_an_objection_made_now_after_thinking_it_over_still_counts():
    got = types(
        "Widerspruch",
        "Hallo,\n\nich habe es mir überlegt: Ich widerspreche der Nutzung meiner Daten für "
        "Werbung per Post.\n\nGruß\nK. Vogel",
    )
    assert got == (T.OBJECTION,)


def test_a_widerspruch_against_a_bill_and_against_advertising_is_an_objection():
    got = types(
        "Widerspruch",
        "Guten Tag,\n\nich lege Widerspruch gegen Ihre Mahnung ein. Außerdem widerspreche ich "
        "der Nutzung meiner Daten für Werbung per Post.\n\nGruß\nK. Vogel",
    )
    assert got == (T.OBJECTION,)


# a question how a right is used, asking nothing yet


def test_how_to_have_a_name_corrected_is_no_request():
    got = types(
        "Namen korrigieren – wie?",
        "Hallo,\n\nwie kann man bei Ihnen den Nachnamen ändern lassen? Ich heirate im Mai."
        "\n\nGruß\nJ. Stein",
    )
    assert got == ()


def test_a_correction_asked_after_the_how_question_still_counts():
    got = types(
        "Name",
        "Hallo,\n\nwie kann ich meinen Namen bei Ihnen ändern? Mein Nachname ist falsch "
        "geschrieben, bitte korrigieren Sie meinen Nachnamen in Stein.\n\nGruß\nJ. Stein",
    )
    assert got == (T.RECTIFICATION,)


def test_questions_on_an_access_answer_procedure_ask_nothing():
    got = types(
        "Datenauskunft",
        "Guten Tag,\n\nbrauche ich für eine Auskunft nach DSGVO eine Kopie vom Personalausweis? "
        "Und wie lange dauert die Auskunft bei Ihnen?\n\nGruß\nE. Roth",
    )
    assert T.ACCESS not in got


def test_an_access_asked_politely_with_its_channel_is_access():
    got = types(
        "Datenauskunft",
        "Guten Tag,\n\nkönnen Sie mir Auskunft über meine gespeicherten Daten per E-Mail "
        "geben?\n\nGruß\nE. Roth",
    )
    assert got == (T.ACCESS,)


# what is to be deleted named in a sentence before: "… stored. I don't want that. Delete them."


def test_stored_measurements_deleted_by_a_pronoun_are_an_erasure():
    got = types(
        "Fußscan",
        "Hallo,\n\nim Laden wurden meine Fußmaße gescannt und bei Ihnen gespeichert. Das will "
        "ich nicht. Bitte entfernen Sie diese.\n\nGruß\nL. Fink",
    )
    assert got == (T.ERASURE,)


def test_a_brochure_deleted_by_a_pronoun_is_no_erasure():
    got = types(
        "Broschüre",
        "Hallo,\n\nim Anhang Ihrer letzten Mail war eine alte Broschüre. Die brauche ich nicht. "
        "Löschen Sie diese bitte.\n\nGruß\nL. Fink",
    )
    assert T.ERASURE not in got


# a number removed from a database, in a mail about calls: erasure, not an objection


def test_a_number_removed_from_a_database_in_a_mail_about_calls_is_an_erasure():
    got = types(
        "Private Nummer",
        "Guten Tag,\n\nIhr Vertrieb ruft mich auf meiner privaten Nummer an, obwohl ich die "
        "Firma gewechselt habe. Bitte entfernen Sie meine Telefonnummer aus Ihrer "
        "Kundendatenbank.\n\nGruß\nO. Beck",
    )
    assert got == (T.ERASURE,)


def test_a_number_struck_for_sales_calls_stays_an_objection():
    got = types(
        "Werbeanrufe",
        "Guten Tag,\n\nIhr Vertrieb ruft mich ständig mit Werbung an. Bitte löschen Sie meine "
        "Telefonnummer.\n\nGruß\nO. Beck",
    )
    assert got == (T.OBJECTION,)


# "tell me …, and delete …": a new imperative after the telling


def test_an_erasure_coordinated_after_an_access_question_is_asked():
    got = types(
        "Meine Daten",
        "Hallo,\n\nteilen Sie mir bitte mit, welche Daten Sie über mich gespeichert haben, und "
        "entfernen Sie alles, was Sie nicht mehr brauchen.\n\nGruß\nR. Horn",
    )
    assert got == (T.ACCESS, T.ERASURE)


def test_when_data_will_be_deleted_asked_under_the_telling_is_no_erasure():
    got = types(
        "Meine Daten",
        "Hallo,\n\nteilen Sie mir bitte mit, welche Daten Sie über mich haben und wann Sie diese "
        "löschen.\n\nGruß\nR. Horn",
    )
    assert T.ERASURE not in got
