"""What every right shares: load the case, act once, record it, reply, finish.

A right function is `(RightContext) -> RightOutcome`, registered for one request type with
`@handles` (one module per right beside this one). `run_right` makes it idempotent on our own ids
(an event `right_done` per type), writes its replies as outbox rows in the same transaction, and
returns their ids for the caller to deliver after commit.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy.orm import Session

from worker.app import App
from worker.case_state import purge_id_copies, set_status
from worker.datamap import DataMap, datamap_for
from worker.domain import CaseStatus, EventKind, Flag, MessageKind, RequestType
from worker.store import repo
from worker.store.db import transaction
from worker.store.models import Case

log = logging.getLogger(__name__)


@dataclass
class Reply:
    kind: MessageKind
    template: str
    extra: dict[str, Any] = field(default_factory=dict)
    attachment: tuple[str, bytes] | None = None
    sensitive: bool = False  # the body is dropped once sent (a password)


@dataclass
class RightOutcome:
    """What a right function did. `done`: this right needs no more automatic work."""

    done: bool
    replies: list[Reply] = field(default_factory=list)
    status: CaseStatus | None = None  # the case's status when not done (e.g. awaiting_confirmation)
    add_flags: tuple[Flag, ...] = ()
    detail: dict[str, Any] = field(default_factory=dict)  # for the event log; no personal data
    event: EventKind = EventKind.RIGHT_PROGRESS  # the event recorded when not done


@dataclass
class RightContext:
    app: App
    session: Session
    case: Case
    right: RequestType
    today: date

    @property
    def email(self) -> str:
        return self.case.requester_email

    @property
    def datamap(self) -> DataMap:
        return datamap_for(self.app.settings.sources)


RightFunction = Callable[[RightContext], RightOutcome]
RIGHT_FUNCTIONS: dict[RequestType, RightFunction] = {}


def handles(right: RequestType) -> Callable[[RightFunction], RightFunction]:
    def register(fn: RightFunction) -> RightFunction:
        RIGHT_FUNCTIONS[right] = fn
        return fn

    return register


def held_for_review(ctx: RightContext) -> RightOutcome | None:
    """Personal data goes out only to a From address our own server authenticated; otherwise
    the case waits for staff (who clear the flag to release it)."""
    if Flag.SENDER_UNVERIFIED.value not in ctx.case.flags:
        return None
    told = any(e.kind == EventKind.RIGHT_HELD for e in ctx.case.events)
    return RightOutcome(
        done=False,
        status=CaseStatus.AWAITING_REVIEW,
        replies=[] if told else [Reply(MessageKind.RESPONSE, "held_for_review")],
        detail={"held": Flag.SENDER_UNVERIFIED.value},
        event=EventKind.RIGHT_HELD,
    )


def address_hash(email: str) -> str:
    return hashlib.sha256(email.strip().lower().encode()).hexdigest()


def suppress(ctx: RightContext, reason: str) -> bool:
    """The requester's address on the suppression list (hashed), so marketing never re-adds it."""
    return repo.suppress(ctx.session, address_hash(ctx.email), reason, ctx.case.id)


def rights_done(case: Case) -> set[str]:
    return {e.detail.get("right", "") for e in case.events if e.kind == EventKind.RIGHT_DONE}


def pending_rights(app: App, case_id: int) -> list[RequestType]:
    """The rights a case in progress still needs, in RequestType order (access before erasure)."""
    with transaction(app.sessions) as session:
        case = repo.case_by_id(session, case_id)
        if case is None or CaseStatus(case.status) is not CaseStatus.IN_PROGRESS:
            return []
        done = rights_done(case)
        return [RequestType(t) for t in case.request_types if t not in done]


def run_right(app: App, case_id: int, right: RequestType, now: datetime | None = None) -> list[int]:
    """Run one right's function on a case, once. Returns the outbox ids to deliver."""
    now = now or datetime.now(UTC)
    with transaction(app.sessions) as session:
        case = repo.case_for_update(session, case_id)  # one handler at a time per case
        if case is None or right.value not in case.request_types:
            return []
        if (
            right.value in rights_done(case)
            or CaseStatus(case.status) is not CaseStatus.IN_PROGRESS
        ):
            return []  # done before, or waiting for the requester or for staff
        ctx = RightContext(app, session, case, right, now.date())
        outcome = RIGHT_FUNCTIONS[right](ctx)
        actor = f"handler:{right.value}"
        if outcome.add_flags:
            new_flags = [f.value for f in outcome.add_flags if f.value not in case.flags]
            case.flags = [*case.flags, *new_flags]
        if outcome.done:
            repo.add_event(
                session, case, actor, EventKind.RIGHT_DONE, right=right.value, **outcome.detail
            )
        elif outcome.detail:
            repo.add_event(session, case, actor, outcome.event, right=right.value, **outcome.detail)
        ids = [
            app.replies.write(
                session,
                case,
                reply.kind,
                extra=reply.extra,
                actor=actor,
                template=reply.template,
                attachment=reply.attachment,
                sensitive=reply.sensitive,
            ).id
            for reply in outcome.replies
        ]
        if outcome.status is not None and not outcome.done:
            set_status(session, case, outcome.status, actor)
        else:
            finish_if_done(session, case, actor)
        log.info(
            "case %s: %s handled (%s)", case.ref, right.value, "done" if outcome.done else "waiting"
        )
    return ids


def finish_if_done(session: Session, case: Case, actor: str) -> None:
    """All rights done: completed, or with staff when a person still has something to do."""
    session.flush()
    session.refresh(case, ["events"])
    if not set(case.request_types) <= rights_done(case):
        return
    staff = any(Flag(f).left_with_staff for f in case.flags)
    new = CaseStatus.AWAITING_REVIEW if staff else CaseStatus.COMPLETED
    set_status(session, case, new, actor)
    if new is CaseStatus.COMPLETED:
        purge_id_copies(session, case, actor, "case_completed")
