"""Outbox row → mail server: the only module that hands mail to a transport.

Idempotent on our own ids: a row already sent is not sent again, whatever dramatiq redelivers.
4xx answers and dropped connections retry with exponential backoff for more than a day; a 5xx
(or retries exhausted) flags the case for staff with the server's answer.
"""

from __future__ import annotations

import logging

import dramatiq

from handlers.context import current_app
from worker.app import App
from worker.domain import Flag
from worker.mail.compose import OutgoingReply, compose
from worker.store import repo
from worker.store.db import transaction
from worker.store.models import utcnow
from worker.transport import PermanentDeliveryError, TemporaryDeliveryError

log = logging.getLogger(__name__)

ONE_MINUTE = 60_000
RETRY_POLICY = {
    # 20 retries from 1 minute doubling to a 2-hour cap: about 30 hours before giving up.
    "max_retries": 20,
    "min_backoff": ONE_MINUTE,
    "max_backoff": 120 * ONE_MINUTE,
}


def deliver(app: App, outbound_id: int) -> str:
    """Send one outbox row. Returns what happened ("sent", "already sent", "failed").
    Raises TemporaryDeliveryError, after recording the attempt, when it should be retried."""
    deferred: TemporaryDeliveryError | None = None
    with transaction(app.sessions) as session:
        row = repo.outbound_for_update(session, outbound_id)
        if row is None:
            log.warning("outbox row %s does not exist", outbound_id)
            return "missing"
        if row.status != "pending":
            return f"already {row.status}"
        case_ref = row.case.ref or ""
        reply = OutgoingReply(
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
        )
        message = compose(reply, utcnow())
        name = f"{case_ref}-{row.id:06d}-{row.kind}"
        row.attempts += 1
        try:
            answer = app.transport.send(message, name)
        except PermanentDeliveryError as exc:
            row.status, row.last_error = "failed", str(exc)
            _flag_delivery_failed(session, row, str(exc))
            log.error("reply %s of case %s refused: permanent", row.id, case_ref)
            return "failed"
        except TemporaryDeliveryError as exc:
            row.last_error = str(exc)[:1000]
            log.warning("reply %s of case %s deferred: %s", row.id, case_ref, type(exc).__name__)
            deferred = exc
        else:
            row.status, row.sent_at, row.server_reply = "sent", utcnow(), answer[:1000]
            row.attachment = None  # the file went out: no copy of it stays with us
            if row.sensitive:
                row.body = "(removed once sent)"
            repo.add_event(session, row.case, "handler:replies", "reply_sent", outbound_id=row.id)
            log.info("reply %s (%s) of case %s sent", row.id, row.kind, case_ref)
    if deferred is not None:  # the attempt is recorded; dramatiq retries with backoff
        raise TemporaryDeliveryError("delivery deferred; see the outbox row") from None
    return "sent"


def _flag_delivery_failed(session, row, answer: str) -> None:  # noqa: ANN001
    case = row.case
    if Flag.DELIVERY_FAILED.value not in case.flags:
        case.flags = [*case.flags, Flag.DELIVERY_FAILED.value]
    repo.add_event(
        session, case, "handler:replies", "reply_failed", outbound_id=row.id, answer=answer[:500]
    )


@dramatiq.actor(queue_name="replies", max_retries=3)
def reply_retries_exhausted(message_data: dict, retry_info: dict) -> None:  # noqa: ARG001
    """Called by dramatiq's Retries middleware when a delivery has failed for the last time."""
    (outbound_id,) = message_data["args"]
    app = current_app()
    with transaction(app.sessions) as session:
        row = repo.outbound_for_update(session, outbound_id)
        if row is not None and row.status == "pending":
            row.status = "failed"
            _flag_delivery_failed(session, row, row.last_error or "retries exhausted")


@dramatiq.actor(
    queue_name="replies",
    throws=(PermanentDeliveryError,),
    on_retry_exhausted=reply_retries_exhausted.actor_name,
    **RETRY_POLICY,
)
def deliver_reply(outbound_id: int) -> None:
    deliver(current_app(), outbound_id)
