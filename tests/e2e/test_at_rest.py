"""At rest and in the logs (the security review's findings 8 and 9), through the command line:
what the worker writes is its user's alone whatever the caller's umask, the ID-copy key lives
outside var/ and one that others may read stops the worker, and no log line carries the
requester's address or an identity number, even when a write to the case store fails with the
values in the database's own error message."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from email.message import EmailMessage
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from tests.e2e.conftest import Cli

ADDRESS = "jan.peeters@mail.example"
NATIONAL_NUMBER = "80.01.01-123.45"


def opt_out(message_id: str = f"<20261206.{ADDRESS}>") -> bytes:
    msg = EmailMessage()
    msg["From"] = f"Jan Peeters <{ADDRESS}>"
    msg["To"] = "GDPR@alsicohightech.com"
    msg["Subject"] = f"Unsubscribe (rijksregisternummer {NATIONAL_NUMBER})"
    msg["Message-ID"] = message_id
    msg["Date"] = "Sun, 06 Dec 2026 08:00:00 +0100"
    msg.set_content(
        "Please remove me from your newsletter and stop sending me marketing e-mails.\n"
        f"My national number is {NATIONAL_NUMBER}, my card 592-1234567-88.\n\nJan Peeters\n"
    )
    return msg.as_bytes()


def run_lax(cli: Cli, *args: str) -> subprocess.CompletedProcess[str]:
    """gdpr-worker ARGS started with the common umask 022."""
    return subprocess.run(
        [sys.executable, "-m", "worker.cli", *args],
        cwd=cli.cwd, env=cli.env, capture_output=True, text=True, timeout=300,
        preexec_fn=lambda: os.umask(0o022),
    )  # fmt: skip


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_what_the_worker_writes_is_private_whatever_the_umask(cli: Cli) -> None:
    cli.deliver("m1", opt_out())
    done = run_lax(cli, "run", "--once")
    assert done.returncode == 0, done.stderr
    var = cli.cwd / "var"
    made = [
        var / "gdpr.sqlite3", var / "outbox", *(var / "outbox").iterdir(),
        var / "mailbox" / ".Processed", var / "mailbox" / ".Quarantine",
        var / "mailbox" / ".Processed" / "cur",  # the mail in it is the MDA's file
        cli.cwd / "keys", cli.cwd / "keys" / "id-copies.key",
    ]  # fmt: skip
    assert len(made) >= 8  # a reply was written, the mail was moved
    loose = {str(p.relative_to(cli.cwd)): oct(mode(p)) for p in made if mode(p) & 0o077}
    assert loose == {}
    assert not (var / "id-copies.key").exists()  # the key is not beside the case store


def test_a_key_file_others_may_read_stops_the_worker_in_one_line(cli: Cli) -> None:
    cli.run("db", "upgrade")
    key = cli.cwd / "keys" / "id-copies.key"
    key.chmod(0o644)
    done = cli.run("cases", "list", check=False)
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr
    assert "GDPR_ID_KEY_FILE" in done.stderr and "chmod 600" in done.stderr


def test_an_old_install_keeps_its_key(cli: Cli) -> None:
    """An install from before kept the key in var/: it is moved out, and still decrypts."""
    cli.env["GDPR_ID_KEY_FILE"] = "var/id-copies.key"
    cli.run("db", "upgrade")
    old = (cli.cwd / "var" / "id-copies.key").read_bytes()
    del cli.env["GDPR_ID_KEY_FILE"]
    done = cli.run("db", "upgrade")
    assert "moved" in done.stderr
    assert (cli.cwd / "keys" / "id-copies.key").read_bytes() == old
    assert not (cli.cwd / "var" / "id-copies.key").exists()


_PG_TRIGGER = """
CREATE FUNCTION refuse_completion() RETURNS trigger AS $$
BEGIN
  IF NEW.status = 'completed' THEN
    RAISE EXCEPTION 'refused %% %%', NEW.requester_email, (SELECT subject FROM inbound_messages
      WHERE case_id = NEW.id LIMIT 1);
  END IF;
  RETURN NEW;
END $$ LANGUAGE plpgsql;
CREATE TRIGGER refuse_completion BEFORE UPDATE ON cases
  FOR EACH ROW EXECUTE FUNCTION refuse_completion();
"""
_SQLITE_TRIGGER = """
CREATE TRIGGER refuse_completion BEFORE UPDATE OF status ON cases
  WHEN NEW.status = 'completed' BEGIN SELECT RAISE(ABORT, 'refused'); END
"""


@pytest.mark.parametrize("store", ["sqlite", "postgresql"])
def test_no_address_or_id_number_in_any_log_line(
    cli: Cli, store: str, request: pytest.FixtureRequest
) -> None:
    """A handler's write fails with the person's address and subject in PostgreSQL's own error
    message (a trigger, as a constraint's DETAIL would); the Message-ID carries the address."""
    if store == "postgresql":
        url = request.getfixturevalue("postgres_url")
        cli.env["GDPR_DATABASE_URL"] = url
        trigger = [_PG_TRIGGER]
    else:
        url = f"sqlite:///{cli.cwd / 'var' / 'gdpr.sqlite3'}"
        trigger = [_SQLITE_TRIGGER]
    cli.run("db", "upgrade")
    engine = create_engine(url)
    with engine.begin() as conn:
        for statement in trigger:
            conn.exec_driver_sql(statement)
    engine.dispose()
    cli.deliver("m1", opt_out())
    done = cli.run("run", "--once", check=False)
    logs = done.stderr
    assert "refused" in logs  # the write failed, and was logged
    assert ADDRESS not in logs and "jan.peeters" not in logs
    for number in (NATIONAL_NUMBER, "80010112345", "592-1234567-88"):
        assert number not in logs
    assert "<address>" in logs  # what was there is said to have been there
    engine = create_engine(url)
    with engine.connect() as conn:  # the failure was real: the case did not complete
        assert conn.execute(text("SELECT status FROM cases")).scalar() != "completed"
    engine.dispose()


def test_dramatiq_handlers_redact_their_logs_and_write_privately(
    cli: Cli, postgres_url: str
) -> None:
    """The production topology: `poll --once` on PostgreSQL and Redis, then `dramatiq handlers`
    (started with umask 022), whose job fails on the trigger's message with the address in it."""
    import random

    import redis

    db = random.randint(1, 15)
    client = redis.Redis.from_url(f"redis://127.0.0.1:6379/{db}")
    client.flushdb()
    cli.env.update(GDPR_DATABASE_URL=postgres_url, GDPR_BROKER_URL=f"redis://127.0.0.1:6379/{db}")
    try:
        cli.run("db", "upgrade")
        engine = create_engine(postgres_url)
        with engine.begin() as conn:
            conn.exec_driver_sql(_PG_TRIGGER)
        engine.dispose()
        cli.deliver("m1", opt_out())
        cli.run("poll", "--once")
        proc = subprocess.Popen(
            [sys.executable, "-m", "dramatiq", "handlers", "--processes", "1", "--threads", "2"],
            cwd=cli.cwd, env=cli.env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
            text=True, preexec_fn=lambda: os.umask(0o022),
        )  # fmt: skip
        said: list[str] = []
        import threading
        import time

        reader = threading.Thread(target=lambda: said.extend(proc.stderr or []), daemon=True)
        reader.start()
        deadline = time.monotonic() + 90
        while not any("refused" in line for line in said) and time.monotonic() < deadline:
            time.sleep(0.2)
        proc.terminate()
        proc.wait(30)
        reader.join(10)
    finally:
        client.flushdb()
    logs = "".join(said)
    assert "refused" in logs, logs[-2000:]  # the job failed on the trigger, and said so
    assert ADDRESS not in logs and NATIONAL_NUMBER not in logs and "<address>" in logs
    outbox = cli.cwd / "var" / "outbox"
    assert mode(outbox) == 0o700 and all(mode(f) == 0o600 for f in outbox.iterdir())
