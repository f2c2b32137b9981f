"""Art. 17: per source in one transaction, delete or anonymise per the data map, keep what a
legal hold keeps, and put the address on the suppression list. (The proof it needs first, the
owner's confirmation among it, is obtained by run_right: worker/proof.py.)"""

from __future__ import annotations

from datetime import date

from worker.cases.rights import Reply, RightContext, RightOutcome, handles, suppress
from worker.domain import MessageKind, RequestType


@handles(RequestType.ERASURE)
def erasure(ctx: RightContext) -> RightOutcome:
    report = ctx.datamap.erase(ctx.email, ctx.today)
    added = suppress(ctx, reason="erasure")
    erased, retained = report_lists(report, ctx.app.replies.language_of(ctx.case).value)
    if not erased and not retained:
        reply = Reply(MessageKind.RESPONSE, "nothing_found", {"right": "erasure"})
    else:
        reply = Reply(
            MessageKind.RESPONSE, "erasure_done", {"erased": erased, "retained": retained}
        )
    return RightOutcome(done=True, replies=[reply], detail={"report": report, "suppressed": added})


def report_lists(report: dict, lang: str = "en") -> tuple[list[dict], list[dict]]:
    """The data map's erasure report as the reply's lists (categories, never values). A kept
    item names its hold by the data map's label in `lang` (`label`, None when the map gives
    none in that language: the template's own wording for the shipped holds applies), else by
    its description or label in English (`description`): never by its bare name."""
    labels = report.get("hold_labels", {})
    texts = report.get("holds", {})
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
            name = hold.get("hold")
            given = labels.get(name, {})
            retained.append(
                {
                    "category": item.get("category", item.get("table")),
                    "hold": name,
                    "until": date.fromisoformat(hold["until"]) if hold.get("until") else None,
                    "label": given.get(lang),
                    "description": given.get("en") or texts.get(name) or None,
                }
            )
    return erased, retained
