"""Art. 20: the data the person provided, as JSON and CSV, sealed like an access report."""

from __future__ import annotations

import dramatiq

from handlers.access import deliver_sealed
from handlers.rights import Reply, RightContext, RightOutcome, handles, held_for_review, perform
from worker.domain import MessageKind, RequestType


@handles(RequestType.PORTABILITY)
def portability(ctx: RightContext) -> RightOutcome:
    held = held_for_review(ctx)
    if held is not None:
        return held
    records = ctx.datamap.export(ctx.email, provided_only=True)
    if not records:
        return RightOutcome(
            done=True,
            replies=[Reply(MessageKind.RESPONSE, "nothing_found", {"right": "portability"})],
            detail={"records": 0},
        )
    return deliver_sealed(ctx, "portability", records, with_statutory=False)


@dramatiq.actor(queue_name="handlers", max_retries=10)
def handle_portability(case_id: int) -> None:
    perform(case_id, RequestType.PORTABILITY)
