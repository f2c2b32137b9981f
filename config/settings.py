"""The environment contract of INTERFACE.md, read with pydantic-settings (a `.env` file too)."""

from __future__ import annotations

import ipaddress
from functools import cache

from pydantic import ValidationError, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from worker.urls import (
    BrokerUrl,
    HostPort,
    MailboxUrl,
    SmtpUrl,
    parse_broker_url,
    parse_database_url,
    parse_hosts,
    parse_mailbox_url,
    parse_smtp_url,
)

DEFAULT_SOURCES = "config/sources.yaml"  # the data map, relative to the working directory


class ConfigError(Exception):
    """Configuration that cannot be used; its message is one line naming what is wrong."""


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix="GDPR_", env_file=".env", env_file_encoding="utf-8", extra="ignore"
    )

    database_url: str = "sqlite:///var/gdpr.sqlite3"
    broker_url: str = ""
    mailbox_url: str = "maildir:var/mailbox"
    smtp_url: str = "file:var/outbox"
    address: str = "GDPR@alsicohightech.com"
    trusted_authserv_id: str = ""
    sources: str = DEFAULT_SOURCES
    # Beyond the contract: operational knobs with safe defaults.
    policy: str = ""  # a policy.yaml of one's own; empty: the shipped config/policy.yaml
    processed_folder: str = "Processed"
    quarantine_folder: str = "Quarantine"
    poll_interval: float = 10.0  # seconds between polls where the source cannot push
    # Seconds one outage of a peer (case store, queue, mailbox) may last before `poll --once` or
    # `run --once` gives up (one line, exit 1); the long-running modes wait for ever.
    give_up_after: float = 120.0
    # Seconds between sweeps (pending replies and cases in progress queued again) of the
    # scheduler (`run`, `python -m worker.clock`).
    sweep_interval: float = 300.0
    max_message_bytes: int = 40 * 1024 * 1024
    # Keys for ID copies at rest (Fernet, comma-separated; the first encrypts, all decrypt).
    # Empty: a key file made once (mode 0600) at id_key_file, outside var/ so that a copy of the
    # case store does not carry its key; one that others may read is refused (exit 2).
    id_keys: str = ""
    id_key_file: str = "keys/id-copies.key"
    # The staff console (INTERFACE.md, "Console and users").
    console_hosts: str = "127.0.0.1,localhost"  # Host headers served; "name" or "name:port"
    console_auth: str = "login"  # "login": its own users and sessions; "proxy": single sign-on
    console_user_header: str = "Remote-User"  # proxy mode: the header naming the user
    console_trusted_proxies: str = ""  # proxy mode: addresses or networks the header is read from
    console_session_idle_minutes: int = 30
    console_session_hours: int = 10  # a session ends this long after the login, whatever happens
    console_lockout_failures: int = 5  # failed logins of one name before it waits
    console_lockout_address_failures: int = 20  # failed logins from one client address
    console_lockout_minutes: int = 15
    console_max_body_bytes: int = 256 * 1024  # a request body larger than this is refused
    # The access package's password by another channel than mail: an SMS gateway that takes a
    # JSON POST {"to": NUMBER, "text": TEXT} (http(s); credentials percent-encoded in the URL).
    # Empty: the password goes in a second mail, once the package's mail was delivered.
    sms_gateway_url: str = ""

    @field_validator("sms_gateway_url")
    @classmethod
    def _sms_gateway(cls, v: str) -> str:
        if v and not v.startswith(("http://", "https://")):
            raise ValueError("an http:// or https:// URL")
        return v

    @field_validator("give_up_after", "sweep_interval")
    @classmethod
    def _seconds(cls, v: float) -> float:
        if not 0 < v <= 86_400:
            raise ValueError("seconds between 0 and 86400")
        return v

    @field_validator("database_url")
    @classmethod
    def _database(cls, v: str) -> str:
        parse_database_url(v)
        return v

    @field_validator("broker_url")
    @classmethod
    def _broker(cls, v: str) -> str:
        if v:
            parse_broker_url(v)
        return v

    @field_validator("mailbox_url")
    @classmethod
    def _mailbox(cls, v: str) -> str:
        parse_mailbox_url(v)
        return v

    @field_validator("smtp_url")
    @classmethod
    def _smtp(cls, v: str) -> str:
        parse_smtp_url(v)
        return v

    @field_validator("address")
    @classmethod
    def _address(cls, v: str) -> str:
        local, at, domain = v.partition("@")
        if not (local and at and "." in domain) or any(c.isspace() for c in v):
            raise ValueError(f"not an email address: {v!r}")
        return v

    @field_validator("console_hosts")
    @classmethod
    def _console_hosts(cls, v: str) -> str:
        parse_hosts(v)
        return v

    @field_validator("console_auth")
    @classmethod
    def _console_auth(cls, v: str) -> str:
        if v not in ("login", "proxy"):
            raise ValueError(f"{v!r}: 'login' or 'proxy'")
        return v

    @field_validator("console_user_header")
    @classmethod
    def _console_user_header(cls, v: str) -> str:
        if not v or not all(c.isalnum() or c == "-" for c in v):
            raise ValueError(f"not a header name: {v!r}")
        return v

    @field_validator("console_trusted_proxies")
    @classmethod
    def _console_proxies(cls, v: str) -> str:
        for part in _items(v):
            try:
                ipaddress.ip_network(part, strict=False)
            except ValueError:
                raise ValueError(f"not an address or network: {part!r}") from None
        return v

    @field_validator(
        "console_session_idle_minutes",
        "console_session_hours",
        "console_lockout_failures",
        "console_lockout_address_failures",
        "console_lockout_minutes",
        "console_max_body_bytes",
    )
    @classmethod
    def _positive(cls, v: int) -> int:
        if v <= 0:
            raise ValueError("must be a positive number")
        return v

    @property
    def console_proxy_networks(self) -> tuple[ipaddress.IPv4Network | ipaddress.IPv6Network, ...]:
        proxies = _items(self.console_trusted_proxies)
        return tuple(ipaddress.ip_network(p, strict=False) for p in proxies)

    @property
    def console_allowed_hosts(self) -> tuple[HostPort, ...]:
        return parse_hosts(self.console_hosts)

    @property
    def address_domain(self) -> str:
        return self.address.rpartition("@")[2].lower()

    @property
    def mailbox(self) -> MailboxUrl:
        return parse_mailbox_url(self.mailbox_url)

    @property
    def smtp(self) -> SmtpUrl:
        return parse_smtp_url(self.smtp_url)

    @property
    def broker(self) -> BrokerUrl | None:
        return parse_broker_url(self.broker_url) if self.broker_url else None


@cache
def process_settings() -> Settings:
    """This process's settings, read from the environment once and shared by the command line,
    the broker and the actors (a bad value raises ConfigError, and is read again next time)."""
    return load_settings()


def _items(value: str) -> list[str]:
    return [part.strip() for part in value.split(",") if part.strip()]


def load_settings(**overrides: object) -> Settings:
    """Settings from the environment and `.env`; a bad value raises ConfigError with one line."""
    try:
        return Settings(**overrides)
    except ValidationError as exc:
        err = exc.errors()[0]
        field = "GDPR_" + str(err["loc"][0]).upper() if err.get("loc") else "configuration"
        msg = str(err.get("msg", "invalid value")).removeprefix("Value error, ")
        raise ConfigError(f"{field}: {msg}") from None
