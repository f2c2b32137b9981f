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
