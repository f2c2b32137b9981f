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


# blind4 round: each family of rules with sentences of its own
BLIND4_NO_REQUEST = [
    # the object of two verbs is the invoice ("credit it and remove it from your system")
    "Could you credit this invoice and delete it from your records, and send us a corrected one?",
    "Bitte stornieren Sie diese Rechnung und entfernen Sie sie aus Ihrem System.",
    # a vendor's pitch about deletion procedures
    "Our consultancy offers a free audit of your erasure procedures. Would you be available for "
    "a call next week?",
    "Notre cabinet vous propose un diagnostic gratuit de vos procédures de suppression des "
    "données.",
    # the status of an earlier request
    "I submitted a request to see my data in January and still have no answer. When will you "
    "reply?",
    "Vorige maand diende ik een verzoek in om mijn gegevens te laten wissen. Hoe ver staat het "
    "daarmee?",
    "Meine Löschanfrage vom Mai wird von Ihnen seit Wochen ignoriert.",
    # a channel named in a mail about an invoice is no objection to marketing
    "Die Rechnung kam einmal per Post und einmal per E-Mail. Bitte stornieren Sie eine davon.",
    # leave given under a condition is no request
    "If the position is filled, feel free to remove my resume.",
    "Als de vacature ingevuld is, mag u mijn cv gerust verwijderen.",
]

BLIND4_READINGS = [
    # "berechtigt" is no misspelt "berichtigt"; an objection made before is history
    (
        "Ihre berechtigten Gründe überzeugen mich nicht; ich verlange die Einschränkung der "
        "Verarbeitung.",
        (T.RESTRICTION,),
    ),
    (
        "Ich hatte der Auswertung meiner Daten im Mai widersprochen. Nun verlange ich die "
        "Einschränkung der Verarbeitung.",
        (T.RESTRICTION,),
    ),
    # a threat after a line wrapped at a comma stays conditional
    (
        "Please erase my account within 30 days. If you fail to do so,\n"
        "I will report you to the ICO.",
        (T.ERASURE,),
    ),
    (
        "Wis al mijn gegevens binnen de maand. Lukt dat niet,\ndan stap ik naar de GBA.",
        (T.ERASURE,),
    ),
    # restriction: not passed on / not serving another end while something is settled
    (
        "Until this dispute is settled, do not share my details with your partners.",
        (T.RESTRICTION,),
    ),
    (
        "Je ne veux plus que mes données servent à autre chose en attendant la décision du "
        "tribunal.",
        (T.RESTRICTION,),
    ),
    ("Gelieve mijn klantendossier te blokkeren tot het onderzoek afgerond is.", (T.RESTRICTION,)),
    # rectification: a value that is now another, a record to bring up to date or put right
    ("Mon numéro de téléphone est désormais le 0470 12 34 56.", (T.RECTIFICATION,)),
    ("Merci de mettre ma fiche client à jour avec mon nom d'épouse.", (T.RECTIFICATION,)),
    ("Ik wil die registratie als wanbetaler gecorrigeerd zien.", (T.RECTIFICATION,)),
    ("The data you hold about me is out of date: my surname is Peeters.", (T.RECTIFICATION,)),
    # complaint: data handled carelessly, outrage about a disclosure without consent
    ("I find it deeply careless how your staff handle customer data.", (T.COMPLAINT,)),
    ("Ik vind het onzorgvuldig hoe jullie met mijn gegevens omgaan.", (T.COMPLAINT,)),
    (
        "Ich bin fassungslos, dass Sie meine Daten ohne Einwilligung weitergegeben haben.",
        (T.COMPLAINT,),
    ),
    # marketing and calls
    ("Merci de me retirer de votre liste d'envoi.", (T.MARKETING_OPT_OUT,)),
    ("We don't want any more sales calls, thank you.", (T.OBJECTION,)),
    # access: the recipients
    ("Which partners do you pass my data on to?", (T.ACCESS,)),
    ("À qui avez-vous transmis mon adresse ?", (T.ACCESS,)),
    # a CV is personal data
    (
        "I withdrew from the selection process; please delete my CV and my cover letter.",
        (T.ERASURE,),
    ),
]


@pytest.mark.parametrize("text", BLIND4_NO_REQUEST)
def test_blind4_no_request(text):
    assert classify("", text).request_types == ()


@pytest.mark.parametrize(("text", "types"), BLIND4_READINGS)
def test_blind4_readings(text, types):
    assert classify("", text).request_types == types


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        ("Re: Erasure completed", "Thanks, all good on my side."),
        ("Antw: Uw verwijderingsverzoek", "Prima, dank u wel voor de snelle opvolging."),
        ("AW: Ihre Löschung", "Vielen Dank, damit ist alles erledigt."),
    ],
)
def test_a_reply_subject_names_the_old_thread_only(subject, text):
    assert classify(subject, text).request_types == ()


def test_a_reply_can_still_ask_something_new():
    reading = classify(
        "Re: Erasure completed", "Thanks. Please also unsubscribe me from the newsletter."
    )
    assert reading.request_types == (T.MARKETING_OPT_OUT,)
