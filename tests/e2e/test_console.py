"""The staff console (`gdpr-worker web`), a real uvicorn server on loopback: flagged cases first,
mail never rendered as HTML, decisions only with the console's form token, quarantine replay,
and the JSON of INTERFACE.md."""

from __future__ import annotations

import contextlib
import re
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from datetime import date, datetime
from email.message import EmailMessage

import pytest

from tests.e2e.conftest import Cli

HOSTILE = '<script>alert("x")</script><img src=x onerror=alert(1)>'


def mail(n: int, subject: str, body: str, sender: str | None = None) -> bytes:
    msg = EmailMessage()
    msg["From"] = sender or f"Klant {n} <klant{n}@mail.example>"
    msg["To"] = "GDPR@alsicohightech.com"
    msg["Subject"] = subject
    msg["Message-ID"] = f"<console-{n}@mail.example>"
    msg.set_content(body)
    return msg.as_bytes()


class Console:
    def __init__(self, port: int) -> None:
        self.base = f"http://127.0.0.1:{port}"

    def get(self, path: str) -> tuple[int, dict[str, str], str]:
        try:
            with urllib.request.urlopen(self.base + path, timeout=30) as resp:
                return resp.status, dict(resp.headers), resp.read().decode()
        except urllib.error.HTTPError as err:
            return err.code, dict(err.headers), err.read().decode()

    def post(self, path: str, fields: dict[str, str]) -> tuple[int, str]:
        body = urllib.parse.urlencode(fields).encode()
        request = urllib.request.Request(self.base + path, data=body, method="POST")

        class NoRedirect(urllib.request.HTTPRedirectHandler):
            def redirect_request(self, *args, **kwargs):  # noqa: ANN002, ANN003, ANN201
                return None

        opener = urllib.request.build_opener(NoRedirect)
        try:
            with opener.open(request, timeout=120) as resp:
                return resp.status, resp.headers.get("Location", "")
        except urllib.error.HTTPError as err:
            return err.code, err.headers.get("Location", "")


@pytest.fixture
def console(cli: Cli) -> Iterator[tuple[Cli, Console]]:
    cli.deliver("1.M1.c", mail(1, HOSTILE, "Ik wil inzage in al mijn persoonsgegevens."))
    cli.deliver("2.M2.c", b"From: undisclosed\r\nSubject: kapot\r\n\r\nbody")
    cli.run("run", "--once")
    with serving(cli) as web:
        yield cli, web


@contextlib.contextmanager
def serving(cli: Cli) -> Iterator[Console]:
    """`gdpr-worker web` on a free loopback port, over the cli's store, until the block ends."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen(
        [sys.executable, "-m", "worker.cli", "web", "--port", str(port), "--by", "an.staff"],
        cwd=cli.cwd, env=cli.env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    web = Console(port)
    deadline = time.monotonic() + 30
    while True:
        try:
            web.get("/api/cases")
            break
        except OSError:
            assert proc.poll() is None, proc.stderr.read() if proc.stderr else ""
            assert time.monotonic() < deadline, "the console did not start"
            time.sleep(0.2)
    try:
        yield web
    finally:
        proc.terminate()
        proc.wait(20)


def test_cases_flagged_first_and_mail_never_rendered_as_html(console):
    cli, web = console
    (case,) = cli.json("cases", "list")
    assert case["flagged"] and "sender_unverified" in case["flags"]
    status, headers, html = web.get("/cases")
    assert status == 200 and case["ref"] in html
    assert "script-src" not in headers["content-security-policy"]  # no script runs at all
    assert headers["cache-control"] == "no-store"
    status, _, page = web.get(f"/cases/{case['ref']}")
    assert status == 200
    assert "<script>" not in page and "<img" not in page
    assert "&lt;script&gt;" in page  # the subject is shown, as text
    assert "a guess of the trained model" not in page  # the phrase rules read this one
    assert web.get("/cases/GDPR-1999-000001")[0] == 404


def test_the_json_is_the_command_lines(console):
    cli, web = console
    import json

    assert json.loads(web.get("/api/cases")[2]) == cli.json("cases", "list")
    assert json.loads(web.get("/api/messages")[2]) == cli.json("messages", "list")
    assert json.loads(web.get("/api/quarantine")[2]) == cli.json("quarantine", "list")


def test_approve_needs_the_form_token_then_carries_the_case_out(console):
    cli, web = console
    (case,) = cli.json("cases", "list")
    ref = case["ref"]
    assert web.post(f"/cases/{ref}/approve", {"token": "forged"})[0] == 403
    assert web.post(f"/cases/{ref}/approve", {})[0] == 403
    assert cli.json("cases", "show", ref)["flags"] == case["flags"]

    token = re.search(r'name="token" value="([^"]+)"', web.get(f"/cases/{ref}")[2]).group(1)
    status, location = web.post(f"/cases/{ref}/approve", {"token": token, "by": "Ann Staff"})
    assert status == 303 and "approved" in urllib.parse.unquote(location)
    after = cli.json("cases", "show", ref)
    assert after["status"] != case["status"] and not after["flagged"]
    assert any(m["kind"] == "response" for m in after["messages"])  # the access reply went out
    _, _, page = web.get(f"/cases/{ref}")
    assert "staff:Ann Staff" in page  # the decision is in the case's log, by name


def test_quarantine_is_listed_and_replayed_with_the_token(console):
    cli, web = console
    (row,) = cli.json("quarantine", "list")
    status, _, page = web.get("/quarantine")
    assert status == 200 and "no_sender" in page
    assert web.post(f"/quarantine/{row['id']}/replay", {"token": "x"})[0] == 403
    token = re.search(r'name="token" value="([^"]+)"', page).group(1)
    status, location = web.post(f"/quarantine/{row['id']}/replay", {"token": token})
    assert status == 303 and "quarantined" in urllib.parse.unquote(location)  # still broken
    assert cli.json("quarantine", "list")[0]["attempts"] == 2


def test_extend_the_deadline_once_with_a_notice_to_the_requester(console):
    cli, web = console
    (case,) = cli.json("cases", "list")
    ref = case["ref"]
    token = re.search(r'name="token" value="([^"]+)"', web.get(f"/cases/{ref}")[2]).group(1)
    assert web.post(f"/cases/{ref}/extend", {"reason": "x"})[0] == 403
    reason = "We must gather your data from three archived systems."
    status, location = web.post(f"/cases/{ref}/extend", {"token": token, "reason": reason})
    assert status == 303 and "deadline extended" in urllib.parse.unquote(location)
    after = cli.json("cases", "show", ref)
    old, new = date.fromisoformat(case["deadline"]), date.fromisoformat(after["deadline"])
    assert (new.year * 12 + new.month) - (old.year * 12 + old.month) == 2
    assert [m["kind"] for m in after["messages"]].count("extension_notice") == 1
    (notice,) = [p for p in cli.outbox.glob("*extension_notice*.eml")]
    text = notice.read_text()
    assert "archived systems" in text and "[" + ref + "]" in text

    status, location = web.post(f"/cases/{ref}/extend", {"token": token})
    assert "already" in urllib.parse.unquote(location)  # once only
    assert cli.json("cases", "show", ref)["deadline"] == after["deadline"]


def test_staff_write_to_the_requester_in_the_thread_and_refuse(console):
    cli, web = console
    (case,) = cli.json("cases", "list")
    ref = case["ref"]
    token = re.search(r'name="token" value="([^"]+)"', web.get(f"/cases/{ref}")[2]).group(1)
    assert web.post(f"/cases/{ref}/reply", {"text": "hallo"})[0] == 403
    text = "Kunt u ons laten weten over welke periode het gaat?\n\nMet dank."
    status, location = web.post(f"/cases/{ref}/reply", {"token": token, "text": text})
    assert status == 303 and "message sent" in urllib.parse.unquote(location)
    (sent,) = list(cli.outbox.glob("*staff_reply*.eml"))
    from email import message_from_bytes, policy

    msg = message_from_bytes(sent.read_bytes(), policy=policy.default)
    assert msg["Subject"] == f"[{ref}] Over uw verzoek"  # the case's language
    assert msg["In-Reply-To"] == "<console-1@mail.example>"
    assert "welke periode" in msg.get_content() and ref in msg.get_content()
    assert web.post(f"/cases/{ref}/reply", {"token": token, "text": "  "})[1].count("empty")

    status, location = web.post(f"/cases/{ref}/refuse", {"token": token, "reason": "nonsense"})
    assert "unknown reason" in urllib.parse.unquote(location)
    status, location = web.post(
        f"/cases/{ref}/refuse", {"token": token, "reason": "identity_not_confirmed", "by": "An"}
    )
    assert status == 303 and "rejected" in urllib.parse.unquote(location)
    after = cli.json("cases", "show", ref)
    assert after["status"] == "rejected"
    assert [m["kind"] for m in after["messages"] if m["direction"] == "out"][-1] == "refusal"
    (refusal,) = list(cli.outbox.glob("*refusal*.eml"))
    body = message_from_bytes(refusal.read_bytes(), policy=policy.default).get_content()
    assert "art. 12, lid 2" in body and "Gegevensbeschermingsautoriteit" in body


def test_open_cases_show_the_days_left_and_an_overdue_one_stands_out(console):
    import sqlite3
    from datetime import timedelta
    from zoneinfo import ZoneInfo

    cli, web = console
    (case,) = cli.json("cases", "list")
    today = datetime.now(ZoneInfo("Europe/Brussels")).date()
    left = (date.fromisoformat(case["deadline"]) - today).days
    assert f"{left} day(s) left" in web.get("/cases")[2]

    with sqlite3.connect(cli.cwd / "var" / "gdpr.sqlite3") as db:  # a case received long ago
        db.execute("UPDATE cases SET deadline = ?", ((today - timedelta(days=3)).isoformat(),))
    page = web.get("/cases")[2]
    assert "3 day(s) overdue" in page and "1 past the deadline" in page
