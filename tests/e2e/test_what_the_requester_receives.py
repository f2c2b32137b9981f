"""What a requester receives (issue 15), end to end: mail into the Maildir, `gdpr-worker run
--once`, replies through SMTP to aiosmtpd on loopback, read as the requester reads them.

- stopping marketing asks nothing: no ID copy, no code; "no advertising at all" is every channel;
- a reply to a completed opt-out widens that case: no new case, nothing asked;
- a person's mail that is no data-protection request gets one short note without a deadline;
  phishing, machine mail and our own domain get nothing;
- one mail per moment, each consistent with the next.
"""

from __future__ import annotations

import email
import re
import sqlite3
from collections.abc import Iterator
from email import policy
from email.message import EmailMessage
from pathlib import Path

import pytest

from tests.e2e.conftest import DEMO_CRM, Cli
from tests.fixtures.idcopies import id_card_pdf
from tests.integration.smtp_servers import SmtpServer

REPO = Path(__file__).resolve().parents[2]
OURS = "mx.alsicohightech.com"
_counter = iter(range(1, 10_000))


@pytest.fixture
def smtp(cli: Cli) -> Iterator[SmtpServer]:
    """The demo CRM's data map, a trusted receiving server, replies to aiosmtpd."""
    cli.env["GDPR_SOURCES"] = str(REPO / "config" / "sources.yaml")
    cli.env["GDPR_TRUSTED_AUTHSERV_ID"] = OURS
    with SmtpServer() as server:
        cli.env["GDPR_SMTP_URL"] = server.url()
        yield server


def send(cli: Cli, who: tuple[str, str], subject: str, body: str, *, authenticated: bool = True,
         attach: bytes | None = None, **headers: str) -> str:  # fmt: skip
    n = next(_counter)
    msg = EmailMessage()
    domain = who[1].rpartition("@")[2]
    if authenticated:
        msg["Authentication-Results"] = (
            f"{OURS}; spf=pass; dkim=pass; dmarc=pass header.from={domain}"
        )
    msg["From"] = f"{who[0]} <{who[1]}>"
    msg["To"] = "GDPR@alsicohightech.com"
    msg["Subject"] = subject
    msg["Message-ID"] = f"<w{n}@{domain}>"
    for name, value in headers.items():
        msg[name.replace("_", "-")] = value
    msg.set_content(body)
    if attach is not None:
        msg.add_attachment(attach, maintype="application", subtype="pdf", filename="id.pdf")
    cli.deliver(f"{n}.M{n}.receives", msg.as_bytes())
    cli.run("run", "--once")
    return msg["Message-ID"]


def received(server: SmtpServer) -> list[EmailMessage]:
    return [email.message_from_bytes(r.content, policy=policy.default) for r in server.received]


def text(mail: EmailMessage) -> str:
    return mail.get_body(("plain",)).get_content()


def flags(cli: Cli, email_address: str) -> tuple[int, ...]:
    """The person's consents: e-mail and SMS (newsletter), post and telephone (customer)."""
    with sqlite3.connect(cli.cwd / DEMO_CRM) as db:
        return db.execute(
            "SELECT n.email_consent, n.sms_consent, c.marketing_post, c.marketing_phone "
            "FROM customers c JOIN newsletter_subscriptions n ON n.customer_id = c.id "
            "WHERE c.email = ?",
            (email_address,),
        ).fetchone()


def customer(cli: Cli) -> tuple[str, str]:
    """A customer of the demo CRM, subscribed to the newsletter, who receives marketing on
    every channel."""
    with sqlite3.connect(cli.cwd / DEMO_CRM) as db:
        first, last, address, cid = db.execute(
            "SELECT c.first_name, c.last_name, c.email, c.id FROM customers c "
            "JOIN newsletter_subscriptions n ON n.customer_id = c.id ORDER BY c.id LIMIT 1"
        ).fetchone()
        db.execute("UPDATE customers SET marketing_post = 1, marketing_phone = 1 WHERE id = ?",
                   (cid,))  # fmt: skip
        db.execute("UPDATE newsletter_subscriptions SET email_consent = 1, sms_consent = 1 "
                   "WHERE customer_id = ?", (cid,))  # fmt: skip
    return f"{first} {last}", address


@pytest.mark.parametrize(
    ("subject", "body", "words"),
    [
        ("Reclame", "Goedendag, ik wil geen reclame meer van u ontvangen, op geen enkele manier.",
         ("per post", "per telefoon", "alle kanalen", "Bedenkt u zich?")),
        ("Advertising", "Hello,\n\nNo advertising at all, on all your lists, please.\n\nSam",
         ("by post", "by telephone", "every channel", "Changed your mind?")),
    ],
)  # fmt: skip
def test_no_advertising_at_all_stops_every_channel_and_asks_nothing(
    cli: Cli, smtp, subject: str, body: str, words: tuple[str, ...]
) -> None:
    who = customer(cli)
    send(cli, who, subject, body, authenticated=False)
    (case,) = cli.json("cases", "list")
    assert case["request_types"] == ["marketing_opt_out"] or case["request_types"] == ["objection"]
    assert case["status"] == "completed" and case["id_check"]["status"] == "not_required"
    assert flags(cli, who[1]) == (0, 0, 0, 0)
    (mail,) = received(smtp)  # one mail: the confirmation, no acknowledgement beside it
    said = text(mail)
    assert all(w in said for w in words), said  # every channel, and how to undo it
    assert "identit" not in said and "CONFIRM-" not in said
    assert mail["Auto-Submitted"] == "auto-replied"


def test_a_reply_to_a_completed_opt_out_widens_it_without_a_new_case(cli: Cli, smtp) -> None:
    who = customer(cli)
    send(cli, who, "Uitschrijven", "Schrijf me uit van de nieuwsbrief, aub.", authenticated=False)
    (first,) = received(smtp)
    assert flags(cli, who[1]) == (0, 0, 1, 1)  # e-mail and SMS: post and phone not named
    assert "post en telefoon niet" in text(first)

    send(cli, who, f"Re: {first['subject']}", "Ook geen reclame meer per post of telefoon aub.",
         authenticated=False, In_Reply_To=str(first["message-id"]))  # fmt: skip
    cases = cli.json("cases", "list")
    assert len(cases) == 1, "the reply opened a new case"
    (case,) = cases
    assert case["status"] == "completed" and case["id_check"]["status"] == "not_required"
    assert flags(cli, who[1]) == (0, 0, 0, 0)
    shown = cli.json("cases", "show", case["ref"])
    assert [e["event"] for e in shown["log"]].count("right_reopened") == 1
    first_again, second = received(smtp)
    body = text(second)
    assert second["subject"].startswith(f"[{case['ref']}]")
    assert "in uw antwoord" in body and "marketing per post" in body and "telefoon" in body
    assert "identiteit" not in body and "CONFIRM-" not in body


def test_a_customers_question_gets_a_short_note_without_a_deadline(cli: Cli, smtp) -> None:
    send(cli, ("Andreas Vogel", "andreas.vogel@mail.example"), "Lieferung unserer Bestellung",
         "Guten Tag, wann wird unsere Bestellung Arbeitshosen geliefert? Mit freundlichen Grüßen, "
         "Andreas Vogel")  # fmt: skip
    (case,) = cli.json("cases", "list")
    assert case["flags"] == ["unclassified"] and case["status"] == "awaiting_review"
    (note,) = received(smtp)
    body = text(note)
    assert "info@alsicohightech.com" in body and case["ref"] in body
    assert "spätestens" not in body and "Frist" not in body and "2027" not in body
    assert body.splitlines()[2].startswith("vielen Dank")


@pytest.mark.parametrize(
    ("who", "subject", "body", "headers"),
    [
        (("Mailbox Admin", "it-support@mail.example"), "Your mailbox is almost full",
         "Dear user, your mailbox is almost full. Verify your account within 24 hours at "
         "http://mailbox-upgrade.example/login or it will be closed.", {}),
        (("Supplier", "promo@supplier.example"), "Our winter offers",
         "Discover our new workwear range.", {"Precedence": "bulk"}),
        (("Eva Claes", "eva.claes@alsicohightech.com"), "FW: klantvraag",
         "Kan iemand dit opvolgen? Het gaat over een bestelling.", {}),
        (("Out of office", "jan.peeters@mail.example"), "Afwezig: uw bericht",
         "Ik ben afwezig tot maandag.", {"Auto_Submitted": "auto-replied"}),
    ],
)  # fmt: skip
def test_phishing_machine_mail_and_our_own_domain_get_nothing(
    cli: Cli, smtp, who, subject, body, headers
) -> None:
    send(cli, who, subject, body, **headers)
    assert received(smtp) == []


def test_one_mail_per_moment_each_consistent_with_the_next(cli: Cli, smtp) -> None:
    """An erasure with a valid ID copy from a sender our server did not authenticate: the
    acknowledgement and the confirmation code arrive as one mail that does not say "send us
    nothing more"; the code confirms; the next step (a person approves, as our server did not
    authenticate the sender) is the next mail, and asks for no code again."""
    who = ("Jan Peeters", "jan.peeters@mail.example")
    card = id_card_pdf("PEETERS", "JAN", "592123456", __import__("datetime").date(1980, 3, 14),
                       __import__("datetime").date(2031, 5, 2))  # fmt: skip
    send(cli, who, "Verwijdering", "Gelieve al mijn gegevens te wissen.\n\nJan Peeters",
         authenticated=False, attach=card)  # fmt: skip
    (first,) = received(smtp)
    body = text(first)
    assert "Wij hebben uw bericht van" in body  # the acknowledgement …
    assert re.search(r"CONFIRM(?:-[A-Z0-9]{4}){5}", body)  # … and the code, in one mail
    assert "niets meer te sturen" not in body and "hoeft ons voorlopig niets" not in body
    assert body.count("Met vriendelijke groeten") == 1 and body.count("Geachte") == 1
    (case,) = cli.json("cases", "list")
    assert [m["kind"] for m in case["messages"] if m["direction"] == "out"] == [
        "confirmation_request"
    ]
    code = re.search(r"CONFIRM(?:-[A-Z0-9]{4}){5}", body).group(0)
    send(cli, who, f"Re: {first['subject']}", f"Ik bevestig: {code}", authenticated=False,
         In_Reply_To=str(first["message-id"]))  # fmt: skip
    mails = received(smtp)
    assert len(mails) == 2
    assert "CONFIRM-" not in text(mails[1]) and "persoonlijk" in text(mails[1])
