"""No mail stops the ones behind it (Intake.__call__): the budget of the untrusted stages, the
attempt noted before them (a mail a run died on is quarantined on the next start), the
quarantine that cannot fail, and an outage of the case store raised for the poller to wait out."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from tests.hostile.mails import hostile_mail
from tests.unit.conftest import OPT_OUT_TEXT, RecordingJobs, request, take_in
from worker import intake as intake_module
from worker.app import App
from worker.budget import Budget, BudgetedReader
from worker.domain import DispositionKind
from worker.intake import MAX_STARTS, Source
from worker.peers import CASE_STORE, PeerUnavailable
from worker.store import repo
from worker.store.db import transaction
from worker.store.models import Case, InboundMessage, IntakeAttempt

OPT_OUT = request("Unsubscribe", OPT_OUT_TEXT)
OTHER = request("Unsubscribe", OPT_OUT_TEXT, message_id="<r2@mail.example>")


def attempts(app: App) -> list[tuple[str, int, int]]:
    with transaction(app.sessions) as session:
        rows = session.scalars(select(IntakeAttempt).order_by(IntakeAttempt.source_key))
        return [(r.source_key, r.attempts, r.interrupted) for r in rows]


def inbound(app: App, inbound_id: int | None) -> InboundMessage:
    with transaction(app.sessions) as session:
        row = session.get(InboundMessage, inbound_id)
        assert row is not None
        row.raw  # noqa: B018 - deferred: loaded now, for the test to look at
        session.expunge(row)
        return row


def a_run_died_on(app: App, key: str) -> None:
    """What a run that was killed in the middle of a mail leaves behind: its attempt."""
    with transaction(app.sessions) as session:
        repo.start_attempt(session, key, run="a-run-that-died")


def test_a_mail_leaves_no_attempt_behind(app: App, jobs: RecordingJobs) -> None:
    assert take_in(app, jobs, OPT_OUT).disposition is DispositionKind.CASE_OPENED
    assert attempts(app) == []


def test_a_mail_a_run_died_on_is_quarantined_on_the_next_start(
    app: App, jobs: RecordingJobs
) -> None:
    a_run_died_on(app, "k1")
    outcome = take_in(app, jobs, OPT_OUT, key="k1")
    assert (outcome.disposition, outcome.reason) == (DispositionKind.QUARANTINED, "crashed_intake")
    row = inbound(app, outcome.inbound_id)
    assert row.attempts == 2 and "cut short 1 time(s)" in row.error
    assert row.message_id == "<r1@mail.example>" and "Jan Peeters" in row.from_addr
    assert app.intake.original(row.id) == OPT_OUT
    assert attempts(app) == [] and jobs == RecordingJobs()
    # the mail behind it is taken in as ever
    assert take_in(app, jobs, OTHER, key="k2").disposition is DispositionKind.CASE_OPENED
    # and after a fix, staff replay the quarantined one
    assert app.intake.replay(row.id).disposition is DispositionKind.CASE_OPENED


def test_a_policy_may_allow_a_run_to_die_more_than_once(app: App, jobs: RecordingJobs) -> None:
    app.intake.policy = app.intake.policy.model_copy(
        update={
            "quarantine": app.intake.policy.quarantine.model_copy(
                update={"after_interrupted_starts": 2}
            )
        }
    )
    a_run_died_on(app, "k1")
    assert take_in(app, jobs, OPT_OUT, key="k1").disposition is DispositionKind.CASE_OPENED


def test_an_outage_of_the_store_is_raised_and_the_mail_taken_again_after(
    app: App, jobs: RecordingJobs, monkeypatch: pytest.MonkeyPatch
) -> None:
    def down(*args: object, **kwargs: object) -> None:
        raise PeerUnavailable(CASE_STORE, "OperationalError 57P01")

    monkeypatch.setattr(app.intake, "process", down)
    with pytest.raises(PeerUnavailable):
        app.intake(OPT_OUT, Source("k1", datetime.now(UTC)))
    assert attempts(app) == [("k1", 1, 0)]  # started by this run: not a crash
    monkeypatch.undo()
    assert take_in(app, jobs, OPT_OUT, key="k1").disposition is DispositionKind.CASE_OPENED
    assert attempts(app) == []


def test_a_mail_that_keeps_failing_as_an_outage_is_quarantined_at_last(
    app: App, jobs: RecordingJobs, monkeypatch: pytest.MonkeyPatch
) -> None:
    def down(*args: object, **kwargs: object) -> None:
        raise PeerUnavailable(CASE_STORE, "OperationalError 53100")

    monkeypatch.setattr(app.intake, "process", down)
    for _ in range(MAX_STARTS):
        with pytest.raises(PeerUnavailable):
            app.intake(OPT_OUT, Source("k1", datetime.now(UTC)))
    outcome = app.intake(OPT_OUT, Source("k1", datetime.now(UTC)))
    assert (outcome.disposition, outcome.reason) == (DispositionKind.QUARANTINED, "crashed_intake")
    assert inbound(app, outcome.inbound_id).attempts == MAX_STARTS + 1


def test_a_mail_over_budget_is_quarantined_and_replayable_with_a_larger_one(
    app: App, jobs: RecordingJobs
) -> None:
    raw, _ = hostile_mail("body_30mb")
    reader = app.intake.read = BudgetedReader(Budget(seconds=0.05, seconds_per_mb=0))
    outcome = take_in(app, jobs, raw)
    reader.budget = Budget(seconds=60)  # the next mail is not held to 50 ms (a load spike)
    assert (outcome.disposition, outcome.reason) == (DispositionKind.QUARANTINED, "budget_exceeded")
    row = inbound(app, outcome.inbound_id)
    assert row.error == "took longer than 0.05 s"
    assert (row.from_addr, row.subject) == ("Jan Peeters <jan.peeters@mail.example>", "Inzage")
    assert row.message_id == "<hostile@mail.example>"
    assert b"Please delete" not in row.raw  # encrypted at rest
    assert take_in(app, jobs, OTHER, key="k2").disposition is DispositionKind.CASE_OPENED

    app.intake.read = BudgetedReader(Budget(seconds=60))
    assert app.intake.replay(row.id).disposition is DispositionKind.CASE_OPENED


def test_a_quarantine_that_cannot_be_written_leaves_a_minimal_row(
    app: App, jobs: RecordingJobs, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("a bug")

    monkeypatch.setattr(intake_module, "plan_new_case", broken)
    monkeypatch.setattr(intake_module, "_peek", broken)  # the full record fails too
    monkeypatch.setattr(app.intake, "_summary", lambda raw: None)
    outcome = take_in(app, jobs, OPT_OUT)
    assert (outcome.disposition, outcome.reason) == (
        DispositionKind.QUARANTINED,
        "processing_error",
    )
    row = inbound(app, outcome.inbound_id)
    assert row.message_id.endswith("@quarantine.invalid>") and row.from_addr == ""
    assert row.error.endswith("the full record could not be written")
    assert app.intake.original(row.id) == OPT_OUT
    assert attempts(app) == []


def test_when_nothing_can_be_written_the_mailbox_alone_quarantines_it(
    app: App, jobs: RecordingJobs, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("a bug")

    monkeypatch.setattr(intake_module, "plan_new_case", broken)
    monkeypatch.setattr(repo, "add_inbound", broken)
    outcome = take_in(app, jobs, OPT_OUT)
    assert (outcome.disposition, outcome.reason, outcome.inbound_id) == (
        DispositionKind.QUARANTINED,
        "processing_error",
        None,
    )
    with transaction(app.sessions) as session:
        assert session.scalars(select(Case)).all() == []


def test_poison_values_of_the_review_get_one_disposition_each(
    app: App, jobs: RecordingJobs
) -> None:
    """Every mail of the hostile corpus (bombs at 2 %): exactly one disposition, no raise."""
    from tests.hostile.mails import hostile_mails

    names = []
    for name, raw, _expected in hostile_mails(0.02):
        outcome = take_in(app, jobs, raw, key=name)
        assert outcome.inbound_id is not None and not outcome.duplicate, name
        names.append(name)
    with transaction(app.sessions) as session:
        keys = session.scalars(select(InboundMessage.source_key).order_by(InboundMessage.id))
        assert list(keys) == names
    assert attempts(app) == []
