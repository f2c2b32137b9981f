"""What a requester gets for access + portability, end to end through the command line, a real
SMTP server (aiosmtpd) and, where configured, an SMS gateway on loopback: one package held for
staff to read (free text, notes, staff names: art. 15(4)), released with redactions, then the
package mail and only after it the password (a second mail, or a text message). Decrypted with
that password it reads in the requester's language; once delivered, nothing of the package or
its password is left in the case store."""

from __future__ import annotations

import email
import getpass
import io
import json
import sqlite3
import threading
from collections.abc import Iterator
from email import policy
from email.message import EmailMessage
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from pypdf import PdfReader

from tests.e2e.conftest import Cli
from tests.e2e.test_rights import JAN, OURS, PASSWORD, REPO, send
from tests.integration.smtp_servers import SmtpServer

pytestmark = pytest.mark.integration

NOTE = "customer refuses payment"  # an internal note on one of Jan's invoices
STAFF = ("Griet", "Olivier")  # who handled Jan's calls


@pytest.fixture
def crm_cli(cli: Cli) -> Cli:
    """The CLI with the demo CRM and a trusted receiving server (as in test_rights.py)."""
    cli.env["GDPR_SOURCES"] = str(REPO / "config" / "sources.yaml")
    cli.env["GDPR_TRUSTED_AUTHSERV_ID"] = OURS
    return cli


@pytest.fixture
def smtp(crm_cli: Cli) -> Iterator[SmtpServer]:
    with SmtpServer() as server:
        crm_cli.env["GDPR_SMTP_URL"] = server.url()
        yield server


class Gateway(ThreadingHTTPServer):
    """An SMS gateway: records each JSON message POSTed to it, answers 200."""

    def __init__(self) -> None:
        self.messages: list[dict] = []

        class Handler(BaseHTTPRequestHandler):
            def do_POST(handler) -> None:  # noqa: N802, N805
                length = int(handler.headers["Content-Length"])
                self.messages.append(json.loads(handler.rfile.read(length)))
                handler.send_response(200)
                handler.end_headers()
                handler.wfile.write(b'{"status": "queued"}')

            def log_message(handler, *args) -> None:  # noqa: N805
                pass

        super().__init__(("127.0.0.1", 0), Handler)


@pytest.fixture
def gateway(crm_cli: Cli) -> Iterator[Gateway]:
    server = Gateway()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    crm_cli.env["GDPR_SMS_GATEWAY_URL"] = f"http://127.0.0.1:{server.server_port}/send"
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()


def mails(server: SmtpServer) -> list[EmailMessage]:
    return [email.message_from_bytes(r.content, policy=policy.default) for r in server.received]


def text_of(message: EmailMessage) -> str:
    return message.get_body(("plain",)).get_content()


def attachment_of(message: EmailMessage) -> bytes | None:
    return next((a.get_content() for a in message.iter_attachments()), None)


def held_then_released(cli: Cli, *redact: str) -> dict:
    """Jan asks access and portability; the package waits for staff, who release it."""
    send(cli, JAN, "Inzage en overdraagbaarheid",
         "Graag inzage in alle gegevens die u over mij bewaart. Ik wil mijn gegevens ook in "
         "een machineleesbaar formaat ontvangen (art. 20 AVG).", id_copy=True)  # fmt: skip
    (case,) = cli.json("cases", "list")
    assert sorted(case["request_types"]) == ["access", "portability"]
    assert case["status"] == "awaiting_review" and "package_review" in case["flags"], case
    shown = cli.run("cases", "show", case["ref"]).stdout
    assert "package_review" in shown
    done = cli.run("cases", "release", case["ref"], "--redact", *redact)
    assert done.stdout.strip() == f"{case['ref']}: in_progress", done.stderr
    case = cli.json("cases", "show", case["ref"])
    assert case["status"] == "completed" and "package_review" not in case["flags"]
    return case


def read_package(sealed: bytes, password: str) -> tuple[str, dict[str, bytes]]:
    reader = PdfReader(io.BytesIO(sealed))
    assert reader.decrypt(password) != 0
    text = "".join(p.extract_text() for p in reader.pages)
    return text, {name: data[0] for name, data in reader.attachments.items()}


def nothing_kept(cli: Cli, password: str) -> None:
    """Every reply delivered; no attachment and no password left in the case store."""
    db = sqlite3.connect(cli.cwd / "var" / "gdpr.sqlite3")
    try:
        rows = db.execute(
            "SELECT status, attachment, body, sensitive FROM outbound_messages"
        ).fetchall()
    finally:
        db.close()
    assert rows and {status for status, *_ in rows} == {"sent"}
    assert all(attachment is None for _, attachment, _, _ in rows)
    assert not any(password in body for _, _, body, _ in rows)
    assert sum(1 for *_, sensitive in rows if sensitive) == 1  # the password, its body gone


def test_one_package_held_released_then_its_password_by_mail(crm_cli: Cli, smtp: SmtpServer):
    case = held_then_released(crm_cli, "invoices.notes", "interactions.agent")
    received = mails(smtp)
    with_file = [i for i, m in enumerate(received) if attachment_of(m) is not None]
    assert len(with_file) == 1, "access and portability: one package"
    package = received[with_file[0]]
    after = [m for m in received[with_file[0] + 1 :] if PASSWORD.search(text_of(m))]
    assert len(after) == 1, "the password comes in one mail, after the package"
    assert not any(PASSWORD.search(text_of(m)) for m in received[: with_file[0]])
    password = PASSWORD.search(text_of(after[0])).group(1)
    assert password not in text_of(package)
    assert "afzonderlijke e-mail" in text_of(package)  # Dutch, and says how the password comes

    text, files = read_package(attachment_of(package), password)
    assert "Uw persoonsgegevens (art. 15 en 20 AVG)" in text
    for label in ("Klantgegevens", "Voornaam", "Geboortedatum", "Bestellingen", "Facturen",
                  "Reclame per post", "14 maart 1980", "Gegeven 1"):  # fmt: skip
        assert label in text, label
    assert " ja" in text or "\nja" in text
    for raw in ("first_name", "birth_date", "True", "False", "1980-03-14", "legal_claim_open"):
        assert raw not in text, raw
    assert NOTE not in text and not any(name in text for name in STAFF)
    assert "niet vrijgegeven" in text  # what was withheld is said
    names = {name.rsplit("-", 1)[1] for name in files}
    assert names == {"access.json", "portability.json", "portability.csv"}
    exported = next(data for name, data in files.items() if name.endswith("-access.json"))
    assert NOTE.encode() not in exported and b"Griet" not in exported
    assert b'"withheld": true' in exported

    log = [(e["actor"], e["event"]) for e in case["log"]]
    assert (f"cli:{getpass.getuser()}", "package_released") in log
    nothing_kept(crm_cli, password)


def test_with_an_sms_gateway_the_password_goes_by_text_message(
    crm_cli: Cli, smtp: SmtpServer, gateway: Gateway
):
    held_then_released(crm_cli, "invoices.notes")
    received = mails(smtp)
    (package,) = [m for m in received if attachment_of(m) is not None]
    assert not any(PASSWORD.search(text_of(m)) for m in received), "no password by mail"
    assert "sms" in text_of(package) and "56" in text_of(package)
    (sms,) = gateway.messages
    assert sms["to"] == "+32475123456"
    password = PASSWORD.search(sms["text"]).group(1)
    text, _files = read_package(attachment_of(package), password)
    assert "Voornaam" in text and NOTE not in text
    assert "Griet" in text  # not redacted this time: staff decide
    nothing_kept(crm_cli, password)


def test_a_release_names_what_it_withholds_correctly(crm_cli: Cli, smtp: SmtpServer):
    send(crm_cli, JAN, "Inzage", "Graag inzage in alle gegevens die u over mij bewaart.",
         id_copy=True)  # fmt: skip
    (case,) = crm_cli.json("cases", "list")
    bad = crm_cli.run("cases", "release", case["ref"], "--redact", "nosuch.field", check=False)
    assert bad.returncode == 1 and len(bad.stderr.strip().splitlines()) == 1
    assert crm_cli.json("cases", "show", case["ref"])["status"] == "awaiting_review"
    assert not any(attachment_of(m) for m in mails(smtp))
