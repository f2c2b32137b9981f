"""The long-running and the one-shot modes: the poller, the sweep, the scheduler, replays. Jobs go
to whichever `Jobs` the composition root (cli.py, clock.py) hands in.

Peers that fail are waited out (worker/peers.py): for ever by `poll`, `run` and the clock, for at
most GDPR_GIVE_UP_AFTER seconds of one outage by `poll --once` and `run --once`, which then raise
GaveUp (one line, exit 1)."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal

from config.settings import ConfigError, Settings
from worker.app import App
from worker.domain import OutboxStatus
from worker.intake import Outcome
from worker.jobs import Jobs
from worker.lock import poller_lock
from worker.mailbox.imap import ImapSource
from worker.mailbox.maildir import MaildirSource
from worker.peers import QUEUE, Patience, PeerUnavailable, described
from worker.poller import MailSource, Poller
from worker.store import repo
from worker.store.db import transaction

log = logging.getLogger(__name__)


def make_source(
    settings: Settings,
    sessions,  # noqa: ANN001 - a sessionmaker
    give_up_after: float | None = None,
) -> MailSource:
    """The mailbox of GDPR_MAILBOX_URL; an IMAP one keeps its position in the case store
    (`sessions`: the App's sessionmaker) and, with `give_up_after`, gives up on a server that
    stays unreachable that long (GaveUp)."""
    mailbox = settings.mailbox
    if mailbox.scheme == "maildir":
        return MaildirSource(mailbox.path, settings.processed_folder, settings.quarantine_folder)
    if mailbox.scheme in ("imap", "imaps", "imap+starttls"):
        return ImapSource(settings, sessions, give_up_after=give_up_after)
    raise ConfigError(f"GDPR_MAILBOX_URL: {mailbox.scheme}:// mailboxes are not supported")


def sweep(app: App, jobs: Jobs) -> int:
    """Re-enqueue what a crash or a lost queue left: every reply still pending, every case in
    progress (its handlers skip what is done; its start delivers its pending replies, folded as
    one mail where they were written at one moment: worker/cases/moment.py). The database is the
    truth; the queue is rebuilt."""
    with transaction(app.sessions) as session:
        cases = repo.cases_in_progress(session)
        pending = repo.pending_outbound_ids(session, except_cases=cases)
    for outbound_id in pending:
        jobs.deliver(outbound_id)
    for case_id in cases:
        jobs.start(case_id)
    jobs.housekeeping()
    if pending or cases:
        log.info(
            "sweep: %d pending replies, %d cases in progress enqueued", len(pending), len(cases)
        )
    return len(pending) + len(cases)


async def poll(app: App, jobs: Jobs, *, once: bool, scheduling: bool) -> int:
    """`poll` (the broker's handler processes do the jobs) and `run` (`scheduling`: the
    scheduler in this process too, beside the in-process handlers). Both sweep once at start-up.
    With `once`, a peer that stays down longer than GDPR_GIVE_UP_AFTER raises GaveUp."""
    limit = app.settings.give_up_after if once else None
    source = make_source(app.settings, app.sessions, give_up_after=limit)
    patience = Patience(limit)
    poller = Poller(
        source,
        app.intake,
        lambda done: jobs.after_commit(done.outbound_ids, done.ready_case_id),
        resync=lambda: sweep(app, jobs),
    )
    poller.unqueued = True  # the start-up sweep, as soon as the queue and the store answer
    try:
        async with poller_lock(
            app.engine, source.name, retry_every=1.0 if once else 5.0, patience=patience
        ) as lease:
            if once:
                _log_summary(await poller.run_patiently(patience, lease))
                await _settle(poller, patience)
            else:
                await _forever(app, jobs, poller, lease, scheduling=scheduling)
    finally:
        try:
            await source.close()
        except Exception as exc:  # marks not carried out are carried out by the next poll
            log.warning("closing %s: %s", source.name, described(exc))
    return 0


async def _settle(poller: Poller, patience: Patience) -> None:
    """Before `--once` ends: every commit's jobs queued (the sweep, if the queue was down)."""
    while poller.unqueued:
        down = await poller.catch_up()
        if poller.unqueued:
            await patience.wait(down or PeerUnavailable(QUEUE, "not answering"))
    patience.ok()


async def _forever(app: App, jobs: Jobs, poller: Poller, lease, *, scheduling: bool) -> None:  # noqa: ANN001
    stop = _stop_on_signals()
    every = app.settings.sweep_interval
    scheduler = asyncio.create_task(schedule(app, jobs, stop, every)) if scheduling else None
    try:
        await poller.run_forever(app.settings.poll_interval, stop, lease=lease)
    finally:
        stop.set()
        if scheduler is not None:
            await scheduler


async def schedule(app: App, jobs: Jobs, stop: asyncio.Event, every: float = 300.0) -> None:
    """The scheduler: every `every` seconds, the sweep (pending replies, cases in progress)
    and the housekeeping job (expired confirmations, ID copies, legal holds), until `stop`. A
    sweep that meets a peer down is said in one line and done again next time."""
    while not stop.is_set():
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stop.wait(), every)
        if not stop.is_set():
            await _sweep_or_say(app, jobs)


async def _sweep_or_say(app: App, jobs: Jobs) -> None:
    try:
        await asyncio.to_thread(sweep, app, jobs)
    except PeerUnavailable as exc:
        log.warning("sweep: %s; done again at the next one", exc)
    except Exception as exc:  # a bug: said in one line; the scheduler goes on
        log.error("sweep failed (%s)", described(exc))


async def clock(app: App, jobs: Jobs, every: float | None = None) -> int:
    """The clock process of the production topology (`python -m worker.clock`): the scheduler
    alone, one clock at a time (a second waits on the lock and takes over)."""
    stop = _stop_on_signals()
    holding = asyncio.Event()
    every = every if every is not None else app.settings.sweep_interval

    async def scheduling() -> None:
        async with poller_lock(app.engine, "clock", retry_every=5.0, patience=Patience()):
            holding.set()
            await _sweep_or_say(app, jobs)
            await schedule(app, jobs, stop, every)

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


def replay(app: App, jobs: Jobs, ids: list[int]) -> list[Outcome]:
    """Quarantined mails through intake again (LookupError names one that is not quarantined);
    their replies and handlers are queued as after any intake."""
    outcomes = []
    for one in ids:
        outcome = app.intake.replay(one)
        jobs.after_commit(outcome.outbound_ids, outcome.ready_case_id)
        outcomes.append(outcome)
    return outcomes


def outbox_counts(app: App) -> tuple[int, int]:
    """(pending, failed) replies in the outbox now."""
    with transaction(app.sessions) as session:
        pending = len(repo.pending_outbound_ids(session))
        failed = repo.count_outbound(session, OutboxStatus.FAILED)
    return pending, failed


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
