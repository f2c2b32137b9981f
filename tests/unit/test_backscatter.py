"""Backscatter (the security review's finding 7): the daily reply cap counts one mailbox however
its address is written, a global hourly cap bounds the automatic replies to unauthenticated
senders, and a reply greets only with a plain, short display name."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from tests.unit.conftest import RecordingJobs, make_app, request, take_in
from worker.app import App
from worker.mail.addresses import echoable_name, mailbox_domains, mailbox_key
from worker.store.db import transaction
from worker.store.models import Case, OutboundMessage

OPT_OUT = "Please remove me from your newsletter and stop sending me marketing e-mails."


@pytest.mark.parametrize(
    ("written", "key"),
    [
        ("victim@mail.example", "victim@mail.example"),
        ("victim+7@mail.example", "victim@mail.example"),
        ("Victim+spam+x@mail.example", "victim@mail.example"),
        ("j.doe+news@googlemail.com", "jdoe@gmail.com"),
        ("J.Doe@gmail.com", "jdoe@gmail.com"),
        ("j.doe@mail.example", "j.doe@mail.example"),  # dots count elsewhere
        ("+only@mail.example", "+only@mail.example"),
    ],
)
def test_one_mailbox_however_written(written: str, key: str) -> None:
    assert mailbox_key(written) == key


def test_the_domains_a_mailbox_is_written_with() -> None:
    assert mailbox_domains("x@mail.example") == ("mail.example",)
    assert mailbox_domains("x@googlemail.com") == ("gmail.com", "googlemail.com")


@pytest.mark.parametrize(
    ("name", "echoed"),
    [
        ("Jan Peeters", "Jan Peeters"),
        ("Anna-Lena Müller", "Anna-Lena Müller"),
        ("  Jean   O'Brien ", "Jean O'Brien"),
        ("Cheap pills at evil.example", ""),
        ("Visit www.evil now", ""),
        ("Click https://x", ""),
        ("jan@mail.example", ""),
        ("Win 1000 EUR", ""),
        ("Jan\u202eNAJ", ""),
        ("Jan\x07", ""),
        ("<Jan>", ""),
        ("", ""),
    ],
)
def test_a_reply_greets_only_with_a_plain_name(name: str, echoed: str) -> None:
    assert echoable_name(name) == echoed


def test_a_long_name_is_cut_at_a_word() -> None:
    long = "Johannes " * 40
    echoed = echoable_name(long)
    assert 0 < len(echoed) <= 64 and echoed.endswith("Johannes")
    assert len(echoable_name("x" * 5000)) == 64


def replies_to(app: App, key: str) -> int:
    with transaction(app.sessions) as session:
        rows = session.scalars(select(OutboundMessage.to_addr)).all()
    return sum(mailbox_key(a) == key for a in rows)


def unauthenticated(app: App, jobs: RecordingJobs, n: int, who: tuple[str, str]) -> None:
    take_in(
        app, jobs, request("Unsubscribe", OPT_OUT, who=who, authenticated=False,
                           message_id=f"<m{n}@evil.example>"),
        key=f"k{n}",
    )  # fmt: skip


def test_plus_tags_do_not_multiply_the_daily_cap(app: App, jobs: RecordingJobs) -> None:
    """20 mails as victim+N@ gave 40 replies; now the mailbox's cap of 5 holds in all."""
    for n in range(20):
        unauthenticated(app, jobs, n, ("Victim", f"Victim+{n}@mail.example"))
    cap = app.policy.replies.max_per_sender_per_day
    assert replies_to(app, "victim@mail.example") == cap
    with transaction(app.sessions) as session:
        flagged = [c.flags for c in session.scalars(select(Case)).all()]
    assert len(flagged) == 20 and sum("reply_limit" in f for f in flagged) >= 20 - cap


def test_a_global_hourly_cap_holds_replies_to_rotating_senders(
    tmp_path: Path, jobs: RecordingJobs
) -> None:
    app = make_app(tmp_path)
    replies = app.policy.replies.model_copy(update={"max_unauthenticated_per_hour": 3})
    app.policy = app.intake.policy = app.policy.model_copy(update={"replies": replies})
    for n in range(6):
        unauthenticated(app, jobs, n, ("Someone", f"person{n}@mail{n}.example"))
    with transaction(app.sessions) as session:
        total = session.scalar(select(func.count(OutboundMessage.id)))
        held = [c for c in session.scalars(select(Case)).all() if "reply_limit" in c.flags]
    assert total == 3 and len(held) == 3
    # an authenticated sender is not held by the unauthenticated senders' cap
    take_in(app, jobs, request("Unsubscribe", OPT_OUT, message_id="<ok@mail.example>"), key="ok")
    with transaction(app.sessions) as session:
        assert session.scalar(select(func.count(OutboundMessage.id))) == 4


def test_the_acknowledgement_does_not_carry_a_spammers_display_name(
    app: App, jobs: RecordingJobs
) -> None:
    spam = "Cheap watches at shop.evil.example " + "buy " * 300
    unauthenticated(app, jobs, 1, (spam, "victim@mail.example"))
    with transaction(app.sessions) as session:
        (body,) = session.scalars(select(OutboundMessage.body)).all()
    assert "evil" not in body and "buy buy" not in body and "Dear Sir or Madam," in body


def test_two_intakes_at_once_on_postgresql_cannot_both_spend_the_last_reply(
    tmp_path: Path, jobs: RecordingJobs, postgres_url: str
) -> None:
    """Intake counts the mailbox's replies, then writes its own under the cap. Two mails from one
    mailbox taken in at once on PostgreSQL each counted before the other's reply was committed,
    and both got one past the cap: the count and the write now hold one lock until commit."""
    import threading

    from sqlalchemy import event, text

    app = make_app(tmp_path, postgres_url)
    replies = app.policy.replies.model_copy(update={"max_per_sender_per_day": 1})
    app.policy = app.intake.policy = app.policy.model_copy(update={"replies": replies})
    counted_first = threading.Event()
    let_first_commit = threading.Event()

    @event.listens_for(app.sessions, "before_commit")
    def _hold_the_first(session) -> None:  # noqa: ANN001
        if threading.current_thread() is not first_thread or counted_first.is_set():
            return
        if session.scalar(select(func.count(OutboundMessage.id))):  # its reply, not yet committed
            counted_first.set()
            assert let_first_commit.wait(60), "the test never let the first intake commit"

    def take(n: int) -> None:
        unauthenticated(app, jobs, n, ("Victim", f"victim+{n}@mail.example"))

    first_thread = threading.Thread(target=take, args=(1,))
    second_thread = threading.Thread(target=take, args=(2,))
    first_thread.start()
    assert counted_first.wait(60), "the first intake never wrote its reply"
    second_thread.start()
    with app.engine.connect() as watch:  # the second waits on the lock, or is already through
        for _ in range(600):
            waiting = watch.execute(text(
                "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'"
                " AND query LIKE '%pg_advisory_xact_lock%'"
            )).scalar()  # fmt: skip
            if waiting or not second_thread.is_alive():
                break
            threading.Event().wait(0.1)
            watch.rollback()
    let_first_commit.set()
    first_thread.join(60)
    second_thread.join(60)
    assert replies_to(app, "victim@mail.example") == 1
    with transaction(app.sessions) as session:
        flags = [c.flags for c in session.scalars(select(Case)).all()]
    assert len(flags) == 2 and sum("reply_limit" in f for f in flags) == 1
