"""Art. 21: against direct marketing the objection is absolute (art. 21(3)): every marketing
channel stops, post and phone too, at once and without proof (it harms no one); against
processing on legitimate interest (profiling, segmentation) that processing stops, once the
objection is proven (worker/proof.py)."""

from __future__ import annotations

from typing import Any

from worker.cases.opt_out import stop_marketing
from worker.cases.rights import RightContext, RightOutcome, handles, low_harm_part, suppress
from worker.domain import RequestType

DIRECT_MARKETING_AND_PROFILING = (
    "marketing_email", "marketing_sms", "marketing_post", "marketing_phone", "profiling",
    "segmentation",
)  # fmt: skip


DIRECT_MARKETING = ("marketing_email", "marketing_sms", "marketing_post", "marketing_phone")


@low_harm_part(RequestType.OBJECTION)
def stop_direct_marketing(ctx: RightContext) -> dict[str, Any]:
    """Art. 21(3): the objection to direct marketing is absolute and harms no one: done at once,
    on every channel, while the objection on personal grounds waits for its proof."""
    report = ctx.datamap.set_flags(ctx.email, list(DIRECT_MARKETING))
    return {"flags": report, "suppressed": suppress(ctx, reason=ctx.right.value)}


@handles(RequestType.OBJECTION)
def objection(ctx: RightContext) -> RightOutcome:
    return stop_marketing(ctx, DIRECT_MARKETING_AND_PROFILING, "objection_done")
