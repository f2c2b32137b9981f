"""The environment contract of INTERFACE.md, read with pydantic-settings (a `.env` file too)."""

from __future__ import annotations

from functools import cache

from pydantic import ValidationError, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from worker.urls import (
    BrokerUrl,
    MailboxUrl,
    SmtpUrl,
    parse_broker_url,
    parse_database_url,
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
    max_message_bytes: int = 40 * 1024 * 1024
    # Keys for ID copies at rest (Fernet, comma-separated; the first encrypts, all decrypt).
    # Empty: a key file made once under var/ (the embedded default).
    id_keys: str = ""
    id_key_file: str = "var/id-copies.key"

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


def load_settings(**overrides: object) -> Settings:
    """Settings from the environment and `.env`; a bad value raises ConfigError with one line."""
    try:
        return Settings(**overrides)
    except ValidationError as exc:
        err = exc.errors()[0]
        field = "GDPR_" + str(err["loc"][0]).upper() if err.get("loc") else "configuration"
        msg = str(err.get("msg", "invalid value")).removeprefix("Value error, ")
        raise ConfigError(f"{field}: {msg}") from None
