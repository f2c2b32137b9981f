"""Every reply kind in every language, rendered for realistic cases and compared with the texts
a native speaker reviewed (tests/golden/replies/<lang>/<case>.txt): a change of wording is a
visible diff. After a reviewed change: `pytest tests/unit/test_golden_replies.py
--update-golden`, then read `git diff tests/golden`.

The cases are what the handlers pass (worker/outbox.py's context, each right's extras), with
the people of the review in their own languages; a few are whole moments, several replies
folded into one mail as worker/cases/moment.py sends them (worker/bundle.py).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from worker.bundle import Part, merge_bodies, primary_index
from worker.domain import Language, MessageKind
from worker.render import ReplyRenderer

GOLDEN = Path(__file__).resolve().parents[1] / "golden" / "replies"
REPLIES = Path(__file__).resolve().parents[2] / "templates" / "replies"
LANGUAGES = ("nl", "fr", "en", "de")
PEOPLE = {
    "nl": "Jan Peeters",
    "fr": "Sophie Lemaire",
    "en": "Sarah Johnson",
    "de": "Monika Schreiber",
}
# the data subjects their relatives write for (`cases subject`)
MOTHERS = {
    "nl": "Maria Peeters",
    "fr": "Claire Lemaire",
    "en": "Margaret Johnson",
    "de": "Ingrid Schreiber",
}
REF = "GDPR-2026-000042"
TOKEN = "CONFIRM-7F3K-9Q2M-AB3D-EFGH-JK4M"
PASSWORD = "K7QM-2XHP-9WRT-C4NB-ZE3A"
EXTENSION_REASON = {
    "nl": "Uw gegevens staan in drie systemen die we één voor één moeten doorzoeken.",
    "fr": "Vos données se trouvent dans trois systèmes que nous devons consulter un par un.",
    "en": "Your data sits in three systems that we have to search one by one.",
    "de": "Ihre Daten liegen in drei Systemen, die wir einzeln durchsuchen müssen.",
}
STAFF_TEXT = {
    "nl": "Wij doen het volgende:\n- geen reclame meer per post\n- geen telefonische reclame meer",
    "fr": "Nous faisons ceci :\n- plus de publicité par courrier\n- plus d'appels publicitaires",
    "en": "We are doing the following:\n- no more advertising by post\n- no more sales calls",
    "de": "Wir tun Folgendes:\n- keine Werbung mehr per Post\n- keine Werbeanrufe mehr",
}
LIFT_REASON = {
    "nl": "Uw adres bleek juist: we hebben het nagekeken bij de post.",
    "fr": "Votre adresse s'est révélée exacte : nous l'avons vérifiée auprès de la poste.",
    "en": "Your address turned out to be correct: we checked it with the post office.",
    "de": "Ihre Adresse hat sich als richtig erwiesen: wir haben sie bei der Post geprüft.",
}
RECTIFIED = {
    "nl": [{"table": "Klantgegevens", "field": "Telefoonnummer"}],
    "fr": [{"table": "Données client", "field": "Numéro de téléphone"}],
    "en": [{"table": "Customer details", "field": "Phone number"}],
    "de": [{"table": "Kundendaten", "field": "Telefonnummer"}],
}


def base(lang: str, **overrides: object) -> dict:
    """The context worker/outbox.py gives every reply, for a person who wrote on 6 December
    2026 at 00:30 in Brussels (still 5 December in UTC)."""
    ctx = {
        "ref": REF,
        "requester_name": PEOPLE[lang],
        "request_types": ["access"],
        "unclassified": False,
        "needs_review": False,
        "deadline": date(2027, 1, 6),
        "received_on": date(2026, 12, 6),
        "id_needed": True,
        "on_behalf": False,
        "id_status": "missing",
        "company": "NV Alsico High Tech",
        "gdpr_address": "GDPR@alsicohightech.com",
        "general_contact": "info@alsicohightech.com",
    }
    ctx.update(overrides)
    return ctx


NOT_REQUIRED = {"id_needed": False, "id_status": "not_required"}
VERIFIED = {"id_needed": False, "id_status": "verified"}

# case name -> (template, context overrides, extras); extras may be a function of the language
CASES: dict[str, tuple[str, dict, object]] = {
    "acknowledgement-access-no-id": ("acknowledgement", {}, {}),
    "acknowledgement-erasure-unreadable-id": (
        "acknowledgement", {"request_types": ["erasure"], "id_status": "unreadable"}, {},
    ),
    "acknowledgement-complaint": (
        "acknowledgement", {"request_types": ["complaint"], **NOT_REQUIRED}, {},
    ),
    "acknowledgement-on-behalf": (
        "acknowledgement", {"request_types": ["access", "erasure"], "on_behalf": True,
                            "needs_review": True}, {},
    ),
    "acknowledgement-low-confidence": (
        "acknowledgement", {"request_types": ["access"], "needs_review": True, **VERIFIED}, {},
    ),
    "id_request-name-mismatch": (
        "id_request", {"request_types": ["access", "erasure"], "id_status": "name_mismatch"}, {},
    ),
    "id_request-expired": ("id_request", {"request_types": ["rectification"],
                                          "id_status": "expired"}, {}),
    "confirmation_request-erasure": (
        "confirmation_request", {"request_types": ["erasure"], **VERIFIED},
        {"token": TOKEN, "confirm_days": 14, "actions": ["erasure"]},
    ),
    "confirmation_request-objection-marketing-stopped": (
        "confirmation_request", {"request_types": ["objection"], **NOT_REQUIRED},
        {"token": TOKEN, "confirm_days": 14, "actions": ["objection"], "marketing_stopped": True},
    ),
    # to the data subject staff set (`cases subject --email`): someone asked on their behalf
    "confirmation_request-erasure-data-subject": (
        "confirmation_request", {"request_types": ["erasure"], **VERIFIED, "on_behalf": True},
        lambda lang: {"token": TOKEN, "confirm_days": 14, "actions": ["erasure"],
                      "for_another_person": True, "requester_name": MOTHERS[lang],
                      "representative": PEOPLE[lang]},
    ),
    "confirmation_request-restriction-data-subject-unnamed": (
        "confirmation_request", {"request_types": ["restriction"], **VERIFIED,
                                 "on_behalf": True},
        lambda lang: {"token": TOKEN, "confirm_days": 14, "actions": ["restriction"],
                      "for_another_person": True, "requester_name": MOTHERS[lang],
                      "representative": ""},
    ),
    "contact_change_confirmation": (
        "contact_change_confirmation", {"requester_name": "", "request_types": ["rectification"]},
        {"token": TOKEN, "confirm_days": 14},
    ),
    "held_for_review": ("held_for_review", {**VERIFIED}, {}),
    "rectification_pending": ("rectification_pending", {"request_types": ["rectification"],
                                                        **VERIFIED}, {}),
    "rectification_pending-with-restriction": (
        "rectification_pending", {"request_types": ["rectification", "restriction"], **VERIFIED},
        {},
    ),
    "rectification_done": (
        "rectification_done", {"request_types": ["rectification"], **VERIFIED},
        lambda lang: {"changes": RECTIFIED[lang]},
    ),
    "restriction_done": ("restriction_done", {"request_types": ["restriction"], **VERIFIED}, {}),
    "restriction_lifted": (
        "restriction_lifted", {"request_types": ["restriction"], **VERIFIED},
        lambda lang: {"lift_date": date(2027, 1, 4), "reason": LIFT_REASON[lang]},
    ),
    "erasure_done": (
        "erasure_done", {"request_types": ["erasure"], **VERIFIED},
        {
            "erased": [
                {"category": "contact", "action": "deleted", "count": 3},
                {"category": "behaviour_preferences", "action": "deleted", "count": 1},
                {"category": "identity", "action": "anonymised", "count": 1},
            ],
            "retained": [
                {"category": "contract", "hold": "contract_retention", "until": date(2036, 12, 31)},
                {"category": "payments", "hold": "accounting", "until": date(2033, 12, 31)},
            ],
        },
    ),
    "erasure_not_confirmed": ("erasure_not_confirmed", {"request_types": ["erasure"]},
                              {"confirm_days": 14}),
    # to the representative, when the data subject staff set did not confirm in time
    "erasure_not_confirmed-data-subject": (
        "erasure_not_confirmed", {"request_types": ["erasure"], "on_behalf": True},
        {"confirm_days": 14, "for_another_person": True},
    ),
    "nothing_found-access": ("nothing_found", {**VERIFIED}, {"right": "access"}),
    "nothing_found-erasure": ("nothing_found", {"request_types": ["erasure"], **VERIFIED},
                              {"right": "erasure"}),
    "opt_out_done": (
        "opt_out_done", {"request_types": ["marketing_opt_out"], **NOT_REQUIRED},
        {"purposes": ["marketing_email", "marketing_sms"]},
    ),
    "opt_out_done-all-channels": (
        "opt_out_done", {"request_types": ["marketing_opt_out"], **NOT_REQUIRED},
        {"purposes": ["marketing_email", "marketing_sms", "marketing_post", "marketing_phone"]},
    ),
    "opt_out_done-widened": (
        "opt_out_done", {"request_types": ["marketing_opt_out"], **NOT_REQUIRED},
        {"purposes": ["marketing_email", "marketing_sms", "marketing_post", "marketing_phone"],
         "widened": True},
    ),
    "objection_done-direct-marketing": (
        "objection_done", {"request_types": ["objection"], **NOT_REQUIRED},
        {"purposes": ["marketing_email", "marketing_sms", "marketing_post", "marketing_phone"]},
    ),
    "objection_done-profiling": (
        "objection_done", {"request_types": ["objection"], **VERIFIED},
        {"purposes": ["marketing_email", "marketing_sms", "marketing_post", "marketing_phone",
                      "profiling", "segmentation"]},
    ),
    "complaint_received": ("complaint_received", {"request_types": ["complaint"], **NOT_REQUIRED},
                           {}),
    "package_response-access-portability": (
        "package_response", {"request_types": ["access", "portability"], **VERIFIED},
        {"access": True, "portability": True, "categories": ["identity", "contact", "contract"],
         "record_count": 12, "password_by_sms": False, "phone_hint": "", "withheld": True},
    ),
    "package_response-sms": (
        "package_response", {**VERIFIED},
        {"access": True, "portability": False, "categories": ["identity", "contact"],
         "record_count": 4, "password_by_sms": True, "phone_hint": "47", "withheld": False},
    ),
    "password": (
        "password", {**VERIFIED},
        {"password": PASSWORD, "for_subject": f"[{REF}] …"},
    ),
    "password_sms": ("password_sms", {**VERIFIED}, {"password": PASSWORD}),
    "refusal-identity": ("refusal", {"request_types": ["erasure"]},
                         {"reason_code": "identity_not_confirmed"}),
    "refusal-other": (
        "refusal", {"request_types": ["access"], **VERIFIED},
        lambda lang: {"reason_code": "other", "reason_text": EXTENSION_REASON[lang]},
    ),
    "extension_notice": (
        "extension_notice", {**VERIFIED},
        lambda lang: {"new_deadline": date(2027, 3, 6), "reason": EXTENSION_REASON[lang]},
    ),
    "reminder_received": ("reminder_received", {**VERIFIED}, {}),
    "request_cancelled": ("request_cancelled", {"request_types": ["erasure"]}, {}),
    "not_a_request": ("not_a_request", {"request_types": [], **NOT_REQUIRED}, {}),
    "unclassified_note": (
        "unclassified_note", {"request_types": [], "unclassified": True, **NOT_REQUIRED}, {},
    ),
    "staff_reply": ("staff_reply", {"request_types": ["objection"], **NOT_REQUIRED},
                    lambda lang: {"text": STAFF_TEXT[lang]}),
}  # fmt: skip

# whole moments: replies written together, sent as one mail (worker/cases/moment.py)
MOMENTS: dict[str, list[str]] = {
    "moment-erasure-with-id": ["acknowledgement-erasure-verified", "confirmation_request-erasure"],
    "moment-opt-out-and-complaint": ["opt_out_done", "complaint_received"],
    "moment-id-arrives-held": ["acknowledgement-low-confidence", "held_for_review"],
}
CASES["acknowledgement-erasure-verified"] = (
    "acknowledgement",
    {"request_types": ["erasure"], **VERIFIED},
    {},
)


KINDS = {
    "acknowledgement": MessageKind.ACKNOWLEDGEMENT,
    "confirmation_request": MessageKind.CONFIRMATION_REQUEST,
    "id_request": MessageKind.ID_REQUEST,
}


def rendered(lang: str, case: str) -> tuple[str, str]:
    template, overrides, extras = CASES[case]
    extra = extras(lang) if callable(extras) else extras
    reply = ReplyRenderer().render(template, Language(lang), {**base(lang, **overrides), **extra})
    return reply.subject, reply.body


def text_of(lang: str, case: str) -> str:
    if case in MOMENTS:
        parts = [rendered(lang, c) for c in MOMENTS[case]]
        kinds = [KINDS.get(CASES[c][0], MessageKind.RESPONSE) for c in MOMENTS[case]]
        subject = parts[
            primary_index([Part(k, s, b) for k, (s, b) in zip(kinds, parts, strict=True)])
        ][0]
        body = merge_bodies([b for _, b in parts], REF)
    else:
        subject, body = rendered(lang, case)
    return f"Subject: [{REF}] {subject}\n\n{body}"


def test_every_template_has_a_golden_case() -> None:
    templates = {p.name.removesuffix(".txt.j2") for p in (REPLIES / "en").glob("*.txt.j2")}
    assert templates == {t for t, _, _ in CASES.values()}


@pytest.mark.parametrize("case", sorted([*CASES, *MOMENTS]))
@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_reviewed_text(lang: str, case: str, update_golden: bool) -> None:
    path = GOLDEN / lang / f"{case}.txt"
    text = text_of(lang, case)
    if update_golden:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, "utf-8")
    assert path.exists(), f"no reviewed text for {lang}/{case}: run with --update-golden"
    assert text == path.read_text("utf-8"), f"{lang}/{case} changed: review, then --update-golden"
