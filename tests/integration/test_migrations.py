"""The Alembic migrations build exactly the schema the models describe, on both backends, and
upgrading twice changes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from worker.store.db import make_engine, upgrade
from worker.store.models import Base

pytestmark = pytest.mark.integration


def _differences(url: str) -> list:
    engine = make_engine(url)
    try:
        upgrade(engine)
        upgrade(engine)  # idempotent
        with engine.connect() as conn:
            return compare_metadata(MigrationContext.configure(conn), Base.metadata)
    finally:
        engine.dispose()


def test_migrations_match_the_models_on_sqlite(tmp_path: Path) -> None:
    assert _differences(f"sqlite:///{tmp_path}/gdpr.sqlite3") == []


def test_migrations_match_the_models_on_postgresql(postgres_url: str) -> None:
    assert _differences(postgres_url) == []


def _quarantined_plain_then_upgraded(url: str, tmp_path: Path) -> tuple[bytes, bytes, bytes]:
    """A quarantined original stored in clear by revision 0004, then the upgrade: (what is
    stored now, what the vault reads from it, the original)."""
    from alembic import command
    from cryptography.fernet import Fernet
    from sqlalchemy import text

    from worker.store.db import alembic_config
    from worker.vault import IdVault

    original = b"From: a@mail.example\r\nSubject: Inzage\r\n\r\nMijn ID in bijlage.\r\n"
    engine = make_engine(url)
    try:
        with engine.begin() as conn:
            cfg = alembic_config(engine)
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "0004")
            conn.execute(
                text(
                    "INSERT INTO inbound_messages (source_key, message_id, content_hash, "
                    "from_addr, subject, received_at, disposition, reason, raw, attempts, error, "
                    "created_at, updated_at) VALUES ('k', '<m@x>', 'h', '', '', "
                    "'2026-11-24 10:00:00', 'quarantined', 'no_sender', :raw, 1, '', "
                    "'2026-11-24 10:00:00', '2026-11-24 10:00:00')"
                ),
                {"raw": original},
            )
        vault = IdVault([Fernet.generate_key()])
        upgrade(engine, vault=vault)
        upgrade(engine, vault=vault)  # twice: an original is sealed once
        with engine.connect() as conn:
            stored = bytes(conn.execute(text("SELECT raw FROM inbound_messages")).scalar_one())
        return stored, vault.decrypt(stored), original
    finally:
        engine.dispose()


def test_quarantined_originals_are_sealed_by_the_upgrade_on_sqlite(tmp_path: Path) -> None:
    stored, opened, original = _quarantined_plain_then_upgraded(
        f"sqlite:///{tmp_path}/gdpr.sqlite3", tmp_path
    )
    assert b"Mijn ID" not in stored and opened == original


def test_quarantined_originals_are_sealed_by_the_upgrade_on_postgresql(
    postgres_url: str, tmp_path: Path
) -> None:
    stored, opened, original = _quarantined_plain_then_upgraded(postgres_url, tmp_path)
    assert b"Mijn ID" not in stored and opened == original
