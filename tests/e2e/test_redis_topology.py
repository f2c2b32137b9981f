"""Production topology: `gdpr-worker poll` feeds dramatiq on Redis, `dramatiq handlers` delivers,
PostgreSQL holds the cases. The queue can be lost: the database is the truth."""

from __future__ import annotations

import random
import subprocess
import sys
import threading
import time
from email.message import EmailMessage

import pytest
import redis

from tests.e2e.conftest import Cli

REDIS = "redis://127.0.0.1:6379"


def opt_out(n: int) -> bytes:
    msg = EmailMessage()
    msg["From"] = f"Klant {n} <klant{n}@mail.example>"
    msg["To"] = "GDPR@alsicohightech.com"
    msg["Subject"] = "Uitschrijven nieuwsbrief"
    msg["Message-ID"] = f"<optout-{n}@mail.example>"
    msg.set_content(
        "Gelieve mij uit te schrijven voor jullie nieuwsbrief en alle reclame per e-mail."
    )
    return msg.as_bytes()


@pytest.fixture
def topology(cli: Cli, postgres_url: str):
    db = random.randint(1, 15)
    client = redis.Redis.from_url(f"{REDIS}/{db}")
    try:
        client.ping()
    except redis.ConnectionError as exc:  # pragma: no cover - the test command starts Redis
        pytest.fail(f"Redis is required for this test: {exc}")
    client.flushdb()
    cli.env.update(GDPR_DATABASE_URL=postgres_url, GDPR_BROKER_URL=f"{REDIS}/{db}")
    yield cli, client
    client.flushdb()


def run_handlers_until(cli: Cli, count: int, timeout: float = 60.0) -> list:
    """`dramatiq handlers` until `count` replies are in the outbox (or the time is up)."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "dramatiq", "handlers", "--processes", "1", "--threads", "2"],
        cwd=cli.cwd,
        env=cli.env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            files = sorted(cli.outbox.glob("*.eml")) if cli.outbox.exists() else []
            if len(files) >= count:
                time.sleep(0.5)  # a duplicate delivery would show up now
                return sorted(cli.outbox.glob("*.eml"))
            time.sleep(0.2)
        return sorted(cli.outbox.glob("*.eml")) if cli.outbox.exists() else []
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()


def test_poll_feeds_dramatiq_handlers_through_redis(topology):
    cli, client = topology
    for n in range(3):
        cli.deliver(f"{n}.M{n}.topology", opt_out(n))
    cli.run("poll", "--once")
    cases = cli.json("cases", "list")
    assert len(cases) == 3
    assert not cli.outbox.exists() or not list(cli.outbox.iterdir())  # poll only enqueues
    # each case is started, and its start sends its one mail (worker/cases/moment.py); and the
    # start-up sweep's housekeeping
    assert client.llen("dramatiq:handlers") == 4 and client.llen("dramatiq:replies") == 0
    # the broker messages carry our ids only, never personal data
    for raw in client.hvals("dramatiq:handlers.msgs"):
        assert b"@" not in raw and b"klant" not in raw.lower()

    files = run_handlers_until(cli, 3)  # per opt-out one mail: its confirmation
    assert len(files) == 3
    assert {f.name.rsplit("-", 2)[0] for f in files} == {c["ref"] for c in cases}


def test_a_lost_queue_is_rebuilt_from_the_database(topology):
    cli, client = topology
    cli.deliver("1.M1.lost", opt_out(7))
    cli.run("poll", "--once")
    client.flushdb()  # Redis lost everything
    cli.run("poll", "--once")  # the start-up sweep enqueues the case in progress again
    files = run_handlers_until(cli, 1)
    assert len(files) == 1


def clock(cli: Cli) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "worker.clock"],
        cwd=cli.cwd, env=cli.env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip


def test_the_clock_rebuilds_a_lost_queue_and_a_second_clock_waits(topology):
    cli, client = topology
    cli.deliver("1.M1.clock", opt_out(8))
    cli.run("poll", "--once")
    client.flushdb()  # Redis lost everything
    first = clock(cli)
    try:
        deadline = time.monotonic() + 60
        while client.llen("dramatiq:handlers") < 2 and time.monotonic() < deadline:
            time.sleep(0.1)
        # the case in progress (whose start sends its pending reply) and the housekeeping job
        assert client.llen("dramatiq:handlers") >= 2
        assert client.llen("dramatiq:replies") == 0
        second = clock(cli)
        said: list[str] = []
        reader = threading.Thread(target=lambda: said.extend(second.stderr or []), daemon=True)
        reader.start()
        deadline = time.monotonic() + 60  # it starts (imports, schema check), then waits
        while not any("another poller holds clock" in line for line in said):
            assert time.monotonic() < deadline and second.poll() is None, said
            time.sleep(0.1)
        assert second.poll() is None  # waiting on the lock, not scheduling twice
        second.terminate()
        assert second.wait(20) == 0
    finally:
        first.terminate()
        code = first.wait(20)
    assert code == 0
    assert len(run_handlers_until(cli, 1)) == 1


def test_the_clock_with_bad_configuration_says_so_in_one_line(cli: Cli):
    cli.env["GDPR_DATABASE_URL"] = "postgresql+psycopg://nobody@127.0.0.1:1/nothing"
    done = subprocess.run(
        [sys.executable, "-m", "worker.clock"],
        cwd=cli.cwd, env=cli.env, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and "GDPR_DATABASE_URL" in done.stderr
