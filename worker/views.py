"""The JSON shapes of INTERFACE.md, built from the case store's rows."""

from __future__ import annotations

from typing import Any

from worker.domain import Direction, EventKind, data_subject_of
from worker.proof import NEEDS_SUBJECT_ADDRESS
from worker.store.models import Case, InboundMessage


def case_object(case: Case) -> dict[str, Any]:
    messages = [
        (m.created_at, 0, m.id, {
            "message_id": m.message_id,
            "direction": Direction.IN.value,
            "kind": m.kind,
            "subject": m.subject,
        })
        for m in case.inbound
    ] + [
        (m.created_at, 1, m.id, {
            "message_id": m.message_id,
            "direction": Direction.OUT.value,
            "kind": m.kind,
            "subject": m.subject,
        })
        for m in case.outbound
    ]  # fmt: skip
    messages.sort(key=lambda t: t[:3])
    return {
        "ref": case.ref,
        "status": case.status,
        "request_types": list(case.request_types),
        "language": case.language,
        "requester": {"email": case.requester_email, "name": case.requester_name},
        "received_at": case.received_at.isoformat(timespec="seconds"),
        "deadline": case.deadline.isoformat(),
        "id_check": {"status": case.id_status, "reasons": list(case.id_reasons)},
        "flagged": bool(case.flags),
        "flags": list(case.flags),
        "messages": [m for *_, m in messages],
        # per request type, the sentences of the request it was read from
        "evidence": {t: list(sentences) for t, sentences in (case.evidence or {}).items()},
        "log": log_entries(case),
        **_subject_fields(case),
    }


def _subject_fields(case: Case) -> dict[str, Any]:
    """Whose data it is and when the company first received the request, once staff set them
    (`cases subject`); absent otherwise."""
    framing = case.framing or {}
    out: dict[str, Any] = {}
    if framing.get("data_subject"):
        given = framing["data_subject"]
        out["data_subject"] = {"name": given.get("name", ""), "email": given.get("email", "")}
    if framing.get("first_received"):
        out["first_received"] = framing["first_received"]
    if framing.get("merged_into"):
        out["merged_into"] = framing["merged_into"]
    return out


def with_parties(obj: dict[str, Any], mails: list[dict[str, Any]]) -> dict[str, Any]:
    """``obj`` (a `cases show` object) with each mail of its thread naming whom it came from or
    went to (``mail_party`` and the address, from ``mails``: the case's ``thread_messages``): for
    people's reading, not the JSON contract."""
    return {**obj, "thread": [
        {**t, "party": m["party"], "address": m["address"]}
        for t, m in zip(obj["thread"], mails, strict=True)
    ]}  # fmt: skip


def show_object(case: Case, mails: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """The case object of `cases show`: with its thread (from ``mails``, the case's
    ``thread_messages``, when the caller has them already)."""
    return {**case_object(case), "thread": case_thread(case, mails)}


def message_object(row: InboundMessage) -> dict[str, Any]:
    return {
        "message_id": row.message_id,
        "from": row.from_addr,
        "subject": row.subject,
        "disposition": row.disposition,
        "reason": row.reason,
        "case_ref": row.case.ref if row.case is not None else None,
    }


def quarantine_object(row: InboundMessage) -> dict[str, Any]:
    return {
        "id": row.id,
        "message_id": row.message_id,
        "from": row.from_addr,
        "sender": row.from_addr,  # (INTERFACE.md names it so; "from" as in the message list)
        "subject": row.subject,
        "reason": row.reason,
        "error": row.error,
        "attempts": row.attempts,
        "received_at": row.received_at.isoformat(timespec="seconds"),
    }


# --- the case's thread and log (cases show, the case page) ----------------------------------------

THREAD_FIELDS = ("message_id", "direction", "kind", "at", "subject", "text")


def inbound_authentication(case: Case) -> dict[int, bool]:
    """Whether our mail server authenticated each inbound mail of the case (its From domain:
    worker.sender_trust), by inbound id, as intake recorded it on the mail's event (the opening
    request's `case_opened`, a reply's `follow_up_received`). A mail whose event does not say
    (recorded before it did, or moved here from a merged duplicate) is absent: never guessed."""
    return {
        d["inbound_id"]: bool(d["sender_authenticated"])
        for e in case.events
        if e.kind in (EventKind.CASE_OPENED, EventKind.FOLLOW_UP_RECEIVED)
        and "sender_authenticated" in (d := e.detail or {})
        and isinstance(d.get("inbound_id"), int)
    }


def mail_party(case: Case, address: str) -> str:
    """Who a mail of the case came from or went to: `requester` (the sender of the request),
    `data subject` (the person staff set the case for, another than the sender: their
    confirmation goes to them), `other` (any other address), `unknown` (no address recorded)."""
    address = address.strip().lower()
    if not address:
        return "unknown"
    if address == case.requester_email.strip().lower():
        return "requester"
    subject = data_subject_of(case.framing, case.requester_email, case.requester_name)
    if subject.email and address == subject.email:
        return "data subject"
    return "other"


def thread_messages(case: Case) -> list[dict[str, Any]]:
    """The case's mails in order, with their plain text, for people: each inbound mail with its
    quoted part and attachments apart, and whether our server authenticated it (`authenticated`,
    when recorded); each reply with its delivery status."""
    authenticated = inbound_authentication(case)
    rows = [
        (m.created_at, 0, m.id, {
            "message_id": m.message_id,
            "direction": Direction.IN.value,
            "kind": m.kind,
            "at": m.received_at.isoformat(timespec="seconds"),
            "subject": m.subject,
            "party": mail_party(case, m.from_addr),
            "address": m.from_addr,
            **({"authenticated": authenticated[m.id]} if m.id in authenticated else {}),
            "written": m.text,
            "quoted": m.quoted_text,
            "attachments": [
                {
                    "id": a.id,
                    "filename": a.filename,
                    "type": a.sniffed_type or a.declared_type,
                    "size": a.size,
                    "kept": a.kept,
                    "deleted_at": a.deleted_at.isoformat(timespec="seconds")
                    if a.deleted_at else None,
                }
                for a in m.attachments
            ],
        })
        for m in case.inbound
    ] + [
        (m.created_at, 1, m.id, {
            "message_id": m.message_id,
            "direction": Direction.OUT.value,
            "kind": m.kind,
            "at": m.created_at.isoformat(timespec="seconds"),
            "subject": m.subject,
            "party": mail_party(case, m.to_addr),
            "address": m.to_addr,
            # a password or a confirmation code is for the requester's eyes only
            "written": "(a password or code for the requester: not shown)" if m.sensitive
            else m.body,
            "quoted": "",
            "attachments": [{"filename": m.attachment_name}] if m.attachment_name else [],
            "status": m.status,
            "sent_at": m.sent_at.isoformat(timespec="seconds") if m.sent_at else None,
            "attempts": m.attempts,
            "last_error": m.last_error,
        })
        for m in case.outbound
    ]  # fmt: skip
    rows.sort(key=lambda t: t[:3])
    return [m for *_, m in rows]


def case_thread(case: Case, mails: list[dict[str, Any]] | None = None) -> list[dict[str, Any]]:
    """INTERFACE.md's `thread`: each mail's plain text body (an inbound mail's text as written,
    its quoted part after it), with exactly the contract's fields (whether our server
    authenticated a mail is shown on the console's case page, from `thread_messages`)."""
    return [
        {
            **{k: m[k] for k in THREAD_FIELDS if k != "text"},
            "text": "\n\n".join(part for part in (m["written"], m["quoted"]) if part),
        }
        for m in (thread_messages(case) if mails is None else mails)
    ]


def public_actor(actor: str, event: str) -> str:
    """The actor of an event as INTERFACE.md names them: `system`, `requester`, `staff:NAME`,
    `cli:NAME`."""
    if actor.startswith(("staff:", "cli:")) or actor in ("system", "requester"):
        return actor
    if actor == "intake" and event in REQUESTER_EVENTS:
        return "requester"
    return "system"


REQUESTER_EVENTS = frozenset({"case_opened", "follow_up_received", "erasure_confirmed"})


def log_entries(case: Case) -> list[dict[str, Any]]:
    """INTERFACE.md's `log`: every event, oldest first, with a one-line detail; a decision names
    the proof it rested on (sender authentication, confirmation, ID check, staff)."""
    proofs: list[str] = []
    entries = []
    for e in case.events:
        detail = dict(e.detail or {})
        _note_proof(proofs, e.kind, e.actor, detail)
        entries.append(
            {
                "at": e.at.isoformat(timespec="seconds"),
                "actor": public_actor(e.actor, e.kind),
                "event": e.kind,
                "detail": describe_event(e.kind, detail, proofs),
            }
        )
    return entries


def _note_proof(proofs: list[str], event: str, actor: str, detail: dict[str, Any]) -> None:
    def add(proof: str) -> None:
        if proof not in proofs:
            proofs.append(proof)

    if event == "case_opened" and detail.get(
        "sender_authenticated", "sender_unverified" not in detail.get("flags", ())
    ):
        add("sender authentication")
    elif event == "id_checked" and detail.get("status") == "verified":
        add("ID check")
    elif event in ("erasure_confirmed", "mailbox_confirmed"):
        add("the data subject's confirmation" if detail.get("data_subject") else "confirmation")
    elif event == "data_subject_set" and detail.get("another_person"):
        # what the sender proved, and an earlier approval, count no more (worker/proof.py)
        proofs.clear()
    elif event == "approved":
        add(f"staff ({actor})")


DECISIONS = frozenset({"right_done", "rectified"})


def describe_event(event: str, detail: dict[str, Any], proofs: list[str]) -> str:
    """One line on an event for people, from its recorded detail (which holds no personal
    data)."""
    d = detail
    match event:
        case "case_opened":
            types = ", ".join(d.get("request_types", ())) or "none recognised"
            text = f"request read as {types}; language {d.get('language', '?')}"
            if "confidence" in d:
                text += f", confidence {d['confidence']}"
            if d.get("guessed"):
                text += " (read by the trained model alone)"
            if d.get("flags"):
                text += "; flags: " + ", ".join(d["flags"])
            if "sender_authenticated" in d:
                text += "; sender " + (
                    "authenticated" if d["sender_authenticated"] else "not authenticated"
                )
            return text
        case "id_checked":
            return f"ID check: {d.get('status', '?')}"
        case "status_changed":
            text = f"{d.get('old', '?')} → {d.get('new', '?')}"
            if d.get("new") == "in_progress" and proofs:
                text += "; rested on: " + ", ".join(proofs)
            return text
        case "approved":
            cleared = ", ".join(d.get("cleared_flags", ())) or "none"
            return f"identity and sender taken as checked by this person; flags cleared: {cleared}"
        case "request_types_set":
            return "request types set to " + (", ".join(d.get("request_types", ())) or "none")
        case "reply_written":
            return f"reply written: {d.get('template') or d.get('kind', '?')}"
        case "reply_sent":
            return "reply handed to the mail server" + (
                f": {d['answer']}" if d.get("answer") else ""
            )
        case "reply_failed":
            return "reply could not be delivered" + (f": {d['answer']}" if d.get("answer") else "")
        case "deadline_extended":
            reason = "with a reason" if d.get("reason_given") else "without a reason"
            return f"deadline {d.get('old', '?')} → {d.get('new', '?')}, {reason}"
        case "refused":
            return f"refused: {d.get('reason', '?')}"
        case "id_copy_deleted":
            return f"ID copies deleted: {d.get('copies', 0)} ({d.get('reason', '')})"
        case "id_copy_kept":
            return f"ID copies kept, encrypted, for a person to see: {d.get('copies', 0)}"
        case "closed":
            how = "a short neutral note sent" if d.get("replied") else "nobody written to"
            return f"closed as {str(d.get('reason', '?')).replace('_', ' ')}; {how}"
        case "reopened":
            note = d.get("note_id")
            return f"reopened (was {d.get('was', '?')}); the reason is internal note {note}"
        case "note_added":
            return f"internal note {d.get('note_id')}"
        case "assigned":
            return f"assigned to {d.get('new') or 'nobody'} (was {d.get('old') or 'nobody'})"
        case "reading_corrected":
            old = ", ".join(d.get("old", ())) or "nothing"
            new = ", ".join(d.get("new", ())) or "nothing"
            why = f"; the reason is internal note {d['note_id']}" if d.get("note_id") else ""
            if d.get("approval_withdrawn"):
                why += f"; the earlier approval ({d['approval_withdrawn']}) no longer counts"
            if d.get("confirmation_withdrawn"):
                added = ", ".join(d["confirmation_withdrawn"])
                why += f"; the earlier confirmation did not name {added}: a new code is asked"
            return f"reading corrected (not approved): {old} → {new}{why}"
        case "data_subject_set":
            parts = [
                "the data subject is another person than the sender: the sender's proofs count "
                "for nothing; a person's approval (the mandate checked), and for a change or "
                "erasure the data subject's own confirmation"
                if d.get("another_person")
                else "the data subject is the sender"
            ]
            if d.get("needs_address"):
                parts.append(NEEDS_SUBJECT_ADDRESS)
            if d.get("requester_replaced"):
                parts.append("the request passed on is theirs: replies go to them")
            if d.get("approval_withdrawn"):
                parts.append(f"the earlier approval ({d['approval_withdrawn']}) no longer counts")
            if d.get("code_withdrawn"):
                parts.append("the confirmation code sent to the sender no longer counts")
            if d.get("extension_too_late"):
                parts.append("the extension was told too late counted from then: it lapses")
            if d.get("first_received"):
                parts.append(
                    f"first received by the company on {d['first_received']}: deadline "
                    f"{d.get('old', '?')} → {d.get('new', '?')}"
                )
            return "; ".join(parts)
        case "confirmation_asked" if d.get("to_data_subject"):
            actions = ", ".join(d.get("actions", ())) or "?"
            return (
                f"confirmation code sent to the data subject's address ({actions}), valid "
                f"{d.get('valid_days', '?')} days; only their own reply counts"
            )
        case "confirmation_wrong" if d.get("counted") is False:
            return (
                "a wrong code in a reply our server did not authenticate, on a case it "
                f"authenticated: not counted against the code (wrong tries {d.get('tries', '?')})"
            )
        case "mailbox_confirmed" if d.get("data_subject"):
            return "the data subject confirmed from their own address"
        case "right_held" if d.get("reason"):
            return f"{d.get('right', '?')} held: {d['reason']}"
        case "merged_into":
            return (
                f"a duplicate: its thread moved to {d.get('into', '?')}, closed; nobody written to"
            )
        case "merged_from":
            moved = d.get("deadline") or {}
            earlier = (
                f"; deadline {moved.get('old')} → {moved.get('new')} (the duplicate came first)"
                if moved
                else ""
            )
            return f"the thread of duplicate {d.get('source', '?')} joined this case{earlier}"
        case "restriction_lift_announced":
            return "art. 18(3): the requester is told before the restriction is lifted"
        case "restriction_lifted":
            return "restriction lifted in the company's data, after the notice was delivered"
        case "exported":
            return "evidence file exported for the authority (no ID copies, no passwords or codes)"
        case "id_copy_viewed":
            return f"ID copy looked at (attachment {d.get('attachment_id', '?')})"
    text = "; ".join(f"{k}: {_short(v)}" for k, v in d.items())
    if event in DECISIONS and proofs:
        text += ("; " if text else "") + "rested on: " + ", ".join(proofs)
    return text


def _short(value: Any) -> str:
    if isinstance(value, list | tuple):
        return ", ".join(_short(v) for v in value) or "none"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k}: {_short(v)}" for k, v in value.items()) + "}"
    return str(value)
