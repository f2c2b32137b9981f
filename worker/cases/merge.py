"""Merging a duplicate case into another (staff, console or command line): the duplicate's
thread (its mails in and out, with their attachments) moves to the other case, the duplicate is
closed as a duplicate pointing to it, and nobody is written to. The reason is kept as an
internal note on both cases; each log records its side."""

from __future__ import annotations

from sqlalchemy import update

from worker.app import App
from worker.case_state import set_status
from worker.cases.staff import NOTE_MAX_CHARS, Decision, StaffError, _case
from worker.domain import CaseStatus, EventKind, data_subject_of
from worker.store import repo
from worker.store.db import transaction
from worker.store.models import Case, InboundMessage, OutboundMessage


def not_mergeable(source: Case, target: Case) -> str:
    """Why `source` cannot join `target` ("" when it can): a duplicate is the same person's
    request twice, asking for nothing the other case does not. Another sender's mail would show
    (and be exported) on a case not theirs, and two data subjects' requests (a representative's
    two clients) would become one."""
    if source.requester_email.strip().lower() != target.requester_email.strip().lower():
        return (
            f"case {source.ref} has another requester than {target.ref}: only a duplicate from "
            "the same address is merged (answer or close each case on its own)"
        )
    mine = data_subject_of(source.framing, source.requester_email, source.requester_name)
    theirs = data_subject_of(target.framing, target.requester_email, target.requester_name)
    if (mine.email, mine.is_sender) != (theirs.email, theirs.is_sender) or (
        not mine.is_sender and mine.name.casefold() != theirs.name.casefold()
    ):
        return f"case {source.ref} is about another data subject than {target.ref}"
    lost = [t for t in source.request_types if t not in target.request_types]
    if lost:
        # merged, the duplicate's request would be answered by nobody; moved over silently, it
        # would ride on the other case's proofs: staff correct the other case's reading first
        return (
            f"case {source.ref} asks for {', '.join(lost)}, which {target.ref} does not: "
            f"correct the reading of {target.ref} first (cases correct), or answer each case"
        )
    return ""


def merge(app: App, ref: str, into_ref: str, actor: str, reason: str) -> Decision:
    """Merge the open case `ref` into the case `into_ref` (open, not itself)."""
    reason = reason.replace("\r\n", "\n").strip()[:NOTE_MAX_CHARS]
    if not reason:
        raise StaffError("give the reason for the merge")
    with transaction(app.sessions) as session:
        source = _case(session, ref, open_only=True)
        target = _case(session, into_ref)
        if target.id == source.id:
            raise StaffError(f"case {source.ref} cannot be merged into itself")
        if not CaseStatus(target.status).is_open:
            raise StaffError(f"case {target.ref} is {target.status}: merge into an open case")
        refused = not_mergeable(source, target)
        if refused:
            raise StaffError(refused)
        inbound = [m.id for m in source.inbound]
        outbound = [m.id for m in source.outbound]
        if inbound:
            session.execute(
                update(InboundMessage)
                .where(InboundMessage.id.in_(inbound))
                .values(case_id=target.id)
            )
        if outbound:
            session.execute(
                update(OutboundMessage)
                .where(OutboundMessage.id.in_(outbound))
                .values(case_id=target.id)
            )
        # the law counts from the first receipt: the duplicate's earlier deadline is kept
        deadline: dict[str, str] = {}
        if source.deadline < target.deadline:
            deadline = {"old": target.deadline.isoformat(), "new": source.deadline.isoformat()}
            target.deadline = source.deadline
            framing = dict(target.framing or {})
            if (source.framing or {}).get("first_received"):
                framing["first_received"] = source.framing["first_received"]
            target.framing = framing
        source_note = repo.add_note(session, source, actor, reason)
        target_note = repo.add_note(session, target, actor, reason)
        source.framing = {**(source.framing or {}), "merged_into": target.ref}
        source.confirmation_hash = ""  # a code of the duplicate confirms nothing any more
        repo.add_event(
            session,
            source,
            actor,
            EventKind.MERGED_INTO,
            into=target.ref,
            inbound_ids=inbound,
            outbound_ids=outbound,
            note_id=source_note.id,
        )
        repo.add_event(
            session,
            target,
            actor,
            EventKind.MERGED_FROM,
            source=source.ref,
            request_types=list(source.request_types),
            inbound_ids=inbound,
            outbound_ids=outbound,
            note_id=target_note.id,
            **({"deadline": deadline} if deadline else {}),
        )
        repo.add_event(session, source, actor, EventKind.CLOSED, reason="duplicate", replied=False)
        set_status(session, source, CaseStatus.CLOSED, actor)
        session.flush()
        session.expire(source)
        session.expire(target)
        return Decision(source.ref or ref, CaseStatus.CLOSED.value)
