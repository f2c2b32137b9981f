"""How many automatic replies a mail may still get (the security review's finding 7: our
acknowledgement must not become a relay for forged senders): per recipient mailbox and day, as
`mailbox_key` tells one mailbox, and in all per hour on cases whose sender our mail server did
not authenticate. Past either cap intake holds the replies and flags the case (reply_limit), and
so do the rights of a case nobody vouched for (worker/cases/rights.py, `within_reply_caps`)."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy.orm import Session

from config.policy import Replies
from worker.domain import MessageKind
from worker.mail.addresses import mailbox_domains, mailbox_key
from worker.store import repo
from worker.store.models import utcnow

AUTOMATIC = [k.value for k in MessageKind if k.value not in ("request", "follow_up")
             and not k.decided_by_a_person]  # fmt: skip


def replies_allowed(
    session: Session, policy: Replies, email: str, *, since: datetime, authenticated: bool
) -> int:
    """Replies still allowed to `email`: the mailbox's daily cap less what it got in the 24
    hours before `since` (the mail's arrival), and, for an unauthenticated sender, the hourly
    global cap less the automatic replies of the last hour (by the clock: how fast we send)."""
    repo.hold_reply_caps(session)  # until this transaction ends: its writes count for the next
    key = mailbox_key(email)
    recent = repo.reply_addresses_since(session, mailbox_domains(email), since - timedelta(days=1))
    allowed = policy.max_per_sender_per_day - sum(mailbox_key(a) == key for a in recent)
    if not authenticated:
        hour = utcnow() - timedelta(hours=1)
        sent = repo.count_unauthenticated_replies(session, hour, AUTOMATIC)
        allowed = min(allowed, policy.max_unauthenticated_per_hour - sent)
    return max(0, allowed)
