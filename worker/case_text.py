"""`gdpr-worker cases show REF` for a person: the case's facts, its thread with each mail's
text, and its log, with times in the controller's time zone."""

from __future__ import annotations

import textwrap
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo


def case_text(case: dict[str, Any], timezone: str) -> str:
    """The case object of `cases show --json` as plain text."""
    zone = ZoneInfo(timezone)

    def when(iso: str) -> str:
        return datetime.fromisoformat(iso).astimezone(zone).strftime("%Y-%m-%d %H:%M %Z")

    requester = case["requester"]
    who = f"{requester['name']} <{requester['email']}>" if requester["name"] else requester["email"]
    id_check = case["id_check"]
    lines = [
        f"{case['ref']}  {case['status']}",
        "",
        f"requester   {who}",
        f"request     {', '.join(case['request_types']) or '(nothing recognised)'}"
        f"  (language {case['language']})",
        *(
            [
                f"subject     {case['data_subject']['name']}"
                + (f" <{case['data_subject']['email']}>" if case["data_subject"]["email"] else "")
            ]
            if case.get("data_subject")
            else []
        ),
        f"received    {when(case['received_at'])}",
        *(
            [f"first got   {case['first_received']} (the deadline counts from then)"]
            if case.get("first_received")
            else []
        ),
        *([f"merged into {case['merged_into']}"] if case.get("merged_into") else []),
        f"deadline    {case['deadline']} (end of the day, {timezone})",
        f"identity    {id_check['status']}",
        *(f"            - {reason}" for reason in id_check["reasons"]),
        f"flags       {', '.join(case['flags']) or '-'}",
    ]
    for mail in case.get("thread", []):
        arrow = ("from " if mail["direction"] == "in" else "to ") + _party(mail)
        lines += [
            "",
            f"--- {when(mail['at'])}  {arrow}  ({mail['kind']})",
            f"Subject: {mail['subject']}",
            f"Message-ID: {mail['message_id']}",
            "",
            textwrap.indent(mail["text"].rstrip() or "(no text kept)", "  ", lambda _: True),
        ]
    if case.get("log"):
        lines += ["", "--- log"]
        lines += [
            f"{when(e['at'])}  {e['actor']:<22} {e['event']:<20} {e['detail']}" for e in case["log"]
        ]
    return "\n".join(lines) + "\n"


def _party(mail: dict) -> str:
    """Whom a mail came from or went to (``views.mail_party``, when the caller gave it):
    the requester unless the mail says otherwise."""
    party = mail.get("party", "requester")
    if party in ("requester", "data subject"):
        return f"the {party}"
    return mail.get("address") or ("the sender" if mail["direction"] == "in" else "the recipient")
