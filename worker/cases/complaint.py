"""A complaint: acknowledged with the complaint channels and the authority's address, and left
with staff (the data protection contact answers it)."""

from __future__ import annotations

from worker.cases.rights import Reply, RightContext, RightOutcome, handles
from worker.domain import Flag, MessageKind, RequestType


@handles(RequestType.COMPLAINT)
def complaint(ctx: RightContext) -> RightOutcome:
    return RightOutcome(
        done=True,
        replies=[Reply(MessageKind.RESPONSE, "complaint_received")],
        add_flags=(Flag.COMPLAINT,),
    )
