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


def message_id(raw: bytes) -> str:
    from email import message_from_bytes

    return message_from_bytes(raw)["Message-ID"]


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
    old = {n: make_mail(n) for n in (3, 4, 7)}
    imap_user.append(old[3], old[4], folder="Processed", when=now - 40 * DAY)
    imap_user.append(make_mail(5), folder="Processed", when=now - 2 * DAY)
    imap_user.append(make_mail(6), folder="Quarantine", when=now - 40 * DAY)
    imap_user.append(old[7], folder="Quarantine", when=now - 100 * DAY)

    deleted = await source(imap_user, sessions).purge(cutoffs())

    assert {k: len(v) for k, v in deleted.items()} == {"processed": 2, "quarantine": 1}
    assert sorted(deleted["processed"]) == sorted(message_id(old[n]) for n in (3, 4))
    assert deleted["quarantine"] == [message_id(old[7])]
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


async def test_the_clock_purges_the_imap_processed_folder_and_logs_it_on_the_case(
    imap_user: ImapUser, tmp_path: Path
) -> None:
    """Through the App: a mail taken in (moved to Processed, its INTERNALDATE kept) is deleted
    by housekeeping once older than the policy's days, with an event on its case."""
    import asyncio

    from sqlalchemy import select

    from config.settings import load_settings
    from tests.unit.conftest import OPT_OUT_TEXT, request
    from worker.app import build_app
    from worker.cases.housekeeping import housekeeping
    from worker.intake import Source
    from worker.store.db import transaction
    from worker.store.models import Event

    app = build_app(
        load_settings(
            database_url=f"sqlite:///{tmp_path / 'gdpr.sqlite3'}",
            mailbox_url=imap_user.url(),
            smtp_url=f"file:{tmp_path / 'outbox'}",
            id_key_file=str(tmp_path / "id.key"),
            sources=str(tmp_path / "none.yaml"),
        )
    ).ready()
    imap_user.append(request("Unsubscribe", OPT_OUT_TEXT), when=time.time() - 40 * DAY)
    src = source(imap_user, app.sessions)
    async for mail in src.fetch():
        outcome = app.intake(mail.raw, Source(mail.key, mail.received_at))
        await src.mark(mail, outcome.disposition)
    await src.close()
    assert len(imap_user.messages("Processed")) == 1

    done = await asyncio.to_thread(housekeeping, app)

    assert done.originals_deleted == 1 and imap_user.messages("Processed") == []
    with transaction(app.sessions) as session:
        kinds = session.scalars(select(Event.kind)).all()
    assert "original_deleted" in kinds
    app.engine.dispose()
