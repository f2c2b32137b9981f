"""A real console: `make_console` over a private SQLite store, served by uvicorn in a thread on
a free loopback port, and httpx clients (that keep their cookies) to talk to it."""

from __future__ import annotations

import contextlib
import re
import socket
import threading
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import httpx
import pytest
import uvicorn

from worker.app import App
from worker.console.app import make_console
from worker.console.users import add_user
from worker.intake import Source

PASSWORDS = {"anna": "correct horse battery", "vic": "viewer staple 42"}


def request_mail(n: int, body: str = "Ik wil inzage in al mijn persoonsgegevens.") -> bytes:
    msg = EmailMessage()
    msg["From"] = f"Klant {n} <klant{n}@mail.example>"
    msg["To"] = "GDPR@alsicohightech.com"
    msg["Subject"] = f"Inzage {n}"
    msg["Message-ID"] = f"<console-http-{n}@mail.example>"
    msg.set_content(body)
    return msg.as_bytes()


class Served:
    """A console being served; `client()` gives a fresh browser-like client."""

    def __init__(self, app: App, port: int) -> None:
        self.app = app
        self.port = port
        self.base = f"http://127.0.0.1:{port}"

    def client(self, source: str = "127.0.0.1", **kwargs: Any) -> httpx.Client:
        transport = httpx.HTTPTransport(local_address=source)
        return httpx.Client(
            base_url=self.base, transport=transport, follow_redirects=False, timeout=60, **kwargs
        )

    def logged_in(self, name: str = "anna", source: str = "127.0.0.1") -> httpx.Client:
        client = self.client(source)
        answer = client.post("/login", data={"username": name, "password": PASSWORDS[name]})
        assert answer.status_code == 303, answer.text
        return client

    def open_case(self, n: int = 1) -> str:
        outcome = self.app.intake(request_mail(n), Source(f"http-{n}", datetime.now(UTC)))
        assert outcome.case_ref
        return outcome.case_ref


def open_from(served, n: int, sender: str, body: str = "Ik wil inzage in al mijn gegevens.") -> str:  # noqa: ANN001
    """A request from `sender` through the served console's intake; its case's ref."""
    raw = request_mail(n, body).replace(
        f"Klant {n} <klant{n}@mail.example>".encode(), sender.encode()
    )
    outcome = served.app.intake(raw, Source(f"review-{n}", datetime.now(UTC)))
    assert outcome.case_ref
    return outcome.case_ref


def form_token(page: str) -> str:
    found = re.search(r'name="token" value="([^"]+)"', page)
    assert found, "no form token on the page"
    return found.group(1)


@pytest.fixture
def serve(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[..., Served]]:
    """serve(GDPR_CONSOLE_…=value, …) → a console over a new store with officer anna and viewer
    vic. The app is the one the in-process handlers use (as in `gdpr-worker web`), so that the
    work a decision unblocks runs on the same store."""
    from config.settings import process_settings
    from handlers import inprocess
    from handlers.actors import current_app

    servers: list[tuple[uvicorn.Server, threading.Thread, App]] = []
    stack = contextlib.ExitStack()
    monkeypatch.setenv("GDPR_DATABASE_URL", f"sqlite:///{tmp_path}/gdpr.sqlite3")
    monkeypatch.setenv("GDPR_ID_KEY_FILE", str(tmp_path / "id.key"))
    monkeypatch.setenv("GDPR_SMTP_URL", f"file:{tmp_path}/outbox")
    monkeypatch.setenv("GDPR_MAILBOX_URL", f"maildir:{tmp_path}/mailbox")

    def start(**variables: str) -> Served:
        for name, value in variables.items():
            monkeypatch.setenv(name, value)
        process_settings.cache_clear()
        current_app.cache_clear()
        app = current_app().ready()
        jobs = stack.enter_context(inprocess.jobs(wait=True))
        if not servers:
            add_user(app.sessions, "anna", "officer", PASSWORDS["anna"])
            add_user(app.sessions, "vic", "viewer", PASSWORDS["vic"])
        sock = socket.socket()
        sock.bind(("127.0.0.1", 0))
        server = uvicorn.Server(
            uvicorn.Config(make_console(app, jobs=jobs), log_level="warning", proxy_headers=False)
        )
        thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
        thread.start()
        deadline = time.monotonic() + 20
        while not server.started:
            assert time.monotonic() < deadline, "the console did not start"
            time.sleep(0.02)
        servers.append((server, thread, app))
        return Served(app, sock.getsockname()[1])

    yield start
    for server, thread, app in servers:
        server.should_exit = True
        thread.join(10)
        app.engine.dispose()
    stack.close()
    process_settings.cache_clear()
    current_app.cache_clear()
