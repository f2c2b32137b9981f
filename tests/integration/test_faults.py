"""The production topology (Procfile: `gdpr-worker poll`, `dramatiq handlers`, the clock) taking
in a few hundred mails from a real Dovecot while its peers fail one after another: Redis killed
and restarted empty, PostgreSQL cut off (a proxy resets every connection and refuses new ones),
the mail server answering 451, the IMAP connection dropped. The poller and the handlers stay up,
every mail gets exactly one disposition, every reply reaches the mail server exactly once."""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from email import message_from_bytes
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from samples import demo_crm
from tests.integration.conftest import HOST, ImapUser, free_port
from tests.integration.smtp_servers import RecordingHandler, SmtpServer
from tests.integration.tcp_proxy import TcpProxy

pytestmark = pytest.mark.integration

MAILS = 240
BATCHES = 6
REDIS_SERVER = shutil.which("redis-server") or "/usr/bin/redis-server"


@dataclass
class Deferring(RecordingHandler):
    """A mail server that answers 451 to every transaction while `deferring` is set."""

    deferring: bool = False
    deferred: int = 0

    async def handle_MAIL(self, server, session, envelope, address, mail_options):  # noqa: ANN001, N802
        if self.deferring:
            self.deferred += 1
            return "451 4.3.0 Try again later"
        return await super().handle_MAIL(server, session, envelope, address, mail_options)


@dataclass
class Redis:
    """A private redis-server of this test (the machine's own is shared): killed and started
    again, empty, on the same port."""

    port: int = field(default_factory=free_port)
    proc: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"redis://{HOST}:{self.port}/0"

    def start(self) -> None:
        self.proc = subprocess.Popen(
            [REDIS_SERVER, "--port", str(self.port), "--bind", HOST, "--save", "",
             "--appendonly", "no", "--dir", "/tmp"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            with (
                contextlib.suppress(OSError),
                __import__("socket").create_connection((HOST, self.port), 0.2),
            ):
                return
            time.sleep(0.05)
        raise RuntimeError("redis-server did not start")

    def kill(self) -> None:
        if self.proc is not None:
            self.proc.kill()
            self.proc.wait(10)
            self.proc = None


def request(n: int) -> bytes:
    return (
        f"From: Klant {n} <klant{n}@mail.example>\r\n"
        "To: GDPR@alsicohightech.com\r\n"
        "Subject: Uitschrijven nieuwsbrief\r\n"
        f"Message-ID: <fault-{n}@mail.example>\r\n"
        "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        "Gelieve mij uit te schrijven voor jullie nieuwsbrief en alle reclame per e-mail.\r\n"
    ).encode()


@pytest.fixture
def redis_server() -> Iterator[Redis]:
    if not Path(REDIS_SERVER).exists():
        pytest.skip("redis-server is not installed")
    server = Redis()
    server.start()
    yield server
    server.kill()


def store_counts(url: str) -> dict[str, int]:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            one = lambda q: conn.execute(text(q)).scalar() or 0  # noqa: E731
            return {
                "inbound": one("SELECT count(*) FROM inbound_messages"),
                "distinct": one("SELECT count(DISTINCT message_id) FROM inbound_messages"),
                "cases": one("SELECT count(*) FROM cases"),
                "outbound": one("SELECT count(*) FROM outbound_messages"),
                "sent": one("SELECT count(*) FROM outbound_messages WHERE status = 'sent'"),
                "not_opened": one(
                    "SELECT count(*) FROM inbound_messages WHERE disposition <> 'case_opened'"
                ),
            }
    except Exception:  # the schema is not there yet
        return {}
    finally:
        engine.dispose()


def test_the_worker_waits_out_every_peer_and_loses_and_doubles_nothing(
    imap_user: ImapUser, postgres_url: str, redis_server: Redis, tmp_path: Path
) -> None:
    db = make_url(postgres_url)
    handler = Deferring()
    with TcpProxy(db.host or HOST, db.port or 5432) as proxy, SmtpServer(handler) as smtp:
        through_proxy = db.set(host=HOST, port=proxy.port).render_as_string(hide_password=False)
        (tmp_path / "var").mkdir()
        demo_crm.create(f"sqlite:///{tmp_path / 'var' / 'demo-crm.sqlite3'}")
        # the mails are not authenticated: the hourly cap on automatic replies to unauthenticated
        # senders is raised above what this test sends (2 per mail)
        shipped = (Path(__file__).parents[2] / "config" / "policy.yaml").read_text("utf-8")
        (tmp_path / "policy.yaml").write_text(
            shipped.replace("max_unauthenticated_per_hour: 200",
                            f"max_unauthenticated_per_hour: {4 * MAILS}"), "utf-8"
        )  # fmt: skip
        env = {k: v for k, v in os.environ.items() if not k.startswith("GDPR_")}
        env |= {
            "GDPR_POLICY": str(tmp_path / "policy.yaml"),
            "GDPR_DATABASE_URL": through_proxy,
            "GDPR_BROKER_URL": redis_server.url,
            "GDPR_MAILBOX_URL": imap_user.url(),
            "GDPR_SMTP_URL": smtp.url(),
            "GDPR_ID_KEY_FILE": str(tmp_path / "id.key"),
            "GDPR_POLL_INTERVAL": "1",
            "GDPR_SWEEP_INTERVAL": "10",
        }
        upgrade = subprocess.run(
            [sys.executable, "-m", "worker.cli", "db", "upgrade"],
            cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120,
        )  # fmt: skip
        assert upgrade.returncode == 0, upgrade.stderr

        logs = {
            name: (tmp_path / f"{name}.log").open("w") for name in ("poll", "handlers", "clock")
        }
        commands = {
            "poll": [sys.executable, "-m", "worker.cli", "poll"],
            "handlers": [sys.executable, "-m", "dramatiq", "handlers", "--processes", "1",
                         "--threads", "4"],
            "clock": [sys.executable, "-m", "worker.clock"],
        }  # fmt: skip
        procs = {
            name: subprocess.Popen(
                command,
                cwd=tmp_path,
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=logs[name],
                start_new_session=True,
            )  # fmt: skip
            for name, command in commands.items()
        }
        try:
            per_batch = MAILS // BATCHES
            batches = [
                [request(n) for n in range(b * per_batch, (b + 1) * per_batch)]
                for b in range(BATCHES)
            ]

            def settle(seconds: float) -> None:
                time.sleep(seconds)
                for name, proc in procs.items():
                    assert proc.poll() is None, (
                        f"{name} died: {(tmp_path / f'{name}.log').read_text()[-3000:]}"
                    )

            def settle_until(done: Callable[[], bool], what: str) -> None:
                deadline = time.monotonic() + 60  # only a guard against a hang
                while not done():
                    assert time.monotonic() < deadline, f"never {what}"
                    settle(0.1)

            imap_user.append(*batches[0])
            settle(4)

            redis_server.kill()  # Redis dies with what it held ...
            imap_user.append(*batches[1])
            settle(4)
            redis_server.start()  # ... and comes back empty
            settle(3)

            proxy.cut()  # PostgreSQL is gone: every connection reset, new ones refused
            imap_user.append(*batches[2])
            settle(8)
            proxy.restore()
            settle(3)

            handler.deferring = True  # the mail server defers everything
            imap_user.append(*batches[3])
            settle(8)
            # however slow the machine, not before a reply was deferred
            settle_until(lambda: handler.deferred >= 1, "a reply deferred")
            handler.deferring = False
            settle(2)

            imap_user.append(*batches[4])
            settle(0.5)
            assert imap_user.kill_sessions() >= 1  # the IMAP connection drops mid-work
            settle(3)

            imap_user.append(*batches[5])

            deadline = time.monotonic() + 240
            counts: dict[str, int] = {}
            while time.monotonic() < deadline:
                counts = store_counts(postgres_url)
                if (
                    counts.get("inbound") == MAILS
                    and counts["sent"] == counts["outbound"] == len(smtp.received)
                    and counts["outbound"] >= MAILS
                ):
                    break
                settle(1)
            for name, proc in procs.items():
                assert proc.poll() is None, f"{name} died"
        finally:
            for proc in procs.values():
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(proc.pid, signal.SIGTERM)
            for proc in procs.values():
                try:
                    proc.wait(20)
                except subprocess.TimeoutExpired:
                    os.killpg(proc.pid, signal.SIGKILL)
            for log in logs.values():
                log.close()

        poll_log = (tmp_path / "poll.log").read_text()
        print(f"counts {counts}; deferred {handler.deferred}; proxied connections "
              f"{proxy.connections}")  # fmt: skip
        # the poller saw the outages, waited them out, and never raised
        assert "Traceback" not in poll_log, poll_log[-3000:]
        assert "the case store is unavailable" in poll_log
        assert "the queue is unavailable" in poll_log
        assert "connection lost" in poll_log or "reconnecting" in poll_log
        assert handler.deferred >= 1  # the 451s were met, and waited out
        # nothing lost: every mail once, each with its case
        assert counts["inbound"] == counts["distinct"] == counts["cases"] == MAILS, counts
        assert counts["not_opened"] == 0
        assert imap_user.messages("INBOX") == []
        assert len(imap_user.messages("Processed")) == MAILS
        # nothing twice: every reply handed to the mail server once
        sent_ids = Counter(message_from_bytes(r.content)["Message-ID"] for r in smtp.received)
        assert sent_ids and max(sent_ids.values()) == 1
        assert counts["sent"] == counts["outbound"] == len(smtp.received)
        # one mail per opt-out (its confirmation, no acknowledgement beside it: one moment); a
        # start lost with Redis leaves the sweep to send the acknowledgement apart at worst
        assert MAILS <= counts["outbound"] <= 2 * MAILS, counts
        # no requester's name or address in any log line, outages or not
        for name in ("poll", "handlers", "clock"):
            assert "klant" not in (tmp_path / f"{name}.log").read_text().lower(), name
