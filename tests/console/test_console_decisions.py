"""The workplace's further decisions over real HTTP: each with its confirmation page, the
required reason, the viewer refused, the event under the officer's name: correct the reading,
set the data subject and the first receipt, merge, lift a restriction (the notice first),
export the evidence file, dismiss a quarantined mail."""

from __future__ import annotations

import io
import json
import sqlite3
import zipfile
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from samples import demo_crm
from tests.console.conftest import form_token, request_mail
from worker.datamap import datamap_for
from worker.domain import EventKind
from worker.intake import Source
from worker.store import repo
from worker.store.db import transaction

pytestmark = pytest.mark.integration


def log_of(anna, ref: str) -> list[dict]:  # noqa: ANN001
    return anna.get(f"/api/cases/{ref}").json()["log"]


def outbox(served) -> list[Path]:  # noqa: ANN001
    return sorted(Path(served.app.settings.smtp.path).glob("*.eml"))


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request: pytest.FixtureRequest) -> dict[str, str]:
    """The case store: SQLite, and PostgreSQL (the JSON lookups of the lift differ)."""
    if request.param == "sqlite":
        return {}
    return {"GDPR_DATABASE_URL": request.getfixturevalue("postgres_url")}


def test_a_viewer_is_refused_each_new_decision(serve):
    served = serve()
    ref = served.open_case()
    vic = served.logged_in("vic")
    token = form_token(vic.get(f"/cases/{ref}").text)
    for action in ("correct", "subject", "merge", "lift-restriction", "export"):
        answer = vic.post(f"/cases/{ref}/{action}", data={"token": token, "reason": "x"})
        assert answer.status_code == 403, action
    assert vic.post("/quarantine/1/dismiss", data={"token": token}).status_code == 403
    with transaction(served.app.sessions) as session:
        case = repo.case_by_ref(session, ref)
        assert not [e for e in case.events if e.actor.startswith("staff:")]


def test_correct_the_reading_with_a_confirmation(serve):
    served = serve()
    outcome = served.app.intake(
        request_mail(1, "Wanneer wordt mijn bestelling van vorige week geleverd?").replace(
            b"Subject: Inzage 1", b"Subject: Bestelling"
        ),
        Source("http-c", datetime.now(UTC)),
    )
    ref = outcome.case_ref
    anna = served.logged_in()
    token = form_token(anna.get(f"/cases/{ref}").text)
    bad = anna.post(f"/cases/{ref}/correct", data={"token": token, "types": "nonsense"})
    assert bad.status_code == 409 and "unknown request type" in bad.text
    page = anna.post(f"/cases/{ref}/correct", data={"token": token, "types": "access"})
    assert page.status_code == 200 and "This is no approval" in page.text
    assert "inzage in uw persoonsgegevens" in page.text  # the acknowledgement it will send
    assert not outbox(served)
    done = anna.post(
        f"/cases/{ref}/correct", data={"token": token, "types": "access", "confirmed": "yes"}
    )
    assert done.headers["location"] == f"/cases/{ref}?done=corrected"
    case = anna.get(f"/api/cases/{ref}").json()
    assert case["request_types"] == ["access"] and case["status"] == "awaiting_id"
    assert [e["event"] for e in case["log"] if e["actor"] == "staff:anna"][0] == "reading_corrected"


def test_the_data_subject_and_the_first_receipt_move_the_deadline(serve):
    served = serve()
    ref = served.open_case()
    anna = served.logged_in()
    token = form_token(anna.get(f"/cases/{ref}").text)
    fields = {"token": token, "name": "Maria Peeters", "email": "maria@mail.example",
              "received": "2026-11-30"}  # fmt: skip
    page = anna.post(f"/cases/{ref}/subject", data=fields)
    assert page.status_code == 200
    assert "the deadline moves from" in page.text and "2026-12-30" in page.text
    assert "They are not the sender" in page.text
    future = anna.post(f"/cases/{ref}/subject", data={**fields, "received": "2999-01-01",
                                                     "confirmed": "yes"})  # fmt: skip
    assert future.status_code == 409 and "in the future" in future.text
    done = anna.post(f"/cases/{ref}/subject", data={**fields, "confirmed": "yes"})
    assert done.status_code == 303
    case = anna.get(f"/api/cases/{ref}").json()
    assert case["deadline"] == "2026-12-30" and case["first_received"] == "2026-11-30"
    assert case["status"] == "awaiting_review" and "on_behalf" in case["flags"]
    text = anna.get(f"/cases/{ref}").text
    assert "first received by the company on 2026-11-30" in text and "Maria Peeters" in text
    assert ref in anna.get("/cases", params={"q": "maria@mail"}).text


def test_merge_refuses_itself_and_finished_cases_then_moves_the_thread(serve, store):
    served = serve(**store)
    first, second, third = (served.open_case(n) for n in (1, 2, 3))
    with transaction(served.app.sessions) as session:  # one requester, who wrote twice
        repo.case_by_ref(session, second).requester_email = "klant1@mail.example"
    anna = served.logged_in()
    token = form_token(anna.get(f"/cases/{second}").text)
    itself = anna.post(f"/cases/{second}/merge", data={"token": token, "into": second,
                                                      "reason": "x"})  # fmt: skip
    assert itself.status_code == 409 and "into itself" in itself.text
    anna.post(f"/cases/{third}/close", data={"token": token, "reason": "withdrawn",
                                            "confirmed": "yes"})  # fmt: skip
    closed = anna.post(f"/cases/{second}/merge", data={"token": token, "into": third,
                                                      "reason": "x"})  # fmt: skip
    assert closed.status_code == 409 and "merge into an open case" in closed.text
    bare = anna.post(f"/cases/{second}/merge", data={"token": token, "into": first})
    assert bare.status_code == 409 and "reason" in bare.text
    sent = len(outbox(served))
    fields = {"token": token, "into": first, "reason": "Twee keer dezelfde vraag."}
    page = anna.post(f"/cases/{second}/merge", data=fields)
    assert page.status_code == 200 and f"closes as a duplicate of {first}" in page.text
    done = anna.post(f"/cases/{second}/merge", data={**fields, "confirmed": "yes"})
    assert done.headers["location"] == f"/cases/{second}?done=merged"
    merged = anna.get(f"/cases/{second}").text
    assert f'merged into <a href="/cases/{first}">{first}</a>' in merged
    kept = anna.get(f"/api/cases/{first}").json()
    assert len([m for m in kept["messages"] if m["direction"] == "in"]) == 2
    assert len(outbox(served)) == sent  # nobody is written to


JAN = "jan.peeters@mail.example"


@pytest.fixture
def crm(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The demo CRM where the shipped data map looks for it (var/ under the working dir)."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "var").mkdir(exist_ok=True)
    demo_crm.create(f"sqlite:///{tmp_path / 'var' / 'demo-crm.sqlite3'}")
    datamap_for.cache_clear()
    yield tmp_path
    datamap_for.cache_clear()


def restricted_case(served) -> str:  # noqa: ANN001
    """Jan's case whose restriction was carried out (the right's own tests cover how: here it
    is set directly, in the case store and in the demo CRM)."""
    ref = served.open_case(7)
    with transaction(served.app.sessions) as session:
        case = repo.case_by_ref(session, ref)
        case.requester_email = JAN
        case.request_types = ["restriction"]
        case.status = "completed"
        repo.add_event(session, case, "handler:restriction", EventKind.RIGHT_DONE,
                       right="restriction")  # fmt: skip
    datamap_for(served.app.settings.sources).set_flags(JAN, ["restricted"])
    return ref


def restricted(crm: Path) -> set[int]:
    with sqlite3.connect(crm / "var" / "demo-crm.sqlite3") as db:
        return {r[0] for r in db.execute("SELECT restricted FROM customers WHERE email = ?",
                                         (JAN,))}  # fmt: skip


def test_lift_a_restriction_shows_the_notice_first_then_sends_it_and_lifts(serve, crm):
    served = serve()
    ref = restricted_case(served)
    assert restricted(crm) == {1}
    anna = served.logged_in()
    page = anna.get(f"/cases/{ref}").text
    assert "in place (art. 18)" in page and "/lift-restriction" in page
    token = form_token(page)
    bare = anna.post(f"/cases/{ref}/lift-restriction", data={"token": token})
    assert bare.status_code == 409 and "give the reason" in bare.text
    why = "Uw gegevens bleken juist."
    page = anna.post(f"/cases/{ref}/lift-restriction", data={"token": token, "reason": why})
    assert page.status_code == 200
    assert "We heffen de beperking van de verwerking van uw gegevens op" in page.text
    assert "bleken juist" in page.text and not outbox(served)
    done = anna.post(f"/cases/{ref}/lift-restriction",
                     data={"token": token, "reason": why, "confirmed": "yes"})  # fmt: skip
    assert done.headers["location"] == f"/cases/{ref}?done=lift-announced"
    (notice,) = [p for p in outbox(served) if "staff_reply" in p.name]
    assert "heffen we de beperking op" in notice.read_text()
    events = [e["event"] for e in log_of(anna, ref)]
    assert events.index("restriction_lifted") > events.index("restriction_lift_announced")
    assert restricted(crm) == {0}
    assert "lifted after the requester was told" in anna.get(f"/cases/{ref}").text


def test_export_downloads_the_evidence_file_and_logs_it(serve):
    served = serve()
    ref = served.open_case()
    anna = served.logged_in()
    token = form_token(anna.get(f"/cases/{ref}").text)
    anna.post(f"/cases/{ref}/note", data={"token": token, "text": "Gebeld: echte vraag."})
    answer = anna.post(f"/cases/{ref}/export", data={"token": token})
    assert answer.status_code == 200 and answer.headers["content-type"] == "application/zip"
    assert f'filename="{ref}-evidence.zip"' in answer.headers["content-disposition"]
    with zipfile.ZipFile(io.BytesIO(answer.content)) as z:
        data = json.loads(z.read(f"{ref}-evidence/case.json"))
    assert data["made_by"] == "staff:anna" and data["case"]["ref"] == ref
    assert [(n["author"], n["text"]) for n in data["internal_notes"]] == [
        ("staff:anna", "Gebeld: echte vraag.")
    ]
    assert "Ik wil inzage" in data["thread"][0]["text"]
    assert log_of(anna, ref)[-1]["event"] == "exported"
    assert anna.post("/cases/GDPR-2000-000001/export", data={"token": token}).status_code == 404


def test_dismiss_a_quarantined_mail_with_a_confirmation(serve):
    served = serve()
    served.app.intake(b"From: undisclosed\r\nSubject: x\r\n\r\nbody",
                      Source("http-q", datetime.now(UTC)))  # fmt: skip
    anna = served.logged_in()
    page = anna.get("/quarantine").text
    assert "no sender address that could be read" in page  # the reason, in words
    token = form_token(page)
    (row,) = anna.get("/api/quarantine").json()
    bare = anna.post(f"/quarantine/{row['id']}/dismiss", data={"token": token})
    assert bare.status_code == 409 and "give the reason" in bare.text
    fields = {"token": token, "reason": "Testmail van de IT-dienst."}
    confirm = anna.post(f"/quarantine/{row['id']}/dismiss", data=fields)
    assert confirm.status_code == 200 and "Dismiss the mail" in confirm.text
    assert anna.get("/api/quarantine").json() == [row]  # nothing done yet
    done = anna.post(f"/quarantine/{row['id']}/dismiss", data={**fields, "confirmed": "yes"})
    assert done.headers["location"] == "/quarantine?done=dismissed"
    assert anna.get("/api/quarantine").json() == []
    (message,) = anna.get("/api/messages").json()
    assert (message["disposition"], message["reason"]) == ("ignored", "dismissed")


def test_a_notice_not_delivered_leaves_the_restriction_in_place(serve, crm, store):
    from worker.cases.restriction_lift import lift_after_notice, lift_pending, lift_restriction

    served = serve(**store)
    ref = restricted_case(served)
    decision = lift_restriction(served.app, ref, "cli:test", "Nagekeken.")  # not delivered yet
    (notice_id,) = decision.outbound_ids
    assert restricted(crm) == {1}
    assert not lift_after_notice(served.app, notice_id) and lift_pending(served.app) == 0
    with transaction(served.app.sessions) as session:
        repo.mark_outbound(session, notice_id, status="failed")
    assert lift_pending(served.app) == 0 and restricted(crm) == {1}
    with transaction(served.app.sessions) as session:  # delivered after all: the sweep lifts
        repo.mark_outbound(session, notice_id, status="sent")
    assert lift_pending(served.app) == 1 and restricted(crm) == {0}
    assert lift_pending(served.app) == 0  # once


def test_a_request_passed_on_becomes_the_data_subjects_own(serve):
    served = serve()
    ref = served.open_case(8)
    with transaction(served.app.sessions) as session:
        case = repo.case_by_ref(session, ref)
        case.flags = ["passed_on"]
        case.status = "awaiting_review"
        case.sender_authenticated = True  # the colleague's own server: about the colleague
    anna = served.logged_in()
    token = form_token(anna.get(f"/cases/{ref}").text)
    fields = {"token": token, "name": "Rik Vos", "email": "Rik.Vos@mail.example"}
    page = anna.post(f"/cases/{ref}/subject", data=fields)
    assert "The request passed on is theirs" in page.text
    assert (
        anna.post(f"/cases/{ref}/subject", data={**fields, "confirmed": "yes"}).status_code == 303
    )
    case = anna.get(f"/api/cases/{ref}").json()
    assert case["requester"] == {"email": "rik.vos@mail.example", "name": "Rik Vos"}
    assert case["status"] == "awaiting_review" and "passed_on" in case["flags"]
    with transaction(served.app.sessions) as session:
        assert not repo.case_by_ref(session, ref).sender_authenticated
    assert "replies go to them" in case["log"][-1]["detail"]
