"""Round 15 (blind25, German): a request read beside another one, in a class of wording the rules
missed before; made-up mails (not the corpus mails' own sentences), each with a near miss."""

from __future__ import annotations

from worker.classify.reader import read
from worker.domain import RequestType as T


def types(subject: str, text: str) -> tuple[T, ...]:
    return read(subject, text).classification.request_types


# the source of data named as "diese Informationen"


def test_where_these_details_came_from_is_access():
    got = types(
        "Ihr Besuch",
        "Guten Tag,\n\nbitte löschen Sie mein Kundenkonto. Ihr Vertreter wusste, wo ich "
        "arbeite. Sagen Sie mir bitte, woher Sie diese Angaben haben.\n\nGruß\nM. Kranz",
    )
    assert T.ACCESS in got and T.ERASURE in got


def test_where_a_parcel_came_from_is_no_access():
    got = types(
        "Paket",
        "Guten Tag,\n\nbitte löschen Sie mein Kundenkonto. Bei mir kam ein Paket an. Woher "
        "kommt das Paket?\n\nGruß\nM. Kranz",
    )
    assert T.ACCESS not in got


# old papers of the writer's may go


def test_old_papers_to_be_deleted_are_an_erasure():
    got = types(
        "Neuer Vertrag",
        "Hallo,\n\nich habe den neuen Mietvertrag unterschrieben. Die alten Unterlagen aus "
        "2019 dürfen Sie jetzt löschen.\n\nGruß\nS. Brandt",
    )
    assert T.ERASURE in got


def test_an_old_invoice_to_be_deleted_is_no_erasure():
    got = types(
        "Neue Rechnung",
        "Hallo,\n\ndie alte Rechnung aus dem März können Sie löschen, sie war doppelt.\n\nGruß"
        "\nS. Brandt",
    )
    assert T.ERASURE not in got


# a name told changed, "bitte aktualisieren Sie das"


def test_a_new_name_told_and_update_that_is_a_rectification():
    got = types(
        "Heirat",
        "Guten Tag,\n\nin Ihrer Kartei steht noch mein Geburtsname Becker; ich heiße seit Mai "
        "Wolff. Bitte aktualisieren Sie das.\n\nGruß\nJ. Wolff",
    )
    assert got == (T.RECTIFICATION,)


def test_update_that_about_software_is_no_rectification():
    got = types(
        "Software",
        "Guten Tag,\n\nauf Ihrem Kassensystem läuft eine alte Version. Bitte aktualisieren Sie "
        "das.\n\nGruß\nJ. Wolff",
    )
    assert T.RECTIFICATION not in got


# calls to stop, "hören Sie auf, mich anzurufen"


def test_stop_calling_me_with_aufhoren_is_an_objection():
    got = types(
        "Anrufe",
        "Hallo,\n\nhört bitte endlich auf, mich jeden Samstag wegen Ihrer Angebote "
        "anzurufen.\n\nGruß\nT. Lang",
    )
    assert got == (T.OBJECTION,)


def test_stop_calling_as_a_story_of_someone_else_is_no_objection():
    got = types(
        "Lieferung",
        "Hallo,\n\nmein Nachbar ruft ständig an, er soll endlich aufhören. Wann kommt meine "
        "Lieferung?\n\nGruß\nT. Lang",
    )
    assert T.OBJECTION not in got


# the writer's photo taken down from a board


def test_a_photo_to_be_taken_down_is_an_objection():
    got = types(
        "Foto am Eingang",
        "Hallo,\n\nam Empfang hängt ein Foto von mir an der Pinnwand mit den neuen Kollegen. "
        "Hängen Sie das bitte ab.\n\nGruß\nE. Vogt",
    )
    assert T.OBJECTION in got


def test_a_lost_item_to_be_picked_up_is_no_objection():
    got = types(
        "Fundsache",
        "Hallo,\n\nich habe meinen Schirm im Foyer vergessen. Nehmen Sie ihn bitte an sich, ich "
        "hole ihn morgen ab.\n\nGruß\nE. Vogt",
    )
    assert T.OBJECTION not in got


# a done unsubscribe and a done correction, thanked for


def test_an_unsubscribe_told_to_have_worked_asks_nothing():
    got = types(
        "Adresse",
        "Guten Tag,\n\nbitte korrigieren Sie meine Adresse: Lindenstraße 4 statt 14.\n\nP.S. "
        "Die Austragung aus dem Newsletter hat gut funktioniert, danke.\n\nGruß\nB. Hahn",
    )
    assert got == (T.RECTIFICATION,)


def test_an_unsubscribe_asked_beside_a_correction_is_still_read():
    got = types(
        "Adresse",
        "Guten Tag,\n\nbitte korrigieren Sie meine Adresse: Lindenstraße 4 statt 14. Und melden "
        "Sie mich bitte vom Newsletter ab.\n\nGruß\nB. Hahn",
    )
    assert T.MARKETING_OPT_OUT in got and T.RECTIFICATION in got


def test_a_correction_thanked_for_as_done_asks_nothing():
    got = types(
        "Danke",
        "Hallo,\n\nmeinen Namen haben Sie schon korrigiert, vielen Dank dafür.\n\nGruß\nR. Otto",
    )
    assert T.RECTIFICATION not in got


def test_a_correction_done_wrong_still_asks():
    got = types(
        "Adresse",
        "Hallo,\n\nSie haben meine Adresse schon geändert, aber die Hausnummer ist noch falsch. "
        "Bitte berichtigen Sie sie.\n\nGruß\nR. Otto",
    )
    assert T.RECTIFICATION in got


# an act done without asking, disapproved


def test_an_entry_made_without_asking_disapproved_is_a_complaint():
    got = types(
        "Kundenkarte",
        "Hallo,\n\ntragen Sie mich bitte aus dem Newsletter aus. Dass Sie meine Adresse "
        "ungefragt an Ihre Partner gegeben haben, finde ich unmöglich.\n\nGruß\nI. Seidel",
    )
    assert T.COMPLAINT in got and T.MARKETING_OPT_OUT in got


def test_a_delay_disapproved_is_no_complaint():
    got = types(
        "Kundenkarte",
        "Hallo,\n\ntragen Sie mich bitte aus dem Newsletter aus. Dass die Lieferung drei Wochen "
        "gedauert hat, finde ich nicht in Ordnung.\n\nGruß\nI. Seidel",
    )
    assert T.COMPLAINT not in got


# a demand put as an expectation, in a long letter


_OBJECTION_LETTER = (
    "Sehr geehrte Damen und Herren,\n\nseit Monaten erhalte ich Anrufe Ihres Callcenters zu "
    "Umfragen über Ihre Versicherungsprodukte, gestützt auf Ihr berechtigtes Interesse, wie "
    "Ihre Datenschutzhinweise sagen.\n\nIch widerspreche hiermit nach Art. 21 DSGVO der "
    "Verarbeitung meiner Daten für diese Umfragen. Gründe aus meiner besonderen Situation: Ich "
    "arbeite als Pflegerin im Nachtdienst und schlafe tagsüber, die Anrufe kommen aber meist "
    "gegen Mittag, manchmal mehrmals in der Woche, und wecken mich jedes Mal. Ich habe Ihrem "
    "Callcenter das schon zweimal am Telefon gesagt, ohne dass sich etwas geändert hätte, und "
    "die Mitarbeiter konnten mir auch nicht sagen, wer für die Umfragen zuständig ist. Auch eine "
    "Mail an Ihren Kundenservice blieb bisher ohne jede Antwort.\n\n"
    "{}\n\nMit freundlichen Grüßen\nH. Krämer"
)


def test_erasure_demanded_as_an_expectation_is_read():
    got = types(
        "Widerspruch",
        _OBJECTION_LETTER.format(
            "Da der Zweck damit entfallen ist, erwarte ich die Löschung meiner "
            "Kundendaten, die Sie für die Umfragen gespeichert haben."
        ),
    )
    assert T.ERASURE in got and T.OBJECTION in got


def test_erasure_told_as_a_company_act_is_not_read():
    got = types(
        "Widerspruch",
        _OBJECTION_LETTER.format(
            "Nach Ihren Hinweisen erfolgt die Löschung der Daten nach Ablauf von drei Jahren."
        ),
    )
    assert T.ERASURE not in got


# a bare "Bitte ändern." after what stands for the writer


def test_a_bare_please_change_after_an_entry_of_mine_is_a_rectification():
    got = types(
        "Portal",
        "Hallo,\n\nim Mitarbeiterportal steht bei mir noch die Abteilung Lager, ich bin aber "
        "seit März im Versand. Bitte korrigieren.\n\nGruß\nF. Busch",
    )
    assert got == (T.RECTIFICATION,)


def test_a_bare_please_change_about_an_order_is_no_rectification():
    got = types(
        "Bestellung",
        "Hallo,\n\nin der Bestellung stehen 5 Kartons, wir brauchen aber nur 3. Bitte "
        "ändern.\n\nGruß\nF. Busch",
    )
    assert T.RECTIFICATION not in got


# a tracking asked switched off


def test_a_tracking_asked_switched_off_is_an_objection():
    got = types(
        "Dienstwagen",
        "Hallo,\n\nmir wurde gesagt, dass die Firma im Fahrtenbuch-Programm meinen Standort "
        "auch nach Feierabend sieht. Könnten Sie das bitte abschalten?\n\nGruß\nO. Hein",
    )
    assert T.OBJECTION in got


def test_a_machine_asked_switched_off_is_no_objection():
    got = types(
        "Lärm",
        "Hallo,\n\ndie Klimaanlage im Besprechungsraum ist sehr laut. Könnten Sie sie "
        "abschalten?\n\nGruß\nO. Hein",
    )
    assert T.OBJECTION not in got


# advertising post named as a compound ("Werbepost"): advertising stopped is an objection


def test_no_more_advertising_after_werbepost_is_an_objection():
    got = types(
        "Werbung",
        "Guten Tag,\n\nich bekomme jede Woche Werbepost von Ihnen. Bitte schicken Sie mir "
        "keine Werbung mehr.\n\nGruß\nA. Falk",
    )
    assert got == (T.OBJECTION,)


def test_no_more_advertising_after_werbemails_is_an_opt_out():
    got = types(
        "Werbung",
        "Guten Tag,\n\nich bekomme jede Woche Werbemails von Ihnen. Bitte schicken Sie mir "
        "keine Werbung mehr.\n\nGruß\nA. Falk",
    )
    assert got == (T.MARKETING_OPT_OUT,)


# what is taken out of the company's system


def test_things_taken_out_of_the_system_are_an_erasure():
    got = types(
        "Kündigung",
        "Hallo,\n\nich habe meine Mitgliedschaft gekündigt. Meine Sachen können Sie dann aus "
        "dem System nehmen.\n\nGruß\nL. Sommer",
    )
    assert T.ERASURE in got


def test_a_duplicate_invoice_taken_out_of_the_system_is_no_erasure():
    got = types(
        "Rechnung",
        "Hallo,\n\ndie doppelte Rechnung vom Juni können Sie aus dem System nehmen.\n\nGruß\n"
        "L. Sommer",
    )
    assert T.ERASURE not in got
