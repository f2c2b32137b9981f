"""Marketing opt-out: immediate, no ID needed. Consent flags off in every source, the address on
the suppression list, a confirmation."""

from __future__ import annotations

from worker.cases.rights import Reply, RightContext, RightOutcome, handles, suppress
from worker.domain import MessageKind, RequestType

ELECTRONIC_MARKETING = ("marketing_email", "marketing_sms")


def stop_marketing(ctx: RightContext, purposes: tuple[str, ...], template: str) -> RightOutcome:
    report = ctx.datamap.set_flags(ctx.email, list(purposes))
    added = suppress(ctx, reason=ctx.right.value)
    return RightOutcome(
        done=True,
        replies=[Reply(MessageKind.RESPONSE, template, {"purposes": list(purposes)})],
        detail={"flags": report, "suppressed": added},
    )


@handles(RequestType.MARKETING_OPT_OUT)
def opt_out(ctx: RightContext) -> RightOutcome:
    return stop_marketing(ctx, ELECTRONIC_MARKETING, "opt_out_done")
