"""An IMAP mailbox (aioimaplib): imap://, imaps:// (TLS) and imap+starttls:// (STARTTLS required).

The same surface as MaildirSource: `fetch()` yields the new mail, `mark()` records the outcome on
the server after intake has committed, `wait()` returns when new mail may be there.

- Where it stands is kept in the case store (worker/mailbox/positions.py): UIDVALIDITY and the
  last UID marked. `fetch()` searches from there by UID (after every reconnect too), asks for
  RFC822.SIZE and INTERNALDATE in small batches, then fetches each mail alone with BODY.PEEK[]
  (\\Seen is never set nor relied on). A mail over the size limit is not downloaded: a small
  stand-in goes to intake instead (see `stand_in`), and the original goes to the quarantine folder.
- `mark()` moves the mail to the processed or quarantine folder where the server has MOVE, and
  otherwise sets the keyword $GdprProcessed, which the search then skips. Marks are carried out
  per batch (one UID MOVE per folder, one position write), when the batch has been yielded.
- `wait()` IDLEs where the server has it (re-issued every few minutes: NAT boxes drop quiet
  connections long before RFC 2177's 29 minutes) and returns early when the server announces
  mail; elsewhere it sleeps and sends NOOP.
- aioimaplib's open bugs are survived, not trusted: the protocol below parses responses without
  recursion (its issue #118: 1,000+ lines raise RecursionError and kill the transport), treats an
  untagged BYE or a lost transport as the end of the connection (its issue #110: `idle_start` never
  returns after BYE), and every await on the server runs under a watchdog that also wakes on a
  lost connection. Whatever goes wrong with the connection, it is dropped and opened again with
  capped exponential backoff, forever, each attempt logged (the mailbox's name, never credentials).
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import io
import logging
import re
import ssl
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from typing import Any, TypeVar

import aioimaplib
from aioimaplib import (
    CRLF,
    Command,
    FetchCommand,
    IMAP4ClientProtocol,
    IncompleteRead,
    Response,
    quoted,
)
from sqlalchemy.orm import Session, sessionmaker

from config.settings import Settings
from worker.domain import DispositionKind
from worker.mailbox import FetchedMail, positions, stand_in
from worker.peers import MAILBOX, GaveUp, backoff

log = logging.getLogger(__name__)

PROCESSED_KEYWORD = "$GdprProcessed"
QUARANTINED_KEYWORD = "$GdprQuarantined"
# First header of the stand-in that replaces a mail too large to download.
_T = TypeVar("_T")


# --- aioimaplib, hardened -----------------------------------------------------------------------

_LITERAL = re.compile(rb".*\{(?P<size>\d+)\}$")
# New mail always changes EXISTS (RFC 3501 §7.3.1); RECENT also falls when mail leaves.
_PUSH = re.compile(rb"^\d+ EXISTS\b", re.IGNORECASE)


class _Protocol(IMAP4ClientProtocol):
    """aioimaplib's protocol with an iterative response parser and two signals: `new_mail`
    (an EXISTS was seen, whichever command it came with) and `on_bye`."""

    def __init__(self, loop: asyncio.AbstractEventLoop, conn_lost_cb: Callable[..., None]) -> None:
        super().__init__(loop, conn_lost_cb)
        self.new_mail = False
        self.on_bye: Callable[[], None] | None = None

    def _untagged_response(self, line: bytes) -> Command:
        text = line[2:] if line.startswith(b"* ") else line
        if _PUSH.match(text):
            self.new_mail = True
        elif text[:3].upper() == b"BYE" and self.on_bye is not None:
            self.on_bye()
        return super()._untagged_response(line)

    def _handle_responses(
        self,
        data: bytes,
        line_handler: Callable[[bytes, Command], Command | None],
        current_cmd: Command | None = None,
    ) -> None:
        # The same state machine as aioimaplib's, as a loop instead of one recursion per line.
        while True:
            if not data:
                if self.pending_sync_command is not None:
                    self.pending_sync_command.flush()
                if current_cmd is not None and current_cmd.wait_data():
                    raise IncompleteRead(current_cmd)
                return
            if current_cmd is not None and current_cmd.wait_literal_data():
                data = current_cmd.append_literal_data(data)
                if current_cmd.wait_literal_data():
                    raise IncompleteRead(current_cmd)
            line, separator, tail = data.partition(CRLF)
            if not separator:
                raise IncompleteRead(current_cmd, data)
            cmd = line_handler(line, current_cmd)
            literal = _LITERAL.match(line)
            if literal:
                if cmd is None:
                    cmd = Command("NIL", "unused")
                cmd.begin_literal_data(int(literal.group("size")))
                data, current_cmd = tail, cmd
            elif cmd is not None and cmd.wait_data():
                data, current_cmd = tail, cmd
            else:
                data, current_cmd = tail, None


class _Literal:
    """A literal received whole, kept out of aioimaplib's parenthesis counting (which looks at
    `bytes` lines only) and out of its bytearray (whose conversion to bytes is a second copy)."""

    __slots__ = ("data",)

    def __init__(self, data: bytes) -> None:
        self.data = data


class _FetchInto(FetchCommand):
    """A FETCH whose literals are written into a BytesIO: it grows by reallocation (no copy
    on Linux for large blocks) and hands its bytes over without copying, so a 25 MB mail
    costs about 25 MB, not twice that."""

    def __init__(self, tag: str, *args: str, prefix: str, timeout: float) -> None:
        super().__init__(tag, *args, prefix=prefix, timeout=timeout)
        self._buffer = io.BytesIO()
        self._received = 0

    def begin_literal_data(self, expected_size: int, literal_data: bytes = b"") -> bytes:
        self._expected_size = expected_size
        self._buffer, self._received = io.BytesIO(), 0
        return self.append_literal_data(literal_data)

    def wait_literal_data(self) -> bool:
        return self._expected_size != 0 and self._received != self._expected_size

    def append_literal_data(self, data: bytes) -> bytes:
        wanted = self._expected_size - self._received
        piece = data[:wanted]
        self._buffer.write(piece)
        self._received += len(piece)
        if not self.wait_literal_data():
            literal, self._buffer = _Literal(self._buffer.getvalue()), io.BytesIO()
            self._expected_size = self._received = 0
            self.append_to_resp(literal)  # type: ignore[arg-type]
        self._reset_timer()
        return data[wanted:]


class _Client(aioimaplib.IMAP4):
    def create_client(  # aioimaplib's hook, with our protocol
        self,
        host: str,
        port: int,
        loop: asyncio.AbstractEventLoop | None,
        conn_lost_cb: Callable[..., None] | None = None,
        ssl_context: ssl.SSLContext | None = None,
    ) -> None:
        local_loop = loop or asyncio.get_running_loop()
        self.protocol = _Protocol(local_loop, conn_lost_cb)
        self._client_task = local_loop.create_task(
            local_loop.create_connection(
                lambda: self.protocol,
                host,
                port,
                ssl=ssl_context,
                ssl_handshake_timeout=self.timeout if ssl_context else None,
            )
        )


class _Lost(Exception):
    """The connection is unusable (lost, silent, confused or refused): drop it, open another."""


# What a connection can fail with; anything else is a bug and propagates.
_TROUBLE = (_Lost, OSError, EOFError, aioimaplib.AioImapException)


@dataclass
class _Connection:
    client: _Client
    protocol: _Protocol
    lost: asyncio.Future[Any]  # done when the transport is gone or the server said BYE
    uidvalidity: int = 0
    move: bool = False
    idle: bool = False

    def abort(self) -> None:
        if not self.lost.done():
            self.lost.set_result(None)
        self.protocol.on_bye = None
        transport = self.protocol.transport
        if transport is not None:
            transport.abort()
        task = self.client._client_task
        if not task.done():
            task.cancel()


@dataclass(frozen=True)
class _Handle:
    uidvalidity: int
    uid: int
    oversized: bool = False


# --- the source ---------------------------------------------------------------------------------


class ImapSource:
    """Parameters:
    settings: the mailbox URL, folders and size limit.
    sessions: the case store, where the position in the mailbox is kept.
    ssl_context: for imaps:// and imap+starttls://; default: the system's trust store with
      host names checked (`ssl.create_default_context()`, which honours SSL_CERT_FILE).
    timeout: seconds any one server answer may take (the watchdog; a body gets more, by size).
    idle_every: seconds before an IDLE is ended and issued again.
    noop_every: seconds between NOOPs where the server has no IDLE.
    backoff_first, backoff_cap: seconds before the first reconnect attempt, and at most.
    batch: UIDs per metadata FETCH (small: aioimaplib keeps whole responses in memory).
    give_up_after: seconds one outage may last before connecting gives up with GaveUp (for
      `--once`); None: reconnect for ever.
    """

    def __init__(
        self,
        settings: Settings,
        sessions: sessionmaker[Session],
        *,
        ssl_context: ssl.SSLContext | None = None,
        timeout: float = 30.0,
        idle_every: float = 240.0,
        noop_every: float = 30.0,
        backoff_first: float = 1.0,
        backoff_cap: float = 300.0,
        batch: int = 20,
        give_up_after: float | None = None,
    ) -> None:
        url = settings.mailbox
        if url.scheme not in ("imap", "imaps", "imap+starttls"):
            raise ValueError(f"not an IMAP mailbox: {url.display}")
        self.url = url
        self.name = url.display
        self.sessions = sessions
        self.processed_folder = settings.processed_folder
        self.quarantine_folder = settings.quarantine_folder
        self.max_message_bytes = settings.max_message_bytes
        self._ssl_context = ssl_context
        self.timeout = timeout
        self.idle_every = idle_every
        self.noop_every = noop_every
        self.backoff_first = backoff_first
        self.backoff_cap = backoff_cap
        self.batch = batch
        self.give_up_after = give_up_after
        self._conn: _Connection | None = None
        self._held: int | None = None  # lowest UID of this pass whose marking failed
        self._marks: list[tuple[_Handle, bool]] = []  # (mail, to quarantine) not yet marked
        self.connects = 0  # connections opened so far (for tests and metrics)

    def __repr__(self) -> str:
        return f"ImapSource({self.name})"

    # --- the surface ----------------------------------------------------------------------------

    async def fetch(self) -> AsyncIterator[FetchedMail]:
        """The mail above our position, oldest first; a lost connection is opened again and
        the search repeated from the position (what was yielded but not marked comes again)."""
        self._held = None
        while True:
            conn = self._conn or await self._connect_forever()
            try:
                conn.protocol.new_mail = False
                # Dovecot answers from the mailbox as of its last sync: NOOP syncs it first
                await self._command(conn, conn.protocol.simple_command("NOOP"))
                last = await asyncio.to_thread(
                    positions.start, self.sessions, self.name, conn.uidvalidity
                )
                uids = await self._search(conn, last)
                for start in range(0, len(uids), self.batch):
                    chunk = uids[start : start + self.batch]
                    metas = await self._metadata(conn, chunk)
                    for uid in chunk:
                        if uid not in metas:  # expunged meanwhile (staff, another client)
                            continue
                        mail = await self._download(conn, uid, *metas[uid])
                        if mail is None:
                            continue
                        yield mail
                    await self._flush_marks()
                    if self._conn is not conn:
                        raise _Lost("connection lost while marking")
                return
            except _TROUBLE as exc:
                self._drop(conn, exc)

    async def mark(self, mail: FetchedMail, disposition: DispositionKind) -> None:
        """After intake's commit: noted, and carried out on the server with the rest of its
        batch, when `fetch()` has yielded the batch (or at `close()`)."""
        handle = mail.handle
        assert isinstance(handle, _Handle)
        quarantine = disposition is DispositionKind.QUARANTINED or handle.oversized
        self._marks.append((handle, quarantine))

    async def _flush_marks(self) -> None:
        """Move (or flag) the noted mail on the server, one command per folder, then advance the
        position past it. A failure leaves both as they were for the mail concerned: it is
        fetched again, intake knows it, and marking is tried again."""
        marks, self._marks = self._marks, []
        if not marks:
            return
        conn = self._conn
        by_folder: dict[bool, list[int]] = {False: [], True: []}
        for handle, quarantine in marks:
            if conn is None or conn.uidvalidity != handle.uidvalidity:
                self._hold(handle.uid, "the connection changed since it was fetched")
            else:
                by_folder[quarantine].append(handle.uid)
        for quarantine, uids in by_folder.items():
            if not uids or conn is None:
                continue
            try:
                resp = await self._guard(conn, self._mark_command(conn, uids, quarantine))
            except _TROUBLE as exc:
                self._drop(conn, exc)
                for uid in uids:
                    self._hold(uid, "the connection was lost")
                conn = None
                continue
            if resp.result != "OK":
                for uid in uids:
                    self._hold(uid, f"the server answered {resp.result} {_last_text(resp)}")
        last = max(handle.uid for handle, _ in marks)
        upto = last if self._held is None else min(last, self._held - 1)
        await asyncio.to_thread(
            positions.advance, self.sessions, self.name, marks[0][0].uidvalidity, upto
        )

    def _mark_command(self, conn: _Connection, uids: list[int], quarantine: bool):  # noqa: ANN202
        uid_set = ",".join(map(str, sorted(uids)))
        if conn.move:
            folder = self.quarantine_folder if quarantine else self.processed_folder
            return conn.protocol.move(uid_set, _mailbox_arg(folder), by_uid=True)
        flags = (
            f"({PROCESSED_KEYWORD} {QUARANTINED_KEYWORD})"
            if quarantine
            else f"({PROCESSED_KEYWORD})"
        )
        return conn.protocol.store(uid_set, "+FLAGS.SILENT", flags, by_uid=True)

    async def wait(self, timeout: float) -> None:
        """Until new mail may be there, or `timeout` seconds. After a lost connection: until it
        is open again (backing off), then at once, so that the caller catches up."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        conn = self._conn
        try:
            if conn is None:
                raise _Lost("not connected")
            if conn.idle:
                while not conn.protocol.new_mail and loop.time() < deadline:
                    span = min(deadline - loop.time(), self.idle_every)
                    await self._idle(conn, span)
            else:
                while not conn.protocol.new_mail and loop.time() < deadline:
                    span = min(deadline - loop.time(), self.noop_every)
                    await self._sleep(conn, span)
                    await self._command(conn, conn.protocol.simple_command("NOOP"))
        except _TROUBLE as exc:
            if conn is not None:
                self._drop(conn, exc)
            await self._connect_forever()

    async def close(self) -> None:
        await self._flush_marks()  # what intake committed is marked before we go
        conn, self._conn = self._conn, None
        if conn is None:
            return
        conn.protocol.on_bye = None  # a BYE is the expected answer now
        try:
            await self._guard(conn, conn.protocol.logout(), min(self.timeout, 5.0))
        except _TROUBLE:
            pass
        finally:
            conn.abort()

    async def purge(self, before: dict[str, datetime]) -> dict[str, list[str]]:
        """Delete the mail of our folders ("processed", "quarantine": the keys of `before`)
        whose INTERNALDATE (when the mailbox got it; a move keeps it) is before the given day,
        on a connection of its own. Where the server has no MOVE the mail stayed in the inbox
        with our keywords, and is found by them. Returns, per folder, the Message-IDs of the
        mail deleted. A server that fails is said in one line; the next round tries again."""
        deleted: dict[str, list[str]] = {}
        try:
            conn = await self._open()
        except _TROUBLE as exc:
            log.warning("%s: retention purge skipped (%s)", self.name, self._describe(exc))
            return deleted
        try:
            caps = {c.upper() for c in conn.protocol.capabilities}
            for which, cutoff in before.items():
                folder, criteria = self._purge_criteria(conn, which, cutoff)
                uids = await self._purge_folder(conn, folder, criteria, "UIDPLUS" in caps)
                deleted[which] = [str(uid) for uid in uids]
        except _TROUBLE as exc:
            log.warning("%s: retention purge stopped (%s)", self.name, self._describe(exc))
        finally:
            conn.protocol.on_bye = None
            with contextlib.suppress(*_TROUBLE):
                await self._guard(conn, conn.protocol.logout(), min(self.timeout, 5.0))
            conn.abort()
        return deleted

    def _purge_criteria(
        self, conn: _Connection, which: str, cutoff: datetime
    ) -> tuple[str, list[str]]:
        day = _imap_date(cutoff)
        if conn.move:
            folder = self.processed_folder if which == "processed" else self.quarantine_folder
            return folder, ["BEFORE", day]
        if which == "processed":
            return self.url.folder, [
                "KEYWORD", PROCESSED_KEYWORD, "UNKEYWORD", QUARANTINED_KEYWORD, "BEFORE", day
            ]  # fmt: skip
        return self.url.folder, ["KEYWORD", QUARANTINED_KEYWORD, "BEFORE", day]

    async def _purge_folder(
        self, conn: _Connection, folder: str, criteria: list[str], uidplus: bool
    ) -> list[int]:
        resp = await self._guard(conn, conn.protocol.select(_mailbox_arg(folder)))
        if resp.result != "OK":  # never made (no mail was ever moved there)
            return []
        resp = await self._command(conn, conn.protocol.search(*criteria, charset=None, by_uid=True))
        if resp.result != "OK":
            raise _Lost(f"UID SEARCH refused: {_last_text(resp)}")
        uids = sorted(
            int(token)
            for line in resp.lines[:-1]
            if isinstance(line, bytes)
            for token in line.split()
            if token.isdigit()
        )
        if not uids:
            return []
        uid_set = ",".join(map(str, uids))
        message_ids = await self._message_ids(conn, uid_set)
        resp = await self._command(
            conn, conn.protocol.store(uid_set, "+FLAGS.SILENT", "(\\Deleted)", by_uid=True)
        )
        if resp.result != "OK":
            raise _Lost(f"UID STORE refused: {_last_text(resp)}")
        # UID EXPUNGE (RFC 4315) removes only these; a plain EXPUNGE also what others deleted
        expunge = conn.protocol.expunge(uid_set, by_uid=True) if uidplus else (
            conn.protocol.expunge()
        )  # fmt: skip
        resp = await self._command(conn, expunge)
        if resp.result != "OK":
            raise _Lost(f"EXPUNGE refused: {_last_text(resp)}")
        return message_ids

    async def _message_ids(self, conn: _Connection, uid_set: str) -> list[str]:
        """The Message-IDs of the mail about to be deleted (for the cases' logs); a mail
        without one is deleted all the same."""
        resp = await self._command(
            conn,
            conn.protocol.fetch(
                uid_set, "(UID BODY.PEEK[HEADER.FIELDS (MESSAGE-ID)])", by_uid=True,
                timeout=self.timeout,
            ),
        )  # fmt: skip
        if resp.result != "OK":
            return []
        found = []
        for line in resp.lines:
            if isinstance(line, bytes | bytearray):
                found += [m.decode("ascii", "replace") for m in _MESSAGE_ID.findall(bytes(line))]
        return found

    # --- connecting -----------------------------------------------------------------------------

    async def _connect_forever(self) -> _Connection:
        """A connection, however long it takes (or until `give_up_after`: GaveUp)."""
        attempt = 0
        loop = asyncio.get_running_loop()
        since = loop.time()
        while True:
            attempt += 1
            try:
                conn = await self._open()
            except _TROUBLE as exc:
                waited = loop.time() - since
                if self.give_up_after is not None and waited >= self.give_up_after:
                    raise GaveUp(MAILBOX, self._describe(exc)[:80], waited) from None
                delay = backoff(attempt, self.backoff_first, self.backoff_cap)
                if self.give_up_after is not None:
                    delay = min(delay, self.give_up_after - waited)
                log.warning(
                    "%s: connection attempt %d failed (%s); next attempt in %.1fs",
                    self.name,
                    attempt,
                    self._describe(exc),
                    delay,
                )
                await asyncio.sleep(delay)
                continue
            self.connects += 1
            log.info(
                "%s: connected (UIDVALIDITY %d, %s, %s)%s",
                self.name,
                conn.uidvalidity,
                "MOVE" if conn.move else f"keyword {PROCESSED_KEYWORD}",
                "IDLE" if conn.idle else "polling",
                f" after {attempt} attempts" if attempt > 1 else "",
            )
            self._conn = conn
            return conn

    async def _open(self) -> _Connection:
        url = self.url
        loop = asyncio.get_running_loop()
        lost: asyncio.Future[Any] = loop.create_future()

        def gone(_exc: object = None) -> None:
            if not lost.done():
                lost.set_result(None)

        tls = self._tls() if url.scheme != "imap" else None
        client = _Client(
            url.host,
            url.port,
            timeout=self.timeout,
            conn_lost_cb=gone,
            ssl_context=tls if url.scheme == "imaps" else None,
        )
        proto = client.protocol
        assert isinstance(proto, _Protocol)
        proto.on_bye = gone
        conn = _Connection(client, proto, lost)
        try:
            await self._guard(conn, client.wait_hello_from_server())
            if url.scheme == "imap+starttls":
                await self._starttls(conn, tls)
            resp = await self._guard(conn, proto.login(quoted(url.user), url.password))
            if resp.result != "OK":
                raise _Lost(f"login refused: {_last_text(resp)}")
            await self._guard(conn, proto.capability())  # post-login: replaces the greeting's
            caps = {c.upper() for c in proto.capabilities}
            conn.move, conn.idle = "MOVE" in caps, "IDLE" in caps
            resp = await self._guard(conn, proto.select(_mailbox_arg(url.folder)))
            if resp.result != "OK":
                raise _Lost(f"cannot select {url.folder!r}: {_last_text(resp)}")
            conn.uidvalidity = _uidvalidity(resp)
            if conn.move:
                for folder in (self.processed_folder, self.quarantine_folder):
                    resp = await self._command(
                        conn, proto.simple_command("CREATE", _mailbox_arg(folder))
                    )
                    if resp.result != "OK" and b"ALREADYEXISTS" not in _last_text(resp).encode():
                        log.debug("%s: CREATE %s: %s", self.name, folder, _last_text(resp))
        except BaseException:
            conn.abort()
            raise
        return conn

    async def _starttls(self, conn: _Connection, tls: ssl.SSLContext | None) -> None:
        """STARTTLS or nothing: a server that does not offer it is refused (an attacker could
        strip the offer), and what was read before the handshake is thrown away."""
        assert tls is not None
        proto = conn.protocol
        if "STARTTLS" not in {c.upper() for c in proto.capabilities}:
            raise _Lost("the server does not offer STARTTLS, which imap+starttls:// requires")
        loop = asyncio.get_running_loop()
        resp = await self._guard(conn, proto.execute(Command("STARTTLS", proto.new_tag())))
        if resp.result != "OK":
            raise _Lost(f"STARTTLS refused: {_last_text(resp)}")
        proto.incomplete_line = b""
        transport = await self._guard(
            conn,
            loop.start_tls(
                proto.transport,
                proto,
                tls,
                server_hostname=self.url.host,
                ssl_handshake_timeout=self.timeout,
            ),
        )
        proto.transport = transport
        await self._guard(conn, proto.capability())

    def _tls(self) -> ssl.SSLContext:
        if self._ssl_context is None:
            self._ssl_context = ssl.create_default_context()
        return self._ssl_context

    def _drop(self, conn: _Connection, exc: BaseException) -> None:
        if self._conn is conn:
            self._conn = None
            log.warning("%s: connection lost (%s); reconnecting", self.name, self._describe(exc))
        conn.abort()

    def _hold(self, uid: int, why: str) -> None:
        log.warning("%s: UID %d not marked (%s); it will be fetched again", self.name, uid, why)
        self._held = uid if self._held is None else min(self._held, uid)

    def _describe(self, exc: BaseException) -> str:
        """An error as one log line, with no credentials in it."""
        text = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
        for secret in (self.url.password, quoted(self.url.password)):
            if secret:
                text = text.replace(secret, "***")
        return text[:300]

    # --- the watchdog ---------------------------------------------------------------------------

    async def _guard(
        self, conn: _Connection, aw: Awaitable[_T], timeout: float | None = None
    ) -> _T:
        """Await `aw`, but give up when the connection is lost or after `timeout` seconds."""
        task = asyncio.ensure_future(aw)
        if conn.lost.done():
            task.cancel()
            raise _Lost("connection closed")
        try:
            done, _ = await asyncio.wait(
                {task, conn.lost},
                timeout=self.timeout if timeout is None else timeout,
                return_when=asyncio.FIRST_COMPLETED,
            )
        except asyncio.CancelledError:
            task.cancel()
            raise
        if task in done:
            return task.result()
        task.cancel()
        if conn.lost.done():
            raise _Lost("connection closed by the server")
        raise _Lost(f"no answer within {self.timeout if timeout is None else timeout:.0f}s")

    async def _idle(self, conn: _Connection, span: float) -> None:
        """One IDLE of at most `span` seconds; ends early when the server announces mail."""
        proto = conn.protocol
        loop = asyncio.get_running_loop()
        while not proto.idle_queue.empty():
            proto.idle_queue.get_nowait()
        idling = asyncio.ensure_future(proto.idle())
        started = asyncio.ensure_future(proto.wait_for_idle_response())
        try:
            await self._guard(
                conn, asyncio.wait({idling, started}, return_when=asyncio.FIRST_COMPLETED)
            )
            if not started.done():  # answered at once: refused
                resp = idling.result()
                log.warning("%s: IDLE refused (%s); polling instead", self.name, _last_text(resp))
                conn.idle = False
                return
            end = loop.time() + span
            while not proto.new_mail and (remaining := end - loop.time()) > 0:
                pushed = asyncio.ensure_future(proto.idle_queue.get())
                await asyncio.wait(
                    {pushed, conn.lost}, timeout=remaining, return_when=asyncio.FIRST_COMPLETED
                )
                pushed.cancel()
                if conn.lost.done():
                    raise _Lost("connection closed while idling")
            proto.idle_done()
            await self._guard(conn, idling)
        except asyncio.CancelledError:
            if started.done() and not idling.done() and not conn.lost.done():
                proto.idle_done()  # leave IDLE, so that close() can still log out
            raise
        except BaseException:
            idling.cancel()
            raise
        finally:
            started.cancel()

    async def _command(self, conn: _Connection, aw: Awaitable[Response]) -> Response:
        return await self._guard(conn, aw)

    async def _sleep(self, conn: _Connection, seconds: float) -> None:
        done, _ = await asyncio.wait({conn.lost}, timeout=max(0.0, seconds))
        if done:
            raise _Lost("connection closed by the server")

    # --- fetching -------------------------------------------------------------------------------

    async def _search(self, conn: _Connection, last: int) -> list[int]:
        criteria = [f"UID {last + 1}:*"]
        if not conn.move:
            criteria += ["UNKEYWORD", PROCESSED_KEYWORD]
        resp = await self._command(conn, conn.protocol.search(*criteria, charset=None, by_uid=True))
        if resp.result != "OK":
            raise _Lost(f"UID SEARCH refused: {_last_text(resp)}")
        uids = {
            int(token)
            for line in resp.lines[:-1]
            if isinstance(line, bytes)
            for token in line.split()
            if token.isdigit()
        }
        # "UID n:*" always names the newest mail, even when its UID is below n
        return sorted(uid for uid in uids if uid > last)

    async def _metadata(
        self, conn: _Connection, uids: list[int]
    ) -> dict[int, tuple[int, datetime]]:
        resp = await self._command(
            conn,
            conn.protocol.fetch(
                ",".join(map(str, uids)),
                "(UID RFC822.SIZE INTERNALDATE)",
                by_uid=True,
                timeout=self.timeout,
            ),
        )
        if resp.result != "OK":
            raise _Lost(f"UID FETCH refused: {_last_text(resp)}")
        found: dict[int, tuple[int, datetime]] = {}
        for line in resp.lines:
            if not isinstance(line, bytes):
                continue
            uid, size, date = _UID.search(line), _SIZE.search(line), _DATE.search(line)
            if uid and size:
                received = _internaldate(date.group(1).decode()) if date else _now()
                found[int(uid.group(1))] = (int(size.group(1)), received)
        return found

    async def _download(
        self, conn: _Connection, uid: int, size: int, received: datetime
    ) -> FetchedMail | None:
        oversized = size > self.max_message_bytes
        if oversized:
            log.warning(
                "%s: UID %d is %d bytes, over the limit of %d: not downloaded, quarantined",
                self.name,
                uid,
                size,
                self.max_message_bytes,
            )
            headers = await self._literal(conn, uid, _STAND_IN_FIELDS, self.timeout)
            raw = None if headers is None else stand_in(headers, size, self.quarantine_folder)
        else:
            # a body may take longer than one answer: allow 100 kB/s on top of the watchdog
            raw = await self._literal(conn, uid, "(BODY.PEEK[])", self.timeout + size / 100_000)
        if raw is None:
            return None
        return FetchedMail(
            key=f"{self.name}:{conn.uidvalidity}:{uid}",
            raw=raw,
            received_at=received,
            handle=_Handle(conn.uidvalidity, uid, oversized),
        )

    async def _literal(
        self, conn: _Connection, uid: int, parts: str, timeout: float
    ) -> bytes | None:
        """The one literal of a one-mail FETCH (None when the mail has gone meanwhile)."""
        proto = conn.protocol
        command = _FetchInto(proto.new_tag(), str(uid), parts, prefix="UID", timeout=self.timeout)
        resp = await self._guard(conn, proto.execute(command), timeout)
        if resp.result != "OK":
            raise _Lost(f"UID FETCH refused: {_last_text(resp)}")
        lines = resp.lines
        for i, line in enumerate(lines):
            if isinstance(line, _Literal) and i and isinstance(lines[i - 1], bytes):
                header = lines[i - 1]
                if (m := _UID.search(header)) is None or int(m.group(1)) == uid:
                    return line.data
        return None


# --- the stand-in for a mail too large to download ----------------------------------------------

_STAND_IN_FIELDS = "(BODY.PEEK[HEADER.FIELDS (MESSAGE-ID DATE SUBJECT FROM TO)]<0.16384>)"


# --- small pure helpers -------------------------------------------------------------------------

_UID = re.compile(rb"\bUID (\d+)")
_SIZE = re.compile(rb"\bRFC822\.SIZE (\d+)")
_DATE = re.compile(rb'\bINTERNALDATE "([^"]+)"')
_UIDVALIDITY = re.compile(rb"\[UIDVALIDITY (\d+)\]", re.IGNORECASE)
_MONTHS = {
    m: i
    for i, m in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1
    )
}
_INTERNALDATE = re.compile(
    r"\s*(\d{1,2})-([A-Za-z]{3})-(\d{4}) (\d{2}):(\d{2}):(\d{2}) ([+-])(\d{2})(\d{2})"
)


def _uidvalidity(resp: Response) -> int:
    for line in resp.lines:
        if isinstance(line, bytes) and (m := _UIDVALIDITY.search(line)):
            return int(m.group(1))
    raise _Lost("SELECT gave no UIDVALIDITY")


def _internaldate(text: str) -> datetime:
    m = _INTERNALDATE.match(text)
    if not m or m.group(2).lower() not in _MONTHS:
        log.warning("unreadable INTERNALDATE %r; using the current time", text)
        return _now()
    day, mon, year, hh, mm, ss, sign, oh, om = m.groups()
    offset = timedelta(hours=int(oh), minutes=int(om)) * (-1 if sign == "-" else 1)
    local = datetime(
        int(year), _MONTHS[mon.lower()], int(day), int(hh), int(mm), int(ss),
        tzinfo=timezone(offset),
    )  # fmt: skip
    return local.astimezone(UTC)


_MESSAGE_ID = re.compile(rb"(?im)^message-id:[ \t]*(<[^<>\s]{1,996}>)")
_MONTH_NAMES = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def _imap_date(when: datetime) -> str:
    """A date as IMAP's SEARCH BEFORE takes it (RFC 3501 date: 6-Dec-2026), in UTC."""
    day = when.astimezone(UTC)
    return f"{day.day}-{_MONTH_NAMES[day.month - 1]}-{day.year}"


def _now() -> datetime:
    return datetime.now(UTC)


def _last_text(resp: Response) -> str:
    last = resp.lines[-1] if resp.lines else b""
    return bytes(last[:200]).decode("utf-8", "replace")


def _mailbox_arg(name: str) -> str:
    """A mailbox name as an IMAP quoted string, in modified UTF-7 (RFC 3501 §5.1.3)."""
    out: list[str] = []
    pending: list[str] = []

    def flush() -> None:
        if pending:
            encoded = base64.b64encode("".join(pending).encode("utf-16-be")).decode()
            out.append("&" + encoded.rstrip("=").replace("/", ",") + "-")
            pending.clear()

    for ch in name:
        if 0x20 <= ord(ch) <= 0x7E:
            flush()
            out.append("&-" if ch == "&" else ch)
        else:
            pending.append(ch)
    flush()
    return quoted("".join(out))
