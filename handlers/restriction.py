"""Art. 18: the person's records are marked restricted in every source (kept, not otherwise used)
until staff release them."""

from __future__ import annotations

import dramatiq

from handlers.rights import Reply, RightContext, RightOutcome, handles, perform
from worker.domain import MessageKind, RequestType


@handles(RequestType.RESTRICTION)
def restriction(ctx: RightContext) -> RightOutcome:
    report = ctx.datamap.set_flags(ctx.email, ["restricted"])
    return RightOutcome(
        done=True,
        replies=[Reply(MessageKind.RESPONSE, "restriction_done")],
        detail={"flags": report},
    )


@dramatiq.actor(queue_name="handlers", max_retries=10)
def handle_restriction(case_id: int) -> None:
    perform(case_id, RequestType.RESTRICTION)
