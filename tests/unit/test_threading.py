"""Threading (worker/followup.py): which ids and refs in a mail may name a case, and which case
it continues; then the same through the store on an in-memory database."""

from __future__ import annotations

from dataclasses import replace

import pytest

from tests.unit.conftest import OPT_OUT_TEXT, RecordingJobs, request, take_in
from worker.app import App
from worker.domain import Address, CaseCandidate, InboundMail, ThreadKeys
from worker.followup import Threading, decide_thread, thread_keys
from worker.mail.parse import parse
from worker.store import repo
from worker.store.db import transaction

OURS = "alsicohightech.com"
JAN = "jan.peeters@mail.example"


def mail(
    subject: str = "Re: your request",
    in_reply_to: tuple[str, ...] = (),
    references: tuple[str, ...] = (),
    sender: str = JAN,
) -> InboundMail:
    parsed = parse(request(subject, "Thanks."))
    assert isinstance(parsed, InboundMail)
    return replace(parsed, sender=Address(sender), in_reply_to=in_reply_to, references=references)


@pytest.mark.parametrize(
    ("subject", "in_reply_to", "references", "expected"),
    [
        ("Hello", (), (), ThreadKeys((), ())),
        # only our own Message-IDs count, the one answered first, then the newest reference
        (
            "Re: x",
            ("<a@alsicohightech.com>",),
            ("<first@alsicohightech.com>", "<b@mail.example>", "<c@AlsicoHighTech.com>"),
            ThreadKeys(
                ("<a@alsicohightech.com>", "<c@AlsicoHighTech.com>", "<first@alsicohightech.com>"),
                (),
            ),
        ),
        ("Re: x", ("<a@alsicohightech.com.evil.example>",), (), ThreadKeys((), ())),
        # refs in the subject, upper-cased, each once
        (
            "Re: [gdpr-2026-000007] and GDPR-2026-000007",
            (),
            (),
            ThreadKeys((), ("GDPR-2026-000007",)),
        ),
        ("GDPR-2026-0000071 is not a ref", (), (), ThreadKeys((), ())),
    ],
)
def test_thread_keys(subject, in_reply_to, references, expected) -> None:
    keys = thread_keys(mail(subject, in_reply_to, references), OURS)
    assert keys == expected and bool(keys) == bool(expected.message_ids or expected.refs)


def test_the_first_open_case_of_the_sender_is_continued() -> None:
    found = [
        CaseCandidate(1, JAN, is_open=False),
        CaseCandidate(2, JAN, is_open=True),
        CaseCandidate(3, JAN, is_open=True),
    ]
    assert decide_thread(mail(), found) == Threading(case_id=2)


def test_a_case_named_by_someone_else_is_not_continued_and_says_so() -> None:
    found = [CaseCandidate(5, "an.other@mail.example", is_open=True)]
    assert decide_thread(mail(), found) == Threading(case_id=None, foreign_ref=True)


def test_a_finished_case_of_the_sender_means_a_new_one() -> None:
    """... unless intake finds that the reply widens that case's completed opt-out: the closed
    case it answers is named for that."""
    found = [CaseCandidate(5, JAN, is_open=False)]
    assert decide_thread(mail(), found) == Threading(
        case_id=None, foreign_ref=False, closed_case_id=5
    )


def test_the_data_subject_asked_to_confirm_answers_the_case_about_them() -> None:
    """A son's case about his mother (JAN here): her reply continues it, marked as hers; on a
    finished case, or one whose code did not go to her, it does not."""
    son = "zoon@mail.example"
    found = [CaseCandidate(5, son, is_open=True, subject_address=JAN)]
    assert decide_thread(mail(), found) == Threading(case_id=5, from_data_subject=True)
    closed = [CaseCandidate(5, son, is_open=False, subject_address=JAN)]
    assert decide_thread(mail(), closed).case_id is None
    assert decide_thread(mail(), [CaseCandidate(5, son, is_open=True)]).case_id is None


def test_someone_elses_finished_case_is_not_offered_to_widen() -> None:
    found = [CaseCandidate(5, "els@mail.example", is_open=False)]
    assert decide_thread(mail(), found) == Threading(case_id=None, foreign_ref=True)


def test_the_store_finds_candidates_by_our_message_id_and_by_ref(
    app: App, jobs: RecordingJobs
) -> None:
    outcome = take_in(
        app,
        jobs,
        request(
            "Unsubscribe",
            OPT_OUT_TEXT,
        ),
    )
    with transaction(app.sessions) as session:
        case = repo.case_by_ref(session, outcome.case_ref)
        ack = case.outbound[0].message_id
        by_id = repo.thread_candidates(session, ThreadKeys((ack,), ()))
        by_ref = repo.thread_candidates(session, ThreadKeys((), (case.ref,)))
        nothing = repo.thread_candidates(session, ThreadKeys(("<nope@alsicohightech.com>",), ()))
    expected = [CaseCandidate(case.id, JAN, is_open=True, requester_name=case.requester_name)]
    assert by_id == by_ref == expected and nothing == []
