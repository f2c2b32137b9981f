"""A request the phrase rules cannot read but the trained model recognises: the case carries the
model's reading, flagged for a person, and nothing is done on it before a person confirms."""

from __future__ import annotations

import email
from email import policy
from email.message import EmailMessage

from tests.e2e.conftest import Cli
from tests.e2e.test_console import serving


def test_a_guessed_reading_waits_for_a_person_and_says_so(cli: Cli):
    msg = EmailMessage()
    msg["From"] = "Mieke Claes <mieke.claes@mail.example>"
    msg["To"] = "GDPR@alsicohightech.com"
    msg["Subject"] = "vraagje"
    msg["Message-ID"] = "<guess-1@mail.example>"
    msg.set_content("Hallo,\n\nWat staat er allemaal in jullie computer over mij?\n\nMieke")
    cli.deliver("1.M1.g", msg.as_bytes())
    cli.run("run", "--once")

    (case,) = cli.json("cases", "list")
    assert case["request_types"] == ["access"]
    assert case["flagged"] and "low_confidence" in case["flags"]
    assert case["status"] == "awaiting_review"
    kinds = [m["kind"] for m in case["messages"] if m["direction"] == "out"]
    assert "response" not in kinds  # nothing is carried out on a guess
    (ack,) = [
        email.message_from_bytes(p.read_bytes(), policy=policy.default)
        for p in cli.outbox.glob(f"{case['ref']}-*acknowledgement.eml")
    ]
    text = ack.get_content()
    assert "inzage" in text.lower() and "medewerker" in text  # the reading, and a person checks

    with serving(cli) as web:  # staff see that the reading is a guess, to confirm or correct
        status, _, page = web.get(f"/cases/{case['ref']}")
        assert status == 200 and "a guess of the trained model" in page
        cli.run("cases", "approve", case["ref"])  # a person confirmed it
        assert "a guess of the trained model" not in web.get(f"/cases/{case['ref']}")[2]
    assert "low_confidence" not in cli.json("cases", "show", case["ref"])["flags"]
