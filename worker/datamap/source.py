"""One source of the data map, opened: its engine, its tables as the database has them (checked
against the map by worker/datamap/schema.py), the order of its tables, its ledger."""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterable, Iterator, Mapping
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
    create_engine,
    event,
    inspect,
    tuple_,
)
from sqlalchemy.engine import Connection, make_url
from sqlalchemy.exc import SQLAlchemyError

from worker.datamap.config import Source, SourcesFile
from worker.datamap.errors import DataMapError
from worker.datamap.graph import parents_first
from worker.datamap.schema import Problem, Reflection, reflect
from worker.datamap.values import jsonable

RowKey = tuple[Any, ...]

__all__ = ["DataMapError", "OpenedSource", "RowKey", "failures", "ledger_table", "open_engine"]


@contextlib.contextmanager
def failures(source: str, doing: str = "") -> Iterator[None]:
    """A database error while working on `source` as a DataMapError naming the source and the
    error's kind only (a driver's message may quote the person's values)."""
    try:
        yield
    except SQLAlchemyError as exc:
        kind = type(getattr(exc, "orig", None) or exc).__name__
        where = f" ({doing})" if doing else ""
        raise DataMapError(f"source {source}: {kind}{where}") from None


def ledger_table(name: str, schema: str | None) -> Table:
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
        schema=schema,
    )


class OpenedSource:
    """One source: its engine, its reflected tables, and the order of its tables. `open` checks
    the map against the database; an error there raises DataMapError (the first one), a missing
    index is kept in `problems`."""

    def __init__(
        self, name: str, spec: Source, parsed: SourcesFile, engine: Engine, found: Reflection
    ) -> None:
        self.name = name
        self.spec = spec
        self.parsed = parsed
        self.secret = parsed.hash_secret
        self.engine = engine
        self.order = parents_first(spec)
        self.ledger = ledger_table(spec.ledger, spec.schema_)
        self._ledger_seen = False
        self.tables = found.tables
        self.lookups = found.lookups
        self.problems: list[Problem] = found.problems

    @classmethod
    def open(cls, name: str, spec: Source, parsed: SourcesFile) -> OpenedSource:
        engine = open_engine(name, spec.url)
        try:
            with failures(name, "reading the schema"), engine.connect() as conn:
                found = reflect(name, spec, parsed, conn)
        except Exception:
            engine.dispose()
            raise
        errors = [p for p in found.problems if p.fatal]
        if errors:
            engine.dispose()
            raise DataMapError(str(errors[0]))
        return cls(name, spec, parsed, engine, found)

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

    @staticmethod
    def stored_key(key: RowKey) -> str:
        return json.dumps([jsonable(k) for k in key])

    def has_ledger(self, conn: Connection) -> bool:
        """Whether the ledger table is there (once it is, it stays: remembered)."""
        if not self._ledger_seen:
            self._ledger_seen = inspect(conn).has_table(self.spec.ledger, schema=self.spec.schema_)
        return self._ledger_seen


def open_engine(name: str, url: str) -> Engine:
    try:
        parsed = make_url(url)
    except Exception:  # noqa: BLE001 - the URL may hold a password: do not echo it
        raise DataMapError(f"source {name}: not a database URL") from None
    if parsed.get_backend_name() == "sqlite":
        database = parsed.database or ""
        local = database and database != ":memory:" and not database.startswith("file:")
        if local and not Path(database).exists():
            raise DataMapError(f"source {name}: database file {database} does not exist")
        engine = create_engine(parsed, hide_parameters=True, connect_args={"timeout": 30})

        @event.listens_for(engine, "connect")
        def _pragmas(dbapi_conn, _record) -> None:  # noqa: ANN001
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA foreign_keys=ON")
            cur.close()

        return engine
    try:
        return create_engine(parsed, pool_pre_ping=True, hide_parameters=True)
    except Exception as exc:  # noqa: BLE001 - a missing driver, a bad option
        raise DataMapError(f"source {name}: cannot open ({type(exc).__name__})") from None
