"""Policy → status, flags and replies, for new cases and follow-ups."""

import pytest

from config.policy import load_policy
from worker.domain import (
    CaseStatus,
    Classification,
    Flag,
    IdCheck,
    IdStatus,
    Language,
    MessageKind,
    RequestType,
)
from worker.plan import limit_replies, plan_follow_up, plan_new_case

POLICY = load_policy()
ACK, IDR = MessageKind.ACKNOWLEDGEMENT, MessageKind.ID_REQUEST


def reading(*types: RequestType, confidence: float = 0.9) -> Classification:
    return Classification(tuple(types), Language.NL, confidence if types else 0.0)


def idc(status: IdStatus) -> IdCheck:
    return IdCheck(status, ("x",))


def test_a_clear_request_with_a_verified_id_goes_ahead():
    plan = plan_new_case(POLICY, reading(RequestType.ACCESS), idc(IdStatus.VERIFIED), False, True)
    assert (plan.status, plan.flags, plan.replies) == (CaseStatus.IN_PROGRESS, (), (ACK,))


def test_a_missing_id_is_asked_for_in_the_one_acknowledgement():
    plan = plan_new_case(POLICY, reading(RequestType.ERASURE), idc(IdStatus.MISSING), False, True)
    assert (plan.status, plan.replies) == (CaseStatus.AWAITING_ID, (ACK,))


@pytest.mark.parametrize("types", [(RequestType.MARKETING_OPT_OUT,), (RequestType.COMPLAINT,)])
def test_opt_out_and_complaint_need_no_id(types):
    assert not POLICY.needs_id(types)
    plan = plan_new_case(POLICY, reading(*types), idc(IdStatus.NOT_REQUIRED), False, False)
    assert (plan.status, plan.flags, plan.replies) == (CaseStatus.IN_PROGRESS, (), (ACK,))


def test_nothing_recognised_goes_to_staff_without_a_reply():
    """Spam, phishing, a customer's question: no statutory acknowledgement; a person decides."""
    plan = plan_new_case(POLICY, reading(), idc(IdStatus.NOT_REQUIRED), False, False)
    assert plan.status is CaseStatus.AWAITING_REVIEW
    assert plan.flags == (Flag.UNCLASSIFIED,)
    assert plan.replies == ()


def test_a_low_confidence_reading_goes_to_staff():
    low = reading(RequestType.ERASURE, confidence=0.3)
    plan = plan_new_case(POLICY, low, idc(IdStatus.VERIFIED), False, True)
    assert plan.status is CaseStatus.AWAITING_REVIEW and Flag.LOW_CONFIDENCE in plan.flags


def test_an_unverified_sender_is_flagged_when_data_would_be_disclosed():
    plan = plan_new_case(POLICY, reading(RequestType.ACCESS), idc(IdStatus.VERIFIED), False, False)
    assert Flag.SENDER_UNVERIFIED in plan.flags
    assert plan.status is CaseStatus.IN_PROGRESS  # the handlers hold the data back


def test_a_doubtful_id_is_flagged_and_asked_again():
    plan = plan_new_case(POLICY, reading(RequestType.ACCESS), idc(IdStatus.UNREADABLE), False, True)
    assert Flag.ID_DOUBTFUL in plan.flags and plan.replies == (ACK,)


def test_a_request_passed_on_by_someone_else_goes_to_staff():
    passed = Classification((RequestType.ERASURE,), Language.EN, 0.92, passed_on=True)
    plan = plan_new_case(POLICY, passed, idc(IdStatus.VERIFIED), False, True)
    assert plan.status is CaseStatus.AWAITING_REVIEW and Flag.PASSED_ON in plan.flags


def test_a_foreign_ref_goes_to_staff():
    plan = plan_new_case(POLICY, reading(RequestType.ACCESS), idc(IdStatus.MISSING), True, True)
    assert plan.status is CaseStatus.AWAITING_REVIEW and Flag.REF_FROM_OTHER_SENDER in plan.flags


def test_follow_up_with_a_good_id_moves_the_case_on():
    plan = plan_follow_up(CaseStatus.AWAITING_ID, (Flag.ID_DOUBTFUL,), idc(IdStatus.VERIFIED))
    assert (plan.status, plan.flags, plan.replies) == (CaseStatus.IN_PROGRESS, (), (ACK,))


def test_follow_up_with_a_bad_id_asks_again():
    plan = plan_follow_up(CaseStatus.AWAITING_ID, (), idc(IdStatus.EXPIRED))
    assert (plan.status, plan.replies) == (CaseStatus.AWAITING_ID, (IDR,))


def test_follow_up_without_an_id_changes_nothing():
    plan = plan_follow_up(CaseStatus.AWAITING_ID, (), None)
    assert (plan.status, plan.replies) == (CaseStatus.AWAITING_ID, ())


def test_the_daily_reply_limit_holds_replies_back_and_flags():
    plan = plan_new_case(POLICY, reading(RequestType.ACCESS), idc(IdStatus.MISSING), False, True)
    assert limit_replies(plan, 5) == plan
    held = limit_replies(plan, 0)
    assert held.replies == () and Flag.REPLY_LIMIT in held.flags


def test_a_representative_is_not_asked_for_their_own_id_and_a_person_checks_the_mandate():
    behalf = Classification(
        (RequestType.ACCESS,), Language.NL, 0.9, on_behalf=True, data_subject="Maria Peeters"
    )
    plan = plan_new_case(POLICY, behalf, idc(IdStatus.MISSING), False, True)
    assert plan.status is CaseStatus.AWAITING_REVIEW and Flag.ON_BEHALF in plan.flags
    assert plan.replies == (ACK,)  # which says a person checks the mandate, not "send your ID"


def test_a_reminder_gets_no_fresh_statutory_acknowledgement():
    reminder = Classification((RequestType.ACCESS,), Language.EN, 0.9, reminder=True)
    plan = plan_new_case(POLICY, reminder, idc(IdStatus.MISSING), False, True)
    assert Flag.REMINDER in plan.flags and plan.status is CaseStatus.AWAITING_REVIEW
    assert (plan.replies, plan.response_template) == ((MessageKind.RESPONSE,), "reminder_received")


@pytest.mark.parametrize(
    "silent",
    [
        {"authority_complaint": True},
        {"passed_on": True},
    ],
)
def test_copies_of_authority_complaints_and_passed_on_requests_get_no_reply(silent):
    read = Classification((RequestType.COMPLAINT,), Language.EN, 0.9, **silent)
    plan = plan_new_case(POLICY, read, idc(IdStatus.NOT_REQUIRED), False, True)
    assert plan.replies == () and plan.status is CaseStatus.AWAITING_REVIEW


def test_nothing_goes_back_into_the_companys_own_domain():
    plan = plan_new_case(
        POLICY, reading(RequestType.ACCESS), idc(IdStatus.VERIFIED), False, True,
        internal_sender=True,
    )  # fmt: skip
    assert plan.replies == ()


def test_a_reminder_on_an_open_case_is_flagged_and_answered_with_where_it_stands():
    plan = plan_follow_up(CaseStatus.IN_PROGRESS, (), None, reminder=True)
    assert plan.status is CaseStatus.IN_PROGRESS and Flag.REMINDER in plan.flags
    assert plan.replies == (ACK,)
