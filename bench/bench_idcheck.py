"""What one ID-copy check costs: the labelled set of tests/integration/test_idcheck.py through
`check_id` with the shipped sandbox (pypdf, Tesseract), one sandboxed read per attachment.

    .venv/bin/python bench/bench_idcheck.py [--repeat 3] [--goal 10]

Per labelled copy: the status (and whether it is the expected one), the wall time of the check,
and the worst wall time and peak RSS of its sandboxed reads. Then the worst and median of each.
The goal (formerly an assertion of the test suite, where a loaded machine made it flaky): no
sandboxed read takes `--goal` seconds (10) or more; the exit status is 1 when one does.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.integration.test_idcheck import LABELLED, RECEIVED  # noqa: E402
from worker.idcheck import check_id  # noqa: E402
from worker.idcheck.sandbox import read_in_sandbox  # noqa: E402


def main() -> int:
    args = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    args.add_argument("--repeat", type=int, default=3, help="checks of each labelled copy")
    args.add_argument("--goal", type=float, default=10.0, help="seconds a sandboxed read may take")
    options = args.parse_args()

    checks: list[float] = []
    walls: list[float] = []
    rss_kib: list[int] = []
    wrong = 0
    print(f"{'copy':34} {'status':14} {'ok':3} {'check s':>8} {'read s':>7} {'RSS MiB':>8}")
    for label, expected, make, names in LABELLED:
        attachment = make()
        for _ in range(options.repeat):
            usages: list[dict] = []

            def reader(content: bytes, mime: str, usages: list[dict] = usages) -> dict:
                raw = read_in_sandbox(content, mime)
                usages.append(raw.get("usage") or {})
                return raw

            started = time.perf_counter()
            result = check_id([attachment], names, RECEIVED, required=True, reader=reader)
            seconds = time.perf_counter() - started
            wall = max((u.get("wall_s", 0.0) for u in usages), default=0.0)
            rss = max(
                (max(u.get("maxrss_kb", 0), u.get("ocr_maxrss_kb", 0)) for u in usages), default=0
            )
            checks.append(seconds)
            walls.extend(u.get("wall_s", 0.0) for u in usages)
            rss_kib.append(rss)
            right = result.status is expected
            wrong += not right
            print(f"{label[:34]:34} {result.status.value:14} {'yes' if right else 'NO':3} "
                  f"{seconds:>8.2f} {wall:>7.2f} {rss / 1024:>8.0f}", flush=True)  # fmt: skip
    print(
        f"\n{len(checks)} checks, {len(walls)} sandboxed reads: "
        f"check worst {max(checks):.2f} s, median {statistics.median(checks):.2f} s; "
        f"read worst {max(walls):.2f} s, median {statistics.median(walls):.2f} s; "
        f"peak RSS {max(rss_kib) / 1024:.0f} MiB; {wrong} not as labelled"
    )
    if max(walls) >= options.goal:
        print(f"GOAL MISSED: a sandboxed read took {max(walls):.2f} s (goal: < {options.goal:g} s)")
        return 1
    print(f"goal met: every sandboxed read under {options.goal:g} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
