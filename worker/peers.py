"""The peers the worker depends on (the case store, the queue, the mailbox, the mail server) and
how their outages are waited out.

A peer that cannot be reached raises `PeerUnavailable`, naming the peer and the error's type
(never its text, which may quote a statement's values or a credential). Whoever loops waits with
a `Patience`: capped exponential backoff with jitter, one log line per wait, for ever in the
long-running modes, and for at most `limit` seconds of one outage in `--once`, which then gives
up (`GaveUp`: one line for the operator, exit 1).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
import time
from dataclasses import dataclass, field

log = logging.getLogger(__name__)

CASE_STORE = "case store"
QUEUE = "queue"
MAILBOX = "mailbox"
MAIL_SERVER = "mail server"
MAIL_READER = "mail reader"


class PeerUnavailable(Exception):
    """`peer` cannot be reached now; `cause` is the error's type (and code), no more."""

    def __init__(self, peer: str, cause: str) -> None:
        super().__init__(f"the {peer} is unavailable ({cause})")
        self.peer = peer
        self.cause = cause


class GaveUp(Exception):
    """A `--once` run waited as long as it may for a peer: its text is the one line to print."""

    def __init__(self, peer: str, cause: str, waited: float) -> None:
        super().__init__(f"the {peer} has been unavailable for {waited:.0f} s ({cause}); giving up")
        self.peer = peer


def described(exc: BaseException) -> str:
    """An exception's type and where it was raised, for logs and for staff: never its text,
    which may quote a mail, an address or a statement's values."""
    tb = exc.__traceback__
    while tb is not None and tb.tb_next is not None:
        tb = tb.tb_next
    where = f" at {tb.tb_frame.f_code.co_filename.rsplit('/', 1)[-1]}:{tb.tb_lineno}" if tb else ""
    return f"{type(exc).__name__}{where}"


def backoff(attempt: int, first: float, cap: float) -> float:
    """Seconds before try number `attempt` + 1 (attempt counts from 1): first·2^(attempt-1),
    at most `cap`, less up to a fifth at random (so that many waiters do not come back at once)."""
    return min(cap, first * 2 ** min(attempt - 1, 30)) * random.uniform(0.8, 1.0)


@dataclass
class Patience:
    """How long one outage may last: `limit` seconds (None: for ever). `wait()` after each
    failure, `ok()` after each success (it ends the outage, and says so when there was one)."""

    limit: float | None = None
    first: float = 1.0
    cap: float = 60.0
    _since: float | None = field(default=None, repr=False)
    _tries: int = field(default=0, repr=False)

    async def wait(self, exc: PeerUnavailable, stop: asyncio.Event | None = None) -> None:
        delay = self._next(exc)
        if stop is None:
            await asyncio.sleep(delay)
        else:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), delay)

    def wait_sync(self, exc: PeerUnavailable) -> None:
        time.sleep(self._next(exc))

    def ok(self) -> None:
        if self._since is not None:
            log.info("peers available again after %.0f s", time.monotonic() - self._since)
        self._since, self._tries = None, 0

    def _next(self, exc: PeerUnavailable) -> float:
        now = time.monotonic()
        if self._since is None:
            self._since = now
        waited = now - self._since
        if self.limit is not None and waited >= self.limit:
            raise GaveUp(exc.peer, exc.cause, waited)
        self._tries += 1
        delay = backoff(self._tries, self.first, self.cap)
        if self.limit is not None:
            delay = max(0.0, min(delay, self._since + self.limit - now))
        log.warning("%s; next try in %.1f s", exc, delay)
        return delay
