"""A person releases an access or portability package held for review (flag `package_review`,
worker/cases/package.py), optionally withholding what would disclose other people's data or
privileged notes (art. 15(4) GDPR): `gdpr-worker cases release REF [--redact TABLE.FIELD ...]`
and the console's release page. The case goes back to work and the package is made then, from
the company's data, with the redactions recorded in the `package_released` event."""

from __future__ import annotations

import re
from collections.abc import Sequence

from worker.app import App
from worker.case_state import set_status
from worker.cases.readable import show_value
from worker.cases.rectification import subject_address
from worker.cases.staff import Decision, StaffError
from worker.cases.statutory import statutory
from worker.datamap import datamap_for
from worker.domain import CaseStatus, EventKind, Flag
from worker.store import repo
from worker.store.db import transaction

# TABLE.FIELD (every row), TABLE.FIELD@KEY (one row's field), TABLE@KEY (a whole row);
# KEY as the report's JSON names the row: id=17, or a=1,b=2
_NAME = r"[A-Za-z_][A-Za-z0-9_]*"
REDACTION = re.compile(rf"{_NAME}(\.{_NAME})?(@[^\s@]+)?")


def check_redactions(redact: Sequence[str]) -> list[str]:
    """The redactions as given, each checked (StaffError names the first that is not one)."""
    out = []
    for item in redact:
        item = item.strip()
        if not REDACTION.fullmatch(item) or ("." not in item and "@" not in item):
            raise StaffError(f"{item!r}: write TABLE.FIELD, TABLE.FIELD@KEY or TABLE@KEY")
        out.append(item)
    return out


def held_fields(events: Sequence[object]) -> list[str]:
    """What the package held for review holds that made it wait (`TABLE.FIELD`)."""
    for event in reversed(events):
        if getattr(event, "kind", None) == EventKind.PACKAGE_HELD:
            return list(getattr(event, "detail", {}).get("fields", []))
    return []


def release(app: App, ref: str, actor: str, redact: Sequence[str] = ()) -> Decision:
    """Let the case's package go, withholding `redact`; the case's rights run again."""
    redactions = check_redactions(redact)
    with transaction(app.sessions) as session:
        case = repo.case_by_ref(session, ref)
        if case is None:
            raise StaffError(f"no case {ref}")
        if Flag.PACKAGE_REVIEW.value not in case.flags:
            raise StaffError(f"case {ref} has no package waiting for release")
        datamap = datamap_for(app.settings.sources)
        for item in redactions:
            table, _, column = item.partition("@")[0].partition(".")
            if not datamap.has_field(table, column or None):
                raise StaffError(f"{item!r}: the data map has no such table or field")
        case.flags = [f for f in case.flags if f != Flag.PACKAGE_REVIEW.value]
        repo.add_event(session, case, actor, EventKind.PACKAGE_RELEASED, redact=redactions)
        if CaseStatus(case.status) is CaseStatus.AWAITING_REVIEW:
            set_status(session, case, CaseStatus.IN_PROGRESS, actor)
        return Decision(case.ref or ref, case.status, ready_case_id=case.id)


def package_preview(app: App, ref: str) -> dict[str, object] | None:
    """What the held package would show, for the person who reads it before release: every
    field found, in the case's language, with the name to withhold it by; the fields the data
    map marks for review first noted. None when there is no such case."""
    with transaction(app.sessions) as session:
        case = repo.case_by_ref(session, ref)
        if case is None:
            return None
        email, lang = subject_address(case), app.replies.language_of(case).value
        held = held_fields(case.events)
        waiting = Flag.PACKAGE_REVIEW.value in case.flags
    words = statutory(lang).get("report", {})
    rows = []
    for r in datamap_for(app.settings.sources).export(email) if waiting else []:
        rows.append(
            {
                "table": r.table_label(lang),
                "key": r.key,
                "field": r.label(lang),
                "value": show_value(r.value, r.kind, lang, words),
                "review": r.review,
                "target": f"{r.table}.{r.field}@{r.key}",
                "column": f"{r.table}.{r.field}",
            }
        )
    return {"ref": ref, "waiting": waiting, "held": held, "rows": rows}
