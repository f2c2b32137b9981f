"""Art. 21: against direct marketing the objection is absolute (art. 21(3)): every marketing
channel stops, post and phone too; against processing on legitimate interest (profiling,
segmentation) that processing stops."""

from __future__ import annotations

from worker.cases.opt_out import stop_marketing
from worker.cases.rights import RightContext, RightOutcome, handles
from worker.domain import RequestType

DIRECT_MARKETING_AND_PROFILING = (
    "marketing_email", "marketing_sms", "marketing_post", "marketing_phone", "profiling",
    "segmentation",
)  # fmt: skip


@handles(RequestType.OBJECTION)
def objection(ctx: RightContext) -> RightOutcome:
    return stop_marketing(ctx, DIRECT_MARKETING_AND_PROFILING, "objection_done")
