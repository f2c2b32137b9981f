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
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from typing import Any, cast

from sqlalchemy.orm import Session

from worker.app import App
from worker.backscatter import replies_allowed
from worker.case_state import add_flags, purge_id_copies, set_status
from worker.cases.source_guard import GuardedDataMap, SourceFailure
from worker.confirmation import code_hash, new_code
from worker.datamap import DataMap, datamap_for
from worker.domain import (
    CaseStatus,
    DataSubject,
    EventKind,
    Flag,
    MessageKind,
    OutboxStatus,
    Proof,
    RequestType,
    data_subject_of,
)
from worker.mail.addresses import echoable_name
from worker.marketing import direct_marketing_only
from worker.proof import Authorisation, Evidence, authorise
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
    to: str = ""  # default: the requester's address; "sms:NUMBER": a text message
    after_previous: bool = False  # sent only once the reply before it was delivered


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
        """Where the company's data is looked for: the data subject's address (staff may have
        set another person's, `cases subject`), else the sender's."""
        return subject_of(self.case).email or self.case.requester_email

    @property
    def datamap(self) -> DataMap:
        """The company's data; a source's failure raises SourceFailure (source_guard.py)."""
        sources = self.app.settings.sources
        return cast(DataMap, GuardedDataMap(lambda: datamap_for(sources)))


RightFunction = Callable[[RightContext], RightOutcome]
RIGHT_FUNCTIONS: dict[RequestType, RightFunction] = {}


# A right's low-harm part, done at once without proof while the rest waits for it (stopping
# marketing harms no one): it returns its event detail.
LowHarmPart = Callable[[RightContext], dict[str, Any]]
LOW_HARM_PARTS: dict[RequestType, LowHarmPart] = {}


def low_harm_part(right: RequestType) -> Callable[[LowHarmPart], LowHarmPart]:
    def register(fn: LowHarmPart) -> LowHarmPart:
        LOW_HARM_PARTS[right] = fn
        return fn

    return register


def handles(right: RequestType) -> Callable[[RightFunction], RightFunction]:
    def register(fn: RightFunction) -> RightFunction:
        RIGHT_FUNCTIONS[right] = fn
        return fn

    return register


def subject_of(case: Case) -> DataSubject:
    return data_subject_of(case.framing, case.requester_email, case.requester_name)


def evidence_of(case: Case) -> Evidence:
    """What has been proven about the person behind the case (worker.proof). For another person
    than the sender, a mailbox confirmation counts only when it came from the data subject's
    own address after staff set them (`subject_confirmed`)."""
    subject = subject_of(case)
    another = not subject.is_sender
    confirmed = case.mailbox_confirmed_at is not None
    return Evidence(
        sender_authenticated=case.sender_authenticated,
        mailbox_confirmed=subject_confirmed(case) if another else confirmed,
        staff_approved=bool(case.approved_by),
        for_another_person=another,
        subject_address_known=bool(subject.email),
    )


def subject_confirmed(case: Case) -> bool:
    """The data subject (another person than the sender) typed our code back from their own
    address: the last confirmation since staff last set the data subject was theirs (intake
    marks it `data_subject`); a confirmation of the sender's never counts for them."""
    if case.mailbox_confirmed_at is None:
        return False
    confirmations = [
        e for e in repo.events_since_subject_set(case) if e.kind == EventKind.MAILBOX_CONFIRMED
    ]
    return bool(confirmations) and bool((confirmations[-1].detail or {}).get("data_subject"))


def confirmation_address(case: Case) -> str:
    """Whose mailbox confirms the case's changes: the data subject's when staff set another
    person (with their address), else the sender's. "" when the data subject has none."""
    subject = subject_of(case)
    return case.requester_email if subject.is_sender else subject.email


def direct_marketing_case(case: Case) -> bool:
    """The case's objection speaks only of direct marketing (art. 21(2)-(3)): done at once on
    every channel, without proof, like an opt-out (worker/marketing.py)."""
    return RequestType.OBJECTION.value in case.request_types and direct_marketing_only(
        (case.evidence or {}).get(RequestType.OBJECTION.value, ())
    )


NO_PROOF: tuple[frozenset[Proof], ...] = (frozenset(),)


def authorisation(app: App, case: Case, right: RequestType) -> Authorisation:
    """The one rule every path goes through before a right acts on the company's data. An
    objection to direct marketing alone needs no proof, whatever the policy (art. 21(3))."""
    if right is RequestType.OBJECTION and direct_marketing_case(case):
        return authorise(NO_PROOF, evidence_of(case))
    return authorise(app.policy.proof.alternatives(right), evidence_of(case))


def needs_no_proof(app: App, case: Case, right: RequestType) -> bool:
    """The right may act on nothing but the request (an opt-out, an objection to direct
    marketing, a complaint): run first, so that a right waiting for its proof never holds it."""
    return authorise(
        NO_PROOF
        if right is RequestType.OBJECTION and direct_marketing_case(case)
        else app.policy.proof.alternatives(right),
        Evidence(sender_authenticated=False, mailbox_confirmed=False, staff_approved=False),
    ).allowed


def _needs_confirmation(app: App, right: str) -> bool:
    return any(
        Proof.MAILBOX_CONFIRMATION in alt
        for alt in app.policy.proof.alternatives(RequestType(right))
    )


def low_harm_first(ctx: RightContext) -> bool:
    """The low-harm parts of the case's pending rights, done now (once each) while the rest
    waits for its proof. True when one was done now."""
    case, done_now = ctx.case, False
    already = {e.detail.get("right") for e in case.events if e.kind == EventKind.LOW_HARM_DONE}
    for name in case.request_types:
        right = RequestType(name)
        if right not in LOW_HARM_PARTS or name in already or name in rights_done(case):
            continue
        detail = LOW_HARM_PARTS[right](replace(ctx, right=right))
        repo.add_event(
            ctx.session, case, f"handler:{name}", EventKind.LOW_HARM_DONE, right=name, **detail
        )
        done_now = True
    return done_now


def obtain_proof(ctx: RightContext, verdict: Authorisation) -> RightOutcome:
    """The right may not act yet: ask the owner of the address to confirm, or hold the case for
    a person, saying which proof is missing. What is harmless is done meanwhile, and the mail
    says so."""
    case, policy = ctx.case, ctx.app.policy
    missing = [p.value for p in verdict.missing]
    stopped = {"marketing_stopped": low_harm_first(ctx)}
    exhausted = case.confirmation_wrong_tries >= policy.confirmation.max_wrong_tries
    if verdict.next_proof is Proof.MAILBOX_CONFIRMATION and not exhausted:
        if case.confirmation_hash:  # a code is out already: wait for it
            return RightOutcome(done=False, status=CaseStatus.AWAITING_CONFIRMATION)
        reply, detail = confirmation_request(ctx.app, case, stopped)
        return RightOutcome(
            done=False,
            status=CaseStatus.AWAITING_CONFIRMATION,
            replies=[reply],
            detail={"missing": missing, **detail},
            event=EventKind.CONFIRMATION_ASKED,
        )
    flags: tuple[Flag, ...] = ()
    if not case.sender_authenticated:
        flags += (Flag.SENDER_UNVERIFIED,)
    held_detail: dict[str, Any] = {"missing": missing}
    if verdict.reason:
        held_detail["reason"] = verdict.reason
    if exhausted:
        flags += (Flag.CONFIRMATION_FAILED,)
    # a correction always waits for a person, who applies it (`cases rectify`)
    pending = ctx.right is RequestType.RECTIFICATION
    if pending:
        flags += (Flag.RECTIFICATION_PENDING,)
    template = "rectification_pending" if pending else "held_for_review"
    told = any(
        e.kind == EventKind.RIGHT_HELD and e.detail.get("right") == ctx.right.value
        for e in case.events
    ) or (not pending and any(e.kind == EventKind.RIGHT_HELD for e in case.events))
    return RightOutcome(
        done=False,
        status=CaseStatus.AWAITING_REVIEW,
        replies=[] if told else [Reply(MessageKind.RESPONSE, template, stopped)],
        add_flags=flags,
        detail=held_detail,
        event=EventKind.RIGHT_HELD,
    )


def confirmation_actions(app: App, case: Case) -> list[str]:
    """The case's rights not done yet that the owner of the address confirms (policy)."""
    done = rights_done(case)
    return [t for t in case.request_types if t not in done and _needs_confirmation(app, t)]


def confirmation_request(
    app: App, case: Case, extra: dict[str, Any] | None = None
) -> tuple[Reply, dict[str, Any]]:
    """A fresh code for the case (only its hash is kept) and the confirmation mail that carries
    it, to `confirmation_address`: the sender's, or the data subject's when staff set another
    person; that mail then says who asked on their behalf (the name only when short and plain)
    and that a "no" cancels it. Returns the reply and the event's detail."""
    days = app.policy.erasure.confirm_days
    token = new_code()
    case.confirmation_hash = code_hash(token)
    case.confirmation_expires_at = datetime.now(UTC) + timedelta(days=days)
    actions = confirmation_actions(app, case)
    fields: dict[str, Any] = {"token": token, "confirm_days": days, "actions": actions}
    detail: dict[str, Any] = {"valid_days": days, "actions": actions}
    to = ""
    subject = subject_of(case)
    if not subject.is_sender:
        to = subject.email
        fields.update(
            for_another_person=True,
            requester_name=echoable_name(subject.name),  # the greeting: the data subject
            representative=echoable_name(case.requester_name),
        )
        detail["to_data_subject"] = True
    reply = Reply(
        MessageKind.CONFIRMATION_REQUEST,
        "confirmation_request",
        {**fields, **(extra or {})},
        sensitive=True,  # the code lives on only as its hash
        to=to,
    )
    return reply, detail


def source_failed_outcome(failure: SourceFailure) -> RightOutcome:
    """The company's data could not be used (a source down, its schema changed): nothing more
    is done automatically; staff see why, and approving the case runs its rights again (what
    a right did before it failed is not done twice: every data map operation is idempotent)."""
    return RightOutcome(
        done=False,
        status=CaseStatus.AWAITING_REVIEW,
        add_flags=(Flag.SOURCE_FAILED,),
        detail={"reason": failure.reason},
        event=EventKind.SOURCE_FAILED,
    )


def address_hash(email: str) -> str:
    return hashlib.sha256(email.strip().lower().encode()).hexdigest()


def suppress(ctx: RightContext, reason: str) -> bool:
    """The requester's address on the suppression list (hashed), so marketing never re-adds it."""
    return repo.suppress(ctx.session, address_hash(ctx.email), reason, ctx.case.id)


def rights_done(case: Case) -> set[str]:
    """The rights done on the case (a right reopened, by a reply that widens an opt-out, is
    not done until it ran again)."""
    done: set[str] = set()
    for e in case.events:
        if e.kind == EventKind.RIGHT_DONE:
            done.add(e.detail.get("right", ""))
        elif e.kind == EventKind.RIGHT_REOPENED:
            done.discard(e.detail.get("right", ""))
    return done


def pending_rights(app: App, case_id: int) -> list[RequestType]:
    """The rights a case in progress still needs: those that need no proof first (stopping
    marketing never waits for an erasure's code), then in RequestType order (access before
    erasure)."""
    with transaction(app.sessions) as session:
        case = repo.case_by_id(session, case_id)
        if case is None or CaseStatus(case.status) is not CaseStatus.IN_PROGRESS:
            return []
        done = rights_done(case)
        pending = [RequestType(t) for t in case.request_types if t not in done]
        pending.sort(key=lambda r: (not needs_no_proof(app, case, r), list(RequestType).index(r)))
        return pending


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
        verdict = authorisation(app, case, right)
        try:  # a source that fails: the case goes to staff, flagged (source_failed_outcome)
            if verdict.allowed:
                outcome = RIGHT_FUNCTIONS[right](ctx)
                outcome.detail["proof"] = verdict.describe()  # what the decision rested on
            else:
                outcome = obtain_proof(ctx, verdict)
        except SourceFailure as failure:
            outcome = source_failed_outcome(failure)
        actor = f"handler:{right.value}"
        add_flags(case, *outcome.add_flags)
        if outcome.done:
            repo.add_event(
                session, case, actor, EventKind.RIGHT_DONE, right=right.value, **outcome.detail
            )
        elif outcome.detail:
            repo.add_event(session, case, actor, outcome.event, right=right.value, **outcome.detail)
        ids = write_replies(app, session, case, outcome.replies, actor, now)
        if outcome.status is not None and not outcome.done:
            set_status(session, case, outcome.status, actor)
        else:
            finish_if_done(session, case, actor)
        log.info(
            "case %s: %s handled (%s)", case.ref, right.value, "done" if outcome.done else "waiting"
        )
    return ids


def write_replies(
    app: App, session: Session, case: Case, replies: list[Reply], actor: str, now: datetime
) -> list[int]:
    """Write the replies to the outbox, as far as the caps on automatic replies allow
    (`within_reply_caps`; past them the case is flagged reply_limit). Returns their ids."""
    kept = within_reply_caps(app, session, case, replies, now)
    if len(kept) < len(replies):
        add_flags(case, Flag.REPLY_LIMIT)
    ids: list[int] = []
    for reply in kept:
        row = app.replies.write(
            session,
            case,
            reply.kind,
            extra=reply.extra,
            actor=actor,
            template=reply.template,
            attachment=reply.attachment,
            sensitive=reply.sensitive,
            to=reply.to,
        )
        if reply.after_previous and ids:
            row.after_id = ids[-1]
        ids.append(row.id)
    return ids


def within_reply_caps(
    app: App, session: Session, case: Case, replies: list[Reply], now: datetime
) -> list[Reply]:
    """The replies a right may write now to the requester. On a case nobody vouched for (our
    server did not authenticate its sender, no person approved it) the forged mail alone would
    make us write them, so they count against the same caps as intake's own replies
    (worker/backscatter.py, the security review's finding 7): past the caps they are not written
    and the case is flagged (reply_limit) for staff. A reply that folds into a mail of this
    moment not yet sent (worker/cases/moment.py) adds no mail. A reply to another address (the
    data subject or a new contact address staff gave, a text message) goes where a person
    decided, and is not counted here."""
    if not any(not r.to for r in replies) or case.sender_authenticated or case.approved_by:
        return replies
    folds = any(
        r.status == OutboxStatus.PENDING.value
        and r.attempts == 0
        and r.to_addr == case.requester_email
        for r in case.outbound
    )
    if folds:
        return replies
    allowed = replies_allowed(
        session, app.policy.replies, case.requester_email, since=now, authenticated=False
    )
    kept = []
    for reply in replies:
        if reply.to or allowed > 0:
            kept.append(reply)
            allowed -= not reply.to
    return kept


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
