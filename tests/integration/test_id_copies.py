"""ID copies at rest: kept only encrypted and only while needed; every deletion is a case event."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from email.message import EmailMessage
from pathlib import Path

import pytest
from sqlalchemy import select

from config.settings import load_settings
from tests.fixtures.idcopies import id_card_pdf
from worker.app import build_app
from worker.cases.housekeeping import housekeeping
from worker.intake import Source
from worker.store.db import transaction
from worker.store.models import Event, StoredAttachment

pytestmark = pytest.mark.integration  # intake reads the copies in the sandbox

CARD = id_card_pdf("PEETERS", "JAN", "592123456", date(1980, 3, 14), date(2031, 5, 2))
EXPIRED = id_card_pdf("PEETERS", "JAN", "592123456", date(1980, 3, 14), date(2020, 5, 2))


def app_with(tmp_path: Path, keep_hours: float):
    policy = (Path(__file__).parents[2] / "config" / "policy.yaml").read_text()
    policy = policy.replace("keep_verified_hours: 0", f"keep_verified_hours: {keep_hours}")
    (tmp_path / "policy.yaml").write_text(policy)
    app = build_app(
        load_settings(
            database_url=f"sqlite:///{tmp_path}/gdpr.sqlite3",
            policy=str(tmp_path / "policy.yaml"),
            id_key_file=str(tmp_path / "id.key"),
            smtp_url=f"file:{tmp_path}/outbox",
        )
    )
    app.upgrade_schema()
    return app


def mail(card: bytes, n: int = 1) -> bytes:
    msg = EmailMessage()
    msg["From"] = "Jan Peeters <jan.peeters@mail.example>"
    msg["To"] = "GDPR@alsicohightech.com"
    msg["Subject"] = "Inzage"
    msg["Message-ID"] = f"<id{n}@mail.example>"
    msg.set_content("Graag inzage in alle gegevens die u over mij bewaart.\n\nJan Peeters")
    msg.add_attachment(card, maintype="application", subtype="pdf", filename="id.pdf")
    return msg.as_bytes()


def stored(app) -> list[StoredAttachment]:
    with transaction(app.sessions) as session:
        rows = session.scalars(select(StoredAttachment)).all()
        for row in rows:
            _ = row.content  # load the deferred column inside the session
        return rows


def events(app) -> list[str]:
    with transaction(app.sessions) as session:
        return [e.kind for e in session.scalars(select(Event).order_by(Event.id))]


def test_a_verified_copy_is_not_kept_by_default(tmp_path):
    app = app_with(tmp_path, 0)
    app.intake(mail(CARD), Source("k1", datetime.now(UTC)))
    (row,) = stored(app)
    assert row.content is None and row.size == len(CARD)  # metadata only
    assert "id_copy_deleted" in events(app)


def test_a_doubtful_copy_is_kept_encrypted_for_staff(tmp_path):
    app = app_with(tmp_path, 0)
    app.intake(mail(EXPIRED), Source("k1", datetime.now(UTC)))
    (row,) = stored(app)
    assert row.content is not None
    assert b"PEETERS" not in row.content and b"%PDF" not in row.content
    assert app.intake.vault.decrypt(row.content) == EXPIRED
    assert "id_copy_kept" in events(app)


@pytest.mark.parametrize("keep_hours", [2])
def test_a_grace_period_ends_with_the_deletion(tmp_path, keep_hours):
    app = app_with(tmp_path, keep_hours)
    app.intake(mail(CARD), Source("k1", datetime.now(UTC)))
    assert stored(app)[0].content is not None
    housekeeping(app, datetime.now(UTC) + timedelta(hours=1))
    assert stored(app)[0].content is not None
    housekeeping(app, datetime.now(UTC) + timedelta(hours=keep_hours + 1))
    (row,) = stored(app)
    assert row.content is None and row.deleted_at is not None
    assert events(app).count("id_copy_deleted") >= 1
