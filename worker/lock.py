"""Exactly one poller per mailbox at a time. The lock dies with its holder's process (a
PostgreSQL session advisory lock, or an flock beside the SQLite file), so a waiting poller takes
over when the first one dies."""

from __future__ import annotations

import asyncio
import contextlib
import fcntl
import hashlib
import logging
import os
from collections.abc import AsyncIterator
from pathlib import Path

from sqlalchemy import Engine, text
from sqlalchemy.engine import make_url

log = logging.getLogger(__name__)


def _lock_key(mailbox: str) -> int:
    return int.from_bytes(hashlib.sha256(mailbox.encode()).digest()[:8], "big", signed=True)


@contextlib.asynccontextmanager
async def poller_lock(
    engine: Engine, mailbox: str, retry_every: float = 5.0
) -> AsyncIterator[None]:
    """Held for the life of the block; waits (logging once) while another poller holds it."""
    if engine.dialect.name == "postgresql":
        async with _pg_lock(engine, mailbox, retry_every):
            yield
    else:
        async with _file_lock(engine, mailbox, retry_every):
            yield


@contextlib.asynccontextmanager
async def _pg_lock(engine: Engine, mailbox: str, retry_every: float) -> AsyncIterator[None]:
    key = _lock_key(mailbox)
    conn = engine.connect()
    try:
        waited = False
        while not conn.execute(text("SELECT pg_try_advisory_lock(:k)"), {"k": key}).scalar():
            conn.rollback()
            if not waited:
                log.info("another poller holds %s; waiting to take over", mailbox)
                waited = True
            await asyncio.sleep(retry_every)
        conn.commit()
        yield
    finally:
        with contextlib.suppress(Exception):
            conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": key})
            conn.commit()
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
