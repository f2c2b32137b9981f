"""The general readings added after the blind rounds: phrasings that appear in no corpus file,
one or more per language, for each family of rules (not the corpus mails themselves)."""

import pytest

from worker.classify import classify
from worker.domain import RequestType as T

NOT_ERASURE = [
    # a phone number off a call list, in a mail about calls: objection to phone marketing
    ("Your telemarketers keep ringing me. Please delete my mobile number.", (T.OBJECTION,)),
    ("Ik word constant gebeld door jullie. Schrap mijn gsm-nummer aub.", (T.OBJECTION,)),
    ("Vos commerciaux m'appellent sans arrêt, effacez mon numéro de portable.", (T.OBJECTION,)),
    ("Ständig Werbeanrufe von Ihnen. Entfernen Sie bitte meine Handynummer.", (T.OBJECTION,)),
    # what is removed is no personal data
    ("Could you remove the duplicate invoice from my account?", ()),
    ("Mag de vorige factuur verwijderd worden? Er stond een fout in het bedrag.", ()),
    ("Pouvez-vous supprimer ma commande 5521 ? Je me suis trompé de taille.", ()),
    ("Bitte löschen Sie die doppelte Rechnung 2291 aus Ihrem System.", ()),
    # the writer acts, or asks what happens
    ("Quick question: if I delete the app, is my account deleted too?", ()),
    ("Mes données sont-elles bien supprimées ? Je vous l'avais demandé en mars.", ()),
    # a past request, German participle last
    ("Ich hatte Sie im Februar gebeten, meine Daten zu löschen. Danke nochmals.", ()),
    # an outdated value replaced: rectification
    ("Please delete my old email address, the new one is ann@example.org.", (T.RECTIFICATION,)),
    (
        "Gelieve mijn oude adres te verwijderen, mijn nieuwe adres is Dorpstraat 3, Antwerpen.",
        (T.RECTIFICATION,),
    ),
    # the object of the removal verb is in another verb phrase
    ("Pouvez-vous supprimer la ligne en trop et me renvoyer la facture ?", ()),
]

STILL_ERASURE = [
    "I deleted the app already. Now please delete my account and my data as well.",
    "Please erase my details and send me a confirmation once done.",
    "Gelieve al mijn gegevens te wissen en mij dat te bevestigen.",
    "Löschen Sie bitte, wie telefonisch besprochen, alle meine Daten.",
    "Ik trek mijn sollicitatie in. Gelieve mijn cv en gegevens te verwijderen.",
    "I want my profile and everything linked to it gone.",
    "Please remove the photo of me from your website news page.",
]

ANAPHORA_AND_CHANNEL = [
    ("You keep sending paper flyers to my house. I don't want them anymore.", (T.OBJECTION,)),
    ("Ik ontvang jullie catalogus elke maand per post. Ik wil hem niet meer.", (T.OBJECTION,)),
    (
        "Je reçois votre infolettre chaque semaine. Je ne veux plus la recevoir.",
        (T.MARKETING_OPT_OUT,),
    ),
    (
        "Jede Woche liegt Ihr Prospekt in meinem Briefkasten. Ich will das nicht mehr.",
        (T.OBJECTION,),
    ),
    ("Stop showing me personalised ads based on my purchase history.", (T.OBJECTION,)),
    ("Ich will keine personalisierte Werbung auf Grundlage meines Kaufverhaltens.", (T.OBJECTION,)),
    ("Je ne veux plus être appelé par votre service commercial.", (T.OBJECTION,)),
    ("Ich möchte nicht mehr angerufen werden.", (T.OBJECTION,)),
]

RECALL = [
    (
        "Jullie mogen mijn gegevens bijhouden voor de boekhouding, maar gebruik ze verder nergens "
        "meer voor.",
        (T.RESTRICTION,),
    ),
    (
        "Is there a way to download all my account data so I can upload it to another platform?",
        (T.PORTABILITY,),
    ),
    ("Please do not delete anything, I just want to know what you hold.", (T.ACCESS,)),
    ("Mijn straatnaam staat fout: het is Stationsstraat en niet Statiestraat.", (T.RECTIFICATION,)),
    ("Ich untersage Ihnen, meine Kaufdaten für Werbeanalysen zu verwenden.", (T.OBJECTION,)),
]


@pytest.mark.parametrize(("text", "types"), NOT_ERASURE + ANAPHORA_AND_CHANNEL + RECALL)
def test_general_readings(text, types):
    assert classify("", text).request_types == types


@pytest.mark.parametrize("text", STILL_ERASURE)
def test_real_erasures_survive_the_safety_checks(text):
    assert classify("", text).request_types == (T.ERASURE,)


def test_a_subject_noun_yields_to_a_body_that_tells_of_a_past_request():
    got = classify(
        "Anrufe trotz Löschung",
        "Ich habe die Löschung schon im Januar beantragt. Rufen Sie mich nicht mehr an.",
    )
    assert got.request_types == (T.OBJECTION,)
