"""Lifting a restriction (issue 14) when its art. 18(3) notice cannot be delivered: nothing is
lifted, and staff can give the notice again (the case did not stay "being told" for ever)."""

from __future__ import annotations

import pytest

from tests.console.test_console_decisions import crm, restricted, restricted_case  # noqa: F401
from worker.cases.restriction_lift import lift_pending, lift_restriction, lift_state
from worker.store import repo
from worker.store.db import transaction

pytestmark = pytest.mark.integration


def state(served, ref: str) -> str:  # noqa: ANN001
    with transaction(served.app.sessions) as session:
        return lift_state(repo.case_by_ref(session, ref))


def test_a_notice_not_delivered_can_be_given_again(serve, crm):  # noqa: F811
    served = serve()
    ref = restricted_case(served)
    (first,) = lift_restriction(served.app, ref, "cli:test", "Nagekeken.").outbound_ids
    assert state(served, ref) == "announced"
    with transaction(served.app.sessions) as session:
        repo.mark_outbound(session, first, status="failed")
    assert lift_pending(served.app) == 0 and restricted(crm) == {1}
    assert state(served, ref) == "restricted"  # still in place; the officer may try again
    (second,) = lift_restriction(served.app, ref, "cli:test", "Nieuw adres.").outbound_ids
    assert second != first and state(served, ref) == "announced"
    with transaction(served.app.sessions) as session:
        repo.mark_outbound(session, second, status="sent")
    assert lift_pending(served.app) == 1 and restricted(crm) == {0}
    assert state(served, ref) == "lifted"
