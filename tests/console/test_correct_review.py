"""Correcting the reading (issue 14) is no approval: an approval given for what the case asked
before never carries a right added by the correction, an erasure least of all."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.console.conftest import form_token, open_from
from worker.cases.reading import correct, set_subject
from worker.cases.rights import authorisation
from worker.cases.staff import approve
from worker.domain import RequestType
from worker.store import repo
from worker.store.db import transaction

pytestmark = pytest.mark.integration


def test_a_corrected_reading_does_not_ride_on_an_earlier_approval(serve):
    """Staff approved an access request made for another person; correcting the reading to add
    erasure ("no approval") must not let that approval erase their data."""
    served = serve()
    ref = open_from(served, 1, "Zoon <zoon@mail.example>")
    set_subject(served.app, ref, "cli:test", "Maria Peeters", "maria@mail.example")
    approve(served.app, ref, "cli:test")
    correct(served.app, ref, "cli:test", ["access", "erasure"], "Ook wissen gevraagd.")
    with transaction(served.app.sessions) as session:
        case = repo.case_by_ref(session, ref)
        assert not authorisation(served.app, case, RequestType.ERASURE).allowed
        assert not case.approved_by and case.status == "awaiting_review"
        (event,) = [e for e in case.events if e.kind == "reading_corrected"]
        assert event.detail["approval_withdrawn"] == "cli:test"


def test_a_correction_to_fewer_rights_keeps_the_approval(serve):
    served = serve()
    ref = open_from(served, 1, "Zoon <zoon@mail.example>")
    set_subject(served.app, ref, "cli:test", "Maria Peeters", "maria@mail.example")
    approve(served.app, ref, "cli:test", ["access", "portability"])
    correct(served.app, ref, "cli:test", ["access"])
    with transaction(served.app.sessions) as session:
        assert repo.case_by_ref(session, ref).approved_by == "cli:test"


def test_a_confirmation_for_less_does_not_carry_an_added_erasure(serve):
    """The owner of the address confirmed the actions our mail listed (docs/proof.md: "whoever
    reads that mailbox wants this done"); an erasure added by a correction afterwards needs a
    confirmation of its own, however authenticated the sender was."""

    served = serve()
    ref = open_from(served, 1, "Jan <jan@mail.example>")
    with transaction(served.app.sessions) as session:
        case = repo.case_by_ref(session, ref)
        case.request_types, case.status = ["restriction"], "in_progress"
        case.sender_authenticated = True
        case.mailbox_confirmed_at = datetime.now(UTC)  # confirmed: restrict
        case.id_status = "verified"
    correct(served.app, ref, "cli:test", ["erasure", "restriction"], "Ook wissen.")
    with transaction(served.app.sessions) as session:
        case = repo.case_by_ref(session, ref)
        assert not authorisation(served.app, case, RequestType.ERASURE).allowed
        (event,) = [e for e in case.events if e.kind == "reading_corrected"]
        assert event.detail["confirmation_withdrawn"] == ["erasure"]


def test_a_code_out_for_less_is_withdrawn_and_the_clock_stops(serve):
    from datetime import timedelta

    from worker.cases.housekeeping import close_unconfirmed_erasures

    served = serve()
    ref = open_from(served, 1, "Jan <jan@mail.example>")
    with transaction(served.app.sessions) as session:
        case = repo.case_by_ref(session, ref)
        case.request_types, case.status = ["restriction"], "awaiting_confirmation"
        case.confirmation_hash = "0" * 64
        case.confirmation_expires_at = datetime.now(UTC) + timedelta(days=7)
    anna = served.logged_in()
    token = form_token(anna.get(f"/cases/{ref}").text)
    page = anna.post(f"/cases/{ref}/correct", data={"token": token, "types": "erasure,restriction"})
    assert page.status_code == 200 and "a new code, naming erasure too" in page.text
    correct(served.app, ref, "cli:test", ["erasure", "restriction"])
    with transaction(served.app.sessions) as session:
        case = repo.case_by_ref(session, ref)
        assert not case.confirmation_hash and case.status != "awaiting_confirmation"
    assert close_unconfirmed_erasures(served.app, datetime.now(UTC) + timedelta(days=30)) == []


def test_a_correction_adding_nothing_destructive_keeps_the_confirmation(serve):

    served = serve()
    ref = open_from(served, 1, "Jan <jan@mail.example>")
    with transaction(served.app.sessions) as session:
        case = repo.case_by_ref(session, ref)
        case.request_types, case.status = ["erasure"], "in_progress"
        case.mailbox_confirmed_at = datetime.now(UTC)
    correct(served.app, ref, "cli:test", ["access", "erasure"])
    with transaction(served.app.sessions) as session:
        assert repo.case_by_ref(session, ref).mailbox_confirmed_at is not None
