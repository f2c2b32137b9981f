"""A fallback asks nothing of its own (corpus README, labelling conventions): what the writer
wants only should the company fail at the main request is read as that main request alone.
Made-up letters, four languages."""

import pytest

from worker.classify import classify
from worker.domain import RequestType as T

FALLBACKS = [
    (
        "Please correct my job title in the wearer profile: it should read 'Team lead'. "
        "If you are unable to change the field, I ask that you at least delete it.",
        {T.RECTIFICATION},
    ),
    (
        "Ik verzoek u mijn adres in uw klantenbestand te verbeteren naar Stationsstraat 4. "
        "Mocht het niet mogelijk zijn het veld aan te passen, wis het dan ten minste.",
        {T.RECTIFICATION},
    ),
    (
        "Je m'oppose au profilage de mes achats dans votre magasin. Dans le cas où vous "
        "ne pourriez pas exclure mon compte de cette analyse, je vous demande au moins de "
        "supprimer les données d'analyse me concernant.",
        {T.OBJECTION},
    ),
    (
        "Ich widerspreche der Auswertung meiner Bestellungen zu Werbezwecken per Post. Falls "
        "Ihnen das nicht möglich ist, löschen Sie bitte wenigstens die Auswertungsdaten.",
        {T.OBJECTION},
    ),
]


@pytest.mark.parametrize("text,want", FALLBACKS)
def test_a_fallback_erasure_beside_the_main_request_is_no_erasure(text, want):
    got = classify("", text)
    assert set(got.request_types) == want


@pytest.mark.parametrize(
    "text",
    [
        # no main request beside it: the erasure is the request (held or not, still read)
        "If you are unable to tell me why you hold my data, at least delete my account.",
        # the erasure is the main request; the fallback restricts
        "Please delete my account and all data about me. Should you be unable to delete "
        "everything for legal reasons, restrict at least the rest.",
        # a condition that is no failure of the company's
        "Please correct my address to Kerkstraat 1. If I still have an old account too, "
        "please delete that account as well.",
    ],
)
def test_an_erasure_that_is_no_fallback_stays(text):
    assert T.ERASURE in classify("", text).request_types


def test_postal_marketing_named_in_french_is_an_objection_only():
    got = classify(
        "", "Je m'oppose à l'utilisation de mon adresse postale à des fins de prospection."
    )
    assert set(got.request_types) == {T.OBJECTION}
