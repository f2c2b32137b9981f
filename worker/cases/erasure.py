"""Art. 17: first a confirmation from the requester's own address (a code, valid for a number of
days); then, per source in one transaction, delete or anonymise per the data map, keep what a
legal hold keeps, and put the address on the suppression list."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from worker.cases.rights import Reply, RightContext, RightOutcome, handles, suppress
from worker.confirmation import code_hash, new_code
from worker.domain import CaseStatus, MessageKind, RequestType


def confirmed(ctx: RightContext) -> bool:
    return ctx.case.mailbox_confirmed_at is not None


@handles(RequestType.ERASURE)
def erasure(ctx: RightContext) -> RightOutcome:
    if not confirmed(ctx):
        return ask_confirmation(ctx)
    report = ctx.datamap.erase(ctx.email, ctx.today)
    added = suppress(ctx, reason="erasure")
    erased, retained = report_lists(report)
    if not erased and not retained:
        reply = Reply(MessageKind.RESPONSE, "nothing_found", {"right": "erasure"})
    else:
        reply = Reply(
            MessageKind.RESPONSE, "erasure_done", {"erased": erased, "retained": retained}
        )
    return RightOutcome(done=True, replies=[reply], detail={"report": report, "suppressed": added})


def ask_confirmation(ctx: RightContext) -> RightOutcome:
    days = ctx.app.policy.erasure.confirm_days
    token = new_code()
    ctx.case.confirmation_hash = code_hash(token)
    ctx.case.confirmation_expires_at = datetime.now(UTC) + timedelta(days=days)
    return RightOutcome(
        done=False,
        status=CaseStatus.AWAITING_CONFIRMATION,
        replies=[
            Reply(
                MessageKind.CONFIRMATION_REQUEST,
                "confirmation_request",
                {"token": token, "confirm_days": days, "actions": ["erasure"]},
                sensitive=True,  # the code is kept only as its hash
            )
        ],
        detail={"confirmation": "asked", "valid_days": days},
    )


def report_lists(report: dict) -> tuple[list[dict], list[dict]]:
    """The data map's erasure report as the reply's lists (categories, never values)."""
    erased: list[dict] = []
    retained: list[dict] = []
    for item in report.get("tables", []):
        for action in ("deleted", "anonymised"):
            if item.get(action):
                erased.append(
                    {
                        "category": item.get("category", item.get("table")),
                        "action": action,
                        "count": item[action],
                    }
                )
        for hold in item.get("retained", []):
            retained.append(
                {
                    "category": item.get("category", item.get("table")),
                    "hold": hold.get("hold"),
                    "until": date.fromisoformat(hold["until"]) if hold.get("until") else None,
                }
            )
    return erased, retained
