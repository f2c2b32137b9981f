"""Art. 16: the correction stated in the mail is kept with the case and applied only after a
person approved it (`gdpr-worker cases rectify`)."""

from __future__ import annotations

from worker.cases.rights import Reply, RightContext, RightOutcome, handles
from worker.domain import Flag, MessageKind, RequestType


@handles(RequestType.RECTIFICATION)
def rectification(ctx: RightContext) -> RightOutcome:
    return RightOutcome(
        done=True,
        replies=[Reply(MessageKind.RESPONSE, "rectification_pending")],
        add_flags=(Flag.RECTIFICATION_PENDING,),
        detail={"awaiting": "staff approval"},
    )
