"""The case store at rest: its files readable by this user only, and no statement parameters
(personal data) in the errors the database driver raises."""

import stat
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from worker.store.db import make_engine


def test_a_new_sqlite_store_is_private_to_this_user(tmp_path: Path) -> None:
    db = tmp_path / "var" / "gdpr.sqlite3"
    engine = make_engine(f"sqlite:///{db}")
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE t (x TEXT)"))
    engine.dispose()
    assert stat.S_IMODE(db.stat().st_mode) == 0o600
    assert stat.S_IMODE(db.parent.stat().st_mode) == 0o700


def test_database_errors_carry_no_parameters(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path}/gdpr.sqlite3")
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE t (x TEXT UNIQUE)"))
        conn.execute(text("INSERT INTO t VALUES (:x)"), {"x": "jan.peeters@mail.example"})
    with pytest.raises(IntegrityError) as caught, engine.begin() as conn:
        conn.execute(text("INSERT INTO t VALUES (:x)"), {"x": "jan.peeters@mail.example"})
    assert "jan.peeters" not in str(caught.value)
    engine.dispose()
