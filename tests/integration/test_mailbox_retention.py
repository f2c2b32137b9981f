"""Retention of the originals in the mailbox (the security review's finding 8): mail as it
arrived, ID copies included, leaves the processed and quarantine folders once its days are over,
on a real Dovecot with MOVE (folders) and without (keywords in the inbox)."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy.orm import Session, sessionmaker

from config.settings import Settings
from tests.integration.conftest import ImapUser, make_mail
from tests.integration.smtp_servers import make_pki
from worker.mailbox.imap import PROCESSED_KEYWORD, QUARANTINED_KEYWORD, ImapSource
from worker.store.db import make_engine, make_sessionmaker, upgrade

pytestmark = pytest.mark.integration
DAY = 86_400


@pytest.fixture
def sessions(tmp_path: Path) -> Iterator[sessionmaker[Session]]:
    engine = make_engine(f"sqlite:///{tmp_path / 'gdpr.sqlite3'}")
    upgrade(engine)
    yield make_sessionmaker(engine)
    engine.dispose()


def source(user: ImapUser, sessions: sessionmaker[Session]) -> ImapSource:
    return ImapSource(
        Settings(mailbox_url=user.url()), sessions, ssl_context=make_pki().client_context(),
        timeout=5.0,
    )  # fmt: skip


def cutoffs(processed_days: int = 30, quarantine_days: int = 90) -> dict[str, datetime]:
    now = datetime.now(UTC)
    return {
        "processed": now - timedelta(days=processed_days),
        "quarantine": now - timedelta(days=quarantine_days),
    }


async def test_old_mail_leaves_the_processed_and_quarantine_folders(
    imap_user: ImapUser, sessions: sessionmaker[Session]
) -> None:
    now = time.time()
    imap_user.append(make_mail(1), make_mail(2), folder="INBOX")  # makes the user
    with imap_user.session() as imap:
        for folder in ("Processed", "Quarantine"):
            imap.create(folder)
    imap_user.append(make_mail(3), make_mail(4), folder="Processed", when=now - 40 * DAY)
    imap_user.append(make_mail(5), folder="Processed", when=now - 2 * DAY)
    imap_user.append(make_mail(6), folder="Quarantine", when=now - 40 * DAY)
    imap_user.append(make_mail(7), folder="Quarantine", when=now - 100 * DAY)

    deleted = await source(imap_user, sessions).purge(cutoffs())

    assert {k: len(v) for k, v in deleted.items()} == {"processed": 2, "quarantine": 1}
    assert len(imap_user.messages("Processed")) == 1  # the two-day-old one stays
    assert len(imap_user.messages("Quarantine")) == 1  # 40 days < 90
    assert len(imap_user.messages("INBOX")) == 2  # the inbox is never touched
    again = await source(imap_user, sessions).purge(cutoffs())
    assert again == {"processed": [], "quarantine": []}


async def test_without_move_the_keywords_tell_what_to_delete(
    plain_user: ImapUser, sessions: sessionmaker[Session]
) -> None:
    now = time.time()
    plain_user.append(make_mail(1), when=now - 40 * DAY)  # old, not processed: never deleted
    with plain_user.session() as imap:
        for n, flags in (
            (2, f"({PROCESSED_KEYWORD})"),
            (3, f"({PROCESSED_KEYWORD} {QUARANTINED_KEYWORD})"),
            (4, f"({PROCESSED_KEYWORD} {QUARANTINED_KEYWORD})"),
        ):
            days = 100 if n == 4 else 40
            date = time.strftime('"%d-%b-%Y %H:%M:%S +0000"', time.gmtime(now - days * DAY))
            typ, data = imap.append("INBOX", flags, date, make_mail(n))
            assert typ == "OK", data

    deleted = await source(plain_user, sessions).purge(cutoffs())

    assert {k: len(v) for k, v in deleted.items()} == {"processed": 1, "quarantine": 1}
    left = plain_user.messages("INBOX")
    assert len(left) == 2
    assert sum(QUARANTINED_KEYWORD in flags for _, flags in left) == 1  # the 40-day one
