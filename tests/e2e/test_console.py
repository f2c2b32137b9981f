"""The staff console (`gdpr-worker web`), a real uvicorn server on loopback: flagged cases first,
mail never rendered as HTML, decisions only with the console's form token, quarantine replay,
and the JSON of INTERFACE.md."""

from __future__ import annotations

import contextlib
import html
import re
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import date, datetime
from email.message import EmailMessage

import httpx
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
    """A browser-like client of a served console, logged in as `user`."""

    def __init__(self, port: int) -> None:
        self.port = port
        self.base = f"http://127.0.0.1:{port}"
        self.http = httpx.Client(base_url=self.base, follow_redirects=False, timeout=120)

    def log_in(self, user: str, password: str) -> None:
        answer = self.http.post("/login", data={"username": user, "password": password})
        assert answer.status_code == 303, answer.text

    def get(self, path: str) -> tuple[int, dict[str, str], str]:
        answer = self.http.get(path)
        return answer.status_code, dict(answer.headers), answer.text

    def post(self, path: str, fields: dict[str, str]) -> tuple[int, str]:
        answer = self.http.post(path, data=fields)
        return answer.status_code, answer.headers.get("location", answer.text)

    def token(self, path: str = "/cases") -> str:
        return re.search(r'name="token" value="([^"]+)"', self.get(path)[2]).group(1)


PASSWORD = "an officer's passphrase"


@pytest.fixture
def console(cli: Cli) -> Iterator[tuple[Cli, Console]]:
    cli.deliver("1.M1.c", mail(1, HOSTILE, "Ik wil inzage in al mijn persoonsgegevens."))
    cli.deliver("2.M2.c", b"From: undisclosed\r\nSubject: kapot\r\n\r\nbody")
    cli.run("run", "--once")
    with serving(cli) as web:
        yield cli, web


@contextlib.contextmanager
def serving(cli: Cli, user: str = "an.staff", role: str = "officer") -> Iterator[Console]:
    """`gdpr-worker web` on a free loopback port, over the cli's store, until the block ends,
    with a client logged in as `user` (added with `users add` if new)."""
    if user not in {u["name"] for u in cli.json("users", "list")}:
        cli.run("users", "add", user, "--role", role, stdin=PASSWORD + "\n")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen(
        [sys.executable, "-m", "worker.cli", "web", "--port", str(port)],
        cwd=cli.cwd, env=cli.env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    web = Console(port)
    web.pid = proc.pid
    deadline = time.monotonic() + 30
    while True:
        try:
            web.get("/login")
            break
        except httpx.TransportError:
            assert proc.poll() is None, proc.stderr.read() if proc.stderr else ""
            assert time.monotonic() < deadline, "the console did not start"
            time.sleep(0.2)
    web.log_in(user, PASSWORD)
    try:
        yield web
    finally:
        web.http.close()
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
    confirm = web.post(f"/cases/{ref}/approve", {"token": token, "by": "Ann Staff"})
    assert confirm[0] == 200 and "Approve the case" in confirm[1]  # nothing done before this
    assert cli.json("cases", "show", ref)["status"] == case["status"]
    status, location = web.post(
        f"/cases/{ref}/approve", {"token": token, "by": "Ann Staff", "confirmed": "yes"}
    )
    assert status == 303 and location.endswith("?done=approved")
    after = cli.json("cases", "show", ref)
    assert after["status"] != case["status"] and not after["flagged"]
    assert any(m["kind"] == "response" for m in after["messages"])  # the access reply went out
    _, _, page = web.get(f"/cases/{ref}")
    assert "staff:an.staff" in page and "Ann Staff" not in page  # logged-in user, not typed


def test_quarantine_is_listed_and_replayed_with_the_token(console):
    cli, web = console
    (row,) = cli.json("quarantine", "list")
    status, _, page = web.get("/quarantine")
    assert status == 200 and "no_sender" in page
    assert web.post(f"/quarantine/{row['id']}/replay", {"token": "x"})[0] == 403
    token = re.search(r'name="token" value="([^"]+)"', page).group(1)
    status, location = web.post(f"/quarantine/{row['id']}/replay", {"token": token})
    assert status == 303 and location.endswith("?done=replayed-quarantined")  # still broken
    assert cli.json("quarantine", "list")[0]["attempts"] == 2


def test_extend_the_deadline_once_with_a_notice_to_the_requester(console):
    cli, web = console
    (case,) = cli.json("cases", "list")
    ref = case["ref"]
    token = re.search(r'name="token" value="([^"]+)"', web.get(f"/cases/{ref}")[2]).group(1)
    assert web.post(f"/cases/{ref}/extend", {"reason": "x"})[0] == 403
    reason = "We must gather your data from three archived systems."
    status, page = web.post(f"/cases/{ref}/extend", {"token": token, "reason": " "})
    assert status == 409 and "give the reason for the delay" in page  # art. 12(3)
    status, page = web.post(f"/cases/{ref}/extend", {"token": token, "reason": reason})
    assert status == 200 and "archived systems" in page  # the notice, before it is sent
    status, location = web.post(
        f"/cases/{ref}/extend", {"token": token, "reason": reason, "confirmed": "yes"}
    )
    assert status == 303 and location.endswith("?done=extended")
    after = cli.json("cases", "show", ref)
    old, new = date.fromisoformat(case["deadline"]), date.fromisoformat(after["deadline"])
    assert (new.year * 12 + new.month) - (old.year * 12 + old.month) == 2
    assert [m["kind"] for m in after["messages"]].count("extension_notice") == 1
    (notice,) = [p for p in cli.outbox.glob("*extension_notice*.eml")]
    text = notice.read_text()
    assert "archived systems" in text and "[" + ref + "]" in text

    status, page = web.post(f"/cases/{ref}/extend", {"token": token, "reason": reason})
    assert status == 409 and "already" in page  # once only
    assert cli.json("cases", "show", ref)["deadline"] == after["deadline"]


def test_staff_write_to_the_requester_in_the_thread_and_refuse(console):
    cli, web = console
    (case,) = cli.json("cases", "list")
    ref = case["ref"]
    token = re.search(r'name="token" value="([^"]+)"', web.get(f"/cases/{ref}")[2]).group(1)
    assert web.post(f"/cases/{ref}/reply", {"text": "hallo"})[0] == 403
    text = "Kunt u ons laten weten over welke periode het gaat?\n- 2025\n- 2026\n\nMet dank."
    status, page = web.post(f"/cases/{ref}/reply", {"token": token, "text": text})
    assert status == 200 and "het gaat?\n- 2025\n- 2026\n" in html.unescape(page)  # preview
    assert not list(cli.outbox.glob("*staff_reply*.eml"))
    status, location = web.post(
        f"/cases/{ref}/reply", {"token": token, "text": text, "confirmed": "yes"}
    )
    assert status == 303 and location.endswith("?done=replied")
    (sent,) = list(cli.outbox.glob("*staff_reply*.eml"))
    from email import message_from_bytes, policy

    msg = message_from_bytes(sent.read_bytes(), policy=policy.default)
    assert msg["Subject"] == f"[{ref}] Over uw verzoek"  # the case's language
    assert msg["In-Reply-To"] == "<console-1@mail.example>"
    assert "welke periode" in msg.get_content() and ref in msg.get_content()
    assert "het gaat?\n- 2025\n- 2026\n" in msg.get_content()  # the lines as typed
    assert msg["Auto-Submitted"] is None  # a person wrote it (RFC 3834)
    assert msg["X-Loop"] == "GDPR@alsicohightech.com"
    assert web.post(f"/cases/{ref}/reply", {"token": token, "text": "  "})[1].count("empty")

    status, page = web.post(f"/cases/{ref}/refuse", {"token": token, "reason": "nonsense"})
    assert status == 409 and "choose the reason" in page
    status, page = web.post(f"/cases/{ref}/refuse", {"token": token, "reason": "excessive"})
    assert status == 200 and "art. 12" in page  # the letter, before it is sent
    status, location = web.post(
        f"/cases/{ref}/refuse",
        {"token": token, "reason": "identity_not_confirmed", "by": "An", "confirmed": "yes"},
    )
    assert status == 303 and location.endswith("?done=refused")
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


def _rss_kib(pid: int) -> int:
    with open(f"/proc/{pid}/status") as status:
        return next(int(line.split()[1]) for line in status if line.startswith("VmRSS:"))


def test_a_huge_body_is_cut_off_without_the_process_growing(console):
    """300 MB announced by Content-Length, and 100 MB sent chunked without one, to a logged-in
    action: refused (413) after at most the limit is read; the process does not grow."""
    cli, web = console
    (case,) = cli.json("cases", "list")
    path = f"/cases/{case['ref']}/reply"
    cookie = "; ".join(f"{k}={v}" for k, v in web.http.cookies.items())
    head = (
        f"POST {path} HTTP/1.1\r\nHost: 127.0.0.1:{web.port}\r\nCookie: {cookie}\r\n"
        "Content-Type: application/x-www-form-urlencoded\r\n"
    )
    before = _rss_kib(web.pid)
    with socket.create_connection(("127.0.0.1", web.port), timeout=30) as raw:
        raw.sendall((head + "Content-Length: 314572800\r\n\r\n").encode())
        raw.sendall(b"text=" + b"x" * 65536)
        assert raw.recv(4096).startswith(b"HTTP/1.1 413 ")

    chunk = b"x" * (1 << 20)
    sent = 0
    with socket.create_connection(("127.0.0.1", web.port), timeout=30) as raw:
        raw.sendall((head + "Transfer-Encoding: chunked\r\n\r\n").encode())
        try:
            while sent < 100 << 20:
                raw.sendall(b"%x\r\n%s\r\n" % (len(chunk), chunk))
                sent += len(chunk)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the server closed the connection: what we hoped
        else:
            raise AssertionError("100 MB were accepted")
    grown = _rss_kib(web.pid) - before
    assert grown < 30 * 1024, f"the console grew by {grown} KiB"
    assert sent < 20 << 20  # it stopped reading long before the end (socket buffers aside)
    assert not list(cli.outbox.glob("*staff_reply*.eml"))
