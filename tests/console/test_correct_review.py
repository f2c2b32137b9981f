"""Correcting the reading (issue 14) is no approval: an approval given for what the case asked
before never carries a right added by the correction, an erasure least of all."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.console.conftest import request_mail
from worker.cases.reading import correct, set_subject
from worker.cases.rights import authorisation
from worker.cases.staff import approve
from worker.domain import RequestType
from worker.intake import Source
from worker.store import repo
from worker.store.db import transaction

pytestmark = pytest.mark.integration


def open_from(served, n: int, sender: str, body: str = "Ik wil inzage in al mijn gegevens.") -> str:  # noqa: ANN001
    raw = request_mail(n, body).replace(
        f"Klant {n} <klant{n}@mail.example>".encode(), sender.encode()
    )
    outcome = served.app.intake(raw, Source(f"review-{n}", datetime.now(UTC)))
    assert outcome.case_ref
    return outcome.case_ref


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
