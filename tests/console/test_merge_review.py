"""Merging (issue 14) tried as an attacker would: a duplicate is the same person's request, so a
merge never moves one sender's mail onto another's case, nor joins two data subjects."""

from __future__ import annotations

import pytest

from tests.console.conftest import form_token, open_from
from worker.cases.merge import merge
from worker.cases.reading import set_subject
from worker.cases.staff import StaffError
from worker.store import repo
from worker.store.db import transaction

pytestmark = pytest.mark.integration


def test_a_merge_never_mixes_two_requesters(serve):
    served = serve()
    victim = open_from(served, 1, "Jan <jan@mail.example>")
    stranger = open_from(served, 2, "Piet <piet@mail.example>")
    with pytest.raises(StaffError, match="requester"):
        merge(served.app, stranger, victim, "cli:test", "Dezelfde vraag?")
    anna = served.logged_in()
    token = form_token(anna.get(f"/cases/{stranger}").text)
    page = anna.post(f"/cases/{stranger}/merge",
                     data={"token": token, "into": victim, "reason": "x"})  # fmt: skip
    assert page.status_code == 409 and "requester" in page.text
    with transaction(served.app.sessions) as session:
        assert len(repo.case_by_ref(session, victim).inbound) == 1
        assert repo.case_by_ref(session, stranger).status != "closed"


def test_a_merge_never_mixes_two_data_subjects(serve):
    served = serve()
    first = open_from(served, 1, "Advocaat <law@mail.example>")
    second = open_from(served, 2, "Advocaat <law@mail.example>")
    set_subject(served.app, first, "cli:test", "Maria Peeters", "maria@mail.example")
    set_subject(served.app, second, "cli:test", "Rik Vos", "rik@mail.example")
    with pytest.raises(StaffError, match="data subject"):
        merge(served.app, second, first, "cli:test", "Dezelfde advocaat.")


def test_a_merge_of_the_same_requester_still_goes(serve):
    served = serve()
    first = open_from(served, 1, "Jan <jan@mail.example>")
    second = open_from(served, 2, "Jan Peeters <JAN@mail.example>")
    assert merge(served.app, second, first, "cli:test", "Twee keer.").status == "closed"


def test_a_merge_keeps_the_earlier_deadline(serve):
    """The law counts from the first receipt: a first request merged into a later one keeps its
    own (earlier) deadline; it is not extended by the merge."""
    from datetime import date as day

    served = serve()
    first = open_from(served, 1, "Jan <jan@mail.example>")
    later = open_from(served, 2, "Jan <jan@mail.example>")
    with transaction(served.app.sessions) as session:
        repo.case_by_ref(session, first).deadline = day(2026, 12, 20)
        repo.case_by_ref(session, later).deadline = day(2027, 1, 5)
    anna = served.logged_in()
    token = form_token(anna.get(f"/cases/{first}").text)
    page = anna.post(f"/cases/{first}/merge",
                     data={"token": token, "into": later, "reason": "Twee keer."})  # fmt: skip
    assert "deadline moves from 2027-01-05 to it" in page.text
    merge(served.app, first, later, "cli:test", "Twee keer.")
    with transaction(served.app.sessions) as session:
        assert repo.case_by_ref(session, later).deadline == day(2026, 12, 20)
    merge(
        served.app, open_from(served, 3, "Jan <jan@mail.example>"), later, "cli:test", "Nog eens."
    )
    with transaction(served.app.sessions) as session:  # a later duplicate moves nothing
        assert repo.case_by_ref(session, later).deadline == day(2026, 12, 20)


def test_a_merge_never_drops_a_right_the_duplicate_asked_for(serve):
    """Merged, an erasure asked for in the duplicate would be answered by nobody (and moved over,
    it would ride on the other case's proofs): staff correct the other case's reading first."""
    from worker.cases.reading import correct

    served = serve()
    kept = open_from(served, 1, "Jan <jan@mail.example>")
    erase = open_from(served, 2, "Jan <jan@mail.example>", "Verwijder al mijn gegevens.")
    with transaction(served.app.sessions) as session:
        types = repo.case_by_ref(session, erase).request_types
    assert "erasure" in types
    with pytest.raises(StaffError, match="erasure"):
        merge(served.app, erase, kept, "cli:test", "Twee keer.")
    correct(served.app, kept, "cli:test", ["access", "erasure"])
    assert merge(served.app, erase, kept, "cli:test", "Twee keer.").status == "closed"
