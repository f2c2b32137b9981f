"""The first sentence after the greeting's comma, in every reply template and language: German
writes on in lower case after "Guten Tag …," (unless the word is "Sie", a form of "Ihr", or a
noun); Dutch, French and English start the letter's text with a capital."""

from __future__ import annotations

import re

import pytest

from tests.unit.test_templates import CONTEXTS, EXTRAS, KINDS, LANGUAGES, localised, render
from worker.domain import Language
from worker.render import make_environment

# German words written with a capital wherever they stand
GERMAN_CAPITALS = {"Sie", "Ihr", "Ihre", "Ihren", "Ihrem", "Ihrer", "Ihres", "Ihnen"}
GERMAN_NOUNS = {"Passwort", "Kopie", "Datenschutz"}
# a person writes these: the first sentence is theirs
WRITTEN_BY_STAFF = {"staff_reply.txt.j2"}


def first_word_after_greeting(body: str) -> str:
    lines = body.splitlines()
    greeting = next(i for i, line in enumerate(lines) if line.rstrip().endswith(","))
    following = next(line for line in lines[greeting + 1 :] if line.strip())
    return re.split(r"[\s,.:;!?(]", following.strip(), maxsplit=1)[0]


@pytest.mark.parametrize("kind", [k for k in KINDS if k not in WRITTEN_BY_STAFF])
@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("case", sorted(CONTEXTS))
def test_the_case_of_the_first_word(lang: str, kind: str, case: str) -> None:
    env = make_environment(Language(lang))
    for extra in EXTRAS[kind]:
        ctx = localised({**CONTEXTS[case], **extra}, lang)
        _, body = render(env, lang, kind, ctx)
        word = first_word_after_greeting(body)
        if lang == "de":
            assert word[0].islower() or word in GERMAN_CAPITALS | GERMAN_NOUNS, (kind, word)
        else:
            assert word[0].isupper(), (lang, kind, word)


def test_the_check_sees_a_capital_after_a_german_greeting() -> None:
    assert first_word_after_greeting("Guten Tag Anna Muster,\n\nWir haben …\n") == "Wir"
    assert first_word_after_greeting("Sehr geehrte Damen und Herren,\n\nwenn Sie …\n") == "wenn"
