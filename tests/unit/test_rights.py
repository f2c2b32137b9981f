"""Each right on a case in progress (worker/cases/), through run_right on an in-memory case
store and a data map that records what it is asked: what is done to the company's data, what
the requester is told, and where the case goes. Then staff decisions and housekeeping."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime, timedelta

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from tests.unit.conftest import FakeDataMap, RecordingJobs
from worker.app import App
from worker.cases import staff
from worker.cases.housekeeping import housekeeping
from worker.cases.rights import pending_rights, run_right
from worker.datamap.engine import Record
from worker.domain import CaseStatus, RequestType
from worker.store import repo
from worker.store.db import transaction
from worker.store.models import Case, Event, OutboundMessage, Suppression, utcnow

JAN = "jan.peeters@mail.example"
T = RequestType


def open_case(app: App, *types: RequestType, status: str = "in_progress", **fields) -> int:
    """A case as intake opens it; by default every proof is there (the sender authenticated
    by our server, the mailbox confirmed), so that a right's own work can be tested."""
    proven = {"sender_authenticated": True, "mailbox_confirmed_at": utcnow()}
    fields = {"id_status": "verified", **proven, **fields}
    with transaction(app.sessions) as session:
        case = repo.create_case(
            session,
            received_at=utcnow(),
            status=status,
            request_types=[t.value for t in types],
            language="en",
            requester_email=JAN,
            requester_name="Jan Peeters",
            deadline=date.today() + timedelta(days=30),
            **fields,
        )
        return case.id


def case_of(app: App, case_id: int) -> Case:
    with transaction(app.sessions) as session:
        case = session.get(Case, case_id)
        _ = case.events, case.outbound
        session.expunge_all()
        return case


def replies(app: App, ids: list[int]) -> list[OutboundMessage]:
    with transaction(app.sessions) as session:
        rows = [session.get(OutboundMessage, i) for i in ids]
        for row in rows:
            _ = row.attachment  # deferred: loaded while the session is open
        session.expunge_all()
        return rows


def kinds(case: Case) -> list[str]:
    return [e.kind for e in case.events]


def suppressed(app: App) -> int:
    with transaction(app.sessions) as session:
        return len(session.scalars(select(Suppression)).all())


def record(field: str, value: str, provided: bool = True) -> Record:
    return Record("crm", "customers", "id=1", field, "identity", value, provided)


def test_access_sends_a_sealed_report_and_its_password_apart(
    app: App, datamap: FakeDataMap
) -> None:
    datamap.records = [record("first_name", "Jan"), record("segment", "loyal", provided=False)]
    case_id = open_case(app, T.ACCESS)
    ids = run_right(app, case_id, T.ACCESS)
    report, password = replies(app, ids)
    assert datamap.calls == [("export", (JAN, False))]
    assert report.kind == "response"
    assert report.attachment_name.endswith(".pdf") and not report.sensitive
    assert password.sensitive and report.subject in password.body
    secret = next(w for w in password.body.split() if w.count("-") == 4)
    pdf = PdfReader(io.BytesIO(report.attachment))
    assert pdf.is_encrypted and pdf.decrypt(secret)
    case = case_of(app, case_id)
    assert case.status == CaseStatus.COMPLETED
    done = [e for e in case.events if e.kind == "right_done"]
    assert done[0].detail == {
        "right": "access",
        "records": 2,
        "categories": ["identity"],
        "package": "access",
        "password_by": "mail",
        "withheld": [],
        "proof": "sender_authenticated",  # what the disclosure rested on
    }
    assert "Jan" not in str(done[0].detail)  # no personal data in the log


def test_access_with_nothing_found_says_so(app: App, datamap: FakeDataMap) -> None:
    case_id = open_case(app, T.ACCESS)
    (reply,) = replies(app, run_right(app, case_id, T.ACCESS))
    assert reply.attachment is None and reply.kind == "response"
    assert case_of(app, case_id).status == CaseStatus.COMPLETED


def test_portability_exports_only_what_the_person_provided(app: App, datamap: FakeDataMap) -> None:
    datamap.records = [record("first_name", "Jan"), record("segment", "loyal", provided=False)]
    case_id = open_case(app, T.PORTABILITY)
    ids = run_right(app, case_id, T.PORTABILITY)
    assert datamap.calls == [("export", (JAN, True))] and len(ids) == 2
    done = [e for e in case_of(app, case_id).events if e.kind == "right_done"]
    assert done[0].detail["records"] == 1


def test_personal_data_waits_when_the_sender_is_unverified(app: App, datamap: FakeDataMap) -> None:
    case_id = open_case(app, T.ACCESS, sender_authenticated=False)
    (held,) = replies(app, run_right(app, case_id, T.ACCESS))
    case = case_of(app, case_id)
    assert datamap.calls == [] and case.status == CaseStatus.AWAITING_REVIEW
    assert "sender_unverified" in case.flags
    assert kinds(case)[-2:] == ["reply_written", "status_changed"] and "right_held" in kinds(case)
    assert held.kind == "response"


def test_erasure_asks_the_requester_to_confirm_first(app: App, datamap: FakeDataMap) -> None:
    case_id = open_case(app, T.ERASURE, mailbox_confirmed_at=None)
    (ask,) = replies(app, run_right(app, case_id, T.ERASURE))
    case = case_of(app, case_id)
    assert ask.kind == "confirmation_request" and datamap.calls == []
    assert case.status == CaseStatus.AWAITING_CONFIRMATION and case.confirmation_hash
    assert case.confirmation_expires_at > datetime.now(UTC)


def test_a_confirmed_erasure_erases_keeps_what_a_hold_keeps_and_suppresses(
    app: App, datamap: FakeDataMap
) -> None:
    datamap.erasure_report = {
        "tables": [
            {"table": "customers", "category": "identity", "anonymised": 1},
            {
                "table": "orders",
                "retained": [{"hold": "contract_retention", "until": "2034-01-01"}],
            },
        ]
    }
    case_id = open_case(app, T.ERASURE, mailbox_confirmed_at=utcnow())
    (done,) = replies(app, run_right(app, case_id, T.ERASURE))
    assert [c[0] for c in datamap.calls] == ["erase"] and suppressed(app) == 1
    assert "2034" in done.body and case_of(app, case_id).status == CaseStatus.COMPLETED


@pytest.mark.parametrize(
    ("right", "purposes"),
    [
        (T.MARKETING_OPT_OUT, ("marketing_email", "marketing_sms")),
        (
            T.OBJECTION,
            (
                "marketing_email",
                "marketing_sms",
                "marketing_post",
                "marketing_phone",
                "profiling",
                "segmentation",
            ),
        ),  # fmt: skip
        (T.RESTRICTION, ("restricted",)),
    ],
)
def test_marketing_and_restriction_set_the_flags_the_right_names(
    app: App, datamap: FakeDataMap, right: RequestType, purposes: tuple[str, ...]
) -> None:
    case_id = open_case(app, right)
    (reply,) = replies(app, run_right(app, case_id, right))
    assert datamap.calls == [("set_flags", (JAN, purposes))]
    assert suppressed(app) == (0 if right is T.RESTRICTION else 1)
    assert reply.kind == "response" and case_of(app, case_id).status == CaseStatus.COMPLETED


@pytest.mark.parametrize(
    ("right", "flag"), [(T.RECTIFICATION, "rectification_pending"), (T.COMPLAINT, "complaint")]
)
def test_what_a_person_must_do_leaves_the_case_with_staff(
    app: App, datamap: FakeDataMap, right: RequestType, flag: str
) -> None:
    case_id = open_case(app, right)
    (reply,) = replies(app, run_right(app, case_id, right))
    case = case_of(app, case_id)
    assert datamap.calls == [] and reply.kind == "response"
    assert case.flags == [flag] and case.status == CaseStatus.AWAITING_REVIEW


def test_a_right_is_done_once_and_only_on_a_case_in_progress(
    app: App, datamap: FakeDataMap
) -> None:
    case_id = open_case(app, T.MARKETING_OPT_OUT, T.RESTRICTION)
    assert pending_rights(app, case_id) == [T.MARKETING_OPT_OUT, T.RESTRICTION]
    assert run_right(app, case_id, T.MARKETING_OPT_OUT)
    assert run_right(app, case_id, T.MARKETING_OPT_OUT) == []  # done before
    assert run_right(app, case_id, T.ACCESS) == []  # not asked for
    assert pending_rights(app, case_id) == [T.RESTRICTION]
    assert case_of(app, case_id).status == CaseStatus.IN_PROGRESS  # one right still to do
    waiting = open_case(app, T.RESTRICTION, status="awaiting_id")
    assert run_right(app, waiting, T.RESTRICTION) == [] and pending_rights(app, waiting) == []
    assert len(datamap.calls) == 1


def test_approving_clears_what_a_person_settles_and_starts_the_case(
    app: App, jobs: RecordingJobs
) -> None:
    case_id = open_case(
        app, T.ACCESS, status="awaiting_review", id_status="missing",
        flags=["low_confidence", "sender_unverified", "complaint"],
    )  # fmt: skip
    ref = case_of(app, case_id).ref
    decision = staff.approve(app, ref, "staff:an")
    jobs.after_commit(decision.outbound_ids, decision.ready_case_id)
    case = case_of(app, case_id)
    assert (decision.status, jobs.started) == ("in_progress", [case_id])
    assert case.flags == ["complaint"] and case.id_status == "verified"
    approved = [e for e in case.events if e.kind == "approved"]
    assert approved[0].detail == {
        "cleared_flags": ["low_confidence", "sender_unverified"],
        "proof": "staff_approval",
    }
    assert [e.actor for e in case.events if e.kind == "status_changed"] == ["staff:an"]
    # approving again changes nothing the log would call a change
    staff.approve(app, ref, "staff:an")
    assert kinds(case_of(app, case_id)).count("status_changed") == 1


def test_refusing_ends_the_case_and_tells_the_requester_why(app: App) -> None:
    ref = case_of(app, open_case(app, T.ACCESS, status="awaiting_review")).ref
    decision = staff.refuse(app, ref, "staff:an", "excessive")
    (refusal,) = replies(app, list(decision.outbound_ids))
    assert decision.status == "rejected" and refusal.kind == "refusal"
    with pytest.raises(staff.StaffError, match="is rejected"):
        staff.refuse(app, ref, "staff:an", "excessive")
    with pytest.raises(staff.StaffError, match="unknown reason"):
        staff.refuse(app, ref, "staff:an", "because")


def test_housekeeping_closes_an_unconfirmed_erasure_and_returns_its_notice(
    app: App, datamap: FakeDataMap
) -> None:
    case_id = open_case(
        app, T.ERASURE, status="awaiting_confirmation", confirmation_hash="x" * 64,
        confirmation_expires_at=utcnow() - timedelta(minutes=1),
    )  # fmt: skip
    done = housekeeping(app)
    (notice,) = replies(app, list(done.outbound_ids))
    case = case_of(app, case_id)
    assert case.status == CaseStatus.CLOSED and not case.confirmation_hash
    assert notice.status == "pending"  # returned to be delivered, not sent here
    assert ("purge_expired_holds", date.today()) in datamap.calls
    with transaction(app.sessions) as session:
        changed = session.scalars(select(Event).where(Event.kind == "status_changed")).one()
        assert (changed.actor, changed.detail) == (
            "scheduler", {"old": "awaiting_confirmation", "new": "closed"},
        )  # fmt: skip


# --- the proof rule, enforced in run_right and the staff decisions (worker/proof.py) -------------


def _code_confirmed(app: App, case_id: int) -> None:
    """What intake does when the owner's reply carries the code."""
    with transaction(app.sessions) as session:
        case = session.get(Case, case_id)
        case.mailbox_confirmed_at = utcnow()
        case.confirmation_hash = ""
        case.status = "in_progress"


@pytest.mark.parametrize("right", [T.ERASURE, T.RESTRICTION, T.OBJECTION])
def test_a_change_on_an_unauthenticated_mail_needs_the_owner_and_a_person(
    app: App, datamap: FakeDataMap, right: RequestType
) -> None:
    case_id = open_case(app, right, sender_authenticated=False, mailbox_confirmed_at=None)
    (ask,) = replies(app, run_right(app, case_id, right))
    assert ask.kind == "confirmation_request" and ask.sensitive
    assert case_of(app, case_id).status == CaseStatus.AWAITING_CONFIRMATION
    _code_confirmed(app, case_id)
    (held,) = replies(app, run_right(app, case_id, right))
    case = case_of(app, case_id)
    assert held.kind == "response" and case.status == CaseStatus.AWAITING_REVIEW
    assert "sender_unverified" in case.flags
    # nothing touched the company's data yet, but what harms no one (marketing stopped)
    harmless = [
        c for c in datamap.calls if c[0] == "set_flags" and not {"profiling"} & set(c[1][1])
    ]
    assert datamap.calls == harmless
    staff.approve(app, case.ref, "an")
    before = len(datamap.calls)
    replies(app, run_right(app, case_id, right))
    assert len(datamap.calls) > before, "approved and confirmed: the right acts"
    done = [e for e in case_of(app, case_id).events if e.kind == "right_done"]
    assert done[0].detail["proof"] == "mailbox_confirmation + staff_approval"


def test_a_person_alone_cannot_erase_without_the_owners_confirmation(
    app: App, datamap: FakeDataMap
) -> None:
    case_id = open_case(
        app, T.ERASURE, sender_authenticated=False, mailbox_confirmed_at=None, approved_by="an"
    )
    (ask,) = replies(app, run_right(app, case_id, T.ERASURE))
    assert ask.kind == "confirmation_request" and datamap.calls == []


def test_the_confirmation_lists_every_change_the_case_asks_for(
    app: App, datamap: FakeDataMap
) -> None:
    case_id = open_case(app, T.ACCESS, T.ERASURE, T.RESTRICTION, mailbox_confirmed_at=None)
    replies(app, run_right(app, case_id, T.ACCESS))  # authenticated: access goes out
    (ask,) = replies(app, run_right(app, case_id, T.ERASURE))
    case = case_of(app, case_id)
    asked = [e for e in case.events if e.kind == "confirmation_asked"]
    assert asked[0].detail["actions"] == ["erasure", "restriction"]
    assert "erasure" in ask.body.lower() and "restriction" in ask.body.lower()
    # the restriction waits for the same code: no second mail
    assert run_right(app, case_id, T.RESTRICTION) == []


def test_after_the_last_wrong_code_a_person_decides(app: App, datamap: FakeDataMap) -> None:
    case_id = open_case(app, T.ERASURE, mailbox_confirmed_at=None, confirmation_wrong_tries=3)
    replies(app, run_right(app, case_id, T.ERASURE))
    case = case_of(app, case_id)
    assert case.status == CaseStatus.AWAITING_REVIEW and "confirmation_failed" in case.flags
    assert datamap.calls == []


def test_a_correction_is_applied_by_a_person_only_after_the_owner_confirmed(
    app: App, datamap: FakeDataMap
) -> None:
    case_id = open_case(app, T.RECTIFICATION, sender_authenticated=False, mailbox_confirmed_at=None)
    ref = case_of(app, case_id).ref
    with pytest.raises(staff.StaffError, match="mailbox_confirmation"):
        staff.rectify(app, ref, "an", {"customers.phone": "+32 475 00 00 00"})
    assert datamap.calls == []
    (ask,) = replies(app, run_right(app, case_id, T.RECTIFICATION))
    assert ask.kind == "confirmation_request"
    _code_confirmed(app, case_id)
    (pending,) = replies(app, run_right(app, case_id, T.RECTIFICATION))
    case = case_of(app, case_id)
    assert case.status == CaseStatus.AWAITING_REVIEW and "rectification_pending" in case.flags
    staff.rectify(app, ref, "an", {"customers.phone": "+32 475 00 00 00"})
    assert [c[0] for c in datamap.calls] == ["rectify"]
    assert case_of(app, case_id).status == CaseStatus.COMPLETED


def test_an_objection_stops_direct_marketing_at_once_and_profiling_only_when_proven(
    app: App, datamap: FakeDataMap
) -> None:
    case_id = open_case(app, T.OBJECTION, sender_authenticated=False, mailbox_confirmed_at=None)
    (ask,) = replies(app, run_right(app, case_id, T.OBJECTION))
    assert [c[0] for c in datamap.calls] == ["set_flags"]
    assert set(datamap.calls[0][1][1]) == {
        "marketing_email",
        "marketing_sms",
        "marketing_post",
        "marketing_phone",
    }
    assert ask.kind == "confirmation_request" and "marketing" in ask.body
    assert suppressed(app) == 1
    # once only, however often the case comes back
    _code_confirmed(app, case_id)
    replies(app, run_right(app, case_id, T.OBJECTION))
    assert len(datamap.calls) == 1


def test_a_new_contact_address_waits_for_its_own_confirmation(
    app: App, datamap: FakeDataMap, jobs: RecordingJobs
) -> None:
    case_id = open_case(app, T.RECTIFICATION)  # authenticated, the old address confirmed
    ref = case_of(app, case_id).ref
    decision = staff.rectify(app, ref, "staff:an", {"customers.email": "Jan.New@Mail.Example"})
    (ask,) = replies(app, list(decision.outbound_ids))
    assert ask.to_addr == "jan.new@mail.example" and ask.sensitive
    assert ask.kind == "confirmation_request" and "CONFIRM-" in ask.body
    case = case_of(app, case_id)
    assert case.status == CaseStatus.AWAITING_CONFIRMATION and datamap.calls == []
    pending = case.proposed_rectification["contact_change"]
    assert pending["new_address"] == "jan.new@mail.example" and "code_hash" in pending
    assert "CONFIRM-" not in str(pending)  # the code itself is kept nowhere
    # the case does not move on until the new address answered
    assert run_right(app, case_id, T.RECTIFICATION) == []


def test_a_source_that_fails_sends_the_case_to_staff_with_the_reason(
    app: App, datamap: FakeDataMap
) -> None:
    from worker.datamap import DataMapError

    datamap.failure = DataMapError("source helpdesk: OperationalError")
    case_id = open_case(app, T.ACCESS, T.ERASURE)
    assert run_right(app, case_id, T.ACCESS) == []  # nothing is sent
    case = case_of(app, case_id)
    assert case.status == CaseStatus.AWAITING_REVIEW and case.flags == ["source_failed"]
    (failed,) = [e for e in case.events if e.kind == "source_failed"]
    assert failed.detail == {"right": "access", "reason": "source helpdesk: OperationalError"}
    assert run_right(app, case_id, T.ERASURE) == []  # the case waits for staff
    assert [c[0] for c in datamap.calls] == ["export"]

    datamap.failure, datamap.records = None, [record("first_name", "Jan")]  # repaired:
    # approving the case runs its rights again
    decision = staff.approve(app, case.ref, "anna")
    assert decision.status == "in_progress" and "source_failed" not in case_of(app, case_id).flags
    assert len(run_right(app, case_id, T.ACCESS)) == 2


def test_an_unexpected_failure_is_reported_without_the_data_it_names(
    app: App, datamap: FakeDataMap
) -> None:
    datamap.failure = KeyError("jan.peeters@mail.example")
    case_id = open_case(app, T.MARKETING_OPT_OUT)
    run_right(app, case_id, T.MARKETING_OPT_OUT)
    case = case_of(app, case_id)
    (failed,) = [e for e in case.events if e.kind == "source_failed"]
    assert failed.detail["reason"].startswith("KeyError at conftest.py:")
    assert "jan" not in str(failed.detail) and case.flags == ["source_failed"]
