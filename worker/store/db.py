"""Engines, sessions and schema upgrades (Alembic) for the case store."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from importlib.resources import files
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import StaticPool

from worker.peers import CASE_STORE, PeerUnavailable


def private_file(path: Path) -> None:
    """Create `path` (and its folder) readable by this user only, if it does not exist yet: the
    case store holds personal data. SQLite gives its -wal and -shm files the same mode."""
    if not path.parent.exists():
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    if not path.exists():
        os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))


def make_engine(url: str) -> Engine:
    """An engine that never writes statement parameters (personal data) into error messages."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        in_memory = parsed.database in (None, "", ":memory:")
        if not in_memory:
            private_file(Path(parsed.database))
        # One connection per process: this process's threads queue for it in the pool, where
        # they wait on a condition, instead of in SQLite's busy handler, which sleeps in growing
        # steps; SQLite takes one writer at a time anyway. A store in memory (the unit tests)
        # lives and dies with its one connection, kept for the engine's life.
        pool: dict[str, Any] = (
            {"poolclass": StaticPool, "connect_args": {"check_same_thread": False}}
            if in_memory
            else {"connect_args": {"timeout": 30}, "pool_size": 1, "max_overflow": 0}
        )
        engine = create_engine(url, hide_parameters=True, **pool)

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_conn, _record):  # noqa: ANN001
            dbapi_conn.isolation_level = None  # we emit BEGIN ourselves, below
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=FULL")
            cur.close()

        @event.listens_for(engine, "begin")
        def _sqlite_begin(conn):  # noqa: ANN001
            # One writer at a time from the first statement on: SQLite has no row locks, and a
            # deferred transaction that reads, then writes after another writer, fails.
            conn.exec_driver_sql("BEGIN IMMEDIATE")

        return engine
    # A server that does not answer is given up on (connect_timeout), and a connection whose
    # server vanished is noticed (TCP keepalives) instead of waiting for ever.
    return create_engine(
        url, pool_pre_ping=True, hide_parameters=True, connect_args=dict(_PG_CONNECT)
    )


_PG_CONNECT = {
    "connect_timeout": 10,
    "keepalives": 1,
    "keepalives_idle": 30,
    "keepalives_interval": 10,
    "keepalives_count": 3,
}


def make_sessionmaker(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


@contextmanager
def transaction(factory: sessionmaker[Session]) -> Iterator[Session]:
    """One unit of work: commit on success, roll back on any exception. An outage of the case
    store (see `outage_cause`) is raised as PeerUnavailable, for the caller to wait out."""
    try:
        with factory() as session, session.begin():
            yield session
    except Exception as exc:
        cause = outage_cause(exc)
        if cause is None:
            raise
        raise PeerUnavailable(CASE_STORE, cause) from exc


# PostgreSQL error classes that say "not now" rather than "not this": connection exceptions,
# the server shutting down or in recovery, resources exhausted, serialisation failure, deadlock.
_PG_TRANSIENT_CLASSES = ("08", "53", "57P")
_PG_TRANSIENT_CODES = ("40001", "40P01", "55P03")
# SQLite result codes of the same kind: busy or locked, the disk, the file.
_SQLITE_TRANSIENT = frozenset(
    {"SQLITE_BUSY", "SQLITE_LOCKED", "SQLITE_IOERR", "SQLITE_FULL", "SQLITE_CANTOPEN",
     "SQLITE_PROTOCOL"}
)  # fmt: skip


def outage_cause(exc: BaseException) -> str | None:
    """The error's type and code when it says the case store cannot be used now (a lost or
    refused connection, a server shutting down, a lock), None when it is about the statement or
    its values (those fail again however long one waits). Never the error's text."""
    if isinstance(exc, sa_exc.DisconnectionError | sa_exc.TimeoutError):
        return type(exc).__name__
    if not isinstance(exc, sa_exc.DBAPIError):
        return None
    orig = exc.orig
    name = type(orig).__name__
    sqlstate = getattr(orig, "sqlstate", None)
    if sqlstate:
        transient = sqlstate.startswith(_PG_TRANSIENT_CLASSES) or sqlstate in _PG_TRANSIENT_CODES
        return f"{name} {sqlstate}" if transient else None
    sqlite_code = getattr(orig, "sqlite_errorname", None)
    if sqlite_code:
        return f"{name} {sqlite_code}" if sqlite_code in _SQLITE_TRANSIENT else None
    if exc.connection_invalidated or isinstance(
        exc, sa_exc.OperationalError | sa_exc.InterfaceError
    ):
        return name  # psycopg: a connection that failed or was lost carries no SQLSTATE
    return None


def alembic_config(engine: Engine) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(files("worker.store").joinpath("migrations")))
    cfg.attributes["engine"] = engine
    return cfg


_PG_MIGRATION_LOCK = 0x6764_7072  # "gdpr": one schema upgrade at a time on PostgreSQL


def upgrade(engine: Engine, vault: object = None) -> None:
    """Create or migrate the schema to the newest revision; a no-op when already there.
    `vault` (worker.vault.IdVault) encrypts what a migration seals at rest."""
    cfg = alembic_config(engine)
    cfg.attributes["vault"] = vault
    with engine.begin() as conn:
        if engine.dialect.name == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_MIGRATION_LOCK})
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
