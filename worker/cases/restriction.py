"""Art. 18: the person's records are marked restricted in every source (kept, not otherwise used)
until staff release them."""

from __future__ import annotations

from worker.cases.rights import Reply, RightContext, RightOutcome, handles
from worker.domain import MessageKind, RequestType


@handles(RequestType.RESTRICTION)
def restriction(ctx: RightContext) -> RightOutcome:
    report = ctx.datamap.set_flags(ctx.email, ["restricted"])
    return RightOutcome(
        done=True,
        replies=[Reply(MessageKind.RESPONSE, "restriction_done")],
        detail={"flags": report},
    )
