"""Staff end a case that needs no answer on the merits (not a request, spam, duplicate,
withdrawn), reopen a finished one with a reason, keep internal notes, assign a case to an
officer, and refuse for another reason only by stating it (art. 12(4))."""

from __future__ import annotations

from pathlib import Path

import pytest

from config.settings import load_settings
from tests.integration.test_staff_extend import open_case
from worker.app import build_app
from worker.cases.staff import StaffError, add_note, assign, close, refuse, reopen
from worker.console.users import add_user
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


def case_of(app, ref: str):  # noqa: ANN001, ANN201
    with transaction(app.sessions) as session:
        case = repo.case_by_ref(session, ref)
        return case, list(case.outbound), list(case.events), list(case.notes)


def test_close_as_not_a_request_with_a_neutral_note(app) -> None:  # noqa: ANN001
    ref = open_case(app)
    decision = close(app, ref, "staff:ann", "not_a_request", reply=True)
    case, outbound, events, _ = case_of(app, ref)
    assert case.status == "closed" and decision.outbound_ids == (outbound[-1].id,)
    assert outbound[-1].kind == "staff_reply"
    assert "geen verzoek over uw persoonsgegevens" in " ".join(outbound[-1].body.split())
    (closed,) = [e for e in events if e.kind == "closed"]
    assert closed.detail == {"reason": "not_a_request", "replied": True}
    with pytest.raises(StaffError, match="is closed"):
        close(app, ref, "staff:ann", "spam")


def test_spam_gets_no_reply_at_all(app) -> None:  # noqa: ANN001
    ref = open_case(app)
    with pytest.raises(StaffError, match="spam gets nothing"):
        close(app, ref, "staff:ann", "spam", reply=True)
    before = len(case_of(app, ref)[1])
    assert close(app, ref, "cli:root", "spam").outbound_ids == ()
    case, outbound, events, _ = case_of(app, ref)
    assert case.status == "closed" and len(outbound) == before
    assert [e.actor for e in events if e.kind == "closed"] == ["cli:root"]
    with pytest.raises(StaffError, match="unknown reason"):
        close(app, open_case(app, 2), "staff:ann", "boring")


def test_reopen_a_finished_case_with_a_reason_kept_as_a_note(app) -> None:  # noqa: ANN001
    ref = open_case(app)
    with pytest.raises(StaffError, match="is open"):
        reopen(app, ref, "staff:ann", "why not")
    close(app, ref, "staff:ann", "spam")
    with pytest.raises(StaffError, match="reason"):
        reopen(app, ref, "staff:ann", "  ")
    reopen(app, ref, "staff:ann", "It was a real request after all.")
    case, _, events, notes = case_of(app, ref)
    assert case.status == "awaiting_review"
    assert [n.text for n in notes] == ["It was a real request after all."]
    (reopened,) = [e for e in events if e.kind == "reopened"]
    assert reopened.detail == {"note_id": notes[0].id, "was": "closed"}  # no text in the log


def test_notes_and_assignment(app) -> None:  # noqa: ANN001
    ref = open_case(app)
    add_note(app, ref, "staff:ann", "Called the customer:\nshe confirms.")
    with pytest.raises(StaffError, match="empty"):
        add_note(app, ref, "staff:ann", " \n ")
    add_user(app.sessions, "bert", "officer", "a long passphrase")
    add_user(app.sessions, "vic", "viewer", "a long passphrase")
    with pytest.raises(StaffError, match="not an officer"):
        assign(app, ref, "staff:ann", "vic")
    with pytest.raises(StaffError, match="not an officer"):
        assign(app, ref, "staff:ann", "nobody")
    assign(app, ref, "staff:ann", "BERT")
    case, _, events, notes = case_of(app, ref)
    assert case.assignee == "bert" and notes[0].author == "staff:ann"
    assert [(e.kind, e.detail) for e in events if e.kind == "assigned"] == [
        ("assigned", {"old": "", "new": "bert"})
    ]
    assign(app, ref, "staff:ann", "")
    assert case_of(app, ref)[0].assignee == ""


def test_refusing_for_another_reason_says_it(app) -> None:  # noqa: ANN001
    ref = open_case(app)
    with pytest.raises(StaffError, match=r"must say the reason.*12\(4\)"):
        refuse(app, ref, "staff:ann", "other")
    refuse(app, ref, "staff:ann", "other", "U vraagt gegevens over\n- uw buurman")
    case, outbound, _, _ = case_of(app, ref)
    assert case.status == "rejected"
    assert "De reden voor onze beslissing:\nU vraagt gegevens over\n- uw buurman\n" in (
        outbound[-1].body
    )
