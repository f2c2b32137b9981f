"""Art. 20: the data the person provided, as JSON and CSV, sealed like an access report."""

from __future__ import annotations

from worker.cases.access import deliver_sealed
from worker.cases.rights import Reply, RightContext, RightOutcome, handles
from worker.domain import MessageKind, RequestType


@handles(RequestType.PORTABILITY)
def portability(ctx: RightContext) -> RightOutcome:
    records = ctx.datamap.export(ctx.email, provided_only=True)
    if not records:
        return RightOutcome(
            done=True,
            replies=[Reply(MessageKind.RESPONSE, "nothing_found", {"right": "portability"})],
            detail={"records": 0},
        )
    return deliver_sealed(ctx, "portability", records, with_statutory=False)
