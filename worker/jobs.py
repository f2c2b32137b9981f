"""The queue as the rest of the worker sees it: the jobs it may ask for, by our own ids only.

Intake, staff decisions and the scheduler write to the case store and return the ids of the work
their commit unblocked; whoever called them hands those ids to a `Jobs`. The dramatiq
implementation is `handlers.inprocess` (the actors, on Redis or in this process); tests use one
that records what it was given. Nothing under `worker/` but the composition root (`cli.py`,
`clock.py`) knows which one it has.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol


class Jobs(Protocol):
    def deliver(self, outbound_id: int) -> None:
        """Send one outbox row (replies are delivered once, whatever is asked twice)."""

    def start(self, case_id: int) -> None:
        """Do the work of every right a case in progress still needs."""

    def housekeeping(self) -> None:
        """Close expired erasure confirmations, purge ID copies and ended legal holds."""

    def after_commit(self, outbound_ids: Iterable[int], ready_case_id: int | None) -> None:
        """What a commit unblocked: its replies to deliver, and the case that may start now."""
        for outbound_id in outbound_ids:
            self.deliver(outbound_id)
        if ready_case_id is not None:
            self.start(ready_case_id)
