"""Mail that cannot be processed safely is kept with its reason; staff replay it after a fix."""

from __future__ import annotations

import asyncio
import subprocess
import sys
import time
from email.message import EmailMessage

from tests.e2e.conftest import Cli
from worker.lock import poller_lock
from worker.store.db import make_engine


def request(n: int, size: int = 0) -> bytes:
    msg = EmailMessage()
    msg["From"] = f"Klant {n} <klant{n}@mail.example>"
    msg["To"] = "GDPR@alsicohightech.com"
    msg["Subject"] = "Uitschrijven"
    msg["Message-ID"] = f"<q{n}@mail.example>"
    msg.set_content("Schrijf mij uit voor de nieuwsbrief." + " " * size)
    return msg.as_bytes()


def test_quarantined_mail_is_listed_and_replayed_after_the_fix(cli: Cli):
    cli.env["GDPR_MAX_MESSAGE_BYTES"] = "2000"
    cli.deliver("1.M1.q", request(1, size=5000))
    cli.deliver("2.M2.q", b"From: undisclosed\r\nSubject: x\r\n\r\nbody")
    cli.run("run", "--once")

    listed = cli.json("quarantine", "list")
    assert [(q["reason"], q["attempts"]) for q in listed] == [("too_large", 1), ("no_sender", 1)]
    assert set(listed[0]) >= {"id", "message_id", "from", "reason", "attempts"}
    assert listed[0]["message_id"] == "<q1@mail.example>"
    assert len(list((cli.inbox / ".Quarantine" / "cur").iterdir())) == 2

    # the fix: a larger limit; replay one, then all
    cli.env["GDPR_MAX_MESSAGE_BYTES"] = "100000"
    done = cli.run("quarantine", "replay", str(listed[0]["id"]))
    assert "case_opened" in done.stdout
    cli.run("quarantine", "replay")
    left = cli.json("quarantine", "list")
    assert [(q["reason"], q["attempts"]) for q in left] == [("no_sender", 2)]
    messages = cli.json("messages", "list")
    assert [m["disposition"] for m in messages] == ["case_opened", "quarantined"]
    (case,) = cli.json("cases", "list")
    assert case["status"] == "completed"  # the opt-out was carried out on replay


def test_a_second_poller_waits_for_the_first(cli: Cli):
    cli.deliver("1.M1.lock", request(7))
    cli.run("db", "upgrade")
    engine = make_engine(f"sqlite:///{cli.cwd}/var/gdpr.sqlite3")

    async def scenario() -> tuple[bool, int]:
        async with poller_lock(engine, f"maildir:{cli.inbox.resolve()}"):
            second = subprocess.Popen(
                [sys.executable, "-m", "worker.cli", "poll", "--once"],
                cwd=cli.cwd, env=cli.env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            )  # fmt: skip
            await asyncio.sleep(3)
            waited = second.poll() is None  # still waiting for the lock
        started = time.monotonic()
        while second.poll() is None and time.monotonic() - started < 60:
            await asyncio.sleep(0.1)
        return waited, second.returncode

    waited, code = asyncio.run(scenario())
    assert waited, "the second poller did not wait for the first"
    assert code == 0
    assert [m["disposition"] for m in cli.json("messages", "list")] == ["case_opened"]
