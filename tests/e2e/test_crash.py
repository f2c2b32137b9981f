"""A worker killed (kill -9) in the middle of one mail's intake: on the next start that mail is
quarantined (crashed_intake, with its count) instead of being taken in again, and the mails
behind it are processed; every mail has exactly one disposition, once (GNU Mailman's shunt)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from email.message import EmailMessage

import pytest
from sqlalchemy import create_engine, text

from tests.conftest import mail_fixture
from tests.e2e.conftest import Cli

SLOW = "de_erasure_apple_mail_id_photo.eml"  # its ID photo is read with OCR: about a second


def opt_out(n: int) -> bytes:
    msg = EmailMessage()
    msg["From"] = f"Klant {n} <klant{n}@mail.example>"
    msg["To"] = "GDPR@alsicohightech.com"
    msg["Subject"] = "Uitschrijven nieuwsbrief"
    msg["Message-ID"] = f"<crash-{n}@mail.example>"
    msg.set_content("Gelieve mij uit te schrijven voor jullie nieuwsbrief.")
    return msg.as_bytes()


def wait_for_attempt(url: str, key: str, proc: subprocess.Popen, seconds: float = 120) -> None:
    """Until intake has noted (and committed) that it starts on the mail `key`."""
    engine = create_engine(url)
    deadline = time.monotonic() + seconds
    try:
        while time.monotonic() < deadline:
            assert proc.poll() is None, "the worker ended before it reached the mail"
            try:
                with engine.connect() as conn:
                    keys = conn.execute(text("SELECT source_key FROM intake_attempts")).scalars()
                    if key in set(keys):
                        return
            except Exception:  # the schema is not there yet
                pass
            time.sleep(0.02)
    finally:
        engine.dispose()
    raise AssertionError(f"intake never started on {key}")


@pytest.mark.parametrize(
    "backend", ["sqlite", pytest.param("postgresql", marks=pytest.mark.integration)]
)
def test_a_mail_the_worker_died_on_is_quarantined_and_the_rest_go_on(
    cli: Cli, backend: str, request: pytest.FixtureRequest
) -> None:
    if backend == "postgresql":
        url = request.getfixturevalue("postgres_url")
        cli.env["GDPR_DATABASE_URL"] = url
    else:
        url = f"sqlite:///{cli.cwd}/var/gdpr.sqlite3"
    start = time.time() - 100
    names = ["2.M2.slow", "3.M3.third", "4.M4.fourth"]
    mails = [mail_fixture(SLOW), opt_out(3), opt_out(4)]
    for n, (name, raw) in enumerate(zip(names, mails, strict=True)):
        cli.deliver(name, raw, mtime=start + n)
    slow_key = f"maildir:{cli.inbox.resolve()}:2.M2.slow"

    log = (cli.cwd / "first-run.log").open("w")
    worker = subprocess.Popen(
        [sys.executable, "-m", "worker.cli", "run"],
        cwd=cli.cwd, env=cli.env, stdout=subprocess.DEVNULL, stderr=log,
    )  # fmt: skip
    try:
        wait_for_attempt(url, slow_key, worker)
    finally:
        os.kill(worker.pid, signal.SIGKILL)  # as the kernel's OOM killer would
        worker.wait(10)
        log.close()
    assert worker.returncode == -signal.SIGKILL

    done = cli.run("run", "--once")
    assert "Traceback" not in done.stderr

    messages = cli.json("messages", "list")
    by_id = {m["message_id"]: m for m in messages}
    assert len(messages) == 3 == len(by_id)  # exactly one disposition each
    for n in (3, 4):
        assert by_id[f"<crash-{n}@mail.example>"]["disposition"] == "case_opened"
    (slow,) = [m for m in messages if not m["message_id"].startswith("<crash-")]
    assert (slow["disposition"], slow["reason"]) == ("quarantined", "crashed_intake")
    (listed,) = cli.json("quarantine", "list")
    assert listed["attempts"] == 2 and "the worker died on it" in listed["error"]
    assert listed["from"]  # staff see who sent it (read from its header, unparsed)
    assert [p.name for p in (cli.inbox / ".Quarantine" / "cur").iterdir()] == ["2.M2.slow:2,"]
    assert len(list((cli.inbox / ".Processed" / "cur").iterdir())) == 2
    assert not list((cli.inbox / "new").iterdir()) and not list((cli.inbox / "cur").iterdir())

    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            sealed = conn.execute(text("SELECT raw FROM inbound_messages WHERE raw IS NOT NULL"))
            (raw,) = sealed.scalars().all()
            assert b"Content-Type" not in bytes(raw)  # the original is kept encrypted
            assert conn.execute(text("SELECT count(*) FROM intake_attempts")).scalar() == 0
    finally:
        engine.dispose()

    # a second run changes nothing; a replay by staff takes the mail in after all
    cli.run("run", "--once")
    assert len(cli.json("messages", "list")) == 3
    replayed = cli.run("quarantine", "replay", str(listed["id"]))
    assert "case_opened" in replayed.stdout
    assert cli.json("quarantine", "list") == []
    assert len(cli.json("cases", "list")) == 3
