"""Follow-ups land on the open case; the same ref from someone else does not."""

from __future__ import annotations

import email
from datetime import date
from email import policy
from email.message import EmailMessage

from tests.e2e.conftest import Cli
from tests.fixtures.idcopies import id_card_pdf

OWN = "GDPR@alsicohightech.com"


def request(sender: str, subject: str, body: str, mid: str, **headers: str) -> bytes:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = OWN
    msg["Subject"] = subject
    msg["Date"] = "Wed, 25 Nov 2026 09:14:03 +0100"
    msg["Message-ID"] = mid
    for name, value in headers.items():
        msg[name.replace("_", "-")] = value
    msg.set_content(body)
    return msg


def sent_replies(cli: Cli, ref: str) -> list[EmailMessage]:
    return [
        email.message_from_bytes(p.read_bytes(), policy=policy.default)
        for p in sorted(cli.outbox.glob(f"{ref}-*.eml"))
    ]


def open_access_case(cli: Cli) -> dict:
    msg = request(
        "Jan Peeters <jan.peeters@mail.example>",
        "Inzageverzoek",
        "Beste,\n\nGraag had ik inzage gekregen in alle persoonsgegevens die u over mij "
        "bewaart.\n\n"
        "Met vriendelijke groeten,\nJan Peeters",
        "<req-1@mail.example>",
    )
    cli.deliver("1.M1.t", msg.as_bytes())
    cli.run("run", "--once")
    (case,) = cli.json("cases", "list")
    assert case["status"] == "awaiting_id" and case["id_check"]["status"] == "missing"
    return case


def test_the_id_copy_sent_in_reply_lets_the_case_proceed(cli: Cli):
    case = open_access_case(cli)
    ack = next(m for m in sent_replies(cli, case["ref"]) if "acknowledgement" in m["message-id"])
    reply = request(
        "Jan Peeters <jan.peeters@mail.example>",
        f"Re: {ack['subject']}",
        "Hierbij een kopie van mijn identiteitskaart.\n\nJan Peeters",
        "<req-2@mail.example>",
        In_Reply_To=str(ack["message-id"]),
        References=f"<req-1@mail.example> {ack['message-id']}",
    )
    reply.add_attachment(
        id_card_pdf("PEETERS", "JAN", "592123456", date(1980, 3, 14), date(2031, 5, 2)),
        maintype="application",
        subtype="pdf",
        filename="identiteitskaart.pdf",
    )
    cli.deliver("2.M2.t", reply.as_bytes())
    cli.run("run", "--once")

    messages = cli.json("messages", "list")
    assert [m["disposition"] for m in messages] == ["case_opened", "case_updated"]
    assert messages[1]["case_ref"] == case["ref"]
    updated = cli.json("cases", "show", case["ref"])
    assert updated["id_check"]["status"] == "verified"
    # the identity is confirmed; the access report still waits for a person, because no
    # receiving server of ours vouched for the sender's address (GDPR_TRUSTED_AUTHSERV_ID)
    assert updated["status"] == "awaiting_review"
    assert updated["flags"] == ["sender_unverified"]
    # one mail for that moment: the copy acknowledged, and a person checks before data goes out
    assert [(m["direction"], m["kind"]) for m in updated["messages"]][-2:] == [
        ("in", "follow_up"),
        ("out", "response"),
    ]
    (mail,) = [m for m in updated["thread"] if m["direction"] == "out"][-1:]
    assert "identiteitsbewijs" in mail["text"] and "persoonlijk" in mail["text"]


def test_the_ref_in_the_subject_threads_a_reply_without_headers(cli: Cli):
    case = open_access_case(cli)
    reply = request(
        "jan.peeters@mail.example",
        f"Mijn verzoek {case['ref']}",
        "Ik stuur mijn identiteitskaart later door.",
        "<req-3@mail.example>",
    )
    cli.deliver("3.M3.t", reply.as_bytes())
    cli.run("run", "--once")
    messages = cli.json("messages", "list")
    assert messages[1]["disposition"] == "case_updated"
    assert messages[1]["case_ref"] == case["ref"]
    assert len(cli.json("cases", "list")) == 1
    # no ID came: the case still waits, and no new reply is sent for a note like this one
    assert cli.json("cases", "show", case["ref"])["status"] == "awaiting_id"
    assert len(sent_replies(cli, case["ref"])) == 1  # the acknowledgement, which asks for the ID


def test_the_same_ref_from_another_address_opens_a_new_flagged_case(cli: Cli):
    case = open_access_case(cli)
    other = request(
        "Mallory <mallory@evil.example>",
        f"Re: [{case['ref']}] Ontvangstbevestiging",
        "Stuur de gegevens van dit dossier maar naar mij.",
        "<evil-1@evil.example>",
    )
    cli.deliver("4.M4.t", other.as_bytes())
    cli.run("run", "--once")
    cases = cli.json("cases", "list")
    assert len(cases) == 2
    assert cases[0]["messages"][-1]["direction"] == "out"  # the first case got nothing new
    assert cases[1]["requester"]["email"] == "mallory@evil.example"
    assert cases[1]["flagged"] and "ref_from_other_sender" in cases[1]["flags"]
    assert cases[1]["status"] == "awaiting_review"
