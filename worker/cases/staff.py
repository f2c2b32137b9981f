"""Staff decisions on a case, from the console or the command line. Each is an event in the
case's log with the staff member's name, and returns the work it unblocks (a `Decision`) for the
caller to hand to its `Jobs` after commit."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from worker.app import App
from worker.case_state import purge_id_copies, set_status
from worker.cases.rights import Reply, evidence_of, finish_if_done, rights_done
from worker.datamap import DataMapError, datamap_for
from worker.deadline import add_months
from worker.domain import CaseStatus, EventKind, Flag, IdStatus, MessageKind, Proof, RequestType
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


def approve(app: App, ref: str, staff: str, request_types: list[str] | None = None) -> Decision:
    """Go ahead with the case as read (or with `request_types` instead): the identity and the
    sender are taken as checked by this person."""
    with transaction(app.sessions) as session:
        case = _case(session, ref, open_only=True)
        actor = f"staff:{staff}"
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
        cleared = [f for f in case.flags if Flag(f).cleared_by_approval]
        case.flags = [f for f in case.flags if f not in cleared]
        if not IdStatus(case.id_status).is_ok:
            case.id_status = IdStatus.VERIFIED.value
            case.id_reasons = [*case.id_reasons, "identity confirmed by staff"]
        case.approved_by = staff
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


def rectify(app: App, ref: str, staff: str, changes: dict[str, str]) -> Decision:
    """Apply the corrections (`table.field` → new value) approved by a person, and tell the
    requester which fields were corrected (never the values)."""
    datamap = datamap_for(app.settings.sources)
    with transaction(app.sessions) as session:
        case = _case(session, ref, open_only=True)
        if RequestType.RECTIFICATION.value not in case.request_types:
            raise StaffError(f"case {ref} asks for no rectification")
        actor = f"staff:{staff}"
        # the person applying it approves it; the owner of the address must have confirmed
        evidence = replace(evidence_of(case), staff_approved=True)
        verdict = authorise(app.policy.proof.alternatives(RequestType.RECTIFICATION), evidence)
        if not verdict.allowed:
            raise StaffError(
                f"case {ref}: not yet ({verdict.describe()}); the requester is asked to confirm "
                "from their own mailbox first"
            )
        applied = []
        for target, value in changes.items():
            table, _, column = target.partition(".")
            if not table or not column:
                raise StaffError(f"{target!r}: write TABLE.FIELD=VALUE")
            try:
                report = datamap.rectify(case.requester_email, table, column, value)
            except DataMapError as exc:
                raise StaffError(f"{target}: {exc}") from None
            applied.append({"table": table, "field": column})
            repo.add_event(
                session,
                case,
                actor,
                EventKind.RECTIFIED,
                table=table,
                field=column,
                report=report,
                proof=verdict.describe(),
            )
        case.flags = [f for f in case.flags if f != Flag.RECTIFICATION_PENDING.value]
        case.proposed_rectification = {}
        reply = Reply(MessageKind.RESPONSE, "rectification_done", {"changes": applied})
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


def extend(app: App, ref: str, staff: str, reason: str = "") -> Decision:
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
        actor = f"staff:{staff}"
        reason = " ".join(reason.split())[:1000]
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


def write_to_requester(app: App, ref: str, staff: str, text: str) -> Decision:
    """A message a person wrote, sent to the requester in the case's thread (plain text, in the
    case's template frame: greeting, the reference, the signature)."""
    text = text.replace("\r\n", "\n").strip()
    if not text:
        raise StaffError("the message is empty")
    if len(text) > 20_000:
        raise StaffError("the message is longer than 20,000 characters")
    with transaction(app.sessions) as session:
        case = _case(session, ref)
        row = app.replies.write(
            session, case, MessageKind.STAFF_REPLY, extra={"text": text}, actor=f"staff:{staff}"
        )
        return Decision(case.ref or ref, case.status, outbound_ids=(row.id,))


REFUSAL_REASONS = ("manifestly_unfounded", "excessive", "identity_not_confirmed", "other")


def refuse(app: App, ref: str, staff: str, reason_code: str) -> Decision:
    """Refuse the request (art. 12(5): manifestly unfounded or excessive; 12(2)/(6): identity not
    confirmed): the refusal reply names the reason, the authority and the courts; the case ends
    as rejected."""
    if reason_code not in REFUSAL_REASONS:
        raise StaffError(f"unknown reason {reason_code!r}: one of {', '.join(REFUSAL_REASONS)}")
    with transaction(app.sessions) as session:
        case = _case(session, ref, open_only=True)
        actor = f"staff:{staff}"
        row = app.replies.write(
            session, case, MessageKind.REFUSAL, extra={"reason_code": reason_code}, actor=actor
        )
        repo.add_event(session, case, actor, EventKind.REFUSED, reason=reason_code)
        set_status(session, case, CaseStatus.REJECTED, actor)
        purge_id_copies(session, case, actor, "rejected")
        return Decision(case.ref or ref, case.status, outbound_ids=(row.id,))
