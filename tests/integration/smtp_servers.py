"""Real SMTP servers for the tests: aiosmtpd on a free loopback port (port 0, the kernel picks),
each in a thread with its own event loop, as aiosmtplib's own tests do: a recording handler that
can answer with scripted failures, STARTTLS or implicit TLS with certificates from a private CA
made here, AUTH with a user and password."""

from __future__ import annotations

import asyncio
import datetime as dt
import ipaddress
import socket
import ssl
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import quote

from aiosmtpd.smtp import SMTP, AuthResult, LoginPassword
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

HOST = "127.0.0.1"


# --- certificates -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Pki:
    """A private CA and a server certificate for 127.0.0.1 and localhost signed by it."""

    ca_pem: str
    cert_pem: bytes
    key_pem: bytes

    def server_context(self) -> ssl.SSLContext:
        ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        with tempfile.TemporaryDirectory() as tmp:
            cert, key = Path(tmp) / "cert.pem", Path(tmp) / "key.pem"
            cert.write_bytes(self.cert_pem)
            key.write_bytes(self.key_pem)
            ctx.load_cert_chain(cert, key)
        return ctx

    def client_context(self) -> ssl.SSLContext:
        """Verification on, host name checked, trusting this CA only."""
        return ssl.create_default_context(cadata=self.ca_pem)


def make_pki(name: str = "test") -> Pki:
    """One PKI per name for the whole test run ("rogue": a CA nobody trusts)."""
    return _make_pki(name)


@cache
def _make_pki(name: str) -> Pki:
    now = dt.datetime.now(dt.UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, f"gdpr-worker {name} CA")])
    ca_ski = x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key())
    ca_cert = (
        x509.CertificateBuilder()
        .subject_name(ca_name)
        .issuer_name(ca_name)
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=2))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=True,
                crl_sign=True,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(ca_ski, critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")]))
        .issuer_name(ca_name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName(
                [x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address(HOST))]
            ),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_subject_key_identifier(ca_ski), critical=False
        )
        .sign(ca_key, hashes.SHA256())
    )
    return Pki(
        ca_pem=ca_cert.public_bytes(serialization.Encoding.PEM).decode(),
        cert_pem=cert.public_bytes(serialization.Encoding.PEM),
        key_pem=key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        ),
    )


# --- the handler --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Received:
    mail_from: str
    rcpt_tos: tuple[str, ...]
    content: bytes
    tls: bool
    login: str  # who authenticated, "" when nobody did


@dataclass
class RecordingHandler:
    """Records every message it accepts. Scripted trouble:
    failures: answers given, one per transaction in order, at stage `fail_at` (MAIL, RCPT or
      DATA) before the server starts accepting; e.g. ["421 4.3.2 Try later"] * 2.
    refuse: recipient → answer, every time (a partial refusal when others are accepted).
    """

    failures: list[str] = field(default_factory=list)
    fail_at: str = "MAIL"
    refuse: dict[str, str] = field(default_factory=dict)
    received: list[Received] = field(default_factory=list)
    transactions: int = 0  # MAIL commands seen
    peers: list[tuple[str, int]] = field(default_factory=list)  # the connection of each MAIL
    require_auth: bool = False  # MAIL refused until AUTH succeeded (set by SmtpServer)

    def _scripted(self, stage: str) -> str | None:
        if stage == self.fail_at and self.failures:
            return self.failures.pop(0)
        return None

    async def handle_MAIL(self, server, session, envelope, address, mail_options):  # noqa: ANN001, N802
        self.transactions += 1
        self.peers.append(tuple(session.peer))
        if self.require_auth and not session.authenticated:
            return "530 5.7.0 Authentication required"
        if answer := self._scripted("MAIL"):
            return answer
        envelope.mail_from = address
        envelope.mail_options.extend(mail_options)
        return "250 OK"

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):  # noqa: ANN001, N802
        if address in self.refuse:
            return self.refuse[address]
        if answer := self._scripted("RCPT"):
            return answer
        envelope.rcpt_tos.append(address)
        envelope.rcpt_options.extend(rcpt_options)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):  # noqa: ANN001, N802
        if answer := self._scripted("DATA"):
            return answer
        auth = session.auth_data
        self.received.append(
            Received(
                mail_from=envelope.mail_from,
                rcpt_tos=tuple(envelope.rcpt_tos),
                content=envelope.original_content or b"",
                tls=server.transport.get_extra_info("ssl_object") is not None,
                login=auth.decode() if isinstance(auth, bytes) else "",
            )
        )
        return "250 2.0.0 Ok: queued as TEST1"


# --- the server ---------------------------------------------------------------------------------


class _Smtp(SMTP):
    """aiosmtpd's SMTP, telling `on_closed` when a connection has ended."""

    def __init__(self, on_closed: Callable[[], None], *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._on_closed = on_closed

    def connection_lost(self, error: Exception | None) -> None:
        try:
            super().connection_lost(error)
        finally:
            # asyncio calls connection_lost before it closes the socket; the next callback of the
            # loop runs after that close, so a test told then can count on the FIN being sent.
            self.loop.call_soon(self._on_closed)


class SmtpServer:
    """aiosmtpd on 127.0.0.1, a port of the kernel's choosing; a context manager.

    Parameters:
      handler: a RecordingHandler (one is made when not given).
      implicit_tls: a server SSLContext: TLS from the first byte (smtps).
      starttls: a server SSLContext: STARTTLS offered (absent: not offered).
      credentials: (user, password) that AUTH accepts; given: AUTH is required, and offered only
        under TLS (after STARTTLS, or on an implicit-TLS connection).
      idle_timeout: seconds of client silence after which the server hangs up.

    `closed` counts the connections that have ended (the server hung up, or the client left);
    `wait_closed(n)` waits for the n-th, so a test waits for a hang-up instead of sleeping past the
    idle timeout.
    """

    def __init__(
        self,
        handler: RecordingHandler | None = None,
        *,
        implicit_tls: ssl.SSLContext | None = None,
        starttls: ssl.SSLContext | None = None,
        credentials: tuple[str, str] | None = None,
        idle_timeout: float = 10.0,
    ) -> None:
        self.handler = handler or RecordingHandler()
        self.idle_timeout = idle_timeout
        self.implicit_tls = implicit_tls
        self.starttls = starttls
        self.credentials = credentials
        self.handler.require_auth = credentials is not None
        self.port = 0
        self._loop: asyncio.AbstractEventLoop | None = None
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._run, name="aiosmtpd", daemon=True)
        self._error: BaseException | None = None
        self.closed = 0  # connections ended so far
        self._closed_cond = threading.Condition()

    @property
    def received(self) -> list[Received]:
        return self.handler.received

    def url(self, scheme: str = "smtp", user: str = "", password: str = "") -> str:
        auth = f"{quote(user, safe='')}:{quote(password, safe='')}@" if user else ""
        return f"{scheme}://{auth}{HOST}:{self.port}"

    def _authenticate(self, server, session, envelope, mechanism, auth_data):  # noqa: ANN001
        ok = (
            isinstance(auth_data, LoginPassword)
            and self.credentials is not None
            and (auth_data.login.decode(), auth_data.password.decode()) == self.credentials
        )
        return AuthResult(success=ok, handled=False, auth_data=auth_data.login if ok else None)

    def wait_closed(self, count: int = 1, timeout: float = 60.0) -> None:
        """Until `count` connections have ended and their sockets are closed (the timeout only
        guards against a hang)."""
        with self._closed_cond:
            if not self._closed_cond.wait_for(lambda: self.closed >= count, timeout):
                raise AssertionError(f"{self.closed} connection(s) ended, not {count}")

    def _connection_closed(self) -> None:
        with self._closed_cond:
            self.closed += 1
            self._closed_cond.notify_all()

    def _protocol(self) -> SMTP:
        return _Smtp(
            self._connection_closed,
            self.handler,
            loop=self._loop,
            hostname="mx.test.invalid",
            tls_context=self.starttls,
            authenticator=self._authenticate if self.credentials else None,
            # Under implicit TLS aiosmtpd does not know the connection is encrypted.
            auth_require_tls=self.implicit_tls is None,
            timeout=self.idle_timeout,
        )

    def _run(self) -> None:
        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        self._loop = loop
        try:
            server = loop.run_until_complete(
                loop.create_server(self._protocol, host=HOST, port=0, ssl=self.implicit_tls)
            )
        except BaseException as exc:  # pragma: no cover - reported to the test
            self._error = exc
            self._ready.set()
            loop.close()
            return
        self.port = server.sockets[0].getsockname()[1]
        self._ready.set()
        try:
            loop.run_forever()
        finally:
            server.close()
            tasks = asyncio.all_tasks(loop)
            for task in tasks:
                task.cancel()
            if tasks:
                loop.run_until_complete(asyncio.wait(tasks, timeout=5))
            loop.run_until_complete(server.wait_closed())
            asyncio.set_event_loop(None)
            loop.close()

    def __enter__(self) -> SmtpServer:
        self._thread.start()
        if not self._ready.wait(10) or self._error is not None:
            raise RuntimeError(f"aiosmtpd did not start: {self._error!r}")
        return self

    def __exit__(self, *exc: object) -> None:
        assert self._loop is not None
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(10)


def wait_hang_up_reached(client: tuple[str, int], server_port: int, timeout: float = 60.0) -> None:
    """Until the kernel has handed the server's FIN to the client socket at `client` (its end of
    the connection is in CLOSE_WAIT): from then on the client's event loop sees the hang-up. The
    server closing its socket does not promise that by itself: loopback delivery can lag under
    load. Linux (/proc/net/tcp); elsewhere returns at once. The timeout only guards against a
    hang."""
    table = Path("/proc/net/tcp")
    if not table.exists():  # pragma: no cover - not Linux
        return
    close_wait = "08"
    deadline = time.monotonic() + timeout
    while True:
        for row in table.read_text().splitlines()[1:]:
            fields = row.split()
            local, remote, state = fields[1], fields[2], fields[3]
            if (
                int(local.rsplit(":", 1)[1], 16) == client[1]
                and int(remote.rsplit(":", 1)[1], 16) == server_port
                and state == close_wait
            ):
                return
        if time.monotonic() > deadline:
            raise AssertionError(f"the client at port {client[1]} never saw the hang-up")
        time.sleep(0.01)


def closed_port() -> int:
    """A loopback port on which nothing listens (connections are refused)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]
