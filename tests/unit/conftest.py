"""Fixtures for tests at the floor where the behaviour lives: an App on in-memory SQLite, a Jobs
that records what it was handed, a data map that records what it was asked, and the real
actors on dramatiq's stub broker with an in-process worker."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest

from config.settings import load_settings
from worker.app import App, build_app
from worker.datamap.engine import Record
from worker.intake import Outcome, Source
from worker.jobs import Jobs

OURS = "mx.alsicohightech.com"  # the authserv-id of our own receiving server in these tests
REQUESTER = ("Jan Peeters", "jan.peeters@mail.example")
OPT_OUT_TEXT = "Please remove me from your newsletter and stop sending me marketing e-mails."


def make_app(tmp_path: Path, database_url: str = "sqlite://") -> App:
    """The application on `database_url` (default: in memory, one per thread), the shipped
    policy, replies written to files in tmp_path/outbox."""
    settings = load_settings(
        database_url=database_url,
        smtp_url=f"file:{tmp_path / 'outbox'}",
        mailbox_url=f"maildir:{tmp_path / 'mailbox'}",
        id_key_file=str(tmp_path / "id.key"),
        trusted_authserv_id=OURS,
        sources=str(tmp_path / "no-data-map.yaml"),  # a right that needs one uses `datamap`
    )
    return build_app(settings).ready()


@pytest.fixture
def app(tmp_path: Path) -> App:
    """The application on an in-memory case store: for tests that stay in one thread."""
    return make_app(tmp_path)


@pytest.fixture
def file_app(tmp_path: Path) -> App:
    """The application on a SQLite file: for tests whose work runs in other threads too."""
    return make_app(tmp_path, f"sqlite:///{tmp_path / 'gdpr.sqlite3'}")


@dataclass
class RecordingJobs(Jobs):
    """The queue, recorded: what a caller handed over after its commit, in order."""

    delivered: list[int] = field(default_factory=list)
    started: list[int] = field(default_factory=list)
    housekept: int = 0

    def deliver(self, outbound_id: int) -> None:
        self.delivered.append(outbound_id)

    def start(self, case_id: int) -> None:
        self.started.append(case_id)

    def housekeeping(self) -> None:
        self.housekept += 1


@pytest.fixture
def jobs() -> RecordingJobs:
    return RecordingJobs()


@dataclass
class FakeDataMap:
    """What the rights ask of the company's data, recorded; `records`: what the person has."""

    records: list[Record] = field(default_factory=list)
    erasure_report: dict[str, Any] = field(default_factory=lambda: {"tables": []})
    calls: list[tuple[str, Any]] = field(default_factory=list)
    failure: Exception | None = None  # raised by every operation on the company's data

    def _fails(self) -> None:
        if self.failure is not None:
            raise self.failure

    def contact_columns(self, table: str) -> frozenset[str]:
        return frozenset({"email"})  # every table finds its person by an `email` column

    def export(self, email: str, provided_only: bool = False) -> list[Record]:
        self.calls.append(("export", (email, provided_only)))
        self._fails()
        return [r for r in self.records if r.provided_by_subject or not provided_only]

    def erase(self, email: str, today: date) -> dict[str, Any]:
        self.calls.append(("erase", (email, today)))
        self._fails()
        return self.erasure_report

    def set_flags(self, email: str, purposes: Iterable[str]) -> dict[str, Any]:
        self.calls.append(("set_flags", (email, tuple(purposes))))
        self._fails()
        return {"sources": {"crm": {"rows": 1}}}

    def rectify(self, email: str, table: str, field: str, new_value: Any) -> dict[str, Any]:
        self.calls.append(("rectify", (email, table, field, new_value)))
        return {"rows": 1}

    def source_label(self, source: str, lang: str) -> str:
        return source

    def field_labels(self, table: str, column: str, lang: str) -> tuple[str, str]:
        return f"{column} ({lang})", f"{table} ({lang})"  # as the map's labels would be

    def has_field(self, table: str, column: str | None = None) -> bool:
        return any(r.table == table and column in (None, r.field) for r in self.records)

    def mobile_fields(self) -> frozenset[tuple[str, str]]:
        return frozenset({("customers", "mobile")})

    def source_statutory(self, source: str, lang: str) -> dict[str, Any]:
        return {}  # the company-wide text

    def purge_expired_holds(self, today: date) -> dict[str, Any]:
        self.calls.append(("purge_expired_holds", today))
        return {"rows": 0}


@pytest.fixture
def datamap(monkeypatch: pytest.MonkeyPatch) -> FakeDataMap:
    """The data map every right, staff decision and housekeeping round sees in this test."""
    from worker.cases import housekeeping, release, rights, staff

    fake = FakeDataMap()
    for module in (rights, staff, housekeeping, release):
        monkeypatch.setattr(module, "datamap_for", lambda path: fake)
    return fake


def request(
    subject: str,
    body: str,
    *,
    who: tuple[str, str] = REQUESTER,
    message_id: str = "<r1@mail.example>",
    authenticated: bool = True,
    **headers: str,
) -> bytes:
    """A requester's mail as it arrives; `authenticated`: our server's DMARC pass for its From."""
    msg = EmailMessage()
    if authenticated:
        domain = who[1].rpartition("@")[2]
        msg["Authentication-Results"] = f"{OURS}; dmarc=pass header.from={domain}"
    msg["From"] = f"{who[0]} <{who[1]}>"
    msg["To"] = "GDPR@alsicohightech.com"
    msg["Subject"] = subject
    msg["Message-ID"] = message_id
    msg["Date"] = "Tue, 03 Mar 2026 10:00:00 +0100"
    for name, value in headers.items():
        msg[name.replace("_", "-")] = value
    msg.set_content(body)
    return msg.as_bytes()


def take_in(app: App, jobs: Jobs, raw: bytes, key: str = "k1") -> Outcome:
    """One mail through intake, and its work handed to `jobs` as the poller does after commit."""
    outcome = app.intake(raw, Source(key, datetime.now(UTC)))
    if not outcome.duplicate:
        jobs.after_commit(outcome.outbound_ids, outcome.ready_case_id)
    return outcome


@pytest.fixture
def stub_worker(file_app: App, monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    """The real actors on dramatiq's stub broker, with a worker in this process, working on
    `file_app` (not on one built from the process's settings). Yields the broker."""
    import dramatiq
    from dramatiq.brokers.stub import StubBroker

    from handlers import actors

    broker = actors.start_case.broker
    if not isinstance(broker, StubBroker):  # pragma: no cover - GDPR_BROKER_URL set at import
        pytest.skip("handlers were imported with a Redis broker")
    monkeypatch.setattr(actors, "current_app", lambda: file_app)
    broker.flush_all()
    worker = dramatiq.Worker(broker, worker_threads=1, worker_timeout=50)
    worker.start()
    try:
        yield broker
    finally:
        worker.stop()
        # A Worker leaves its middleware on the broker; the next test's Worker adds its own.
        for middleware in [m for m in broker.middleware if getattr(m, "worker", None) is worker]:
            broker.middleware.remove(middleware)
        broker.flush_all()
