"""The console's users, sessions and lockout counts on PostgreSQL as on SQLite: a failed login
counts once per name and once per address even when two arrive at once; sessions end."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta
from pathlib import Path

import pytest

from config.settings import load_settings
from worker.app import build_app
from worker.console.auth import LoginRefused, SessionPolicy, Sessions
from worker.console.users import add_user, set_disabled
from worker.store.db import transaction
from worker.store.models import LoginFailure

pytestmark = pytest.mark.integration


@pytest.fixture(params=["sqlite", "postgresql"])
def sessions(request, tmp_path: Path) -> Sessions:  # noqa: ANN001
    url = (
        f"sqlite:///{tmp_path}/gdpr.sqlite3"
        if request.param == "sqlite"
        else request.getfixturevalue("postgres_url")
    )
    app = build_app(load_settings(database_url=url, id_key_file=str(tmp_path / "id.key")))
    app.upgrade_schema()
    add_user(app.sessions, "anna", "officer", "correct horse battery")
    policy = SessionPolicy(
        idle=timedelta(minutes=30),
        lifetime=timedelta(hours=10),
        user_failures=3,
        address_failures=10,
        lockout=timedelta(minutes=15),
    )
    yield Sessions(app.sessions, policy)
    app.engine.dispose()


def test_concurrent_failures_all_count_and_lock(sessions: Sessions) -> None:
    def fail(_: int) -> bool:
        try:
            sessions.log_in("anna", "wrong guess", "192.0.2.1")
        except LoginRefused as exc:
            return exc.locked
        return False

    with ThreadPoolExecutor(3) as pool:
        assert not any(pool.map(fail, range(3)))  # each was a plain failure, and counted
    with pytest.raises(LoginRefused) as refused:
        sessions.log_in("anna", "correct horse battery", "198.51.100.9")
    assert refused.value.locked
    with transaction(sessions.db) as session:
        address = session.get(LoginFailure, "addr:192.0.2.1")
        assert address is not None and address.failures == 3 and address.locked_until is None


def test_a_session_is_found_by_its_token_and_ends_with_the_user(sessions: Sessions) -> None:
    signed = sessions.log_in("anna", "correct horse battery", "192.0.2.1")
    assert signed.new and sessions.current(signed.token).staff.name == "anna"
    assert sessions.current("not-a-token") is None
    set_disabled(sessions.db, "anna", True)
    assert sessions.current(signed.token) is None
