"""The dramatiq actors: each takes our own ids, calls the work in worker.cases, and queues the
deliveries that work returned. Their names are what Redis messages carry: keep them."""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable, Iterable
from functools import cache
from typing import ParamSpec

import dramatiq

from config.settings import process_settings
from handlers.broker import broker  # noqa: F401 - set before any actor here is declared
from worker.app import App, build_app
from worker.cases import delivery, moment
from worker.cases.housekeeping import housekeeping
from worker.cases.rights import run_right
from worker.domain import RequestType
from worker.peers import PeerUnavailable
from worker.transport import PermanentDeliveryError, TemporaryDeliveryError

log = logging.getLogger(__name__)
_P = ParamSpec("_P")


@cache
def current_app() -> App:
    """The App the actors work with, built once from this process's settings."""
    return build_app(process_settings())


def expected_failures(work: Callable[_P, None]) -> Callable[_P, None]:
    """A deferred delivery or a peer that is down is retried by dramatiq's Retries middleware
    like any failure, but as dramatiq.Retry: logged in one line (here, or by the delivery), not
    as an unhandled exception with its traceback."""

    @functools.wraps(work)
    def run(*args: _P.args, **kwargs: _P.kwargs) -> None:
        try:
            work(*args, **kwargs)
        except TemporaryDeliveryError as exc:
            raise dramatiq.Retry(str(exc)) from exc
        except PeerUnavailable as exc:
            log.warning("%s: %s; retried later", work.__name__, exc)
            raise dramatiq.Retry(str(exc)) from exc

    return run


ONE_MINUTE = 60_000
RETRY_POLICY = {
    # dramatiq waits factor·2^n (n = retries so far, jittered up to twice that) and, past the cap,
    # 50-100 % of max_backoff. Worst case (least jitter): 1+2+4+8+16+32 minutes, then 24 waits
    # of at least an hour: about 25 hours before the case is flagged; typically 35-40 hours.
    # tests/integration/test_smtp_delivery.py recomputes the bound from dramatiq's own numbers.
    "max_retries": 30,
    "min_backoff": ONE_MINUTE,
    "max_backoff": 120 * ONE_MINUTE,
}


@dramatiq.actor(queue_name="replies", max_retries=3)
@expected_failures
def reply_retries_exhausted(message_data: dict, retry_info: dict) -> None:  # noqa: ARG001
    """Called by dramatiq's Retries middleware when a delivery has failed for the last time."""
    (outbound_id,) = message_data["args"]
    delivery.give_up(current_app(), outbound_id)


@dramatiq.actor(
    queue_name="replies",
    throws=(PermanentDeliveryError,),
    on_retry_exhausted=reply_retries_exhausted.actor_name,
    **RETRY_POLICY,
)
@expected_failures
def deliver_reply(outbound_id: int) -> None:
    app = current_app()
    if delivery.deliver(app, outbound_id) in ("sent", "partially sent", "already sent"):
        _deliver(delivery.waiting_on(app, outbound_id))  # a package's password, after it


def _deliver(outbound_ids: Iterable[int]) -> None:
    for outbound_id in outbound_ids:
        deliver_reply.send(outbound_id)


@dramatiq.actor(queue_name="handlers", max_retries=3)
@expected_failures
def run_housekeeping() -> None:
    _deliver(housekeeping(current_app()).outbound_ids)


# One actor per right, each idempotent on its own.


@dramatiq.actor(queue_name="handlers", max_retries=10)
@expected_failures
def handle_access(case_id: int) -> None:
    _deliver(run_right(current_app(), case_id, RequestType.ACCESS))


@dramatiq.actor(queue_name="handlers", max_retries=10)
@expected_failures
def handle_portability(case_id: int) -> None:
    _deliver(run_right(current_app(), case_id, RequestType.PORTABILITY))


@dramatiq.actor(queue_name="handlers", max_retries=10)
@expected_failures
def handle_erasure(case_id: int) -> None:
    _deliver(run_right(current_app(), case_id, RequestType.ERASURE))


@dramatiq.actor(queue_name="handlers", max_retries=10)
@expected_failures
def handle_opt_out(case_id: int) -> None:
    _deliver(run_right(current_app(), case_id, RequestType.MARKETING_OPT_OUT))


@dramatiq.actor(queue_name="handlers", max_retries=10)
@expected_failures
def handle_objection(case_id: int) -> None:
    _deliver(run_right(current_app(), case_id, RequestType.OBJECTION))


@dramatiq.actor(queue_name="handlers", max_retries=10)
@expected_failures
def handle_restriction(case_id: int) -> None:
    _deliver(run_right(current_app(), case_id, RequestType.RESTRICTION))


@dramatiq.actor(queue_name="handlers", max_retries=10)
@expected_failures
def handle_rectification(case_id: int) -> None:
    _deliver(run_right(current_app(), case_id, RequestType.RECTIFICATION))


@dramatiq.actor(queue_name="handlers", max_retries=10)
@expected_failures
def handle_complaint(case_id: int) -> None:
    _deliver(run_right(current_app(), case_id, RequestType.COMPLAINT))


RIGHT_ACTORS: dict[RequestType, dramatiq.Actor] = {
    RequestType.ACCESS: handle_access,
    RequestType.PORTABILITY: handle_portability,
    RequestType.ERASURE: handle_erasure,
    RequestType.MARKETING_OPT_OUT: handle_opt_out,
    RequestType.OBJECTION: handle_objection,
    RequestType.RESTRICTION: handle_restriction,
    RequestType.RECTIFICATION: handle_rectification,
    RequestType.COMPLAINT: handle_complaint,
}


@dramatiq.actor(queue_name="handlers", max_retries=10)
@expected_failures
def start_case(case_id: int) -> None:
    """The work of every right the case still needs, one after the other (those needing no proof
    first, access before erasure), then what it would send at once as one mail
    (worker/cases/moment.py)."""
    moment.start(current_app(), case_id, _deliver)
