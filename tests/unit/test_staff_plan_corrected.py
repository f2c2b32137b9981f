"""`cases correct` settles the machine's doubt about the reading, nothing else (worker/plan.py,
plan_corrected): a case a person reviews because its owner denied the request, its codes ran
out, its ID copy is doubtful, a source failed or the sender's replies ran out keeps waiting for
them; one held for the reading only follows the corrected types."""

from __future__ import annotations

import pytest

from config.policy import load_policy
from worker.domain import CaseStatus, Flag, RequestType
from worker.plan import plan_corrected


def corrected(flags: tuple[Flag, ...], status: CaseStatus = CaseStatus.AWAITING_REVIEW):
    return plan_corrected(
        load_policy(),
        status,
        flags,
        (RequestType.ACCESS,),
        id_ok=True,
        sender_verified=True,
        on_behalf=False,
    )


@pytest.mark.parametrize(
    "flag",
    [
        Flag.DISPUTED,
        Flag.CONFIRMATION_FAILED,
        Flag.ID_DOUBTFUL,
        Flag.SOURCE_FAILED,
        Flag.REPLY_LIMIT,
    ],  # fmt: skip
)
def test_a_review_for_another_reason_is_not_settled_by_the_reading(flag):
    plan = corrected((Flag.LOW_CONFIDENCE, flag))
    assert plan.status is CaseStatus.AWAITING_REVIEW and flag in plan.flags
    assert Flag.LOW_CONFIDENCE not in plan.flags


def test_a_case_held_for_its_reading_only_goes_ahead():
    assert corrected((Flag.UNCLASSIFIED,)).status is CaseStatus.IN_PROGRESS


def test_a_new_case_with_such_a_flag_is_not_held_by_this_rule():
    # in progress already (the flag came after): the correction does not stop it either
    plan = corrected((Flag.REPLY_LIMIT,), CaseStatus.IN_PROGRESS)
    assert plan.status is CaseStatus.IN_PROGRESS
