"""Machine mail is recognised and gets no reply; mail a person wrote passes."""

from email.message import EmailMessage

import pytest

from worker.domain import IgnoreReason
from worker.mail.parse import parse
from worker.screen import screen

OWN = "GDPR@alsicohightech.com"


def mail(headers: dict[str, str], body: str = "Ik wil inzage in mijn gegevens.", **kw) -> bytes:
    msg = EmailMessage()
    msg["From"] = headers.pop("From", "Jan Peeters <jan.peeters@mail.example>")
    msg["To"] = OWN
    msg["Subject"] = headers.pop("Subject", "Inzage")
    msg["Message-ID"] = "<x1@mail.example>"
    for name, value in headers.items():
        msg[name] = value
    msg.set_content(body)
    return msg.as_bytes()


def reason(raw: bytes) -> IgnoreReason | None:
    parsed = parse(raw)
    return screen(parsed, OWN)


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({}, None),
        ({"Auto-Submitted": "no"}, None),
        ({"Auto-Submitted": "auto-replied"}, IgnoreReason.AUTO_REPLY),
        ({"Auto-Submitted": "auto-generated; owner-email=x@y.example"}, IgnoreReason.AUTO_REPLY),
        ({"X-Autoreply": "yes"}, IgnoreReason.AUTO_REPLY),
        ({"X-Autorespond": "vacation"}, IgnoreReason.AUTO_REPLY),
        ({"Precedence": "auto_reply"}, IgnoreReason.AUTO_REPLY),
        ({"Subject": "Automatisch antwoord: Inzage"}, IgnoreReason.AUTO_REPLY),
        ({"Subject": "Réponse automatique : Demande"}, IgnoreReason.AUTO_REPLY),
        ({"Subject": "Automatische Antwort: Auskunft"}, IgnoreReason.AUTO_REPLY),
        ({"Subject": "Out of Office: your request"}, IgnoreReason.AUTO_REPLY),
        ({"X-MS-Exchange-Inbox-Rules-Loop": "jan@mail.example"}, IgnoreReason.AUTO_REPLY),
        ({"Return-Path": "<>"}, IgnoreReason.BOUNCE),
        # an RFC 3834 vacation reply travels with a null reverse path too
        ({"Return-Path": "<>", "Auto-Submitted": "auto-replied"}, IgnoreReason.AUTO_REPLY),
        ({"From": "MAILER-DAEMON@mx.mail.example"}, IgnoreReason.BOUNCE),
        ({"Subject": "Undelivered Mail Returned to Sender"}, IgnoreReason.BOUNCE),
        ({"Precedence": "bulk"}, IgnoreReason.BULK),
        ({"List-Id": "<news.shop.example>"}, IgnoreReason.BULK),
        ({"List-Unsubscribe": "<mailto:u@shop.example>"}, IgnoreReason.BULK),
        ({"From": "GDPR@AlsicoHighTech.com"}, IgnoreReason.OWN_ADDRESS),
        ({"X-Loop": "gdpr@alsicohightech.com"}, IgnoreReason.LOOP),
    ],
)
def test_screen(headers, expected):
    assert reason(mail(dict(headers))) == expected


@pytest.mark.parametrize(
    "subject",
    [
        "Absence of an answer to my request",  # a person complaining, not an out-of-office
        "Automatic renewal of my contract: please delete my data",
        "RE: [GDPR-2026-000001] Ontvangstbevestiging",
    ],
)
def test_human_subjects_that_look_automatic_pass(subject):
    assert reason(mail({"Subject": subject})) is None


def test_a_delivery_status_notification_is_a_bounce():
    msg = EmailMessage()
    msg["From"] = "Mail System <mailsystem@mx.mail.example>"
    msg["To"] = OWN
    msg["Subject"] = "Notification"
    msg["Message-ID"] = "<dsn1@mx.mail.example>"
    msg.set_content("Your message could not be delivered.")
    msg.make_mixed()
    msg.replace_header("Content-Type", 'multipart/report; report-type="delivery-status"')
    assert reason(msg.as_bytes()) == IgnoreReason.BOUNCE


# --- a person's mail about something else: the short neutral note may answer it ---------------


@pytest.mark.parametrize(
    ("fixture", "person"),
    [
        ("nl_question_about_order_invoice.eml", True),
        ("fr_question_price_request_not_a_request.eml", True),
        ("en_sales_pitch_gdpr_leads_not_a_request.eml", False),  # a sales pitch
    ],
)
def test_plainly_a_person_in_the_fixtures(fixture: str, person: bool) -> None:
    from tests.conftest import mail_fixture
    from worker.screen import plainly_a_person

    parsed = parse(mail_fixture(fixture), max_attachments=100)
    assert plainly_a_person(parsed) is person


@pytest.mark.parametrize(
    ("subject", "body", "person"),
    [
        ("Levering", "Wanneer wordt mijn bestelling 1234 geleverd?", True),
        (
            "Mailbox full",
            "Your mailbox is full. Verify your account to keep receiving mail.",
            False,
        ),
        ("Factuur", "Zie https://pay.example/inv/1234 om te betalen.", False),
        ("Passwort", "Ihr Passwort läuft heute ab.", False),
        ("Hello", "", False),
    ],
)
def test_plainly_a_person(subject: str, body: str, person: bool) -> None:
    from worker.screen import plainly_a_person

    raw = mail({"Subject": subject}, body=body)
    assert plainly_a_person(parse(raw, max_attachments=100)) is person
