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


# --- another person's data (`cases subject`): the data subject's own proofs, never the sender's

ACCESS = POLICY.proof.alternatives(RequestType.ACCESS)
ERASURE = POLICY.proof.alternatives(RequestType.ERASURE)
CHANGES = [RequestType.ERASURE, RequestType.RESTRICTION, RequestType.OBJECTION,
           RequestType.RECTIFICATION]  # fmt: skip


def other(**proven: bool) -> Evidence:
    return Evidence(for_another_person=True, **proven)


def test_for_another_person_the_senders_proofs_count_for_nothing():
    """What the sender proved is about the sender: authenticated, confirmed by their own
    mailbox (intake never marks the sender's code as the data subject's), nothing goes."""
    sender_proved = other(sender_authenticated=True)
    for right in RequestType:
        verdict = check(right, sender_proved)
        if right in (RequestType.MARKETING_OPT_OUT, RequestType.COMPLAINT):
            continue
        assert not verdict.allowed, right
        assert AUTH not in verdict.basis


def test_for_another_person_a_disclosure_needs_a_person_who_checked_the_mandate():
    for right in (RequestType.ACCESS, RequestType.PORTABILITY):
        assert check(right, other()).next_proof is STAFF
        assert check(right, other(staff_approved=True)).basis == (STAFF,)


@pytest.mark.parametrize("right", CHANGES)
def test_for_another_person_a_change_needs_the_data_subjects_confirmation_and_a_person(right):
    """A forged "on behalf of" mail and one click never erase anyone's data: the data
    subject's own mailbox confirms as well."""
    approved = check(right, other(staff_approved=True))
    assert not approved.allowed
    assert approved.next_proof is CONFIRMED and approved.missing == (CONFIRMED,)
    assert check(right, other()).next_proof is CONFIRMED  # the data subject is asked first
    confirmed = check(right, other(mailbox_confirmed=True, sender_authenticated=True))
    assert not confirmed.allowed and confirmed.missing == (STAFF,)  # then a person
    both = check(right, other(mailbox_confirmed=True, staff_approved=True))
    assert both.allowed and both.basis == (CONFIRMED, STAFF)
    assert both.describe() == "mailbox_confirmation + staff_approval"


@pytest.mark.parametrize("right", CHANGES)
def test_for_another_person_without_their_address_a_change_waits_for_staff(right):
    verdict = check(right, other(staff_approved=True, subject_address_known=False))
    assert not verdict.allowed
    assert verdict.next_proof is STAFF  # never a code to the sender; a person gives the address
    assert CONFIRMED in verdict.missing
    assert "cases subject --email" in verdict.reason
    assert check(RequestType.ACCESS, other(staff_approved=True, subject_address_known=False))


@pytest.mark.parametrize("right", [RequestType.MARKETING_OPT_OUT, RequestType.COMPLAINT])
def test_for_another_person_low_harm_wishes_still_need_nothing(right):
    assert check(right, other()).allowed
    assert check(right, other(subject_address_known=False)).allowed


def test_a_policy_whose_change_needs_no_confirmation_still_needs_a_person_for_another_person():
    staff_only = (frozenset({STAFF}),)
    assert authorise(staff_only, other()).next_proof is STAFF
    assert authorise(staff_only, other(staff_approved=True)).basis == (STAFF,)
    either = (frozenset({AUTH, CONFIRMED}), frozenset({STAFF}))  # any line with a code
    assert authorise(either, other(staff_approved=True)).next_proof is CONFIRMED


def test_for_the_sender_themselves_nothing_changes():
    assert authorise(ERASURE, Evidence(sender_authenticated=True, mailbox_confirmed=True)).allowed
    assert authorise(ACCESS, Evidence(staff_approved=True)).basis == (STAFF,)
