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
    shown = cli.run("cases", "show", ref).stdout
    assert "Maria Peeters <maria@mail.example>" in shown and "first got   2026-11-02" in shown
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
    # the requester answers in the duplicate's thread (its ref in the subject): the mail joins
    # the case it was merged into
    msg = EmailMessage()
    msg["From"] = "Jan Peeters <jan.peeters@mail.example>"
    msg["To"] = "GDPR@alsicohightech.com"
    msg["Subject"] = f"Re: [{second}] Vraag 4"
    msg["Message-ID"] = "<staff-cli-more-after-merge@mail.example>"
    msg.set_content("Hebt u mijn vraag goed ontvangen?")
    cli.deliver("after.Mafter.s", msg.as_bytes())
    cli.run("run", "--once")
    (answer,) = [m for m in cli.json("messages", "list") if "after-merge" in m["message_id"]]
    assert (answer["disposition"], answer["case_ref"]) == ("case_updated", first)


def test_lift_a_restriction_the_notice_first(cli: Cli):
    import sqlite3
    from email import message_from_bytes, policy

    from tests.e2e.test_rights import JAN, REPO, confirm, send

    cli.env["GDPR_SOURCES"] = str(REPO / "config" / "sources.yaml")
    cli.env["GDPR_TRUSTED_AUTHSERV_ID"] = "mx.alsicohightech.com"
    crm = cli.cwd / "var" / "demo-crm.sqlite3"

    def restricted() -> set[int]:
        with sqlite3.connect(crm) as db:
            return {r[0] for r in db.execute(
                "SELECT restricted FROM customers WHERE lower(email) = ?", (JAN[1],))}  # fmt: skip

    opened = open_case(cli, 6, "Ik wil graag een offerte voor werkkledij.")  # restricts nothing
    nothing = cli.run("cases", "lift-restriction", opened, "--reason", "x", check=False)
    assert nothing.returncode == 1 and "restricted nothing" in nothing.stderr
    send(cli, JAN, "Beperking", "Ik vraag de beperking van de verwerking van mijn "
         "persoonsgegevens (art. 18 AVG).", id_copy=True)  # fmt: skip
    ref = [c["ref"] for c in cli.json("cases", "list") if c["request_types"] == ["restriction"]][0]
    confirm(cli, JAN, ref)
    assert cli.json("cases", "show", ref)["status"] == "completed" and restricted() == {1}
    bare = cli.run("cases", "lift-restriction", ref, "--reason", "  ", check=False)
    assert bare.returncode == 1 and restricted() == {1}
    why = "Uw adres bleek juist: we hebben het nagekeken bij de post."
    cli.run("cases", "lift-restriction", ref, "--reason", why)
    assert restricted() == {0}
    (notice,) = cli.outbox.glob(f"{ref}-*staff_reply.eml")
    received = message_from_bytes(notice.read_bytes(), policy=policy.default)
    text = received.get_content()
    assert "heffen we de beperking op" in text and "bleek juist" in text
    assert received["Auto-Submitted"] is None  # a person decided it
    log = cli.json("cases", "show", ref)["log"]
    events = [e["event"] for e in log]
    announced = events.index("restriction_lift_announced")
    assert events.index("restriction_lifted") > events.index("reply_sent", announced)
    assert [e["actor"] for e in log if e["event"] == "restriction_lift_announced"] == [ME]
    again = cli.run("cases", "lift-restriction", ref, "--reason", why, check=False)
    assert again.returncode == 1 and "lifted already" in again.stderr


def test_export_the_evidence_file(cli: Cli):
    import json
    import re
    import zipfile

    from tests.e2e.test_rights import JAN, REPO, confirm, send

    cli.env["GDPR_SOURCES"] = str(REPO / "config" / "sources.yaml")
    cli.env["GDPR_TRUSTED_AUTHSERV_ID"] = "mx.alsicohightech.com"
    send(cli, JAN, "Wissen", "Verwijder al mijn persoonsgegevens (art. 17 AVG).", id_copy=True,
         authenticated=False)  # fmt: skip
    (case,) = cli.json("cases", "list")
    ref = case["ref"]
    cli.run("cases", "extend", ref, "--reason", "Drie archieven nakijken.")
    cli.run("cases", "approve", ref)
    confirm(cli, JAN, ref)  # the requester types the code back: it must not be in the file
    asked = "".join(p.read_text() for p in cli.outbox.glob(f"{ref}-*confirmation_request.eml"))
    code = re.search(r"CONFIRM(?:-[A-Z0-9]{4}){5}", asked).group(0)
    missing = cli.run("cases", "export", "GDPR-2000-000009", check=False)
    assert missing.returncode == 1
    out = cli.cwd / "evidence.zip"
    out.write_bytes(b"")
    out.chmod(0o644)  # an older file in its place: its mode does not carry over
    cli.run("cases", "export", ref, "--out", str(out))
    assert out.stat().st_mode & 0o777 == 0o600  # the requester's mails: this OS user only
    with zipfile.ZipFile(out) as z:
        names = z.namelist()
        data = json.loads(z.read(f"{ref}-evidence/case.json"))
        text = z.read(f"{ref}-evidence/summary.txt").decode()
        page = z.read(f"{ref}-evidence/summary.html").decode()
        everything = b"".join(z.read(n) for n in names)
    assert sorted(n.rpartition("/")[2] for n in names) == ["case.json", "summary.html",
                                                           "summary.txt"]  # fmt: skip
    assert code.encode() not in everything and b"%PDF" not in everything  # no code, no ID copy
    assert data["case"]["ref"] == ref and data["made_by"] == ME
    kinds = [m["kind"] for m in data["thread"]]
    assert "request" in kinds and "extension_notice" in kinds and "follow_up" in kinds
    assert all(m["delivery"]["status"] == "sent" for m in data["thread"] if m["direction"] == "out")
    (card,) = [a for m in data["thread"] for a in m["attachments"] if a.get("filename")
               == "identiteitskaart.pdf"]  # fmt: skip
    assert set(card) == {"filename", "type", "size"}
    assert any(d["event"] == "approved" and d["actor"] == ME for d in data["decisions"])
    (erased,) = [d for d in data["decisions"] if d["event"] == "right_done"]
    assert "confirmation" in erased["detail"] and "staff" in erased["detail"]
    assert [d.get("deadline") for d in data["deadline_history"]][0] == case["deadline"]
    assert len(data["deadline_history"]) == 2 and data["deadline_now"] != case["deadline"]
    assert "Verwijder al mijn persoonsgegevens" in text and "Deadline history" in text
    assert data["internal_notes"] == []  # none written on this case
    assert "<h1>Evidence file" in page and "<script" not in page
    assert cli.json("cases", "show", ref)["log"][-1]["event"] == "exported"


def test_dismiss_a_quarantined_mail(cli: Cli):
    cli.deliver("9.M9.q", b"From: undisclosed\r\nSubject: x\r\n\r\nbody")
    cli.run("run", "--once")
    (row,) = cli.json("quarantine", "list")
    assert row["reason"] == "no_sender"
    bare = cli.run("quarantine", "dismiss", str(row["id"]), "--reason", " ", check=False)
    assert bare.returncode == 1 and cli.json("quarantine", "list") == [row]
    gone = cli.run("quarantine", "dismiss", "99999", "--reason", "x", check=False)
    assert gone.returncode == 1 and "no quarantined message" in gone.stderr
    cli.run("quarantine", "dismiss", str(row["id"]), "--reason", "Lege testmail van de IT-dienst.")
    assert cli.json("quarantine", "list") == []
    (message,) = cli.json("messages", "list")
    assert (message["disposition"], message["reason"]) == ("ignored", "dismissed")
    again = cli.run("quarantine", "replay", str(row["id"]), check=False)
    assert again.returncode == 1  # dismissed: no longer replayed
    assert not list(cli.outbox.glob("*.eml"))
