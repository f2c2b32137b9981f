"""The URLs of the configuration contract as typed values (credentials percent-decoded)."""

from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass, field
from urllib.parse import unquote, urlsplit

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError


@dataclass(frozen=True)
class MailboxUrl:
    scheme: str  # maildir, imap, imaps, imap+starttls
    path: str = ""  # maildir path
    host: str = ""
    port: int = 0
    user: str = ""
    password: str = field(default="", repr=False)
    folder: str = "INBOX"

    @property
    def display(self) -> str:
        """The URL without its credentials: safe in logs and as a mailbox name."""
        if self.scheme == "maildir":
            return f"maildir:{self.path}"
        return f"{self.scheme}://{self.host}:{self.port}/{self.folder}"


@dataclass(frozen=True)
class SmtpUrl:
    scheme: str  # file, smtp, smtp+starttls, smtps
    path: str = ""
    host: str = ""
    port: int = 0
    user: str = ""
    password: str = field(default="", repr=False)


@dataclass(frozen=True)
class BrokerUrl:
    url: str


_IMAP_PORTS = {"imap": 143, "imap+starttls": 143, "imaps": 993}
_SMTP_PORTS = {"smtp": 25, "smtp+starttls": 587, "smtps": 465}


def _split(url: str, ports: dict[str, int], what: str):
    parts = urlsplit(url)
    if parts.scheme not in ports:
        known = ", ".join(f"{s}://" for s in ports)
        raise ValueError(f"unknown {what} scheme in {_redact(url)!r} (expected {known})")
    if not parts.hostname:
        raise ValueError(f"no host in {_redact(url)!r}")
    try:
        port = parts.port or ports[parts.scheme]
    except ValueError:
        raise ValueError(f"bad port in {_redact(url)!r}") from None
    return parts, port


def _redact(url: str) -> str:
    parts = urlsplit(url)
    if parts.password is None:
        return url
    return url.replace(f":{parts.password}@", ":***@", 1)


def parse_mailbox_url(url: str) -> MailboxUrl:
    if url.startswith("maildir:"):
        path = url.removeprefix("maildir:").removeprefix("//")
        if not path:
            raise ValueError("maildir: URL without a path")
        return MailboxUrl(scheme="maildir", path=path)
    parts, port = _split(url, _IMAP_PORTS, "mailbox")
    folder = unquote(parts.path.lstrip("/")) or "INBOX"
    return MailboxUrl(
        scheme=parts.scheme,
        host=parts.hostname or "",
        port=port,
        user=unquote(parts.username or ""),
        password=unquote(parts.password or ""),
        folder=folder,
    )


def parse_smtp_url(url: str) -> SmtpUrl:
    if url.startswith("file:"):
        path = url.removeprefix("file:").removeprefix("//")
        if not path:
            raise ValueError("file: URL without a path")
        return SmtpUrl(scheme="file", path=path)
    parts, port = _split(url, _SMTP_PORTS, "SMTP")
    if parts.scheme == "smtp" and parts.username:
        raise ValueError(
            "credentials over smtp:// would travel in clear: use smtp+starttls:// or smtps://"
        )
    return SmtpUrl(
        scheme=parts.scheme,
        host=parts.hostname or "",
        port=port,
        user=unquote(parts.username or ""),
        password=unquote(parts.password or ""),
    )


def parse_broker_url(url: str) -> BrokerUrl:
    parts = urlsplit(url)
    if parts.scheme not in ("redis", "rediss") or not parts.hostname:
        raise ValueError(f"expected redis://host:port/db, got {_redact(url)!r}")
    return BrokerUrl(url=url)


def parse_database_url(url: str) -> str:
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise ValueError(f"not a database URL: {_redact(url)!r}") from None
    if parsed.get_backend_name() not in ("sqlite", "postgresql"):
        raise ValueError(
            f"unsupported database {parsed.get_backend_name()!r} (sqlite or postgresql)"
        )
    return url


# --- host names (the console's allow-list of Host headers and Origins) --------------------------

_HOST_NAME = re.compile(r"[a-z0-9_]([a-z0-9_.-]*[a-z0-9_.])?")


@dataclass(frozen=True)
class HostPort:
    host: str  # lower case; an IPv6 address without its brackets
    port: int | None  # None: not given

    def admits(self, other: HostPort) -> bool:
        """An allow-list entry admits a host of the same name, on any port when the entry names
        none, else on its port only."""
        return self.host == other.host and (self.port is None or self.port == other.port)


def split_authority(value: str, *, bare_ipv6: bool = False) -> HostPort | None:
    """`name`, `name:port`, `[v6]` or `[v6]:port` (a Host header's form; `bare_ipv6`: also an
    IPv6 address without brackets, as an operator may write one), or None when it is not one."""
    v = value.strip().lower()
    port = ""
    if v.startswith("["):
        host, bracket, rest = v[1:].partition("]")
        if not bracket or (rest and not rest.startswith(":")):
            return None
        port = rest[1:] if rest else ""
        if not _is_ipv6(host) or (rest and not port):
            return None
    elif v.count(":") > 1:
        if not (bare_ipv6 and _is_ipv6(v)):
            return None
        host = v
    else:
        host, colon, port = v.partition(":")
        if colon and not port:
            return None
        if not _HOST_NAME.fullmatch(host):
            return None
    if port and not (port.isascii() and port.isdigit() and 0 < int(port) < 65536):
        return None
    return HostPort(host, int(port) if port else None)


def _is_ipv6(value: str) -> bool:
    try:
        ipaddress.IPv6Address(value)
    except ValueError:
        return False
    return True


def parse_hosts(value: str) -> tuple[HostPort, ...]:
    """A comma-separated allow-list of hosts (`name` or `name:port`)."""
    hosts = []
    for part in (p.strip() for p in value.split(",")):
        if not part:
            continue
        hp = split_authority(part, bare_ipv6=True)
        if hp is None:
            raise ValueError(f"not a host name or host:port: {part!r}")
        hosts.append(hp)
    if not hosts:
        raise ValueError("no host named")
    return tuple(hosts)


def host_allowed(allowed: tuple[HostPort, ...], authority: str) -> bool:
    """Whether a Host header's value is one of the allowed hosts."""
    hp = split_authority(authority)
    return hp is not None and any(a.admits(hp) for a in allowed)


def origin_allowed(allowed: tuple[HostPort, ...], origin: str) -> bool:
    """Whether an Origin header (`scheme://host[:port]`) names one of the allowed hosts."""
    parts = urlsplit(origin.strip())
    if parts.scheme not in ("http", "https") or parts.path or parts.query or "@" in parts.netloc:
        return False
    hp = split_authority(parts.netloc)
    return hp is not None and any(a.admits(hp) for a in allowed)
