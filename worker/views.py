"""The JSON shapes of INTERFACE.md, built from the case store's rows."""

from __future__ import annotations

from typing import Any

from worker.domain import Direction
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
    }


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
