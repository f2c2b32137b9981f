"""The IMAP source with the real intake (worker.app.build_app, SQLite in tmp_path): a crash
between intake and marking, and a UIDVALIDITY change, lose and double nothing; a mail over the
size limit is quarantined; `gdpr-worker poll --once` reads an IMAP mailbox."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from config.settings import load_settings
from tests.integration.conftest import ImapUser, make_mail
from worker.app import App, build_app
from worker.domain import DispositionKind
from worker.intake import Outcome, Source
from worker.mailbox.imap import ImapSource
from worker.poller import Poller
from worker.runner import make_source
from worker.store.db import make_engine, make_sessionmaker, transaction
from worker.store.models import Case, InboundMessage

pytestmark = pytest.mark.integration

REQUEST = (
    "Dear GDPR team,\r\n\r\nI would like a copy of all personal data you hold about me "
    "(article 15 GDPR).\r\n\r\nKind regards,\r\nJan Peeters\r\n"
)


def request(n: int) -> bytes:
    return make_mail(n, sender=f"requester{n}@mail.example", body=REQUEST)


@pytest.fixture
def app_for(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator:
    """app_for(user, **env): the whole application on a SQLite file, reading user's INBOX."""
    monkeypatch.chdir(tmp_path)
    made: list[App] = []

    def make(user: ImapUser, **env: str) -> App:
        monkeypatch.setenv("GDPR_DATABASE_URL", f"sqlite:///{tmp_path / 'gdpr.sqlite3'}")
        monkeypatch.setenv("GDPR_MAILBOX_URL", user.url())
        for name, value in env.items():
            monkeypatch.setenv(f"GDPR_{name.upper()}", value)
        app = build_app(load_settings())
        app.upgrade_schema()
        made.append(app)
        return app

    yield make
    for app in made:
        app.engine.dispose()


def quick_source(app: App) -> ImapSource:
    source = make_source(app.settings, app.sessions)
    assert isinstance(source, ImapSource)
    source.timeout, source.backoff_first, source.backoff_cap = 5.0, 0.05, 0.5
    return source


def counts(app: App) -> tuple[int, int]:
    with transaction(app.sessions) as session:
        inbound = session.scalar(select(func.count()).select_from(InboundMessage))
        cases = session.scalar(select(func.count()).select_from(Case))
    return inbound or 0, cases or 0


async def intake_then_crash(app: App, user: ImapUser) -> None:
    """The first mail all the way; the second through intake, then the process dies."""
    source = quick_source(app)
    fetching = source.fetch()
    first = await anext(fetching)
    outcome = await asyncio.to_thread(app.intake, first.raw, Source(first.key, first.received_at))
    await source.mark(first, outcome.disposition)
    second = await anext(fetching)
    await asyncio.to_thread(app.intake, second.raw, Source(second.key, second.received_at))
    await fetching.aclose()
    await source.close()


async def test_a_crash_between_intake_and_marking_opens_no_second_case(
    imap_user: ImapUser, app_for
) -> None:
    app = app_for(imap_user)
    imap_user.append(request(1), request(2), request(3))
    await intake_then_crash(app, imap_user)
    assert counts(app) == (2, 2)

    committed: list[Outcome] = []
    source = quick_source(app)
    try:
        outcomes = await Poller(source, app.intake, committed.append).run_once()
    finally:
        await source.close()
    assert [o.duplicate for o in outcomes] == [True, False]
    assert all(o.disposition is DispositionKind.CASE_OPENED for o in outcomes)
    assert len(committed) == 1  # the replies of the recognised mail are not enqueued again
    assert counts(app) == (3, 3)
    assert imap_user.messages("INBOX") == []
    assert len(imap_user.messages("Processed")) == 3


@pytest.mark.parametrize("flavour", ["move", "keyword"])
async def test_a_uidvalidity_change_loses_and_doubles_nothing(
    imap_user: ImapUser, plain_user: ImapUser, app_for, flavour: str
) -> None:
    user = imap_user if flavour == "move" else plain_user
    app = app_for(user)
    user.append(request(1), request(2))
    await intake_then_crash(app, user)
    user.append(request(3))
    user.set_uidvalidity(user.uidvalidity() + 1000)

    source = quick_source(app)
    try:
        outcomes = await Poller(source, app.intake, lambda _o: None).run_once()
        assert await Poller(source, app.intake, lambda _o: None).run_once() == []
    finally:
        await source.close()
    # the one committed but not marked comes again under new UIDs and is recognised
    assert [o.duplicate for o in outcomes] == [True, False]
    assert counts(app) == (3, 3)
    with transaction(app.sessions) as session:
        keys = session.scalars(select(InboundMessage.source_key)).all()
    assert len(set(keys)) == 3


async def test_the_long_running_poller_takes_pushed_mail_at_once(
    imap_user: ImapUser, app_for
) -> None:
    app = app_for(imap_user)
    source = quick_source(app)
    source.idle_every = 3600  # one IDLE lasts an hour, as the poller's wait: only a push ends it
    committed: list[Outcome] = []
    stop = asyncio.Event()
    running = asyncio.create_task(
        Poller(source, app.intake, committed.append).run_forever(3600, stop)
    )
    loop = asyncio.get_running_loop()

    async def until(condition, what: str) -> None:  # noqa: ANN001
        deadline = loop.time() + 60  # a safety net against a hang, not a measure of speed
        while not condition():
            assert not running.done(), running
            assert loop.time() < deadline, f"still not {what} after 60 s"
            await asyncio.sleep(0.02)

    def idling() -> bool:  # the first round found nothing, and the server confirmed the IDLE
        conn = source._conn
        return (
            conn is not None
            and conn.protocol.has_pending_idle_command()
            and conn.protocol._idle_event.is_set()
        )

    try:
        await until(idling, "idling")
        await asyncio.to_thread(imap_user.append, request(1))
        await until(lambda: committed, "committed")  # without the push: in an hour
        assert committed[0].disposition is DispositionKind.CASE_OPENED
    finally:
        stop.set()
        await asyncio.wait_for(running, 60)
        await source.close()


async def test_a_mail_over_the_size_limit_is_quarantined(imap_user: ImapUser, app_for) -> None:
    app = app_for(imap_user, max_message_bytes="20000")
    imap_user.append(make_mail(1, body=REQUEST, size=60_000))
    source = quick_source(app)
    try:
        outcomes = await Poller(source, app.intake, lambda _o: None).run_once()
    finally:
        await source.close()
    assert [o.disposition for o in outcomes] == [DispositionKind.QUARANTINED]
    assert counts(app) == (1, 0)
    assert len(imap_user.messages("Quarantine")) == 1  # the original, kept on the server


def test_poll_once_from_the_command_line(imap_user: ImapUser, tmp_path: Path) -> None:
    imap_user.append(request(1), request(2))
    env = {k: v for k, v in os.environ.items() if not k.startswith("GDPR_")}
    env |= {
        "GDPR_DATABASE_URL": f"sqlite:///{tmp_path / 'gdpr.sqlite3'}",
        "GDPR_MAILBOX_URL": imap_user.url(),
    }
    root = Path(__file__).resolve().parents[2]
    env["PYTHONPATH"] = str(root)

    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "worker.cli", *args],
            cwd=tmp_path,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )

    assert cli("db", "upgrade").returncode == 0
    done = cli("poll", "--once")
    assert done.returncode == 0, done.stderr
    assert imap_user.password not in done.stderr
    messages = json.loads(cli("messages", "list", "--json").stdout)
    assert [m["disposition"] for m in messages] == ["case_opened", "case_opened"]
    assert imap_user.messages("INBOX") == []


def test_two_pollers_on_one_mailbox_one_works_the_other_takes_over(
    imap_user: ImapUser, tmp_path: Path, postgres_url: str
) -> None:
    """Two long-running `gdpr-worker poll` processes on one IMAP mailbox and one PostgreSQL
    store: the second waits on the lock while the first works; killed, the first leaves the
    mailbox to the second. Every mail gets one case."""
    root = Path(__file__).resolve().parents[2]
    env = {k: v for k, v in os.environ.items() if not k.startswith("GDPR_")}
    env |= {
        "GDPR_DATABASE_URL": postgres_url,
        "GDPR_MAILBOX_URL": imap_user.url(),
        "GDPR_ID_KEY_FILE": str(tmp_path / "id.key"),
        "GDPR_POLL_INTERVAL": "1",
        "PYTHONPATH": str(root),
    }
    assert (
        subprocess.run(
            [sys.executable, "-m", "worker.cli", "db", "upgrade"],
            cwd=tmp_path,
            env=env,
            timeout=120,
        ).returncode
        == 0
    )

    def poller(name: str) -> tuple[subprocess.Popen[str], Path]:
        log = tmp_path / f"{name}.log"
        proc = subprocess.Popen(
            [sys.executable, "-m", "worker.cli", "poll"],
            cwd=tmp_path, env=env, stdout=subprocess.DEVNULL, stderr=log.open("w"), text=True,
        )  # fmt: skip
        return proc, log

    def wait_for(log: Path, text: str, count: int = 1, seconds: float = 60) -> None:
        deadline = time.monotonic() + seconds
        while log.read_text().count(text) < count:
            assert time.monotonic() < deadline, f"{log.name}: no {text!r}:\n{log.read_text()}"
            time.sleep(0.1)

    def store_counts() -> tuple[list[str], int]:
        engine = make_engine(postgres_url)
        try:
            with transaction(make_sessionmaker(engine)) as session:
                keys = list(session.scalars(select(InboundMessage.message_id)).all())
                return keys, session.scalar(select(func.count()).select_from(Case)) or 0
        finally:
            engine.dispose()

    first, first_log = poller("first")
    second = None
    try:
        wait_for(first_log, "connected (UIDVALIDITY")
        second, second_log = poller("second")
        wait_for(second_log, "another poller holds")
        imap_user.append(request(1), request(2), request(3))
        wait_for(first_log, "opened from", count=3)
        assert "opened from" not in second_log.read_text()

        first.kill()  # no goodbye: the lock dies with the process's database session
        first.wait(10)
        imap_user.append(request(4), request(5))
        wait_for(second_log, "opened from", count=2)
        # the log line comes before the commit: the first may have been killed between the
        # two (its mail then opens its case in the second), so wait for the store itself
        deadline = time.monotonic() + 60
        while store_counts()[1] < 5 and time.monotonic() < deadline:
            time.sleep(0.2)
    finally:
        for proc in (first, second):
            if proc is not None:
                proc.kill()
                proc.wait(10)

    keys, cases = store_counts()
    assert len(keys) == len(set(keys)) == 5 and cases == 5
    assert imap_user.messages("INBOX") == []
    assert len(imap_user.messages("Processed")) == 5
