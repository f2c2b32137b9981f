"""The data map at work: where a person's data is in the company's systems, and what each right
does to it (config/sources.yaml; the format is in docs/sources.md).

Every operation takes the requester's email, finds their rows source by source (an email column,
case-insensitive, then the tables that reference those rows), and acts per source in one
transaction through SQLAlchemy Core. Reports are JSON-able dicts of counts, table and field names,
hold names and dates: never a value of the person's data.

Rows kept under a legal hold after an erasure are written down in a small ledger table in their
own source (named by the data map, `gdpr_erasure_ledger` by default), in the same transaction as
the erasure: the hash of the lower-cased email, the table, the row's key, the holds and the date
they end. The person's email is gone from the source by then, so the ledger is how the retained
rows are found again: by `purge_expired_holds` when a hold ends, by a later access request (its
hash), and by a second erasure (which then reports nothing new).
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
import threading
import warnings
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from sqlalchemy import (
    Column,
    Date,
    Engine,
    Integer,
    MetaData,
    String,
    Table,
    and_,
    create_engine,
    delete,
    event,
    func,
    inspect,
    or_,
    select,
    tuple_,
    update,
)
from sqlalchemy import types as satypes
from sqlalchemy.engine import Connection, make_url
from sqlalchemy.exc import NoSuchTableError, SAWarning, SQLAlchemyError

from worker.datamap.config import (
    PURPOSES,
    Source,
    SourcesConfigError,
    SourcesFile,
    TableSpec,
    load_sources,
    parents_first,
)

log = logging.getLogger(__name__)

__all__ = [
    "DataMap",
    "DataMapError",
    "ErasureReport",
    "FoundRow",
    "FoundTable",
    "PersonData",
    "Record",
    "SourcesConfigError",
    "subject_hash",
]

CHUNK = 500  # values per IN (...) list
_HEX64 = re.compile(r"^[0-9a-f]{64}$")

ErasureReport = dict[str, Any]


class DataMapError(ValueError):
    """The data map and a source disagree, or an operation was asked something the map does not
    allow; the message is one line and carries no personal data."""


def subject_hash(email: str) -> str:
    """How an erased person is remembered: sha256 of the trimmed, lower-cased address (the same
    as the suppression list's)."""
    return hashlib.sha256(email.strip().lower().encode()).hexdigest()


# ---------------------------------------------------------------------------------------------
# What is found and exported


@dataclass(frozen=True)
class Record:
    """One personal field of one row (for the access report, and portability when provided)."""

    source: str
    table: str
    key: str  # the row's key, e.g. "id=17"
    field: str
    category: str
    value: Any  # JSON-able: str, int, float, bool (dates and times as ISO 8601 strings)
    provided_by_subject: bool


@dataclass(frozen=True)
class FoundRow:
    key: str
    values: dict[str, Any]  # personal columns only, JSON-able; NULLs left out


@dataclass(frozen=True)
class FoundTable:
    source: str
    table: str
    categories: tuple[str, ...]
    rows: tuple[FoundRow, ...]


@dataclass(frozen=True)
class PersonData:
    """Every row of the person's found in the sources (tables without rows are left out)."""

    tables: tuple[FoundTable, ...] = ()

    def __bool__(self) -> bool:
        return any(t.rows for t in self.tables)

    @property
    def categories(self) -> list[str]:
        return sorted({c for t in self.tables for c in t.categories})

    def counts(self) -> dict[str, dict[str, int]]:
        out: dict[str, dict[str, int]] = {}
        for t in self.tables:
            out.setdefault(t.source, {})[t.table] = len(t.rows)
        return out


def jsonable(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, bytes | bytearray | memoryview):
        return bytes(value).hex()
    if value is None or isinstance(value, str | int | float | bool):
        return value
    return str(value)


# ---------------------------------------------------------------------------------------------
# Holds


def add_years(start: date, years: int) -> date:
    try:
        return start.replace(year=start.year + years)
    except ValueError:  # 29 February
        return start.replace(year=start.year + years, day=28)


def _as_date(value: Any) -> date | None:
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


Holds = list[tuple[str, date | None]]  # (hold name, until; None: while a condition stands)


def own_holds(spec: TableSpec, holds: SourcesFile, row: Mapping[str, Any], today: date) -> Holds:
    """The holds that keep this row today, by the table's own `retain` rules."""
    out: Holds = []
    for rule in spec.retain:
        if not all(cond.holds_for(row) for cond in rule.while_):
            continue
        if rule.from_ is None:
            out.append((rule.hold, None))
            continue
        start = _as_date(row.get(rule.from_))
        if start is None:  # no date to count from: kept until someone looks
            out.append((rule.hold, None))
            continue
        until = add_years(start, rule.years or holds.holds[rule.hold].years or 0)
        if today < until:
            out.append((rule.hold, until))
    return out


def _per_hold(held: Holds) -> dict[str, date | None]:
    """Each hold of a row once, with the day it ends (the latest; None when open-ended)."""
    out: dict[str, date | None] = {}
    for name, until in held:
        if name not in out:
            out[name] = until
        else:
            prev = out[name]
            out[name] = None if prev is None or until is None else max(prev, until)
    return out


def _summary(held: Holds) -> tuple[str, date | None]:
    names = ",".join(sorted({name for name, _ in held}))
    untils = [u for _, u in held]
    return names, (None if any(u is None for u in untils) else max(untils))  # type: ignore[type-var]


# ---------------------------------------------------------------------------------------------
# A source, opened


def _ledger_table(name: str) -> Table:
    return Table(
        name,
        MetaData(),
        Column("id", Integer, primary_key=True, autoincrement=True),
        Column("subject_hash", String(64), nullable=False, index=True),
        Column("table_name", String(128), nullable=False),
        Column("row_key", String(500), nullable=False),
        Column("holds", String(500), nullable=False),
        Column("held_until", Date, nullable=True),  # NULL: while a condition stands
        Column("erased_on", Date, nullable=False),
        Column("purged_on", Date, nullable=True),
    )


RowKey = tuple[Any, ...]
Found = dict[str, dict[RowKey, dict[str, Any]]]  # table -> key -> the row's columns


class _Opened:
    """One source: its engine, its reflected tables, and the order of its tables."""

    def __init__(self, name: str, spec: Source, holds: SourcesFile) -> None:
        self.name = name
        self.spec = spec
        self.holds = holds
        self.engine = _engine(name, spec.url)
        self.order = parents_first(spec)
        self.ledger = _ledger_table(spec.ledger)
        self.children: dict[str, list[tuple[str, str, str]]] = {}  # parent -> (child, col, pcol)
        for tname, table in spec.tables.items():
            for finder in table.find:
                if finder.references is not None:
                    ptable, pcol = finder.parent
                    self.children.setdefault(ptable, []).append((tname, finder.column or "", pcol))
        with self.engine.connect() as conn:
            self.tables = _reflect(name, spec, conn)

    def key_of(self, table: str, row: Mapping[str, Any]) -> RowKey:
        return tuple(row[k] for k in self.spec.tables[table].key)

    def key_text(self, table: str, key: RowKey) -> str:
        names = self.spec.tables[table].key
        return ",".join(f"{n}={jsonable(v)}" for n, v in zip(names, key, strict=True))

    def key_expr(self, table: str):  # noqa: ANN201 - a column or a tuple_ of columns
        t = self.tables[table]
        names = self.spec.tables[table].key
        return t.c[names[0]] if len(names) == 1 else tuple_(*(t.c[n] for n in names))

    def key_values(self, table: str, keys: Iterable[RowKey]) -> list[Any]:
        one = len(self.spec.tables[table].key) == 1
        return [k[0] if one else k for k in keys]

    def has_ledger(self, conn: Connection) -> bool:
        return inspect(conn).has_table(self.spec.ledger)


def _engine(name: str, url: str) -> Engine:
    try:
        parsed = make_url(url)
    except Exception:  # noqa: BLE001 - the URL may hold a password: do not echo it
        raise DataMapError(f"source {name}: not a database URL") from None
    if parsed.get_backend_name() == "sqlite":
        database = parsed.database or ""
        local = database and database != ":memory:" and not database.startswith("file:")
        if local and not Path(database).exists():
            raise DataMapError(f"source {name}: database file {database} does not exist")
        engine = create_engine(parsed, connect_args={"timeout": 30})

        @event.listens_for(engine, "connect")
        def _pragmas(dbapi_conn, _record) -> None:  # noqa: ANN001
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA foreign_keys=ON")
            cur.close()

        return engine
    try:
        return create_engine(parsed, pool_pre_ping=True)
    except Exception as exc:  # noqa: BLE001 - a missing driver, a bad option
        raise DataMapError(f"source {name}: cannot open ({type(exc).__name__})") from None


def _reflect(name: str, spec: Source, conn: Connection) -> dict[str, Table]:
    """The source's tables as they are, checked against the map."""
    md = MetaData()
    out: dict[str, Table] = {}
    for tname, tspec in spec.tables.items():
        try:
            with warnings.catch_warnings():  # SQLite: expression indexes are not reflected
                warnings.simplefilter("ignore", SAWarning)
                table = Table(tname, md, autoload_with=conn)
        except NoSuchTableError:
            raise DataMapError(f"source {name}: no table {tname}") from None
        out[tname] = table
        needed = [*tspec.key, *tspec.columns]
        needed += [f.email or f.column or "" for f in tspec.find]
        for rule in tspec.retain:
            needed += [rule.from_] if rule.from_ else []
            needed += [c.column for c in rule.while_]
        for cname in needed:
            if cname not in table.c:
                raise DataMapError(f"source {name}: table {tname} has no column {cname}")
        for cname, cspec in tspec.columns.items():
            column = table.c[cname]
            anonymised = tspec.erase == "anonymise" or cspec.erase_when_held
            how = cspec.anonymise.how
            if anonymised and how == "null" and not column.nullable:
                raise DataMapError(
                    f"source {name}: {tname}.{cname} is NOT NULL: anonymise it with hash or set"
                )
            if anonymised and how == "hash" and not isinstance(column.type, satypes.String):
                raise DataMapError(f"source {name}: {tname}.{cname} is not text: cannot hash it")
    for tspec in spec.tables.values():
        for finder in tspec.find:
            if finder.references is not None:
                ptable, pcol = finder.parent
                if pcol not in out[ptable].c:
                    raise DataMapError(f"source {name}: table {ptable} has no column {pcol}")
    for purpose, pspec in spec.flags.items():
        for target in pspec.targets:
            for cname in (*target.set, *(target.release or {})):
                if cname not in out[target.table].c:
                    raise DataMapError(
                        f"source {name}: flags.{purpose}: {target.table} has no column {cname}"
                    )
    return out


def _chunks(values: Sequence[Any], size: int = CHUNK) -> Iterator[Sequence[Any]]:
    for i in range(0, len(values), size):
        yield values[i : i + size]


# ---------------------------------------------------------------------------------------------
# Finding


@dataclass
class _LedgerEntry:
    id: int
    table: str
    key: RowKey
    holds: str
    until: date | None


def _ledger_entries(conn: Connection, src: _Opened, subject: str) -> list[_LedgerEntry]:
    if not src.has_ledger(conn):
        return []
    t = src.ledger
    rows = conn.execute(
        select(t.c.id, t.c.table_name, t.c.row_key, t.c.holds, t.c.held_until).where(
            t.c.subject_hash == subject, t.c.purged_on.is_(None)
        )
    )
    return [
        _LedgerEntry(r.id, r.table_name, tuple(json.loads(r.row_key)), r.holds, r.held_until)
        for r in rows
        if r.table_name in src.spec.tables
    ]


def _collect(
    conn: Connection,
    src: _Opened,
    email: str | None,
    ledger: Sequence[_LedgerEntry],
    lock: bool = False,
) -> Found:
    """Every row of the person's in this source: by email, through references, and the rows a
    former erasure kept (the ledger)."""
    email = email.strip().lower() if email else None
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
            values = sorted(
                {r[pcol] for r in found.get(ptable, {}).values() if r[pcol] is not None},
                key=repr,
            )
            column = table.c[finder.column or ""]
            conditions += [column.in_(chunk) for chunk in _chunks(values)]
        keys = src.key_values(tname, kept.get(tname, []))
        conditions += [src.key_expr(tname).in_(chunk) for chunk in _chunks(keys)]
        if not conditions:
            continue
        rows: dict[RowKey, dict[str, Any]] = {}
        # One query per CHUNK of conditions, so that a person with very many rows stays bounded.
        for group in _chunks(conditions, 50):
            stmt = select(table).where(or_(*group))
            if lock:
                stmt = stmt.with_for_update()
            for row in conn.execute(stmt).mappings():
                rows[src.key_of(tname, row)] = dict(row)
        if rows:
            found[tname] = rows
    return found


# ---------------------------------------------------------------------------------------------
# Erasure


def _anonymised_values(
    spec: TableSpec, row: Mapping[str, Any], only_when_held: bool
) -> dict[str, Any]:
    """The columns of `row` that anonymising changes, with their new values."""
    changes: dict[str, Any] = {}
    for cname, cspec in spec.columns.items():
        if only_when_held and not cspec.erase_when_held:
            continue
        how = cspec.anonymise.how
        current = row.get(cname)
        if how == "keep":
            continue
        if how == "null":
            new = None
        elif how == "set":
            new = cspec.anonymise.value
        else:  # hash; a value that already is one stays (a second run changes nothing)
            if current is None or _HEX64.match(str(current)):
                continue
            new = subject_hash(str(current))
        if current != new:
            changes[cname] = new
    return changes


def _holds_of_rows(src: _Opened, found: Found, today: date) -> dict[tuple[str, RowKey], Holds]:
    """Own holds per row, then carried up to the rows a kept row references (so that no kept
    row loses the row it points to: an order stays while its invoice is kept)."""
    held: dict[tuple[str, RowKey], Holds] = {}
    for tname, rows in found.items():
        spec = src.spec.tables[tname]
        for key, row in rows.items():
            mine = own_holds(spec, src.holds, row, today)
            if mine:
                held[(tname, key)] = mine
    for tname in reversed(src.order):  # children before their parents
        spec = src.spec.tables[tname]
        for finder in spec.find:
            if finder.references is None:
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


class _TableTally:
    def __init__(self) -> None:
        self.deleted = 0
        self.anonymised = 0
        self.held_anonymised = 0
        self.retained: dict[tuple[str, date | None], int] = {}
        self.retained_rows = 0

    def __bool__(self) -> bool:
        return bool(self.deleted or self.anonymised or self.held_anonymised or self.retained_rows)


def _erase_found(
    conn: Connection,
    src: _Opened,
    found: Found,
    ledger: Sequence[_LedgerEntry],
    subject: str,
    today: date,
) -> dict[str, _TableTally]:
    """Delete or anonymise every found row no hold keeps; write down the rows kept. Returns
    what changed, per table (nothing for a second run)."""
    held = _holds_of_rows(src, found, today)
    entries = {(e.table, e.key): e for e in ledger}
    tallies: dict[str, _TableTally] = {}
    ledger_ready = False
    for tname in reversed(src.order):  # children first: no row loses a parent it still needs
        rows = found.get(tname)
        if not rows:
            continue
        spec = src.spec.tables[tname]
        table = src.tables[tname]
        tally = tallies.setdefault(tname, _TableTally())
        to_delete: list[RowKey] = []
        for key, row in rows.items():
            holds = held.get((tname, key))
            entry = entries.get((tname, key))
            if holds:
                changes = _anonymised_values(spec, row, only_when_held=True)
                if changes:
                    _update_row(conn, src, tname, key, changes)
                    tally.held_anonymised += 1
                names, until = _summary(holds)
                if entry is not None and entry.holds == names and entry.until == until:
                    continue  # kept before, for the same reasons: nothing new
                if not ledger_ready:
                    src.ledger.create(conn, checkfirst=True)
                    ledger_ready = True
                if entry is None:
                    conn.execute(
                        src.ledger.insert().values(
                            subject_hash=subject,
                            table_name=tname,
                            row_key=json.dumps([jsonable(k) for k in key]),
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
                for hold in _per_hold(holds).items():
                    tally.retained[hold] = tally.retained.get(hold, 0) + 1
                continue
            if spec.erase == "delete":
                to_delete.append(key)
            else:
                changes = _anonymised_values(spec, row, only_when_held=False)
                if changes:
                    _update_row(conn, src, tname, key, changes)
                    tally.anonymised += 1
            if entry is not None:
                conn.execute(
                    update(src.ledger).where(src.ledger.c.id == entry.id).values(purged_on=today)
                )
        for chunk in _chunks(src.key_values(tname, to_delete)):
            result = conn.execute(delete(table).where(src.key_expr(tname).in_(chunk)))
            tally.deleted += result.rowcount or 0
    gone = [e.id for e in ledger if e.key not in found.get(e.table, {})]
    for chunk in _chunks(gone):  # kept rows that someone else removed meanwhile
        conn.execute(update(src.ledger).where(src.ledger.c.id.in_(chunk)).values(purged_on=today))
    return {t: tally for t, tally in tallies.items() if tally}


def _update_row(
    conn: Connection, src: _Opened, tname: str, key: RowKey, values: Mapping[str, Any]
) -> int:
    table = src.tables[tname]
    names = src.spec.tables[tname].key
    where = and_(*(table.c[n] == v for n, v in zip(names, key, strict=True)))
    return conn.execute(update(table).where(where).values(**values)).rowcount or 0


def _table_reports(src: _Opened, tallies: Mapping[str, _TableTally]) -> list[dict[str, Any]]:
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


def _totals(tables: Sequence[Mapping[str, Any]]) -> dict[str, int]:
    return {
        "deleted": sum(t["deleted"] for t in tables),
        "anonymised": sum(t["anonymised"] for t in tables),
        "retained": sum(t["retained_rows"] for t in tables),
    }


# ---------------------------------------------------------------------------------------------
# Rectification


_TRUE = {"1", "true", "yes", "y", "on", "ja", "oui"}
_FALSE = {"0", "false", "no", "n", "off", "nee", "non"}


def coerce(column_type: satypes.TypeEngine[Any], value: Any) -> Any:
    """A value given as text (by staff) in the column's type; DataMapError when it is not one."""
    if not isinstance(value, str):
        return value
    text = value.strip()
    try:
        if isinstance(column_type, satypes.Boolean):
            if text.lower() in _TRUE:
                return True
            if text.lower() in _FALSE:
                return False
            raise ValueError
        if isinstance(column_type, satypes.DateTime):
            return datetime.fromisoformat(text) if text else None
        if isinstance(column_type, satypes.Date):
            return date.fromisoformat(text) if text else None
        if isinstance(column_type, satypes.Integer):
            return int(text) if text else None
        if isinstance(column_type, satypes.Float):
            return float(text) if text else None
        if isinstance(column_type, satypes.Numeric):
            return Decimal(text) if text else None
    except (ValueError, InvalidOperation):
        raise DataMapError(f"not a valid {column_type.__class__.__name__.lower()}") from None
    length = getattr(column_type, "length", None)
    if isinstance(column_type, satypes.String) and length and len(value) > length:
        raise DataMapError(f"longer than {length} characters")
    return value


# ---------------------------------------------------------------------------------------------
# The map


class DataMap:
    """The company's personal data, per config/sources.yaml. Safe to share between threads:
    each call opens its own connections; sources are opened (and checked) on first use."""

    def __init__(self, spec: SourcesFile, origin: str = "sources.yaml") -> None:
        self.spec = spec
        self.origin = origin
        self._opened: dict[str, _Opened] = {}
        self._lock = threading.Lock()

    @classmethod
    def load(cls, path: str | Path, urls: Mapping[str, str] | None = None) -> DataMap:
        """The map in `path` (FileNotFoundError when absent, SourcesConfigError when bad);
        `urls` replaces the URL of the sources it names."""
        return cls(load_sources(path, urls), str(path))

    # -- plumbing -----------------------------------------------------------------------------

    def source(self, name: str) -> _Opened:
        with self._lock:
            opened = self._opened.get(name)
            if opened is None:
                opened = _Opened(name, self.spec.sources[name], self.spec)
                self._opened[name] = opened
            return opened

    def sources(self) -> Iterator[_Opened]:
        for name in self.spec.sources:
            yield self.source(name)

    def check(self) -> list[str]:
        """Opens every source and checks the map against it; the problems found, one line
        each (empty: all is well)."""
        problems = []
        for name in self.spec.sources:
            try:
                self.source(name)
            except DataMapError as exc:
                problems.append(str(exc))
            except SQLAlchemyError as exc:
                problems.append(f"source {name}: unreachable ({type(exc).__name__})")
        return problems

    def close(self) -> None:
        with self._lock:
            for opened in self._opened.values():
                opened.engine.dispose()
            self._opened.clear()

    def review_purposes(self, purposes: Iterable[str]) -> list[str]:
        """Those of `purposes` an objection to which goes to staff (compelling grounds)."""
        wanted = set(purposes)
        return sorted(
            {
                p
                for s in self.spec.sources.values()
                for p, spec in s.flags.items()
                if p in wanted and spec.staff_review
            }
        )

    # -- reading ------------------------------------------------------------------------------

    def _found(self, email: str) -> Iterator[tuple[_Opened, Found]]:
        subject = subject_hash(email)
        for src in self.sources():
            with src.engine.connect() as conn:
                ledger = _ledger_entries(conn, src, subject)
                yield src, _collect(conn, src, email, ledger)

    def contact_columns(self, table: str) -> frozenset[str]:
        """The columns by which `table` finds a person by e-mail address: changing one changes
        who the row belongs to (a change of contact address)."""
        found: set[str] = set()
        for src in self.spec.sources.values():
            spec = src.tables.get(table)
            if spec is not None:
                found.update(f.email for f in spec.find if f.email)
        return frozenset(found)

    def names_for(self, email: str) -> tuple[str, ...]:
        """The person's names as the company's records hold them for this address (the tables'
        `person_name` columns), to compare an ID copy's holder with."""
        names: dict[str, None] = {}
        for src, found in self._found(email):
            for tname, rows in found.items():
                columns = src.spec.tables[tname].person_name
                if not columns:
                    continue
                for row in rows.values():
                    name = " ".join(str(row[c]).strip() for c in columns if row.get(c))
                    if name and not name.startswith("("):  # "(erased)" and the like
                        names[name] = None
        return tuple(names)

    def find(self, email: str) -> PersonData:
        """Every row of the person's, per source and table, with the categories of its fields
        (empty when nobody has this address)."""
        tables = []
        for src, found in self._found(email):
            for tname in src.order:
                rows = found.get(tname)
                if not rows:
                    continue
                spec = src.spec.tables[tname]
                tables.append(
                    FoundTable(
                        source=src.name,
                        table=tname,
                        categories=tuple(sorted({spec.category_of(c) for c in spec.columns})),
                        rows=tuple(
                            FoundRow(
                                key=src.key_text(tname, key),
                                values={
                                    c: jsonable(row[c])
                                    for c in spec.columns
                                    if row.get(c) is not None
                                },
                            )
                            for key, row in sorted(rows.items(), key=lambda kv: repr(kv[0]))
                        ),
                    )
                )
        return PersonData(tuple(tables))

    def export(self, email: str, provided_only: bool = False) -> list[Record]:
        """Every personal field found (the access report), or only those the person provided
        (portability, art. 20). NULL fields are left out."""
        records = []
        for src, found in self._found(email):
            for tname in src.order:
                spec = src.spec.tables[tname]
                for key, row in sorted(found.get(tname, {}).items(), key=lambda kv: repr(kv[0])):
                    for cname in spec.columns:
                        provided = spec.provided_of(cname)
                        if row.get(cname) is None or (provided_only and not provided):
                            continue
                        records.append(
                            Record(
                                source=src.name,
                                table=tname,
                                key=src.key_text(tname, key),
                                field=cname,
                                category=spec.category_of(cname),
                                value=jsonable(row[cname]),
                                provided_by_subject=provided,
                            )
                        )
        return records

    # -- erasure ------------------------------------------------------------------------------

    def erase(self, email: str, today: date) -> ErasureReport:
        """Art. 17: per source in one transaction, delete or anonymise the person's rows per the
        map; rows under a hold are kept (and written down in the source's ledger). A second run
        changes nothing and reports nothing."""
        subject = subject_hash(email)
        tables: list[dict[str, Any]] = []
        for src in self.sources():
            with src.engine.begin() as conn:
                ledger = _ledger_entries(conn, src, subject)
                found = _collect(conn, src, email, ledger, lock=True)
                tallies = _erase_found(conn, src, found, ledger, subject, today)
            tables += _table_reports(src, tallies)
        return {
            "date": today.isoformat(),
            "tables": tables,
            "totals": _totals(tables),
            "holds": self._hold_texts(tables),
        }

    def purge_expired_holds(self, today: date) -> dict[str, Any]:
        """What was kept for erased persons, erased once its holds have ended (run daily). A
        source that cannot be reached is skipped (and named), to be tried next time."""
        tables: list[dict[str, Any]] = []
        skipped: list[str] = []
        subjects = 0
        for name in self.spec.sources:
            try:
                src = self.source(name)
                with src.engine.begin() as conn:
                    if not src.has_ledger(conn):
                        continue
                    t = src.ledger
                    due = conn.execute(
                        select(t.c.subject_hash)
                        .where(
                            t.c.purged_on.is_(None),
                            or_(t.c.held_until.is_(None), t.c.held_until <= today),
                        )
                        .distinct()
                    ).scalars()
                    merged: dict[str, _TableTally] = {}
                    for subject in list(due):
                        subjects += 1
                        ledger = _ledger_entries(conn, src, subject)
                        found = _collect(conn, src, None, ledger, lock=True)
                        for tname, tally in _erase_found(
                            conn, src, found, ledger, subject, today
                        ).items():
                            _merge(merged.setdefault(tname, _TableTally()), tally)
                tables += _table_reports(src, merged)
            except (SQLAlchemyError, DataMapError) as exc:
                log.warning("purge: source %s skipped (%s)", name, type(exc).__name__)
                skipped.append(name)
        totals = _totals(tables)
        return {
            "date": today.isoformat(),
            "subjects": subjects,
            "rows": totals["deleted"] + totals["anonymised"],
            "tables": tables,
            "totals": totals,
            "holds": self._hold_texts(tables),
            "skipped_sources": skipped,
        }

    def _hold_texts(self, tables: Sequence[Mapping[str, Any]]) -> dict[str, str]:
        """The description of each hold a report names (for the reply to the person)."""
        named = {r["hold"] for t in tables for r in t["retained"]}
        return {n: self.spec.holds[n].description for n in sorted(named) if n in self.spec.holds}

    # -- flags --------------------------------------------------------------------------------

    def set_flags(self, email: str, purposes: Iterable[str]) -> dict[str, Any]:
        """Stops each purpose (opt-out, objection, restriction) by setting the columns the map
        names on the person's rows. Idempotent: rows already set are not counted."""
        return self._flags(email, purposes, release=False)

    def clear_flags(self, email: str, purposes: Iterable[str]) -> dict[str, Any]:
        """Releases what `set_flags` set, where the map says how (`release`: a restriction
        lifted by staff); consents are never given back here."""
        return self._flags(email, purposes, release=True)

    def _flags(self, email: str, purposes: Iterable[str], release: bool) -> dict[str, Any]:
        wanted = list(dict.fromkeys(purposes))
        unknown = [p for p in wanted if p not in PURPOSES]
        if unknown:
            raise DataMapError(f"unknown purpose {unknown[0]!r}; known: {', '.join(PURPOSES)}")
        subject = subject_hash(email)
        targets: list[dict[str, Any]] = []
        mapped: set[str] = set()
        not_releasable: list[dict[str, str]] = []
        for src in self.sources():
            if not any(p in src.spec.flags for p in wanted):
                continue
            with src.engine.begin() as conn:
                ledger = _ledger_entries(conn, src, subject)
                found = _collect(conn, src, email, ledger, lock=True)
                for purpose in wanted:
                    spec = src.spec.flags.get(purpose)
                    if spec is None:
                        continue
                    mapped.add(purpose)
                    for target in spec.targets:
                        values = target.release if release else target.set
                        if values is None:
                            not_releasable.append(
                                {"source": src.name, "table": target.table, "purpose": purpose}
                            )
                            continue
                        rows = found.get(target.table, {})
                        changed = 0
                        for key, row in rows.items():
                            changes = {c: v for c, v in values.items() if row.get(c) != v}
                            if changes:
                                _update_row(conn, src, target.table, key, changes)
                                row.update(changes)
                                changed += 1
                        targets.append(
                            {
                                "source": src.name,
                                "table": target.table,
                                "purpose": purpose,
                                "columns": sorted(values),
                                "rows": len(rows),
                                "changed": changed,
                            }
                        )
        report: dict[str, Any] = {
            "action": "release" if release else "set",
            "purposes": wanted,
            "rows": sum(t["rows"] for t in targets),
            "changed": sum(t["changed"] for t in targets),
            "targets": targets,
            "unmapped": [p for p in wanted if p not in mapped],
        }
        if release:
            report["not_releasable"] = not_releasable
        return report

    # -- rectification ------------------------------------------------------------------------

    def rectify(self, email: str, table: str, field: str, new_value: Any) -> dict[str, Any]:
        """Art. 16, after staff approved it: `table.field` of the person's rows set to
        `new_value` (text is read in the column's type), in every source with that table."""
        where = [
            name
            for name, s in self.spec.sources.items()
            if table in s.tables and field in s.tables[table].columns
        ]
        if not where:
            raise DataMapError(f"{table}.{field} is not a personal field of the data map")
        sources = []
        rows = changed = 0
        subject = subject_hash(email)
        for name in where:
            src = self.source(name)
            if not src.spec.tables[table].columns[field].rectifiable:
                raise DataMapError(f"{table}.{field} is not rectifiable (see the data map)")
            try:
                value = coerce(src.tables[table].c[field].type, new_value)
            except DataMapError as exc:
                raise DataMapError(f"{table}.{field}: {exc}") from None
            with src.engine.begin() as conn:
                ledger = _ledger_entries(conn, src, subject)
                found = _collect(conn, src, email, ledger, lock=True)
                for key, row in found.get(table, {}).items():
                    rows += 1
                    if row.get(field) != value:
                        changed += _update_row(conn, src, table, key, {field: value})
            sources.append(name)
        return {
            "table": table,
            "field": field,
            "sources": sources,
            "rows": rows,
            "changed": changed,
        }


def _merge(into: _TableTally, more: _TableTally) -> None:
    into.deleted += more.deleted
    into.anonymised += more.anonymised
    into.held_anonymised += more.held_anonymised
    into.retained_rows += more.retained_rows
    for hold, count in more.retained.items():
        into.retained[hold] = into.retained.get(hold, 0) + count
