"""Lifting a restriction (GDPR art. 18(3)), in two steps: staff decide (`lift_restriction`,
console or command line), which writes the notice to the requester; only once the mail server
took that notice is the restriction undone in the company's data (`lift_after_notice`, called
by the delivery, and by the scheduler's sweep for a lift a crash left undone). A notice that
cannot be delivered leaves the restriction in place, and the case flagged for staff."""

from __future__ import annotations

import logging

from sqlalchemy import select

from worker.app import App
from worker.case_state import add_flags
from worker.cases.rights import rights_done, subject_of
from worker.cases.source_guard import GuardedDataMap, SourceFailure
from worker.cases.staff import NOTE_MAX_CHARS, Decision, StaffError, _case
from worker.datamap import datamap_for
from worker.deadline import today_at
from worker.domain import EventKind, Flag, MessageKind, OutboxStatus, RequestType
from worker.store import repo
from worker.store.db import transaction
from worker.store.models import Case, Event

log = logging.getLogger(__name__)

TEMPLATE = "restriction_lifted"
LIFTER = "handler:restriction"


def lift_state(case: Case) -> str:
    """`none` (nothing restricted by this case), `restricted` (also again when the last notice
    could not be delivered), `announced` (the notice is on its way: lifted once delivered) or
    `lifted`."""
    kinds = [e.kind for e in case.events]
    if EventKind.RESTRICTION_LIFTED in kinds:
        return "lifted"
    announced = [e for e in case.events if e.kind == EventKind.RESTRICTION_LIFT_ANNOUNCED]
    if announced:
        notice = announced[-1].detail.get("outbound_id")
        row = next((m for m in case.outbound if m.id == notice), None)
        if row is None or row.status != OutboxStatus.FAILED.value:
            return "announced"
        # the notice could not be delivered: the restriction stays, staff may try again
    if RequestType.RESTRICTION.value in rights_done(case):
        return "restricted"
    return "none"


def lift_restriction(app: App, ref: str, actor: str, reason: str) -> Decision:
    """Tell the requester, with the reason, that the restriction their case put on their data
    is lifted; the lift itself follows the notice's delivery. Any status: a restriction
    outlives its (completed) case."""
    reason = reason.replace("\r\n", "\n").strip()[:NOTE_MAX_CHARS]
    if not reason:
        raise StaffError("give the reason for lifting the restriction: the requester is told it")
    with transaction(app.sessions) as session:
        case = _case(session, ref)
        state = lift_state(case)
        if state == "none":
            raise StaffError(f"case {ref} restricted nothing (no restriction was carried out)")
        if state != "restricted":
            raise StaffError(f"the restriction of case {ref} is {state} already")
        row = app.replies.write(
            session,
            case,
            MessageKind.STAFF_REPLY,  # a person decided it: no Auto-Submitted
            extra={"lift_date": today_at(app.policy.deadline.timezone), "reason": reason},
            actor=actor,
            template=TEMPLATE,
        )
        note = repo.add_note(session, case, actor, reason)
        repo.add_event(
            session,
            case,
            actor,
            EventKind.RESTRICTION_LIFT_ANNOUNCED,
            outbound_id=row.id,
            note_id=note.id,
        )
        return Decision(case.ref or ref, case.status, outbound_ids=(row.id,))


def lift_after_notice(app: App, outbound_id: int) -> bool:
    """The outbox row `outbound_id` was delivered: if it was a restriction's art. 18(3) notice,
    lift that restriction now. True when a restriction was lifted."""
    with transaction(app.sessions) as session:
        announced = session.scalar(
            select(Event).where(
                Event.kind == EventKind.RESTRICTION_LIFT_ANNOUNCED.value,
                Event.detail["outbound_id"].as_integer() == outbound_id,
            )
        )
        if announced is None:
            return False
        case = repo.case_for_update(session, announced.case_id)
        if case is None or lift_state(case) != "announced":
            return False
        row = next((m for m in case.outbound if m.id == outbound_id), None)
        if row is None or row.status != OutboxStatus.SENT.value:
            return False
        guarded = GuardedDataMap(lambda: datamap_for(app.settings.sources))
        try:
            report = guarded.clear_flags(subject_of(case).email or case.requester_email,
                                         ["restricted"])  # fmt: skip
        except SourceFailure as failure:
            add_flags(case, Flag.SOURCE_FAILED)
            repo.add_event(session, case, LIFTER, EventKind.SOURCE_FAILED, reason=failure.reason)
            return False
        repo.add_event(
            session,
            case,
            LIFTER,
            EventKind.RESTRICTION_LIFTED,
            outbound_id=outbound_id,
            flags=report,
        )
        log.info("case %s: restriction lifted after its notice", case.ref)
        return True


def lift_pending(app: App) -> int:
    """The sweep: restrictions whose notice was delivered but not yet lifted (a crash between
    the two, a source that was down). Returns how many were lifted."""
    with transaction(app.sessions) as session:
        ids = [
            int(e.detail.get("outbound_id", 0))
            for e in session.scalars(
                select(Event).where(Event.kind == EventKind.RESTRICTION_LIFT_ANNOUNCED.value)
            )
        ]
        lifted_ids = {
            int(e.detail.get("outbound_id", 0))
            for e in session.scalars(
                select(Event).where(Event.kind == EventKind.RESTRICTION_LIFTED.value)
            )
        }
    return sum(lift_after_notice(app, i) for i in ids if i not in lifted_ids)
