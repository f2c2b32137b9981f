"""Every reply template renders in every language, for every shape of context.

The templates live in templates/replies/<lang>/<kind>.txt.j2; each defines its subject with
`{% set subject %}...{% endset %}` and the rest of the rendered module is the body.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from babel.dates import format_date
from jinja2 import Environment

from worker.domain import IdStatus, Language, RequestType
from worker.render import make_environment

REPLIES = Path(__file__).resolve().parents[2] / "templates" / "replies"
LANGUAGES = ("nl", "fr", "en", "de")
BABEL_LOCALE = {"nl": "nl_BE", "fr": "fr_BE", "en": "en_GB", "de": "de_BE"}
KINDS = sorted(p.name for p in (REPLIES / "en").glob("*.txt.j2"))

RECEIVED = date(2026, 11, 25)
DEADLINE = date(2026, 12, 25)
NEEDS_ID = {"missing", "unreadable", "invalid", "expired", "name_mismatch"}

# what the id_request says about each status, per language (one telling word or phrase)
ID_STATUS_HINT = {
    "nl": {"missing": "geen kopie", "unreadable": "niet lezen", "invalid": "geen identiteitsbewijs",
           "expired": "vervallen", "name_mismatch": "naam"},
    "fr": {"missing": "aucune copie", "unreadable": "pas pu lire",
           "invalid": "n'est pas une pièce", "expired": "périmée", "name_mismatch": "nom"},
    "en": {"missing": "did not find", "unreadable": "could not read",
           "invalid": "not an identity document", "expired": "expired", "name_mismatch": "name"},
    "de": {"missing": "keine Kopie", "unreadable": "nicht lesen", "invalid": "kein Ausweisdokument",
           "expired": "abgelaufen", "name_mismatch": "Name"},
}
NATIONAL_NUMBER = {
    "nl": "rijksregisternummer",
    "fr": "numéro de registre",  # "numéro de registre national", possibly wrapped
    "en": "national register",
    "de": "Nationalregisternummer",
}
SIGN_OFF = {
    "nl": "Het GDPR-team van NV Alsico High Tech",
    "fr": "L'équipe RGPD de NV Alsico High Tech",
    "en": "The GDPR team of NV Alsico High Tech",
    "de": "Das DSGVO-Team der NV Alsico High Tech",
}


@pytest.fixture(scope="module")
def env_for() -> Callable[[str], Environment]:
    # The project's own environments, as the worker renders replies.
    return lambda lang: make_environment(Language(lang))


def render(env: Environment, lang: str, kind: str, context: dict) -> tuple[str, str]:
    module = env.get_template(f"{lang}/{kind}").make_module(context)
    return str(module.subject).strip(), str(module)


def context(**overrides) -> dict:
    ctx = {
        "ref": "GDPR-2026-000123",
        "requester_name": "Jan Peeters",
        "request_types": ["access"],
        "unclassified": False,
        "needs_review": False,
        "deadline": DEADLINE,
        "received_on": RECEIVED,
        "id_needed": True,
        "id_status": "missing",
        "company": "NV Alsico High Tech",
        "gdpr_address": "GDPR@alsicohightech.com",
    }
    ctx.update(overrides)
    return ctx


CONTEXTS = {
    **{
        f"status-{s.value}": context(id_status=s.value, id_needed=s.value in NEEDS_ID)
        for s in IdStatus
    },
    "unclassified-no-name": context(
        requester_name="", request_types=[], unclassified=True, needs_review=True,
        id_needed=False, id_status="missing",
    ),
    "all-types-long-name": context(
        requester_name="Marie-Christine Vandenberghe-Van de Walle",
        request_types=[t.value for t in RequestType], needs_review=True,
    ),
    "opt-out-and-complaint": context(
        request_types=["marketing_opt_out", "complaint"], id_needed=False,
        id_status="not_required",
    ),
    "verified-review": context(
        request_types=["erasure", "portability"], id_needed=False, id_status="verified",
        needs_review=True,
    ),
}


def test_same_files_in_every_language():
    names = {lang: sorted(p.name for p in (REPLIES / lang).iterdir()) for lang in LANGUAGES}
    assert "acknowledgement.txt.j2" in names["en"]
    assert "id_request.txt.j2" in names["en"]
    assert "_labels.j2" in names["en"]
    for lang in LANGUAGES:
        assert names[lang] == names["en"], lang


@pytest.mark.parametrize("lang", LANGUAGES)
def test_labels_cover_every_request_type(env_for, lang):
    labels = env_for(lang).get_template(f"{lang}/_labels.j2").module
    assert set(labels.request_type) == {t.value for t in RequestType}
    assert all(labels.request_type.values())


@pytest.mark.parametrize("case", sorted(CONTEXTS))
@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("lang", LANGUAGES)
def test_renders(env_for, lang, kind, case):
    env = env_for(lang)
    ctx = CONTEXTS[case]
    subject, body = render(env, lang, kind, ctx)

    assert subject
    assert "\n" not in subject and "\r" not in subject
    assert ctx["ref"] not in subject  # the code prefixes it
    for text in (subject, body):
        for marker in ("{{", "}}", "{%", "%}", "{#", "#}"):
            assert marker not in text, (marker, text)

    assert body.strip()
    assert body.endswith("\n") and not body.endswith("\n\n")
    assert "\n\n\n" not in body, body
    assert not body.startswith("\n")
    for line in body.splitlines():
        assert len(line) < 78, line
        assert line == line.rstrip(), repr(line)

    assert ctx["ref"] in body
    assert format_date(ctx["deadline"], format="long", locale=BABEL_LOCALE[lang]) in body
    assert ctx["gdpr_address"] in body
    assert SIGN_OFF[lang] in body
    if ctx["requester_name"]:
        assert ctx["requester_name"] in body.splitlines()[0]

    if kind == "acknowledgement.txt.j2":
        labels = env.get_template(f"{lang}/_labels.j2").module.request_type
        for code in ctx["request_types"]:
            assert labels[code] in body, code
        if "complaint" in ctx["request_types"]:
            assert "contact@apd-gba.be" in body
        if ctx["unclassified"]:
            assert not any(label in body for label in labels.values())

    if kind == "id_request.txt.j2":
        assert NATIONAL_NUMBER[lang] in body
        hint = ID_STATUS_HINT[lang].get(ctx["id_status"])
        if hint:
            assert hint in body, (ctx["id_status"], hint)


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("lang", LANGUAGES)
def test_greeting_without_name(env_for, lang, kind):
    _, body = render(env_for(lang), lang, kind, CONTEXTS["unclassified-no-name"])
    first = body.splitlines()[0]
    assert first.endswith(",")
    assert first in {
        "Geachte heer, mevrouw,", "Madame, Monsieur,", "Dear Sir or Madam,",
        "Sehr geehrte Damen und Herren,",
    }
