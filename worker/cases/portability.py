"""Art. 20: the data the person provided, as JSON and CSV in a sealed package; inside the access
package when access is asked too (worker/cases/package.py)."""

from __future__ import annotations

from worker.cases.package import deliver_package
from worker.cases.rights import RightContext, RightOutcome, handles, rights_done
from worker.domain import EventKind, RequestType


@handles(RequestType.PORTABILITY)
def portability(ctx: RightContext) -> RightOutcome:
    if in_access_package(ctx):  # one package, one password
        return RightOutcome(done=True, detail={"in_package": "access"})
    return deliver_package(ctx, access=False, portability=True)


def in_access_package(ctx: RightContext) -> bool:
    """Access is asked too, and its package carries (or will carry) portability."""
    case = ctx.case
    if RequestType.ACCESS.value not in case.request_types:
        return False
    if RequestType.ACCESS.value not in rights_done(case):
        return True
    return any(
        e.kind == EventKind.RIGHT_DONE
        and e.detail.get("right") == RequestType.ACCESS.value
        and e.detail.get("package") == "access-portability"
        for e in case.events
    )
