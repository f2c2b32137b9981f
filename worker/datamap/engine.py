"""The data map at work: where a person's data is in the company's systems, and what each right
does to it (config/sources.yaml; the format is in docs/sources.md).

Every operation takes the requester's email and walks the sources in order (a source after the
sources its tables link to): in each, the person's rows are found (an email column,
case-insensitive, then the tables that reference those rows, then the rows of other sources'
links), and the work is done in one transaction through SQLAlchemy Core. Reports are JSON-able
dicts of counts, table and field names, hold names and dates: never a value of the person's data.

Rows kept under a legal hold after an erasure are written down in a small ledger table in their
own source (named by the data map, `gdpr_erasure_ledger` by default), in the same transaction as
the erasure: the hash of the lower-cased email, the table, the row's key, the holds and the date
they end. The person's email is gone from the source by then, so the ledger is how the retained
rows are found again: by `purge_expired_holds` when a hold ends, by a later access request (its
hash), and by a second erasure (which then reports nothing new).
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import SQLAlchemyError

from worker.datamap.config import PURPOSES, SourcesConfigError, SourcesFile, load_sources
from worker.datamap.erase import (
    Tally,
    apply_erasure,
    plan_erasure,
    table_reports,
    totals,
    update_row,
)
from worker.datamap.explain import explain_source
from worker.datamap.find import (
    Found,
    LedgerEntry,
    LinkKey,
    Links,
    collect,
    ledger_entries,
    link_values,
    shown_values,
)
from worker.datamap.graph import sources_first
from worker.datamap.holds import add_years, own_holds
from worker.datamap.records import FoundRow, FoundTable, PersonData, Record
from worker.datamap.schema import Problem, Reflection, reflect
from worker.datamap.source import DataMapError, OpenedSource, failures, open_engine
from worker.datamap.texts import label_in
from worker.datamap.values import (
    ValueProblem,
    coerce,
    exported,
    jsonable,
    kind_of,
    subject_hash,
)

log = logging.getLogger(__name__)

__all__ = [
    "DataMap",
    "DataMapError",
    "ErasureReport",
    "FoundRow",
    "FoundTable",
    "PersonData",
    "Problem",
    "Record",
    "SourcesConfigError",
    "add_years",
    "coerce",
    "jsonable",
    "own_holds",
    "subject_hash",
]

ErasureReport = dict[str, Any]
Walk = Iterator[tuple[OpenedSource, Connection, Found, list[LedgerEntry]]]


@contextlib.contextmanager
def _connection(src: OpenedSource, writing: bool) -> Iterator[Connection]:
    """A transaction that commits at the end when `writing`, else a connection that reads."""
    with src.engine.begin() if writing else src.engine.connect() as conn:
        yield conn


def _by_key(rows: Mapping[Any, Any]) -> list[tuple[Any, Any]]:
    return sorted(rows.items(), key=lambda kv: repr(kv[0]))


class DataMap:
    """The company's personal data, per config/sources.yaml. Safe to share between threads:
    each call opens its own connections; sources are opened (and checked) on first use."""

    def __init__(self, spec: SourcesFile, origin: str = "sources.yaml") -> None:
        self.spec = spec
        self.origin = origin
        self.order = sources_first(spec)
        self._opened: dict[str, OpenedSource] = {}
        self._lock = threading.Lock()
        self._link_columns: list[LinkKey] = sorted(
            {
                (f.other_source, *f.parent)
                for s in spec.sources.values()
                for t in s.tables.values()
                for f in t.find
                if f.other_source is not None
            }
        )

    @classmethod
    def load(cls, path: str | Path, urls: Mapping[str, str] | None = None) -> DataMap:
        """The map in `path` (FileNotFoundError when absent, SourcesConfigError when bad);
        `urls` replaces the URL of the sources it names."""
        return cls(load_sources(path, urls), str(path))

    # -- plumbing -----------------------------------------------------------------------------

    def source(self, name: str) -> OpenedSource:
        with self._lock:
            opened = self._opened.get(name)
            if opened is None:
                opened = OpenedSource.open(name, self.spec.sources[name], self.spec)
                self._opened[name] = opened
            return opened

    def sources(self) -> list[OpenedSource]:
        """Every source, opened, in order (each after the sources it links to). Opening them
        all before any work means a source that cannot be used stops an operation before it
        changed anything."""
        return [self.source(name) for name in self.order]

    def close(self) -> None:
        with self._lock:
            for opened in self._opened.values():
                opened.engine.dispose()
            self._opened.clear()

    def _walk(self, email: str | None, write: Collection[str] = ()) -> Walk:
        """Each source with its connection and the person's rows (and ledger entries); the
        sources named in `write` in a transaction that commits after the caller's work, their
        rows locked. Values other sources link to are taken before the caller changes them."""
        subject = subject_hash(email) if email else ""
        links: Links = {}
        for src in self.sources():
            writing = src.name in write
            with failures(src.name), _connection(src, writing) as conn:
                ledger = ledger_entries(conn, src, subject) if subject else []
                found = collect(conn, src, email, ledger, links, lock=writing)
                link_values(src, found, self._link_columns, links)
                yield src, conn, found, ledger

    # -- checking -----------------------------------------------------------------------------

    def problems(self) -> list[Problem]:
        """Every problem between the map and the databases (reads each schema afresh): missing
        tables, columns, schemas, types that do not fit, keys that are not unique, missing
        indexes (kind "index"), links between sources that cannot match. A source without an
        error stays open for the work that follows (a process's start-up check opens them)."""
        found: list[Problem] = []
        reflections: dict[str, Reflection] = {}
        for name in self.order:
            spec = self.spec.sources[name]
            try:
                engine = open_engine(name, spec.url)
            except DataMapError as exc:
                found.append(Problem(name, str(exc).removeprefix(f"source {name}: ")))
                continue
            try:
                with engine.connect() as conn:
                    reflections[name] = reflect(name, spec, self.spec, conn)
            except SQLAlchemyError as exc:
                engine.dispose()
                kind = type(getattr(exc, "orig", None) or exc).__name__
                found.append(Problem(name, f"unreachable ({kind})"))
                continue
            found += reflections[name].problems
            self._keep_open(name, engine, reflections[name])
        found += self._link_problems(reflections)
        return found

    def _keep_open(self, name: str, engine: Engine, found: Reflection) -> None:
        with self._lock:
            if name in self._opened or any(p.fatal for p in found.problems):
                engine.dispose()
                return
            self._opened[name] = OpenedSource(
                name, self.spec.sources[name], self.spec, engine, found
            )

    def _link_problems(self, reflections: Mapping[str, Reflection]) -> list[Problem]:
        out = []
        for sname, source in self.spec.sources.items():
            mine = reflections.get(sname)
            for tname, table in source.tables.items():
                for finder in table.find:
                    other = finder.other_source
                    if other is None or mine is None or tname not in mine.tables:
                        continue
                    theirs = reflections.get(other)
                    ptable, pcol = finder.parent
                    if theirs is None or ptable not in theirs.tables:
                        continue  # reported with that source
                    if pcol not in theirs.tables[ptable].c:
                        out.append(Problem(sname, f"{finder.references}: no such column"))
                        continue
                    kinds = {
                        kind_of(mine.tables[tname].c[finder.column or ""].type),
                        kind_of(theirs.tables[ptable].c[pcol].type),
                    }
                    if len(kinds - {"any"}) > 1 and not kinds <= {"number", "text"}:
                        out.append(
                            Problem(
                                sname,
                                f"{tname}.{finder.column} cannot match {finder.references} "
                                f"({' vs '.join(sorted(kinds))})",
                            )
                        )
        return out

    def check(self) -> list[str]:
        """Every problem between the map and the databases, one line each (empty: all well)."""
        return [str(p) for p in self.problems()]

    def size(self) -> dict[str, int]:
        """How much the map names: sources, tables, personal fields."""
        tables = [t for s in self.spec.sources.values() for t in s.tables.values()]
        return {
            "sources": len(self.spec.sources),
            "tables": len(tables),
            "fields": sum(len(t.columns) for t in tables),
        }

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

    # -- texts --------------------------------------------------------------------------------

    def hold_label(self, hold: str, lang: str) -> str:
        """How the reply names a hold in `lang` (its label, else its description)."""
        spec = self.spec.holds.get(hold)
        return spec.label_in(lang) if spec is not None else hold

    def source_label(self, source: str, lang: str) -> str:
        return label_in(self.spec.sources[source].label, lang, source)

    def source_statutory(self, source: str, lang: str) -> dict[str, Any]:
        """The source's own statutory text in `lang` (else English), as sections of
        config/statutory.yaml (purposes, recipients, transfers, retention, source); empty when
        the source has none (the company-wide text applies)."""
        texts = self.spec.sources[source].statutory
        chosen = texts.get(lang) or texts.get("en") or next(iter(texts.values()), None)
        return chosen.sections() if chosen is not None else {}

    # -- reading ------------------------------------------------------------------------------

    def field_labels(self, table: str, column: str, lang: str) -> tuple[str, str]:
        """How a reader names `table`.`column` in `lang`: (the field's label, the table's);
        the bare names where the map gives none."""
        for src in self.spec.sources.values():
            spec = src.tables.get(table)
            if spec is not None and column in spec.columns:
                return (
                    label_in(spec.columns[column].label, lang, column),
                    label_in(spec.label, lang, table),
                )
        return column, table

    def has_field(self, table: str, column: str | None = None) -> bool:
        """Whether the map has `table` (and its personal column `column`) in any source."""
        return any(
            table in src.tables and (column is None or column in src.tables[table].columns)
            for src in self.spec.sources.values()
        )

    def mobile_fields(self) -> frozenset[tuple[str, str]]:
        """(table, column) of every column the map marks `mobile: true`."""
        return frozenset(
            (tname, cname)
            for src in self.spec.sources.values()
            for tname, table in src.tables.items()
            for cname, column in table.columns.items()
            if column.mobile
        )

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
        for src, _conn, found, _ledger in self._walk(email):
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
        for src, conn, found, _ledger in self._walk(email):
            for tname in src.order:
                rows = found.get(tname)
                if not rows:
                    continue
                spec = src.spec.tables[tname]
                table = src.tables[tname]
                shown = shown_values(conn, src, tname, rows)
                tables.append(
                    FoundTable(
                        source=src.name,
                        table=tname,
                        categories=tuple(sorted({spec.category_of(c) for c in spec.columns})),
                        rows=tuple(
                            FoundRow(
                                key=src.key_text(tname, key),
                                values={
                                    c: exported(cspec, table.c[c].type, row[c])
                                    for c, cspec in spec.columns.items()
                                    if row.get(c) is not None
                                },
                                shown=shown[key],
                            )
                            for key, row in _by_key(rows)
                        ),
                    )
                )
        return PersonData(tuple(tables))

    def export(self, email: str, provided_only: bool = False) -> list[Record]:
        """Every personal field found (the access report), or only those the person provided
        (portability, art. 20; per row where the map says so by a condition). NULL fields are
        left out; a JSON column's value is the document, a looked-up id carries its label."""
        records = []
        for src, conn, found, _ledger in self._walk(email):
            for tname in src.order:
                rows = found.get(tname)
                if not rows:
                    continue
                spec = src.spec.tables[tname]
                table = src.tables[tname]
                shown = shown_values(conn, src, tname, rows)
                for key, row in _by_key(rows):
                    for cname, cspec in spec.columns.items():
                        if row.get(cname) is None:
                            continue
                        provided = spec.provided_of(cname, row)
                        if provided_only and not provided:
                            continue
                        records.append(
                            Record(
                                source=src.name,
                                table=tname,
                                key=src.key_text(tname, key),
                                field=cname,
                                category=spec.category_of(cname),
                                value=exported(cspec, table.c[cname].type, row[cname]),
                                provided_by_subject=provided,
                                shown=shown[key].get(cname),
                                kind="json" if cspec.json_ else kind_of(table.c[cname].type),
                                review=cspec.review,
                                field_labels=cspec.label,
                                table_labels=spec.label,
                                source_labels=src.spec.label,
                            )
                        )
        return records

    def explain(self, email: str, today: date, lang: str = "en") -> dict[str, Any]:
        """What the map finds for the person and what erasure on `today` would do, per source
        and table (rows, fields, what happens to each, holds and until when), changing nothing.
        Counts and names only, no values."""
        sources = []
        for src, conn, found, _ledger in self._walk(email):
            plan = plan_erasure(conn, src, found, today)
            sources.append(explain_source(src, found, plan, lang))
        tables = [t for s in sources for t in s["tables"]]
        return {
            "email": email.strip(),
            "date": today.isoformat(),
            "sources": sources,
            "totals": {
                "rows": sum(t["rows"] for t in tables),
                **{
                    k: sum(t["erasure"][k] for t in tables)
                    for k in ("delete", "anonymise", "keep_held", "keep_shared")
                },
            },
        }

    # -- erasure ------------------------------------------------------------------------------

    def erase(self, email: str, today: date) -> ErasureReport:
        """Art. 17: per source in one transaction, delete or anonymise the person's rows per the
        map; rows under a hold are kept (and written down in the source's ledger). A second run
        changes nothing and reports nothing."""
        subject = subject_hash(email)
        tables: list[dict[str, Any]] = []
        for src, conn, found, ledger in self._walk(email, write=self.order):
            plan = plan_erasure(conn, src, found, today)
            tallies = apply_erasure(conn, src, plan, found, ledger, subject, today)
            tables += table_reports(src, tallies)
        return self._report(today, tables)

    def _report(self, today: date, tables: list[dict[str, Any]]) -> ErasureReport:
        named = sorted({r["hold"] for t in tables for r in t["retained"]})
        return {
            "date": today.isoformat(),
            "tables": tables,
            "totals": totals(tables),
            "holds": self._hold_texts(named),
            "hold_labels": {n: dict(self.spec.holds[n].label) for n in named},
        }

    def purge_expired_holds(self, today: date) -> dict[str, Any]:
        """What was kept for erased persons, erased once its holds have ended (run daily). A
        source that cannot be reached is skipped (and named), to be tried next time."""
        tables: list[dict[str, Any]] = []
        skipped: list[str] = []
        subjects = 0
        for name in self.order:
            try:
                src = self.source(name)
                with failures(name), src.engine.begin() as conn:
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
                    merged: dict[str, Tally] = {}
                    for subject in list(due):
                        subjects += 1
                        ledger = ledger_entries(conn, src, subject)
                        found = collect(conn, src, None, ledger, lock=True)
                        plan = plan_erasure(conn, src, found, today)
                        tallies = apply_erasure(conn, src, plan, found, ledger, subject, today)
                        for tname, tally in tallies.items():
                            merged.setdefault(tname, Tally()).merge(tally)
                tables += table_reports(src, merged)
            except DataMapError as exc:
                log.warning("purge: source %s skipped (%s)", name, exc)
                skipped.append(name)
        report = self._report(today, tables)
        return {
            "date": report["date"],
            "subjects": subjects,
            "rows": report["totals"]["deleted"] + report["totals"]["anonymised"],
            "tables": tables,
            "totals": report["totals"],
            "holds": report["holds"],
            "hold_labels": report["hold_labels"],
            "skipped_sources": skipped,
        }

    def _hold_texts(self, named: Sequence[str]) -> dict[str, str]:
        """The description of each hold a report names (for the reply to the person)."""
        return {n: self.spec.holds[n].description for n in named if n in self.spec.holds}

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
        targets: list[dict[str, Any]] = []
        mapped: set[str] = set()
        not_releasable: list[dict[str, str]] = []
        writing = [n for n, s in self.spec.sources.items() if any(p in s.flags for p in wanted)]
        for src, conn, found, _ledger in self._walk(email, write=writing):
            if src.name not in writing:
                continue
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
                            update_row(conn, src, target.table, key, changes)
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
            for name in self.order
            if table in self.spec.sources[name].tables
            and field in self.spec.sources[name].tables[table].columns
        ]
        if not where:
            raise DataMapError(f"{table}.{field} is not a personal field of the data map")
        values: dict[str, Any] = {}
        for name in where:
            spec = self.spec.sources[name].tables[table]
            if not spec.rectifiable(field):
                raise DataMapError(f"{table}.{field} is not rectifiable (see the data map)")
            try:
                values[name] = coerce(self.source(name).tables[table].c[field].type, new_value)
            except ValueProblem as exc:
                raise DataMapError(f"{table}.{field}: {exc}") from None
        rows = changed = 0
        for src, conn, found, _ledger in self._walk(email, write=where):
            if src.name not in where:
                continue
            for key, row in found.get(table, {}).items():
                rows += 1
                if row.get(field) != values[src.name]:
                    changed += update_row(conn, src, table, key, {field: values[src.name]})
        return {"table": table, "field": field, "sources": where, "rows": rows, "changed": changed}
