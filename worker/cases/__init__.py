"""The work done on an existing case: its rights (`rights.run_right` and one module per right),
staff decisions (`staff`), reply delivery (`delivery`) and the scheduler's housekeeping.

Synchronous functions over an `App`, each in its own transaction, that return the work their
commit unblocked (outbox ids, a case to start) instead of queueing it: the dramatiq actors in
handlers/ call them, and whoever else calls them hands that work to a `worker.jobs.Jobs`.

Importing the package registers every right function with `rights.run_right`.
"""

from worker.cases import (
    access,
    complaint,
    erasure,
    objection,
    opt_out,
    portability,
    rectification,
    restriction,
)

__all__ = [
    "access",
    "complaint",
    "erasure",
    "objection",
    "opt_out",
    "portability",
    "rectification",
    "restriction",
]
