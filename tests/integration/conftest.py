"""A private Dovecot for the IMAP tests: Debian's dovecot-imapd started from a configuration of
its own (no system config), on free loopback ports, with passwd-file users and Maildir storage,
TLS with a certificate from the tests' private CA, stopped afterwards.

Two flavours: `dovecot` (MOVE, IDLE, STARTTLS and implicit TLS) and `dovecot_plain` (a server
advertising neither MOVE nor IDLE nor UIDPLUS, without TLS). Each test gets a user of its own
(`imap_user`), so the session-wide servers are shared without tests seeing each other's mail;
tests that stop or restart the server take a fresh one (`fresh_dovecot`)."""

from __future__ import annotations

import contextlib
import grp
import imaplib
import itertools
import os
import pwd
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import format_datetime
from pathlib import Path

import pytest

from tests.integration.smtp_servers import make_pki

HOST = "127.0.0.1"
PASSWORD = "s3cret pa$$"  # a space and a dollar: the URL must percent-encode it
USERS = 200
DOVECOT = shutil.which("dovecot") or (
    "/usr/sbin/dovecot" if Path("/usr/sbin/dovecot").exists() else None
)
DOVEADM = shutil.which("doveadm") or "/usr/bin/doveadm"

# Post-login capabilities of a server without MOVE, IDLE or UIDPLUS.
PLAIN_CAPABILITY = (
    "IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE SORT THREAD=REFERENCES MULTIAPPEND UNSELECT "
    "CHILDREN NAMESPACE LITERAL+"
)


def free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


@dataclass
class Dovecot:
    root: Path
    flavour: str
    imap_port: int = field(default_factory=free_port)
    imaps_port: int = field(default_factory=free_port)
    proc: subprocess.Popen[bytes] | None = None

    @property
    def conf(self) -> Path:
        return self.root / "dovecot.conf"

    def write_config(self) -> None:
        pki = make_pki()
        (self.root / "cert.pem").write_bytes(pki.cert_pem)
        (self.root / "key.pem").write_bytes(pki.key_pem)
        (self.root / "key.pem").chmod(0o600)
        home = self.root / "home"
        home.mkdir(exist_ok=True)
        for sub in ("run", "state"):
            (self.root / sub).mkdir(exist_ok=True)
        if os.geteuid() == 0:  # Debian's own service users, as the package sets them up
            internal, login, mail_user, group = "dovecot", "dovenull", "dovecot", "dovecot"
            owner = pwd.getpwnam(mail_user)
            os.chown(home, owner.pw_uid, owner.pw_gid)
        else:  # everything as the user running the tests
            internal = login = mail_user = pwd.getpwuid(os.geteuid()).pw_name
            group = grp.getgrgid(os.getegid()).gr_name
        (self.root / "passwd").write_text(
            "".join(f"u{i}:{{PLAIN}}{PASSWORD}::::::\n" for i in range(1, USERS + 1))
        )
        tls = self.flavour == "full"
        lines = [
            f"base_dir = {self.root}/run",
            f"state_dir = {self.root}/state",
            f"instance_name = gdpr-test-{self.flavour}-{self.imap_port}",
            f"log_path = {self.root}/dovecot.log",
            "protocols = imap",
            f"listen = {HOST}",
            f"ssl = {'yes' if tls else 'no'}",
            *(
                [f"ssl_cert = <{self.root}/cert.pem", f"ssl_key = <{self.root}/key.pem"]
                if tls
                else []
            ),
            "disable_plaintext_auth = no",
            "auth_mechanisms = plain login",
            f"default_internal_user = {internal}",
            f"default_internal_group = {group}",
            f"default_login_user = {login}",
            "first_valid_uid = 0",
            "mail_location = maildir:~/Maildir",
            "mailbox_list_index = no",
            "mail_fsync = never",  # a throwaway store: no need to wait for the disk
            *([f"imap_capability = {PLAIN_CAPABILITY}"] if not tls else []),
            "passdb {",
            "  driver = passwd-file",
            f"  args = {self.root}/passwd",
            "}",
            "userdb {",
            "  driver = static",
            f"  args = uid={mail_user} gid={group} home={home}/%u",
            "}",
            "service imap-login {",
            "  chroot =",
            f"  inet_listener imap {{\n    port = {self.imap_port}\n  }}",
            f"  inet_listener imaps {{\n    port = {self.imaps_port if tls else 0}\n  }}",
            "}",
            "service anvil {\n  chroot =\n}",
        ]
        self.conf.write_text("\n".join(lines) + "\n")

    def start(self) -> None:
        assert DOVECOT is not None
        self.proc = subprocess.Popen(
            [DOVECOT, "-c", str(self.conf), "-F"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            start_new_session=True,  # its own process group: stop() ends every child too
        )
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"dovecot did not start: {self.proc.stderr.read().decode()}")
            with (
                contextlib.suppress(OSError),
                socket.create_connection((HOST, self.imap_port), 0.2),
            ):
                return
            time.sleep(0.05)
        raise RuntimeError(f"dovecot did not listen on {self.imap_port}: {self.log()[-2000:]}")

    def stop(self) -> None:
        """Every process of this server dies at once (its master waits seconds for children
        on SIGTERM): for the clients, the server is simply gone."""
        if self.proc is None:
            return
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.proc.pid, signal.SIGKILL)
        self.proc.wait(10)
        if self.proc.stderr is not None:
            self.proc.stderr.close()
        self.proc = None
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline:
            try:
                with socket.create_connection((HOST, self.imap_port), 0.2):
                    pass
            except OSError:
                return
            time.sleep(0.05)

    def restart(self) -> None:
        self.stop()
        self.start()

    def log(self) -> str:
        path = self.root / "dovecot.log"
        return path.read_text(errors="replace") if path.exists() else ""

    def doveadm(self, *args: str) -> str:
        done = subprocess.run(
            [DOVEADM, "-c", str(self.conf), *args], capture_output=True, text=True, timeout=20
        )
        if done.returncode != 0:
            raise RuntimeError(f"doveadm {' '.join(args)}: {done.stderr.strip()}")
        return done.stdout


@dataclass
class ImapUser:
    """One user's mailbox on a Dovecot, with synchronous helpers (imaplib) for the tests."""

    server: Dovecot
    name: str
    password: str = PASSWORD

    def url(self, scheme: str = "imap", folder: str = "INBOX") -> str:
        from urllib.parse import quote

        port = self.server.imaps_port if scheme == "imaps" else self.server.imap_port
        return (
            f"{scheme}://{quote(self.name)}:{quote(self.password, safe='')}@{HOST}:{port}/{folder}"
        )

    @contextlib.contextmanager
    def session(self) -> Iterator[imaplib.IMAP4]:
        imap = imaplib.IMAP4(HOST, self.server.imap_port, timeout=10)
        try:
            imap.login(self.name, self.password)
            yield imap
        finally:
            with contextlib.suppress(Exception):
                imap.logout()

    def append(self, *mails: bytes, folder: str = "INBOX", when: float | None = None) -> None:
        with self.session() as imap:
            for raw in mails:
                date = imaplib.Time2Internaldate(when) if when is not None else None
                typ, data = imap.append(folder, None, date, raw)
                assert typ == "OK", data

    def messages(self, folder: str = "INBOX") -> list[tuple[int, str]]:
        """(UID, flags) of each mail in a folder ([] when the folder does not exist)."""
        with self.session() as imap:
            typ, _ = imap.select(folder, readonly=True)
            if typ != "OK":
                return []
            typ, data = imap.uid("FETCH", "1:*", "(UID FLAGS)")
            out = []
            for item in data:
                if not item:
                    continue
                text = item.decode() if isinstance(item, bytes) else item[0].decode()
                uid = int(text.split("UID ", 1)[1].split()[0].rstrip(")"))
                flags = text.split("FLAGS (", 1)[1].split(")", 1)[0]
                out.append((uid, flags))
            return sorted(out)

    def uidvalidity(self, folder: str = "INBOX") -> int:
        with self.session() as imap:
            typ, data = imap.status(folder, "(UIDVALIDITY)")
            return int(data[0].decode().split("UIDVALIDITY ")[1].rstrip(")"))

    def set_uidvalidity(self, value: int, folder: str = "INBOX") -> None:
        self.server.doveadm(
            "mailbox", "update", "-u", self.name, "--uid-validity", str(value), folder
        )

    def kick(self) -> None:
        """The server ends the user's sessions with BYE (doveadm kick)."""
        self.server.doveadm("kick", self.name)

    def kill_sessions(self) -> int:
        """The user's imap processes die at once (SIGKILL): the connection just drops."""
        pids = set()
        for line in self.server.doveadm("who", "-1", self.name).splitlines()[1:]:
            parts = line.split()
            if len(parts) >= 3 and parts[0] == self.name and parts[2].isdigit():
                pids.add(int(parts[2]))
        for pid in pids:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        return len(pids)


def _start(flavour: str) -> Iterator[Dovecot]:
    if DOVECOT is None:
        pytest.skip("dovecot is not installed (Debian: apt-get install dovecot-imapd)")
    # a short private directory: Dovecot's unix sockets live under base_dir (108-byte limit),
    # and its unprivileged processes must be able to reach the mail store
    root = Path(tempfile.mkdtemp(prefix="gdpr-dovecot-"))
    root.chmod(0o755)
    server = Dovecot(root, flavour)
    try:
        server.write_config()
        server.start()
        yield server
    finally:
        server.stop()
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture(scope="session")
def dovecot() -> Iterator[Dovecot]:
    yield from _start("full")


@pytest.fixture(scope="session")
def dovecot_plain() -> Iterator[Dovecot]:
    yield from _start("plain")


@pytest.fixture
def fresh_dovecot() -> Iterator[Dovecot]:
    """A server of this test's own, for tests that stop or restart it."""
    yield from _start("full")


_user_numbers = itertools.count(1)


@pytest.fixture
def imap_user(dovecot: Dovecot) -> ImapUser:
    return ImapUser(dovecot, f"u{next(_user_numbers)}")


@pytest.fixture
def plain_user(dovecot_plain: Dovecot) -> ImapUser:
    return ImapUser(dovecot_plain, f"u{next(_user_numbers)}")


@pytest.fixture
def fresh_user(fresh_dovecot: Dovecot) -> ImapUser:
    return ImapUser(fresh_dovecot, "u1")


def make_mail(
    n: int, *, sender: str = "jan.peeters@mail.example", body: str = "", size: int = 0
) -> bytes:
    """A small plain-text mail, distinct per n; `size` pads the body to about that many bytes."""
    text = body or f"Hello,\r\n\r\nThis is test mail number {n}.\r\n"
    head = (
        f"From: Jan Peeters <{sender}>\r\n"
        "To: GDPR@alsicohightech.com\r\n"
        f"Subject: Test mail {n}\r\n"
        f"Message-ID: <test-{n}-{time.time_ns()}@mail.example>\r\n"
        f"Date: {format_datetime(datetime.now(UTC))}\r\n"
        "MIME-Version: 1.0\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n\r\n"
    ).encode()
    raw = head + text.encode()
    if size > len(raw):
        line = b"x" * 76 + b"\r\n"
        raw += line * ((size - len(raw)) // len(line) + 1)
    return raw
