"""Shared fixtures: fixture mails, a clean environment, a private PostgreSQL database."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"
MAIL_FIXTURES = FIXTURES / "mail"
POSTGRES_ADMIN_URL = os.environ.get(
    "GDPR_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        default=False,
        help="rewrite the reviewed reply texts of tests/golden/ from the templates (then review "
        "the diff: git diff tests/golden)",
    )


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


def mail_fixture(name: str) -> bytes:
    return (MAIL_FIXTURES / name).read_bytes()


@pytest.fixture(autouse=True)
def _clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """No GDPR_* variable of the developer's shell leaks into a test."""
    for name in list(os.environ):
        if name.startswith("GDPR_") and name != "GDPR_TEST_POSTGRES_URL":
            monkeypatch.delenv(name)


@pytest.fixture
def postgres_url() -> Iterator[str]:
    """A fresh PostgreSQL database of our own, dropped afterwards."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    admin = create_engine(POSTGRES_ADMIN_URL, isolation_level="AUTOCOMMIT")
    name = f"gdpr_test_{uuid.uuid4().hex[:12]}"
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    except Exception as exc:  # pragma: no cover - the test command starts PostgreSQL
        pytest.fail(f"PostgreSQL is required for this test: {exc}")
    try:
        yield make_url(POSTGRES_ADMIN_URL).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
