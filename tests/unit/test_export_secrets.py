"""The evidence file for the authority (worker/cases/export.py) carries no confirmation code and
no package password, however the requester typed or quoted them: in a mail's text, its quoted
part or its subject line."""

from __future__ import annotations

import json

import pytest

from worker.cases.export import evidence

CODE = "CONFIRM-K7QX-M3PW-9TRB-ZH4N-C8DV"
PASSWORD = "K7QX-M3PW-9TRB-ZH4N-C8DV"


def case_obj() -> dict:
    return {
        "ref": "GDPR-2026-000001", "status": "in_progress", "request_types": ["erasure"],
        "language": "nl", "requester": {"email": "jan@mail.example", "name": "Jan"},
        "received_at": "2026-12-01T10:00:00+00:00", "deadline": "2027-01-01",
        "id_check": {"status": "missing", "reasons": []}, "flags": [], "evidence": {},
        "log": [],
    }  # fmt: skip


def inbound(subject: str = "Re: Bevestiging", written: str = "", quoted: str = "") -> dict:
    return {
        "direction": "in", "kind": "follow_up", "at": "2026-12-02T10:00:00+00:00",
        "message_id": "<x@mail.example>", "subject": subject, "written": written,
        "quoted": quoted, "attachments": [],
    }  # fmt: skip


@pytest.mark.parametrize(
    "mail",
    [
        inbound(written=f"Hier is de code: {CODE}"),
        inbound(written="mijn code: " + CODE.lower()),
        inbound(written="CONFIRM " + CODE.removeprefix("CONFIRM-").replace("-", " ")),
        inbound(subject=f"Re: bevestiging {CODE}"),  # typed in the subject line
        inbound(quoted=f"> Uw wachtwoord: {PASSWORD}"),
        inbound(written="wachtwoord " + PASSWORD.lower()),  # typed back in small letters
        inbound(written="wachtwoord " + PASSWORD.replace("-", " ")),  # with spaces
        inbound(subject=f"wachtwoord {PASSWORD}"),
    ],
    ids=[
        "code",
        "lower",
        "spaces",
        "subject",
        "quoted-password",
        "lower-password",
        "spaced-password",
        "password-in-subject",
    ],  # fmt: skip
)
def test_no_code_or_password_however_typed(mail):
    data = evidence(case_obj(), [mail], "cli:test")
    text = json.dumps(data).upper()
    for group in ("K7QX", "M3PW", "9TRB", "ZH4N", "C8DV"):
        assert group not in text, group
    assert "[code removed]" in json.dumps(data)


@pytest.mark.parametrize(
    "words",
    [
        "I confirm that they were sent back",
        "confirm my request to erase all data",
        "Please confirm: what they were sent",
    ],  # fmt: skip
)
def test_the_requesters_own_words_are_kept(words):
    data = evidence(case_obj(), [inbound(written=words)], "cli:test")
    assert data["thread"][0]["text"] == words
