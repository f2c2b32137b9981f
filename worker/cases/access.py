"""Art. 15: the statutory information and a copy of every personal field found, as an
AES-256-sealed PDF report with a JSON export inside; the password in a separate message."""

from __future__ import annotations

from worker.cases.deliverable import seal_records
from worker.cases.rights import Reply, RightContext, RightOutcome, handles
from worker.cases.statutory import statutory_for
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


def statutory_texts(ctx: RightContext, lang: str, records) -> dict:  # noqa: ANN001
    """The statutory text for the sources the person's records come from: what each source
    states itself in the data map, the company-wide text for the rest."""
    sources = dict.fromkeys(r.source for r in records if hasattr(r, "source"))
    datamap = ctx.datamap
    own = {datamap.source_label(s, lang): datamap.source_statutory(s, lang) for s in sources}
    return statutory_for(lang, own)


def deliver_sealed(ctx: RightContext, kind: str, records, with_statutory: bool) -> RightOutcome:  # noqa: ANN001
    lang = ctx.app.replies.language_of(ctx.case).value
    texts = statutory_texts(ctx, lang, records) if with_statutory else None
    sealed = seal_records(
        ref=ctx.case.ref or "",
        lang=lang,
        today=ctx.today,
        kind=kind,
        records=records,
        company=ctx.app.policy.company.name,
        with_statutory=with_statutory,
        texts=texts,
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
