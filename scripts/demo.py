"""The demo of the README's first command: sample requests in, one table of what happened out.

It drives gdpr-worker only through its command line (INTERFACE.md), on the embedded defaults
under ./var/, so what it shows is what an operator gets.
"""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples" / "inbox"
GDPR_WORKER = str(Path(sys.executable).with_name("gdpr-worker"))


def gdpr_worker(*args: str) -> str:
    done = subprocess.run([GDPR_WORKER, *args], cwd=ROOT, capture_output=True, text=True)
    if done.returncode != 0:
        sys.stderr.write(done.stderr)
        raise SystemExit(f"gdpr-worker {' '.join(args)} failed with exit {done.returncode}")
    return done.stdout


def place_samples(inbox: Path) -> list[str]:
    """Copy the shipped samples into the Maildir inbox under fixed names: a second run finds
    them again and intake recognises them, so nothing is done twice."""
    for sub in ("new", "cur", "tmp"):
        (inbox / sub).mkdir(parents=True, exist_ok=True)
    placed = []
    host = socket.gethostname().replace("/", "_").replace(":", "_")
    for sample in sorted(SAMPLES.glob("*.eml")):
        name = f"sample-{sample.stem}.{host}"
        shutil.copyfile(sample, inbox / "new" / name)
        placed.append(sample.name)
    return placed


def make_demo_crm() -> None:
    """The company's data that the shipped data map (config/sources.yaml) names: the demo CRM
    at var/demo-crm.sqlite3 (kept as it is when present). The worker never makes it itself."""
    done = subprocess.run(
        [sys.executable, str(ROOT / "samples" / "demo_crm.py"), "create"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        sys.stderr.write(done.stderr)
        raise SystemExit(f"samples/demo_crm.py create failed with exit {done.returncode}")
    print(done.stdout.strip())


def main() -> int:
    make_demo_crm()
    placed = place_samples(ROOT / "var" / "mailbox")
    print(f"Placed {len(placed)} sample mails in var/mailbox/new; running gdpr-worker run --once\n")
    gdpr_worker("run", "--once")

    messages = json.loads(gdpr_worker("messages", "list", "--json"))
    cases = {c["ref"]: c for c in json.loads(gdpr_worker("cases", "list", "--json"))}
    outbox = ROOT / "var" / "outbox"

    rows = [["from", "subject", "disposition", "case", "status", "understood", "lang", "ID copy",
             "replies"]]  # fmt: skip
    for m in messages:
        case = cases.get(m["case_ref"] or "")
        replies = sorted(p.name for p in outbox.glob(f"{m['case_ref']}-*.eml")) if case else []
        rows.append([
            m["from"],
            m["subject"][:34],
            m["disposition"] + (f" ({m['reason']})" if m["reason"] else ""),
            m["case_ref"] or "-",
            case["status"] if case else "-",
            ",".join(case["request_types"]) or "(not a request)" if case else "-",
            case["language"] if case else "-",
            case["id_check"]["status"] if case else "-",
            ", ".join(replies) or "-",
        ])  # fmt: skip
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    for i, row in enumerate(rows):
        print("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip())
        if i == 0:
            print("  ".join("-" * w for w in widths))
    print(f"\nReplies are in {outbox.relative_to(ROOT)}/ ; cases: .venv/bin/gdpr-worker cases list")
    return 0


if __name__ == "__main__":
    sys.exit(main())
