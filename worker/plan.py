"""What happens next for a case: its status, its flags, the replies to send. Pure policy."""

from __future__ import annotations

from dataclasses import dataclass, replace

from config.policy import Policy
from worker.domain import (
    CaseStatus,
    Classification,
    Flag,
    IdCheck,
    IdStatus,
    MessageKind,
    RequestType,
)
from worker.marketing import direct_marketing_only, no_marketing_sentences

_ID_DOUBTFUL = {IdStatus.UNREADABLE, IdStatus.NAME_MISMATCH}


@dataclass(frozen=True)
class Plan:
    status: CaseStatus
    flags: tuple[Flag, ...]
    replies: tuple[MessageKind, ...]
    response_template: str = ""  # the template of a RESPONSE among the replies

    @property
    def needs_review(self) -> bool:
        return _held_for_review(self.flags)


def plan_new_case(
    policy: Policy,
    reading: Classification,
    id_check: IdCheck,
    foreign_ref: bool,
    sender_verified: bool,
    *,
    internal_sender: bool = False,
    plainly_a_person: bool = False,
) -> Plan:
    """A new case: its flags, its status, and the one mail that answers it now (or none).

    No automatic reply where it could do harm or say something untrue: to mail we could not
    read as a request (spam, phishing, a customer's question: a person decides), to a copy of a
    complaint lodged with the authority, to a colleague who passed someone else's request on,
    or into the company's own domain. A reminder of an earlier request gets no fresh statutory
    deadline. An ID copy is never asked of a representative for their own card. A person whose
    mail is plainly about something else (`plainly_a_person`: no link, nothing a phisher asks;
    worker.screen) gets at most a short note without any deadline that points to the company's
    general contact (policy `replies.note_to_unclassified`)."""
    flags: list[Flag] = []
    if not reading.request_types:
        flags.append(Flag.UNCLASSIFIED)
    elif reading.guessed or reading.confidence < policy.classification.min_confidence:
        flags.append(Flag.LOW_CONFIDENCE)
    if foreign_ref:
        flags.append(Flag.REF_FROM_OTHER_SENDER)
    if reading.passed_on:
        # a colleague passed on someone else's request: replies would go to the colleague
        flags.append(Flag.PASSED_ON)
    if reading.on_behalf:
        flags.append(Flag.ON_BEHALF)  # a person checks the mandate and sets the data subject
    if reading.reminder:
        flags.append(Flag.REMINDER)
    if reading.authority_complaint:
        flags.append(Flag.AUTHORITY_COMPLAINT)
    if reading.truncated:
        flags.append(Flag.TEXT_TRUNCATED)
    if id_check.status in _ID_DOUBTFUL:
        flags.append(Flag.ID_DOUBTFUL)
    if not sender_verified and needs_id(policy, reading):
        # The request would disclose or change personal data: without our own server's DMARC
        # pass for the From address, staff must confirm before any data is sent.
        flags.append(Flag.SENDER_UNVERIFIED)

    silent = (
        not reading.request_types
        or reading.authority_complaint
        or reading.passed_on
        or internal_sender
    )
    replies: tuple[MessageKind, ...] = ()
    template = ""
    if silent:
        if (
            not reading.request_types
            and plainly_a_person
            and policy.replies.note_to_unclassified
            and not (internal_sender or reading.passed_on or reading.authority_complaint)
        ):
            replies, template = (MessageKind.RESPONSE,), "unclassified_note"
    elif reading.reminder:
        replies, template = (MessageKind.RESPONSE,), "reminder_received"
    else:
        # one mail: the acknowledgement says what we need from the requester, if anything
        replies = (MessageKind.ACKNOWLEDGEMENT,)

    id_missing = not id_check.status.is_ok and not reading.on_behalf
    if _held_for_review(flags):
        status = CaseStatus.AWAITING_REVIEW
    elif id_missing:
        status = CaseStatus.AWAITING_ID
    else:
        status = CaseStatus.IN_PROGRESS
    return Plan(status=status, flags=tuple(flags), replies=replies, response_template=template)


def direct_marketing_objection(reading: Classification) -> bool:
    """The reading's objection speaks only of direct marketing (art. 21(2)-(3)): like an
    opt-out, it needs no ID copy and no proof."""
    return RequestType.OBJECTION in reading.request_types and direct_marketing_only(
        reading.evidence_for(RequestType.OBJECTION)
    )


# the confidence of a reading made of "no advertising at all" alone: above the policy's default
# threshold, as stopping marketing harms no one
NO_MARKETING_CONFIDENCE = 0.7


def with_no_marketing(reading: Classification, text: str) -> Classification:
    """A mail the classifier read as no request but that asks for no advertising at all ("no
    advertising at all, on all your lists", "keine Werbung mehr") is a marketing opt-out on every
    channel: stopping marketing harms no one, and a note saying "this is no data-protection
    request" would be wrong."""
    if reading.request_types or reading.passed_on or reading.authority_complaint:
        return reading
    sentences = no_marketing_sentences(text)
    if not sentences:
        return reading
    return replace(
        reading,
        request_types=(RequestType.MARKETING_OPT_OUT,),
        confidence=NO_MARKETING_CONFIDENCE,
        evidence=((RequestType.MARKETING_OPT_OUT, sentences),),
    )


def needs_id(policy: Policy, reading: Classification) -> bool:
    """Whether the policy asks an ID copy for this reading (never to stop marketing)."""
    return policy.needs_id(reading.request_types, direct_marketing_objection(reading))


_MARKETING = frozenset({RequestType.MARKETING_OPT_OUT, RequestType.OBJECTION})


def widens_opt_out(
    case_status: CaseStatus, case_types: tuple[RequestType, ...], reading: Classification
) -> bool:
    """A reply to a completed opt-out (or objection to direct marketing) that asks to stop
    more marketing ("please also stop post and phone"): it continues that case, no new case and
    nothing asked of the requester."""
    return (
        case_status is CaseStatus.COMPLETED
        and bool(case_types)
        and set(case_types) <= _MARKETING
        and bool(reading.request_types)
        and set(reading.request_types) <= _MARKETING
        and (
            RequestType.OBJECTION not in reading.request_types
            or direct_marketing_objection(reading)
        )
        and not (reading.passed_on or reading.on_behalf or reading.authority_complaint)
    )


def plan_follow_up(
    case_status: CaseStatus,
    case_flags: tuple[Flag, ...],
    id_check: IdCheck | None,
    *,
    confirmed: bool = False,
    denied: bool = False,
    tries_exhausted: bool = False,
    reminder: bool = False,
) -> Plan:
    """A requester's reply on an open case. `id_check` is None when it brought no attachment
    or the case was not waiting for one; `confirmed`: it carries the valid confirmation code;
    `denied`: the owner of the address says they did not ask; `tries_exhausted`: the last wrong
    code the policy allows."""
    if denied:
        flags = case_flags if Flag.DISPUTED in case_flags else (*case_flags, Flag.DISPUTED)
        return Plan(
            status=CaseStatus.CLOSED,
            flags=flags,
            replies=(MessageKind.RESPONSE,),
            response_template="request_cancelled",
        )
    if reminder:
        # the requester chases an open case: a person sees it; the reply restates where it is
        flags = case_flags if Flag.REMINDER in case_flags else (*case_flags, Flag.REMINDER)
        return Plan(status=case_status, flags=flags, replies=(MessageKind.ACKNOWLEDGEMENT,))
    if case_status is CaseStatus.AWAITING_CONFIRMATION and confirmed:
        return Plan(status=CaseStatus.IN_PROGRESS, flags=case_flags, replies=())
    if case_status is CaseStatus.AWAITING_CONFIRMATION and tries_exhausted:
        flags = tuple(f for f in case_flags if f is not Flag.CONFIRMATION_FAILED)
        return Plan(
            status=CaseStatus.AWAITING_REVIEW, flags=(*flags, Flag.CONFIRMATION_FAILED), replies=()
        )
    flags = tuple(f for f in case_flags if f is not Flag.ID_DOUBTFUL)
    if case_status is not CaseStatus.AWAITING_ID or id_check is None:
        return Plan(status=case_status, flags=case_flags, replies=())
    if id_check.status.is_ok:
        review = _held_for_review(flags)
        status = CaseStatus.AWAITING_REVIEW if review else CaseStatus.IN_PROGRESS
        return Plan(status=status, flags=flags, replies=(MessageKind.ACKNOWLEDGEMENT,))
    if id_check.status in _ID_DOUBTFUL:
        flags = (*flags, Flag.ID_DOUBTFUL)
    return Plan(status=CaseStatus.AWAITING_ID, flags=flags, replies=(MessageKind.ID_REQUEST,))


def limit_replies(plan: Plan, allowed: int) -> Plan:
    """At most `allowed` automatic replies; what is held back is flagged for staff."""
    if len(plan.replies) <= allowed:
        return plan
    flags = plan.flags if Flag.REPLY_LIMIT in plan.flags else (*plan.flags, Flag.REPLY_LIMIT)
    return Plan(
        status=plan.status,
        flags=flags,
        replies=plan.replies[: max(allowed, 0)],
        response_template=plan.response_template,
    )


def _held_for_review(flags: tuple[Flag, ...] | list[Flag]) -> bool:
    return any(f.holds_for_review for f in flags)


# Flags a person settles by reading the mail themselves (`cases correct`): the machine's doubt
# about the reading.
_READING_DOUBTS = frozenset({Flag.UNCLASSIFIED, Flag.LOW_CONFIDENCE})
# Why a case waits for a person that a corrected reading does not settle: the owner of the
# address denied the request, the codes ran out, the ID copy is doubtful, a source failed, the
# sender's replies ran out. Only an approval (or the requester) moves such a case on.
_NOT_SETTLED_BY_READING = frozenset(
    {Flag.DISPUTED, Flag.CONFIRMATION_FAILED, Flag.ID_DOUBTFUL, Flag.SOURCE_FAILED,
     Flag.REPLY_LIMIT}
)  # fmt: skip


def plan_corrected(
    policy: Policy,
    status: CaseStatus,
    flags: tuple[Flag, ...],
    request_types: tuple[RequestType, ...],
    *,
    id_ok: bool,
    sender_verified: bool,
    on_behalf: bool,
) -> Plan:
    """A person corrected the reading of an open case (without approving it): the doubt about
    the reading goes, whether the sender must be authenticated follows the new types, and the
    status follows as for a new case (held for review, waiting for the ID, or in progress). A
    case waiting for the requester's confirmation keeps waiting, and one a person reviews for
    another reason than the reading (a denial, a doubtful ID: _NOT_SETTLED_BY_READING) keeps
    waiting for them. No reply is planned here."""
    kept = [f for f in flags if f not in _READING_DOUBTS and f is not Flag.SENDER_UNVERIFIED]
    if not request_types:
        kept.insert(0, Flag.UNCLASSIFIED)
    if not sender_verified and policy.needs_id(request_types):
        kept.append(Flag.SENDER_UNVERIFIED)
    new_flags = tuple(kept)
    if status in (CaseStatus.AWAITING_CONFIRMATION,) or not status.is_open:
        return Plan(status=status, flags=new_flags, replies=())
    if _held_for_review(new_flags) or (
        status is CaseStatus.AWAITING_REVIEW and _NOT_SETTLED_BY_READING & set(new_flags)
    ):
        new_status = CaseStatus.AWAITING_REVIEW
    elif policy.needs_id(request_types) and not id_ok and not on_behalf:
        new_status = CaseStatus.AWAITING_ID
    else:
        new_status = CaseStatus.IN_PROGRESS
    return Plan(status=new_status, flags=new_flags, replies=())
