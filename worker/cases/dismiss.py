"""Staff dismiss a quarantined mail (console or command line): it leaves the quarantine and the
"needs us" queue, its disposition becomes `ignored` with the reason `dismissed`, and the sealed
original it kept for a replay goes (the mailbox's quarantine folder keeps the mail as received
until its retention). Who dismissed it and why stay on the row for staff; when the mail belongs
to a case, its log records the dismissal too."""

from __future__ import annotations

from worker.app import App
from worker.cases.staff import NOTE_MAX_CHARS, StaffError
from worker.domain import DispositionKind, EventKind, IgnoreReason
from worker.store import repo
from worker.store.db import transaction


def dismiss(app: App, inbound_id: int, actor: str, reason: str) -> str:
    """Dismiss quarantined mail `inbound_id`; returns its new disposition. LookupError when no
    such mail is in quarantine, StaffError without a reason."""
    reason = " ".join(reason.split())[:NOTE_MAX_CHARS]
    if not reason:
        raise StaffError("give the reason for dismissing the mail")
    with transaction(app.sessions) as session:
        row = repo.inbound_by_id(session, inbound_id)
        if row is None or row.disposition != DispositionKind.QUARANTINED.value:
            raise LookupError(inbound_id)
        was = row.reason
        row.disposition = DispositionKind.IGNORED.value
        row.reason = IgnoreReason.DISMISSED.value
        row.error = f"quarantined as {was}; dismissed by {actor}: {reason}"[:4000]
        row.raw = None  # kept only for a replay, which a dismissed mail will not get
        if row.case is not None:
            repo.add_event(
                session, row.case, actor, EventKind.QUARANTINE_DISMISSED, inbound_id=row.id, was=was
            )
        return row.disposition
