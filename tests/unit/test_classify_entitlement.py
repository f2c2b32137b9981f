"""A right stated as an entitlement ("I know I can request erasure at any time", "vous pouvez
demander l'effacement", "dass ich jederzeit Löschung verlangen kann") is context, not the writer's
act; a request put politely with the same modal stays a request. Made-up mails."""

import pytest

from worker.classify import classify
from worker.domain import RequestType as T

ENTITLEMENTS = [
    (
        "Your leaflet said that I can request erasure of my file at any time. Do you still hire "
        "drivers for the night shift?",
        set(),
    ),
    (
        "Op de website staat dat je als klant altijd mag laten verwijderen wat jullie bewaren. Is "
        "mijn bestelling van vorige week al verzonden?",
        set(),
    ),
    (
        "La brochure indique que chacun peut à tout moment demander l'effacement de ses données. "
        "Quand ouvre votre magasin d'usine ?",
        set(),
    ),
    (
        "Im Merkblatt steht, dass man jederzeit die Löschung seiner Daten verlangen kann. Wann ist "
        "der nächste Verkaufstag?",
        set(),
    ),
    (
        "I know customers are entitled to request a copy of their data; I am happy with how you "
        "handle mine. Could you send me the catalogue for 2027?",
        set(),
    ),
]


@pytest.mark.parametrize("text,want", ENTITLEMENTS)
def test_an_entitlement_stated_asks_nothing(text, want):
    assert set(classify("", text).request_types) == want


ASKED = [
    (
        "I know I can request erasure at any time, and I hereby request it for my account.",
        T.ERASURE,
    ),
    ("Ik weet dat ik dat mag vragen, dus: verwijder mijn account alstublieft.", T.ERASURE),
    ("Je sais que je peux le demander : veuillez supprimer mon compte client.", T.ERASURE),
    (
        "Ich weiß, dass ich die Löschung verlangen kann. Bitte löschen Sie mein Kundenkonto.",
        T.ERASURE,
    ),
    ("I can only ask you once more to delete my account.", T.ERASURE),
    ("Vous pouvez supprimer mon compte, je n'en ai plus besoin.", T.ERASURE),
]


@pytest.mark.parametrize("text,want", ASKED)
def test_a_request_beside_or_with_the_modal_stays(text, want):
    assert want in classify("", text).request_types
