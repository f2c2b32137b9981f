"""Art. 21: against direct marketing the objection is absolute (art. 21(3)): every marketing
channel stops, post and phone too, at once and without proof (it harms no one); against
processing on legitimate interest (profiling, segmentation) that processing stops, once the
objection is proven (worker/proof.py). An objection that speaks only of direct marketing
(worker/marketing.py) needs no proof at all (rights.authorisation), and touches nothing else."""

from __future__ import annotations

from typing import Any

from worker.cases.opt_out import stop_marketing
from worker.cases.rights import (
    RightContext,
    RightOutcome,
    direct_marketing_case,
    handles,
    low_harm_part,
    suppress,
)
from worker.domain import RequestType
from worker.marketing import ALL_CHANNELS

DIRECT_MARKETING = ALL_CHANNELS
DIRECT_MARKETING_AND_PROFILING = (*ALL_CHANNELS, "profiling", "segmentation")


@low_harm_part(RequestType.OBJECTION)
def stop_direct_marketing(ctx: RightContext) -> dict[str, Any]:
    """Art. 21(3): the objection to direct marketing is absolute and harms no one: done at once,
    on every channel, while the objection on personal grounds waits for its proof."""
    report = ctx.datamap.set_flags(ctx.email, list(DIRECT_MARKETING))
    return {"flags": report, "suppressed": suppress(ctx, reason=ctx.right.value)}


@handles(RequestType.OBJECTION)
def objection(ctx: RightContext) -> RightOutcome:
    if direct_marketing_case(ctx.case):
        return stop_marketing(ctx, DIRECT_MARKETING, "objection_done")
    return stop_marketing(ctx, DIRECT_MARKETING_AND_PROFILING, "objection_done")
