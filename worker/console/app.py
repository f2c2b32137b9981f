"""The staff console as an ASGI application (Starlette; served by uvicorn in `gdpr-worker web`).

Who may come in is decided before any page (guard.py: Host allow-list, same-origin actions,
bounded bodies; gate.py: a login session or an authenticating proxy's user, officers act,
viewers read, every action with the session's form token). Pages: the cases (open ones first),
one case with its thread and log, the quarantine; the same data as JSON under /api/ in the
shapes of INTERFACE.md. Actions, each a POST recorded under the signed-in staff member: approve
a case held for review (optionally with the request types a person read), extend a case's
deadline once (GDPR art. 12(3), with the reason), write to the requester in the case's thread,
refuse a request with one of the reasons of art. 12, and replay a quarantined mail.

Nothing from a mail is ever rendered as HTML: every value goes through Jinja2's autoescaping,
and the Content-Security-Policy allows no script at all. Pages carry personal data: no caching,
no referrer. Messages after an action are fixed texts chosen by a code, never text from the URL.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any
from urllib.parse import quote

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import JSONResponse, RedirectResponse, Response
from starlette.routing import Route

from worker.app import App
from worker.cases.staff import (
    StaffError,
    add_note,
    approve,
    assign,
    close,
    extend,
    refuse,
    reopen,
    write_to_requester,
)
from worker.console.auth import LoginRefused, SessionPolicy, Sessions
from worker.console.confirm import NotReady, preview
from worker.console.gate import Door, FormError, StaffGate, parse_form, session_cookie
from worker.console.guard import SECURITY_HEADERS, BodyTooLarge, RequestGuard, refusal
from worker.console.pages import Pages
from worker.console.queue import DUE_SOON_DAYS, VIEW_TITLES, Criteria, page_of, queue_rows
from worker.console.release import release_routes
from worker.console.users import Staff
from worker.deadline import days_left, today_at
from worker.domain import CaseStatus, DispositionKind, EventKind, Flag, RequestType
from worker.jobs import Jobs
from worker.runner import replay
from worker.store import repo
from worker.store.db import transaction
from worker.views import (
    case_object,
    message_object,
    quarantine_object,
    show_object,
    thread_messages,
)

# What a page says after an action: fixed texts, chosen by the code in ?done=.
DONE = {
    "approved": "Approved: the case goes ahead.",
    "released": "Package released: it goes out now, its password after it.",
    "extended": "Deadline extended; the requester is told why.",
    "replied": "Your message is on its way to the requester.",
    "refused": "Refused; the requester is told why.",
    "closed": "The case is closed.",
    "reopened": "The case is open again, waiting for review.",
    "noted": "Your note is on the case.",
    "assigned": "The case's assignee is set.",
    "corrected": "The reading is corrected; the case follows it (not approved).",
    "subject-set": "The data subject is set.",
    "lift-announced": "The requester is told; the restriction is lifted once the notice is "
    "delivered.",
    "merged": "Merged: this duplicate is closed, its mails are on the other case.",
    **{
        f"replayed-{d.value}": f"Replayed: the mail is now {d.value.replace('_', ' ')}."
        for d in DispositionKind
    },
    "replay-missing": "There is no such mail in quarantine.",
    "dismissed": "Dismissed: the mail is no longer in quarantine (ignored, dismissed).",
}


@dataclass
class Console:
    app: App
    pages: Pages
    sessions: Sessions
    door: Door
    jobs: Jobs  # where the work a decision unblocks goes
    one_at_a_time: threading.Lock  # one staff action's jobs at a time in this process


def make_console(app: App, *, jobs: Jobs) -> Starlette:
    """The console over `app`, configured by its settings (GDPR_CONSOLE_*); `jobs`: where the
    work a decision unblocks goes."""
    settings = app.settings
    console = Console(
        app=app,
        pages=Pages(app.policy.deadline.timezone),
        sessions=Sessions(app.sessions, SessionPolicy.from_settings(settings)),
        door=Door(
            mode=settings.console_auth,
            user_header=settings.console_user_header,
            proxies=settings.console_proxy_networks,
        ),
        jobs=jobs,
        one_at_a_time=threading.Lock(),
    )
    web = Starlette(
        routes=[
            Route("/login", login_page),
            Route("/login", log_in, methods=["POST"]),
            Route("/logout", log_out, methods=["POST"]),
            Route("/", cases_page),
            Route("/cases", cases_page),
            Route("/cases/{ref}", case_page),
            *(
                Route(f"/cases/{{ref}}/{name}", case_action(name, decide, done), methods=["POST"])
                for name, (decide, done) in _decisions().items()
            ),
            Route("/cases/{ref}/export", export_action, methods=["POST"]),
            Route("/cases/{ref}/id-copies/{id:int}", id_copy),
            *release_routes(),
            Route("/quarantine", quarantine_page),
            Route("/quarantine/{id:int}/replay", replay_action, methods=["POST"]),
            Route("/quarantine/{id:int}/dismiss", dismiss_action, methods=["POST"]),
            Route("/api/cases", api_cases),
            Route("/api/cases/{ref}", api_case),
            Route("/api/messages", api_messages),
            Route("/api/quarantine", api_quarantine),
        ],
        middleware=[
            Middleware(
                RequestGuard,
                hosts=settings.console_allowed_hosts,
                max_body=settings.console_max_body_bytes,
            ),
            Middleware(StaffGate, sessions=console.sessions, door=console.door),
        ],
        exception_handlers={BodyTooLarge: _too_large, 404: _not_found, 405: _not_allowed},
    )
    web.state.console = console
    return web


def _console(request: Request) -> Console:
    return request.app.state.console


def _staff(request: Request) -> Staff:
    return request.scope["gdpr.staff"]


def _form(request: Request) -> dict[str, str]:
    return request.scope.get("gdpr.form", {})


def _data(value: Any, status: int = 200) -> JSONResponse:
    return JSONResponse(value, status_code=status, headers=SECURITY_HEADERS)


async def _too_large(request: Request, exc: Exception) -> Response:
    return refusal(413, "The request body is too large.")


async def _not_found(request: Request, exc: Exception) -> Response:
    if request.url.path.startswith("/api/"):
        return _data({"error": "not found"}, status=404)
    return _console(request).pages.render(request, "missing", status=404, what="such page")


async def _not_allowed(request: Request, exc: Exception) -> Response:
    return refusal(405, "Method not allowed.")


# --- logging in and out ---------------------------------------------------------------------------


async def login_page(request: Request) -> Response:
    console = _console(request)
    return console.pages.render(request, "login", proxy=console.door.mode == "proxy")


async def log_in(request: Request) -> Response:
    console = _console(request)
    if console.door.mode == "proxy":
        return refusal(403, "This console is signed into through the company's single sign-on.")
    try:
        form = parse_form(await request.body(), request.headers.get("content-type", ""))
    except FormError as exc:
        return refusal(415, f"{exc}.")
    name, password = form.get("username", "").strip(), form.get("password", "")
    try:
        signed = await run_in_threadpool(
            console.sessions.log_in, name, password, request.scope["gdpr.client"]
        )
    except LoginRefused as exc:
        return console.pages.render(
            request,
            "login",
            status=429 if exc.locked else 401,
            proxy=False,
            username=name,
            error=(
                "Too many failed logins: wait a quarter of an hour, or ask an administrator."
                if exc.locked
                else "Wrong name or password."
            ),
        )
    response = RedirectResponse("/cases", status_code=303, headers=SECURITY_HEADERS)
    secure = console.door.secure(request.scope, request.headers)
    max_age = int(console.sessions.policy.lifetime.total_seconds())
    response.headers.append(
        "set-cookie",
        session_cookie(request.scope["gdpr.cookie"], signed.token, secure=secure, max_age=max_age),
    )
    return response


async def log_out(request: Request) -> Response:
    console = _console(request)
    await run_in_threadpool(console.sessions.log_out, request.scope["gdpr.session"])
    response = RedirectResponse("/login", status_code=303, headers=SECURITY_HEADERS)
    secure = console.door.secure(request.scope, request.headers)
    response.headers.append(
        "set-cookie", session_cookie(request.scope["gdpr.cookie"], "", secure=secure, max_age=0)
    )
    return response


# --- reading --------------------------------------------------------------------------------------


def _all_cases(app: App) -> list[dict[str, Any]]:
    with transaction(app.sessions) as session:
        return [case_object(c) for c in repo.list_cases(session)]


UNCONFIRMED = {"note", "assign"}  # decisions that change nothing for the requester


def _queue_cases(app: App) -> list[dict[str, Any]]:
    """The case objects, with whom each is assigned to (the console's own, not in the JSON)."""
    with transaction(app.sessions) as session:
        return [{**case_object(c), "assignee": c.assignee} for c in repo.list_cases(session)]


def _subject_proof(app: App, case: Any) -> dict[str, Any]:  # noqa: ANN401 (a Case row)
    """For a case about another person than the sender: whether the data subject confirmed from
    their own address, and why its changes wait when their address is unknown."""
    from worker.cases.rights import confirmation_actions, subject_confirmed, subject_of
    from worker.proof import NEEDS_SUBJECT_ADDRESS

    subject = subject_of(case)
    if subject.is_sender:
        return {}
    out: dict[str, Any] = {"subject_confirmed": subject_confirmed(case)}
    if not subject.email and confirmation_actions(app, case):
        out["subject_waiting"] = NEEDS_SUBJECT_ADDRESS
    return out


def _one_case(app: App, ref: str) -> tuple[dict[str, Any], dict[str, Any]] | None:
    """The case object of `cases show`, and what the case page shows besides."""
    with transaction(app.sessions) as session:
        case = repo.case_by_ref(session, ref)
        if case is None:
            return None
        kinds = [e.kind for e in case.events]
        from worker.cases.restriction_lift import lift_state

        extra = {
            "restriction": lift_state(case),
            "thread": thread_messages(case),
            "proposed_rectification": dict(case.proposed_rectification or {}),
            # the reading is the trained model's guess: staff confirm or correct the types
            "guessed": "approved" not in kinds
            and any(e.kind == "case_opened" and e.detail.get("guessed") for e in case.events),
            "confidence": case.confidence,
            # what the letter says (staff's own settings are shown apart)
            "framing": {
                k: v
                for k, v in (case.framing or {}).items()
                if k not in ("data_subject", "first_received", "merged_into")
            },
            # what has been proven about the person behind the request (worker/proof.py)
            "proof": {
                "sender_authenticated": case.sender_authenticated,
                "mailbox_confirmed_at": case.mailbox_confirmed_at.isoformat(timespec="seconds")
                if case.mailbox_confirmed_at
                else "",
                "approved_by": case.approved_by,
                "wrong_codes": case.confirmation_wrong_tries,
                **_subject_proof(app, case),
            },
            "assignee": case.assignee,
            "notes": [
                {
                    "at": n.created_at.isoformat(timespec="seconds"),
                    "author": n.author,
                    "text": n.text,
                }
                for n in case.notes
            ],
            # in this session: a second one would wait for the pool's only SQLite connection
            "officers": [
                u.name for u in repo.list_users(session) if u.role == "officer" and not u.disabled
            ],
        }
        return show_object(case), extra


def _quarantined(app: App) -> list[dict[str, Any]]:
    with transaction(app.sessions) as session:
        return [quarantine_object(m) for m in repo.list_quarantined(session)]


async def cases_page(request: Request) -> Response:
    """The queue: open cases, those that need us first; views, filters, search and pages."""
    console = _console(request)
    app = console.app
    today = today_at(app.policy.deadline.timezone)
    cases = await run_in_threadpool(_queue_cases, app)
    criteria = Criteria.from_query(request.query_params)
    days = {c["ref"]: _days_left(c, today) for c in cases}
    rows, counts = queue_rows(cases, days, criteria)
    shown, pages = page_of(rows, criteria.page)
    open_days = [d for d in days.values() if d is not None]
    return console.pages.render(
        request,
        "cases",
        rows=shown,
        matched=len(rows),
        pages=pages,
        criteria=criteria,
        counts=counts,
        views=VIEW_TITLES,
        overdue=sum(d < 0 for d in open_days),
        due_soon=sum(0 <= d <= DUE_SOON_DAYS for d in open_days),
        due_soon_days=DUE_SOON_DAYS,
        quarantined=len(await run_in_threadpool(_quarantined, app)),
        statuses=[s.value for s in CaseStatus],
        types=[t.value for t in RequestType],
        flags=sorted({f for c in cases for f in c["flags"]} | {f.value for f in Flag}),
        languages=sorted({c["language"] for c in cases}),
        assignees=sorted({c["assignee"] for c in cases if c["assignee"]}),
        notice=DONE.get(request.query_params.get("done", ""), ""),
    )


async def case_page(request: Request, error: str = "", status: int = 200) -> Response:
    console = _console(request)
    ref = request.path_params["ref"]
    found = await run_in_threadpool(_one_case, console.app, ref)
    if found is None:
        return console.pages.render(request, "missing", status=404, what=f"case {ref}")
    case, extra = found
    return console.pages.render(
        request,
        "case",
        status=status,
        case=case,
        **extra,
        notice=DONE.get(request.query_params.get("done", ""), ""),
        error=error,
    )


# What a browser shows by itself, in its own sandboxed renderer; this process decodes nothing.
VIEWABLE = {"image/jpeg": "jpg", "image/png": "png", "application/pdf": "pdf"}


async def id_copy(request: Request) -> Response:
    """A kept ID copy, decrypted in memory for an officer, never cached; the look is logged."""
    console = _console(request)
    staff = _staff(request)
    if not staff.role.may_act:
        return refusal(403, "Only an officer sees ID copies.")
    ref, attachment_id = request.path_params["ref"], request.path_params["id"]

    def load() -> tuple[str, bytes] | None:
        vault = console.app.intake.vault
        with transaction(console.app.sessions) as session:
            found = repo.kept_attachment(session, ref, attachment_id)
            if found is None or vault is None or found.content is None:
                return None
            repo.add_event(
                session,
                found.message.case,
                staff.actor,
                EventKind.ID_COPY_VIEWED,
                attachment_id=found.id,
            )
            return found.sniffed_type, vault.decrypt(found.content)

    loaded = await run_in_threadpool(load)
    if loaded is None:
        return console.pages.render(request, "missing", status=404, what="such ID copy (kept)")
    kind, content = loaded
    if kind not in VIEWABLE:
        return refusal(415, f"A browser cannot show this kind of file ({kind}).")
    return Response(
        content,
        media_type=kind,
        headers={
            **SECURITY_HEADERS,
            "Content-Security-Policy": "default-src 'none'; img-src 'self'; object-src 'self'",
            "Content-Disposition": f'inline; filename="id-copy-{attachment_id}.{VIEWABLE[kind]}"',
        },
    )


async def quarantine_page(request: Request) -> Response:
    console = _console(request)
    return console.pages.render(
        request,
        "quarantine",
        rows=await run_in_threadpool(_quarantined, console.app),
        notice=DONE.get(request.query_params.get("done", ""), ""),
    )


# --- actions --------------------------------------------------------------------------------------


def case_action(action: str, decide: Callable[[App, str, str, dict[str, str]], Any], done: str):  # noqa: ANN201
    """A POSTed staff decision on a case. Unconfirmed: the confirmation page, with what the
    decision will do and the mail the requester will receive. Confirmed (`confirmed=yes`):
    `decide(app, ref, actor, fields)` (a worker.cases.staff function), its work handed to the
    console's jobs, then
    back to the case. A decision that cannot be taken shows the case with the reason (409)."""

    async def endpoint(request: Request) -> Response:
        console = _console(request)
        ref = request.path_params["ref"]
        fields = _form(request)
        if action not in UNCONFIRMED and fields.get("confirmed") != "yes":
            try:
                shown = await run_in_threadpool(preview, console.app, action, ref, fields)
            except NotReady as exc:
                return await case_page(request, error=f"Not done: {exc}.", status=409)
            if shown is None:
                return console.pages.render(request, "missing", status=404, what=f"case {ref}")
            return console.pages.render(request, "confirm", ref=ref, action=action, preview=shown)
        actor = _staff(request).actor

        def run() -> str:
            with console.one_at_a_time:
                try:
                    decision = decide(console.app, ref, actor, fields)
                    console.jobs.after_commit(decision.outbound_ids, decision.ready_case_id)
                except StaffError as exc:
                    return f"Not done: {exc}."
            return ""

        error = await run_in_threadpool(run)
        if error:
            return await case_page(request, error=error, status=409)
        return RedirectResponse(
            f"/cases/{quote(ref)}?done={done}", status_code=303, headers=SECURITY_HEADERS
        )

    return endpoint


async def export_action(request: Request) -> Response:
    """The case's evidence file for the authority, as a download; the export is logged."""
    from worker.cases.export import export_case

    console = _console(request)
    ref = request.path_params["ref"]
    try:
        name, content = await run_in_threadpool(
            export_case, console.app, ref, _staff(request).actor
        )
    except StaffError:
        return console.pages.render(request, "missing", status=404, what=f"case {ref}")
    return Response(
        content,
        media_type="application/zip",
        headers={**SECURITY_HEADERS, "Content-Disposition": f'attachment; filename="{name}"'},
    )


async def replay_action(request: Request) -> Response:
    console = _console(request)
    code = await run_in_threadpool(_replay, console, request.path_params["id"])
    return RedirectResponse(f"/quarantine?done={code}", status_code=303, headers=SECURITY_HEADERS)


def _approve(app: App, ref: str, actor: str, fields: dict[str, str]):  # noqa: ANN202
    types = [t.strip() for t in fields.get("types", "").split(",") if t.strip()] or None
    return approve(app, ref, actor, types)


def _extend(app: App, ref: str, actor: str, fields: dict[str, str]):  # noqa: ANN202
    return extend(app, ref, actor, fields.get("reason", ""))


def _reply(app: App, ref: str, actor: str, fields: dict[str, str]):  # noqa: ANN202
    return write_to_requester(app, ref, actor, fields.get("text", ""))


def _refuse(app: App, ref: str, actor: str, fields: dict[str, str]):  # noqa: ANN202
    return refuse(app, ref, actor, fields.get("reason", ""), fields.get("text", ""))


def _close(app: App, ref: str, actor: str, fields: dict[str, str]):  # noqa: ANN202
    return close(app, ref, actor, fields.get("reason", ""), reply=fields.get("reply") == "yes")


def _reopen(app: App, ref: str, actor: str, fields: dict[str, str]):  # noqa: ANN202
    return reopen(app, ref, actor, fields.get("reason", ""))


def _note(app: App, ref: str, actor: str, fields: dict[str, str]):  # noqa: ANN202
    return add_note(app, ref, actor, fields.get("text", ""))


def _assign(app: App, ref: str, actor: str, fields: dict[str, str]):  # noqa: ANN202
    return assign(app, ref, actor, fields.get("assignee", ""))


def _correct(app: App, ref: str, actor: str, fields: dict[str, str]):  # noqa: ANN202
    from worker.cases.reading import correct

    types = [t for t in fields.get("types", "").split(",") if t.strip()]
    return correct(app, ref, actor, types, fields.get("reason", ""))


def _subject(app: App, ref: str, actor: str, fields: dict[str, str]):  # noqa: ANN202
    from worker.cases.reading import set_subject

    received = fields.get("received", "").strip()
    try:
        day = date.fromisoformat(received) if received else None
    except ValueError:
        raise StaffError(f"{received!r} is not a date (YYYY-MM-DD)") from None
    return set_subject(app, ref, actor, fields.get("name", ""), fields.get("email", ""), day)


def _merge(app: App, ref: str, actor: str, fields: dict[str, str]):  # noqa: ANN202
    from worker.cases.merge import merge

    return merge(app, ref, fields.get("into", "").strip(), actor, fields.get("reason", ""))


def _lift(app: App, ref: str, actor: str, fields: dict[str, str]):  # noqa: ANN202
    from worker.cases.restriction_lift import lift_restriction

    return lift_restriction(app, ref, actor, fields.get("reason", ""))


async def dismiss_action(request: Request) -> Response:
    """Dismiss a quarantined mail: first a confirmation page (with the reason), then done."""
    from worker.cases.dismiss import dismiss

    console = _console(request)
    inbound_id = request.path_params["id"]
    fields = _form(request)
    reason = " ".join(fields.get("reason", "").split())
    rows = await run_in_threadpool(_quarantined, console.app)
    row = next((r for r in rows if r["id"] == inbound_id), None)
    if row is None:
        return RedirectResponse(
            "/quarantine?done=replay-missing", status_code=303, headers=SECURITY_HEADERS
        )
    if not reason or fields.get("confirmed") != "yes":
        return console.pages.render(
            request,
            "dismiss",
            status=200 if reason else 409,
            row=row,
            reason=reason,
            error="" if reason else "Not done: give the reason for dismissing the mail.",
        )
    actor = _staff(request).actor

    def run() -> None:
        with console.one_at_a_time:
            dismiss(console.app, inbound_id, actor, reason)

    try:
        await run_in_threadpool(run)
    except LookupError:
        return RedirectResponse(
            "/quarantine?done=replay-missing", status_code=303, headers=SECURITY_HEADERS
        )
    return RedirectResponse("/quarantine?done=dismissed", status_code=303, headers=SECURITY_HEADERS)


def _decisions() -> dict[str, tuple[Callable[[App, str, str, dict[str, str]], Any], str]]:
    """Each decision's path, its function, and the code of the message after it."""
    return {
        "approve": (_approve, "approved"),
        "extend": (_extend, "extended"),
        "reply": (_reply, "replied"),
        "refuse": (_refuse, "refused"),
        "close": (_close, "closed"),
        "reopen": (_reopen, "reopened"),
        "note": (_note, "noted"),
        "assign": (_assign, "assigned"),
        "correct": (_correct, "corrected"),
        "subject": (_subject, "subject-set"),
        "merge": (_merge, "merged"),
        "lift-restriction": (_lift, "lift-announced"),
    }


def _replay(console: Console, inbound_id: int) -> str:
    with console.one_at_a_time:
        try:
            (outcome,) = replay(console.app, console.jobs, [inbound_id])
        except LookupError:
            return "replay-missing"
    return f"replayed-{outcome.disposition.value}"


# --- JSON -----------------------------------------------------------------------------------------


async def api_cases(request: Request) -> Response:
    return _data(await run_in_threadpool(_all_cases, _console(request).app))


async def api_case(request: Request) -> Response:
    found = await run_in_threadpool(_one_case, _console(request).app, request.path_params["ref"])
    return _data(found[0]) if found else _data({"error": "no such case"}, status=404)


async def api_messages(request: Request) -> Response:
    def rows() -> list[dict[str, Any]]:
        with transaction(_console(request).app.sessions) as session:
            return [message_object(m) for m in repo.list_inbound(session)]

    return _data(await run_in_threadpool(rows))


async def api_quarantine(request: Request) -> Response:
    return _data(await run_in_threadpool(_quarantined, _console(request).app))


def _days_left(case: dict[str, Any], today: date) -> int | None:
    """Days until an open case's deadline (negative: overdue); None for a finished case."""
    if not CaseStatus(case["status"]).is_open:
        return None
    return days_left(date.fromisoformat(case["deadline"]), today)
