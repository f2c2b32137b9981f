"""The moment since the data subject was set (`cases subject`) has one source,
`repo.events_since_subject_set`: whether the data subject confirmed
(worker.cases.rights.subject_confirmed) and whether their replies answer the case
(`repo.confirming_subject_address`) both read the events after the last time staff set them."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from worker.cases.rights import subject_confirmed
from worker.domain import EventKind
from worker.store import repo
from worker.store.models import Case, Event

SON, MOTHER = "pieter@mail.example", "maria@mail.example"
SET = (EventKind.DATA_SUBJECT_SET, {"another_person": True})
ASKED = (EventKind.CONFIRMATION_ASKED, {"to_data_subject": True})
ASKED_SENDER = (EventKind.CONFIRMATION_ASKED, {})
CONFIRMED = (EventKind.MAILBOX_CONFIRMED, {"data_subject": True})
CONFIRMED_SENDER = (EventKind.MAILBOX_CONFIRMED, {})


def case_with(*events: tuple[EventKind, dict]) -> Case:
    case = Case(
        requester_email=SON,
        requester_name="Pieter",
        framing={"data_subject": {"name": "Maria", "email": MOTHER}},
        mailbox_confirmed_at=datetime(2026, 12, 1, tzinfo=UTC),
    )
    case.events = [Event(actor="intake", kind=k.value, detail=d) for k, d in events]
    return case


def test_the_events_after_the_last_setting_only():
    case = case_with(ASKED, SET, CONFIRMED_SENDER, SET, ASKED, CONFIRMED)
    since = [e.kind for e in repo.events_since_subject_set(case)]
    assert since == ["confirmation_asked", "mailbox_confirmed"]
    never = case_with(ASKED, CONFIRMED)
    assert len(repo.events_since_subject_set(never)) == 2


@pytest.mark.parametrize(
    ("events", "address", "confirmed"),
    [
        ((SET,), "", False),
        ((SET, ASKED), MOTHER, False),
        ((SET, ASKED, CONFIRMED), MOTHER, True),
        ((ASKED, CONFIRMED, SET), "", False),  # asked and confirmed before: counts no more
        ((SET, ASKED, CONFIRMED, SET), "", False),
        ((SET, ASKED, CONFIRMED, SET, ASKED), MOTHER, False),
        ((SET, ASKED_SENDER, CONFIRMED_SENDER), "", False),
        ((SET, ASKED, CONFIRMED, CONFIRMED_SENDER), MOTHER, False),  # the last one counts
    ],
)
def test_both_read_the_same_events(events, address, confirmed):
    case = case_with(*events)
    assert repo.confirming_subject_address(case) == address
    assert subject_confirmed(case) is confirmed
