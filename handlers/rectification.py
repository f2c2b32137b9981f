"""Art. 16: the correction stated in the mail is kept with the case and applied only after a
person approved it (`gdpr-worker cases rectify`)."""

from __future__ import annotations

import dramatiq

from handlers.rights import Reply, RightContext, RightOutcome, handles, perform
from worker.domain import MessageKind, RequestType


@handles(RequestType.RECTIFICATION)
def rectification(ctx: RightContext) -> RightOutcome:
    return RightOutcome(
        done=True,
        replies=[Reply(MessageKind.RESPONSE, "rectification_pending")],
        add_flags=("rectification_pending",),
        detail={"awaiting": "staff approval"},
    )


@dramatiq.actor(queue_name="handlers", max_retries=10)
def handle_rectification(case_id: int) -> None:
    perform(case_id, RequestType.RECTIFICATION)
