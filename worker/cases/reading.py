"""Staff decisions on what a case is: the reading corrected without approving it (`correct`), and
whose data it is and since when the company has had it (`set_subject`: on-behalf and passed-on
requests). Each is an event in the case's log under its actor; staff's own words (a reason)
are kept as an internal note, never in the log."""

from __future__ import annotations

from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from worker.app import App
from worker.case_state import set_status
from worker.cases.rights import (
    _needs_confirmation,
    confirmation_actions,
    confirmation_request,
    direct_marketing_case,
)
from worker.cases.staff import NOTE_MAX_CHARS, Decision, StaffError, _case
from worker.deadline import add_months, statutory_deadline, today_at
from worker.domain import (
    CaseStatus,
    EventKind,
    Flag,
    IdStatus,
    MessageKind,
    RequestType,
    data_subject_of,
)
from worker.mail.addresses import canonical
from worker.plan import plan_corrected
from worker.store import repo
from worker.store.db import transaction

# Statuses in which a case for another person, unapproved, would go ahead or wait for the ID:
# it waits for a person (worker/proof.py).
_NEEDS_A_PERSON = (CaseStatus.IN_PROGRESS, CaseStatus.AWAITING_ID)
# A request the sender did not write for us: nobody is acknowledged automatically.
_SILENT = {Flag.PASSED_ON.value, Flag.AUTHORITY_COMPLAINT.value}


def request_types_from(names: list[str]) -> list[str]:
    """The request types given, checked, in RequestType order, without duplicates."""
    names = [n.strip() for n in names if n.strip()]
    unknown = set(names) - {t.value for t in RequestType}
    if unknown:
        raise StaffError(f"unknown request type(s): {', '.join(sorted(unknown))}")
    if not names:
        raise StaffError("give at least one request type (a mail that is none: close the case)")
    order = [t.value for t in RequestType]
    return sorted(set(names), key=order.index)


def correct(app: App, ref: str, actor: str, request_types: list[str], reason: str = "") -> Decision:
    """Correct the reading of an open case (its request types) without approving it: the proof
    each right needs still holds. The machine's doubt about the reading goes, the status follows
    the corrected types as it would for a new case (plan_corrected), and a requester who has
    heard nothing yet gets the acknowledgement of what we now read."""
    types = request_types_from(request_types)
    reason = reason.replace("\r\n", "\n").strip()[:NOTE_MAX_CHARS]
    with transaction(app.sessions) as session:
        case = _case(session, ref, open_only=True)
        old = list(case.request_types)
        subject = data_subject_of(case.framing, case.requester_email, case.requester_name)
        needs_id = app.policy.needs_id(tuple(RequestType(t) for t in types))
        if case.id_status == IdStatus.NOT_REQUIRED.value and needs_id:
            # no ID was asked for what we read before; what we read now needs one
            case.id_status = IdStatus.MISSING.value
            case.id_reasons = [*case.id_reasons, "the corrected request needs an ID copy"]
        detail: dict[str, object] = {"old": old, "new": types}
        current = CaseStatus(case.status)
        gained = [t for t in types if t not in old and _needs_confirmation(app, t)]
        if gained and (
            case.confirmation_hash
            or case.mailbox_confirmed_at is not None
            or current is CaseStatus.AWAITING_CONFIRMATION
        ):
            # the owner of the address confirmed (or is asked to confirm) the actions our mail
            # listed then, not one added now: a new code names them all
            detail["confirmation_withdrawn"] = gained
            case.confirmation_hash = ""
            case.confirmation_expires_at = None
            case.mailbox_confirmed_at = None
            if current is CaseStatus.AWAITING_CONFIRMATION:
                current = CaseStatus.IN_PROGRESS
        plan = plan_corrected(
            app.policy,
            current,
            tuple(Flag(f) for f in case.flags),
            tuple(RequestType(t) for t in types),
            id_ok=IdStatus(case.id_status).is_ok,
            sender_verified=case.sender_authenticated,
            on_behalf="on_behalf" in (case.framing or {}) or not subject.is_sender,
        )
        case.request_types = types
        case.flags = [f.value for f in plan.flags]
        status = plan.status
        if case.approved_by and set(types) - set(old):
            # an approval was given for what the case asked then, not for a right added now (an
            # erasure on an approval of an access request): a person approves the new reading
            detail["approval_withdrawn"] = case.approved_by
            case.approved_by = ""
        if not subject.is_sender and not case.approved_by and status in _NEEDS_A_PERSON:
            status = CaseStatus.AWAITING_REVIEW  # another person's data: only an approval
        if reason:
            detail["note_id"] = repo.add_note(session, case, actor, reason).id
        repo.add_event(session, case, actor, EventKind.READING_CORRECTED, **detail)
        set_status(session, case, status, actor)
        outbound: tuple[int, ...] = ()
        told = any(m.kind == MessageKind.ACKNOWLEDGEMENT.value for m in case.outbound)
        if not told and not _SILENT & set(case.flags):
            row = app.replies.write(session, case, MessageKind.ACKNOWLEDGEMENT, actor=actor)
            outbound = (row.id,)
        ready = case.id if status is CaseStatus.IN_PROGRESS else None
        return Decision(case.ref or ref, case.status, outbound_ids=outbound, ready_case_id=ready)


def _address(value: str) -> str:
    """One mailbox's address, in the canonical form cases compare (worker/mail/addresses.py):
    a list (`a@x.example,b@y.example`), a display-name fragment or a comment is refused, since a
    request passed on makes it the address every reply, the access package too, goes to."""
    email = canonical(value.strip())
    local = (email or "").rpartition("@")[0]
    if email is None or (not local.startswith('"') and any(c in _NOT_IN_LOCAL for c in local)):
        raise StaffError(f"{value!r} is not one e-mail address")
    return email


_NOT_IN_LOCAL = set('<>()[],;:\\"')


def _with_extension(app: App, case, deadline: date) -> tuple[date, bool]:  # noqa: ANN001
    """`deadline` (counted from the first receipt) with the case's extension, if it has one
    that still counts: art. 12(3) lets the company extend only by telling the requester within
    the month from receipt. An extension told after that month counts no more: (deadline,
    True)."""
    extended = [e for e in case.events if e.kind == EventKind.DEADLINE_EXTENDED]
    if not extended:
        return deadline, False
    told = extended[0].at.astimezone(ZoneInfo(app.policy.deadline.timezone)).date()
    if told > deadline:
        return deadline, True
    return add_months(deadline, app.policy.deadline.extension_months), False


def set_subject(
    app: App,
    ref: str,
    actor: str,
    name: str,
    email: str = "",
    received: date | None = None,
) -> Decision:
    """Set whose data the case is about (`name`, and `email`: where the company's data of that
    person is found), and `received`: the day the company first received the request (a letter
    passed on by a colleague, a request that reached another department first); the deadline
    then runs from that day, in the controller's time zone, keeping an extension.

    When the data subject is not the sender, what the sender proved (their authenticated mail,
    their confirmation, their ID copy) proves nothing about the data subject: the case waits for
    a person to check the mandate and approve it (worker/proof.py), and an approval given before
    counts no more. A right the policy has the owner of the address confirm (an erasure) needs
    the data subject's own confirmation too: with their address, the confirmation mail with a
    fresh code goes to them now (the case stays with staff meanwhile); without it, such a right
    waits for staff until it is given. A request passed on by a colleague is the data subject's
    own: with their address it becomes theirs (replies go to them, the colleague's proofs
    drop)."""
    name = " ".join(name.split())[:200]
    if not name:
        raise StaffError("give the data subject's name")
    email = _address(email) if email.strip() else ""
    zone = app.policy.deadline.timezone
    with transaction(app.sessions) as session:
        case = _case(session, ref, open_only=True)
        detail: dict[str, object] = {"address_given": bool(email)}
        passed_on = Flag.PASSED_ON.value in case.flags
        if passed_on and email and email != case.requester_email:
            # the colleague only carried the letter: the person is the requester from now on
            case.requester_email, case.requester_name = email, name
            case.sender_authenticated = False
            case.mailbox_confirmed_at = None
            detail["requester_replaced"] = True
        framing = dict(case.framing or {})
        framing["data_subject"] = {"name": name, "email": email}
        if received is not None:
            got = case.received_at.astimezone(ZoneInfo(zone)).date()
            if received > today_at(zone):
                raise StaffError(f"{received} is in the future")
            if received > got:
                raise StaffError(f"{received} is after we received the request ({got})")
            old = case.deadline
            start = datetime.combine(received, time(0), tzinfo=ZoneInfo(zone))
            new = statutory_deadline(start, app.policy.deadline.months, zone)
            new, late = _with_extension(app, case, new)
            if late:
                detail["extension_too_late"] = True
            if new > old:
                # the law counts from the first receipt: a date that gives the company more
                # time than the case has now (a second, later "first" receipt) is refused
                raise StaffError(
                    f"{received} would move the deadline later ({old} → {new}): the first "
                    "receipt only brings it forward"
                )
            framing["first_received"] = received.isoformat()
            case.deadline = new
            detail.update(
                first_received=received.isoformat(), old=old.isoformat(), new=new.isoformat()
            )
        case.framing = framing
        subject = data_subject_of(framing, case.requester_email, case.requester_name)
        detail["another_person"] = not subject.is_sender
        waiting = CaseStatus(case.status) is CaseStatus.AWAITING_CONFIRMATION
        if detail.get("requester_replaced") or not subject.is_sender:
            # a code sent to the sender proves nothing now: it stops working, and the clock
            # does not close the case as "not confirmed" when it expires
            if case.confirmation_hash or waiting:
                detail["code_withdrawn"] = True
            case.confirmation_hash = ""
            case.confirmation_expires_at = None
        if not subject.is_sender:
            if case.approved_by:
                detail["approval_withdrawn"] = case.approved_by
                case.approved_by = ""
            if not {Flag.ON_BEHALF.value, Flag.PASSED_ON.value} & set(case.flags):
                case.flags = [*case.flags, Flag.ON_BEHALF.value]
            # a confirmation (and the wrong tries) before now were the sender's, or of a data
            # subject set before: only the data subject's own, asked for now, counts
            case.mailbox_confirmed_at = None
            case.confirmation_wrong_tries = 0
        changes = [  # what the data subject must confirm (not an objection to marketing alone)
            t for t in (confirmation_actions(app, case) if not subject.is_sender else [])
            if not (t == RequestType.OBJECTION.value and direct_marketing_case(case))
        ]  # fmt: skip
        if changes and not email:
            detail["needs_address"] = True  # nothing that changes data goes ahead without it
        repo.add_event(session, case, actor, EventKind.DATA_SUBJECT_SET, **detail)
        status = CaseStatus(case.status)
        if (not subject.is_sender and status in _NEEDS_A_PERSON) or (
            detail.get("code_withdrawn") and status is CaseStatus.AWAITING_CONFIRMATION
        ):
            set_status(session, case, CaseStatus.AWAITING_REVIEW, actor)
        outbound: tuple[int, ...] = ()
        if changes and email:
            # the data subject confirms from their own mailbox (and can say no); a person
            # still checks the mandate: the case stays with staff meanwhile
            reply, asked = confirmation_request(app, case)
            row = app.replies.write(
                session, case, reply.kind, extra=reply.extra, actor=actor,
                template=reply.template, sensitive=reply.sensitive, to=reply.to,
            )  # fmt: skip
            repo.add_event(session, case, actor, EventKind.CONFIRMATION_ASKED, **asked)
            outbound = (row.id,)
        return Decision(case.ref or ref, case.status, outbound_ids=outbound)
