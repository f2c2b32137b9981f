"""A colleague's note over a forwarded customer mail passes it on, in the colleague's everyday
words ("bitte übernehmt ihr", "je vous le transmets"): the forwarded mail is the request, in its
requester's language, flagged `passed_on`. Made-up mails."""

from worker.classify import classify
from worker.domain import Language
from worker.domain import RequestType as T


def test_an_informal_german_note_passes_a_french_request_on():
    got = classify(
        "WG: Kundenanfrage",
        "Hallo zusammen, das kam gestern beim Vertrieb an, bitte übernehmt ihr.\nGruß, Jens\n\n"
        "---- Weitergeleitete Nachricht ----\n"
        "Bonjour, merci d'effacer mon adresse e-mail de votre fichier clients, je ne suis plus "
        "acheteur chez Sodimat. Cordialement, R. Dupuis",
    )
    assert got.passed_on and T.ERASURE in got.request_types
    assert got.language is Language.FR


def test_a_french_note_with_a_pronoun_passes_an_english_request_on():
    got = classify(
        "TR: request",
        "Bonjour, ce mail est arrivé sur l'adresse du service après-vente, je vous le transmets."
        "\nCamille\n\n"
        "---- Message transféré ----\n"
        "Hello, please send me a copy of all the personal data you hold about me. Regards, "
        "Liam Byrne",
    )
    assert got.passed_on and T.ACCESS in got.request_types
    assert got.language is Language.EN
