"""Setting the data subject (issue 14) tried as a privacy officer would: a data subject set to
another person leaves no code or clock acting on the sender's proofs, and the first receipt
only ever brings the deadline forward."""

from __future__ import annotations

import html
import re
from datetime import UTC, date, datetime, timedelta

import pytest

from tests.console.conftest import form_token, open_from
from worker.cases.housekeeping import close_unconfirmed_erasures
from worker.cases.reading import set_subject
from worker.cases.staff import StaffError
from worker.store import repo
from worker.store.db import transaction

pytestmark = pytest.mark.integration


def waiting_for_a_code(served, ref: str) -> None:  # noqa: ANN001
    with transaction(served.app.sessions) as session:
        case = repo.case_by_ref(session, ref)
        case.request_types = ["erasure"]
        case.status = "awaiting_confirmation"
        case.confirmation_hash = "0" * 64
        case.confirmation_expires_at = datetime.now(UTC) + timedelta(days=7)


def test_another_data_subject_stops_the_senders_code_and_its_clock(serve):
    served = serve()
    ref = open_from(served, 1, "Zoon <zoon@mail.example>", "Verwijder al mijn gegevens.")
    waiting_for_a_code(served, ref)
    set_subject(served.app, ref, "cli:test", "Maria Peeters", "maria@mail.example")
    with transaction(served.app.sessions) as session:
        case = repo.case_by_ref(session, ref)
        assert case.status == "awaiting_review"  # a person checks the mandate
        # the sender's code stops working; the new one went to the data subject's address
        assert case.confirmation_hash and case.confirmation_hash != "0" * 64
        (asked,) = [m for m in case.outbound if m.kind == "confirmation_request"]
        assert asked.to_addr == "maria@mail.example"
    later = datetime.now(UTC) + timedelta(days=30)
    assert close_unconfirmed_erasures(served.app, later) == []  # no "not confirmed" closing
    with transaction(served.app.sessions) as session:
        assert repo.case_by_ref(session, ref).status == "awaiting_review"


def test_a_request_passed_on_with_a_code_out_waits_for_a_person(serve):
    served = serve()
    ref = open_from(served, 1, "Collega <collega@mail.example>", "Verwijder al mijn gegevens.")
    waiting_for_a_code(served, ref)
    with transaction(served.app.sessions) as session:
        repo.case_by_ref(session, ref).flags = ["passed_on"]
    set_subject(served.app, ref, "cli:test", "Rik Vos", "rik@mail.example")
    with transaction(served.app.sessions) as session:
        case = repo.case_by_ref(session, ref)
        assert case.requester_email == "rik@mail.example"
        assert case.status == "awaiting_review" and case.confirmation_expires_at is None
    assert close_unconfirmed_erasures(served.app, datetime.now(UTC) + timedelta(days=30)) == []


def test_the_first_receipt_only_brings_the_deadline_forward(serve):
    served = serve()
    ref = open_from(served, 1, "Zoon <zoon@mail.example>")
    with transaction(served.app.sessions) as session:
        got = repo.case_by_ref(session, ref).received_at.date()
    early = got - timedelta(days=20)
    set_subject(served.app, ref, "cli:test", "Maria", "maria@mail.example", early)
    with transaction(served.app.sessions) as session:
        deadline = repo.case_by_ref(session, ref).deadline
    with pytest.raises(StaffError, match="deadline"):
        set_subject(served.app, ref, "cli:test", "Maria", "maria@mail.example", got)
    with transaction(served.app.sessions) as session:
        case = repo.case_by_ref(session, ref)
        assert case.deadline == deadline and case.framing["first_received"] == early.isoformat()
    assert isinstance(deadline, date)


def test_the_console_refuses_a_later_first_receipt_before_confirming(serve):
    served = serve()
    ref = open_from(served, 1, "Zoon <zoon@mail.example>")
    with transaction(served.app.sessions) as session:
        got = repo.case_by_ref(session, ref).received_at.date()
    set_subject(served.app, ref, "cli:test", "Maria", "maria@mail.example", got - timedelta(20))
    anna = served.logged_in()
    token = form_token(anna.get(f"/cases/{ref}").text)
    fields = {"token": token, "name": "Maria", "email": "maria@mail.example",
              "received": got.isoformat()}  # fmt: skip
    page = anna.post(f"/cases/{ref}/subject", data=fields)
    assert page.status_code == 409 and "only brings it forward" in page.text


def test_an_extension_told_after_the_month_from_the_first_receipt_lapses(serve):
    """Art. 12(3): the requester is told of an extension within one month of receipt. Counted
    from the first receipt staff give, an extension told later does not count."""
    from worker.cases.staff import extend
    from worker.deadline import add_months

    served = serve()
    late, timely = (open_from(served, n, f"Zoon {n} <zoon{n}@mail.example>") for n in (1, 2))
    for ref in (late, timely):
        extend(served.app, ref, "cli:test", "Drie archieven nakijken.")
    with transaction(served.app.sessions) as session:
        got = repo.case_by_ref(session, late).received_at.date()
    long_ago, lately = got - timedelta(days=40), got - timedelta(days=3)
    set_subject(served.app, late, "cli:test", "Maria", "maria@mail.example", long_ago)
    set_subject(served.app, timely, "cli:test", "Maria", "maria@mail.example", lately)
    with transaction(served.app.sessions) as session:
        case = repo.case_by_ref(session, late)
        assert case.deadline == add_months(long_ago, 1)  # no extension
        (event,) = [e for e in case.events if e.kind == "data_subject_set"]
        assert event.detail["extension_too_late"] is True
        assert repo.case_by_ref(session, timely).deadline == add_months(lately, 3)


def test_the_console_says_where_the_code_goes_and_why_a_change_waits(serve):
    """Another person's erasure: the preview says the code goes to the data subject's address
    (not the sender's); without it, the page says the change waits for it."""
    from worker.proof import NEEDS_SUBJECT_ADDRESS

    served = serve()
    ref = open_from(served, 1, "Zoon <zoon@mail.example>", "Verwijder al mijn gegevens.")
    with transaction(served.app.sessions) as session:
        repo.case_by_ref(session, ref).request_types = ["erasure"]
    anna = served.logged_in()
    token = form_token(anna.get(f"/cases/{ref}").text)
    fields = {"token": token, "name": "Maria", "email": "maria@mail.example"}
    page = anna.post(f"/cases/{ref}/subject", data=fields)
    assert page.status_code == 200
    assert "goes to maria@mail.example (not to the" in page.text
    page = anna.post(f"/cases/{ref}/subject", data={"token": token, "name": "Maria"})
    text = html.unescape(page.text)
    assert NEEDS_SUBJECT_ADDRESS in text and "Nobody is written to" in text
    set_subject(served.app, ref, "cli:test", "Maria")
    shown = html.unescape(anna.get(f"/cases/{ref}").text)
    assert NEEDS_SUBJECT_ADDRESS in shown
    assert "confirmed from their own address: not yet" in shown


def test_the_thread_names_whom_each_mail_came_from_or_went_to(serve):
    served = serve()
    ref = open_from(served, 1, "Zoon <zoon@mail.example>", "Verwijder al mijn gegevens.")
    waiting_for_a_code(served, ref)
    set_subject(served.app, ref, "cli:test", "Maria Peeters", "maria@mail.example")
    page = html.unescape(served.logged_in().get(f"/cases/{ref}").text)
    headings = [h.split(" · ")[0] for h in re.findall(r"<h3>([^\n]*)</h3>", page)]
    assert "From the requester" in headings  # the son's request
    assert "To the data subject" in headings  # the confirmation code went to his mother
    with transaction(served.app.sessions) as session:
        case = repo.case_by_ref(session, ref)
        (request,) = case.inbound
        request.from_addr = "someone@else.example"  # a mail from neither of them
    page = html.unescape(served.logged_in().get(f"/cases/{ref}").text)
    assert "From someone@else.example" in [
        h.split(" · ")[0] for h in re.findall(r"<h3>([^\n]*)</h3>", page)
    ]
