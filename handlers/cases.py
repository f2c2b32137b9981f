"""A case ready for work: one job per right it asks for, each idempotent on its own."""

from __future__ import annotations

import dramatiq

from handlers.access import handle_access
from handlers.complaint import handle_complaint
from handlers.context import current_app
from handlers.erasure import handle_erasure
from handlers.objection import handle_objection
from handlers.opt_out import handle_opt_out
from handlers.portability import handle_portability
from handlers.rectification import handle_rectification
from handlers.restriction import handle_restriction
from handlers.rights import rights_done
from worker.app import App
from worker.domain import CaseStatus, RequestType
from worker.store import repo
from worker.store.db import transaction

ACTORS: dict[RequestType, dramatiq.Actor] = {
    RequestType.ACCESS: handle_access,
    RequestType.PORTABILITY: handle_portability,
    RequestType.ERASURE: handle_erasure,
    RequestType.MARKETING_OPT_OUT: handle_opt_out,
    RequestType.OBJECTION: handle_objection,
    RequestType.RESTRICTION: handle_restriction,
    RequestType.RECTIFICATION: handle_rectification,
    RequestType.COMPLAINT: handle_complaint,
}


def pending_rights(app: App, case_id: int) -> list[RequestType]:
    with transaction(app.sessions) as session:
        case = repo.case_by_id(session, case_id)
        if case is None or CaseStatus(case.status) is not CaseStatus.IN_PROGRESS:
            return []
        done = rights_done(case)
        return [RequestType(t) for t in case.request_types if t not in done]


@dramatiq.actor(queue_name="handlers", max_retries=10)
def start_case(case_id: int) -> None:
    """Queue the work of every right the case still needs (access before erasure)."""
    for right in pending_rights(current_app(), case_id):
        ACTORS[right].send(case_id)
