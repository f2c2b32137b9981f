"""Every reply template renders in every language, for every shape of context.

The templates live in templates/replies/<lang>/<kind>.txt.j2; each defines its subject with
`{% set subject %}...{% endset %}` and the rest of the rendered module is the body. Besides the
common context (`context()` below) a template gets the extra variables its handler passes
(`EXTRAS` below, several shapes each). config/statutory.yaml, the statutory information the
access report quotes, is checked at the end.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
import yaml
from babel.dates import format_date
from jinja2 import Environment

from worker.domain import IdStatus, Language, RequestType
from worker.render import make_environment

ROOT = Path(__file__).resolve().parents[2]
REPLIES = ROOT / "templates" / "replies"
STATUTORY = ROOT / "config" / "statutory.yaml"
LANGUAGES = ("nl", "fr", "en", "de")
BABEL_LOCALE = {"nl": "nl_BE", "fr": "fr_BE", "en": "en_GB", "de": "de_BE"}
# mails; a text message (*_sms) has tests of its own (tests/unit/test_package.py)
KINDS = sorted(p.name for p in (REPLIES / "en").glob("*.txt.j2") if "_sms." not in p.name)

RECEIVED = date(2026, 11, 25)
DEADLINE = date(2026, 12, 25)
NEEDS_ID = {"missing", "unreadable", "invalid", "expired", "name_mismatch"}

# what the id_request says about each status, per language (one telling word or phrase)
ID_STATUS_HINT = {
    "nl": {
        "missing": "geen kopie",
        "unreadable": "niet lezen",
        "invalid": "geen identiteitsbewijs",
        "expired": "vervallen",
        "name_mismatch": "naam",
    },
    "fr": {
        "missing": "aucune copie",
        "unreadable": "pas pu lire",
        "invalid": "n'est pas une pièce",
        "expired": "périmée",
        "name_mismatch": "nom",
    },
    "en": {
        "missing": "did not find",
        "unreadable": "could not read",
        "invalid": "not an identity document",
        "expired": "expired",
        "name_mismatch": "name",
    },
    "de": {
        "missing": "keine Kopie",
        "unreadable": "nicht lesen",
        "invalid": "kein Ausweisdokument",
        "expired": "abgelaufen",
        "name_mismatch": "Name",
    },
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
        "on_behalf": False,
        "company": "NV Alsico High Tech",
        "gdpr_address": "GDPR@alsicohightech.com",
        "general_contact": "info@alsicohightech.com",
    }
    ctx.update(overrides)
    return ctx


CONTEXTS = {
    **{
        f"status-{s.value}": context(id_status=s.value, id_needed=s.value in NEEDS_ID)
        for s in IdStatus
    },
    "unclassified-no-name": context(
        requester_name="",
        request_types=[],
        unclassified=True,
        needs_review=True,
        id_needed=False,
        id_status="missing",
    ),
    "all-types-long-name": context(
        requester_name="Marie-Christine Vandenberghe-Van de Walle",
        request_types=[t.value for t in RequestType],
        needs_review=True,
    ),
    "opt-out-and-complaint": context(
        request_types=["marketing_opt_out", "complaint"],
        id_needed=False,
        id_status="not_required",
    ),
    "verified-review": context(
        request_types=["erasure", "portability"],
        id_needed=False,
        id_status="verified",
        needs_review=True,
    ),
}


# The extra variables each template gets from its handler, in several shapes; the first shape is
# the one rendered with every common context. A template without an entry here fails the test.
LONG_REASON = {
    "nl": "Uw verzoek betreft gegevens in verschillende systemen, waaronder archieven van "
    "afgesloten contracten, die we één voor één moeten doorzoeken.",
    "fr": "Votre demande concerne des données réparties dans plusieurs systèmes, dont des "
    "archives de contrats clôturés, que nous devons consulter un par un.",
    "en": "Your request concerns data in several systems, including archives of closed "
    "contracts, which we have to search one by one.",
    "de": "Ihr Antrag betrifft Daten in mehreren Systemen, darunter Archive abgeschlossener "
    "Verträge, die wir einzeln durchsuchen müssen.",
}
CATEGORY_CODES = (
    "identity", "contact", "payments", "contract", "interactions", "behaviour_preferences",
    "marketing",
)  # fmt: skip
HOLD_CODES = ("contract_retention", "legal_claim", "accounting")
PURPOSE_CODES = (
    "marketing_email", "marketing_sms", "marketing_post", "marketing_phone", "profiling",
    "segmentation",
)  # fmt: skip
REFUSAL_CODES = ("manifestly_unfounded", "excessive", "identity_not_confirmed", "other")

EXTRAS: dict[str, list[dict]] = {
    "acknowledgement.txt.j2": [{}, {"on_behalf": True}],
    "id_request.txt.j2": [{}],
    "confirmation_request.txt.j2": [
        {"token": "CONFIRM-7F3K-9Q2M-AB3D-EFGH-JK4M", "confirm_days": 14, "actions": ["erasure"]},
        {
            "token": "CONFIRM-7F3K-9Q2M-AB3D-EFGH-JK4M",
            "confirm_days": 1,
            "actions": ["restriction", "objection"],
            "marketing_stopped": True,
        },
        {
            "token": "CONFIRM-ABCD-EFGH-AB3D-EFGH-JK4M",
            "confirm_days": 30,
            "actions": ["erasure", "restriction", "objection", "rectification"],
        },
    ],
    "request_cancelled.txt.j2": [{}],
    "contact_change_confirmation.txt.j2": [
        {"token": "CONFIRM-7F3K-9Q2M-AB3D-EFGH-JK4M", "confirm_days": 14}
    ],
    "reminder_received.txt.j2": [{}],
    "erasure_not_confirmed.txt.j2": [
        {"confirm_days": 14},
        {"confirm_days": 1},
        {"confirm_days": 14, "for_another_person": True},
        {"confirm_days": 1, "for_another_person": True},
    ],
    "erasure_done.txt.j2": [
        {
            "erased": [
                {"category": "identity", "action": "anonymised", "count": 1},
                {"category": "contact", "action": "deleted", "count": 3},
                {"category": "behaviour_preferences", "action": "deleted", "count": 1250},
            ],
            "retained": [
                {"category": "contract", "hold": "contract_retention", "until": date(2036, 12, 31)},
                {"category": "payments", "hold": "contract_retention", "until": date(2035, 3, 1)},
                {"category": "contract", "hold": "legal_claim", "until": None},
            ],
        },
        {"erased": [{"category": "marketing", "action": "deleted", "count": 2}], "retained": []},
        {
            "erased": [],
            "retained": [{"category": "contract", "hold": "legal_claim", "until": None}],
        },
        {  # codes the labels do not know yet; the data map's ISO date strings
            "erased": [
                {"category": "newsletter_archive", "action": "deleted", "count": 7},
                {"category": "consents", "action": "anonymised", "count": 2},
            ],
            "retained": [
                {
                    "category": "warranty_registrations",
                    "hold": "product_liability",
                    "until": "2031-06-30",
                },
                {"category": "interactions", "hold": "accounting", "until": date(2033, 1, 1)},
            ],
        },
    ],
    "nothing_found.txt.j2": [{"right": t.value} for t in RequestType],
    "package_response.txt.j2": [
        {
            "access": True,
            "portability": True,
            "categories": ["contact", "identity"],
            "record_count": 12,
            "password_by_sms": False,
            "phone_hint": "",
            "withheld": True,
        },
        {
            "access": True,
            "portability": False,
            "categories": ["unknown_code"],
            "record_count": 1,
            "password_by_sms": True,
            "phone_hint": "47",
            "withheld": False,
        },
        {
            "access": False,
            "portability": True,
            "categories": [],
            "record_count": 3,
            "password_by_sms": False,
            "phone_hint": "",
            "withheld": False,
        },
    ],  # fmt: skip
    "password.txt.j2": [
        {
            "password": "K7QM-2XHP-9WRT-C4NB-ZE3A",
            "for_subject": "[GDPR-2026-000123] Uw persoonsgegevens",
        },
        {
            "password": "ABCD-EFGH",
            "for_subject": "[GDPR-2026-000123] Your personal data: our reply to your "
            "portability request, with a very long subject line indeed",
        },
    ],
    "opt_out_done.txt.j2": [
        {"purposes": ["marketing_email", "marketing_sms"]},
        {"purposes": list(PURPOSE_CODES[:4]), "widened": True},
        {"purposes": []},
        {"purposes": list(PURPOSE_CODES) + ["carrier_pigeon"]},
    ],
    "objection_done.txt.j2": [
        {"purposes": list(PURPOSE_CODES)},
        {"purposes": ["profiling", "segmentation"]},
        {"purposes": ["marketing_post"]},
        {"purposes": []},
        {"purposes": ["carrier_pigeon"]},
    ],
    "restriction_done.txt.j2": [{}],
    "rectification_done.txt.j2": [
        {"changes": [{"field": "phone", "table": "customers"}]},
        {"changes": []},
        {
            "changes": [
                {"field": "street", "table": "customers"},
                {"field": "first_name", "table": "contacts"},
                {
                    "field": "a_really_long_column_name_for_delivery_instructions",
                    "table": "orders_with_an_equally_long_table_name",
                },
            ]
        },
    ],
    "rectification_pending.txt.j2": [{}],
    "complaint_received.txt.j2": [{}],
    "held_for_review.txt.j2": [{}, {"marketing_stopped": True}],
    "restriction_lifted.txt.j2": [
        {"lift_date": date(2026, 12, 7), "reason": "LONG"},
        {"lift_date": date(2026, 12, 31), "reason": "De gegevens bleken juist."},
    ],
    "extension_notice.txt.j2": [
        {"new_deadline": date(2027, 2, 25), "reason": "LONG"},
        {"new_deadline": date(2027, 2, 25), "reason": ""},
    ],
    "refusal.txt.j2": [
        *({"reason_code": c} for c in REFUSAL_CODES + ("some_new_code",)),
        {"reason_code": "other", "reason_text": "LONG " * 40 + "\n- one\n- two"},
    ],
    "not_a_request.txt.j2": [{}, {"general_contact": ""}],
    "unclassified_note.txt.j2": [{}, {"general_contact": ""}],
    "staff_reply.txt.j2": [
        {"text": "Could you tell us which period you mean?\n\nThank you."},
        {"text": "LONG " * 60 + "\n\n\n\nA second paragraph."},
    ],
}

# replies that promise an answer by the case's deadline, and so name it
MENTIONS_DEADLINE = {
    "acknowledgement.txt.j2", "id_request.txt.j2", "confirmation_request.txt.j2",
    "rectification_pending.txt.j2", "complaint_received.txt.j2", "held_for_review.txt.j2",
    "extension_notice.txt.j2",
}  # fmt: skip


def localised(ctx: dict, lang: str) -> dict:
    """The context with the texts a handler passes already localised, in `lang`."""
    if ctx.get("reason") == "LONG":
        return {**ctx, "reason": LONG_REASON[lang]}
    return ctx


def day(value: date, lang: str) -> str:
    return format_date(value, format="long", locale=BABEL_LOCALE[lang])


def flat(text: str) -> str:
    """Text with its line breaks and indents as single spaces (a label may be wrapped)."""
    return " ".join(text.split())


def test_same_files_in_every_language():
    names = {lang: sorted(p.name for p in (REPLIES / lang).iterdir()) for lang in LANGUAGES}
    assert "acknowledgement.txt.j2" in names["en"]
    assert "id_request.txt.j2" in names["en"]
    assert "_labels.j2" in names["en"]
    for lang in LANGUAGES:
        assert names[lang] == names["en"], lang
    assert set(KINDS) == {k for k in EXTRAS if EXTRAS[k]}


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
    ctx = localised({**CONTEXTS[case], **EXTRAS[kind][0]}, lang)
    subject, body = render(env, lang, kind, ctx)
    check_reply(env, lang, kind, ctx, subject, body)


@pytest.mark.parametrize(
    ("kind", "variant"), [(k, i) for k in KINDS for i in range(len(EXTRAS[k]))]
)
@pytest.mark.parametrize("case", ["status-missing", "all-types-long-name", "unclassified-no-name"])
@pytest.mark.parametrize("lang", LANGUAGES)
def test_renders_every_extra_context(env_for, lang, kind, variant, case):
    env = env_for(lang)
    ctx = localised({**CONTEXTS[case], **EXTRAS[kind][variant]}, lang)
    subject, body = render(env, lang, kind, ctx)
    check_reply(env, lang, kind, ctx, subject, body)


def check_reply(env: Environment, lang: str, kind: str, ctx: dict, subject: str, body: str):

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
    if kind in MENTIONS_DEADLINE:
        assert day(ctx["deadline"], lang) in body
    assert ctx["gdpr_address"] in body
    assert SIGN_OFF[lang] in body
    if kind == "contact_change_confirmation.txt.j2":
        # it goes to a new address whose owner is not yet known: never the requester's name
        assert not ctx["requester_name"] or ctx["requester_name"] not in body
    elif ctx["requester_name"]:
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

    check_extras(env, lang, kind, ctx, body)


def check_extras(env: Environment, lang: str, kind: str, ctx: dict, body: str) -> None:
    """What each template must say about its own extra variables."""
    labels = env.get_template(f"{lang}/_labels.j2").module
    text = flat(body)

    def label(table: dict, code: str) -> str:
        return flat(table.get(code, code))

    if kind == "confirmation_request.txt.j2":
        assert f"    {ctx['token']}\n" in body  # on a line of its own, easy to copy
        assert str(ctx["confirm_days"]) in body
        for action in ctx["actions"]:
            assert label(labels.request_type, action) in text
        # the way out comes first: anyone who did not ask is told before anything else
        first = text.index(label(labels.request_type, ctx["actions"][0]))
        assert text.index(ctx["token"]) > first
        assert any(w in text[:first] for w in ('"no"', '"nee"', "« non »", "„nein“")), lang
    elif kind == "erasure_not_confirmed.txt.j2":
        assert str(ctx["confirm_days"]) in body
    elif kind == "erasure_done.txt.j2":
        for item in ctx["erased"]:
            assert label(labels.category, item["category"]) in text
            assert str(item["count"]) in text
            assert label(labels.action, item["action"]) in text
        for item in ctx["retained"]:
            assert label(labels.category, item["category"]) in text
            assert label(labels.hold, item["hold"]) in text
            if isinstance(item["until"], date):
                assert day(item["until"], lang) in text
            elif item["until"]:
                assert item["until"] in text
    elif kind == "nothing_found.txt.j2":
        assert label(labels.request_type, ctx["right"]) in text
    elif kind == "package_response.txt.j2":
        assert str(ctx["record_count"]) in text and "AES-256" in body and "JSON" in body
        assert ("CSV" in body) == ctx["portability"]
        assert (ctx["phone_hint"] in text) if ctx["password_by_sms"] else "sms" not in text.lower()
        assert ("15(4)" in text or "15, lid 4" in text or "15, § 4" in text
                or "15 Abs. 4" in text) == ctx["withheld"]  # fmt: skip
        for code in ctx["categories"] if ctx["access"] else ():
            assert label(labels.category, code) in text
    elif kind == "password.txt.j2":
        assert f"    {ctx['password']}\n" in body
        assert flat(ctx["for_subject"]) in text
    elif kind in ("opt_out_done.txt.j2", "objection_done.txt.j2"):
        for code in ctx["purposes"]:
            assert label(labels.purpose, code) in text
    elif kind == "rectification_done.txt.j2":
        for change in ctx["changes"]:
            assert change["field"] in text and change["table"] in text
    elif kind == "complaint_received.txt.j2":
        assert "contact@apd-gba.be" in body
    elif kind == "restriction_lifted.txt.j2":
        assert day(ctx["lift_date"], lang) in text  # in the language's own words
        assert flat(ctx["reason"]) in text
        assert "18" in text and ("Gegevensbeschermingsautoriteit" in text or "1000" in text)
    elif kind == "extension_notice.txt.j2":
        assert day(ctx["new_deadline"], lang) in text
        assert day(ctx["deadline"], lang) in text
        if ctx["reason"]:
            assert flat(ctx["reason"]) in text
    elif kind == "refusal.txt.j2":
        assert label(labels.refusal, ctx["reason_code"]) in text
        assert "contact@apd-gba.be" in body
    elif kind == "staff_reply.txt.j2":
        for paragraph in ctx["text"].split("\n\n"):
            assert flat(paragraph) in text


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("lang", LANGUAGES)
def test_greeting_without_name(env_for, lang, kind):
    ctx = localised({**CONTEXTS["unclassified-no-name"], **EXTRAS[kind][0]}, lang)
    _, body = render(env_for(lang), lang, kind, ctx)
    first = body.splitlines()[0]
    assert first.endswith(",")
    assert first in {
        "Geachte heer, mevrouw,",
        "Madame, Monsieur,",
        "Dear Sir or Madam,",
        "Sehr geehrte Damen und Herren,",
    }


@pytest.mark.parametrize("lang", LANGUAGES)
def test_labels_cover_every_code(env_for, lang):
    labels = env_for(lang).get_template(f"{lang}/_labels.j2").module
    assert set(CATEGORY_CODES) <= set(labels.category)
    assert set(HOLD_CODES) <= set(labels.hold)
    assert set(PURPOSE_CODES) <= set(labels.purpose)
    assert set(REFUSAL_CODES) == set(labels.refusal)
    assert set(labels.action) == {"deleted", "anonymised"}
    for table in (labels.category, labels.hold, labels.purpose, labels.refusal, labels.action):
        assert all(isinstance(v, str) and v.strip() for v in table.values())
    english = env_for("en").get_template("en/_labels.j2").module
    for name in ("category", "hold", "purpose", "refusal", "action", "request_type"):
        assert set(getattr(labels, name)) == set(getattr(english, name)), name


# -- config/statutory.yaml ---------------------------------------------------------------------

STATUTORY_KEYS = {
    "purposes", "categories", "recipients", "transfers", "retention", "source", "rights",
    "complaint", "automated_decisions", "report",
}  # fmt: skip
REPORT_HEADINGS = {
    "title", "title_access", "title_portability", "generated_on", "data", "field", "value",
    "table", "category", "nothing_found", "purposes", "categories", "recipients", "transfers",
    "retention", "source", "rights", "automated_decisions", "complaint",
    "title_package", "yes", "no", "withheld", "record", "portability",
}  # fmt: skip


@pytest.fixture(scope="module")
def statutory() -> dict:
    return yaml.safe_load(STATUTORY.read_text("utf-8"))


def shape(value):
    """The structure of a YAML value without its texts: mapping keys, list lengths, types."""
    if isinstance(value, dict):
        return {k: shape(v) for k, v in value.items()}
    if isinstance(value, list):
        return [shape(v) for v in value]
    return type(value).__name__


def texts(value):
    if isinstance(value, dict):
        return [t for v in value.values() for t in texts(v)]
    if isinstance(value, list):
        return [t for v in value for t in texts(v)]
    return [value]


def test_statutory_marked_for_review():
    head = STATUTORY.read_text("utf-8")[:1000].lower()
    assert "review" in head and "privacy" in head


def test_statutory_every_language_same_keys(statutory):
    assert set(statutory["languages"]) == set(LANGUAGES)
    for lang in LANGUAGES:
        assert set(statutory["languages"][lang]) == STATUTORY_KEYS, lang
        assert shape(statutory["languages"][lang]) == shape(statutory["languages"]["en"]), lang


@pytest.mark.parametrize("lang", LANGUAGES)
def test_statutory_contents(statutory, env_for, lang):
    texts_ = statutory["languages"][lang]
    for value in texts(texts_):
        assert isinstance(value, str) and value.strip() and value == value.strip(), value
    assert set(texts_["report"]) == REPORT_HEADINGS
    labels = env_for(lang).get_template(f"{lang}/_labels.j2").module
    assert set(texts_["categories"]) == set(labels.category)
    for purpose in texts_["purposes"]:
        assert {"purpose", "legal_basis"} <= set(purpose) <= {"category", "purpose", "legal_basis"}
    assert len(texts_["rights"]) >= 8
    authority = texts_["complaint"]["authority"]
    assert authority["email"] == "contact@apd-gba.be"
    assert authority["phone"] == "+32 2 274 48 00"
    assert "35" in authority["address"] and "1000" in authority["address"]
    assert any("10" in r["period"] for r in texts_["retention"])
