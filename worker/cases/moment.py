"""One mail per moment: a case's work, started, and what it would send at once, as one mail.

Intake writes its acknowledgement and, when the case may start at once, leaves it undelivered:
`start` runs every right the case still needs (those that need no proof first), one after the
other, then `bundle` folds the replies they wrote together with the acknowledgement into one
message (worker/bundle.py), and returns what is to be delivered. The acknowledgement is left
out altogether when every right of the case was done in that moment (an opt-out: only its
confirmation goes). A reply that waits on another (a package's password) or carries a second
attachment stays apart, and so does what a person wrote or decided (a staff reply, a refusal, an
extension notice). The log records what was merged (`replies_bundled`)."""

from __future__ import annotations

import logging
from collections.abc import Callable

from sqlalchemy.orm import Session

from worker.app import App
from worker.bundle import Part, merge_bodies, primary_index
from worker.cases.delivery import SMS
from worker.cases.rights import pending_rights, rights_done, run_right
from worker.domain import CaseStatus, EventKind, MessageKind, OutboxStatus
from worker.store import repo
from worker.store.db import transaction
from worker.store.models import Case, OutboundMessage

log = logging.getLogger(__name__)


def start(app: App, case_id: int, deliver: Callable[[list[int]], None]) -> None:
    """Run the case's pending rights, then bundle this moment's replies and hand every pending
    reply of the case to `deliver`. A right that raises does not hold the rest back: what was
    written (the acknowledgement at least) is still delivered, and the error goes on to the
    queue, which tries the start again."""
    try:
        for right in pending_rights(app, case_id):
            run_right(app, case_id, right)
    finally:
        deliver(bundle(app, case_id))


def bundle(app: App, case_id: int) -> list[int]:
    """Fold the case's replies not yet tried into one mail (see the module doc); the ids of the
    case's pending replies, to deliver."""
    with transaction(app.sessions) as session:
        case = repo.case_for_update(session, case_id)
        if case is None:
            return []
        pending = repo.untried_outbound_for_update(session, case_id)
        mergeable = [
            r
            for r in pending
            if not r.to_addr.startswith(SMS)
            and r.to_addr == case.requester_email
            and r.after_id is None
            # what a person wrote or decided goes as they wrote it, without Auto-Submitted
            and not MessageKind(r.kind).decided_by_a_person
        ]
        with_file = [r for r in mergeable if r.attachment_name]
        mergeable = [r for r in mergeable if not r.attachment_name or r is with_file[0]]
        done = set(case.request_types) <= rights_done(case) or CaseStatus(case.status) in (
            CaseStatus.COMPLETED,
        )
        acks = [r for r in mergeable if r.kind == MessageKind.ACKNOWLEDGEMENT.value]
        others = [r for r in mergeable if r.kind != MessageKind.ACKNOWLEDGEMENT.value]
        dropped: list[OutboundMessage] = []
        if done and acks and others:
            dropped, mergeable = acks, others  # the answers say all the acknowledgement would
        if len(mergeable) > 1 or dropped:
            _fold(session, case, mergeable, dropped)
        return [r.id for r in case.outbound if r.status == OutboxStatus.PENDING.value]


def _fold(
    session: Session, case: Case, rows: list[OutboundMessage], dropped: list[OutboundMessage]
) -> None:
    rows = sorted(rows, key=lambda r: r.id)
    parts = [Part(MessageKind(r.kind), r.subject, r.body) for r in rows]
    primary = rows[primary_index(parts)]
    primary.body = merge_bodies([r.body for r in rows], case.ref or "")
    primary.sensitive = any(r.sensitive for r in rows)
    for row in rows:
        if row is not primary and row.attachment_name:
            primary.attachment_name, primary.attachment = row.attachment_name, row.attachment
    gone = [r for r in [*rows, *dropped] if r is not primary]
    for row in case.outbound:
        if row.after_id in {g.id for g in gone}:
            row.after_id = primary.id
    repo.add_event(
        session,
        case,
        "system",
        EventKind.REPLIES_BUNDLED,
        into=primary.id,
        merged=[r.id for r in rows if r is not primary],
        left_out=[r.id for r in dropped],
        kinds=[r.kind for r in rows],
    )
    for row in gone:
        session.delete(row)
    session.flush()
    session.expire(case, ["outbound"])
    log.info("case %s: %d replies as one mail", case.ref, len(rows))
