"""Retention of the originals in a Maildir (the embedded default): the clock's housekeeping
deletes a mail from the processed folder 30 days after it arrived (policy retention), from the
quarantine folder after 90, and writes it in the case's log. The IMAP side is in
tests/integration/test_mailbox_retention.py."""

from __future__ import annotations

import asyncio
import os
import time
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select

from tests.unit.conftest import RecordingJobs, request
from worker.app import App
from worker.cases.housekeeping import housekeeping
from worker.intake import Source
from worker.mailbox.maildir import MaildirSource
from worker.store.db import transaction
from worker.store.models import Event

DAY = 86_400
OPT_OUT = "Please remove me from your newsletter and stop sending me marketing e-mails."


def deliver(root: Path, name: str, raw: bytes, age_days: float) -> None:
    for sub in ("new", "cur", "tmp"):
        (root / sub).mkdir(parents=True, exist_ok=True)
    path = root / "new" / name
    path.write_bytes(raw)
    when = time.time() - age_days * DAY
    os.utime(path, (when, when))


def take_in_all(app: App, source: MaildirSource) -> None:
    async def run() -> None:
        async for mail in source.fetch():
            outcome = app.intake(mail.raw, Source(mail.key, mail.received_at))
            await source.mark(mail, outcome.disposition)

    asyncio.run(run())


def test_housekeeping_deletes_originals_past_their_days_and_logs_it(
    app: App, jobs: RecordingJobs, tmp_path: Path
) -> None:
    root = tmp_path / "mailbox"
    for n, age in ((1, 40), (2, 2)):
        deliver(root, f"m{n}", request("Unsubscribe", OPT_OUT, message_id=f"<r{n}@x.example>"), age)
    deliver(root, "q40", b"not a mail at all", 40)  # quarantined: no sender
    deliver(root, "q100", b"not a mail either", 100)
    source = MaildirSource(root)
    take_in_all(app, source)
    processed = sorted(p.name for p in (root / ".Processed" / "cur").iterdir())
    quarantined = sorted(p.name for p in (root / ".Quarantine" / "cur").iterdir())
    assert len(processed) == 2 and len(quarantined) == 2

    done = housekeeping(app, datetime.now(UTC))

    assert done.originals_deleted == 2
    assert [p.name for p in (root / ".Processed" / "cur").iterdir()] == ["m2:2,"]
    assert [p.name for p in (root / ".Quarantine" / "cur").iterdir()] == ["q40:2,"]
    with transaction(app.sessions) as session:
        events = session.scalars(select(Event).where(Event.kind == "original_deleted")).all()
        assert [(e.actor, e.detail["folder"]) for e in events] == [("scheduler", "processed")]
    assert housekeeping(app, datetime.now(UTC)).originals_deleted == 0  # once


def test_zero_days_keeps_the_originals(app: App, tmp_path: Path) -> None:
    root = tmp_path / "mailbox"
    deliver(root, "m1", request("Unsubscribe", OPT_OUT), 400)
    take_in_all(app, MaildirSource(root))
    keep = app.policy.retention.model_copy(
        update={"processed_mail_days": 0, "quarantine_mail_days": 0}
    )
    app.policy = app.policy.model_copy(update={"retention": keep})
    assert housekeeping(app, datetime.now(UTC)).originals_deleted == 0
    assert len(list((root / ".Processed" / "cur").iterdir())) == 1
