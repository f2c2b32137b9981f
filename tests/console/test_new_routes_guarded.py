"""The routes issue 14's further decisions added (correct, subject, merge, lift-restriction,
export, quarantine dismiss) stand behind the same door as the others: no session 401, a foreign
Host 400, a cross-origin POST or a missing form token 403, an oversized body 413, and nothing
written or exported; what staff and requesters typed is escaped on the pages they show."""

from __future__ import annotations

import pytest

from tests.console.conftest import form_token
from worker.store import repo
from worker.store.db import transaction

pytestmark = pytest.mark.integration

ROUTES = ("correct", "subject", "merge", "lift-restriction", "export")


def staff_events(served, ref: str) -> list[str]:  # noqa: ANN001
    with transaction(served.app.sessions) as session:
        case = repo.case_by_ref(session, ref)
        return [e.kind for e in case.events if e.actor.startswith("staff:")]


def test_every_new_route_is_behind_the_door(serve):
    served = serve(GDPR_CONSOLE_MAX_BODY_BYTES="4096")
    ref, other = served.open_case(1), served.open_case(2)
    fields = {"types": "access", "name": "X", "into": other, "reason": "r", "confirmed": "yes"}
    paths = [f"/cases/{ref}/{a}" for a in ROUTES] + ["/quarantine/1/dismiss"]
    with served.client() as nobody:
        for path in paths:
            assert nobody.post(path, data=fields).status_code == 401, path
            assert nobody.get(path).status_code in (303, 405), path
    anna = served.logged_in()
    token = form_token(anna.get(f"/cases/{ref}").text)
    for path in paths:
        assert anna.post(path, data=fields).status_code == 403, path  # no form token
        signed = {**fields, "token": token}
        foreign = anna.post(path, data=signed, headers={"Host": "attacker.example"})
        assert foreign.status_code == 400, path
        cross = anna.post(path, data=signed, headers={"Origin": "https://attacker.example"})
        assert cross.status_code == 403, path
        big = anna.post(path, data={**signed, "pad": "x" * 5000})
        assert big.status_code == 413, path
        assert anna.get(path).status_code == 405, path  # no GET that acts or exports
    assert staff_events(served, ref) == [] and staff_events(served, other) == []


def test_what_people_typed_is_escaped_on_the_new_pages(serve):
    served = serve()
    ref = served.open_case()
    anna = served.logged_in()
    token = form_token(anna.get(f"/cases/{ref}").text)
    evil = '<script>alert(1)</script><img src=x onerror="alert(2)">'
    fields = {"token": token, "name": evil, "email": "maria@mail.example"}
    page = anna.post(f"/cases/{ref}/subject", data=fields)
    assert page.status_code == 200 and "<script>" not in page.text and "<img" not in page.text
    anna.post(f"/cases/{ref}/subject", data={**fields, "confirmed": "yes"})
    shown = anna.get(f"/cases/{ref}").text
    assert "&lt;script&gt;" in shown and "<script>" not in shown and "<img" not in shown
    types = anna.post(f"/cases/{ref}/correct", data={"token": token, "types": evil})
    assert types.status_code == 409 and "<script>" not in types.text and "<img" not in types.text
    merge = anna.post(f"/cases/{ref}/merge", data={"token": token, "into": evil, "reason": evil})
    assert merge.status_code == 409 and "<script>" not in merge.text
