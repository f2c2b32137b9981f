"""Staff extend a case's deadline (GDPR art. 12(3)): once, by the policy's months, only before
the deadline has passed and only on an open case; the requester's notice is written."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from email.message import EmailMessage
from pathlib import Path

import pytest

from config.settings import load_settings
from worker.app import build_app
from worker.cases.staff import StaffError, extend
from worker.deadline import add_months
from worker.intake import Source
from worker.store import repo
from worker.store.db import transaction

pytestmark = pytest.mark.integration


@pytest.fixture
def app(tmp_path: Path):
    app = build_app(
        load_settings(
            database_url=f"sqlite:///{tmp_path}/gdpr.sqlite3",
            id_key_file=str(tmp_path / "id.key"),
            smtp_url=f"file:{tmp_path}/outbox",
        )
    )
    app.upgrade_schema()
    yield app
    app.engine.dispose()


def open_case(app, n: int = 1) -> str:  # noqa: ANN001
    msg = EmailMessage()
    msg["From"] = f"Jan Peeters <jan{n}@mail.example>"
    msg["To"] = "GDPR@alsicohightech.com"
    msg["Subject"] = "Inzage"
    msg["Message-ID"] = f"<extend{n}@mail.example>"
    msg.set_content("Graag inzage in alle gegevens die u over mij bewaart.")
    outcome = app.intake(msg.as_bytes(), Source(f"k{n}", datetime.now(UTC)))
    assert outcome.case_ref
    return outcome.case_ref


def set_case(app, ref: str, **fields) -> None:  # noqa: ANN001, ANN003
    with transaction(app.sessions) as session:
        case = repo.case_by_ref(session, ref)
        for name, value in fields.items():
            setattr(case, name, value)


def test_extended_once_by_two_months_with_a_notice(app) -> None:  # noqa: ANN001
    ref = open_case(app)
    with transaction(app.sessions) as session:
        before = repo.case_by_ref(session, ref).deadline
    decision = extend(app, ref, "staff:ann", "three archived systems")
    assert len(decision.outbound_ids) == 1
    with transaction(app.sessions) as session:
        case = repo.case_by_ref(session, ref)
        assert case.deadline == add_months(before, 2)
        kinds = [o.kind for o in case.outbound]
        extended = [e for e in case.events if e.kind == "deadline_extended"]
    assert kinds.count("extension_notice") == 1
    assert len(extended) == 1 and extended[0].actor == "staff:ann"
    with pytest.raises(StaffError, match="extended already"):
        extend(app, ref, "staff:ann")


def test_not_after_the_deadline_has_passed(app) -> None:  # noqa: ANN001
    ref = open_case(app)
    set_case(app, ref, deadline=date.today() - timedelta(days=1))
    with pytest.raises(StaffError, match="has passed"):
        extend(app, ref, "staff:ann")


def test_not_on_a_finished_case_nor_an_unknown_one(app) -> None:  # noqa: ANN001
    ref = open_case(app)
    set_case(app, ref, status="completed")
    with pytest.raises(StaffError, match="is completed"):
        extend(app, ref, "staff:ann")
    with pytest.raises(StaffError, match="no case"):
        extend(app, "GDPR-1999-000001", "staff:ann")


def test_not_without_a_reason(app) -> None:  # noqa: ANN001
    ref = open_case(app)
    with pytest.raises(StaffError, match=r"reason for the delay.*12\(3\)"):
        extend(app, ref, "staff:ann", "   ")
