"""Which open case a mail continues: our Message-IDs in In-Reply-To/References, or [REF] in the
subject. The look-up itself is the store's; the rules are here."""

from __future__ import annotations

import re
from dataclasses import dataclass

from worker.domain import CaseCandidate, InboundMail, ThreadKeys

REF_PATTERN = re.compile(r"\bGDPR-(\d{4})-(\d{6})\b", re.IGNORECASE)


def thread_keys(mail: InboundMail, own_domain: str) -> ThreadKeys:
    suffix = "@" + own_domain.lower() + ">"
    ids = [m for m in (*mail.in_reply_to, *reversed(mail.references)) if m.lower().endswith(suffix)]
    refs = [f"GDPR-{y}-{n}" for y, n in REF_PATTERN.findall(mail.subject)]
    return ThreadKeys(tuple(dict.fromkeys(ids)), tuple(dict.fromkeys(refs)))


@dataclass(frozen=True)
class Threading:
    """The outcome: continue `case_id`, or open a new case (flagged when a ref was misused)."""

    case_id: int | None
    foreign_ref: bool = False  # a known case was named by someone who is not its requester
    requester_name: str = ""  # the continued case's requester, as it opened (not this mail's)
    from_new_address: bool = False  # the new contact address of a pending correction answers
    # the data subject staff set (another person than the sender) answers from their address
    from_data_subject: bool = False
    # a closed case of this sender that the mail answers (intake may continue it: a reply that
    # widens a completed opt-out); a new case otherwise
    closed_case_id: int | None = None


def decide_thread(mail: InboundMail, candidates: list[CaseCandidate]) -> Threading:
    """The first open case, in the order the mail names them, whose requester sent this mail."""
    for c in candidates:
        if c.is_open and c.requester_email == mail.sender.email:
            return Threading(case_id=c.case_id, requester_name=c.requester_name)
    for c in candidates:  # the new contact address a correction waits to hear from
        if c.is_open and c.pending_address and c.pending_address == mail.sender.email:
            return Threading(case_id=c.case_id, from_new_address=True)
    for c in candidates:  # the data subject a confirmation went to, on another person's case
        if c.is_open and c.subject_address and c.subject_address == mail.sender.email:
            return Threading(case_id=c.case_id, from_data_subject=True)
    foreign = any(c.requester_email != mail.sender.email for c in candidates)
    closed = next(
        (c.case_id for c in candidates if not c.is_open and c.requester_email == mail.sender.email),
        None,
    )
    return Threading(case_id=None, foreign_ref=foreign, closed_case_id=closed)
