"""Finding a person's rows in one source: by e-mail, through the references between its tables,
through links from other sources (values found there), and the rows a former erasure kept (the
ledger). Also what the holds and the report read beside a row: the related rows a hold counts
from, and the labels of looked-up ids."""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.engine import Connection

from worker.datamap.graph import path_to
from worker.datamap.holds import as_date
from worker.datamap.source import OpenedSource, RowKey
from worker.datamap.values import linked_values

CHUNK = 500  # values per IN (...) list

Found = dict[str, dict[RowKey, dict[str, Any]]]  # table -> key -> the row's columns
LinkKey = tuple[str, str, str]  # (source, table, column) another source's finder references
Links = dict[LinkKey, set[Any]]  # the values of those columns in the person's rows


def chunks(values: Sequence[Any], size: int = CHUNK) -> Iterator[Sequence[Any]]:
    for i in range(0, len(values), size):
        yield values[i : i + size]


@dataclass
class LedgerEntry:
    id: int
    table: str
    key: RowKey
    holds: str
    until: date | None


def ledger_entries(conn: Connection, src: OpenedSource, subject: str) -> list[LedgerEntry]:
    if not src.has_ledger(conn):
        return []
    t = src.ledger
    rows = conn.execute(
        select(t.c.id, t.c.table_name, t.c.row_key, t.c.holds, t.c.held_until).where(
            t.c.subject_hash == subject, t.c.purged_on.is_(None)
        )
    )
    return [
        LedgerEntry(r.id, r.table_name, tuple(json.loads(r.row_key)), r.holds, r.held_until)
        for r in rows
        if r.table_name in src.spec.tables
    ]


def collect(
    conn: Connection,
    src: OpenedSource,
    email: str | None,
    ledger: Sequence[LedgerEntry],
    links: Links | None = None,
    lock: bool = False,
) -> Found:
    """Every row of the person's in this source: by email, through references (in this source,
    and to the values `links` holds from sources read before), and the rows a former erasure
    kept (the ledger)."""
    email = email.strip().lower() if email else None
    links = links or {}
    kept: dict[str, list[RowKey]] = {}
    for entry in ledger:
        kept.setdefault(entry.table, []).append(entry.key)
    found: Found = {}
    for tname in src.order:
        spec = src.spec.tables[tname]
        table = src.tables[tname]
        conditions = []
        for finder in spec.find:
            if finder.email is not None:
                if email:
                    conditions.append(func.lower(table.c[finder.email]) == email)
                continue
            ptable, pcol = finder.parent
            column = table.c[finder.column or ""]
            if finder.other_source is not None:
                values = linked_values(links.get((finder.other_source, ptable, pcol), set()),
                                       column.type)  # fmt: skip
            else:
                values = sorted(
                    {r[pcol] for r in found.get(ptable, {}).values() if r[pcol] is not None},
                    key=repr,
                )
            conditions += [column.in_(chunk) for chunk in chunks(values)]
        keys = src.key_values(tname, kept.get(tname, []))
        conditions += [src.key_expr(tname).in_(chunk) for chunk in chunks(keys)]
        if not conditions:
            continue
        rows: dict[RowKey, dict[str, Any]] = {}
        # One query per CHUNK of conditions, so that a person with very many rows stays bounded.
        for group in chunks(conditions, 50):
            stmt = select(table).where(or_(*group))
            if lock:
                stmt = stmt.with_for_update()
            for row in conn.execute(stmt).mappings():
                rows[src.key_of(tname, row)] = dict(row)
        if rows:
            found[tname] = rows
    return found


def link_values(src: OpenedSource, found: Found, wanted: Sequence[LinkKey], links: Links) -> None:
    """The values of this source's columns that other sources' finders reference, added to
    `links` (read before this source changes anything)."""
    for source, table, column in wanted:
        if source != src.name:
            continue
        values = links.setdefault((source, table, column), set())
        values.update(r[column] for r in found.get(table, {}).values() if r[column] is not None)


# ---------------------------------------------------------------------------------------------
# What is read beside a row


def related_values(
    conn: Connection, src: OpenedSource, found: Found, tname: str
) -> dict[RowKey, dict[str, Any]]:
    """Per row of `tname`, the `table.column` values of related rows its holds read (an invoice
    line's invoice date): from the rows found, else from the database. Where several related
    rows apply, the latest date (the longest hold) counts."""
    spec = src.spec.tables[tname]
    wanted = sorted({name for rule in spec.retain for name in rule.related_columns()})
    rows = found.get(tname, {})
    out: dict[RowKey, dict[str, Any]] = {key: {} for key in rows}
    if not wanted or not rows:
        return out
    for name in wanted:
        related, _, column = name.partition(".")
        steps = path_to(src.spec, tname, related) or []
        current: dict[RowKey, list[dict[str, Any]]] = {k: [r] for k, r in rows.items()}
        for _child, ccol, ptable, pcol in steps:
            values = {r[ccol] for rs in current.values() for r in rs if r.get(ccol) is not None}
            by_value = _rows_by(conn, src, found, ptable, pcol, values)
            current = {
                k: [p for r in rs for p in by_value.get(r.get(ccol), [])]
                for k, rs in current.items()
            }
        for key, rs in current.items():
            out[key][name] = _one(r.get(column) for r in rs)
    return out


def _one(values: Iterator[Any]) -> Any:
    present = [v for v in values if v is not None]
    if not present:
        return None
    dates = [as_date(v) for v in present]
    if all(d is not None for d in dates):
        return max(dates)  # type: ignore[type-var]
    return present[0]


def _rows_by(
    conn: Connection, src: OpenedSource, found: Found, table: str, column: str, values: set[Any]
) -> dict[Any, list[dict[str, Any]]]:
    out: dict[Any, list[dict[str, Any]]] = {}
    for row in found.get(table, {}).values():
        if row.get(column) in values:
            out.setdefault(row[column], []).append(row)
    missing = sorted((v for v in values if v not in out), key=repr)
    t = src.tables[table]
    for chunk in chunks(missing):
        for row in conn.execute(select(t).where(t.c[column].in_(chunk))).mappings():
            out.setdefault(row[column], []).append(dict(row))
    return out


def shown_values(
    conn: Connection, src: OpenedSource, tname: str, rows: Mapping[RowKey, Mapping[str, Any]]
) -> dict[RowKey, dict[str, str]]:
    """Per row, the looked-up labels of its lookup columns (a group's name for its id)."""
    spec = src.spec.tables[tname]
    out: dict[RowKey, dict[str, str]] = {key: {} for key in rows}
    for cname, cspec in spec.columns.items():
        lookup = cspec.lookup
        if lookup is None:
            continue
        table = src.lookups.get(lookup.table, src.tables.get(lookup.table))
        values = sorted({r[cname] for r in rows.values() if r.get(cname) is not None}, key=repr)
        labels: dict[Any, str] = {}
        for chunk in chunks(values):
            stmt = select(table.c[lookup.key], table.c[lookup.show]).where(
                table.c[lookup.key].in_(chunk)
            )
            labels.update({k: str(v) for k, v in conn.execute(stmt) if v is not None})
        for key, row in rows.items():
            if row.get(cname) in labels:
                out[key][cname] = labels[row[cname]]
    return out
