"""worker/mailbox/imap.py against a real Dovecot (tests/integration/conftest.py): fetch by UID
with MOVE or a keyword, the position in the case store, IDLE push and polling, reconnects after
the server drops the connection (during IDLE too) or goes away, a UIDVALIDITY change, the size
limit, imaps:// and imap+starttls://, and aioimaplib's recursion bug."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from aioimaplib import FetchCommand, IMAP4ClientProtocol
from sqlalchemy.orm import Session, sessionmaker

from config.settings import Settings
from tests.integration.conftest import PASSWORD, Dovecot, ImapUser, make_mail
from tests.integration.smtp_servers import make_pki
from worker.domain import DispositionKind
from worker.mail.parse import Unreadable, parse
from worker.mailbox import TOO_LARGE_HEADER, FetchedMail, too_large_size
from worker.mailbox.imap import PROCESSED_KEYWORD, QUARANTINED_KEYWORD, ImapSource, _Protocol
from worker.store import repo
from worker.store.db import make_engine, make_sessionmaker, transaction, upgrade

pytestmark = pytest.mark.integration

OPENED = DispositionKind.CASE_OPENED
QUARANTINED = DispositionKind.QUARANTINED


@pytest.fixture
def sessions(tmp_path: Path) -> Iterator[sessionmaker[Session]]:
    engine = make_engine(f"sqlite:///{tmp_path / 'gdpr.sqlite3'}")
    upgrade(engine)
    yield make_sessionmaker(engine)
    engine.dispose()


SourceFactory = Callable[..., ImapSource]


@pytest.fixture
async def source(sessions: sessionmaker[Session]) -> AsyncIterator[SourceFactory]:
    """ImapSource(user, scheme, **tuning): quick timeouts and backoff; closed afterwards."""
    made: list[ImapSource] = []

    def make(
        user: ImapUser, scheme: str = "imap", settings: dict | None = None, **kw
    ) -> ImapSource:
        options = dict(
            ssl_context=make_pki().client_context(),
            timeout=5.0,
            backoff_first=0.05,
            backoff_cap=0.5,
            noop_every=0.2,
        )
        options.update(kw)
        src = ImapSource(
            Settings(mailbox_url=user.url(scheme), **(settings or {})), sessions, **options
        )
        made.append(src)
        return src

    yield make
    for src in made:
        await src.close()


async def drain(src: ImapSource, disposition: DispositionKind | None = OPENED) -> list[FetchedMail]:
    """Everything fetch() yields, each marked with `disposition` (None: not marked)."""
    out = []
    async for mail in src.fetch():
        out.append(mail)
        if disposition is not None:
            await src.mark(mail, disposition)
    return out


def position(sessions: sessionmaker[Session], src: ImapSource) -> tuple[int, int]:
    with transaction(sessions) as session:
        pos = repo.mailbox_position(session, src.name)
        return pos.uidvalidity, pos.last_uid


# A safety net against hangs only: what is awaited under it is expected in well under a second,
# and its failure means the source is waiting for something else (an hour-long timeout, an IDLE
# of four minutes). Never a measure of speed: a loaded CI machine may be slow, not wrong.
SAFETY = 60.0


async def until(condition: Callable[[], bool], what: str) -> None:
    """Wait, up to SAFETY seconds, for `condition` to hold."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + SAFETY
    while not condition():
        assert loop.time() < deadline, f"still not {what} after {SAFETY:.0f} s"
        await asyncio.sleep(0.02)


def spy(src: ImapSource, name: str) -> list[tuple]:
    """The arguments of each call to the source's coroutine method `name`, from now on."""
    calls: list[tuple] = []
    real = getattr(src, name)

    async def recorded(*args: object) -> object:
        calls.append(args)
        return await real(*args)

    setattr(src, name, recorded)
    return calls


def idling(src: ImapSource) -> bool:
    """The server has answered our IDLE with its continuation: it pushes from now on."""
    conn = src._conn
    return (
        conn is not None
        and conn.protocol.has_pending_idle_command()
        and conn.protocol._idle_event.is_set()
    )


# --- fetch and mark -----------------------------------------------------------------------------


async def test_fetch_moves_marked_mail_and_keeps_the_position(
    imap_user: ImapUser, source: SourceFactory, sessions: sessionmaker[Session]
) -> None:
    when = datetime(2026, 11, 25, 9, 14, 3, tzinfo=UTC)
    mails = [make_mail(i) for i in range(3)]
    imap_user.append(*mails, when=when.timestamp())
    with imap_user.session() as imap:  # staff read one: \Seen must not matter
        imap.select("INBOX")
        imap.uid("STORE", "2", "+FLAGS", r"(\Seen)")
    src = source(imap_user)

    got = []
    async for mail in src.fetch():
        got.append(mail)
        await src.mark(mail, QUARANTINED if len(got) == 2 else OPENED)

    uidvalidity = imap_user.uidvalidity()
    assert [m.raw for m in got] == mails
    assert [m.key for m in got] == [f"{src.name}:{uidvalidity}:{uid}" for uid in (1, 2, 3)]
    assert src.name == f"imap://127.0.0.1:{imap_user.server.imap_port}/INBOX"
    assert PASSWORD not in src.name and imap_user.name not in src.name
    assert all(m.received_at == when for m in got)
    assert imap_user.messages("INBOX") == []
    processed, quarantined = imap_user.messages("Processed"), imap_user.messages("Quarantine")
    assert len(processed) == 2 and len(quarantined) == 1
    assert all(r"\Seen" not in flags for _, flags in processed)  # BODY.PEEK[] only
    assert r"\Seen" in quarantined[0][1]  # the one staff had read, as they left it
    assert position(sessions, src) == (uidvalidity, 3)

    assert await drain(src) == []  # nothing new
    imap_user.append(make_mail(4))
    assert [m.key.rsplit(":", 1)[1] for m in await drain(src)] == ["4"]
    assert position(sessions, src) == (uidvalidity, 4)


async def test_marks_are_carried_out_per_batch_once_it_is_yielded(
    imap_user: ImapUser, source: SourceFactory, sessions: sessionmaker[Session]
) -> None:
    imap_user.append(*(make_mail(i) for i in range(5)))
    src = source(imap_user, batch=2)
    got = []
    async for mail in src.fetch():
        got.append(mail)
        await src.mark(mail, QUARANTINED if len(got) in (2, 5) else OPENED)
        if len(got) == 1:  # the batch (UIDs 1-2) is not yet through: nothing moved yet
            assert len(imap_user.messages("INBOX")) == 5
        if len(got) == 3:  # the first batch was marked when the second began
            assert [uid for uid, _ in imap_user.messages("INBOX")] == [3, 4, 5]
            assert position(sessions, src)[1] == 2
    assert imap_user.messages("INBOX") == []
    assert len(imap_user.messages("Processed")) == 3
    assert len(imap_user.messages("Quarantine")) == 2
    assert position(sessions, src)[1] == 5


async def test_the_position_survives_a_restart_and_a_failed_mark_is_fetched_again(
    imap_user: ImapUser, source: SourceFactory, sessions: sessionmaker[Session]
) -> None:
    imap_user.append(*(make_mail(i) for i in range(3)))
    first = source(imap_user)
    fetched = await drain(first, disposition=None)  # intake ran, then a crash before marking
    assert len(fetched) == 3
    await first.mark(fetched[0], OPENED)
    await first.close()

    second = source(imap_user)  # a new process: the position comes from the database
    again = await drain(second)
    assert [m.key for m in again] == [m.key for m in fetched[1:]]
    assert imap_user.messages("INBOX") == []
    assert position(sessions, second)[1] == 3


async def test_without_move_the_keyword_marks_mail_and_the_search_skips_it(
    plain_user: ImapUser, source: SourceFactory, sessions: sessionmaker[Session]
) -> None:
    plain_user.append(make_mail(1), make_mail(2))
    src = source(plain_user)
    got = []
    async for mail in src.fetch():
        got.append(mail)
        await src.mark(mail, QUARANTINED if len(got) == 2 else OPENED)
    assert len(got) == 2
    assert src._conn is not None and not src._conn.move and not src._conn.idle

    inbox = plain_user.messages("INBOX")
    assert [uid for uid, _ in inbox] == [1, 2]  # still there: the server cannot move
    assert PROCESSED_KEYWORD in inbox[0][1] and QUARANTINED_KEYWORD not in inbox[0][1]
    assert PROCESSED_KEYWORD in inbox[1][1] and QUARANTINED_KEYWORD in inbox[1][1]
    assert all(r"\Seen" not in flags for _, flags in inbox)
    assert plain_user.messages("Processed") == []

    plain_user.append(make_mail(3))
    assert [m.key.rsplit(":", 1)[1] for m in await drain(src)] == ["3"]

    # even with the position lost, marked mail is not fetched again
    with transaction(sessions) as session:
        repo.mailbox_position(session, src.name).last_uid = 0
    assert await drain(src) == []


# --- waiting: IDLE and polling ------------------------------------------------------------------


async def test_idle_returns_when_mail_arrives(imap_user: ImapUser, source: SourceFactory) -> None:
    src = source(imap_user, idle_every=0.1)
    assert await drain(src) == []
    assert src._conn is not None and src._conn.idle
    idles = spy(src, "_idle")

    await asyncio.wait_for(src.wait(1.5), SAFETY)  # nothing happens: IDLE, re-issued, to the end
    assert not src._conn.protocol.new_mail
    assert len(idles) >= 2  # re-issued: not one IDLE for the whole wait
    assert all(span <= 0.1 for _conn, span in idles) and idles[0][1] == 0.1

    # From here only the server's push can end the wait early: an IDLE lasts an hour, as the wait.
    src.idle_every = 3600
    idles.clear()
    waiting = asyncio.create_task(src.wait(3600))
    await until(lambda: idling(src), "idling")
    await asyncio.to_thread(imap_user.append, make_mail(1))
    await asyncio.wait_for(waiting, SAFETY)  # woken by the server's EXISTS
    assert src._conn.protocol.new_mail
    assert len(idles) == 1
    assert len(await drain(src)) == 1
    assert src.connects == 1


async def test_a_cancelled_wait_leaves_idle_and_closes_cleanly(
    imap_user: ImapUser, source: SourceFactory
) -> None:
    src = source(imap_user)
    assert await drain(src) == []
    waiting = asyncio.create_task(src.wait(3600))
    await until(lambda: idling(src), "idling")
    conn = src._conn
    assert conn is not None
    waiting.cancel()  # the poller's stop event
    with pytest.raises(asyncio.CancelledError):
        await waiting
    logouts = []
    real_logout = conn.protocol.logout

    async def logout() -> object:
        logouts.append(resp := await real_logout())
        return resp

    conn.protocol.logout = logout
    await asyncio.wait_for(src.close(), SAFETY)
    # IDLE was left (DONE sent): the server answered the LOGOUT, so close() did not have to
    # wait for its watchdog and abort; and the server ended the session as a logout
    assert [r.result for r in logouts] == ["OK"]

    def logged_out() -> bool:
        return any(
            f"imap({imap_user.name})" in line and "Logged out" in line
            for line in imap_user.server.log().splitlines()
        )

    await until(logged_out, "logged out in Dovecot's log")  # its log process writes a moment later


async def test_polling_where_the_server_has_no_idle(
    plain_user: ImapUser, source: SourceFactory
) -> None:
    src = source(plain_user, noop_every=0.2)
    assert await drain(src) == []
    sleeps = spy(src, "_sleep")
    waiting = asyncio.create_task(src.wait(3600))
    await until(lambda: len(sleeps) >= 1, "polling")
    await asyncio.to_thread(plain_user.append, make_mail(1))
    await asyncio.wait_for(waiting, SAFETY)  # a NOOP saw it, long before the hour is up
    assert src._conn is not None and src._conn.protocol.new_mail
    assert all(seconds <= 0.2 for _conn, seconds in sleeps)  # a NOOP every noop_every
    assert len(await drain(src)) == 1


async def test_mail_arriving_during_a_fetch_ends_the_next_wait_at_once(
    imap_user: ImapUser, source: SourceFactory
) -> None:
    imap_user.append(make_mail(1))
    src = source(imap_user)
    async for mail in src.fetch():
        await asyncio.to_thread(imap_user.append, make_mail(2))  # announced with the MOVE
        await src.mark(mail, OPENED)
    idles = spy(src, "_idle")
    await asyncio.wait_for(src.wait(3600), SAFETY)
    assert idles == []  # it returned without even an IDLE: the EXISTS was already seen
    assert len(await drain(src)) == 1


# --- reconnecting -------------------------------------------------------------------------------


async def test_reconnects_after_the_connection_drops(
    imap_user: ImapUser, source: SourceFactory
) -> None:
    src = source(imap_user)
    assert await drain(src) == []
    assert imap_user.kill_sessions() >= 1
    imap_user.append(make_mail(1))
    assert len(await asyncio.wait_for(drain(src), SAFETY)) == 1
    assert src.connects == 2


@pytest.mark.parametrize("how", ["bye", "kill"])
async def test_reconnects_when_the_connection_ends_during_idle(
    imap_user: ImapUser, source: SourceFactory, how: str
) -> None:
    src = source(imap_user)  # an IDLE lasts idle_every, four minutes, and the wait an hour
    assert await drain(src) == []
    waiting = asyncio.create_task(src.wait(3600))
    await until(lambda: idling(src), "idling")
    if how == "bye":
        await asyncio.to_thread(imap_user.kick)  # * BYE, then the server closes (#110)
    else:
        assert await asyncio.to_thread(imap_user.kill_sessions) >= 1
    await asyncio.wait_for(waiting, SAFETY)  # back at once, reconnected, to catch up
    assert src.connects == 2
    imap_user.append(make_mail(1))
    assert len(await drain(src)) == 1


async def test_reconnects_with_backoff_while_the_server_is_down(
    fresh_dovecot: Dovecot,
    fresh_user: ImapUser,
    source: SourceFactory,
    caplog: pytest.LogCaptureFixture,
) -> None:
    src = source(fresh_user)
    assert await drain(src) == []
    fresh_user.append(make_mail(1))
    fresh_dovecot.stop()
    caplog.set_level(logging.INFO, logger="worker.mailbox.imap")
    fetching = asyncio.create_task(drain(src))

    def attempts() -> list[str]:
        return [r.getMessage() for r in caplog.records if "connection attempt" in r.getMessage()]

    await until(lambda: any("attempt 6 failed" in a for a in attempts()), "6 attempts")
    assert not fetching.done()
    # backoff_first 0.05 s doubling, capped at 0.5 s, less up to a fifth (jitter)
    delays = [float(a.rsplit("next attempt in ", 1)[1].rstrip("s")) for a in attempts()]
    assert delays[0] <= 0.05 and all(d <= 0.5 for d in delays)
    assert delays[1] > delays[0] and delays[5] >= 0.4  # growing, up to the cap
    fresh_dovecot.start()
    assert len(await asyncio.wait_for(fetching, SAFETY)) == 1

    assert any("attempt 3 failed" in a for a in attempts())
    assert any("after" in r.getMessage() and "connected" in r.getMessage() for r in caplog.records)
    assert not any(PASSWORD in r.getMessage() for r in caplog.records)
    assert not any(fresh_user.name + ":" in r.getMessage() for r in caplog.records)


async def test_a_uidvalidity_change_starts_again_from_the_first_uid(
    imap_user: ImapUser, source: SourceFactory, sessions: sessionmaker[Session]
) -> None:
    imap_user.append(make_mail(1), make_mail(2))
    src = source(imap_user)
    fetched = await drain(src, disposition=None)
    await src.mark(fetched[0], OPENED)  # the second: intake committed, then a crash
    await src.close()
    old = imap_user.uidvalidity()
    imap_user.set_uidvalidity(old + 1000)

    src = source(imap_user)
    again = await drain(src)
    assert [m.raw for m in again] == [fetched[1].raw]
    assert again[0].key == f"{src.name}:{old + 1000}:2"
    assert position(sessions, src) == (old + 1000, 2)


async def test_a_uidvalidity_change_under_an_open_connection(
    imap_user: ImapUser, source: SourceFactory, sessions: sessionmaker[Session]
) -> None:
    src = source(imap_user)
    assert await drain(src) == []
    imap_user.append(make_mail(1))
    new = imap_user.uidvalidity() + 7
    imap_user.set_uidvalidity(new)  # Dovecot ends the session; the source opens another
    again = await asyncio.wait_for(drain(src), SAFETY)
    assert [m.key for m in again] == [f"{src.name}:{new}:1"]
    assert position(sessions, src) == (new, 1)
    assert imap_user.messages("INBOX") == []


# --- the size limit -----------------------------------------------------------------------------


async def test_a_mail_over_the_limit_is_not_downloaded_and_goes_to_quarantine(
    imap_user: ImapUser, source: SourceFactory
) -> None:
    big = make_mail(2, size=20_000)
    imap_user.append(make_mail(1), big)
    src = source(imap_user, settings={"max_message_bytes": 10_000})
    got = await drain(src)  # marked as opened: the stand-in goes to quarantine all the same
    assert len(got) == 2
    small, stand_in = got
    assert small.raw.startswith(b"From:") and not small.handle.oversized
    assert stand_in.raw.startswith(f"{TOO_LARGE_HEADER}: {len(big)}\r\n".encode())
    assert too_large_size(stand_in.raw) == len(big)
    assert too_large_size(small.raw) is None
    assert len(stand_in.raw) < 1_000
    assert b"Subject: Test mail 2" in stand_in.raw and b"\r\nFrom:" not in stand_in.raw
    assert b"X-Original-From: Jan Peeters" in stand_in.raw
    reading = parse(stand_in.raw)
    assert isinstance(reading, Unreadable)  # never a case, even before intake knows the marker
    assert len(imap_user.messages("Processed")) == 1
    assert len(imap_user.messages("Quarantine")) == 1


# --- TLS ----------------------------------------------------------------------------------------


async def test_imaps_verified_with_the_default_context(
    imap_user: ImapUser,
    source: SourceFactory,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ca = tmp_path / "ca.pem"
    ca.write_text(make_pki().ca_pem)
    monkeypatch.setenv("SSL_CERT_FILE", str(ca))
    imap_user.append(make_mail(1))
    src = source(imap_user, "imaps", ssl_context=None)
    assert src.name.startswith("imaps://")
    assert len(await drain(src)) == 1
    assert src._conn is not None
    assert src._conn.protocol.transport.get_extra_info("ssl_object") is not None


async def test_imaps_refuses_a_certificate_it_cannot_verify(
    imap_user: ImapUser, source: SourceFactory, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING, logger="worker.mailbox.imap")
    src = source(imap_user, "imaps", ssl_context=make_pki("rogue").client_context())
    fetching = asyncio.create_task(drain(src))
    await until(
        lambda: any("CERTIFICATE_VERIFY_FAILED" in r.getMessage() for r in caplog.records),
        "refused for its certificate",
    )
    assert not fetching.done() and src.connects == 0  # it goes on trying, never connected
    fetching.cancel()
    with pytest.raises(asyncio.CancelledError):
        await fetching


async def test_starttls_upgrades_before_login(imap_user: ImapUser, source: SourceFactory) -> None:
    imap_user.append(make_mail(1))
    src = source(imap_user, "imap+starttls")
    assert len(await drain(src)) == 1
    assert src._conn is not None
    assert src._conn.protocol.transport.get_extra_info("ssl_object") is not None

    def tls_login() -> bool:  # the source's login; the test's own (APPEND) is plain
        return any(
            f"Login: user=<{imap_user.name}>" in line and ", TLS," in line
            for line in imap_user.server.log().splitlines()
        )

    await until(tls_login, "a TLS login in Dovecot's log")  # its log process writes a moment later


async def test_starttls_is_required_not_opportunistic(
    plain_user: ImapUser, source: SourceFactory, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING, logger="worker.mailbox.imap")
    src = source(plain_user, "imap+starttls")
    fetching = asyncio.create_task(drain(src))
    await until(
        lambda: any("does not offer STARTTLS" in r.getMessage() for r in caplog.records),
        "refused for the missing STARTTLS",
    )
    assert not fetching.done() and src.connects == 0  # it goes on trying, never connected
    fetching.cancel()
    with pytest.raises(asyncio.CancelledError):
        await fetching
    assert f"user=<{plain_user.name}>" not in plain_user.server.log()  # no password sent


# --- aioimaplib's recursion bug (#118) ----------------------------------------------------------


class _Transport:
    def write(self, data: bytes) -> None:
        pass


def _fetch_response(protocol: IMAP4ClientProtocol, lines: int) -> FetchCommand:
    protocol.connection_made(_Transport())
    protocol.state = "SELECTED"
    cmd = FetchCommand("A1", "1:*", "(UID)", prefix="UID", loop=asyncio.get_running_loop())
    protocol.pending_async_commands["FETCH"] = cmd
    data = b"".join(b"* %d FETCH (UID %d)\r\n" % (i, i) for i in range(1, lines + 1))
    protocol.data_received(data + b"A1 OK Fetch completed.\r\n")
    return cmd


async def test_a_response_of_thousands_of_lines_is_parsed_without_recursion() -> None:
    loop = asyncio.get_running_loop()
    with pytest.raises(RecursionError):  # the bug, in the library as it is
        _fetch_response(IMAP4ClientProtocol(loop, None), 2_000)
    cmd = _fetch_response(_Protocol(loop, lambda _exc: None), 2_000)
    assert cmd.response.result == "OK"
    assert len(cmd.response.lines) == 2_001


async def test_a_thousand_mails_in_one_metadata_fetch(
    imap_user: ImapUser, source: SourceFactory
) -> None:
    with imap_user.session() as imap:
        for i in range(1_050):
            imap.append(
                "INBOX", None, None, b"From: a@mail.example\r\nSubject: %d\r\n\r\nx\r\n" % i
            )
    src = source(imap_user, batch=1_050)
    count = 0
    async for _mail in src.fetch():
        count += 1
    assert count == 1_050
    assert src.connects == 1
