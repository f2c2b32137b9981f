"""Art. 15: the statutory information and a copy of every personal field found, as an
AES-256-sealed PDF report with a JSON export inside; the password in a separate message."""

from __future__ import annotations

from worker.cases.deliverable import seal_records
from worker.cases.rights import Reply, RightContext, RightOutcome, handles
from worker.domain import MessageKind, RequestType


@handles(RequestType.ACCESS)
def access(ctx: RightContext) -> RightOutcome:
    records = ctx.datamap.export(ctx.email)
    if not records:
        return RightOutcome(
            done=True,
            replies=[Reply(MessageKind.RESPONSE, "nothing_found", {"right": "access"})],
            detail={"records": 0},
        )
    return deliver_sealed(ctx, "access", records, with_statutory=True)


def deliver_sealed(ctx: RightContext, kind: str, records, with_statutory: bool) -> RightOutcome:  # noqa: ANN001
    lang = ctx.app.replies.language_of(ctx.case).value
    sealed = seal_records(
        ref=ctx.case.ref or "",
        lang=lang,
        today=ctx.today,
        kind=kind,
        records=records,
        company=ctx.app.policy.company.name,
        with_statutory=with_statutory,
    )
    categories = sorted({getattr(r, "category", None) or r["category"] for r in records})
    extra = {"categories": categories, "record_count": len(records)}
    template = f"{kind}_response"
    for_subject = ctx.app.replies.subject(ctx.case, template, extra)
    return RightOutcome(
        done=True,
        replies=[
            Reply(
                MessageKind.RESPONSE, template, extra, attachment=(sealed.filename, sealed.content)
            ),
            Reply(
                MessageKind.RESPONSE,
                "password",
                {"password": sealed.password, "for_subject": for_subject},
                sensitive=True,
            ),
        ],
        detail={"records": len(records), "categories": categories},
    )
