"""Every staff decision on the command line too, recorded as cli:<OS user>: write to the
requester (text on standard input, lines kept, no Auto-Submitted), extend with a reason, note,
assign, close as spam without a word to the sender, reopen with a reason."""

from __future__ import annotations

import getpass
from email import message_from_bytes, policy
from email.message import EmailMessage

from tests.e2e.conftest import Cli


def test_staff_decisions_on_the_command_line(cli: Cli):
    msg = EmailMessage()
    msg["From"] = "Jan Peeters <jan.peeters@mail.example>"
    msg["To"] = "GDPR@alsicohightech.com"
    msg["Subject"] = "Inzage"
    msg["Message-ID"] = "<staff-cli-1@mail.example>"
    msg.set_content("Graag inzage in alle gegevens die u over mij bewaart.")
    cli.deliver("1.M1.s", msg.as_bytes())
    cli.run("run", "--once")
    (case,) = cli.json("cases", "list")
    ref = case["ref"]
    me = f"cli:{getpass.getuser()}"

    cli.run("cases", "reply", ref, stdin="Over welke periode?\n- 2025\n- 2026\n")
    (sent,) = cli.outbox.glob(f"{ref}-*staff_reply.eml")
    mail = message_from_bytes(sent.read_bytes(), policy=policy.default)
    assert "periode?\n- 2025\n- 2026\n" in mail.get_content() and mail["Auto-Submitted"] is None

    bad = cli.run("cases", "extend", ref, "--reason", " ", check=False)
    assert bad.returncode == 1 and "12(3)" in bad.stderr
    cli.run("cases", "extend", ref, "--reason", "Drie archieven nakijken.")
    cli.run("cases", "note", ref, stdin="Klant gebeld.")
    cli.run("users", "add", "anna", "--role", "officer", stdin="a long passphrase\n")
    cli.run("cases", "assign", ref, "anna")
    outbox = len(list(cli.outbox.glob("*.eml")))
    assert cli.run("cases", "close", ref, "--reason", "spam", "--note", check=False).returncode == 1
    cli.run("cases", "close", ref, "--reason", "spam")
    assert len(list(cli.outbox.glob("*.eml"))) == outbox  # spam: never a word back
    assert cli.json("cases", "show", ref)["status"] == "closed"
    cli.run("cases", "reopen", ref, "--reason", "Toch een echt verzoek.")

    shown = cli.json("cases", "show", ref)
    assert shown["status"] == "awaiting_review"
    mine = [e["event"] for e in shown["log"] if e["actor"] == me]
    assert mine == [
        "reply_written",  # the staff reply
        "reply_written",  # the extension notice
        "deadline_extended", "note_added", "assigned", "closed", "status_changed", "reopened",
        "status_changed",
    ]  # fmt: skip
    text = cli.run("cases", "show", ref).stdout
    assert "Over welke periode?" in text and me in text and "reopened" in text
