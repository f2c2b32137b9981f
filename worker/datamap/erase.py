"""Erasure in one source: first a plan (what happens to each row found, and why), then its
application in the same transaction (deletes, updates, the ledger of rows kept). `sources
explain` shows the plan without applying it, so what it says is what erasure does."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

from sqlalchemy import and_, delete, update
from sqlalchemy.engine import Connection

from worker.datamap.find import Found, LedgerEntry, chunks, related_values
from worker.datamap.holds import Holds, own_holds, per_hold, summary
from worker.datamap.source import OpenedSource, RowKey
from worker.datamap.values import anonymised, jsonable

Action = Literal["delete", "anonymise", "keep", "held"]


@dataclass
class RowPlan:
    """What erasure does to one row: delete it, anonymise it, keep it (a shared table), or keep
    it under holds (with the columns cleared even then)."""

    table: str
    key: RowKey
    action: Action
    changes: dict[str, Any] = field(default_factory=dict)
    holds: Holds = field(default_factory=list)


def holds_of_rows(
    conn: Connection, src: OpenedSource, found: Found, today: date
) -> dict[tuple[str, RowKey], Holds]:
    """Own holds per row (reading related rows where a rule counts from them), then carried up
    to the rows a kept row references (so that no kept row loses the row it points to: an order
    stays while its invoice is kept)."""
    held: dict[tuple[str, RowKey], Holds] = {}
    for tname, rows in found.items():
        spec = src.spec.tables[tname]
        if not spec.retain:
            continue
        related = related_values(conn, src, found, tname)
        for key, row in rows.items():
            mine = own_holds(spec, src.parsed, {**row, **related.get(key, {})}, today)
            if mine:
                held[(tname, key)] = mine
    for tname in reversed(src.order):  # children before their parents
        spec = src.spec.tables[tname]
        for finder in spec.find:
            if finder.references is None or finder.other_source is not None:
                continue
            ptable, pcol = finder.parent
            if src.spec.tables[ptable].erase != "delete" or ptable not in found:
                continue
            by_value: dict[Any, list[RowKey]] = {}
            for pkey, prow in found[ptable].items():
                by_value.setdefault(prow[pcol], []).append(pkey)
            for key, row in found.get(tname, {}).items():
                carried = held.get((tname, key))
                if not carried:
                    continue
                for pkey in by_value.get(row[finder.column or ""], []):
                    target = held.setdefault((ptable, pkey), [])
                    target.extend(h for h in carried if h not in target)
    return held


def key_for_text(key: RowKey) -> str:
    """A row's key as a replacement value's `{key}` (17, or 4-12 for a composite key)."""
    return "-".join(str(jsonable(k)) for k in key)


def anonymised_changes(
    src: OpenedSource, tname: str, key: RowKey, row: Mapping[str, Any], only_when_held: bool
) -> dict[str, Any]:
    """The columns of `row` that anonymising changes, with their new database values."""
    spec = src.spec.tables[tname]
    table = src.tables[tname]
    changes: dict[str, Any] = {}
    for cname, cspec in spec.columns.items():
        if only_when_held and not cspec.erase_when_held:
            continue
        changed, new = anonymised(
            cspec.anonymise,
            row.get(cname),
            column_type=table.c[cname].type,
            key_text=key_for_text(key),
            secret=src.secret,
        )
        if changed:
            changes[cname] = new
    return changes


def plan_erasure(conn: Connection, src: OpenedSource, found: Found, today: date) -> list[RowPlan]:
    """What erasure does to every row found, children before their parents."""
    held = holds_of_rows(conn, src, found, today)
    plan: list[RowPlan] = []
    for tname in reversed(src.order):
        spec = src.spec.tables[tname]
        for key, row in found.get(tname, {}).items():
            holds = held.get((tname, key), [])
            if spec.erase == "keep":
                plan.append(RowPlan(tname, key, "keep"))
            elif holds:
                changes = anonymised_changes(src, tname, key, row, only_when_held=True)
                plan.append(RowPlan(tname, key, "held", changes, holds))
            elif spec.erase == "delete":
                plan.append(RowPlan(tname, key, "delete"))
            else:
                changes = anonymised_changes(src, tname, key, row, only_when_held=False)
                plan.append(RowPlan(tname, key, "anonymise", changes))
    return plan


class Tally:
    def __init__(self) -> None:
        self.deleted = 0
        self.anonymised = 0
        self.held_anonymised = 0
        self.retained: dict[tuple[str, date | None], int] = {}
        self.retained_rows = 0

    def __bool__(self) -> bool:
        return bool(self.deleted or self.anonymised or self.held_anonymised or self.retained_rows)

    def merge(self, more: Tally) -> None:
        self.deleted += more.deleted
        self.anonymised += more.anonymised
        self.held_anonymised += more.held_anonymised
        self.retained_rows += more.retained_rows
        for hold, count in more.retained.items():
            self.retained[hold] = self.retained.get(hold, 0) + count


def apply_erasure(
    conn: Connection,
    src: OpenedSource,
    plan: Sequence[RowPlan],
    found: Found,
    ledger: Sequence[LedgerEntry],
    subject: str,
    today: date,
) -> dict[str, Tally]:
    """Carry out the plan; write down the rows kept. Returns what changed, per table (nothing
    for a second run)."""
    entries = {(e.table, e.key): e for e in ledger}
    tallies: dict[str, Tally] = {}
    ledger_ready = False
    to_delete: dict[str, list[RowKey]] = {}
    for step in plan:
        if step.action == "keep":
            continue
        tally = tallies.setdefault(step.table, Tally())
        entry = entries.get((step.table, step.key))
        if step.changes:
            update_row(conn, src, step.table, step.key, step.changes)
            if step.action == "held":
                tally.held_anonymised += 1
            else:
                tally.anonymised += 1
        if step.action == "held":
            names, until = summary(step.holds)
            if entry is not None and entry.holds == names and entry.until == until:
                continue  # kept before, for the same reasons: nothing new
            if not ledger_ready:
                src.ledger.create(conn, checkfirst=True)
                ledger_ready = True
            if entry is None:
                conn.execute(
                    src.ledger.insert().values(
                        subject_hash=subject,
                        table_name=step.table,
                        row_key=src.stored_key(step.key),
                        holds=names,
                        held_until=until,
                        erased_on=today,
                    )
                )
            else:
                conn.execute(
                    update(src.ledger)
                    .where(src.ledger.c.id == entry.id)
                    .values(holds=names, held_until=until)
                )
            tally.retained_rows += 1
            for hold in per_hold(step.holds).items():
                tally.retained[hold] = tally.retained.get(hold, 0) + 1
            continue
        if step.action == "delete":
            to_delete.setdefault(step.table, []).append(step.key)
        if entry is not None:
            conn.execute(
                update(src.ledger).where(src.ledger.c.id == entry.id).values(purged_on=today)
            )
    for tname in reversed(src.order):  # children first: no row loses a parent it still needs
        table = src.tables[tname]
        for chunk in chunks(src.key_values(tname, to_delete.get(tname, []))):
            result = conn.execute(delete(table).where(src.key_expr(tname).in_(chunk)))
            tallies.setdefault(tname, Tally()).deleted += result.rowcount or 0
    gone = [e.id for e in ledger if e.key not in found.get(e.table, {})]
    for chunk in chunks(gone):  # kept rows that someone else removed meanwhile
        conn.execute(update(src.ledger).where(src.ledger.c.id.in_(chunk)).values(purged_on=today))
    return {t: tally for t, tally in tallies.items() if tally}


def update_row(
    conn: Connection, src: OpenedSource, tname: str, key: RowKey, values: Mapping[str, Any]
) -> int:
    table = src.tables[tname]
    names = src.spec.tables[tname].key
    where = and_(*(table.c[n] == v for n, v in zip(names, key, strict=True)))
    return conn.execute(update(table).where(where).values(**values)).rowcount or 0


def table_reports(src: OpenedSource, tallies: Mapping[str, Tally]) -> list[dict[str, Any]]:
    out = []
    for tname in src.order:
        tally = tallies.get(tname)
        if not tally:
            continue
        spec = src.spec.tables[tname]
        retained = [
            {"hold": name, "until": until.isoformat() if until else None, "rows": count}
            for (name, until), count in sorted(
                tally.retained.items(), key=lambda kv: (kv[0][0], kv[0][1] or date.max)
            )
        ]
        out.append(
            {
                "source": src.name,
                "table": tname,
                "category": spec.main_category,
                "categories": sorted({spec.category_of(c) for c in spec.columns}),
                "deleted": tally.deleted,
                "anonymised": tally.anonymised,
                "anonymised_in_retained": tally.held_anonymised,
                "retained_rows": tally.retained_rows,
                "retained": retained,
            }
        )
    return out


def totals(tables: Sequence[Mapping[str, Any]]) -> dict[str, int]:
    return {
        "deleted": sum(t["deleted"] for t in tables),
        "anonymised": sum(t["anonymised"] for t in tables),
        "retained": sum(t["retained_rows"] for t in tables),
    }
