"""Outbox row → mail server: the only module that hands mail to a transport.

Idempotent on our own ids: a row already sent is not sent again, whatever dramatiq redelivers.
A 4xx answer or a dropped connection raises TemporaryDeliveryError for the queue to retry (the
actor's retry policy is in handlers/actors.py); a 5xx, or retries exhausted (`give_up`), flags
the case for staff with the server's answer.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from worker.app import App
from worker.case_state import add_flags
from worker.domain import EventKind, Flag, MessageKind, OutboxStatus
from worker.mail.compose import OutgoingReply, compose
from worker.peers import GaveUp, Patience, PeerUnavailable
from worker.store import repo
from worker.store.db import transaction
from worker.store.models import utcnow
from worker.transport import (
    PartialDeliveryError,
    PermanentDeliveryError,
    TemporaryDeliveryError,
    redact_addresses,
)
from worker.transport.sms import send_sms

log = logging.getLogger(__name__)

SMS = "sms:"  # a row's to_addr for a text message: "sms:+32470123456"
CLAIM = timedelta(minutes=10)  # longer than any SMTP dialogue with its time-outs


def deliver(app: App, outbound_id: int) -> str:
    """Send one outbox row. Returns what happened ("sent", "partially sent", "failed",
    "already sent", "already failed", "being sent", "missing"). Raises TemporaryDeliveryError,
    after recording the attempt, when it should be retried; its text names no one (it goes to
    Redis)."""
    now = utcnow()
    with transaction(app.sessions) as session:
        # Claimed in one UPDATE, then sent without a lock: two workers given the same id send
        # once, and the store is never locked for the length of an SMTP dialogue.
        row = repo.claim_outbound(session, outbound_id, now, now + CLAIM)
        if row is None:
            return _not_claimed(repo.outbound_state(session, outbound_id), outbound_id)
    if row.to_addr.startswith(SMS):
        return _send_sms(app, row)
    message = compose(
        OutgoingReply(
            message_id=row.message_id,
            from_addr=app.settings.address,
            from_name=f"{app.policy.company.name} GDPR",
            to_addr=row.to_addr,
            subject=row.subject,
            body=row.body,
            language=row.language,
            in_reply_to=row.in_reply_to,
            references=row.references,
            attachment_name=row.attachment_name,
            attachment=row.attachment,
            auto_submitted=not MessageKind(row.kind).decided_by_a_person,
        ),
        now,
    )
    case_ref = row.case_ref or ""
    name = f"{case_ref}-{row.id:06d}-{row.kind}"

    outcome: Exception | str
    try:
        outcome = app.transport.send(message, name)
    except (PermanentDeliveryError, TemporaryDeliveryError) as exc:
        outcome = exc

    if isinstance(outcome, str):
        _record_sent(app, row.case_id, outbound_id, outcome, claimed_at=now)
        log.info("reply %s (%s) of case %s sent", outbound_id, row.kind, case_ref)
        _after_sent(app, outbound_id)
        return "sent"
    return _not_sent(app, outbound_id, case_ref, outcome)


def _after_sent(app: App, outbound_id: int) -> None:
    """What waited for this reply's delivery: a restriction lifted once its art. 18(3) notice
    went (worker/cases/restriction_lift.py; the scheduler's sweep retries what fails here)."""
    from worker.cases.restriction_lift import lift_after_notice

    try:
        lift_after_notice(app, outbound_id)
    except PeerUnavailable:
        log.warning("reply %s sent; what waited for it is left to the sweep", outbound_id)


def _send_sms(app: App, row) -> str:  # noqa: ANN001
    """A row addressed `sms:NUMBER` (the package's password): through the SMS gateway."""
    now = utcnow()
    outcome: Exception | str
    try:
        if not app.settings.sms_gateway_url:
            raise PermanentDeliveryError("no SMS gateway configured (GDPR_SMS_GATEWAY_URL)")
        outcome = send_sms(app.settings.sms_gateway_url, row.to_addr[len(SMS) :], row.body)
    except (PermanentDeliveryError, TemporaryDeliveryError) as exc:
        outcome = exc
    if isinstance(outcome, str):
        _record_sent(app, row.case_id, row.id, outcome, claimed_at=now)
        log.info("reply %s (%s) of case %s sent by SMS", row.id, row.kind, row.case_ref or "")
        return "sent"
    return _not_sent(app, row.id, row.case_ref or "", outcome)


def waiting_on(app: App, outbound_id: int) -> list[int]:
    """The rows that may go now that `outbound_id` was delivered (a package's password)."""
    with transaction(app.sessions) as session:
        return repo.waiting_on(session, outbound_id)


def _record_sent(
    app: App, case_id: int, outbound_id: int, answer: str, *, claimed_at: datetime
) -> None:
    """The server took the reply: it must be recorded, or the reply would be sent again once
    its claim runs out. An outage of the case store is waited out while the claim holds."""
    patience = Patience(limit=(CLAIM * 0.8 - (utcnow() - claimed_at)).total_seconds())
    while True:
        try:
            with transaction(app.sessions) as session:
                _mark_sent(session, case_id, outbound_id, answer)
            return
        except PeerUnavailable as exc:
            try:
                patience.wait_sync(exc)
            except GaveUp:
                log.error("reply %s was sent but cannot be recorded: it may be sent again",
                          outbound_id)  # fmt: skip
                raise exc from None


def _not_claimed(state: tuple[str, datetime | None] | None, outbound_id: int) -> str:
    if state is None:
        log.warning("outbox row %s does not exist", outbound_id)
        return "missing"
    status, _claimed_until = state
    if status != OutboxStatus.PENDING:
        return f"already {status}"
    return "being sent"


def _not_sent(app: App, outbound_id: int, case_ref: str, outcome: Exception) -> str:
    """Record a refused or deferred delivery; raises TemporaryDeliveryError to be retried."""
    with transaction(app.sessions) as session:
        row = repo.outbound_for_update(session, outbound_id)
        assert row is not None
        row.claimed_until = None
        row.last_error = _clean(outcome)
        if isinstance(outcome, PartialDeliveryError):
            # Taken for some recipients: sent (a retry would reach those twice), and flagged.
            _mark_sent(session, row.case_id, row.id, outcome.answer)
            _flag_delivery_failed(session, row, row.last_error)
            log.error("reply %s of case %s partially refused", row.id, case_ref)
            return "partially sent"
        if isinstance(outcome, PermanentDeliveryError):
            _fail(row)
            repo.drop_waiting(session, row.id)  # a package's password never goes alone
            _flag_delivery_failed(session, row, row.last_error)
            log.error("reply %s of case %s refused: permanent", row.id, case_ref)
            return "failed"
        log.warning(
            "reply %s of case %s deferred (attempt %s): %s",
            row.id, case_ref, row.attempts, row.last_error,
        )  # fmt: skip
    # the attempt is recorded; dramatiq retries with backoff
    raise TemporaryDeliveryError(f"delivery of outbox row {outbound_id} deferred")


NOT_DELIVERED = "(removed: not delivered)"


def _fail(row) -> None:  # noqa: ANN001 - an OutboundMessage, locked
    """Failed for good: what staff need stays (kind, recipient, subject, the server's reason);
    the attachment (a sealed report) and the body (a password, a code, the requester's data)
    do not outlive the attempt, as they would not outlive a successful one."""
    row.status = OutboxStatus.FAILED.value
    row.attachment = None
    row.body = NOT_DELIVERED


def _clean(exc: Exception) -> str:
    """An error's text as it may be stored: no addresses, bounded."""
    return redact_addresses(str(exc))[:1000]


def _mark_sent(session, case_id: int, outbound_id: int, answer: str) -> None:  # noqa: ANN001
    repo.mark_outbound_sent(session, outbound_id, answer)
    repo.add_event_for(
        session,
        case_id,
        "handler:replies",
        EventKind.REPLY_SENT,
        outbound_id=outbound_id,
        answer=redact_addresses(answer)[:500],
    )


def _flag_delivery_failed(session, row, answer: str) -> None:  # noqa: ANN001
    case = row.case
    add_flags(case, Flag.DELIVERY_FAILED)
    repo.add_event(
        session,
        case,
        "handler:replies",
        EventKind.REPLY_FAILED,
        outbound_id=row.id,
        answer=redact_addresses(answer)[:500],
    )


def give_up(app: App, outbound_id: int) -> None:
    """A delivery failed for the last time: the row is failed and its case flagged for staff."""
    with transaction(app.sessions) as session:
        row = repo.outbound_for_update(session, outbound_id)
        if row is not None and row.status == OutboxStatus.PENDING:
            _fail(row)
            repo.drop_waiting(session, row.id)
            answer = f"retries exhausted after {row.attempts} attempts: {row.last_error}"
            _flag_delivery_failed(session, row, answer)
            log.error("reply %s of case %s: retries exhausted", row.id, row.case.ref)
