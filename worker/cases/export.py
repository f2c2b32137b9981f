"""A case's evidence file for the supervisory authority (`cases export`, the console's button):
one zip with `case.json` (the facts, the timeline, every mail's text with our replies' delivery
status, the decisions with who took them and on which proof, the deadline's history) and the
same for a person in `summary.txt` and `summary.html`.

Never in it: an ID copy (attachments are listed by name, type and size only), a password or a
confirmation code (our mails that carried one are replaced by a line saying so, and anything in
the requester's text that looks like a code is blacked out). Making it is logged on the case."""

from __future__ import annotations

import html
import io
import json
import re
import zipfile
from datetime import UTC, datetime
from typing import Any

from worker.app import App
from worker.case_text import case_text
from worker.cases.staff import StaffError
from worker.domain import EventKind
from worker.store import repo
from worker.store.db import transaction
from worker.views import show_object, thread_messages, with_parties

# a confirmation code (ours, or an older kind) and a package password, as the requester may
# have typed them back or quoted them: with hyphens in any case, with spaces in capitals (as
# worker/confirmation.py reads an attempt), ours also in small letters after its prefix. Natural
# words ("I confirm that they were sent back") are no code: in small letters, five groups with
# a digit.
_GROUP = r"[A-HJ-NP-Z2-9]{4}"
_SECRETS = re.compile(
    r"\b(?i:CONFIRM|ERASE)(?:-[A-Za-z0-9]{2,8}(?:-[A-Za-z0-9]{2,8}){0,9}"
    r"|[ :]{1,3}[A-Z0-9]{4}(?: [A-Z0-9]{4}){1,9}"
    rf"|[ :]{{1,3}}(?=[A-Za-z0-9 ]{{0,23}}[2-9])(?i:{_GROUP}(?: {_GROUP}){{4}}))\b"
    rf"|\b(?i:{_GROUP}(?:-{_GROUP}){{4}})\b"
    rf"|\b{_GROUP}(?: {_GROUP}){{4}}\b"
)
BLACKED = "[code removed]"
DECIDERS = ("staff:", "cli:")
# events that are a decision on the case (by a person, or a right carried out)
DECISION_EVENTS = frozenset(
    {
        "approved", "request_types_set", "reading_corrected", "data_subject_set", "rectified",
        "deadline_extended", "refused", "closed", "reopened", "merged_into", "merged_from",
        "restriction_lift_announced", "restriction_lifted", "right_done", "package_released",
        "assigned",
    }
)  # fmt: skip


def _clean(text: str) -> str:
    return _SECRETS.sub(BLACKED, text or "")


def evidence(
    case_obj: dict[str, Any],
    mails: list[dict[str, Any]],
    made_by: str,
    notes: list[dict[str, str]] | None = None,
) -> dict[str, Any]:
    """The evidence file's JSON from the case object of `cases show`, the case's mails as the
    console reads them, and staff's internal notes (the reasons the log refers to). Pure."""
    log = case_obj["log"]
    thread = []
    for m in mails:
        entry = {
            "direction": m["direction"],
            "kind": m["kind"],
            "at": m["at"],
            "message_id": m["message_id"],
            "subject": _clean(m["subject"]),
            "text": _clean(m["written"]),
            "quoted": _clean(m["quoted"]),
            # names, types and sizes only: an ID copy's content never leaves the case store
            "attachments": [
                {k: a.get(k) for k in ("filename", "type", "size") if a.get(k) is not None}
                for a in m.get("attachments", [])
            ],
        }
        if m["direction"] == "out":
            entry["delivery"] = {
                "status": m.get("status"),
                "sent_at": m.get("sent_at"),
                "attempts": m.get("attempts"),
                "error": m.get("last_error") or "",
            }
        thread.append(entry)
    decisions = [e for e in log if e["event"] in DECISION_EVENTS or e["actor"].startswith(DECIDERS)]
    changes = [e for e in log if e["event"] in ("deadline_extended", "data_subject_set")]
    deadline_history = [
        {"at": case_obj["received_at"], "deadline": _first_deadline(case_obj, log),
         "why": "received: one month (art. 12(3))"},
        *({"at": e["at"], "by": e["actor"], "why": e["detail"]} for e in changes),
    ]  # fmt: skip
    facts = {
        k: case_obj[k]
        for k in (
            "ref", "status", "request_types", "language", "requester", "received_at",
            "deadline", "id_check", "flags", "evidence", "data_subject", "first_received",
            "merged_into",
        )
        if k in case_obj
    }  # fmt: skip
    return {
        "made_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "made_by": made_by,
        "case": facts,
        "timeline": log,
        "thread": thread,
        "decisions": decisions,
        "deadline_history": deadline_history,
        "deadline_now": case_obj["deadline"],
        # staff's own words: the reasons of reopening, merging, lifting (the log's note ids)
        "internal_notes": [{**n, "text": _clean(n["text"])} for n in notes or []],
        "left_out": "ID copies (listed only), passwords and confirmation codes",
    }


def _first_deadline(case_obj: dict[str, Any], log: list[dict[str, Any]]) -> str:
    for e in log:
        found = re.search(r"(\d{4}-\d{2}-\d{2}) →", e["detail"])
        if e["event"] in ("deadline_extended", "data_subject_set") and found:
            return found.group(1)
    return case_obj["deadline"]


def summary_html(data: dict[str, Any], text: str) -> str:
    """A page a person opens in any browser: the text summary, escaped, and the decisions."""
    rows = "".join(
        f"<tr><td>{html.escape(e['at'])}</td><td>{html.escape(e['actor'])}</td>"
        f"<td>{html.escape(e['event'])}</td><td>{html.escape(e['detail'])}</td></tr>"
        for e in data["decisions"]
    )
    ref = html.escape(data["case"]["ref"] or "")
    return (
        "<!doctype html><html><head><meta charset='utf-8'>"
        f"<title>Evidence file {ref}</title></head><body>"
        f"<h1>Evidence file {ref}</h1><p>Made {html.escape(data['made_at'])} by "
        f"{html.escape(data['made_by'])}. Left out: {html.escape(data['left_out'])}.</p>"
        "<h2>Decisions</h2><table border='1'><tr><th>when (UTC)</th><th>who</th><th>what</th>"
        f"<th>detail</th></tr>{rows}</table><h2>The case</h2><pre>{html.escape(text)}</pre>"
        "</body></html>\n"
    )


def export_case(app: App, ref: str, actor: str) -> tuple[str, bytes]:
    """The evidence file of case `ref` as (file name, zip bytes); logged as made by `actor`."""
    with transaction(app.sessions) as session:
        case = repo.case_by_ref(session, ref)
        if case is None:
            raise StaffError(f"no case {ref}")
        repo.add_event(session, case, actor, EventKind.EXPORTED)
        session.flush()
        session.refresh(case, ["events"])
        mails = thread_messages(case)
        case_obj = show_object(case, mails)
        notes = [
            {"id": n.id, "at": n.created_at.isoformat(timespec="seconds"), "author": n.author,
             "text": n.text}
            for n in case.notes
        ]  # fmt: skip
        name = f"{case.ref}-evidence"
    data = evidence(case_obj, mails, actor, notes)
    readable = with_parties(case_obj, mails)
    readable["thread"] = [
        {**m, "subject": _clean(m["subject"]), "text": _clean(m["text"])}
        for m in readable["thread"]
    ]
    text = case_text(readable, app.policy.deadline.timezone)
    text += "\nDeadline history\n" + "".join(
        f"  {d['at']}  {d.get('deadline') or d['why']}\n" for d in data["deadline_history"]
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(f"{name}/case.json", json.dumps(data, ensure_ascii=False, indent=2) + "\n")
        z.writestr(f"{name}/summary.txt", text)
        z.writestr(f"{name}/summary.html", summary_html(data, text))
    return f"{name}.zip", buffer.getvalue()
