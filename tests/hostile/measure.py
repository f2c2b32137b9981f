"""Time and peak memory of parse() on each hostile mail, each mail in a fresh process.

    python -m tests.hostile.measure [--scale S] [NAME ...]      a table, one row per mail
    python -m tests.hostile.measure --json [--scale S] NAME      one mail, as JSON (for tests)

`seconds` is one parse without tracing; `peak_mib` is the peak of Python allocations during a
second parse (tracemalloc: the stdlib parser's strings and lists, not libxml2's own buffers);
`max_rss_mib` is the whole process's high-water mark, the mail's own bytes included.
`problems` lists every value in the result that is not clean and bounded (see `problems`).
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
import tracemalloc
from dataclasses import fields, is_dataclass
from pathlib import Path

from tests.hostile.mails import BUILDERS, hostile_mail
from worker.mail.parse import Unreadable, parse

ROOT = Path(__file__).resolve().parents[2]
# the longest each kind of value may be (the store's columns, or parse's own limits)
LIMITS = {
    "message_id": 998, "email": 320, "name": 320, "subject": 998, "filename": 255,
    "declared_type": 255, "sniffed_type": 255, "content_type": 255, "report_type": 64,
    "in_reply_to": 998, "references": 998, "forwarded_from": 400, "forwarded_date": 200,
    "reason": 32, "detail": 200, "sender": 320, "content_hash": 64,
}  # fmt: skip
MULTILINE = {"text", "quoted", "signature", "forwarded"}


def problems(value: object, name: str = "") -> list[str]:
    """Every string in a parse result that a database or terminal could choke on: a control
    character (tab and newline only in body text), a lone surrogate, or a length over LIMITS."""
    if isinstance(value, str):
        found = []
        allowed = "\t\n" if name in MULTILINE else ""
        if any((ord(c) < 32 and c not in allowed) or 0x7F <= ord(c) <= 0x9F for c in value):
            found.append(f"{name}: control character")
        if any(0xD800 <= ord(c) <= 0xDFFF for c in value):
            found.append(f"{name}: lone surrogate")
        if name in LIMITS and len(value) > LIMITS[name]:
            found.append(f"{name}: {len(value)} characters")
        return found
    if isinstance(value, tuple):
        return [p for item in value for p in problems(item, name)]
    if is_dataclass(value):
        return [p for f in fields(value) for p in problems(getattr(value, f.name), f.name)]
    return []


def measure(name: str, scale: float) -> dict[str, object]:
    raw, expected = hostile_mail(name, scale)
    started = time.perf_counter()
    result = parse(raw)
    seconds = time.perf_counter() - started
    tracemalloc.start()
    parse(raw)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    outcome = result.reason if isinstance(result, Unreadable) else "mail"
    return {
        "name": name,
        "bytes": len(raw),
        "expected": expected,
        "outcome": outcome,
        "seconds": round(seconds, 3),
        "peak_mib": round(peak / 2**20, 1),
        "max_rss_mib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "problems": problems(result),
    }


def measure_in_subprocess(name: str, scale: float = 1.0, timeout: float = 300) -> dict:
    done = subprocess.run(
        [sys.executable, "-m", "tests.hostile.measure", "--json", "--scale", str(scale), name],
        cwd=ROOT, capture_output=True, text=True, timeout=timeout, check=True,
    )  # fmt: skip
    return json.loads(done.stdout)


def main(argv: list[str] | None = None) -> None:
    args = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    args.add_argument("names", nargs="*", choices=[[], *BUILDERS], default=[])
    args.add_argument("--scale", type=float, default=1.0)
    args.add_argument("--json", action="store_true", help="measure one mail in this process")
    options = args.parse_args(argv)
    if options.json:
        (name,) = options.names
        print(json.dumps(measure(name, options.scale)))
        return
    print(f"{'mail':28} {'bytes':>10} {'outcome':18} {'seconds':>8} {'peak MiB':>9} {'RSS MiB':>8}")
    for name in options.names or BUILDERS:
        m = measure_in_subprocess(name, options.scale)
        flag = (
            ""
            if m["outcome"] == m["expected"] and not m["problems"]
            else "  <-- " + str(m["problems"] or f"expected {m['expected']}")
        )
        print(
            f"{name:28} {m['bytes']:>10} {m['outcome']:18} {m['seconds']:>8.3f}"
            f" {m['peak_mib']:>9.1f} {m['max_rss_mib']:>8.1f}{flag}",
            flush=True,
        )


if __name__ == "__main__":
    main()
