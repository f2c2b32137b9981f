"""The `Jobs` of worker/jobs.py done by the actors: sent through the broker (Redis in production,
for `dramatiq handlers`), and on the embedded default run by dramatiq workers in this process."""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable, Iterable, Iterator

import dramatiq
import redis
from dramatiq.brokers.stub import StubBroker
from dramatiq.errors import BrokerConnectionError

from handlers.actors import deliver_reply, run_housekeeping, start_case
from handlers.broker import broker
from worker.jobs import Jobs
from worker.peers import QUEUE, Patience, PeerUnavailable

# What the broker raises when Redis cannot take a message now.
_BROKER_DOWN = (redis.exceptions.RedisError, BrokerConnectionError, OSError)


class ActorJobs(Jobs):
    """Each job a message to its actor. With `worker` (dramatiq workers in this process) and
    `wait`, `after_commit` returns once the work it queued, and the work that queued, is done.
    A broker that cannot take a message raises PeerUnavailable (the work is in the case store:
    a sweep queues it again)."""

    def __init__(self, worker: dramatiq.Worker | None = None, *, wait: bool = False) -> None:
        self.worker = worker
        self.wait = wait

    def deliver(self, outbound_id: int) -> None:
        _send(lambda: deliver_reply.send(outbound_id))

    def start(self, case_id: int) -> None:
        _send(lambda: start_case.send(case_id))

    def housekeeping(self) -> None:
        _send(run_housekeeping.send)

    def after_commit(self, outbound_ids: Iterable[int], ready_case_id: int | None) -> None:
        super().after_commit(outbound_ids, ready_case_id)
        if self.worker is not None and self.wait:
            _drain(broker, self.worker)


def _send(send: Callable[[], object]) -> None:
    try:
        send()
    except _BROKER_DOWN as exc:
        raise PeerUnavailable(QUEUE, type(exc).__name__) from exc


def runs_here() -> bool:
    """The broker is the in-process stub: only workers in this process would do the jobs."""
    return isinstance(broker, StubBroker)


@contextlib.contextmanager
def jobs(
    *, workers: bool | None = None, wait: bool = False, give_up_after: float | None = None
) -> Iterator[ActorJobs]:
    """The actors as `Jobs`. `workers`: dramatiq workers in this process do the jobs (default:
    when the broker is the in-process stub), and every job queued by then has run when this
    returns. `wait`: each `after_commit` waits for its work (for a caller that shows the result
    next, like the console). `give_up_after`: seconds a Redis broker may stay unreachable while
    this waits for the work (None: for ever); then GaveUp."""
    here = runs_here() if workers is None else workers
    # worker_timeout: how long an idle worker waits on its queue; also how long stop() takes.
    worker = dramatiq.Worker(broker, worker_threads=4, worker_timeout=100) if here else None
    if worker is not None:
        worker.start()
    try:
        yield ActorJobs(worker, wait=wait)
        if worker is not None:
            _drain(broker, worker, Patience(give_up_after))
    finally:
        if worker is not None:
            worker.stop()


def _drain(
    broker: dramatiq.Broker, worker: dramatiq.Worker, patience: Patience | None = None
) -> None:
    """Wait until every job queued now, and every job those queue, has run. Delayed retries
    (a mail server that answered 4xx) are not waited for: they stay pending in the database and
    the next sweep sends them again. A Redis broker that cannot be asked is waited for."""
    queues = sorted(q for q in broker.get_declared_queues() if "." not in q)
    patience = patience or Patience()

    def waiting() -> int:
        if isinstance(broker, StubBroker):
            return sum(broker.queues[q].unfinished_tasks for q in queues)
        namespace = getattr(broker, "namespace", "dramatiq")
        while True:
            try:
                count = sum(broker.client.llen(f"{namespace}:{q}") for q in queues)
            except _BROKER_DOWN as exc:
                patience.wait_sync(PeerUnavailable(QUEUE, type(exc).__name__))
                continue
            patience.ok()
            return count

    def busy() -> bool:  # worker.join() would also wait for the delayed retries
        return bool(waiting() or worker.work_queue.unfinished_tasks)

    quiet = 0
    while quiet < 3:  # three looks in a row at nothing left to do
        quiet = 0 if busy() else quiet + 1
        time.sleep(0.05)
