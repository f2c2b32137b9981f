"""Backscatter past the reply caps (security review, finding 7): intake holds its own
acknowledgement once a mailbox had its automatic replies for the day, but what the case's rights
write at once (an opt-out's confirmation, a confirmation code, "a person will look at it") went
out all the same. Forged senders rotating `+tags` of one mailbox, or any third parties, got a
mail from the company's domain for every forged mail."""

from __future__ import annotations

import pytest

from tests.attacks.conftest import World

pytestmark = pytest.mark.attack

ASKS = (
    "Unsubscribe me from your newsletter, no more marketing mails.",
    "Please erase all my personal data.",
    "Please restrict the processing of my data.",
    "I object to profiling.",
)


def test_the_daily_cap_of_a_mailbox_holds_for_what_the_rights_write_too(world: World):
    from tests.attacks.mails import mail

    for n in range(12):
        world.deliver(mail(f"victim+{n}@third.example", f"Request {n}", ASKS[n % len(ASKS)]))
    world.run()
    sent = world.sent_to("@third.example")
    assert len(sent) == 5, [(str(m["To"]), str(m["Subject"])) for m in sent]  # the daily cap
    held = [c for c in world.cases() if "reply_limit" in c["flags"]]
    assert len(held) == 12 - 5  # staff see whom nothing was sent to


def test_expired_codes_of_forged_requests_bring_no_flood_of_notices(world: World):
    """When the codes of forged requests expire, the sweep's "not confirmed" notices count
    against the same caps (they came a fortnight later, one per forged mail)."""
    from sqlalchemy import create_engine, text

    from tests.attacks.mails import mail

    for n in range(12):
        world.deliver(mail(f"victim+{n}@third.example", f"Request {n}", ASKS[3]))
    world.run()
    assert {c["status"] for c in world.cases()} == {"awaiting_confirmation"}
    sent = len(world.sent_to("@third.example"))
    assert sent <= 5
    url = world.cli.env.get("GDPR_DATABASE_URL") or (
        f"sqlite:///{world.cli.cwd / 'var' / 'gdpr.sqlite3'}"
    )
    engine = create_engine(url)
    with engine.begin() as conn:  # the codes' days have passed
        conn.execute(text("UPDATE cases SET confirmation_expires_at = '2026-01-01 00:00:00+00:00'"))
    engine.dispose()
    world.run()
    assert {c["status"] for c in world.cases()} == {"closed"}
    assert len(world.sent_to("@third.example")) == sent  # the mailbox had its replies for today
