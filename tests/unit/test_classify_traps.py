"""Erasure traps: delete words that ask for no erasure of the writer's personal data. A deletion
the writer did themself or that is done, a thing of the writing company's (its price list, its
stock, its product photo, its company account, a departed colleague in the contacts), an
unsubscription put in delete words, a deletion named as a time in a subject. None is an
erasure; the real erasures next to them still are."""

import pytest

from worker.classify import classify, guard
from worker.classify.reader import read
from worker.domain import RequestType

ERASURE = RequestType.ERASURE
OPT_OUT = RequestType.MARKETING_OPT_OUT


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        # the writer's own past act, or a deletion done
        (
            "Frage zur Rechnung",
            "Hallo, ich habe vorhin mein Kundenkonto in der App unter Profil gelöscht. "
            "Wie bekomme ich jetzt die Rechnung für März?",
        ),
        (
            "vraag over levering",
            "Hoi, ik heb gisteren de webshop-app (versie 3) van mijn tablet gewist. "
            "Komt mijn pakket nog op vrijdag?",
        ),
        (
            "compte supprimé - facture manquante",
            "Bonjour, il me faut la facture de ma commande 5531 pour mon employeur.",
        ),
        (
            "RE: uw bevestiging",
            "Dank voor de bevestiging dat mijn klantenaccount en mijn adresgegevens gewist zijn.",
        ),
        # things of the writing company's, no personal data
        (
            "Preise 2027",
            "Bitte löschen Sie unsere alte Preisliste und nutzen Sie ab Januar die neue.",
        ),
        (
            "Mise à jour",
            "Merci d'effacer nos anciens tarifs de votre fichier, ils ne sont plus valables.",
        ),
        ("prijzen", "Gelieve onze oude prijslijst uit jullie systeem te verwijderen."),
        (
            "Webshop picture",
            "The product page for item 5520 still shows last year's boots. "
            "Please remove that picture, the new one is attached.",
        ),
        (
            "fout beeld",
            "Op de productpagina van artikel 3310 staat een verkeerde foto. "
            "Kunnen jullie die weghalen en de juiste plaatsen?",
        ),
        (
            "fin de contrat",
            "Notre contrat se termine : merci de fermer le compte de notre entreprise sur "
            "votre portail client.",
        ),
        (
            "contract ended",
            "Our contract has ended, please delete the account of our company from your portal.",
        ),
        (
            "changement d'interlocuteur",
            "Monsieur Dubois ne travaille plus chez nous. Merci de supprimer son adresse de "
            "vos contacts et d'écrire désormais à compta@exemple.be.",
        ),
        (
            "Ansprechpartner",
            "Frau Berger arbeitet nicht mehr bei uns. Bitte entfernen Sie ihren Namen aus "
            "Ihren Kontakten.",
        ),
        # a deletion the company announced, retold (its retention, not the writer's wish)
        (
            "Bewerbung",
            "Danke für Ihr Schreiben, laut dem meine Bewerbungsunterlagen nach sechs Monaten "
            "gelöscht werden. Welche Daten haben Sie über mich gespeichert?",
        ),
        (
            "dossier",
            "In uw brief staat dat mijn klantendossier na vijf jaar gewist wordt. "
            "Mag ik een kopie van dat dossier?",
        ),
        # a deletion named as a time in the subject
        (
            "Access before deletion of my file",
            "Under Article 15 GDPR I request a copy of all personal data you hold about me.",
        ),
    ],
)
def test_no_erasure_is_read(subject, text):
    assert ERASURE not in read(subject, text).classification.request_types  # by the rules
    got = classify(subject, text)
    assert ERASURE not in got.request_types or got.guessed  # a model's guess never acts alone


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        ("delete me", "delete me from your mailing list, too many mails"),
        (
            "Werbung",
            "Bitte streichen Sie meine Adresse aus allen Werbeaussendungen, danke.",
        ),
    ],
)
def test_an_unsubscription_in_delete_words_is_an_opt_out(subject, text):
    got = classify(subject, text)
    assert ERASURE not in got.request_types
    assert OPT_OUT in got.request_types


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        ("Konto löschen", "Bitte löschen Sie mein Konto und alle meine Daten."),
        ("supprimer mon compte", "Merci de supprimer mon compte et toutes mes données."),
        ("delete my account", "Please delete my account and all personal data you hold."),
        ("account verwijderen", "Verwijder alstublieft mijn account en al mijn gegevens."),
        (
            "my photo",
            "You used my photo on the product page for item 5520. Please remove my photo.",
        ),
        ("remove me", "Please remove me from your newsletter and delete all my data."),
        (
            "account",
            "Your email says my account will be deleted in 30 days, please delete it today.",
        ),
    ],
)
def test_real_erasures_next_to_the_traps_still_act(subject, text):
    got = classify(subject, text)
    assert ERASURE in got.request_types
    assert got.confidence > guard.HOLD_CONFIDENCE
