"""Marketing opt-out: immediate, no ID copy, no proof (art. 12(2) and 12(6); stopping marketing
harms no one). The channels asked (worker/marketing.py; the policy's default when none is
named) are turned off in every source, the address goes on the suppression list, and the
confirmation says what stopped on which channel and how to undo it.

A reply to a completed opt-out that asks for more ("please also stop post and phone") is threaded
onto it by intake and reopens this right (`widen_marketing`): the sentences join the case's
evidence, and the opt-out runs again on the wider set of channels."""

from __future__ import annotations

from worker.cases.rights import (
    Reply,
    RightContext,
    RightOutcome,
    direct_marketing_case,
    handles,
    suppress,
)
from worker.domain import EventKind, MessageKind, RequestType
from worker.marketing import ALL_CHANNELS, opt_out_channels
from worker.store.models import Case

MARKETING_RIGHTS = frozenset({RequestType.MARKETING_OPT_OUT.value, RequestType.OBJECTION.value})


def marketing_sentences(case: Case) -> list[str]:
    """What the requester wrote about stopping marketing, over the whole case."""
    evidence = case.evidence or {}
    return [
        *evidence.get(RequestType.MARKETING_OPT_OUT.value, ()),
        *evidence.get(RequestType.OBJECTION.value, ()),
    ]


def stop_marketing(
    ctx: RightContext, purposes: tuple[str, ...], template: str, **extra: object
) -> RightOutcome:
    report = ctx.datamap.set_flags(ctx.email, list(purposes))
    added = suppress(ctx, reason=ctx.right.value)
    return RightOutcome(
        done=True,
        replies=[Reply(MessageKind.RESPONSE, template, {"purposes": list(purposes), **extra})],
        detail={"flags": report, "suppressed": added, "channels": list(purposes)},
    )


@handles(RequestType.MARKETING_OPT_OUT)
def opt_out(ctx: RightContext) -> RightOutcome:
    channels = opt_out_channels(
        marketing_sentences(ctx.case), ctx.app.policy.marketing.opt_out_channels
    )
    if direct_marketing_case(ctx.case):  # an objection to direct marketing: every channel
        channels = ALL_CHANNELS
    widened = any(
        e.kind == EventKind.RIGHT_REOPENED and e.detail.get("right") == ctx.right.value
        for e in ctx.case.events
    )
    return stop_marketing(ctx, channels, "opt_out_done", widened=widened)
