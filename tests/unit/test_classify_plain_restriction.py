# ruff: noqa: E501  (one made-up mail per line reads better than a wrapped one)
"""Restriction in plain words: the data frozen, put on hold or on ice, kept but not used ("you
must not delete it, but not use it either"), in four languages; a state reported ("my account
was blocked") or a pause of something else (an order, a phone queue) asks for none. German
verbs are no misspelt nouns ("verarbeiten" is not "Verarbeitung"), and an imperative after a
"whether" clause is the writer's own ("…, ob Ihre Daten stimmen, legen Sie sie auf Eis").
Made-up mails, other than the plain checklist's."""

import pytest

from worker.classify import classify
from worker.classify.reader import _speller
from worker.domain import RequestType as T


@pytest.mark.parametrize(
    "text",
    [
        "Please have my data frozen until the dispute about the invoice is over.",
        "I'd like my file put on hold while you check the address.",
        "You may not erase my records, but you should not use them any more either.",
        "Zet mijn gegevens op pauze zolang de klacht loopt, alstublieft.",
        "Mijn dossier mag u bewaren, maar doe er niets meer mee tot de zaak voorbij is.",
        "U mag mijn gegevens niet wissen, maar ook niet meer gebruiken.",
        "Je souhaite que mon dossier soit gelé pendant la procédure.",
        "Vous ne devez pas supprimer mes données, mais ne plus les utiliser non plus.",
        "Tant que le litige dure, mettez mes infos en pause s'il vous plaît.",
        "Bitte frieren Sie meine Daten ein, bis der Streit geklärt ist.",
        "Meine Akte bitte vorerst auf Eis legen, bis die Sache geklärt ist.",
        "Sie dürfen meine Daten nicht löschen, aber auch nicht weiter verwenden.",
    ],
)
def test_a_restriction_put_in_plain_words_is_read(text):
    assert T.RESTRICTION in classify("", text).request_types


@pytest.mark.parametrize(
    "text",
    [
        "My account was blocked yesterday and I cannot log in, can you help?",
        "Ik heb 20 minuten on hold gehangen voor een vraag over mijn account.",
        "Mijn bestelling staat nog altijd op pauze, wanneer wordt ze geleverd?",
        "Mon compte a été bloqué après trois essais, pouvez-vous m'aider ?",
        "Pouvez-vous mettre ma commande en pause jusqu'en janvier ?",
        "Mein Konto wurde eingefroren, nachdem ich das Passwort vergessen habe.",
        "Können Sie mein Abo bis März pausieren? Die Lieferungen brauche ich erst später.",
    ],
)
def test_a_state_or_a_pause_of_something_else_is_no_restriction(text):
    assert T.RESTRICTION not in classify("", text).request_types


@pytest.mark.parametrize("word", ["verarbeiten", "einschranken"])
def test_german_verbs_are_not_repaired_into_nouns(word):
    assert _speller("de").correct_word(word) == word
