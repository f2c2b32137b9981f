"""The untrusted stages of intake (worker/reader.py) under a wall-time and memory budget.

A mail's bytes are read in a child process, `python -m worker.budget`, kept running and reused
mail after mail (starting Python and importing the classifier costs about half a second; a mail
costs a pipe round trip). The child limits its own address space (RLIMIT_AS) once it has
imported what it needs, so an allocation past the budget fails in the child; the parent waits at
most the wall-time budget for the answer, then kills the child's whole process group. Either way
the mail is `OverBudget` and the next mail gets a fresh child. The child is started from a clean
environment (no credentials, no .env, cwd /) in a session of its own, like the ID-copy sandbox.

This is a budget, not a privilege boundary: the child runs as the same user (see
worker/idcheck/sandbox.py for the same remark). Its answer is a pickle, read by the parent.

Protocol, one mail at a time. Parent → child: 4-byte length + JSON header (the reading's
options), 8-byte length + the raw mail. Child → parent: once at start b"R" (ready); per mail
b"K" (the Read) or b"E" (a stage raised: the error's type and place), then 8-byte length and the
pickled payload. A MemoryError in the child is answered b"M" (no payload), and the child exits.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import pickle
import select
import signal
import subprocess
import sys
import threading
import time
import weakref
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from worker.peers import MAIL_READER, PeerUnavailable, described
from worker.reader import OverBudget, Read

log = logging.getLogger(__name__)

_HEADER_LIMIT = 4096
_START_SECONDS = 60.0  # to start and warm up a child (not counted against a mail)
_OUT_OF_MEMORY_EXIT = 3  # the child's exit status after it answered b"M"


@dataclass(frozen=True)
class Budget:
    seconds: float = 5.0  # wall time, from the first byte sent to the answer read …
    seconds_per_mb: float = 0.1  # … plus this per MB of the mail (copying, decoding attachments)
    memory_bytes: int = 512 * 1024 * 1024  # address space of the reading process

    def wall(self, size: int) -> float:
        """Seconds a mail of `size` bytes may take."""
        return self.seconds + self.seconds_per_mb * size / 1_000_000


class ReaderFailed(Exception):
    """A stage raised in the child (a bug, not a budget): `where` is its type and place."""

    def __init__(self, where: str) -> None:
        super().__init__(where)
        self.where = where


class _Gone(Exception):
    """The child was gone before it took the mail (killed while idle): start another."""


# ---------------------------------------------------------------------------------------------
# Parent side


class BudgetedReader:
    """`reader(raw, max_attachments=…, own_address=…)`: the Read of `raw`, or OverBudget. One
    mail at a time per reader (a lock); thread-safe. `close()` ends the child."""

    def __init__(self, budget: Budget = Budget()) -> None:
        self.budget = budget
        self._child: _Child | None = None
        self._lock = threading.Lock()
        self.started = 0  # children started so far (for tests and metrics)
        weakref.finalize(self, _close_child, self.__dict__)

    def __call__(self, raw: bytes, *, max_attachments: int, own_address: str) -> Read | OverBudget:
        header = json.dumps({"max_attachments": max_attachments, "own_address": own_address})
        with self._lock:
            for _ in range(2):
                child = self._running()
                try:
                    return self._read(child, header.encode(), raw)
                except _Gone:
                    self._discard()
            # A fresh child died while taking this mail too: the mail, not the peer, is the
            # likely cause, and a mail must never hold up the ones behind it.
            return self._over("the reading process died twice while taking the mail")

    def close(self) -> None:
        with self._lock:
            self._discard()

    def _running(self) -> _Child:
        if self._child is None or self._child.proc.poll() is not None:
            self._discard()
            self._child = _Child.start(self.budget)
            self.started += 1
        return self._child

    def _discard(self) -> None:
        child, self._child = self._child, None
        if child is not None:
            child.kill()

    def _read(self, child: _Child, header: bytes, raw: bytes) -> Read | OverBudget:
        started = time.monotonic()
        try:
            child.send(header, raw)
        except _Gone:
            # It may have run out of memory taking the mail in (it says b"M" and exits 3)
            # while this side was still writing: that is the mail's budget, not a peer gone.
            if child.wait() == _OUT_OF_MEMORY_EXIT:
                return self._over(f"needed more than {self._mb} MB of memory")
            raise
        wall = self.budget.wall(len(raw))
        deadline = started + wall
        try:
            kind = child.receive(1, deadline)
            if kind == b"M":
                return self._over(f"needed more than {self._mb} MB of memory")
            size = int.from_bytes(child.receive(8, deadline), "big")
            payload = child.receive(size, deadline)
        except TimeoutError:
            return self._over(f"took longer than {wall:.3g} s")
        except EOFError:
            code = child.wait()
            if code == -signal.SIGKILL or code == -signal.SIGSEGV or code == -signal.SIGABRT:
                what = f"the reading process died (signal {-code}), likely out of memory"
            else:
                what = f"the reading process died (exit {code})"
            return self._over(what)
        if kind == b"E":
            raise ReaderFailed(payload.decode("utf-8", "replace")[:200])
        if kind != b"K":
            return self._over("the reading process answered nonsense")
        result = pickle.loads(payload)  # noqa: S301 - our own child, same user (module doc)
        if not isinstance(result, Read):
            return self._over("the reading process answered nonsense")
        return result

    def _over(self, detail: str) -> OverBudget:
        self._discard()  # whatever state it is in, the next mail gets a fresh one
        log.warning("reading a mail exceeded its budget: %s", detail)
        return OverBudget(detail)

    @property
    def _mb(self) -> int:
        return self.budget.memory_bytes // (1024 * 1024)


def _close_child(state: dict[str, Any]) -> None:
    child = state.get("_child")
    if child is not None:
        child.kill()


@dataclass
class _Child:
    proc: subprocess.Popen[bytes]
    stdin: IO[bytes]
    stdout: IO[bytes]

    @classmethod
    def start(cls, budget: Budget) -> _Child:
        try:
            proc = subprocess.Popen(
                [sys.executable, "-s", "-m", "worker.budget", str(budget.memory_bytes)],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,  # it could quote the mail
                start_new_session=True,  # a process group of its own: killed as a whole
                close_fds=True,
                env=_child_env(),
                cwd="/",
            )
        except OSError as exc:  # no memory or processes left to start it: not the mail's fault
            raise PeerUnavailable(MAIL_READER, type(exc).__name__) from exc
        assert proc.stdin is not None and proc.stdout is not None
        child = cls(proc, proc.stdin, proc.stdout)
        try:
            ready = child.receive(1, time.monotonic() + _START_SECONDS)
        except (TimeoutError, EOFError):
            ready = b""
        if ready != b"R":  # not the mail's fault: wait for it like for a peer that is down
            child.kill()
            raise PeerUnavailable(MAIL_READER, f"no start, exit {proc.poll()}")
        return child

    def send(self, header: bytes, raw: bytes) -> None:
        try:
            self.stdin.write(len(header).to_bytes(4, "big") + header)
            self.stdin.write(len(raw).to_bytes(8, "big"))
            self.stdin.write(raw)
            self.stdin.flush()
        except (BrokenPipeError, ValueError, OSError):
            raise _Gone from None

    def receive(self, size: int, deadline: float) -> bytearray:
        """Exactly `size` bytes, or TimeoutError at `deadline`, or EOFError."""
        fd = self.stdout.fileno()
        buffer = bytearray(size)
        view, got = memoryview(buffer), 0
        while got < size:
            remaining = deadline - time.monotonic()
            if remaining <= 0 or not select.select([fd], [], [], remaining)[0]:
                raise TimeoutError
            count = os.readv(fd, [view[got : got + (1 << 20)]])
            if not count:
                raise EOFError
            got += count
        view.release()
        return buffer

    def wait(self) -> int:
        with contextlib.suppress(subprocess.TimeoutExpired):
            return self.proc.wait(timeout=5)
        self.kill()
        return self.proc.returncode if self.proc.returncode is not None else -signal.SIGKILL

    def kill(self) -> None:
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(self.proc.pid, signal.SIGKILL)
        with contextlib.suppress(subprocess.TimeoutExpired):
            self.proc.wait(timeout=5)
        for stream in (self.stdin, self.stdout):
            with contextlib.suppress(OSError):
                stream.close()


def _child_env() -> dict[str, str]:
    root = str(Path(__file__).resolve().parents[1])  # the directory holding the worker package
    return {
        "PATH": os.environ.get("PATH", "/usr/local/bin:/usr/bin:/bin"),
        "PYTHONPATH": root,
        "PYTHONDONTWRITEBYTECODE": "1",
        "LANG": "C.UTF-8",
    }


# ---------------------------------------------------------------------------------------------
# Child side


def _read_exact(stream: IO[bytes], size: int) -> bytes:
    chunks = []
    while size > 0:
        chunk = stream.read(min(size, 1 << 20))
        if not chunk:
            raise EOFError
        chunks.append(chunk)
        size -= len(chunk)
    return b"".join(chunks)


def _answer(stdout: IO[bytes], kind: bytes, payload: bytes) -> None:
    stdout.write(kind + len(payload).to_bytes(8, "big"))
    stdout.write(payload)
    stdout.flush()


def main(memory_bytes: int) -> int:
    import resource

    from worker.reader import read_mail

    # warm up (imports, the classifier's tables) before the budget holds
    read_mail(
        b"From: a@example.org\r\nSubject: warm up\r\n\r\nPlease delete my data.\r\n",
        max_attachments=1,
        own_address="gdpr@example.com",
    )
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    soft = memory_bytes if hard == resource.RLIM_INFINITY else min(memory_bytes, hard)
    resource.setrlimit(resource.RLIMIT_AS, (soft, hard))

    stdin, stdout = sys.stdin.buffer, sys.stdout.buffer
    stdout.write(b"R")
    stdout.flush()
    while True:
        try:
            if not _serve_one(stdin, stdout, read_mail, max_mail=soft // 2):
                return 0
        except MemoryError:  # taking the mail in, reading it or writing the answer
            stdout.write(b"M")
            stdout.flush()
            return _OUT_OF_MEMORY_EXIT  # a fresh process for the next mail


def _serve_one(stdin: IO[bytes], stdout: IO[bytes], read_mail: Any, *, max_mail: int) -> bool:
    """Read one mail and answer; False when the parent is gone (or done with us). A mail over
    `max_mail` bytes cannot be read within the budget (its bytes and their parse at least double
    it): MemoryError at once, before its bytes are taken in."""
    try:
        size = int.from_bytes(_read_exact(stdin, 4), "big")
        if not 0 < size <= _HEADER_LIMIT:
            return False
        options = json.loads(_read_exact(stdin, size))
        mail_size = int.from_bytes(_read_exact(stdin, 8), "big")
        if mail_size > max_mail:
            raise MemoryError
        raw = _read_exact(stdin, mail_size)
    except EOFError:
        return False
    try:
        read = read_mail(
            raw,
            max_attachments=int(options["max_attachments"]),
            own_address=str(options["own_address"]),
        )
        del raw
        payload = pickle.dumps(read, protocol=pickle.HIGHEST_PROTOCOL)
        del read
    except MemoryError:
        raise
    except Exception as exc:  # a bug in a stage: the parent quarantines the mail
        _answer(stdout, b"E", described(exc).encode())
        return True
    _answer(stdout, b"K", payload)
    return True


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1])))
