"""fetch → intake → enqueue the replies → mark on the server. In that order, always: a crash at
any point leaves a mail that the next fetch finds again and intake recognises.

Peers fail; the poller does not. A round that meets an outage (the case store, the mailbox, the
mail reader: PeerUnavailable) is given up and tried again after a wait (`Patience`): what was
done before the outage is recognised by intake, what was not is done then. A queue that cannot
take a commit's jobs does not stop intake: the mail is marked (its disposition is committed),
and once the queue answers again a sweep queues everything the store says is still to do.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable
from typing import Protocol

from worker.domain import DispositionKind
from worker.intake import Intake, Outcome, Source
from worker.lock import Lease
from worker.mailbox import FetchedMail
from worker.peers import Patience, PeerUnavailable, described

log = logging.getLogger(__name__)

_AFTER_BUG = 60.0  # seconds before a round that failed for no known reason is tried again


class MailSource(Protocol):
    name: str

    def fetch(self): ...  # AsyncIterator[FetchedMail]

    async def mark(self, mail: FetchedMail, disposition: DispositionKind) -> None: ...

    async def wait(self, timeout: float) -> None: ...

    async def close(self) -> None: ...


class Poller:
    """`committed(outcome)`: after intake's commit, queue its jobs (raises PeerUnavailable when
    the queue is down). `resync()`: queue again whatever the store says is to do (the sweep)."""

    def __init__(
        self,
        source: MailSource,
        intake: Intake,
        committed: Callable[[Outcome], None],
        resync: Callable[[], object] | None = None,
    ) -> None:
        self.source = source
        self.intake = intake
        self.committed = committed
        self.resync = resync
        self.unqueued = False  # jobs of a commit were not queued: resync when the queue is back
        self._warned = False  # that was said (once per outage)

    async def run_once(self, done: dict[str, Outcome] | None = None) -> list[Outcome]:
        """One round: every mail waiting now. Raises PeerUnavailable when a peer it needs is
        down (the mail in hand is left for the next round). `done`: the outcome of each mail by
        its key, kept across rounds (a mail met again after an outage keeps its first)."""
        done = {} if done is None else done
        await self.catch_up()
        async with contextlib.aclosing(self.source.fetch()) as mails:
            async for mail in mails:
                outcome = await asyncio.to_thread(
                    self.intake, mail.raw, Source(mail.key, mail.received_at)
                )
                if not outcome.duplicate:
                    self._hand_over(outcome)
                await self.source.mark(mail, outcome.disposition)
                done.setdefault(mail.key, outcome)
        return list(done.values())

    async def run_patiently(
        self, patience: Patience, lease: Lease | None = None, stop: asyncio.Event | None = None
    ) -> list[Outcome]:
        """One round, outages waited out: for ever, or until `patience` gives up (GaveUp)."""
        done: dict[str, Outcome] = {}
        while stop is None or not stop.is_set():
            try:
                if lease is not None:
                    await lease.keep()
                await self.run_once(done)
                patience.ok()
                break
            except PeerUnavailable as exc:
                await patience.wait(exc, stop)
        return list(done.values())

    async def run_forever(
        self,
        interval: float,
        stop: asyncio.Event | None = None,
        patience: Patience | None = None,
        lease: Lease | None = None,
    ) -> None:
        stop = stop or asyncio.Event()
        patience = patience or Patience()
        while not stop.is_set():
            try:
                await self.run_patiently(patience, lease, stop)
                await _first(self.source.wait(interval), stop.wait())
            except Exception as exc:  # a bug: said in one line, and tried again, not died of
                log.error("polling failed (%s); trying again in %.0f s", described(exc), _AFTER_BUG)
                await _first(asyncio.sleep(_AFTER_BUG), stop.wait())

    async def catch_up(self) -> PeerUnavailable | None:
        """After jobs could not be queued: queue again what the store says is to do, if the
        queue answers now (if not, intake goes on, and the next round tries again). Returns
        what stood in the way, if anything did."""
        if not self.unqueued or self.resync is None:
            return None
        try:
            await asyncio.to_thread(self.resync)
        except PeerUnavailable as exc:
            return exc
        self.unqueued = False
        if self._warned:
            log.info("the queue answers again: what was committed meanwhile is queued")
            self._warned = False
        return None

    def _hand_over(self, outcome: Outcome) -> None:
        try:
            self.committed(outcome)
        except PeerUnavailable as exc:
            if not self._warned:
                log.warning("%s: committed work is queued once it answers again", exc)
                self._warned = True
            self.unqueued = True


async def _first(*waits: Awaitable[object]) -> None:
    """Until the first of `waits` is done; the others are cancelled."""
    tasks = [asyncio.ensure_future(w) for w in waits]
    try:
        await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    finally:
        for task in tasks:
            task.cancel()
