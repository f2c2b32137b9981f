"""The data map against a live database: the tables, columns and types it names, the keys, the
indexes its lookups need, the holds' anchors, the flags, the ledger. Every problem is one line
(`Problem`); an error stops the source from being used, a missing index only slows it down.

Indexes are judged by the database itself: the lookup the engine makes is explained
(`EXPLAIN QUERY PLAN` in SQLite; `EXPLAIN` with sequential scans priced out in PostgreSQL), so an
expression index on lower(email) counts exactly when it serves the query. Other databases are not
asked about indexes."""

from __future__ import annotations

import warnings
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, Literal

from sqlalchemy import Column, MetaData, Table, func, inspect, literal_column, select
from sqlalchemy.engine import Connection
from sqlalchemy.exc import NoSuchTableError, SAWarning, SQLAlchemyError

from worker.datamap.config import Source, SourcesFile, TableSpec
from worker.datamap.graph import path_to
from worker.datamap.values import fits, kind_of

LEDGER_COLUMNS = (
    "id", "subject_hash", "table_name", "row_key", "holds", "held_until", "erased_on",
    "purged_on",
)  # fmt: skip


@dataclass(frozen=True)
class Problem:
    """One thing wrong between the map and a database, in one line without personal data."""

    source: str
    text: str
    kind: Literal["error", "index"] = "error"

    def __str__(self) -> str:
        return f"source {self.source}: {self.text}"

    @property
    def fatal(self) -> bool:
        return self.kind == "error"


@dataclass
class Reflection:
    tables: dict[str, Table] = field(default_factory=dict)  # the mapped tables
    lookups: dict[str, Table] = field(default_factory=dict)  # lookup tables, read only
    problems: list[Problem] = field(default_factory=list)


def qualified(schema: str | None, table: str) -> str:
    return f"{schema}.{table}" if schema else table


def reflect(name: str, spec: Source, parsed: SourcesFile, conn: Connection) -> Reflection:
    """The source's tables as they are, and every problem with the map."""
    out = Reflection()
    schema = spec.schema_
    problems = out.problems

    def error(text: str) -> None:
        problems.append(Problem(name, text))

    if schema is not None and schema not in inspect(conn).get_schema_names():
        error(f"no schema {schema}")
        return out
    md = MetaData()
    lookup_names = {
        c.lookup.table for t in spec.tables.values() for c in t.columns.values() if c.lookup
    } - set(spec.tables)
    for tname in [*spec.tables, *sorted(lookup_names)]:
        try:
            with warnings.catch_warnings():  # SQLite: expression indexes are not reflected
                warnings.simplefilter("ignore", SAWarning)
                table = Table(tname, md, schema=schema, autoload_with=conn)
        except NoSuchTableError:
            error(f"no table {qualified(schema, tname)}")
            continue
        (out.tables if tname in spec.tables else out.lookups)[tname] = table
    for tname, tspec in spec.tables.items():
        if tname in out.tables:
            _check_table(name, spec, parsed, tname, tspec, out, conn)
    for purpose, pspec in spec.flags.items():
        for target in pspec.targets:
            table = out.tables.get(target.table)
            if table is None:
                continue
            for cname, value in (*target.set.items(), *(target.release or {}).items()):
                if cname not in table.c:
                    error(f"flags.{purpose}: {target.table} has no column {cname}")
                elif not fits(value, table.c[cname].type):
                    error(
                        f"flags.{purpose}: {value!r} does not fit {target.table}.{cname} "
                        f"({kind_of(table.c[cname].type)})"
                    )
    _check_ledger(name, spec, conn, problems)
    problems.extend(_index_problems(name, spec, out, conn))
    return out


def _check_table(
    name: str,
    spec: Source,
    parsed: SourcesFile,
    tname: str,
    tspec: TableSpec,
    out: Reflection,
    conn: Connection,
) -> None:
    table = out.tables[tname]
    problems = out.problems

    def error(text: str) -> None:
        problems.append(Problem(name, text))

    needed = [*tspec.key, *tspec.columns]
    needed += [f.email or f.column or "" for f in tspec.find]
    for rule in tspec.retain:
        needed += [rule.from_] if rule.from_ and "." not in rule.from_ else []
        needed += [c.column for c in rule.while_ if "." not in c.column]
    for cspec in tspec.columns.values():
        rule = tspec.provided if cspec.provided is None else cspec.provided
        if not isinstance(rule, bool):
            needed += [c.column for c in rule]
    if not isinstance(tspec.provided, bool):
        needed += [c.column for c in tspec.provided]
    missing = [c for c in dict.fromkeys(needed) if c not in table.c]
    for cname in missing:
        error(f"table {tname} has no column {cname}")
    if missing:
        return
    _check_key(name, tname, tspec, table, conn, problems)
    for finder in tspec.find:
        if finder.email is not None and kind_of(table.c[finder.email].type) not in ("text", "any"):
            error(f"{tname}.{finder.email}: an e-mail column must be text")
        if finder.references is None or finder.other_source is not None:
            continue
        ptable, pcol = finder.parent
        parent = out.tables.get(ptable)
        if parent is None:
            continue
        if pcol not in parent.c:
            error(f"table {ptable} has no column {pcol}")
            continue
        child_kind = kind_of(table.c[finder.column or ""].type)
        parent_kind = kind_of(parent.c[pcol].type)
        if "any" not in (child_kind, parent_kind) and child_kind != parent_kind:
            error(
                f"{tname}.{finder.column} ({child_kind}) cannot match {ptable}.{pcol} "
                f"({parent_kind})"
            )
    for i, rule in enumerate(tspec.retain):
        for column_name in [rule.from_] if rule.from_ else []:
            column = _column(out, tname, column_name)
            if column is None:
                error(f"{tname}.retain[{i}]: no column {column_name}")
            elif kind_of(column.type) not in ("date", "text", "any"):
                error(
                    f"{tname}.retain[{i}].from: {column_name} is not a date "
                    f"({kind_of(column.type)})"
                )
        for cond in rule.while_:
            column = _column(out, tname, cond.column)
            if column is None:
                error(f"{tname}.retain[{i}]: no column {cond.column}")
            elif "equals" in cond.model_fields_set and not fits(cond.equals, column.type):
                error(
                    f"{tname}.retain[{i}].while: {cond.equals!r} does not fit {cond.column} "
                    f"({kind_of(column.type)})"
                )
    for cname, cspec in tspec.columns.items():
        _check_column(name, tname, tspec, cname, cspec, table.c[cname], out, problems)


def _column(out: Reflection, tname: str, name: str) -> Column[Any] | None:
    table_name, _, column_name = name.rpartition(".")
    table = out.tables.get(table_name or tname)
    if table is None or column_name not in table.c:
        return None
    return table.c[column_name]


def _check_column(
    name: str,
    tname: str,
    tspec: TableSpec,
    cname: str,
    cspec: Any,
    column: Column[Any],
    out: Reflection,
    problems: list[Problem],
) -> None:
    def error(text: str) -> None:
        problems.append(Problem(name, text))

    kind = kind_of(column.type)
    how = cspec.anonymise.how
    anonymised = (tspec.erase == "anonymise" or cspec.erase_when_held) and how != "keep"
    if anonymised and how == "null" and not column.nullable:
        error(f"{tname}.{cname} is NOT NULL: anonymise it with hash or set")
    if anonymised and how == "hash" and kind not in ("text", "any"):
        error(f"{tname}.{cname} is not text: cannot hash it")
    if anonymised and how == "set":
        value = cspec.anonymise.value
        sample = value.replace("{key}", "0") if isinstance(value, str) else value
        if not fits(sample, column.type):
            error(f"{tname}.{cname}: the replacement {value!r} does not fit a {kind} column")
    if (cspec.json_ or how == "paths") and kind not in ("json", "text", "any"):
        error(f"{tname}.{cname}: a JSON column must be JSON or text (is {kind})")
    lookup = cspec.lookup
    if lookup is not None:
        target = out.lookups.get(lookup.table, out.tables.get(lookup.table))
        if target is None:
            return  # reported as a missing table
        for needed in (lookup.key, lookup.show):
            if needed not in target.c:
                error(f"{tname}.{cname}.lookup: table {lookup.table} has no column {needed}")
                return
        other = kind_of(target.c[lookup.key].type)
        if "any" not in (kind, other) and kind != other:
            error(f"{tname}.{cname} ({kind}) cannot match {lookup.table}.{lookup.key} ({other})")


def _check_key(
    name: str,
    tname: str,
    tspec: TableSpec,
    table: Table,
    conn: Connection,
    problems: list[Problem],
) -> None:
    """The key must name one row: the primary key, or columns with a unique index."""
    key = set(tspec.key)
    if {c.name for c in table.primary_key.columns} == key:
        return
    insp = inspect(conn)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", SAWarning)
            uniques = [
                set(u["column_names"])
                for u in insp.get_unique_constraints(table.name, schema=table.schema)
            ]
            uniques += [
                {c for c in i["column_names"] if c}
                for i in insp.get_indexes(table.name, schema=table.schema)
                if i.get("unique") and None not in i["column_names"]
            ]
    except (NotImplementedError, SQLAlchemyError):
        return
    if key not in uniques:
        columns = ", ".join(tspec.key)
        problems.append(
            Problem(
                name,
                f"{tname}: the key ({columns}) is neither the primary key nor unique in the "
                "database (set 'key' to columns that name one row)",
            )
        )


def _check_ledger(name: str, spec: Source, conn: Connection, problems: list[Problem]) -> None:
    insp = inspect(conn)
    if not insp.has_table(spec.ledger, schema=spec.schema_):
        return  # made on the first erasure that keeps something
    present = {c["name"] for c in insp.get_columns(spec.ledger, schema=spec.schema_)}
    missing = [c for c in LEDGER_COLUMNS if c not in present]
    if missing:
        problems.append(
            Problem(
                name,
                f"the ledger table {spec.ledger} is not the worker's (no column {missing[0]}): "
                "name another one with 'ledger'",
            )
        )


# ---------------------------------------------------------------------------------------------
# Indexes


def _index_problems(
    name: str, spec: Source, out: Reflection, conn: Connection
) -> Iterable[Problem]:
    """A missing index per lookup the engine makes, with the statement that would add it."""
    if conn.dialect.name not in ("sqlite", "postgresql"):
        return []
    found: list[Problem] = []
    seen: set[tuple[str, str, bool]] = set()

    def need(table: Table, column: str, lowered: bool = False) -> None:
        if (table.name, column, lowered) in seen or column not in table.c:
            return
        seen.add((table.name, column, lowered))
        col = table.c[column]
        sample = _sample(col)
        if sample is None:
            return
        where = (func.lower(col) == "x") if lowered else (col == sample)
        served = uses_index(conn, table, where)
        if served is None or served:
            return
        qual = qualified(table.schema, table.name)
        expr = f"lower({column})" if lowered else column
        index = f"ix_{table.name}_{column}{'_lower' if lowered else ''}"
        found.append(
            Problem(
                name,
                f"no index serves {qual} by {expr}: CREATE INDEX {index} ON {qual} ({expr})",
                kind="index",
            )
        )

    for tname, tspec in spec.tables.items():
        table = out.tables.get(tname)
        if table is None:
            continue
        for finder in tspec.find:
            if finder.email is not None:
                need(table, finder.email, lowered=True)
            else:
                need(table, finder.column or "")
        for rule in tspec.retain:  # a hold's anchor: the related rows are read by their key
            for related in rule.related_columns():
                for _child, _col, ptable, pcol in path_to(spec, tname, related.split(".")[0]) or []:
                    if ptable in out.tables:
                        need(out.tables[ptable], pcol)
        for cspec in tspec.columns.values():
            if cspec.lookup is not None:
                target = out.lookups.get(cspec.lookup.table, out.tables.get(cspec.lookup.table))
                if target is not None:
                    need(target, cspec.lookup.key)
    return found


def _sample(column: Column[Any]) -> Any:
    kind = kind_of(column.type)
    if kind == "number":
        return 0
    if kind in ("text", "any"):
        return "x"
    return None


def uses_index(conn: Connection, table: Table, where: Any) -> bool | None:
    """Whether the database would answer `SELECT … WHERE where` through an index (None: this
    database is not asked)."""
    stmt = select(literal_column("1")).select_from(table).where(where)
    sql = str(stmt.compile(dialect=conn.dialect, compile_kwargs={"literal_binds": True}))
    if conn.dialect.name == "sqlite":
        plan = " ".join(str(r[-1]) for r in conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}"))
        return "SEARCH" in plan  # SCAN reads the whole table (or a whole index)
    if conn.dialect.name == "postgresql":
        conn.exec_driver_sql("SET LOCAL enable_seqscan = off")
        plan = " ".join(str(r[0]) for r in conn.exec_driver_sql(f"EXPLAIN {sql}"))
        return "Index Cond" in plan  # without a condition an index is only read whole
    return None
