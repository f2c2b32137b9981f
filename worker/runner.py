"""The long-running and the one-shot modes: poller, in-process handler workers, the sweep."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
import sys
import time
from collections.abc import Iterator

import dramatiq
from dramatiq.brokers.stub import StubBroker

from config.settings import ConfigError, Settings
from worker.app import App
from worker.intake import Outcome
from worker.lock import poller_lock
from worker.poller import MailSource, Poller
from worker.store import repo
from worker.store.db import transaction

log = logging.getLogger(__name__)

SWEEP_EVERY = 300.0  # seconds between sweeps of the outbox in the long-running mode


def make_source(settings: Settings, sessions) -> MailSource:  # noqa: ANN001 - a sessionmaker
    """The mailbox of GDPR_MAILBOX_URL; an IMAP one keeps its position in the case store
    (`sessions`: the App's sessionmaker)."""
    mailbox = settings.mailbox
    if mailbox.scheme == "maildir":
        from worker.mailbox.maildir import MaildirSource

        return MaildirSource(mailbox.path, settings.processed_folder, settings.quarantine_folder)
    if mailbox.scheme in ("imap", "imaps", "imap+starttls"):
        from worker.mailbox.imap import ImapSource

        return ImapSource(settings, sessions)
    raise ConfigError(f"GDPR_MAILBOX_URL: {mailbox.scheme}:// mailboxes are not supported")


def enqueue_jobs(outcome: Outcome) -> None:
    """After intake's commit: deliver its replies, start the case's handlers when it is ready."""
    from handlers import deliver_reply, start_case

    for outbound_id in outcome.outbound_ids:
        deliver_reply.send(outbound_id)
    if outcome.ready_case_id is not None:
        start_case.send(outcome.ready_case_id)


def sweep(app: App) -> int:
    """Re-enqueue what a crash or a lost queue left: every reply still pending, every case in
    progress (its handlers skip what is done). The database is the truth; the queue is rebuilt."""
    from handlers import deliver_reply, run_housekeeping, start_case

    with transaction(app.sessions) as session:
        pending = repo.pending_outbound_ids(session)
        cases = repo.cases_in_progress(session)
    for outbound_id in pending:
        deliver_reply.send(outbound_id)
    for case_id in cases:
        start_case.send(case_id)
    run_housekeeping.send()
    if pending or cases:
        log.info(
            "sweep: %d pending replies, %d cases in progress enqueued", len(pending), len(cases)
        )
    return len(pending) + len(cases)


@contextlib.contextmanager
def handler_workers(enabled: bool) -> Iterator[dramatiq.Broker]:
    """dramatiq workers in this process (the embedded default and `run`), joined on exit."""
    from handlers import broker

    # worker_timeout: how long an idle worker waits on its queue; also how long stop() takes.
    worker = dramatiq.Worker(broker, worker_threads=4, worker_timeout=100) if enabled else None
    if worker is not None:
        worker.start()
    try:
        yield broker
        if worker is not None:
            _drain(broker, worker)
    finally:
        if worker is not None:
            worker.stop()


def _drain(broker: dramatiq.Broker, worker: dramatiq.Worker) -> None:
    """Wait until every job queued now, and every job those queue, has run. Delayed retries
    (a mail server that answered 4xx) are not waited for: they stay pending in the database and
    the next sweep sends them again."""
    queues = sorted(q for q in broker.get_declared_queues() if "." not in q)

    def waiting() -> int:
        if isinstance(broker, StubBroker):
            return sum(broker.queues[q].unfinished_tasks for q in queues)
        namespace = getattr(broker, "namespace", "dramatiq")
        return sum(broker.client.llen(f"{namespace}:{q}") for q in queues)

    def busy() -> bool:  # worker.join() would also wait for the delayed retries
        return bool(waiting() or worker.work_queue.unfinished_tasks)

    quiet = 0
    while quiet < 3:  # three looks in a row at nothing left to do
        quiet = 0 if busy() else quiet + 1
        time.sleep(0.05)


async def poll(app: App, *, once: bool, with_workers: bool) -> int:
    """`poll` (with_workers False: the broker's handler processes do the jobs) and `run` (the
    handlers and the scheduler in this process too). Both sweep once at start-up."""
    source = make_source(app.settings, app.sessions)
    poller = Poller(source, app.intake, enqueue_jobs)
    with handler_workers(with_workers):
        sweep(app)
        try:
            async with poller_lock(app.engine, source.name, retry_every=1.0 if once else 5.0):
                if once:
                    outcomes = await poller.run_once()
                    _log_summary(outcomes)
                else:
                    await _forever(app, poller, scheduling=with_workers)
        finally:
            await source.close()
    return 0


async def _forever(app: App, poller: Poller, *, scheduling: bool) -> None:
    stop = _stop_on_signals()
    scheduler = asyncio.create_task(schedule(app, stop)) if scheduling else None
    try:
        await poller.run_forever(app.settings.poll_interval, stop)
    finally:
        stop.set()
        if scheduler is not None:
            await scheduler


async def schedule(app: App, stop: asyncio.Event, every: float = SWEEP_EVERY) -> None:
    """The scheduler: every `every` seconds, the sweep (pending replies, cases in progress)
    and the housekeeping job (expired confirmations, ID copies, legal holds), until `stop`."""
    while not stop.is_set():
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stop.wait(), every)
        if not stop.is_set():
            await asyncio.to_thread(sweep, app)


async def clock(app: App, every: float = SWEEP_EVERY) -> int:
    """The clock process of the production topology (`python -m worker.clock`): the scheduler
    alone, one clock at a time (a second waits on the lock and takes over)."""
    stop = _stop_on_signals()
    holding = asyncio.Event()

    async def scheduling() -> None:
        async with poller_lock(app.engine, "clock", retry_every=5.0):
            holding.set()
            await asyncio.to_thread(sweep, app)
            await schedule(app, stop, every)

    work = asyncio.create_task(scheduling())
    stopped = asyncio.create_task(stop.wait())
    await asyncio.wait({work, stopped}, return_when=asyncio.FIRST_COMPLETED)
    stopped.cancel()
    if not work.done() and not holding.is_set():  # stopped while waiting for the lock
        work.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await work
        return 0
    await work  # the scheduler ends once `stop` is set; its error, if any, is raised here
    return 0


def _stop_on_signals() -> asyncio.Event:
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    return stop


def replay(app: App, inbound_id: int | None) -> int:
    """Quarantined mail through intake again (one, or all); prints one line per mail."""
    with transaction(app.sessions) as session:
        ids = (
            [inbound_id]
            if inbound_id is not None
            else [r.id for r in repo.list_quarantined(session)]
        )
    try:
        outcomes = replay_and_carry_out(app, ids)
    except LookupError as exc:
        print(f"gdpr-worker: no quarantined message {exc.args[0]}")
        return 1
    for one, outcome in zip(ids, outcomes, strict=True):
        line = f"{one}: {outcome.disposition.value} {outcome.reason} {outcome.case_ref or ''}"
        print(line.rstrip())
    return 0


def replay_and_carry_out(app: App, ids: list[int]) -> list[Outcome]:
    """Replay quarantined mails (LookupError names one that is not quarantined); their replies
    and handlers are queued as after any intake (and run here on the embedded default)."""
    from handlers.broker import broker

    outcomes = []
    with handler_workers(isinstance(broker, StubBroker)):
        for one in ids:
            outcome = app.intake.replay(one)
            enqueue_jobs(outcome)
            outcomes.append(outcome)
    return outcomes


def _log_summary(outcomes: list[Outcome]) -> None:
    counts: dict[str, int] = {}
    for o in outcomes:
        key = "duplicate" if o.duplicate else o.disposition.value
        counts[key] = counts.get(key, 0) + 1
    log.info(
        "poll: %d mail(s): %s",
        len(outcomes),
        ", ".join(f"{k} {v}" for k, v in sorted(counts.items())) or "none",
    )


def carry_out(app: App, decide) -> int:  # noqa: ANN001 - a callable App -> handlers.staff.Decision
    """A staff decision from the command line, then the work it unblocks."""
    from handlers.staff import StaffError

    try:
        decision = decide_and_carry_out(app, decide)
    except StaffError as exc:
        print(f"gdpr-worker: {exc}", file=sys.stderr)
        return 1
    print(f"{decision.ref}: {decision.status}")
    return 0


def decide_and_carry_out(app: App, decide):  # noqa: ANN001, ANN201 - handlers.staff types
    """Take a staff decision (raises StaffError when it cannot be taken), then queue the work it
    unblocks; on the embedded default that work runs here, before this returns."""
    from handlers import deliver_reply, start_case
    from handlers.broker import broker

    decision = decide(app)
    with handler_workers(isinstance(broker, StubBroker)):
        for outbound_id in decision.outbound_ids:
            deliver_reply.send(outbound_id)
        if decision.ready_case_id is not None:
            start_case.send(decision.ready_case_id)
    return decision
