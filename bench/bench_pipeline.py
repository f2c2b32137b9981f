"""Mail throughput and latency of the production path: Dovecot (IMAP) in, aiosmtpd (SMTP) out.

    .venv/bin/python bench/bench_pipeline.py [--mails 1000] [--rate 5] [--seconds 30]
                                             [--only throughput|topology|latency]

1. `gdpr-worker run --once` over N mails waiting in Dovecot, replies to aiosmtpd, against a bare
   aioimaplib fetch + aiosmtplib send of the same mails: mails per second of each.
2. The production topology on the same mails: `dramatiq handlers` on Redis and PostgreSQL, fed
   by `gdpr-worker poll --once` (needs the local PostgreSQL and Redis of the test command).
3. The long-running `gdpr-worker run` (IMAP IDLE): mails APPENDed at a steady rate; seconds from
   APPEND to the acknowledgement's arrival at the SMTP server, p50 and p95.

Everything runs on loopback; a private Dovecot and SQLite store in a temporary directory.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from email import policy
from email.parser import BytesParser
from pathlib import Path

import aioimaplib
import aiosmtplib
from aiosmtpd.controller import Controller

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.integration.conftest import HOST, ImapUser, _start, free_port  # noqa: E402

GDPR_WORKER = str(Path(sys.executable).with_name("gdpr-worker"))


class Arrivals:
    """An aiosmtpd handler noting when each reply arrives, by the mail it answers."""

    def __init__(self) -> None:
        self.by_answer: dict[str, float] = {}
        self.count = 0
        self.lock = threading.Lock()

    async def handle_DATA(self, server, session, envelope):  # noqa: ANN001, N802
        head = BytesParser(policy=policy.default).parsebytes(envelope.content, headersonly=True)
        with self.lock:
            self.count += 1
            if "acknowledgement" in str(head.get("Message-ID", "")):
                self.by_answer.setdefault(str(head.get("In-Reply-To", "")), time.monotonic())
        return "250 2.0.0 Ok"


def request(n: int, tag: str) -> tuple[str, bytes]:
    mid = f"<bench-{tag}-{n}-{time.time_ns()}@mail.example>"
    raw = (
        f"From: Klant {n} <klant{n}@mail.example>\r\n"
        "To: GDPR@alsicohightech.com\r\n"
        f"Subject: Inzageverzoek {n}\r\n"
        f"Message-ID: {mid}\r\n"
        "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        "Beste,\r\n\r\nGraag inzage in alle persoonsgegevens die u over mij bewaart.\r\n\r\n"
        f"Met vriendelijke groeten,\r\nKlant {n}\r\n"
    ).encode()
    return mid, raw


def environment(workdir: Path, user: ImapUser, smtp_port: int) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GDPR_")}
    env.update(
        GDPR_MAILBOX_URL=user.url("imap"),
        GDPR_SMTP_URL=f"smtp://{HOST}:{smtp_port}",
        GDPR_DATABASE_URL=f"sqlite:///{workdir}/gdpr.sqlite3",
        GDPR_ID_KEY_FILE=str(workdir / "id.key"),
        GDPR_POLICY=str(workdir / "policy.yaml"),
    )
    # the benchmark's requesters each write once; lift the per-sender reply limit anyway
    policy_text = (ROOT / "config" / "policy.yaml").read_text()
    lifted = policy_text.replace("max_per_sender_per_day: 5", "max_per_sender_per_day: 1000")
    (workdir / "policy.yaml").write_text(lifted)
    return env


async def bare(user: ImapUser, smtp_port: int) -> int:
    """What the libraries alone do: fetch every mail, send each once."""
    imap = aioimaplib.IMAP4(HOST, user.server.imap_port, timeout=60)
    await imap.wait_hello_from_server()
    await imap.login(user.name, user.password)
    await imap.select("INBOX")
    _, data = await imap.uid_search("ALL")
    uids = data[0].decode().split()
    sent = 0
    for uid in uids:
        response = await imap.uid("fetch", uid, "BODY.PEEK[]")
        raw = bytes(response.lines[1])
        await aiosmtplib.send(
            raw, sender="GDPR@alsicohightech.com", recipients=["klant@mail.example"],
            hostname=HOST, port=smtp_port,
        )  # fmt: skip
        sent += 1
    await imap.logout()
    return sent


def throughput(mails: int) -> None:
    dovecot = _start("full")
    server = next(dovecot)
    try:
        for number, label in ((1, "pipeline"), (2, "bare")):
            user = ImapUser(server, f"u{number}")  # the users the test Dovecot knows
            user.append(*(request(n, label)[1] for n in range(mails)))
            handler = Arrivals()
            controller = Controller(handler, hostname=HOST, port=free_port())
            controller.start()
            try:
                with tempfile.TemporaryDirectory() as tmp:
                    env = environment(Path(tmp), user, controller.port)
                    start = time.monotonic()
                    if label == "pipeline":
                        subprocess.run([GDPR_WORKER, "run", "--once"], env=env, cwd=tmp, check=True,
                                       capture_output=True)  # fmt: skip
                    else:
                        asyncio.run(bare(user, controller.port))
                    elapsed = time.monotonic() - start
            finally:
                controller.stop()
            print(f"{label:9} {mails} mails in {elapsed:6.1f} s: {mails / elapsed:7.1f} mails/s "
                  f"({handler.count} messages reached SMTP)")  # fmt: skip
    finally:
        dovecot.close()


def topology(mails: int, processes: int) -> None:
    """The production topology on the same mails: `dramatiq handlers` (N processes) already
    running on Redis and PostgreSQL, then `gdpr-worker poll --once`; until the last reply."""
    import redis
    from sqlalchemy import create_engine, text

    admin = create_engine("postgresql+psycopg://postgres@127.0.0.1:5432/test",
                          isolation_level="AUTOCOMMIT")  # fmt: skip
    name = f"gdpr_bench_{os.getpid()}"
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    broker = "redis://127.0.0.1:6379/14"
    redis.Redis.from_url(broker).flushdb()
    dovecot = _start("full")
    server = next(dovecot)
    user = ImapUser(server, "u1")
    user.append(*(request(n, "topology")[1] for n in range(mails)))
    handler = Arrivals()
    controller = Controller(handler, hostname=HOST, port=free_port())
    controller.start()
    workers = None
    try:
        with tempfile.TemporaryDirectory() as tmp:
            env = environment(Path(tmp), user, controller.port)
            env.update(GDPR_DATABASE_URL=f"postgresql+psycopg://postgres@127.0.0.1:5432/{name}",
                       GDPR_BROKER_URL=broker)  # fmt: skip
            subprocess.run([GDPR_WORKER, "db", "upgrade"], env=env, cwd=tmp, check=True,
                           capture_output=True)  # fmt: skip
            dramatiq = str(Path(sys.executable).with_name("dramatiq"))
            workers = subprocess.Popen(
                [dramatiq, "handlers", "--processes", str(processes), "--threads", "4"],
                env=env, cwd=tmp, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            )  # fmt: skip
            time.sleep(3)  # the workers are up
            start = time.monotonic()
            subprocess.run([GDPR_WORKER, "poll", "--once"], env=env, cwd=tmp, check=True,
                           capture_output=True)  # fmt: skip
            deadline = time.monotonic() + 600
            while handler.count < 2 * mails and time.monotonic() < deadline:
                time.sleep(0.01)
            elapsed = time.monotonic() - start
    finally:
        if workers is not None:
            workers.terminate()
            workers.wait(30)
        controller.stop()
        dovecot.close()
        redis.Redis.from_url(broker).flushdb()
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
    print(f"redis+pg  {mails} mails in {elapsed:6.1f} s: {mails / elapsed:7.1f} mails/s "
          f"(poll --once + dramatiq handlers x{processes}; "
          f"{handler.count} messages reached SMTP)")  # fmt: skip


def latency(rate: float, seconds: float) -> None:
    dovecot = _start("full")
    server = next(dovecot)
    user = ImapUser(server, "u1")
    handler = Arrivals()
    controller = Controller(handler, hostname=HOST, port=free_port())
    controller.start()
    with tempfile.TemporaryDirectory() as tmp:
        env = environment(Path(tmp), user, controller.port)
        proc = subprocess.Popen([GDPR_WORKER, "run"], env=env, cwd=tmp,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
        try:
            warm, raw = request(-1, "warm")  # wait until the worker answers at all
            user.append(raw)
            deadline = time.monotonic() + 60
            while warm not in handler.by_answer and time.monotonic() < deadline:
                time.sleep(0.05)
            sent: dict[str, float] = {}
            total = int(rate * seconds)
            start = time.monotonic()
            with user.session() as imap:
                for n in range(total):
                    mid, raw = request(n, "lat")
                    due = start + n / rate
                    time.sleep(max(0.0, due - time.monotonic()))
                    sent[mid] = time.monotonic()
                    imap.append("INBOX", None, None, raw)
            deadline = time.monotonic() + 60
            while len(set(sent) & set(handler.by_answer)) < total and time.monotonic() < deadline:
                time.sleep(0.1)
        finally:
            proc.terminate()
            proc.wait(timeout=30)
            controller.stop()
            dovecot.close()
    delays = sorted(handler.by_answer[m] - t for m, t in sent.items() if m in handler.by_answer)
    if len(delays) < 2:
        print("latency: too few acknowledgements arrived")
        return
    p50 = statistics.median(delays)
    p95 = delays[max(0, int(len(delays) * 0.95) - 1)]
    print(f"latency   {len(delays)}/{len(sent)} acknowledgements at {rate}/s: "
          f"p50 {p50:.2f} s, p95 {p95:.2f} s, max {delays[-1]:.2f} s")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mails", type=int, default=1000)
    parser.add_argument("--rate", type=float, default=5.0)
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--only", choices=("throughput", "topology", "latency"))
    parser.add_argument("--processes", type=int, default=2, help="dramatiq processes (topology)")
    args = parser.parse_args()
    if args.only in (None, "throughput"):
        throughput(args.mails)
    if args.only in (None, "topology"):
        topology(args.mails, args.processes)
    if args.only in (None, "latency"):
        latency(args.rate, args.seconds)


if __name__ == "__main__":
    main()
