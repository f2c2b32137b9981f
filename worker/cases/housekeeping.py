"""The scheduler's work, run on start-up and then periodically: erasure confirmations that never
came close their case; ID copies of finished cases go; data whose legal hold ended is erased;
mail as received leaves the mailbox's processed and quarantine folders after its retention.
The notices it writes are returned as outbox ids, for the caller to deliver after commit."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Coroutine
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, TypeVar

from worker.app import App
from worker.case_state import purge_id_copies, set_status
from worker.cases.rights import Reply, write_replies
from worker.datamap import datamap_for
from worker.domain import CaseStatus, EventKind, MessageKind
from worker.mailbox.imap import ImapSource
from worker.mailbox.maildir import MaildirSource
from worker.peers import described
from worker.store import repo
from worker.store.db import transaction

log = logging.getLogger(__name__)

SCHEDULER = "scheduler"  # the actor its events are recorded under
_T = TypeVar("_T")


def close_unconfirmed_erasures(app: App, now: datetime) -> list[int]:
    """Cases whose erasure code expired unanswered: closed, with a notice. Returns outbox ids."""
    outbound: list[int] = []
    with transaction(app.sessions) as session:
        for case in repo.cases_awaiting_confirmation_until(session, now):
            fields: dict[str, Any] = {"confirm_days": app.policy.erasure.confirm_days}
            if repo.confirming_subject_address(case):
                # the code went to the data subject staff set, not to the requester, who
                # asked on their behalf: the notice tells them that that person did not confirm
                fields["for_another_person"] = True
            notice = Reply(MessageKind.RESPONSE, "erasure_not_confirmed", fields)
            # the caps on automatic replies hold here too: forged requests by the hundred
            # must not bring their owner a notice each when their codes expire
            outbound += write_replies(app, session, case, [notice], SCHEDULER, now)
            set_status(session, case, CaseStatus.CLOSED, SCHEDULER)
            case.confirmation_hash = ""
            purge_id_copies(session, case, SCHEDULER, "case_closed")
    return outbound


def purge_finished_id_copies(app: App) -> int:
    with transaction(app.sessions) as session:
        total = 0
        for case in repo.finished_cases_with_id_copies(session):
            total += purge_id_copies(session, case, SCHEDULER, "case_finished")
    return total


def purge_verified_id_copies(app: App, now: datetime) -> int:
    """Verified copies kept for the policy's grace period go when it has passed."""
    cutoff = now - timedelta(hours=app.policy.id_copies.keep_verified_hours)
    total = 0
    with transaction(app.sessions) as session:
        for case in repo.verified_cases_with_id_copies_before(session, cutoff):
            total += purge_id_copies(session, case, SCHEDULER, "grace_ended")
    return total


def purge_mailbox_originals(app: App, now: datetime) -> int:
    """Mail as received (ID copies and all) leaves the mailbox's processed and quarantine
    folders after the policy's days (retention); each deletion tied to a case is in its log.
    A mailbox that cannot be reached is said in one line, and tried again next round."""
    keep = app.policy.retention
    before = {
        which: now - timedelta(days=days)
        for which, days in (("processed", keep.processed_mail_days),
                            ("quarantine", keep.quarantine_mail_days))
        if days > 0
    }  # fmt: skip
    if not before:
        return 0
    source = mailbox_of(app)
    try:
        deleted = _run(source.purge(before))
    except Exception as exc:  # noqa: BLE001 - a mailbox's trouble must not stop housekeeping
        log.warning("retention purge of %s failed (%s)", source.name, described(exc))
        return 0
    total = 0
    with transaction(app.sessions) as session:
        for which, keys in deleted.items():
            total += len(keys)
            for case_id in repo.cases_of_source_keys(session, keys):
                repo.add_event_for(
                    session, case_id, SCHEDULER, EventKind.ORIGINAL_DELETED, folder=which,
                    days=(now - before[which]).days,
                )  # fmt: skip
    if total:
        log.info("retention: %s", {k: len(v) for k, v in deleted.items()})
    return total


def mailbox_of(app: App):  # noqa: ANN201 - a MaildirSource or an ImapSource
    settings = app.settings
    mailbox = settings.mailbox
    if mailbox.scheme == "maildir":
        return MaildirSource(mailbox.path, settings.processed_folder, settings.quarantine_folder)
    return ImapSource(settings, app.sessions)


def _run(work: Coroutine[Any, Any, _T]) -> _T:
    """`work` to its end from synchronous code, also from a thread whose loop is running."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(work)
    with ThreadPoolExecutor(1) as pool:
        return pool.submit(asyncio.run, work).result()


@dataclass(frozen=True)
class Housekeeping:
    """What one round did; `outbound_ids`: the notices written, to deliver."""

    outbound_ids: tuple[int, ...]
    id_copies_deleted: int
    hold_rows_erased: int
    originals_deleted: int = 0


def housekeeping(app: App, now: datetime | None = None) -> Housekeeping:
    now = now or datetime.now(UTC)
    outbound = close_unconfirmed_erasures(app, now)
    purged = purge_finished_id_copies(app) + purge_verified_id_copies(app, now)
    holds = 0
    try:
        report = datamap_for(app.settings.sources).purge_expired_holds(now.date())
        holds = int(report.get("rows", 0)) if isinstance(report, dict) else 0
    except FileNotFoundError:
        log.info("no data map at %s: no legal holds to purge", app.settings.sources)
    originals = purge_mailbox_originals(app, now)
    from worker.cases.restriction_lift import lift_pending

    lifted = lift_pending(app)
    summary = {
        "restrictions_lifted": lifted,
        "closed_unconfirmed": len(outbound),
        "id_copies_deleted": purged,
        "hold_rows_erased": holds,
        "originals_deleted": originals,
    }
    if any(summary.values()):
        log.info("housekeeping: %s", summary)
    return Housekeeping(
        tuple(outbound),
        id_copies_deleted=purged,
        hold_rows_erased=holds,
        originals_deleted=originals,
    )
