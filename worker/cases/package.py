"""Access (art. 15) and portability (art. 20) as ONE package: one encrypted PDF with the report
and the machine-readable files inside it, under one password. The password goes by SMS where
the company has a gateway (GDPR_SMS_GATEWAY_URL) and the data map knows the person's mobile
number, else in a second mail sent only once the package's mail was delivered. Neither is kept
once delivered (the outbox drops the attachment and the password's body when sent).

Before it goes out, a person reads a package that holds free text, internal notes or names of
third parties (the fields the data map marks `review: true`; art. 15(4)), unless the policy
says otherwise (`access.review_free_text`): the case is held (flag `package_review`) until
staff release it (`cases release`, worker.cases.release), withholding fields or rows if need
be. Nothing of the package is stored while it waits: it is made again from the company's data
when released."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from worker.cases.deliverable import package_kind, seal_package
from worker.cases.rights import Reply, RightContext, RightOutcome, rights_done
from worker.cases.statutory import statutory_for
from worker.datamap import Record
from worker.domain import CaseStatus, EventKind, Flag, MessageKind, RequestType

SMS = "sms:"


def released_with(events: Sequence[Any]) -> list[str] | None:
    """The redactions of the latest release of the case's package, or None if never released."""
    for event in reversed(events):
        if event.kind == EventKind.PACKAGE_RELEASED:
            return list(event.detail.get("redact", []))
    return None


def fields_to_review(records: Sequence[Record]) -> list[str]:
    """`TABLE.FIELD` of every field found that the data map marks for review."""
    return sorted({f"{r.table}.{r.field}" for r in records if r.review})


def statutory_texts(ctx: RightContext, lang: str, records: Sequence[Record]) -> dict[str, Any]:
    """The statutory text for the sources the person's records come from: what each source
    states itself in the data map, the company-wide text for the rest."""
    sources = dict.fromkeys(r.source for r in records)
    datamap = ctx.datamap
    own = {datamap.source_label(s, lang): datamap.source_statutory(s, lang) for s in sources}
    return statutory_for(lang, own)


def with_portability(ctx: RightContext) -> bool:
    """Access is asked: does its package carry portability as well?"""
    case = ctx.case
    if RequestType.PORTABILITY.value not in case.request_types:
        return False
    return RequestType.PORTABILITY.value not in rights_done(case) or any(
        e.kind == EventKind.RIGHT_DONE
        and e.detail.get("right") == RequestType.PORTABILITY.value
        and e.detail.get("in_package")
        for e in case.events
    )


def mobile_number(ctx: RightContext, records: Sequence[Record]) -> str:
    """The person's mobile number as the data map finds it ('' when none is known)."""
    mobile = ctx.datamap.mobile_fields()
    for r in records:
        if (r.table, r.field) in mobile and isinstance(r.value, str) and r.value.strip():
            return "".join(r.value.split())
    return ""


def deliver_package(ctx: RightContext, *, access: bool, portability: bool) -> RightOutcome:
    """The case's package (access, portability or both), or the case held for staff to read it.
    With nothing found: the nothing-found reply for the right asked."""
    datamap = ctx.datamap
    found = datamap.export(ctx.email) if access else None
    provided = datamap.export(ctx.email, provided_only=True) if portability else None
    everything = found if found is not None else provided or []
    if not everything:
        right = "access" if access else "portability"
        return RightOutcome(
            done=True,
            replies=[Reply(MessageKind.RESPONSE, "nothing_found", {"right": right})],
            detail={"records": 0},
        )
    redactions = released_with(ctx.case.events)
    review = fields_to_review([*everything, *(provided or [])])
    if redactions is None and review and ctx.app.policy.access.review_free_text:
        return RightOutcome(
            done=False,
            status=CaseStatus.AWAITING_REVIEW,
            add_flags=(Flag.PACKAGE_REVIEW,),
            detail={"fields": review},
            event=EventKind.PACKAGE_HELD,
        )
    lang = ctx.app.replies.language_of(ctx.case).value
    redactions = redactions or []
    sealed = seal_package(
        ref=ctx.case.ref or "",
        lang=lang,
        today=ctx.today,
        company=ctx.app.policy.company.name,
        access=found,
        portability=provided,
        texts=statutory_texts(ctx, lang, everything) if access else None,
        redactions=redactions,
    )
    categories = sorted({r.category for r in everything})
    number = mobile_number(ctx, everything) if ctx.app.settings.sms_gateway_url else ""
    extra = {
        "access": access,
        "portability": portability,
        "categories": categories,
        "record_count": len(everything),
        "password_by_sms": bool(number),
        "phone_hint": number[-2:] if number else "",
        "withheld": bool(redactions),
    }
    template = "package_response"
    package = Reply(
        MessageKind.RESPONSE, template, extra, attachment=(sealed.filename, sealed.content)
    )
    for_subject = ctx.app.replies.subject(ctx.case, template, extra)
    secret = {"password": sealed.password, "for_subject": for_subject}
    password = (
        Reply(MessageKind.RESPONSE, "password_sms", secret, sensitive=True,
              to=f"{SMS}{number}", after_previous=True)
        if number
        else Reply(MessageKind.RESPONSE, "password", secret, sensitive=True, after_previous=True)
    )  # fmt: skip
    return RightOutcome(
        done=True,
        replies=[package, password],
        detail={
            "records": len(everything),
            "categories": categories,
            "package": package_kind(access, portability),
            "password_by": "sms" if number else "mail",
            "withheld": redactions,
        },
    )
