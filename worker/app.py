"""The application's parts, built once from the settings and passed to whoever needs them."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from config.policy import Policy, load_policy
from config.settings import ConfigError, Settings
from worker.budget import Budget, BudgetedReader
from worker.datamap import datamap_for
from worker.intake import Intake
from worker.outbox import ReplyWriter
from worker.render import ReplyRenderer
from worker.store.db import make_engine, make_sessionmaker, upgrade
from worker.transport import Transport
from worker.transport.files import FileTransport
from worker.vault import IdVault, VaultError


@dataclass
class App:
    settings: Settings
    policy: Policy
    engine: Engine
    sessions: sessionmaker[Session]
    replies: ReplyWriter
    intake: Intake
    transport: Transport

    def upgrade_schema(self) -> None:
        upgrade(self.engine, vault=self.intake.vault)

    def ready(self) -> App:
        """This app with its schema at the newest revision; an unusable database is a
        ConfigError (one line, no traceback, for the commands)."""
        try:
            self.upgrade_schema()
        except Exception as exc:  # the database is unreachable or refuses us
            raise ConfigError(
                f"GDPR_DATABASE_URL: cannot use the database ({type(exc).__name__})"
            ) from None
        return self


def make_transport(settings: Settings) -> Transport:
    smtp = settings.smtp
    if smtp.scheme == "file":
        return FileTransport(smtp.path)
    from worker.transport.smtp import SmtpTransport

    return SmtpTransport(smtp)


def _vault(settings: Settings) -> IdVault:
    try:
        return IdVault.from_settings(settings.id_keys, settings.id_key_file)
    except VaultError as exc:
        raise ConfigError(str(exc)) from None


def build_app(settings: Settings) -> App:
    policy = load_policy(settings.policy)
    engine = make_engine(settings.database_url)
    sessions = make_sessionmaker(engine)
    replies = ReplyWriter(
        own_address=settings.address,
        policy=policy,
        renderer=ReplyRenderer(fallback=policy.replies.fallback_language),
    )
    intake = Intake(
        sessions=sessions,
        policy=policy,
        replies=replies,
        own_address=settings.address,
        trusted_authserv_id=settings.trusted_authserv_id,
        vault=_vault(settings),
        max_message_bytes=min(settings.max_message_bytes, policy.intake.max_message_bytes),
        names_on_record=lambda email: datamap_for(settings.sources).names_for(email),
        read=BudgetedReader(
            Budget(
                seconds=policy.intake.budget_seconds,
                seconds_per_mb=policy.intake.budget_seconds_per_mb,
                memory_bytes=policy.intake.budget_memory_mb * 1024 * 1024,
            )
        ),
    )
    return App(settings, policy, engine, sessions, replies, intake, make_transport(settings))
