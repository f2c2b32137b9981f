"""Exactly one poller per mailbox at a time. The lock dies with its holder's process (a
PostgreSQL session advisory lock, or an flock beside the SQLite file), so a waiting poller takes
over when the first one dies.

On PostgreSQL the lock lives as long as its connection: when the server restarts or the
connection drops, it is gone. The holder asks `Lease.keep()` before each round of work, which
takes it again (waiting, if another poller took it meanwhile). An outage of the case store while
taking it is waited out with the caller's Patience.
"""

from __future__ import annotations

import asyncio
import contextlib
import fcntl
import hashlib
import logging
import os
from collections.abc import AsyncIterator
from pathlib import Path

from sqlalchemy import Connection, Engine, text
from sqlalchemy.engine import make_url

from worker.peers import CASE_STORE, Patience, PeerUnavailable
from worker.store.db import outage_cause

log = logging.getLogger(__name__)


def _lock_key(mailbox: str) -> int:
    return int.from_bytes(hashlib.sha256(mailbox.encode()).digest()[:8], "big", signed=True)


class Lease:
    """The lock, held. `keep()`: make sure it still is (before each round of work)."""

    async def keep(self) -> None:
        return None


@contextlib.asynccontextmanager
async def poller_lock(
    engine: Engine, mailbox: str, retry_every: float = 5.0, patience: Patience | None = None
) -> AsyncIterator[Lease]:
    """Held for the life of the block; waits (logging once) while another poller holds it."""
    if engine.dialect.name == "postgresql":
        lease = _PgLease(engine, mailbox, retry_every, patience or Patience())
        await lease.take()
        try:
            yield lease
        finally:
            await asyncio.to_thread(lease.release)
    else:
        async with _file_lock(engine, mailbox, retry_every):
            yield Lease()


class _PgLease(Lease):
    def __init__(self, engine: Engine, mailbox: str, retry_every: float, patience: Patience):
        self.engine = engine
        self.mailbox = mailbox
        self.key = _lock_key(mailbox)
        self.retry_every = retry_every
        self.patience = patience
        self.conn: Connection | None = None

    async def take(self) -> None:
        waited = False
        while True:
            try:
                got = await asyncio.to_thread(self._try)
            except PeerUnavailable as exc:
                await self.patience.wait(exc)
                continue
            self.patience.ok()
            if got:
                return
            if not waited:
                log.info("another poller holds %s; waiting to take over", self.mailbox)
                waited = True
            await asyncio.sleep(self.retry_every)

    async def keep(self) -> None:
        if not await asyncio.to_thread(self._alive):
            log.warning("the lock on %s went with its connection; taking it again", self.mailbox)
            await self.take()

    def _try(self) -> bool:
        try:
            if self.conn is None:
                self.conn = self.engine.connect()
            got = self.conn.execute(text("SELECT pg_try_advisory_lock(:k)"), {"k": self.key})
            held = bool(got.scalar())
            self.conn.commit()
            return held
        except Exception as exc:
            self._close()
            cause = outage_cause(exc)
            if cause is None:
                raise
            raise PeerUnavailable(CASE_STORE, cause) from exc

    def _alive(self) -> bool:
        if self.conn is None:
            return False
        try:
            self.conn.execute(text("SELECT 1"))
            self.conn.commit()
            return True
        except Exception:
            self._close()
            return False

    def release(self) -> None:
        if self.conn is not None:
            with contextlib.suppress(Exception):
                self.conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": self.key})
                self.conn.commit()
        self._close()

    def _close(self) -> None:
        conn, self.conn = self.conn, None
        if conn is not None:
            with contextlib.suppress(Exception):
                conn.invalidate()  # a connection that failed is not given back to the pool
                conn.close()


@contextlib.asynccontextmanager
async def _file_lock(engine: Engine, mailbox: str, retry_every: float) -> AsyncIterator[None]:
    database = make_url(str(engine.url)).database or ""
    base = Path(database).parent if database and database != ":memory:" else Path("var")
    base.mkdir(parents=True, exist_ok=True)
    path = base / f".poller-{_lock_key(mailbox) & 0xFFFFFFFF:08x}.lock"
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        waited = False
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if not waited:
                    log.info("another poller holds %s; waiting to take over", mailbox)
                    waited = True
                await asyncio.sleep(retry_every)
        yield
    finally:
        os.close(fd)
