"""fetch → intake → enqueue the replies → mark on the server. In that order, always: a crash at
any point leaves a mail that the next fetch finds again and intake recognises."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from typing import Protocol

from worker.domain import DispositionKind
from worker.intake import Intake, Outcome, Source
from worker.mailbox import FetchedMail

log = logging.getLogger(__name__)


class MailSource(Protocol):
    name: str

    def fetch(self): ...  # AsyncIterator[FetchedMail]

    async def mark(self, mail: FetchedMail, disposition: DispositionKind) -> None: ...

    async def wait(self, timeout: float) -> None: ...

    async def close(self) -> None: ...


class Poller:
    def __init__(
        self, source: MailSource, intake: Intake, committed: Callable[[Outcome], None]
    ) -> None:
        self.source = source
        self.intake = intake
        self.committed = committed  # called after intake's commit: enqueues the replies

    async def run_once(self) -> list[Outcome]:
        outcomes = []
        async for mail in self.source.fetch():
            outcome = await asyncio.to_thread(
                self.intake, mail.raw, Source(mail.key, mail.received_at)
            )
            if not outcome.duplicate:
                self.committed(outcome)
            await self.source.mark(mail, outcome.disposition)
            outcomes.append(outcome)
        return outcomes

    async def run_forever(self, interval: float, stop: asyncio.Event | None = None) -> None:
        stop = stop or asyncio.Event()
        while not stop.is_set():
            await self.run_once()
            wait = asyncio.create_task(self.source.wait(interval))
            stopped = asyncio.create_task(stop.wait())
            await asyncio.wait({wait, stopped}, return_when=asyncio.FIRST_COMPLETED)
            for task in (wait, stopped):
                task.cancel()
