"""`poll --once` and `run --once` against peers that are down: they give up after
GDPR_GIVE_UP_AFTER seconds of one outage with one line and exit 1 (never a traceback), and
`run --once` exits 1 when replies stay undelivered, 0 when everything went through."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from tests.e2e.conftest import Cli
from tests.integration.conftest import free_port
from tests.integration.smtp_servers import RecordingHandler, SmtpServer

pytestmark = pytest.mark.integration


def opt_out(n: int) -> bytes:
    msg = EmailMessage()
    msg["From"] = f"Klant {n} <klant{n}@mail.example>"
    msg["To"] = "GDPR@alsicohightech.com"
    msg["Subject"] = "Uitschrijven nieuwsbrief"
    msg["Message-ID"] = f"<once-{n}@mail.example>"
    msg.set_content("Gelieve mij uit te schrijven voor jullie nieuwsbrief.")
    return msg.as_bytes()


def last_line(stderr: str) -> str:
    return stderr.strip().splitlines()[-1]


def test_poll_once_gives_up_on_an_unreachable_imap_server(cli: Cli) -> None:
    cli.env.update(
        GDPR_MAILBOX_URL=f"imap://u:secret@127.0.0.1:{free_port()}/INBOX",
        GDPR_GIVE_UP_AFTER="3",
    )
    done = cli.run("poll", "--once", check=False)  # for ever, without the limit: cli.run's
    assert done.returncode == 1  # timeout (300 s) is the safety net against that hang
    line = last_line(done.stderr)
    assert line.startswith("gdpr-worker: the mailbox has been unavailable for ")
    waited = int(line.removeprefix("gdpr-worker: the mailbox has been unavailable for ").split()[0])
    assert waited >= 3  # it tried for the whole GDPR_GIVE_UP_AFTER, not given up at the first
    assert line.endswith("giving up") and "secret" not in done.stderr
    assert "Traceback" not in done.stderr


def test_poll_once_with_the_queue_down_commits_marks_and_says_so(cli: Cli) -> None:
    cli.env.update(GDPR_BROKER_URL=f"redis://127.0.0.1:{free_port()}/0", GDPR_GIVE_UP_AFTER="3")
    cli.deliver("1.M1.q", opt_out(1))
    done = cli.run("poll", "--once", check=False)
    assert done.returncode == 1, done.stderr
    assert last_line(done.stderr).startswith("gdpr-worker: the queue has been unavailable for ")
    assert "Traceback" not in done.stderr
    # intake went on: the case is there, the mail marked; its reply waits for the next sweep
    assert [m["disposition"] for m in cli.json("messages", "list")] == ["case_opened"]
    assert len(list((cli.inbox / ".Processed" / "cur").iterdir())) == 1


def test_run_once_exits_1_while_replies_are_undelivered_then_0(cli: Cli) -> None:
    handler = RecordingHandler(failures=["451 4.3.0 try again later"] * 100)
    with SmtpServer(handler) as server:
        cli.env["GDPR_SMTP_URL"] = server.url()
        cli.deliver("1.M1.smtp", opt_out(1))
        done = cli.run("run", "--once", check=False)
        assert done.returncode == 1, done.stderr
        assert last_line(done.stderr) == (
            "gdpr-worker: 1 reply not delivered yet (deferred: the next run tries again), "
            "0 refused by the mail server (their cases are flagged delivery_failed)"
        )
        assert "Traceback" not in done.stderr and "klant1" not in done.stderr
        assert server.received == []

        handler.failures.clear()  # the server takes mail again
        done = cli.run("run", "--once", check=False)
        assert done.returncode == 0, done.stderr
        assert len(server.received) == 1  # the opt-out's confirmation (one mail), once
