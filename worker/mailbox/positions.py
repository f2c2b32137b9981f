"""Where a poller stands in an IMAP mailbox, kept in the case store (table mailbox_positions):
the mailbox's UIDVALIDITY and the last UID whose mail intake has committed and the server has
marked. Synchronous (SQLAlchemy); the IMAP source calls these through asyncio.to_thread."""

from __future__ import annotations

import logging

from sqlalchemy.orm import Session, sessionmaker

from worker.store import repo
from worker.store.db import transaction

log = logging.getLogger(__name__)


def start(sessions: sessionmaker[Session], mailbox: str, uidvalidity: int) -> int:
    """The last UID handled under this UIDVALIDITY; a new UIDVALIDITY starts again from 0
    (what is fetched again is recognised by intake's Message-ID + content-hash dedupe)."""
    with transaction(sessions) as session:
        pos = repo.mailbox_position(session, mailbox)
        if pos.uidvalidity != uidvalidity:
            if pos.uidvalidity:
                log.warning(
                    "%s: UIDVALIDITY changed from %d to %d; reading the mailbox again",
                    mailbox,
                    pos.uidvalidity,
                    uidvalidity,
                )
            pos.uidvalidity = uidvalidity
            pos.last_uid = 0
        return pos.last_uid


def advance(sessions: sessionmaker[Session], mailbox: str, uidvalidity: int, uid: int) -> None:
    """Record that every mail up to `uid` is handled; never moves backwards, and does nothing
    when the mailbox's UIDVALIDITY has changed meanwhile."""
    with transaction(sessions) as session:
        pos = repo.mailbox_position(session, mailbox)
        if pos.uidvalidity == uidvalidity and uid > pos.last_uid:
            pos.last_uid = uid
