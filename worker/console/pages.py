"""The console's HTML: Jinja2 templates under templates/console/, autoescaped, with the
security headers of guard.py on every page; times in the controller's time zone, codes in words."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from jinja2 import Environment, PackageLoader, select_autoescape
from starlette.requests import Request
from starlette.responses import HTMLResponse

from worker.console.guard import SECURITY_HEADERS

LABELS = {
    # case status
    "awaiting_id": "waiting for the requester's ID",
    "awaiting_confirmation": "waiting for the requester's confirmation",
    "in_progress": "in progress",
    "awaiting_review": "waiting for us to review",
    "completed": "completed",
    "rejected": "refused",
    "closed": "closed",
    # ID check
    "verified": "verified",
    "missing": "no ID copy",
    "unreadable": "ID copy unreadable",
    "invalid": "not a valid ID document",
    "expired": "ID document expired",
    "name_mismatch": "name on the ID differs",
    "not_required": "no ID needed",
    # request types
    "marketing_opt_out": "marketing opt-out",
    # flags
    "unclassified": "not recognised as a request",
    "low_confidence": "reading uncertain",
    "sender_unverified": "sender not authenticated",
    "id_doubtful": "ID copy doubtful",
    "ref_from_other_sender": "reference from another sender",
    "delivery_failed": "a reply was not delivered",
    "reply_limit": "reply limit reached",
    "rectification_pending": "correction to approve",
    "passed_on": "passed on by someone else",
    "on_behalf": "written on someone's behalf",
    "unauthenticated_wrong_code": "wrong code in a reply not authenticated (not counted)",
    # why a mail is in quarantine
    "too_large": "larger than the policy accepts",
    "processing_error": "reading it failed (an error in a stage or a write)",
    "crashed_intake": "a run died while reading it",
    "budget_exceeded": "reading it took more time or memory than allowed",
    "no_sender": "no sender address that could be read",
    # message kinds
    "follow_up": "follow-up",
    "id_request": "ID request",
    "confirmation_request": "confirmation request",
    "extension_notice": "extension notice",
    "staff_reply": "message from staff",
}


class Pages:
    def __init__(self, timezone: str = "Europe/Brussels") -> None:
        self.zone = ZoneInfo(timezone)
        self.env = Environment(
            loader=PackageLoader("templates", "console"),
            autoescape=select_autoescape(default=True, default_for_string=True),
            trim_blocks=True,
            lstrip_blocks=True,
            auto_reload=False,
        )
        self.env.filters["when"] = self.when
        self.env.filters["label"] = label
        self.env.globals["zone_name"] = timezone.rpartition("/")[2].replace("_", " ")

    def when(self, iso: str | None) -> str:
        """An ISO 8601 time as the controller's local time, e.g. '2026-12-06 03:58 CET'."""
        if not iso:
            return ""
        local = datetime.fromisoformat(iso).astimezone(self.zone)
        return local.strftime("%Y-%m-%d %H:%M %Z")

    def render(
        self, request: Request, name: str, status: int = 200, **context: Any
    ) -> HTMLResponse:
        """Template `name` with the signed-in staff member and their form token, if any."""
        context.setdefault("staff", request.scope.get("gdpr.staff"))
        context.setdefault("token", request.scope.get("gdpr.csrf", ""))
        html = self.env.get_template(f"{name}.html.j2").render(**context)
        return HTMLResponse(html, status_code=status, headers=SECURITY_HEADERS)


def label(code: str | None) -> str:
    if not code:
        return "—"
    return LABELS.get(code, code.replace("_", " "))
