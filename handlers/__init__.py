"""The `dramatiq handlers` of INTERFACE.md: the broker first (set from the settings, since dramatiq
binds an actor to the broker current at its declaration), then the actors, which call the work in
worker.cases. `inprocess` is the `worker.jobs.Jobs` over these actors."""

from handlers.broker import broker  # noqa: I001 - first: the actors bind to the broker set here
from handlers.actors import deliver_reply, run_housekeeping, start_case

__all__ = ["broker", "deliver_reply", "run_housekeeping", "start_case"]
