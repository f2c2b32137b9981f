"""What the budgeted reader costs, and what each hostile mail costs through intake.

    .venv/bin/python bench/bench_budget.py [--repeat 200] [--scale 1.0] [--only cost|hostile]

1. cost: the untrusted stages (parse, screen, classify) of the mail fixtures in this process
   (`read_mail`) against the same through the reused child process (`BudgetedReader`): the
   median and p95 per mail of each, and their difference, the price of the budget. Also what
   starting a fresh child costs (after a mail was cut off).
2. hostile: every mail of tests/hostile at `scale` through `Intake` (SQLite in a temporary
   directory) with the shipped budget, one fresh reader per mail: the disposition, the wall
   time of intake, the peak RSS of the reading child (VmHWM) and of this process during the mail
   (VmHWM, reset before each mail through /proc/self/clear_refs).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from config.settings import load_settings  # noqa: E402
from tests.hostile.mails import BUILDERS, hostile_mail  # noqa: E402
from worker.app import build_app  # noqa: E402
from worker.budget import Budget, BudgetedReader  # noqa: E402
from worker.intake import Source  # noqa: E402
from worker.reader import read_mail  # noqa: E402

OWN = "GDPR@alsicohightech.com"
FIXTURES = sorted((ROOT / "tests" / "fixtures" / "mail").glob("*.eml"))


def _ms(values: list[float]) -> str:
    values = sorted(values)
    p95 = values[int(0.95 * (len(values) - 1))]
    return f"median {statistics.median(values) * 1000:7.2f} ms   p95 {p95 * 1000:7.2f} ms"


def cost(repeat: int) -> None:
    mails = [p.read_bytes() for p in FIXTURES]
    reader = BudgetedReader(Budget(seconds=60))
    reader(mails[0], max_attachments=100, own_address=OWN)  # started and warm
    here, there = [], []
    for _ in range(max(1, repeat // len(mails))):
        for raw in mails:
            t = time.perf_counter()
            read_mail(raw, max_attachments=100, own_address=OWN)
            here.append(time.perf_counter() - t)
            t = time.perf_counter()
            reader(raw, max_attachments=100, own_address=OWN)
            there.append(time.perf_counter() - t)
    overhead = [b - a for a, b in zip(here, there, strict=True)]
    print(f"{len(here)} reads of {len(mails)} fixture mails ({sum(map(len, mails)) // 1024} kB)")
    print(f"  in this process        {_ms(here)}")
    print(f"  in the budgeted child  {_ms(there)}")
    print(f"  the difference         {_ms(overhead)}")
    starts = []
    for _ in range(5):
        reader.close()
        t = time.perf_counter()
        reader(mails[0], max_attachments=100, own_address=OWN)
        starts.append(time.perf_counter() - t)
    print(f"  a fresh child (start, warm-up and one mail): {_ms(starts)}")
    reader.close()


def _hwm_kib(pid: int | str = "self") -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return 0


def hostile(scale: float) -> None:
    workdir = Path(tempfile.mkdtemp(prefix="bench-budget-"))
    settings = load_settings(
        database_url=f"sqlite:///{workdir / 'gdpr.sqlite3'}",
        smtp_url=f"file:{workdir / 'outbox'}",
        id_key_file=str(workdir / "id.key"),
        sources=str(workdir / "none.yaml"),
    )
    app = build_app(settings).ready()
    budget = app.intake.read.budget  # the shipped one
    print(f"budget: {budget.seconds:g} s, {budget.memory_bytes // 2**20} MiB; scale {scale}")
    print(f"{'mail':28} {'bytes':>10} {'disposition':28} {'seconds':>8} {'child MiB':>10} "
          f"{'parent MiB':>11}")  # fmt: skip
    for name in BUILDERS:
        raw, _ = hostile_mail(name, scale)
        reader = BudgetedReader(budget)
        app.intake.read = reader
        reader(b"From: a@b.example\r\n\r\nx", max_attachments=1, own_address=OWN)  # started
        Path("/proc/self/clear_refs").write_text("5")  # the peak of this process, from now
        t = time.perf_counter()
        outcome = app.intake(raw, Source(f"bench:{name}", datetime.now(UTC)))
        seconds = time.perf_counter() - t
        child = _hwm_kib(reader._child.proc.pid) if reader._child is not None else 0
        parent = _hwm_kib()
        reader.close()
        what = outcome.disposition.value + (f" {outcome.reason}" if outcome.reason else "")
        print(f"{name:28} {len(raw):>10} {what:28} {seconds:>8.3f} {child / 1024:>10.1f} "
              f"{parent / 1024:>11.1f}", flush=True)  # fmt: skip
        del raw


def main() -> None:
    args = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    args.add_argument("--repeat", type=int, default=200)
    args.add_argument("--scale", type=float, default=1.0)
    args.add_argument("--only", choices=["cost", "hostile"])
    options = args.parse_args()
    if options.only in (None, "cost"):
        cost(options.repeat)
    if options.only in (None, "hostile"):
        hostile(options.scale)


if __name__ == "__main__":
    main()
