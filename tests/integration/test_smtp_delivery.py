"""worker/cases/delivery.py against real aiosmtpd servers: an outbox row delivered once through an
outage, a 5xx flags the case, each attempt recorded with texts that name no one; and the dramatiq
path (StubBroker + an in-process Worker, the real deliver_reply actor, given the test's App)
retrying 451 with backoff.

`handlers` is imported inside the tests: importing it declares the actors on the broker that
GDPR_BROKER_URL names at that moment, and the environment is clean only once a test runs."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import dramatiq
import pytest
from dramatiq.brokers.stub import StubBroker
from dramatiq.middleware import Retries
from sqlalchemy import select

from config.settings import load_settings
from tests.integration.smtp_servers import (
    RecordingHandler,
    SmtpServer,
    closed_port,
    make_pki,
)
from worker.app import App, build_app
from worker.mail.compose import new_message_id
from worker.store import repo
from worker.store.db import transaction
from worker.store.models import Case, Event, OutboundMessage, utcnow
from worker.transport import TemporaryDeliveryError
from worker.transport.smtp import SmtpTransport

pytestmark = pytest.mark.integration

REQUESTER = "jan.peeters@mail.example"
OTHER = "an.janssens@mail.example"


@dataclass
class Outbox:
    """A case with one pending reply, in an App whose transport is SMTP to a given server."""

    app: App
    case_id: int
    outbound_id: int

    def row(self) -> OutboundMessage:
        with transaction(self.app.sessions) as s:
            row = s.get(OutboundMessage, self.outbound_id)
            assert row is not None
            s.expunge(row)
            return row

    def case(self) -> Case:
        with transaction(self.app.sessions) as s:
            case = s.get(Case, self.case_id)
            assert case is not None
            s.expunge(case)
            return case

    def events(self) -> list[Event]:
        with transaction(self.app.sessions) as s:
            events = list(s.scalars(select(Event).where(Event.case_id == self.case_id)))
            s.expunge_all()
            return events


def make_outbox(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, smtp_url: str) -> Outbox:
    monkeypatch.setenv("GDPR_DATABASE_URL", f"sqlite:///{tmp_path / 'gdpr.sqlite3'}")
    monkeypatch.setenv("GDPR_SMTP_URL", smtp_url)
    monkeypatch.setenv("GDPR_ID_KEY_FILE", str(tmp_path / "id-copies.key"))
    app = build_app(load_settings())
    app.upgrade_schema()
    with transaction(app.sessions) as s:
        case = repo.create_case(
            s,
            received_at=utcnow(),
            status="awaiting_id",
            language="en",
            requester_email=REQUESTER,
            requester_name="Jan Peeters",
            deadline=date(2026, 12, 25),
            id_status="missing",
        )
        row = repo.add_outbound(
            s,
            case_id=case.id,
            kind="acknowledgement",
            language="en",
            message_id=new_message_id(app.settings.address, "acknowledgement"),
            to_addr=REQUESTER,
            subject=f"[{case.ref}] We received your request",
            body="Dear Jan Peeters,\n\nwe received your request.\n",
            in_reply_to="<request.1@mail.example>",
            references="<request.1@mail.example>",
        )
        ids = case.id, row.id
    return Outbox(app, *ids)


def deliver(app: App, outbound_id: int) -> str:
    from worker.cases.delivery import deliver

    return deliver(app, outbound_id)


def our_logs(caplog: pytest.LogCaptureFixture) -> str:
    """What gdpr-worker logged (aiosmtpd's own debug log of the dialogue is the server's)."""
    return "\n".join(
        r.getMessage() for r in caplog.records if r.name.startswith(("worker", "handlers"))
    )


def pd_free(text: str) -> bool:
    return REQUESTER not in text and "@mail.example" not in text and "Peeters" not in text


# --- deliver() ----------------------------------------------------------------------------------


def test_sent_once_with_the_servers_answer_and_idempotent(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with SmtpServer() as server:
        box = make_outbox(tmp_path, monkeypatch, server.url())
        assert isinstance(box.app.transport, SmtpTransport)
        assert deliver(box.app, box.outbound_id) == "sent"
        assert deliver(box.app, box.outbound_id) == "already sent"  # a redelivered job
    (got,) = server.received
    assert got.rcpt_tos == (REQUESTER,) and got.mail_from == box.app.settings.address
    assert b"Auto-Submitted: auto-replied" in got.content
    row = box.row()
    assert (row.status, row.attempts) == ("sent", 1)
    assert row.server_reply == "250 2.0.0 Ok: queued as TEST1"
    assert row.message_id.encode() in got.content
    assert [e.kind for e in box.events()] == ["reply_sent"]
    assert box.case().flags == []


@pytest.mark.parametrize(
    "answer",
    [
        "421 4.3.2 Service not available, closing transmission channel",
        f"451 4.7.1 <{REQUESTER}>: Recipient address rejected: greylisted",
    ],
)
def test_outage_then_recovery_delivers_exactly_once(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    answer: str,
) -> None:
    handler = RecordingHandler(
        failures=[answer] * 2, fail_at="MAIL" if answer[:3] == "421" else "RCPT"
    )
    caplog.set_level(logging.INFO)
    with SmtpServer(handler) as server:
        box = make_outbox(tmp_path, monkeypatch, server.url())
        for attempt in (1, 2):  # what dramatiq's retries do, without waiting for them
            with pytest.raises(TemporaryDeliveryError) as err:
                deliver(box.app, box.outbound_id)
            assert pd_free(str(err.value))
            row = box.row()
            assert (row.status, row.attempts) == ("pending", attempt)
            assert answer[:9] in row.last_error and pd_free(row.last_error)
            assert server.received == []
        assert deliver(box.app, box.outbound_id) == "sent"
        assert deliver(box.app, box.outbound_id) == "already sent"
    assert len(server.received) == 1 and handler.transactions == 3
    row = box.row()
    assert (row.status, row.attempts) == ("sent", 3)
    assert box.case().flags == []
    assert pd_free(our_logs(caplog))


def test_5xx_is_not_retried_and_flags_the_case_with_the_answer(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    answer = f"550 5.1.1 <{REQUESTER}>: Recipient address rejected: User unknown"
    handler = RecordingHandler(failures=[answer] * 5, fail_at="RCPT")
    with SmtpServer(handler) as server:
        box = make_outbox(tmp_path, monkeypatch, server.url())
        assert deliver(box.app, box.outbound_id) == "failed"
        assert deliver(box.app, box.outbound_id) == "already failed"
    assert server.received == [] and handler.transactions == 1
    row = box.row()
    assert (row.status, row.attempts) == ("failed", 1)
    expected = "recipient refused: 550 5.1.1 <<address>>: Recipient address rejected: User unknown"
    assert row.last_error == expected
    assert box.case().flags == ["delivery_failed"]
    (event,) = box.events()
    assert event.kind == "reply_failed"
    assert event.detail == {"outbound_id": box.outbound_id, "answer": expected}
    assert pd_free(our_logs(caplog))


def test_connection_refused_is_temporary(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    box = make_outbox(tmp_path, monkeypatch, f"smtp://127.0.0.1:{closed_port()}")
    with pytest.raises(TemporaryDeliveryError):
        deliver(box.app, box.outbound_id)
    row = box.row()
    assert (row.status, row.attempts) == ("pending", 1)
    assert row.last_error.startswith("SMTPConnectError: ")
    assert box.case().flags == []


def test_starttls_required_but_not_offered_is_not_delivered(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with SmtpServer() as server:
        box = make_outbox(tmp_path, monkeypatch, server.url("smtp+starttls"))
        with pytest.raises(TemporaryDeliveryError):
            deliver(box.app, box.outbound_id)
    assert server.received == [] and server.handler.transactions == 0
    assert "STARTTLS" in box.row().last_error


def test_smtps_with_auth_through_the_app(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pki = make_pki()
    with SmtpServer(implicit_tls=pki.server_context(), credentials=("relay", "s3cret")) as server:
        box = make_outbox(tmp_path, monkeypatch, server.url("smtps", "relay", "s3cret"))
        url = load_settings().smtp
        box.app.transport = SmtpTransport(url, tls_context=pki.client_context())
        assert deliver(box.app, box.outbound_id) == "sent"
    (got,) = server.received
    assert got.tls and got.login == "relay"


def test_partial_refusal_counts_as_sent_and_flags_the_case(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A reply addressed to two people (a multi-recipient message built here): one refused.
    The other has it, so it is not sent again; staff see the refusal."""
    handler = RecordingHandler(refuse={OTHER: f"550 5.1.1 <{OTHER}>: User unknown"})
    with SmtpServer(handler) as server:
        box = make_outbox(tmp_path, monkeypatch, server.url())
        with transaction(box.app.sessions) as s:
            row = s.get(OutboundMessage, box.outbound_id)
            assert row is not None
            row.to_addr = f"{REQUESTER}, {OTHER}"
        assert deliver(box.app, box.outbound_id) == "partially sent"
        assert deliver(box.app, box.outbound_id) == "already sent"
    assert [r.rcpt_tos for r in server.received] == [(REQUESTER,)]
    row = box.row()
    assert row.status == "sent" and row.server_reply.startswith("250 ")
    assert row.last_error == "recipient refused: 550 5.1.1 <<address>>: User unknown"
    assert box.case().flags == ["delivery_failed"]
    assert [e.kind for e in box.events()] == ["reply_sent", "reply_failed"]


def test_retry_policy_lasts_at_least_a_day() -> None:
    """The least time dramatiq's Retries can take over all retries of RETRY_POLICY, jitter at its
    most unfavourable (dramatiq.common.compute_backoff: factor·2^n·[1, 2], and past the cap
    max_backoff·[0.5, 1])."""
    from handlers.actors import RETRY_POLICY

    factor, cap = RETRY_POLICY["min_backoff"], RETRY_POLICY["max_backoff"]
    least = 0
    for n in range(RETRY_POLICY["max_retries"]):
        low = factor * 2**n
        least += min(low, cap // 2) if 2 * low > cap else low
    assert least >= 24 * 3_600_000, least / 3_600_000


# --- the dramatiq path ------------------------------------------------------------------------


class TracebackRecorder(dramatiq.Middleware):
    """Keeps what dramatiq's Retries middleware stores with a retried message (in Redis, in
    production): the traceback of each failure."""

    def __init__(self) -> None:
        self.tracebacks: list[str] = []

    def after_process_message(self, broker, message, *, result=None, exception=None):  # noqa: ANN001
        if exception is not None:
            self.tracebacks.append(message.options.get("traceback", ""))


def actors_use(app: App, monkeypatch: pytest.MonkeyPatch) -> None:
    """The actors work with `app` (instead of one built from the process's settings)."""
    from handlers import actors

    monkeypatch.setattr(actors, "current_app", lambda: app)


@pytest.fixture
def in_process_worker() -> Iterator[tuple[dramatiq.Broker, TracebackRecorder]]:
    from handlers.actors import deliver_reply

    broker = deliver_reply.broker
    if not isinstance(broker, StubBroker):  # pragma: no cover - GDPR_BROKER_URL set at import
        pytest.skip("handlers were imported with a Redis broker")
    recorder = TracebackRecorder()
    # dramatiq runs after_* hooks last-added first: placed before Retries, this one runs after it.
    broker.add_middleware(recorder, before=Retries)
    broker.flush_all()
    worker = dramatiq.Worker(broker, worker_threads=1, worker_timeout=50)
    worker.start()
    try:
        yield broker, recorder
    finally:
        worker.stop()
        # A Worker leaves its middleware on the broker; the next test's Worker adds its own.
        for middleware in [m for m in broker.middleware if getattr(m, "worker", None) is worker]:
            broker.middleware.remove(middleware)
        broker.middleware.remove(recorder)
        broker.flush_all()


def test_dramatiq_retries_451_with_backoff_and_delivers_once(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    in_process_worker: tuple[dramatiq.Broker, TracebackRecorder],
) -> None:
    from handlers.actors import deliver_reply

    broker, recorder = in_process_worker
    handler = RecordingHandler(
        failures=[f"451 4.3.0 <{REQUESTER}>: try again later"] * 2, fail_at="DATA"
    )
    with SmtpServer(handler) as server:
        box = make_outbox(tmp_path, monkeypatch, server.url())
        actors_use(box.app, monkeypatch)
        deliver_reply.send_with_options(args=(box.outbound_id,), min_backoff=20, max_backoff=100)
        broker.join(deliver_reply.queue_name, timeout=20_000, fail_fast=True)
    assert len(server.received) == 1 and handler.transactions == 3
    row = box.row()
    assert (row.status, row.attempts) == ("sent", 3)
    assert len(recorder.tracebacks) == 2
    for tb in recorder.tracebacks:
        assert "TemporaryDeliveryError: delivery of outbox row" in tb
        assert pd_free(tb), tb


def test_dramatiq_does_not_retry_a_5xx(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    in_process_worker: tuple[dramatiq.Broker, TracebackRecorder],
) -> None:
    from handlers.actors import deliver_reply

    broker, recorder = in_process_worker
    handler = RecordingHandler(failures=["554 5.7.1 rejected"] * 5, fail_at="DATA")
    with SmtpServer(handler) as server:
        box = make_outbox(tmp_path, monkeypatch, server.url())
        actors_use(box.app, monkeypatch)
        deliver_reply.send_with_options(args=(box.outbound_id,), min_backoff=20, max_backoff=100)
        broker.join(deliver_reply.queue_name, timeout=20_000, fail_fast=True)
    assert handler.transactions == 1 and recorder.tracebacks == []
    assert box.row().status == "failed"
    assert box.case().flags == ["delivery_failed"]


def test_retries_exhausted_flags_the_case(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    in_process_worker: tuple[dramatiq.Broker, TracebackRecorder],
) -> None:
    from handlers.actors import deliver_reply

    broker, _ = in_process_worker
    box = make_outbox(tmp_path, monkeypatch, f"smtp://127.0.0.1:{closed_port()}")
    actors_use(box.app, monkeypatch)
    deliver_reply.send_with_options(
        args=(box.outbound_id,), max_retries=2, min_backoff=10, max_backoff=20
    )
    # The message ends as a dead letter (fail_fast: False, or join raises its exception); the
    # on_retry_exhausted actor's message goes to the same queue before that.
    broker.join(deliver_reply.queue_name, timeout=20_000, fail_fast=False)
    row = box.row()
    assert (row.status, row.attempts) == ("failed", 3)
    assert box.case().flags == ["delivery_failed"]
    (event,) = box.events()
    assert event.kind == "reply_failed"
    assert event.detail["answer"].startswith("retries exhausted after 3 attempts: SMTPConnectError")
