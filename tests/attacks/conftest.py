"""The attack suite's world: the command line over the demo CRM, with a trusted receiving
server, on the embedded default (SQLite) and on PostgreSQL."""

from __future__ import annotations

import email
import sqlite3
from email import policy
from email.message import EmailMessage
from pathlib import Path

import pytest

from tests.attacks.mails import OURS
from tests.e2e.conftest import Cli, cli, demo_crm_file  # noqa: F401 (the fixtures, shared)

REPO = Path(__file__).resolve().parents[2]


class World:
    """One company, one mailbox, one case store; helpers to act and to look."""

    def __init__(self, command_line: Cli) -> None:
        self.cli = command_line
        self._n = 0

    def deliver(self, *raws: bytes) -> None:
        for raw in raws:
            self._n += 1
            self.cli.deliver(f"{self._n:05d}.M{self._n}.attack", raw)

    def run(self) -> None:
        self.cli.run("run", "--once")

    def cases(self) -> list[dict]:
        return self.cli.json("cases", "list")

    def case_of(self, address: str) -> dict:
        (case,) = [c for c in self.cases() if c["requester"]["email"] == address.lower()]
        return case

    def show(self, ref: str) -> dict:
        return self.cli.json("cases", "show", ref)

    def sent(self) -> list[EmailMessage]:
        if not self.cli.outbox.exists():
            return []
        return [
            email.message_from_bytes(p.read_bytes(), policy=policy.default)
            for p in sorted(self.cli.outbox.glob("*.eml"))
        ]

    def sent_to(self, address: str) -> list[EmailMessage]:
        return [m for m in self.sent() if address.lower() in str(m["To"]).lower()]

    def crm(self, *, marketing_masked: bool = False) -> str:
        """Every row of the company's data, as text: byte-identical means unchanged. With
        `marketing_masked`, the marketing consents (which a low-harm wish may turn off at once,
        by the policy) are left out of the comparison."""
        with sqlite3.connect(self.cli.cwd / "var" / "demo-crm.sqlite3") as disk:
            conn = sqlite3.connect(":memory:")
            disk.backup(conn)
        if marketing_masked:
            conn.execute("UPDATE customers SET marketing_post = 0, marketing_phone = 0")
            conn.execute("UPDATE newsletter_subscriptions SET email_consent = 0, sms_consent = 0")
        return "\n".join(conn.iterdump())

    def crm_rows(self, email_address: str) -> list[tuple]:
        with sqlite3.connect(self.cli.cwd / "var" / "demo-crm.sqlite3") as conn:
            return conn.execute(
                "SELECT * FROM customers WHERE lower(email) = ?", (email_address.lower(),)
            ).fetchall()

    def people(self, count: int) -> list[tuple[str, str, str]]:
        """(e-mail, first name, last name) of `count` customers of the CRM, Jan first."""
        with sqlite3.connect(self.cli.cwd / "var" / "demo-crm.sqlite3") as conn:
            return conn.execute(
                "SELECT email, first_name, last_name FROM customers"
                " WHERE email LIKE '%@%' AND company IS NULL ORDER BY id LIMIT ?",
                (count,),
            ).fetchall()


@pytest.fixture(params=["sqlite", "postgresql"])
def world(request: pytest.FixtureRequest, cli: Cli) -> World:  # noqa: F811 (the fixture)
    cli.env["GDPR_SOURCES"] = str(REPO / "config" / "sources.yaml")
    cli.env["GDPR_TRUSTED_AUTHSERV_ID"] = OURS
    if request.param == "postgresql":
        cli.env["GDPR_DATABASE_URL"] = request.getfixturevalue("postgres_url")
    return World(cli)


def body_of(message: EmailMessage) -> str:
    return message.get_body(("plain",)).get_content()


def has_report(message: EmailMessage) -> bool:
    return any(True for _ in message.iter_attachments())
