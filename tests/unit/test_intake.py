"""Intake in-process on an in-memory case store: bytes in; the Outcome, the rows written and the
jobs handed over after commit out (as GNU Mailman tests its runners). No ID copies here: the
sandboxed reader is tested in tests/integration/test_idcheck.py."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from tests.unit.conftest import OPT_OUT_TEXT, RecordingJobs, request, take_in
from worker import intake as intake_module
from worker.app import App
from worker.domain import CaseStatus, DispositionKind
from worker.intake import Source
from worker.store import repo
from worker.store.db import transaction
from worker.store.models import Case, Event, InboundMessage, OutboundMessage

OPT_OUT = request("Unsubscribe", OPT_OUT_TEXT)
ACCESS = request(
    "Access request",
    "Under article 15 GDPR I ask for a copy of all personal data you hold about me.",
    message_id="<access1@mail.example>",
)


def cases(app: App) -> list[Case]:
    with transaction(app.sessions) as session:
        found = list(session.scalars(select(Case).order_by(Case.id)))
        session.expunge_all()
        return found


def event_kinds(app: App, case_id: int) -> list[str]:
    with transaction(app.sessions) as session:
        query = select(Event.kind).where(Event.case_id == case_id).order_by(Event.id)
        return list(session.scalars(query))


def outbox(app: App) -> list[OutboundMessage]:
    with transaction(app.sessions) as session:
        rows = list(session.scalars(select(OutboundMessage).order_by(OutboundMessage.id)))
        session.expunge_all()
        return rows


def test_an_opt_out_opens_a_case_ready_for_work(app: App, jobs: RecordingJobs) -> None:
    outcome = take_in(app, jobs, OPT_OUT)
    assert outcome.disposition is DispositionKind.CASE_OPENED and not outcome.duplicate
    (case,) = cases(app)
    assert (case.ref, case.status) == (outcome.case_ref, CaseStatus.IN_PROGRESS)
    assert case.request_types == ["marketing_opt_out"] and case.id_status == "not_required"
    (ack,) = outbox(app)
    assert (ack.kind, ack.status, ack.to_addr) == (
        "acknowledgement",
        "pending",
        case.requester_email,
    )
    assert ack.in_reply_to == "<r1@mail.example>" and ack.subject.startswith(f"[{case.ref}]")
    # after commit: the case to start, which sends the acknowledgement together with what its
    # rights write, as one mail (worker/cases/moment.py)
    assert (jobs.delivered, jobs.started) == ([], [case.id])
    assert event_kinds(app, case.id) == ["case_opened", "id_checked", "reply_written"]


def test_an_access_request_without_an_id_copy_asks_for_one(app: App, jobs: RecordingJobs) -> None:
    outcome = take_in(app, jobs, ACCESS)
    (case,) = cases(app)
    assert case.status == CaseStatus.AWAITING_ID and case.id_status == "missing"
    # one mail: the acknowledgement says what to send
    (ack,) = outbox(app)
    assert ack.kind == "acknowledgement" and "identity card" in ack.body
    assert outcome.ready_case_id is None and jobs.started == []
    assert jobs.delivered == [r.id for r in outbox(app)]


def test_the_same_mail_twice_is_done_once(app: App, jobs: RecordingJobs) -> None:
    first = take_in(app, jobs, OPT_OUT, key="k1")
    again = take_in(app, jobs, OPT_OUT, key="k1")  # the same mailbox copy
    twin = take_in(app, jobs, OPT_OUT, key="k2")  # re-delivered: same Message-ID and bytes
    assert again.duplicate and twin.duplicate
    assert again.case_ref == twin.case_ref == first.case_ref
    assert len(cases(app)) == 1 and len(outbox(app)) == 1
    assert len(jobs.delivered) == 0 and len(jobs.started) == 1


def test_an_auto_reply_is_ignored_and_asks_for_nothing(app: App, jobs: RecordingJobs) -> None:
    raw = request("Out of office", "I am away until Monday.", Auto_Submitted="auto-replied")
    outcome = take_in(app, jobs, raw)
    assert (outcome.disposition, outcome.reason) == (DispositionKind.IGNORED, "auto_reply")
    assert cases(app) == [] and outbox(app) == []
    assert jobs == RecordingJobs()


def test_a_reply_to_our_message_continues_its_case(app: App, jobs: RecordingJobs) -> None:
    take_in(app, jobs, ACCESS)
    (case,) = cases(app)
    ours = outbox(app)[0].message_id
    reply = request(
        "Re: Access request", "Here is some more detail.", message_id="<access2@mail.example>",
        In_Reply_To=ours, References=f"<access1@mail.example> {ours}",
    )  # fmt: skip
    outcome = take_in(app, jobs, reply, key="k2")
    assert outcome.disposition is DispositionKind.CASE_UPDATED and outcome.case_ref == case.ref
    assert len(cases(app)) == 1
    assert "follow_up_received" in event_kinds(app, case.id)


def test_a_ref_named_by_someone_else_opens_a_flagged_case(app: App, jobs: RecordingJobs) -> None:
    take_in(app, jobs, ACCESS)
    (case,) = cases(app)
    other = request(
        f"Re: [{case.ref}] Access request",
        "Under article 15 GDPR I ask for a copy of all personal data you hold about me.",
        who=("Someone Else", "someone@else.example"), message_id="<other@else.example>",
    )  # fmt: skip
    outcome = take_in(app, jobs, other, key="k2")
    assert outcome.disposition is DispositionKind.CASE_OPENED and outcome.case_ref != case.ref
    assert "ref_from_other_sender" in cases(app)[1].flags


def test_the_stages_are_not_run_twice_when_the_thread_holds(
    app: App, jobs: RecordingJobs, monkeypatch: pytest.MonkeyPatch
) -> None:
    reads, readings = [], []
    read = app.intake.read
    monkeypatch.setattr(app.intake, "read", lambda *a, **k: reads.append(a) or read(*a, **k))
    monkeypatch.setattr(intake_module, "classify_mail", lambda *a: readings.append(a))
    take_in(app, jobs, ACCESS)
    assert len(reads) == 1  # parse, screen and classify, once, in the budgeted reader
    assert readings == []  # and not again here


def test_a_thread_that_changed_before_the_write_is_decided_again(
    app: App, jobs: RecordingJobs, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The slow stages run outside the write; if the case a reply continues is finished
    meanwhile, the write threads it again and reads it as a new request."""
    take_in(app, jobs, ACCESS)
    (case,) = cases(app)
    reply = request(
        f"Re: [{case.ref}] Access request",
        "Under article 15 GDPR I ask for a copy of all personal data you hold about me.",
        message_id="<access2@mail.example>",
    )
    prepare = app.intake._prepare

    def prepare_then_close(raw: bytes, source: Source):  # noqa: ANN202
        prepared = prepare(raw, source)
        assert prepared.threading.case_id == case.id and prepared.reading is None
        with transaction(app.sessions) as session:
            repo.case_by_id(session, case.id).status = CaseStatus.CLOSED.value
        return prepared

    monkeypatch.setattr(app.intake, "_prepare", prepare_then_close)
    outcome = take_in(app, jobs, reply, key="k2")
    assert outcome.disposition is DispositionKind.CASE_OPENED and outcome.case_ref != case.ref
    assert cases(app)[1].request_types == ["access"]


def test_a_mail_that_makes_intake_fail_is_quarantined_and_replayed(
    app: App, jobs: RecordingJobs, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("a bug")

    monkeypatch.setattr(intake_module, "plan_new_case", broken)
    outcome = take_in(app, jobs, OPT_OUT)
    assert (outcome.disposition, outcome.reason) == (
        DispositionKind.QUARANTINED,
        "processing_error",
    )
    assert cases(app) == [] and jobs == RecordingJobs()
    with transaction(app.sessions) as session:
        row = session.get(InboundMessage, outcome.inbound_id)
        assert row.error.startswith("RuntimeError at ")
        assert OPT_OUT not in row.raw and b"newsletter" not in row.raw  # encrypted at rest
        assert app.intake.vault.decrypt(row.raw) == OPT_OUT
    assert app.intake.original(outcome.inbound_id) == OPT_OUT  # staff see it, in memory

    monkeypatch.undo()  # the fix
    replayed = app.intake.replay(outcome.inbound_id)
    assert replayed.disposition is DispositionKind.CASE_OPENED and replayed.ready_case_id
    with transaction(app.sessions) as session:
        assert session.get(InboundMessage, outcome.inbound_id).raw is None


def test_a_mail_over_the_size_limit_is_quarantined_unread(app: App, jobs: RecordingJobs) -> None:
    app.intake.max_message_bytes = 1000
    raw = request("Unsubscribe", "Please remove me from your newsletter. " + "x" * 2000)
    outcome = app.intake(raw, Source("big", datetime.now(UTC)))
    assert (outcome.disposition, outcome.reason) == (DispositionKind.QUARANTINED, "too_large")
    assert cases(app) == []


# --- how a letter frames its request (issue 12) -------------------------------------------

REMINDER = (
    "Dear Sir or Madam,\n\nOn 3 October 2026 I asked you for a copy of all personal data you hold "
    "about me under article 15 GDPR. I have not received any answer. Please send me the copy of "
    "my data without further delay.\n\nKind regards,\nJan Peeters"
)


def test_a_case_keeps_the_sentences_each_type_was_read_from(app: App, jobs: RecordingJobs) -> None:
    take_in(app, jobs, ACCESS)
    (case,) = cases(app)
    assert case.evidence == {
        "access": ["Under article 15 GDPR I ask for a copy of all personal data you hold about me."]
    }


def test_a_reminder_of_a_request_we_never_saw_counts_from_when_it_was_first_sent(
    app: App, jobs: RecordingJobs
) -> None:
    take_in(app, jobs, request("Reminder: my access request", REMINDER))
    (case,) = cases(app)
    assert "reminder" in case.flags and case.status == CaseStatus.AWAITING_REVIEW
    assert case.framing["reminder"] == {"first_written": "2026-10-03"}
    assert case.deadline.isoformat() == "2026-11-03"  # one month from the first letter
    (reply,) = outbox(app)
    assert reply.kind == "response" and "reminder" in reply.subject.lower()
    assert "2026-10-03" not in reply.body  # no new statutory promise in its place


def test_a_reminder_continues_the_senders_open_case_of_the_same_kind(
    app: App, jobs: RecordingJobs
) -> None:
    take_in(app, jobs, ACCESS)
    outcome = take_in(
        app, jobs, request("Reminder", REMINDER, message_id="<again@mail.example>"), key="k2"
    )
    (case,) = cases(app)
    assert outcome.disposition is DispositionKind.CASE_UPDATED and outcome.case_ref == case.ref
    assert "reminder" in case.flags


def test_a_representative_is_asked_for_a_mandate_not_for_their_own_id(
    app: App, jobs: RecordingJobs
) -> None:
    take_in(app, jobs, request(
        "Inzageverzoek namens mijn moeder",
        "Geachte,\n\nIk schrijf u namens mijn moeder, Maria Peeters. Zij vraagt inzage in alle "
        "persoonsgegevens die u over haar bewaart.\n\nMet vriendelijke groet,\nJan Peeters",
    ))  # fmt: skip
    (case,) = cases(app)
    assert "on_behalf" in case.flags and case.status == CaseStatus.AWAITING_REVIEW
    assert case.framing["on_behalf"] == {"data_subject": "Maria Peeters"}
    (ack,) = outbox(app)
    assert "namens iemand anders" in ack.body and "identiteitskaart" not in ack.body


def test_mail_that_is_no_request_gets_no_statutory_reply(app: App, jobs: RecordingJobs) -> None:
    """A customer's question: one short note without any deadline, pointing to the general
    contact; the case waits for a person."""
    take_in(
        app, jobs, request("Order 1234", "Hello, where is my order 1234? It was due last week.")
    )
    (case,) = cases(app)
    assert case.flags == ["unclassified"] and case.status == CaseStatus.AWAITING_REVIEW
    (note,) = outbox(app)
    assert note.kind == "response" and "info@alsicohightech.com" in note.body
    assert "reply by" not in note.body and "request" not in note.subject.lower()
    assert case.deadline.strftime("%-d %B %Y") not in note.body
    events = [e for e in event_kinds(app, case.id) if e == "reply_written"]
    assert events == ["reply_written"]


@pytest.mark.parametrize(
    ("who", "subject", "body"),
    [
        (("Mailbox Admin", "admin@mail.example"), "Your mailbox is almost full",
         "Your mailbox has reached its quota. Click below to verify your account within 24 hours."),
        (("Growth Team", "sales@leads.example"), "GDPR-compliant leads",
         "We sell GDPR-compliant B2B leads. Book a demo call: https://leads.example/demo"),
        (("Eva Claes", "eva.claes@alsicohightech.com"), "FW: order",
         "Can you have a look at the order question below?"),
    ],
)  # fmt: skip
def test_phishing_sales_and_our_own_domain_get_nothing(
    app: App, jobs: RecordingJobs, who: tuple[str, str], subject: str, body: str
) -> None:
    take_in(app, jobs, request(subject, body, who=who))
    (case,) = cases(app)
    assert case.flags == ["unclassified"] and outbox(app) == []


def test_the_note_to_unclassified_mail_can_be_turned_off(app: App, jobs: RecordingJobs) -> None:
    replies = app.policy.replies.model_copy(update={"note_to_unclassified": False})
    app.intake.policy = app.policy.model_copy(update={"replies": replies})
    take_in(app, jobs, request("Order 1234", "Hello, where is my order 1234?"))
    assert outbox(app) == []
