"""Staff decisions on a case, from the console or the command line. Each is an event in the
case's log under its actor (`staff:NAME` for a console user, `cli:NAME` for an OS user), and
returns the work it unblocks (a `Decision`) for the caller to hand to its `Jobs` after commit."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from worker.app import App
from worker.case_state import purge_id_copies, set_status
from worker.cases.rectification import apply_changes, labelled
from worker.cases.rights import Reply, evidence_of, finish_if_done, rights_done
from worker.confirmation import code_hash, new_code
from worker.datamap import DataMapError, datamap_for
from worker.deadline import add_months
from worker.domain import (
    CaseStatus,
    EventKind,
    Flag,
    IdStatus,
    MessageKind,
    Proof,
    RequestType,
    data_subject_of,
)
from worker.proof import authorise
from worker.store import repo
from worker.store.db import transaction
from worker.store.models import Case


class StaffError(Exception):
    """The decision cannot be taken on this case; the message says why, in one line."""


@dataclass(frozen=True)
class Decision:
    ref: str
    status: str
    outbound_ids: tuple[int, ...] = ()
    ready_case_id: int | None = None


def _case(session: Session, ref: str, *, open_only: bool = False) -> Case:
    """The case `ref` (raises StaffError when there is none, or it is finished and `open_only`)."""
    case = repo.case_by_ref(session, ref)
    if case is None:
        raise StaffError(f"no case {ref}")
    if open_only and not CaseStatus(case.status).is_open:
        raise StaffError(f"case {ref} is {case.status}")
    return case


def approve(app: App, ref: str, actor: str, request_types: list[str] | None = None) -> Decision:
    """Go ahead with the case as read (or with `request_types` instead): the identity and the
    sender are taken as checked by this person."""
    with transaction(app.sessions) as session:
        case = _case(session, ref, open_only=True)
        if request_types is not None:
            unknown = set(request_types) - {t.value for t in RequestType}
            if unknown:
                raise StaffError(f"unknown request type(s): {', '.join(sorted(unknown))}")
            order = [t.value for t in RequestType]
            case.request_types = sorted(set(request_types), key=order.index)
            repo.add_event(
                session, case, actor, EventKind.REQUEST_TYPES_SET, request_types=case.request_types
            )
        if not case.request_types:
            raise StaffError(f"case {ref} has no request type: give them with --types")
        subject = data_subject_of(case.framing, case.requester_email, case.requester_name)
        if not subject.is_sender and not subject.email and set(case.request_types) - {"complaint"}:
            raise StaffError(
                f"case {ref} is about another person than the sender: give their address "
                "first (cases subject --email), where the company's data of them is found"
            )
        cleared = [f for f in case.flags if Flag(f).cleared_by_approval]
        case.flags = [f for f in case.flags if f not in cleared]
        if not IdStatus(case.id_status).is_ok:
            case.id_status = IdStatus.VERIFIED.value
            case.id_reasons = [*case.id_reasons, "identity confirmed by staff"]
        case.approved_by = actor
        repo.add_event(
            session,
            case,
            actor,
            EventKind.APPROVED,
            cleared_flags=cleared,
            proof=Proof.STAFF_APPROVAL.value,
        )
        set_status(session, case, CaseStatus.IN_PROGRESS, actor)
        return Decision(case.ref or ref, case.status, ready_case_id=case.id)


def rectify(app: App, ref: str, actor: str, changes: dict[str, str]) -> Decision:
    """Apply the corrections (`table.field` → new value) approved by a person, and tell the
    requester which fields were corrected (never the values)."""
    datamap = datamap_for(app.settings.sources)
    with transaction(app.sessions) as session:
        case = _case(session, ref, open_only=True)
        if RequestType.RECTIFICATION.value not in case.request_types:
            raise StaffError(f"case {ref} asks for no rectification")
        # the person applying it approves it; the owner of the address must have confirmed
        evidence = replace(evidence_of(case), staff_approved=True)
        verdict = authorise(app.policy.proof.alternatives(RequestType.RECTIFICATION), evidence)
        if not verdict.allowed:
            who = "the data subject" if evidence.for_another_person else "the requester"
            raise StaffError(
                f"case {ref}: not yet ({verdict.describe()}); {who} is asked to confirm "
                "from their own mailbox first" + (f" ({verdict.reason})" if verdict.reason else "")
            )
        for target in changes:
            table, _, column = target.partition(".")
            if not table or not column:
                raise StaffError(f"{target!r}: write TABLE.FIELD=VALUE")
        contact = {
            target: value
            for target, value in changes.items()
            if target.partition(".")[2] in datamap.contact_columns(target.partition(".")[0])
        }
        if contact:
            return _ask_new_address(app, session, case, actor, changes, contact, ref)
        try:
            applied = apply_changes(session, case, datamap, actor, changes, verdict.describe())
        except DataMapError as exc:
            raise StaffError(f"{exc}") from None
        named = labelled(datamap, applied, app.replies.language_of(case).value)
        reply = Reply(MessageKind.RESPONSE, "rectification_done", {"changes": named})
        row = app.replies.write(
            session,
            case,
            reply.kind,
            extra=reply.extra,
            actor=actor,
            template=reply.template,
        )
        if RequestType.RECTIFICATION.value not in rights_done(case):
            repo.add_event(
                session,
                case,
                actor,
                EventKind.RIGHT_DONE,
                right=RequestType.RECTIFICATION.value,
                proof=verdict.describe(),
            )
        finish_if_done(session, case, actor)
        return Decision(case.ref or ref, case.status, outbound_ids=(row.id,))


def _ask_new_address(
    app: App,
    session: Session,
    case: Case,
    actor: str,
    changes: dict[str, str],
    contact: dict[str, str],
    ref: str,
) -> Decision:
    """A new contact address changes who the data belongs to: nothing is applied until the new
    address confirms it too (a code sent there, typed back from there); then the rectification
    right applies every change of this decision (worker/cases/rectification.py)."""
    addresses = {v.strip().lower() for v in contact.values()}
    if len(addresses) != 1:
        raise StaffError("give one new contact address at a time")
    (new_address,) = addresses
    local, at, domain = new_address.rpartition("@")
    if not (local and at and "." in domain) or any(c.isspace() for c in new_address):
        raise StaffError(f"{new_address!r} is not an e-mail address")
    if new_address == case.requester_email:
        raise StaffError("that is the address the request came from already")
    days = app.policy.erasure.confirm_days
    token = new_code()
    case.approved_by = actor
    case.proposed_rectification = {
        **(case.proposed_rectification or {}),
        "contact_change": {
            "changes": changes,
            "new_address": new_address,
            "code_hash": code_hash(token),
            "expires_at": (datetime.now(UTC) + timedelta(days=days)).isoformat(),
            "approved_by": actor,
        },
    }
    row = app.replies.write(
        session,
        case,
        MessageKind.CONFIRMATION_REQUEST,
        extra={"token": token, "confirm_days": days},
        actor=actor,
        template="contact_change_confirmation",
        sensitive=True,
        to=new_address,
    )
    repo.add_event(session, case, actor, EventKind.CONTACT_CHANGE_ASKED, valid_days=days)
    set_status(session, case, CaseStatus.AWAITING_CONFIRMATION, actor)
    return Decision(case.ref or ref, case.status, outbound_ids=(row.id,))


def extend(app: App, ref: str, actor: str, reason: str = "") -> Decision:
    """Extend the case's deadline once, by the policy's months (GDPR art. 12(3)), before it has
    passed, and tell the requester why in the extension notice."""
    deadline_policy = app.policy.deadline
    with transaction(app.sessions) as session:
        case = _case(session, ref, open_only=True)
        if any(e.kind == EventKind.DEADLINE_EXTENDED for e in case.events):
            raise StaffError(f"the deadline of case {ref} was extended already")
        if deadline_policy.extension_months <= 0:
            raise StaffError("the policy allows no extension")
        today = datetime.now(ZoneInfo(deadline_policy.timezone)).date()
        if today > case.deadline:
            raise StaffError(f"the deadline of case {ref} ({case.deadline}) has passed")
        old = case.deadline
        new = add_months(old, deadline_policy.extension_months)
        reason = " ".join(reason.split())[:1000]
        if not reason:
            raise StaffError("give the reason for the delay: the requester is told it (art. 12(3))")
        row = app.replies.write(
            session,
            case,
            MessageKind.EXTENSION_NOTICE,
            extra={"new_deadline": new, "reason": reason},
            actor=actor,
        )
        case.deadline = new
        repo.add_event(
            session,
            case,
            actor,
            EventKind.DEADLINE_EXTENDED,
            old=old.isoformat(),
            new=new.isoformat(),
            reason_given=bool(reason),
        )
        return Decision(case.ref or ref, case.status, outbound_ids=(row.id,))


def write_to_requester(app: App, ref: str, actor: str, text: str) -> Decision:
    """A message a person wrote, sent to the requester in the case's thread (plain text, in the
    case's template frame: greeting, the reference, the signature)."""
    text = text.replace("\r\n", "\n").strip()
    if not text:
        raise StaffError("the message is empty")
    if len(text) > 20_000:
        raise StaffError("the message is longer than 20,000 characters")
    with transaction(app.sessions) as session:
        case = _case(session, ref, open_only=True)
        row = app.replies.write(
            session, case, MessageKind.STAFF_REPLY, extra={"text": text}, actor=actor
        )
        return Decision(case.ref or ref, case.status, outbound_ids=(row.id,))


REFUSAL_REASONS = ("manifestly_unfounded", "excessive", "identity_not_confirmed", "other")


def refuse(app: App, ref: str, actor: str, reason_code: str, text: str = "") -> Decision:
    """Refuse the request (art. 12(5): manifestly unfounded or excessive; 12(2)/(6): identity not
    confirmed; or another reason, which `text` states in words): the refusal reply gives the
    reason (art. 12(4)), the authority and the courts; the case ends as rejected."""
    if reason_code not in REFUSAL_REASONS:
        raise StaffError(f"unknown reason {reason_code!r}: one of {', '.join(REFUSAL_REASONS)}")
    text = text.replace("\r\n", "\n").strip()[:5000]
    if reason_code == "other" and not text:
        raise StaffError("a refusal for another reason must say the reason (art. 12(4))")
    with transaction(app.sessions) as session:
        case = _case(session, ref, open_only=True)
        row = app.replies.write(
            session,
            case,
            MessageKind.REFUSAL,
            extra={"reason_code": reason_code, "reason_text": text},
            actor=actor,
        )
        repo.add_event(session, case, actor, EventKind.REFUSED, reason=reason_code)
        set_status(session, case, CaseStatus.REJECTED, actor)
        purge_id_copies(session, case, actor, "rejected")
        return Decision(case.ref or ref, case.status, outbound_ids=(row.id,))


# --- ending, reopening, notes, assignment -------------------------------------------------------

CLOSE_REASONS = ("not_a_request", "spam", "duplicate", "withdrawn")
NOTE_MAX_CHARS = 5_000


def close(app: App, ref: str, actor: str, reason: str, *, reply: bool = False) -> Decision:
    """End an open case that needs no answer on the merits: not a request about personal data
    (optionally with a short neutral note to the sender), spam (never a reply: no backscatter),
    a duplicate, or withdrawn. Kept ID copies go."""
    if reason not in CLOSE_REASONS:
        raise StaffError(f"unknown reason {reason!r}: one of {', '.join(CLOSE_REASONS)}")
    if reply and reason != "not_a_request":
        raise StaffError("only a mail that is not a request gets a note; spam gets nothing")
    with transaction(app.sessions) as session:
        case = _case(session, ref, open_only=True)
        outbound: tuple[int, ...] = ()
        if reply:
            row = app.replies.write(
                session, case, MessageKind.STAFF_REPLY, actor=actor, template="not_a_request"
            )
            outbound = (row.id,)
        repo.add_event(session, case, actor, EventKind.CLOSED, reason=reason, replied=reply)
        set_status(session, case, CaseStatus.CLOSED, actor)
        purge_id_copies(session, case, actor, "closed")
        return Decision(case.ref or ref, case.status, outbound_ids=outbound)


def reopen(app: App, ref: str, actor: str, reason: str) -> Decision:
    """Open a finished case again for a person to look at (the reason is kept as a note)."""
    reason = reason.strip()
    if not reason:
        raise StaffError("give the reason for reopening the case")
    with transaction(app.sessions) as session:
        case = _case(session, ref)
        if CaseStatus(case.status).is_open:
            raise StaffError(f"case {ref} is open ({case.status})")
        note = repo.add_note(session, case, actor, reason[:NOTE_MAX_CHARS])
        repo.add_event(session, case, actor, EventKind.REOPENED, note_id=note.id, was=case.status)
        set_status(session, case, CaseStatus.AWAITING_REVIEW, actor)
        return Decision(case.ref or ref, case.status)


def add_note(app: App, ref: str, actor: str, text: str) -> Decision:
    """An internal note on the case: for colleagues, never sent."""
    text = text.replace("\r\n", "\n").strip()
    if not text:
        raise StaffError("the note is empty")
    if len(text) > NOTE_MAX_CHARS:
        raise StaffError(f"the note is longer than {NOTE_MAX_CHARS:,} characters")
    with transaction(app.sessions) as session:
        case = _case(session, ref)
        note = repo.add_note(session, case, actor, text)
        repo.add_event(session, case, actor, EventKind.NOTE_ADDED, note_id=note.id)
        return Decision(case.ref or ref, case.status)


def assign(app: App, ref: str, actor: str, name: str) -> Decision:
    """Give the case to a console officer (by user name), or to nobody (an empty name)."""
    name = name.strip()
    with transaction(app.sessions) as session:
        case = _case(session, ref)
        if name:
            user = repo.user_by_name(session, name)
            if user is None or user.disabled or user.role != "officer":
                raise StaffError(f"{name} is not an officer of the console")
            name = user.name
        if case.assignee != name:
            repo.add_event(session, case, actor, EventKind.ASSIGNED, old=case.assignee, new=name)
            case.assignee = name
        return Decision(case.ref or ref, case.status)
