"""Waiting out peers (worker/peers.py, worker/poller.py): backoff, giving up in --once, the case
store's outages told from a statement's own errors, and a poller that survives its peers."""

from __future__ import annotations

import asyncio
import logging
import sqlite3
from pathlib import Path
from types import SimpleNamespace

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.orm import sessionmaker

from tests.unit.conftest import OPT_OUT_TEXT, RecordingJobs, request
from worker import peers
from worker.app import App
from worker.domain import DispositionKind
from worker.intake import Outcome
from worker.mailbox.maildir import MaildirSource
from worker.peers import CASE_STORE, QUEUE, GaveUp, Patience, PeerUnavailable, backoff
from worker.poller import Poller
from worker.store.db import outage_cause, transaction


def test_backoff_doubles_up_to_its_cap_with_a_little_jitter() -> None:
    delays = [backoff(n, 1.0, 60.0) for n in range(1, 12)]
    for n, delay in enumerate(delays, 1):
        full = min(60.0, 2.0 ** (n - 1))
        assert 0.8 * full <= delay <= full


class FakeClock:
    """worker.peers' clock and sleeps: time passes when Patience sleeps, by what it asked, and by
    a microsecond at each reading (real time never stands still)."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.slept: list[float] = []

    def monotonic(self) -> float:
        self.now += 1e-6
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds

    async def async_sleep(self, seconds: float) -> None:
        self.sleep(seconds)


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> FakeClock:
    fake = FakeClock()
    monkeypatch.setattr(peers, "time", SimpleNamespace(monotonic=fake.monotonic, sleep=fake.sleep))
    monkeypatch.setattr(
        peers, "asyncio", SimpleNamespace(sleep=fake.async_sleep, wait_for=asyncio.wait_for)
    )
    return fake


def test_patience_gives_up_after_its_limit_and_says_how_long(
    clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    patience = Patience(limit=0.3, first=0.05, cap=0.1)
    down = PeerUnavailable(CASE_STORE, "OperationalError 08006")
    with pytest.raises(GaveUp) as gave_up:
        for _ in range(100):
            asyncio.run(patience.wait(down))
    # it waited out the whole limit, and not a moment more: the last sleep is cut to the limit
    assert sum(clock.slept) == pytest.approx(0.3, abs=1e-3)
    assert all(0 < s <= 0.1 for s in clock.slept) and len(clock.slept) >= 3
    assert str(gave_up.value).startswith("the case store has been unavailable for 0 s")
    assert str(gave_up.value).endswith("(OperationalError 08006); giving up")
    assert "the case store is unavailable (OperationalError 08006); next try in" in caplog.text


def test_patience_starts_over_after_a_success(clock: FakeClock) -> None:
    patience = Patience(limit=0.2, first=0.01, cap=0.01)
    down = PeerUnavailable(QUEUE, "ConnectionError")
    for _ in range(3):
        outage_began = clock.now
        while clock.now < outage_began + 0.15:
            patience.wait_sync(down)
        patience.ok()  # never one outage of 0.2 s: never gives up
    assert clock.now >= 1000.0 + 0.45  # 0.45 s of outages in all, more than the limit
    outage_began = clock.now
    with pytest.raises(GaveUp):  # one outage longer than the limit does give up
        while clock.now < outage_began + 1.0:
            patience.wait_sync(down)
    assert clock.now == pytest.approx(outage_began + 0.2, abs=1e-3)


def test_sqlite_busy_is_an_outage_a_bad_statement_is_not(tmp_path: Path) -> None:
    path = tmp_path / "store.sqlite3"
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("CREATE TABLE t (x)")
    holder.execute("BEGIN IMMEDIATE")
    engine = create_engine(f"sqlite:///{path}", connect_args={"timeout": 0.05})
    try:
        with pytest.raises(Exception) as busy, engine.begin() as conn:
            conn.execute(text("INSERT INTO t VALUES (1)"))
        assert outage_cause(busy.value) == "OperationalError SQLITE_BUSY"
        holder.execute("ROLLBACK")
        with pytest.raises(Exception) as wrong, engine.begin() as conn:
            conn.execute(text("INSERT INTO nothing VALUES (1)"))
        assert outage_cause(wrong.value) is None
    finally:
        engine.dispose()
        holder.close()
    assert outage_cause(ValueError("x")) is None


def test_a_transaction_raises_an_outage_as_peer_unavailable(tmp_path: Path) -> None:
    path = tmp_path / "store.sqlite3"
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("CREATE TABLE t (x)")
    holder.execute("BEGIN IMMEDIATE")
    engine = create_engine(f"sqlite:///{path}", connect_args={"timeout": 0.05})
    try:
        with pytest.raises(PeerUnavailable) as down, transaction(sessionmaker(engine)) as s:
            s.execute(text("INSERT INTO t VALUES (1)"))
        assert down.value.peer == CASE_STORE
    finally:
        engine.dispose()
        holder.close()


# --- the poller --------------------------------------------------------------------------------


def maildir_with(tmp_path: Path, *mails: bytes) -> MaildirSource:
    source = MaildirSource(tmp_path / "mailbox")
    source.ensure()
    for n, raw in enumerate(mails):
        (source.root / "new" / f"{n}.M{n}.test").write_bytes(raw)
    return source


MAILS = [request("Unsubscribe", OPT_OUT_TEXT, message_id=f"<p{n}@mail.example>") for n in range(3)]


def test_a_round_that_meets_a_store_outage_is_done_again_after_it(
    app: App, jobs: RecordingJobs, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = maildir_with(tmp_path, *MAILS)
    calls = {"n": 0}
    process = app.intake.process

    def flaky(raw: bytes, source, replaying_id=None) -> Outcome:  # noqa: ANN001
        calls["n"] += 1
        if calls["n"] in (2, 3):  # the second mail meets the outage, twice
            raise PeerUnavailable(CASE_STORE, "OperationalError 57P01")
        return process(raw, source, replaying_id)

    monkeypatch.setattr(app.intake, "process", flaky)
    poller = Poller(
        source, app.intake, lambda o: jobs.after_commit(o.outbound_ids, o.ready_case_id)
    )
    outcomes = asyncio.run(poller.run_patiently(Patience(first=0.01, cap=0.02)))
    assert [o.disposition for o in outcomes] == [DispositionKind.CASE_OPENED] * 3
    assert not any(o.duplicate for o in outcomes)
    assert len(list((source.processed / "cur").iterdir())) == 3
    # each opt-out's case started once (its start sends its one mail), none delivered apart
    assert len(jobs.started) == 3 and jobs.delivered == []


def test_once_gives_up_when_the_store_stays_down(
    app: App, jobs: RecordingJobs, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = maildir_with(tmp_path, *MAILS)

    def down(*args: object, **kwargs: object) -> None:
        raise PeerUnavailable(CASE_STORE, "OperationalError")

    monkeypatch.setattr(app.intake, "process", down)
    poller = Poller(source, app.intake, lambda o: None)
    with pytest.raises(GaveUp):
        asyncio.run(poller.run_patiently(Patience(limit=0.2, first=0.01, cap=0.05)))
    assert len(list((source.root / "new").iterdir())) == 3  # nothing marked, nothing lost


def test_a_queue_that_is_down_does_not_stop_intake_and_is_caught_up_with(
    app: App, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    source = maildir_with(tmp_path, *MAILS)
    queue_up = {"up": False}
    queued: list[int] = []
    sweeps: list[int] = []

    def committed(outcome: Outcome) -> None:
        if not queue_up["up"]:
            raise PeerUnavailable(QUEUE, "ConnectionError")
        queued.extend(outcome.outbound_ids)

    def resync() -> None:
        if not queue_up["up"]:
            raise PeerUnavailable(QUEUE, "ConnectionError")
        sweeps.append(1)

    poller = Poller(source, app.intake, committed, resync=resync)
    outcomes = asyncio.run(poller.run_once())
    assert [o.disposition for o in outcomes] == [DispositionKind.CASE_OPENED] * 3
    assert len(list((source.processed / "cur").iterdir())) == 3  # committed: marked
    assert poller.unqueued and queued == []
    assert caplog.text.count("the queue is unavailable") == 1  # said once per outage

    asyncio.run(poller.run_once())  # still down: intake would go on
    assert poller.unqueued and sweeps == []
    queue_up["up"] = True
    asyncio.run(poller.run_once())
    assert not poller.unqueued and sweeps == [1]


def test_no_personal_data_in_what_waiting_logs(
    app: App, tmp_path: Path, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = maildir_with(tmp_path, *MAILS)
    monkeypatch.setattr(
        app.intake,
        "process",
        lambda *a, **k: (_ for _ in ()).throw(PeerUnavailable(CASE_STORE, "OperationalError")),
    )
    poller = Poller(source, app.intake, lambda o: None)
    with pytest.raises(GaveUp):
        asyncio.run(poller.run_patiently(Patience(limit=0.1, first=0.01, cap=0.02)))
    assert "jan.peeters" not in caplog.text.lower() and "peeters" not in caplog.text.lower()
