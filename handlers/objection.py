"""Art. 21: against direct marketing the objection is absolute (art. 21(3)): every marketing
channel stops, post and phone too; against processing on legitimate interest (profiling,
segmentation) that processing stops."""

from __future__ import annotations

import dramatiq

from handlers.opt_out import stop_marketing
from handlers.rights import RightContext, RightOutcome, handles, perform
from worker.domain import RequestType

DIRECT_MARKETING_AND_PROFILING = (
    "marketing_email", "marketing_sms", "marketing_post", "marketing_phone", "profiling",
    "segmentation",
)  # fmt: skip


@handles(RequestType.OBJECTION)
def objection(ctx: RightContext) -> RightOutcome:
    return stop_marketing(ctx, DIRECT_MARKETING_AND_PROFILING, "objection_done")


@dramatiq.actor(queue_name="handlers", max_retries=10)
def handle_objection(case_id: int) -> None:
    perform(case_id, RequestType.OBJECTION)
