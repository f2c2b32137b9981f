"""Whatever parse() returns for a hostile mail can be written to the case store, on SQLite and
on PostgreSQL: the rows intake writes from it (the inbound message or its quarantine record,
attachments, a case, a reply answering it) are written for every mail of the corpus."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from tests.hostile.mails import hostile_mails
from worker.domain import InboundMail
from worker.mail.parse import Unreadable, parse
from worker.store import repo
from worker.store.db import make_engine, make_sessionmaker, transaction, upgrade
from worker.store.models import OutboundMessage

NOW = datetime(2026, 11, 24, 10, 12, tzinfo=UTC)
SCALE = 0.02  # every poison value at full size; the bombs smaller (their size is test_corpus's)


def _write(session, index: int, raw: bytes, result: InboundMail | Unreadable) -> None:
    if isinstance(result, Unreadable):
        repo.add_inbound(
            session, source_key=f"hostile:{index}", message_id=result.message_id,
            content_hash=result.content_hash, from_addr=result.sender, subject=result.subject,
            received_at=NOW, disposition="quarantined", reason=result.reason,
            error=result.detail, raw=raw,
        )  # fmt: skip
        return
    case = repo.create_case(
        session, received_at=NOW, status="awaiting_id", request_types=["access"],
        language="en", requester_email=result.sender.email, requester_name=result.sender.name,
        deadline=date(2026, 12, 24), id_status="missing",
        proposed_rectification={"text": result.text[:4000]},
    )  # fmt: skip
    row = repo.add_inbound(
        session, source_key=f"hostile:{index}", message_id=result.message_id,
        content_hash=result.content_hash, from_addr=result.sender.email,
        subject=result.subject, received_at=NOW, disposition="case_opened", case_id=case.id,
    )  # fmt: skip
    for attachment in result.attachments:
        repo.add_attachment_record(
            session, inbound_message_id=row.id, filename=attachment.filename,
            declared_type=attachment.declared_type, sniffed_type=attachment.sniffed_type,
            size=attachment.size, sha256="0" * 64,
        )  # fmt: skip
    session.add(
        OutboundMessage(
            case_id=case.id,
            kind="acknowledgement",
            language="en",
            message_id=f"<reply.{index}@alsicohightech.com>",
            to_addr=result.sender.email,
            subject=f"Re: {result.subject}",
            body=f"Dear {result.sender.name},",
            in_reply_to=result.message_id,
            references=" ".join(result.references),
        )  # fmt: skip
    )


def _write_the_corpus(url: str) -> int:
    engine = make_engine(url)
    upgrade(engine)
    sessions = make_sessionmaker(engine)
    written = 0
    for index, (_name, raw, _expected) in enumerate(hostile_mails(SCALE)):
        with transaction(sessions) as session:  # one mail per transaction, as intake does
            _write(session, index, raw, parse(raw))
        written += 1
    engine.dispose()
    return written


def test_every_hostile_mail_can_be_written_to_sqlite(tmp_path):
    assert _write_the_corpus(f"sqlite:///{tmp_path}/store.sqlite3") == len(list(hostile_mails(0)))


@pytest.mark.integration
def test_every_hostile_mail_can_be_written_to_postgresql(postgres_url):
    assert _write_the_corpus(postgres_url) == len(list(hostile_mails(0)))
