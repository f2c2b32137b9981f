"""The scheduler's work, run on start-up and then periodically: erasure confirmations that never
came close their case; ID copies of finished cases go; data whose legal hold ended is erased.
The notices it writes are returned as outbox ids, for the caller to deliver after commit."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from worker.app import App
from worker.case_state import purge_id_copies, set_status
from worker.datamap import datamap_for
from worker.domain import CaseStatus, MessageKind
from worker.store import repo
from worker.store.db import transaction

log = logging.getLogger(__name__)

SCHEDULER = "scheduler"  # the actor its events are recorded under


def close_unconfirmed_erasures(app: App, now: datetime) -> list[int]:
    """Cases whose erasure code expired unanswered: closed, with a notice. Returns outbox ids."""
    outbound: list[int] = []
    with transaction(app.sessions) as session:
        for case in repo.cases_awaiting_confirmation_until(session, now):
            row = app.replies.write(
                session,
                case,
                MessageKind.RESPONSE,
                extra={"confirm_days": app.policy.erasure.confirm_days},
                actor=SCHEDULER,
                template="erasure_not_confirmed",
            )
            outbound.append(row.id)
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


@dataclass(frozen=True)
class Housekeeping:
    """What one round did; `outbound_ids`: the notices written, to deliver."""

    outbound_ids: tuple[int, ...]
    id_copies_deleted: int
    hold_rows_erased: int


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
    summary = {
        "closed_unconfirmed": len(outbound),
        "id_copies_deleted": purged,
        "hold_rows_erased": holds,
    }
    if any(summary.values()):
        log.info("housekeeping: %s", summary)
    return Housekeeping(tuple(outbound), id_copies_deleted=purged, hold_rows_erased=holds)
