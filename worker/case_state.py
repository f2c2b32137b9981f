"""One place per change of a case's state, each writing its event: the status moves
(`set_status`), the ID copies kept for a person go (`purge_id_copies`), a flag is raised for staff
(`add_flags`). Intake, the rights, staff decisions and housekeeping all change a case through
these."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from worker.domain import CaseStatus, EventKind, Flag
from worker.store import repo
from worker.store.models import Case


def set_status(session: Session, case: Case, status: CaseStatus, actor: str) -> None:
    """The case's status, and a status_changed event when it changes."""
    if case.status != status.value:
        repo.add_event(
            session, case, actor, EventKind.STATUS_CHANGED, old=case.status, new=status.value
        )
        case.status = status.value


def add_flags(case: Case, *flags: Flag) -> None:
    """Raise `flags` on the case for staff, each once, after those it has."""
    new = [f.value for f in dict.fromkeys(flags) if f.value not in case.flags]
    if new:
        case.flags = [*case.flags, *new]


def purge_id_copies(
    session: Session,
    case: Case,
    actor: str,
    reason: str,
    *,
    before_inbound_id: int | None = None,
    also_deleted: int = 0,
    **detail: Any,
) -> int:
    """Delete the content of the case's kept ID copies (only those of mails before
    `before_inbound_id`, when given); returns how many. The id_copy_deleted event counts them with
    `also_deleted` (copies never kept), and is written when any went, or always with `detail`."""
    purged = repo.purge_id_copies(session, case.id, before_inbound_id=before_inbound_id)
    copies = purged + also_deleted
    if copies or detail:
        repo.add_event(
            session, case, actor, EventKind.ID_COPY_DELETED, copies=copies, reason=reason, **detail
        )
    return purged
