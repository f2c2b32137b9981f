"""Reading an attachment in a separate, limited process.

pypdf and Pillow parse hostile bytes, partly in C, and a time limit in the worker cannot interrupt
C code. So each file is read by `python -m worker.idcheck.sandbox`: a fresh process in its own
session that limits its own address space, CPU time, file size and core dumps before it imports
a parser, reads a header and the bytes from stdin, and writes one small JSON object to stdout.
The parent kills the whole process group (Tesseract included) at the wall-clock limit. Whatever
goes wrong comes back as {"error": code}; nothing is retried.

Nothing the child writes to stderr is kept (it could quote the document).
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

_HEADER_LIMIT = 4096
_RESULT_LIMIT = 64 * 1024


@dataclass(frozen=True)
class Limits:
    wall_seconds: float = 20.0
    cpu_seconds: int = 15
    memory_bytes: int = 1024 * 1024 * 1024  # address space of the child (and of Tesseract)
    file_bytes: int = 64 * 1024 * 1024  # Tesseract may write temporary files


DEFAULT_LIMITS = Limits()


# ---------------------------------------------------------------------------------------------
# Parent side


def _child_env() -> dict[str, str]:
    root = str(Path(__file__).resolve().parents[2])  # the directory holding the worker package
    env = {
        "PATH": os.environ.get("PATH", "/usr/local/bin:/usr/bin:/bin"),
        "PYTHONPATH": root,
        "PYTHONDONTWRITEBYTECODE": "1",
        "PYTHONHASHSEED": "0",
        "LANG": "C.UTF-8",
        "OMP_THREAD_LIMIT": "1",
    }
    for name in ("TESSDATA_PREFIX", "TMPDIR"):
        if name in os.environ:
            env[name] = os.environ[name]
    return env


def read_in_sandbox(
    content: bytes, mime: str, *, ocr: bool = True, limits: Limits = DEFAULT_LIMITS
) -> dict[str, Any]:
    """Runs the reading of one file in a child process; always returns a dict, never raises.

    The dict is the child's result (see read.py) plus "usage" (peak memory, CPU, wall time), or
    {"error": code, "usage": ...} with code one of: timeout, memory, cpu, crashed.
    """
    header = json.dumps(
        {
            "mime": mime,
            "size": len(content),
            "ocr": ocr,
            "wall": limits.wall_seconds,
            "cpu": limits.cpu_seconds,
            "memory": limits.memory_bytes,
            "file": limits.file_bytes,
        }
    ).encode()
    started = time.monotonic()
    try:
        proc = subprocess.Popen(
            [sys.executable, "-s", "-m", "worker.idcheck.sandbox"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            start_new_session=True,  # a process group of its own: killed as a whole
            close_fds=True,
            env=_child_env(),
            cwd="/",
        )
    except OSError:
        return {"error": "crashed", "usage": {}}
    timed_out = False
    try:
        out, _ = proc.communicate(
            len(header).to_bytes(4, "big") + header + content, timeout=limits.wall_seconds
        )
    except subprocess.TimeoutExpired:
        timed_out = True
        out = b""
    except (BrokenPipeError, OSError):
        out = b""
    finally:
        _kill_group(proc)
    wall = round(time.monotonic() - started, 3)
    if timed_out:
        return {"error": "timeout", "usage": {"wall_s": wall}}
    result: dict[str, Any] | None = None
    if proc.returncode == 0 and out and len(out) <= _RESULT_LIMIT:
        try:
            parsed = json.loads(out)
            result = parsed if isinstance(parsed, dict) else None
        except ValueError:
            result = None
    if result is None:
        code = "crashed"
        if proc.returncode in (-signal.SIGXCPU, -signal.SIGKILL):
            code = "cpu"
        elif proc.returncode in (-signal.SIGSEGV, -signal.SIGABRT):
            code = "memory"  # allocation failures in C code under RLIMIT_AS end this way
        return {"error": code, "usage": {"wall_s": wall}}
    result.setdefault("usage", {})["wall_s"] = wall
    return result


def _kill_group(proc: subprocess.Popen) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(proc.pid, signal.SIGKILL)
    with contextlib.suppress(subprocess.TimeoutExpired):  # SIGKILL does not fail
        proc.wait(timeout=5)
    for stream in (proc.stdin, proc.stdout):
        if stream is not None:
            with contextlib.suppress(OSError):
                stream.close()


# ---------------------------------------------------------------------------------------------
# Child side


def _limit(resource_name: str, value: int) -> None:
    import resource

    kind = getattr(resource, resource_name)
    soft, hard = resource.getrlimit(kind)
    if hard != resource.RLIM_INFINITY:
        value = min(value, hard)
    resource.setrlimit(kind, (value, value if hard == resource.RLIM_INFINITY else hard))


def _usage() -> dict[str, Any]:
    import resource

    me = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return {
        "maxrss_kb": me.ru_maxrss,
        "ocr_maxrss_kb": children.ru_maxrss,
        "cpu_s": round(me.ru_utime + me.ru_stime + children.ru_utime + children.ru_stime, 3),
    }


def _read_exact(stream, size: int) -> bytes:
    chunks = []
    while size > 0:
        chunk = stream.read(min(size, 1 << 20))
        if not chunk:
            break
        chunks.append(chunk)
        size -= len(chunk)
    return b"".join(chunks)


def main() -> int:
    stdin, stdout = sys.stdin.buffer, sys.stdout.buffer
    size = int.from_bytes(_read_exact(stdin, 4), "big")
    if not 0 < size <= _HEADER_LIMIT:
        return 2
    header = json.loads(_read_exact(stdin, size))
    # limits first: nothing untrusted is parsed before they hold
    _limit("RLIMIT_CORE", 0)
    _limit("RLIMIT_CPU", int(header.get("cpu", DEFAULT_LIMITS.cpu_seconds)))
    _limit("RLIMIT_FSIZE", int(header.get("file", DEFAULT_LIMITS.file_bytes)))
    _limit("RLIMIT_AS", int(header.get("memory", DEFAULT_LIMITS.memory_bytes)))
    content = _read_exact(stdin, int(header["size"]))
    deadline = time.monotonic() + float(header.get("wall", DEFAULT_LIMITS.wall_seconds)) - 1.5

    from worker.idcheck import read

    try:
        read.configure()
        result = read.read_document(
            content,
            str(header.get("mime", "")),
            ocr=bool(header.get("ocr", True)),
            deadline=deadline,
        )
    except read.ReadError as exc:
        result = {"error": exc.code}
    except MemoryError:
        result = {"error": "memory"}
    except RecursionError:
        result = {"error": "nesting"}
    except Exception as exc:  # whatever a parser throws: the file could not be read
        result = {"error": read._code_of(exc)}
    result["usage"] = _usage()
    stdout.write(json.dumps(result).encode())
    stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
