"""Which legal holds keep a row, and until when (pure functions over a row's values; a rule that
reads a related row's column finds it in the row under `table.column`)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from worker.datamap.config import SourcesFile, TableSpec

Holds = list[tuple[str, date | None]]  # (hold name, until; None: while a condition stands)


def add_years(start: date, years: int) -> date:
    try:
        return start.replace(year=start.year + years)
    except ValueError:  # 29 February
        return start.replace(year=start.year + years, day=28)


def as_date(value: Any) -> date | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def own_holds(spec: TableSpec, holds: SourcesFile, row: Mapping[str, Any], today: date) -> Holds:
    """The holds that keep this row today, by the table's own `retain` rules."""
    out: Holds = []
    for rule in spec.retain:
        if not all(cond.holds_for(row) for cond in rule.while_):
            continue
        if rule.from_ is None:
            out.append((rule.hold, None))
            continue
        start = as_date(row.get(rule.from_))
        if start is None:  # no date to count from: kept until someone looks
            out.append((rule.hold, None))
            continue
        until = add_years(start, rule.years or holds.holds[rule.hold].years or 0)
        if today < until:
            out.append((rule.hold, until))
    return out


def per_hold(held: Holds) -> dict[str, date | None]:
    """Each hold of a row once, with the day it ends (the latest; None when open-ended)."""
    out: dict[str, date | None] = {}
    for name, until in held:
        if name not in out:
            out[name] = until
        else:
            prev = out[name]
            out[name] = None if prev is None or until is None else max(prev, until)
    return out


def summary(held: Holds) -> tuple[str, date | None]:
    """The holds' names (comma-separated) and the day the last one ends (None: open-ended)."""
    names = ",".join(sorted({name for name, _ in held}))
    untils = [u for _, u in held]
    return names, (None if any(u is None for u in untils) else max(untils))  # type: ignore[type-var]
