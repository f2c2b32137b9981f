"""The console's release of an access package held for review (art. 15(4)): an officer reads
every field the package would carry, ticks what to withhold, releases it; a viewer reads only.
A real console over the demo CRM, with the in-process handlers doing the work."""

from __future__ import annotations

import email
import io
import re
from collections.abc import Iterator
from datetime import UTC, datetime
from email import policy
from email.message import EmailMessage
from pathlib import Path

import pytest
from pypdf import PdfReader

from samples import demo_crm
from tests.console.conftest import form_token
from worker.datamap import datamap_for
from worker.intake import Source

REPO = Path(__file__).resolve().parents[2]
PASSWORD = re.compile(r"\b([A-HJ-NP-Z2-9]{4}(?:-[A-HJ-NP-Z2-9]{4}){4})\b")
NOTE = "customer refuses payment"


@pytest.fixture
def crm(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The demo CRM where the shipped data map looks for it (var/ under the working dir); the
    map loaded afresh, so that it opens this CRM and not another test's."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "var").mkdir(exist_ok=True)
    demo_crm.create(f"sqlite:///{tmp_path / 'var' / 'demo-crm.sqlite3'}")
    datamap_for.cache_clear()
    yield tmp_path
    datamap_for.cache_clear()


def jan_asks(served) -> str:  # noqa: ANN001
    msg = EmailMessage()
    msg["From"] = "Jan Peeters <jan.peeters@mail.example>"
    msg["To"] = "GDPR@alsicohightech.com"
    msg["Subject"] = "Inzage"
    msg["Message-ID"] = "<console-release-1@mail.example>"
    msg.set_content("Graag inzage in alle gegevens die u over mij bewaart.")
    outcome = served.app.intake(msg.as_bytes(), Source("release-1", datetime.now(UTC)))
    return outcome.case_ref


def test_an_officer_reads_withholds_and_releases_the_package(serve, crm: Path):
    served = serve(GDPR_SOURCES=str(REPO / "config" / "sources.yaml"))
    ref = jan_asks(served)
    anna, vic = served.logged_in(), served.logged_in("vic")
    token = form_token(anna.get(f"/cases/{ref}").text)
    approved = anna.post(f"/cases/{ref}/approve", data={"token": token, "confirmed": "yes"})
    assert approved.status_code == 303  # not the sender's own server's word: staff approve
    case = anna.get(f"/api/cases/{ref}").json()
    assert case["status"] == "awaiting_review" and case["flags"] == ["package_review"], case
    assert f"/cases/{ref}/package" in anna.get(f"/cases/{ref}").text

    page = anna.get(f"/cases/{ref}/package").text
    assert NOTE in page and "Notities" in page and "Griet (support)" in page
    boxes = re.findall(r'name="redact:([^"]+)"', page)
    notes = [b for b in boxes if b.startswith("invoices.notes@")]
    assert notes and all(b.count("@") == 1 for b in boxes)

    # a viewer sees the page but cannot release
    assert vic.get(f"/cases/{ref}/package").status_code == 200
    viewer_token = form_token(vic.get(f"/cases/{ref}").text)
    assert vic.post(f"/cases/{ref}/release", data={"token": viewer_token}).status_code == 403
    assert anna.get(f"/api/cases/{ref}").json()["flags"] == ["package_review"]

    bad = anna.post(f"/cases/{ref}/release",
                    data={"token": token, "redact_more": "nosuch.table"})  # fmt: skip
    assert bad.status_code == 409 and "no such table" in bad.text
    form = {"token": token, "redact_more": "interactions.agent"}
    form |= {f"redact:{b}": "yes" for b in notes}
    done = anna.post(f"/cases/{ref}/release", data=form)
    assert done.status_code == 303 and done.headers["location"] == f"/cases/{ref}?done=released"

    case = anna.get(f"/api/cases/{ref}").json()
    assert case["status"] == "completed", case
    (released,) = [e for e in case["log"] if e["event"] == "package_released"]
    assert released["actor"] == "staff:anna"
    outbox = sorted((crm / "outbox").glob(f"{ref}-*.eml"))
    mails = [email.message_from_bytes(p.read_bytes(), policy=policy.default) for p in outbox]
    (package,) = [m for m in mails if any(True for _ in m.iter_attachments())]
    (secret,) = [
        found.group(1)
        for m in mails
        if (found := PASSWORD.search(m.get_body(("plain",)).get_content()))
    ]
    reader = PdfReader(io.BytesIO(next(package.iter_attachments()).get_content()))
    assert reader.decrypt(secret) != 0
    text = "".join(p.extract_text() for p in reader.pages)
    assert "Voornaam" in text and NOTE not in text and "Griet" not in text
