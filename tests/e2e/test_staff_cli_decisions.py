"""The workplace's further decisions on the command line, recorded as cli:<OS user>: correct the
reading without approving, set the data subject and the day the company first received the
request, merge a duplicate, lift a restriction (the notice first), export the evidence file,
dismiss a quarantined mail."""

from __future__ import annotations

import getpass
from email.message import EmailMessage

from tests.e2e.conftest import Cli

ME = f"cli:{getpass.getuser()}"


def mail(n: int, body: str, sender: str = "Jan Peeters <jan.peeters@mail.example>") -> bytes:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = "GDPR@alsicohightech.com"
    msg["Subject"] = f"Vraag {n}"
    msg["Message-ID"] = f"<staff-cli-more-{n}@mail.example>"
    msg.set_content(body)
    return msg.as_bytes()


def open_case(cli: Cli, n: int, body: str, **kw: str) -> str:
    before = {c["ref"] for c in cli.json("cases", "list")} if (cli.cwd / "var").exists() else set()
    cli.deliver(f"{n}.M{n}.s", mail(n, body, **kw))
    cli.run("run", "--once")
    (ref,) = {c["ref"] for c in cli.json("cases", "list")} - before
    return ref


def mine(case: dict) -> list[str]:
    return [e["event"] for e in case["log"] if e["actor"] == ME]


def test_correct_the_reading_without_approving(cli: Cli):
    ref = open_case(cli, 1, "Wanneer wordt mijn bestelling van vorige week geleverd?")
    case = cli.json("cases", "show", ref)
    assert not list(cli.outbox.glob(f"{ref}-*acknowledgement.eml"))  # nothing read: silent
    bad = cli.run("cases", "correct", ref, "--types", "access,sleeping", check=False)
    assert bad.returncode == 1 and "sleeping" in bad.stderr
    cli.run("cases", "correct", ref, "--types", "erasure,access", "--reason", "Leest als inzage.")
    case = cli.json("cases", "show", ref)
    assert case["request_types"] == ["access", "erasure"]
    assert "unclassified" not in case["flags"] and "low_confidence" not in case["flags"]
    assert case["status"] == "awaiting_id"  # the plan follows: access and erasure need an ID
    assert "approved" not in [e["event"] for e in case["log"]]  # corrected, not approved
    assert mine(case)[:1] == ["reading_corrected"]
    (ack,) = cli.outbox.glob(f"{ref}-*acknowledgement.eml")  # the requester hears of it now
    assert "inzage" in ack.read_text().lower()
    assert "Leest als inzage." not in str(case["log"])  # the reason is a note, not the log


def test_the_data_subject_and_the_first_receipt(cli: Cli):
    ref = open_case(
        cli,
        2,
        "Ik schrijf namens mijn moeder, Maria Peeters. Zij wil inzage in al haar gegevens.",
    )
    case = cli.json("cases", "show", ref)
    received = case["received_at"][:10]
    future = cli.run("cases", "subject", ref, "--name", "Maria", "--received", "2999-01-01",
                     check=False)  # fmt: skip
    assert future.returncode == 1 and "future" in future.stderr
    cli.run(
        "cases", "subject", ref, "--name", "Maria Peeters", "--email", "maria@mail.example",
        "--received", "2026-11-02",
    )  # fmt: skip
    case = cli.json("cases", "show", ref)
    assert case["data_subject"] == {"name": "Maria Peeters", "email": "maria@mail.example"}
    assert case["first_received"] == "2026-11-02" and case["deadline"] == "2026-12-02"
    assert received >= "2026-11-02"
    assert case["status"] == "awaiting_review"  # another person: a person checks the mandate
    assert mine(case)[0] == "data_subject_set"
    assert "deadline" in cli.run("cases", "show", ref).stdout
    cli.run("cases", "approve", ref)
    assert cli.json("cases", "show", ref)["status"] in ("completed", "awaiting_review")
    log = cli.json("cases", "show", ref)["log"]
    (done,) = [e for e in log if e["event"] == "right_done"]
    assert "staff" in done["detail"] and "sender authentication" not in done["detail"]


def test_merge_a_duplicate_into_another_case(cli: Cli):
    first = open_case(cli, 3, "Ik wil inzage in al mijn persoonsgegevens.")
    second = open_case(cli, 4, "Nogmaals: ik wil weten welke gegevens u over mij heeft.")
    third = open_case(cli, 5, "Wanneer wordt mijn bestelling van vorige week geleverd?")
    sent = len(list(cli.outbox.glob("*.eml")))
    itself = cli.run("cases", "merge", second, second, "--reason", "x", check=False)
    assert itself.returncode == 1 and "itself" in itself.stderr
    cli.run("cases", "close", third, "--reason", "not_a_request")
    closed = cli.run("cases", "merge", second, third, "--reason", "x", check=False)
    assert closed.returncode == 1 and "closed" in closed.stderr
    cli.run("cases", "merge", second, first, "--reason", "Dezelfde vraag, twee keer gestuurd.")
    merged, kept = cli.json("cases", "show", second), cli.json("cases", "show", first)
    assert merged["status"] == "closed" and merged["merged_into"] == first
    assert merged["thread"] == [] and mine(merged)[0] == "merged_into"
    texts = [m["text"] for m in kept["thread"] if m["direction"] == "in"]
    assert any("Nogmaals" in t for t in texts) and any("inzage in al mijn" in t for t in texts)
    assert "merged_from" in mine(kept)
    assert len(list(cli.outbox.glob("*.eml"))) == sent  # nobody is written to
    again = cli.run("cases", "merge", second, first, "--reason", "x", check=False)
    assert again.returncode == 1  # a closed duplicate is merged once
