"""The outbox: a reply written down in the case's thread (worker/outbox.py), then delivered once
(worker/cases/delivery.py) through a transport that accepts, defers or refuses."""

from __future__ import annotations

from email import message_from_bytes
from email.message import EmailMessage
from pathlib import Path

import pytest
from sqlalchemy import select

from tests.unit.conftest import RecordingJobs, request, take_in
from worker.app import App
from worker.cases import delivery
from worker.domain import MessageKind
from worker.outbox import thread_headers
from worker.store import repo
from worker.store.db import transaction
from worker.store.models import Case, Event, OutboundMessage
from worker.transport import PermanentDeliveryError, TemporaryDeliveryError

FIRST = "<r1@mail.example>"


@pytest.fixture
def case_ref(app: App, jobs: RecordingJobs) -> str:
    """A case opened by an opt-out (its acknowledgement pending), then a reply from its
    requester on it."""
    raw = request(
        "Unsubscribe",
        "Please remove me from your newsletter and stop sending me marketing e-mails.",
    )
    outcome = take_in(app, jobs, raw)
    with transaction(app.sessions) as session:
        ack = repo.case_by_ref(session, outcome.case_ref).outbound[0].message_id
    follow = request(
        f"Re: [{outcome.case_ref}]", "Thanks.", message_id="<r2@mail.example>",
        In_Reply_To=ack, References=f"{FIRST} {ack}",
    )  # fmt: skip
    take_in(app, jobs, follow, key="k2")
    return outcome.case_ref


def row(app: App, outbound_id: int) -> OutboundMessage:
    with transaction(app.sessions) as session:
        found = session.get(OutboundMessage, outbound_id)
        _ = found.attachment  # deferred: loaded while bound
        session.expunge(found)
        return found


def write_later(app: App, ref: str, kind: MessageKind = MessageKind.STAFF_REPLY) -> int:
    with transaction(app.sessions) as session:
        case = repo.case_by_ref(session, ref)
        return app.replies.write(session, case, kind, extra={"text": "Done."}, actor="staff:an").id


def test_a_reply_at_intake_answers_that_mail_with_its_whole_chain(app: App, case_ref: str) -> None:
    with transaction(app.sessions) as session:
        case = repo.case_by_ref(session, case_ref)
        ack = case.outbound[0]
        assert (ack.in_reply_to, ack.references) == (FIRST, FIRST)
        assert ack.message_id.endswith("@alsicohightech.com>") and ack.language == "en"


def test_a_reply_written_later_answers_the_latest_mail_and_refers_to_the_first(
    app: App, case_ref: str
) -> None:
    written = row(app, write_later(app, case_ref))
    assert written.in_reply_to == "<r2@mail.example>"
    assert written.references == f"{FIRST} <r2@mail.example>"
    assert written.subject.startswith(f"[{case_ref}] ") and "Done." in written.body
    with transaction(app.sessions) as session:
        case = repo.case_by_ref(session, case_ref)
        assert thread_headers(case, None) == ("<r2@mail.example>", (FIRST,))
        events = session.scalars(select(Event).where(Event.kind == "reply_written")).all()
        assert events[-1].detail == {
            "kind": "staff_reply", "template": "staff_reply", "outbound_id": written.id,
        }  # fmt: skip


def test_a_case_with_one_mail_refers_to_nothing_more() -> None:
    case = Case(inbound=[])
    assert thread_headers(case, None) == ("", ())


def test_delivered_once_whatever_is_asked_twice(app: App, case_ref: str, tmp_path: Path) -> None:
    outbound_id = write_later(app, case_ref)
    assert delivery.deliver(app, outbound_id) == "sent"
    assert delivery.deliver(app, outbound_id) == "already sent"
    assert delivery.deliver(app, 999_999) == "missing"
    (sent,) = (tmp_path / "outbox").glob(f"{case_ref}-{outbound_id:06d}-staff_reply.eml")
    msg = message_from_bytes(sent.read_bytes())
    assert msg["In-Reply-To"] == "<r2@mail.example>" and msg["X-Loop"]
    assert msg["Auto-Submitted"] is None  # a staff reply: a person wrote it (RFC 3834)
    assert row(app, outbound_id).status == "sent"


class Refusing:
    def __init__(self, error: Exception) -> None:
        self.error = error

    def send(self, message: EmailMessage, name: str) -> str:
        raise self.error


def flags_and_events(app: App, ref: str) -> tuple[list[str], list[str]]:
    with transaction(app.sessions) as session:
        case = repo.case_by_ref(session, ref)
        kinds = session.scalars(select(Event.kind).where(Event.case_id == case.id)).all()
        return list(case.flags), list(kinds)


def test_a_refusal_fails_the_row_and_flags_the_case(app: App, case_ref: str) -> None:
    outbound_id = write_later(app, case_ref)
    app.transport = Refusing(PermanentDeliveryError("550 5.1.1 <jan.peeters@mail.example> no"))
    assert delivery.deliver(app, outbound_id) == "failed"
    failed = row(app, outbound_id)
    assert failed.status == "failed" and "jan.peeters" not in failed.last_error
    assert failed.body == delivery.NOT_DELIVERED and failed.attachment is None
    assert (failed.kind, failed.to_addr) == ("staff_reply", "jan.peeters@mail.example")
    flags, kinds = flags_and_events(app, case_ref)
    assert "delivery_failed" in flags and kinds[-1] == "reply_failed"


def test_a_deferral_is_recorded_and_raised_for_the_queue_to_retry(app: App, case_ref: str) -> None:
    outbound_id = write_later(app, case_ref)
    app.transport = Refusing(TemporaryDeliveryError("451 4.3.0 try later"))
    with pytest.raises(TemporaryDeliveryError, match=f"outbox row {outbound_id} deferred"):
        delivery.deliver(app, outbound_id)
    deferred = row(app, outbound_id)
    assert (deferred.status, deferred.attempts, deferred.claimed_until) == ("pending", 1, None)
    assert "451" in deferred.last_error

    delivery.give_up(app, outbound_id)  # the queue's retries are exhausted
    failed = row(app, outbound_id)
    assert failed.status == "failed" and "451" in failed.last_error
    assert failed.body == delivery.NOT_DELIVERED and failed.attachment is None
    flags, kinds = flags_and_events(app, case_ref)
    assert "delivery_failed" in flags and kinds[-1] == "reply_failed"


def test_a_failed_reply_keeps_neither_its_sealed_report_nor_its_password(
    app: App, case_ref: str
) -> None:
    """Security review, finding 8: a reply refused for good kept the report and the password."""
    with transaction(app.sessions) as session:
        case = repo.case_by_ref(session, case_ref)
        report = app.replies.write(
            session, case, MessageKind.STAFF_REPLY, extra={"text": "Your report."},
            attachment=("report.pdf", b"%PDF-1.7 sealed"),
        ).id  # fmt: skip
        password = app.replies.write(
            session, case, MessageKind.STAFF_REPLY, extra={"text": "Password: ab12-cd34"},
            sensitive=True,
        ).id  # fmt: skip
    app.transport = Refusing(PermanentDeliveryError("550 5.7.1 refused"))
    assert delivery.deliver(app, report) == "failed"
    app.transport = Refusing(TemporaryDeliveryError("421 try later"))
    with pytest.raises(TemporaryDeliveryError):
        delivery.deliver(app, password)
    delivery.give_up(app, password)
    with transaction(app.sessions) as session:
        rows = session.execute(
            select(OutboundMessage.attachment, OutboundMessage.body, OutboundMessage.status).where(
                OutboundMessage.id.in_([report, password])
            )
        ).all()
    assert [r.status for r in rows] == ["failed", "failed"]
    assert all(r.attachment is None for r in rows)
    assert not any("ab12-cd34" in r.body or "report" in r.body for r in rows)


def test_the_received_date_is_the_brussels_day() -> None:
    """A mail at 00:30 in Brussels (23:30 UTC the day before) is acknowledged as of that day,
    as its deadline counts from it; in summer Brussels is two hours ahead."""
    from datetime import UTC, date, datetime

    from worker.outbox import local_day

    assert local_day(datetime(2026, 12, 5, 23, 30, tzinfo=UTC), "Europe/Brussels") == date(
        2026, 12, 6
    )
    assert local_day(datetime(2026, 7, 5, 22, 30, tzinfo=UTC), "Europe/Brussels") == date(
        2026, 7, 6
    )
    assert local_day(datetime(2026, 7, 5, 21, 30), "Europe/Brussels") == date(2026, 7, 5)
