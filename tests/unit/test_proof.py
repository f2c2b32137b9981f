"""The proof rule: which proof each right needs, and what to ask for next."""

from pathlib import Path

import pytest
import yaml
from pydantic import ValidationError

from config.policy import Policy, load_policy
from worker.domain import Proof, RequestType
from worker.proof import Evidence, authorise

POLICY = load_policy()
AUTH, CONFIRMED, STAFF = (
    Proof.SENDER_AUTHENTICATED,
    Proof.MAILBOX_CONFIRMATION,
    Proof.STAFF_APPROVAL,
)

NOTHING = Evidence()
AUTHENTICATED = Evidence(sender_authenticated=True)
CONFIRMED_ONLY = Evidence(mailbox_confirmed=True)
AUTH_CONFIRMED = Evidence(sender_authenticated=True, mailbox_confirmed=True)
STAFF_ONLY = Evidence(staff_approved=True)
CONFIRMED_STAFF = Evidence(mailbox_confirmed=True, staff_approved=True)


def check(right: RequestType, evidence: Evidence):
    return authorise(POLICY.proof.alternatives(right), evidence)


@pytest.mark.parametrize("right", [RequestType.ACCESS, RequestType.PORTABILITY])
def test_disclosure_needs_an_authenticated_sender_or_a_person(right):
    assert not check(right, NOTHING).allowed
    assert check(right, NOTHING).next_proof is STAFF
    assert check(right, CONFIRMED_ONLY).allowed is False  # a code proves the mailbox, not enough
    assert check(right, AUTHENTICATED).basis == (AUTH,)
    assert check(right, STAFF_ONLY).basis == (STAFF,)


@pytest.mark.parametrize(
    "right", [RequestType.ERASURE, RequestType.RESTRICTION, RequestType.OBJECTION]
)
def test_change_never_rests_on_an_unauthenticated_mail_alone(right):
    assert check(right, NOTHING).next_proof is CONFIRMED  # the owner of the address first
    assert check(right, STAFF_ONLY).next_proof is CONFIRMED
    assert check(right, AUTHENTICATED).next_proof is CONFIRMED
    assert check(right, CONFIRMED_ONLY).next_proof is STAFF  # unauthenticated: then a person
    assert check(right, AUTH_CONFIRMED).basis == (AUTH, CONFIRMED)
    assert check(right, CONFIRMED_STAFF).basis == (CONFIRMED, STAFF)


def test_rectification_always_waits_for_a_person():
    everything = Evidence(True, True, False)
    assert check(RequestType.RECTIFICATION, everything).next_proof is STAFF
    assert check(RequestType.RECTIFICATION, Evidence(True, True, True)).allowed


@pytest.mark.parametrize("right", [RequestType.MARKETING_OPT_OUT, RequestType.COMPLAINT])
def test_low_harm_wishes_need_nothing(right):
    assert check(right, NOTHING).allowed


def _policy_with(rights: dict) -> Policy:
    data = yaml.safe_load(Path("config/policy.yaml").read_text(encoding="utf-8"))
    data["proof"]["rights"].update(rights)
    return Policy.model_validate(data)


@pytest.mark.parametrize(
    "rights",
    [
        {"erasure": [[]]},  # nothing for a destructive right
        {"access": []},
        {"access": [["sender_authenticated"]]},  # an unauthenticated sender could never get in
        {"access": [["a_signed_letter"]]},
    ],
)
def test_the_policy_refuses_a_rule_that_would_act_without_proof(rights):
    with pytest.raises(ValidationError):
        _policy_with(rights)


def test_every_request_type_has_a_rule():
    data = yaml.safe_load(Path("config/policy.yaml").read_text(encoding="utf-8"))
    del data["proof"]["rights"]["restriction"]
    with pytest.raises(ValidationError):
        Policy.model_validate(data)


def test_for_another_person_only_a_persons_approval_counts():
    from worker.domain import Proof as P
    from worker.proof import Evidence as E
    from worker.proof import authorise as auth

    access = (frozenset({P.SENDER_AUTHENTICATED}), frozenset({P.STAFF_APPROVAL}))
    erasure = (
        frozenset({P.SENDER_AUTHENTICATED, P.MAILBOX_CONFIRMATION}),
        frozenset({P.MAILBOX_CONFIRMATION, P.STAFF_APPROVAL}),
    )
    sender_proved = E(sender_authenticated=True, mailbox_confirmed=True, for_another_person=True)
    for alternatives in (access, erasure):
        verdict = auth(alternatives, sender_proved)
        assert not verdict.allowed and verdict.next_proof is P.STAFF_APPROVAL
        approved = auth(alternatives, E(staff_approved=True, for_another_person=True))
        assert approved.allowed and approved.basis == (P.STAFF_APPROVAL,)
    assert auth(erasure, E(sender_authenticated=True, mailbox_confirmed=True)).allowed
