"""The console's page for an access/portability package held for review (flag
`package_review`; art. 15(4)): every field it would carry, those the data map marks for review
first, each with a box to withhold it; releasing it (an officer's POST) lets the package go,
as `gdpr-worker cases release` does. Kept apart from app.py: two routes, one template."""

from __future__ import annotations

from urllib.parse import quote

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Route

from worker.cases.release import package_preview, release
from worker.cases.staff import StaffError
from worker.console.guard import SECURITY_HEADERS

REDACT = "redact:"  # a checkbox per field of a row: redact:TABLE.FIELD@KEY
MORE = "redact_more"  # a text field: more redactions, one a line (TABLE.FIELD, TABLE@KEY ...)


def release_routes() -> list[Route]:
    return [
        Route("/cases/{ref}/package", package_page),
        Route("/cases/{ref}/release", release_action, methods=["POST"]),
    ]


def redactions_of(form: dict[str, str]) -> list[str]:
    """The redactions an officer ticked or typed, in order, each once."""
    ticked = [
        name[len(REDACT) :] for name, value in form.items() if name.startswith(REDACT) and value
    ]
    typed = [line.strip() for line in form.get(MORE, "").splitlines() if line.strip()]
    return list(dict.fromkeys([*ticked, *typed]))


async def package_page(request: Request, error: str = "", status: int = 200) -> Response:
    console = request.app.state.console
    ref = request.path_params["ref"]
    shown = await run_in_threadpool(package_preview, console.app, ref)
    if shown is None:
        return console.pages.render(request, "missing", status=404, what=f"case {ref}")
    return console.pages.render(
        request, "package", status=status, ref=ref, package=shown, error=error, redact=REDACT
    )


async def release_action(request: Request) -> Response:
    console = request.app.state.console
    ref = request.path_params["ref"]
    form = request.scope.get("gdpr.form", {})
    actor = request.scope["gdpr.staff"].actor

    def run() -> str:
        with console.one_at_a_time:
            try:
                decision = release(console.app, ref, actor, redactions_of(form))
                console.jobs.after_commit(decision.outbound_ids, decision.ready_case_id)
            except StaffError as exc:
                return f"Not done: {exc}."
        return ""

    error = await run_in_threadpool(run)
    if error:
        return await package_page(request, error=error, status=409)
    return RedirectResponse(
        f"/cases/{quote(ref)}?done=released", status_code=303, headers=SECURITY_HEADERS
    )
