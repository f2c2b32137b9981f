"""The staff console as an ASGI application (Starlette; served by uvicorn in `gdpr-worker web`).

Pages: the cases (those waiting for a person first), one case with its log, the quarantine; and
the same data as JSON under /api/ in the shapes of INTERFACE.md. Actions, each a POST with
the console's form token: approve a case held for review (optionally with the request types a
person read), extend a case's deadline once by two months (GDPR art. 12(3); the requester gets
the extension notice with the reason), write to the requester in the case's thread, refuse a
request with one of the reasons of art. 12, and replay a quarantined mail.

Nothing from a mail is ever rendered as HTML: every value goes through Jinja2's autoescaping,
and the Content-Security-Policy allows no script at all. Pages carry personal data: no caching,
no referrer. The console listens on loopback unless told otherwise; it has no login of its own,
so anything wider belongs behind the company's authenticating proxy.
"""

from __future__ import annotations

import hmac
import secrets
import threading
from collections.abc import Callable
from datetime import date
from typing import Any
from urllib.parse import parse_qs, quote

from jinja2 import Environment, PackageLoader, select_autoescape
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.routing import Route

from worker.app import App
from worker.cases.staff import StaffError, approve, extend, refuse, write_to_requester
from worker.deadline import days_left, today_at
from worker.domain import CaseStatus
from worker.jobs import Jobs
from worker.runner import replay
from worker.store import repo
from worker.store.db import transaction
from worker.views import case_object, message_object, quarantine_object

DUE_SOON_DAYS = 7  # the cases page marks open cases whose deadline is this close

SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; "
        "frame-ancestors 'none'; base-uri 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
}


def make_console(app: App, staff: str, token: str | None = None, *, jobs: Jobs) -> Starlette:
    """The console over `app`; `staff`: the name decisions are recorded under when the form
    gives none; `token`: the forms' token (a random one by default); `jobs`: where the work a
    decision unblocks goes."""
    token = token or secrets.token_urlsafe(32)
    pages = Environment(
        loader=PackageLoader("templates", "console"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
        auto_reload=False,
    )
    one_at_a_time = threading.Lock()  # one staff action's jobs at a time in this process

    def page(name: str, status: int = 200, **context: Any) -> HTMLResponse:
        html = pages.get_template(f"{name}.html.j2").render(token=token, **context)
        return HTMLResponse(html, status_code=status, headers=SECURITY_HEADERS)

    def data(value: Any, status: int = 200) -> JSONResponse:
        return JSONResponse(value, status_code=status, headers=SECURITY_HEADERS)

    async def form(request: Request) -> dict[str, str] | None:
        """The POSTed form, or None when its token is not ours (a forged request)."""
        body = (await request.body())[:65536].decode("utf-8", "replace")
        fields = {k: v[0] for k, v in parse_qs(body).items()}
        ok = hmac.compare_digest(fields.get("token", ""), token)
        return fields if ok else None

    def all_cases() -> list[dict[str, Any]]:
        with transaction(app.sessions) as session:
            cases = [case_object(c) for c in repo.list_cases(session)]
        # those waiting for a person first, the nearest deadline first
        return sorted(cases, key=lambda c: (not c["flagged"], c["deadline"], c["ref"]))

    def one_case(ref: str) -> tuple[dict[str, Any], list[dict[str, Any]]] | None:
        with transaction(app.sessions) as session:
            case = repo.case_by_ref(session, ref)
            if case is None:
                return None
            events = [
                {"at": e.at.isoformat(timespec="seconds"), "actor": e.actor, "kind": e.kind,
                 "detail": e.detail}
                for e in case.events
            ]  # fmt: skip
            return case_object(case), events

    def quarantined() -> list[dict[str, Any]]:
        with transaction(app.sessions) as session:
            return [quarantine_object(m) for m in repo.list_quarantined(session)]

    # --- pages ----------------------------------------------------------------------------------

    def cases_page(request: Request) -> Response:
        today = today_at(app.policy.deadline.timezone)
        rows = [(c, _days_left(c, today)) for c in all_cases()]
        # open cases first: those waiting for a person, then the nearest deadline
        rows.sort(key=lambda r: (r[1] is None, not r[0]["flagged"], r[0]["deadline"], r[0]["ref"]))
        open_days = [d for _, d in rows if d is not None]
        return page(
            "cases",
            rows=rows,
            overdue=sum(d < 0 for d in open_days),
            due_soon=sum(0 <= d <= DUE_SOON_DAYS for d in open_days),
            due_soon_days=DUE_SOON_DAYS,
            flagged=sum(c["flagged"] for c, _ in rows),
            quarantined=len(quarantined()),
            notice=request.query_params.get("notice", ""),
        )

    def case_page(request: Request) -> Response:
        found = one_case(request.path_params["ref"])
        if found is None:
            return page("missing", status=404, what=f"case {request.path_params['ref']}")
        case, events = found
        # the reading is the trained model's guess: staff confirm or correct the request types
        kinds = [e["kind"] for e in events]
        guessed = "approved" not in kinds and any(
            e["kind"] == "case_opened" and e["detail"].get("guessed") for e in events
        )
        notice = request.query_params.get("notice", "")
        return page("case", case=case, events=events, guessed=guessed, notice=notice)

    def quarantine_page(request: Request) -> Response:
        return page("quarantine", rows=quarantined(), notice=request.query_params.get("notice", ""))

    # --- actions --------------------------------------------------------------------------------

    def case_action(decide: Callable[[App, str, str, dict[str, str]], Any], done: str):
        """A POSTed staff decision on a case: `decide(app, ref, staff, fields)` (a function of
        worker.cases.staff), its work handed to `jobs`, and back to the case with what happened."""

        async def endpoint(request: Request) -> Response:
            fields = await form(request)
            if fields is None:
                return page("missing", status=403, what="a valid form token")
            ref = request.path_params["ref"]
            by = fields.get("by", "").strip() or staff

            def run() -> str:
                with one_at_a_time:
                    try:
                        decision = decide(app, ref, by, fields)
                    except StaffError as exc:
                        return f"not done: {exc}"
                    jobs.after_commit(decision.outbound_ids, decision.ready_case_id)
                return f"{done}; the case is {decision.status}"

            notice = await run_in_threadpool(run)
            return RedirectResponse(f"/cases/{quote(ref)}?notice={quote(notice)}", status_code=303)

        return endpoint

    async def replay_action(request: Request) -> Response:
        if await form(request) is None:
            return page("missing", status=403, what="a valid form token")
        inbound_id = int(request.path_params["id"])
        notice = await run_in_threadpool(_replay, app, jobs, one_at_a_time, inbound_id)
        return RedirectResponse(f"/quarantine?notice={quote(notice)}", status_code=303)

    # --- JSON -----------------------------------------------------------------------------------

    def api_cases(request: Request) -> Response:
        return data(all_cases())

    def api_case(request: Request) -> Response:
        found = one_case(request.path_params["ref"])
        return data(found[0]) if found else data({"error": "no such case"}, status=404)

    def api_messages(request: Request) -> Response:
        with transaction(app.sessions) as session:
            return data([message_object(m) for m in repo.list_inbound(session)])

    def api_quarantine(request: Request) -> Response:
        return data(quarantined())

    return Starlette(
        routes=[
            Route("/", cases_page),
            Route("/cases", cases_page),
            Route("/cases/{ref}", case_page),
            Route("/cases/{ref}/approve", case_action(_approve, "approved"), methods=["POST"]),
            Route(
                "/cases/{ref}/extend",
                case_action(_extend, "deadline extended, the requester is told why"),
                methods=["POST"],
            ),
            Route("/cases/{ref}/reply", case_action(_reply, "message sent"), methods=["POST"]),
            Route("/cases/{ref}/refuse", case_action(_refuse, "refused"), methods=["POST"]),
            Route("/quarantine", quarantine_page),
            Route("/quarantine/{id:int}/replay", replay_action, methods=["POST"]),
            Route("/api/cases", api_cases),
            Route("/api/cases/{ref}", api_case),
            Route("/api/messages", api_messages),
            Route("/api/quarantine", api_quarantine),
        ]
    )


def _approve(app: App, ref: str, by: str, fields: dict[str, str]):  # noqa: ANN202
    types = [t.strip() for t in fields.get("types", "").split(",") if t.strip()] or None
    return approve(app, ref, by, types)


def _extend(app: App, ref: str, by: str, fields: dict[str, str]):  # noqa: ANN202
    return extend(app, ref, by, fields.get("reason", ""))


def _reply(app: App, ref: str, by: str, fields: dict[str, str]):  # noqa: ANN202
    return write_to_requester(app, ref, by, fields.get("text", ""))


def _refuse(app: App, ref: str, by: str, fields: dict[str, str]):  # noqa: ANN202
    return refuse(app, ref, by, fields.get("reason", ""))


def _replay(app: App, jobs: Jobs, one_at_a_time: threading.Lock, inbound_id: int) -> str:
    with one_at_a_time:
        try:
            (outcome,) = replay(app, jobs, [inbound_id])
        except LookupError:
            return f"no quarantined message {inbound_id}"
    return f"message {inbound_id}: {outcome.disposition.value} {outcome.reason}".strip()


def _days_left(case: dict[str, Any], today: date) -> int | None:
    """Days until an open case's deadline (negative: overdue); None for a finished case."""
    if not CaseStatus(case["status"]).is_open:
        return None
    return days_left(date.fromisoformat(case["deadline"]), today)
