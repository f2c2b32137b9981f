"""PostgreSQL's errors told apart (worker.store.db.outage_cause): a refused connection and a
terminated backend are outages to wait out; a value the server refuses is the mail's own."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from tests.integration.conftest import free_port
from worker.peers import CASE_STORE, PeerUnavailable
from worker.store.db import make_engine, make_sessionmaker, outage_cause, transaction

pytestmark = pytest.mark.integration


def test_a_refused_connection_is_an_outage() -> None:
    engine = make_engine(f"postgresql+psycopg://postgres@127.0.0.1:{free_port()}/none")
    try:
        with pytest.raises(PeerUnavailable) as down, transaction(make_sessionmaker(engine)) as s:
            s.execute(text("SELECT 1"))
        assert down.value.peer == CASE_STORE and down.value.cause == "OperationalError"
    finally:
        engine.dispose()


def test_a_terminated_backend_is_an_outage_and_the_next_transaction_reconnects(
    postgres_url: str,
) -> None:
    engine = make_engine(postgres_url)
    admin = make_engine(postgres_url)
    sessions = make_sessionmaker(engine)
    try:
        with pytest.raises(PeerUnavailable) as down, transaction(sessions) as s:
            pid = s.execute(text("SELECT pg_backend_pid()")).scalar_one()
            with admin.begin() as conn:
                conn.execute(text("SELECT pg_terminate_backend(:p)"), {"p": pid})
            s.execute(text("SELECT 1"))
        assert down.value.cause == "AdminShutdown 57P01"
        with transaction(sessions) as s:  # pool_pre_ping: a new connection
            assert s.execute(text("SELECT 1")).scalar_one() == 1
    finally:
        engine.dispose()
        admin.dispose()


def test_a_value_the_server_refuses_is_no_outage(postgres_url: str) -> None:
    engine = make_engine(postgres_url)
    try:
        with pytest.raises(Exception) as refused, engine.begin() as conn:
            conn.execute(text("SELECT CAST(:v AS text)"), {"v": "a\x00b"})
        assert outage_cause(refused.value) is None
        with pytest.raises(Exception) as too_long, engine.begin() as conn:
            conn.execute(text("CREATE TEMP TABLE t (v varchar(3))"))
            conn.execute(text("INSERT INTO t VALUES (:v)"), {"v": "abcd"})
        assert outage_cause(too_long.value) is None
    finally:
        engine.dispose()
