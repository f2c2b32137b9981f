"""SMTP delivery with aiosmtplib; TLS explicit and verified, failures sorted into retry or not.

- `smtp://` never upgrades; `smtp+starttls://` demands STARTTLS (aiosmtplib's `start_tls=True`
  raises when the server does not offer it, so a stripped offer means "not sent", never "sent in
  clear"); `smtps://` is TLS from the first byte. Certificates are verified against `tls_context`
  (the system's trust store unless one is given).
- 4xx answers, refused or dropped connections, time-outs, a missing STARTTLS offer and refused
  credentials (our configuration, not the mail) are TemporaryDeliveryError; other 5xx answers and
  mail that cannot be sent as addressed are PermanentDeliveryError; a message taken for some
  recipients only is PartialDeliveryError.
- Error texts pass through `redact_addresses`: servers echo the recipient, and these texts end up
  in the database and in dramatiq's retry tracebacks.
- Each calling thread keeps one connection, with its own event loop, and sends its next replies
  over it (MAIL, RCPT, DATA: no new TCP, TLS and EHLO per reply). A connection is dropped after
  any failure, and one idle for longer than `idle_limit` is closed and opened afresh (servers
  hang up on idle clients); one idle for a moment is asked NOOP before it carries a message.
"""

from __future__ import annotations

import asyncio
import atexit
import contextlib
import ssl
import threading
import time
import weakref
from dataclasses import dataclass, field
from email.message import EmailMessage

import aiosmtplib

from worker.transport import (
    PartialDeliveryError,
    PermanentDeliveryError,
    TemporaryDeliveryError,
    redact_addresses,
)
from worker.urls import SmtpUrl

NOOP_AFTER = 2.0  # seconds idle after which a kept connection is checked before use


@dataclass
class _Line:
    """One thread's connection to the server, and the event loop it lives on."""

    runner: asyncio.Runner = field(default_factory=asyncio.Runner)
    client: aiosmtplib.SMTP | None = None
    last_used: float = 0.0


class SmtpTransport:
    """Parameters:
    url: where to hand mail over (scheme, host, port, credentials).
    timeout: seconds allowed for each step of the dialogue (connect, each command, DATA).
    tls_context: how the server's certificate is verified; default `ssl.create_default_context()`
      (system CAs, host name checked). Tests inject a context trusting their own CA.
    idle_limit: seconds a connection may stay unused and still be reused.
    """

    def __init__(
        self,
        url: SmtpUrl,
        timeout: float = 60.0,
        tls_context: ssl.SSLContext | None = None,
        idle_limit: float = 30.0,
    ) -> None:
        if url.scheme not in ("smtp", "smtp+starttls", "smtps"):
            raise ValueError(f"not an SMTP URL scheme: {url.scheme!r}")
        self.url = url
        self.timeout = timeout
        self.tls_context = tls_context if tls_context is not None else ssl.create_default_context()
        self.idle_limit = idle_limit
        self.connects = 0  # connections opened so far (for tests and metrics)
        self._local = threading.local()
        self._lines: list[_Line] = []
        self._lines_lock = threading.Lock()
        atexit.register(_close_at_exit, weakref.ref(self))

    def send(self, message: EmailMessage, name: str) -> str:  # noqa: ARG002 - name: file outbox
        line = getattr(self._local, "line", None)
        if line is None:
            line = self._local.line = _Line()
            with self._lines_lock:
                self._lines.append(line)
        return line.runner.run(self._send_on(line, message))

    def close(self) -> None:
        """QUIT every kept connection and close the event loops (after the senders stopped)."""
        with self._lines_lock:
            lines, self._lines = self._lines, []
        for line in lines:
            with contextlib.suppress(Exception):
                if line.client is not None:
                    line.runner.run(_quit(line.client, self.timeout))
            line.client = None
            with contextlib.suppress(Exception):
                line.runner.close()
        self._local = threading.local()

    async def _send_on(self, line: _Line, message: EmailMessage) -> str:
        try:
            client = await self._ready_client(line)
            refused, answer = await client.send_message(message)
        except BaseException as exc:
            _drop(line)
            _raise_sorted(exc)
            raise
        line.last_used = time.monotonic()
        final = f"250 {answer}".strip()
        if refused:  # taken for some recipients: a value from aiosmtplib, not an exception
            raise PartialDeliveryError(
                "recipient refused: "
                + "; ".join(_answer(r.code, r.message) for r in refused.values()),
                answer=final,
            )
        return final

    async def _ready_client(self, line: _Line) -> aiosmtplib.SMTP:
        """The thread's connection, checked or opened afresh as its idle time requires."""
        idle = time.monotonic() - line.last_used
        await asyncio.sleep(0)  # lets the loop see a hang-up that arrived while it was idle
        client = line.client
        if client is not None and (not client.is_connected or idle > self.idle_limit):
            await _quit(client, self.timeout)
            client = line.client = None
        if client is not None and idle > NOOP_AFTER:
            try:
                await client.noop()
            except (aiosmtplib.SMTPException, OSError, TimeoutError):
                _drop(line)
                client = None
        if client is None:
            client = line.client = await self._connect()
        return client

    async def _connect(self) -> aiosmtplib.SMTP:
        url = self.url
        client = aiosmtplib.SMTP(
            hostname=url.host,
            port=url.port,
            timeout=self.timeout,
            tls_context=self.tls_context,
            use_tls=url.scheme == "smtps",
            # True, not None: None (aiosmtplib's default) upgrades only when offered.
            start_tls=url.scheme == "smtp+starttls",
        )
        await client.connect()
        self.connects += 1
        try:
            if url.user:
                await client.login(url.user, url.password)
        except BaseException:
            client.close()
            raise
        return client


def _raise_sorted(exc: BaseException) -> None:
    """Re-raise an aiosmtplib or socket failure as a delivery error (texts name no one)."""
    if isinstance(exc, aiosmtplib.SMTPRecipientsRefused):  # every recipient refused
        codes = [r.code for r in exc.recipients]
        raise _by_code(min(codes))(
            "recipient refused: " + "; ".join(_answer(r.code, r.message) for r in exc.recipients)
        ) from None
    if isinstance(exc, aiosmtplib.SMTPAuthenticationError):
        # Our credentials, not the mail: a fixed configuration lets the retries deliver it.
        raise TemporaryDeliveryError(
            f"authentication refused: {_answer(exc.code, exc.message)}"
        ) from None
    if isinstance(exc, aiosmtplib.SMTPResponseException):
        raise _by_code(exc.code)(_answer(exc.code, exc.message)) from None
    if isinstance(exc, aiosmtplib.SMTPNotSupported):  # e.g. SMTPUTF8 needed, server lacks it
        raise PermanentDeliveryError(f"not supported by the server: {_text(exc)}") from None
    if isinstance(exc, (aiosmtplib.SMTPException, OSError, TimeoutError)):
        if type(exc) is aiosmtplib.SMTPException and "STARTTLS extension" in str(exc):
            raise TemporaryDeliveryError(
                "the server did not offer STARTTLS, which smtp+starttls:// requires: not sent"
            ) from None
        raise TemporaryDeliveryError(f"{type(exc).__name__}: {_text(exc)}") from None
    if isinstance(exc, ValueError):  # an address SMTP cannot carry; its text names the address
        raise PermanentDeliveryError(f"cannot be sent as addressed: {_text(exc)}") from None


def _drop(line: _Line) -> None:
    if line.client is not None:
        with contextlib.suppress(Exception):
            line.client.close()
    line.client = None


async def _quit(client: aiosmtplib.SMTP, timeout: float) -> None:
    with contextlib.suppress(Exception):
        if client.is_connected:
            await client.quit(timeout=min(timeout, 5.0))
    with contextlib.suppress(Exception):
        client.close()


def _close_at_exit(ref: weakref.ref[SmtpTransport]) -> None:
    transport = ref()
    if transport is not None:
        transport.close()


def _by_code(code: int) -> type[Exception]:
    return PermanentDeliveryError if code >= 500 else TemporaryDeliveryError


def _answer(code: int, message: str) -> str:
    return f"{code} {redact_addresses(message)}"[:1000]


def _text(exc: BaseException) -> str:
    return redact_addresses(str(exc))[:1000]
