"""A complaint: acknowledged with the complaint channels and the authority's address, and left
with staff (the data protection contact answers it)."""

from __future__ import annotations

import dramatiq

from handlers.rights import Reply, RightContext, RightOutcome, handles, perform
from worker.domain import MessageKind, RequestType


@handles(RequestType.COMPLAINT)
def complaint(ctx: RightContext) -> RightOutcome:
    return RightOutcome(
        done=True,
        replies=[Reply(MessageKind.RESPONSE, "complaint_received")],
        add_flags=("complaint",),
    )


@dramatiq.actor(queue_name="handlers", max_retries=10)
def handle_complaint(case_id: int) -> None:
    perform(case_id, RequestType.COMPLAINT)
