"""The access/portability package through run_right on an in-memory case store: one package for
both rights, held for a person when it holds free text or third parties (art. 15(4)) until
released, the password written to go only after the package (by mail, or by SMS where a gateway
is configured)."""

from __future__ import annotations

import io
import json
from dataclasses import replace

import pytest
from pypdf import PdfReader

from config.policy import AccessPolicy
from tests.unit.conftest import FakeDataMap
from tests.unit.test_rights import JAN, T, case_of, open_case, replies
from worker.app import App
from worker.cases.release import release
from worker.cases.rights import run_right
from worker.cases.staff import StaffError
from worker.datamap.engine import Record
from worker.domain import CaseStatus
from worker.store import repo
from worker.store.db import transaction
from worker.store.models import utcnow


def rec(field: str, value, *, table: str = "customers", key: str = "id=1", provided=True,
        review=False) -> Record:  # fmt: skip
    return Record("crm", table, key, field, "identity", value, provided, review=review)


PERSON = [
    rec("first_name", "Jan"),
    rec("mobile", "+32 470 12 34 56"),
    rec("segment", "loyal", provided=False),
]
NOTE = rec("notes", "refuses payment (claim 2023/117)", table="invoices", key="id=9",
           provided=False, review=True)  # fmt: skip
AGENT = rec("agent", "Griet (support)", table="interactions", key="id=3", provided=False,
            review=True)  # fmt: skip


def opened(reply, password: str) -> PdfReader:
    reader = PdfReader(io.BytesIO(reply.attachment))
    assert reader.decrypt(password) != 0
    return reader


def secret_of(body: str) -> str:
    return next(w for w in body.split() if w.count("-") == 4 and len(w) == 24)


def test_access_and_portability_go_as_one_package_with_one_password(
    app: App, datamap: FakeDataMap
) -> None:
    datamap.records = PERSON
    case_id = open_case(app, T.ACCESS, T.PORTABILITY)
    package, password = replies(app, run_right(app, case_id, T.ACCESS))
    assert run_right(app, case_id, T.PORTABILITY) == []  # in the package already
    assert package.attachment_name.endswith("-access-portability.pdf")
    assert password.after_id == package.id and password.sensitive
    assert password.to_addr == JAN
    names = set(opened(package, secret_of(password.body)).attachments)
    assert {n.rsplit("-", 1)[1] for n in names} == {
        "access.json", "portability.json", "portability.csv"}  # fmt: skip
    case = case_of(app, case_id)
    assert case.status == CaseStatus.COMPLETED
    done = {e.detail["right"]: e.detail for e in case.events if e.kind == "right_done"}
    assert done["portability"]["in_package"] == "access"
    assert done["access"]["package"] == "access-portability"


def test_portability_first_then_access_is_still_one_package(app: App, datamap: FakeDataMap):
    datamap.records = PERSON
    case_id = open_case(app, T.ACCESS, T.PORTABILITY)
    assert run_right(app, case_id, T.PORTABILITY) == []
    package, _password = replies(app, run_right(app, case_id, T.ACCESS))
    assert package.attachment_name.endswith("-access-portability.pdf")


def test_the_password_waits_for_the_package_to_be_delivered(app: App, datamap: FakeDataMap):
    datamap.records = PERSON
    case_id = open_case(app, T.ACCESS)
    package, password = replies(app, run_right(app, case_id, T.ACCESS))
    now = utcnow()
    with transaction(app.sessions) as session:
        assert repo.claim_outbound(session, password.id, now, now) is None  # not yet
        assert repo.waiting_on(session, package.id) == [password.id]
        repo.mark_outbound_sent(session, package.id, "250 ok")
    with transaction(app.sessions) as session:
        assert repo.claim_outbound(session, password.id, now, now) is not None


def test_with_an_sms_gateway_the_password_goes_to_the_mobile_number(
    app: App, datamap: FakeDataMap
) -> None:
    datamap.records = PERSON
    gateway = replace(app, settings=app.settings.model_copy(
        update={"sms_gateway_url": "http://127.0.0.1:9/sms"}))  # fmt: skip
    case_id = open_case(gateway, T.ACCESS)
    package, sms = replies(gateway, run_right(gateway, case_id, T.ACCESS))
    assert sms.to_addr == "sms:+32470123456" and sms.after_id == package.id and sms.sensitive
    assert len(sms.body) <= 160 and secret_of(sms.body) not in package.body
    assert "56" in package.body  # the number's end, so the person knows where to look
    opened(package, secret_of(sms.body))


def test_free_text_and_third_parties_hold_the_package_until_released(
    app: App, datamap: FakeDataMap
) -> None:
    datamap.records = [*PERSON, NOTE, AGENT]
    case_id = open_case(app, T.ACCESS, T.ERASURE)
    assert run_right(app, case_id, T.ACCESS) == []  # nothing goes out, nothing is kept
    assert run_right(app, case_id, T.ERASURE) == []  # and nothing is erased meanwhile
    case = case_of(app, case_id)
    assert case.status == CaseStatus.AWAITING_REVIEW and "package_review" in case.flags
    (held,) = [e for e in case.events if e.kind == "package_held"]
    assert held.detail["fields"] == ["interactions.agent", "invoices.notes"]
    assert not case.outbound and not [c for c in datamap.calls if c[0] == "erase"]

    with pytest.raises(StaffError, match="no such table"):
        release(app, case.ref, "cli:olivia", ["nosuch.field"])
    decision = release(app, case.ref, "cli:olivia", ["invoices.notes", "interactions@id=3"])
    assert decision.ready_case_id == case_id and decision.status == "in_progress"
    package, password = replies(app, run_right(app, case_id, T.ACCESS))
    reader = opened(package, secret_of(password.body))
    text = "".join(p.extract_text() for p in reader.pages)
    assert "Jan" in text and "refuses payment" not in text and "Griet" not in text
    exported = json.loads(next(iter(reader.attachments.values()))[0])
    assert [r["field"] for r in exported if r.get("withheld")] == ["notes", "agent"]
    case = case_of(app, case_id)
    assert "package_review" not in case.flags
    (released,) = [e for e in case.events if e.kind == "package_released"]
    assert released.actor == "cli:olivia"
    assert released.detail["redact"] == ["invoices.notes", "interactions@id=3"]
    with pytest.raises(StaffError, match="no package waiting"):
        release(app, case.ref, "cli:olivia")


def test_the_policy_may_turn_the_review_off(app: App, datamap: FakeDataMap) -> None:
    datamap.records = [*PERSON, NOTE]
    trusting = replace(app, policy=app.policy.model_copy(
        update={"access": AccessPolicy(review_free_text=False)}))  # fmt: skip
    case_id = open_case(trusting, T.ACCESS)
    package, password = replies(trusting, run_right(trusting, case_id, T.ACCESS))
    text = "".join(p.extract_text() for p in opened(package, secret_of(password.body)).pages)
    assert "refuses payment" in text


def test_a_package_never_delivered_takes_its_password_with_it(app: App, datamap: FakeDataMap):
    from worker.cases.delivery import give_up

    datamap.records = PERSON
    case_id = open_case(app, T.ACCESS)
    package, password = replies(app, run_right(app, case_id, T.ACCESS))
    secret = secret_of(password.body)
    give_up(app, package.id)
    (after,) = replies(app, [password.id])
    assert after.status == "failed" and secret not in after.body
    assert "delivery_failed" in case_of(app, case_id).flags


def test_staff_never_read_the_password_in_the_thread(app: App, datamap: FakeDataMap):
    from worker.views import case_thread

    datamap.records = PERSON
    case_id = open_case(app, T.ACCESS)
    _package, password = replies(app, run_right(app, case_id, T.ACCESS))
    with transaction(app.sessions) as session:
        thread = json.dumps(case_thread(repo.case_by_id(session, case_id)))
    assert secret_of(password.body) not in thread and "not shown" in thread
