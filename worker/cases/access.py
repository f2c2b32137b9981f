"""Art. 15: the statutory information and a copy of every personal field found, as an
AES-256-sealed PDF report with a JSON export inside; with portability in the same package
when that is asked too (worker/cases/package.py)."""

from __future__ import annotations

from worker.cases.package import deliver_package, with_portability
from worker.cases.rights import RightContext, RightOutcome, handles
from worker.domain import RequestType


@handles(RequestType.ACCESS)
def access(ctx: RightContext) -> RightOutcome:
    return deliver_package(ctx, access=True, portability=with_portability(ctx))
