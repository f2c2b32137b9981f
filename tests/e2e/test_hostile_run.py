"""The hostile corpus of the security review (tests/hostile, at full size: 30 MB bodies, 8.8 MB
subjects, 200,000 headers …) through `gdpr-worker run --once`, on SQLite and PostgreSQL: the run
finishes, every mail has exactly one disposition (the one parse() gives it where it is
unreadable), nothing is left in the inbox, and no process of the run grows past 1 GB."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from tests.e2e.conftest import Cli
from tests.hostile.write_maildir import write_maildir

GB = 1024**3


def _tree_rss(root: int) -> tuple[int, int]:
    """(largest RSS of one process, RSS of all) in bytes, over `root` and its descendants."""
    parents: dict[int, int] = {}
    rss: dict[int, int] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            status = Path(entry.path, "status").read_text()
        except OSError:
            continue
        fields = dict(line.split(":", 1) for line in status.splitlines() if ":" in line)
        parents[int(entry.name)] = int(fields.get("PPid", "0").strip())
        rss[int(entry.name)] = int(fields.get("VmRSS", "0 kB").split()[0]) * 1024
    tree = {root}
    grew = True
    while grew:
        grew = False
        for pid, ppid in parents.items():
            if ppid in tree and pid not in tree:
                tree.add(pid)
                grew = True
    sizes = [rss.get(pid, 0) for pid in tree]
    return max(sizes, default=0), sum(sizes)


def run_measured(cli: Cli, *args: str) -> tuple[int, str, dict[str, float]]:
    """`gdpr-worker ARGS` with its memory watched: (exit code, stderr, measures)."""
    err = cli.cwd / "run.log"
    with err.open("w") as stderr:
        proc = subprocess.Popen(
            [sys.executable, "-m", "worker.cli", *args],
            cwd=cli.cwd, env=cli.env, stdout=subprocess.DEVNULL, stderr=stderr,
        )  # fmt: skip
    peak = {"one": 0, "all": 0}
    done = threading.Event()

    def sample() -> None:
        while not done.is_set():
            one, total = _tree_rss(proc.pid)
            peak["one"], peak["all"] = max(peak["one"], one), max(peak["all"], total)
            time.sleep(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    started = time.monotonic()
    sampler.start()
    _, status, usage = os.wait4(proc.pid, 0)  # its own rusage, and its children's
    proc.returncode = os.waitstatus_to_exitcode(status)
    done.set()
    sampler.join()
    measures = {
        "seconds": round(time.monotonic() - started, 1),
        "maxrss_mib": usage.ru_maxrss / 1024,  # the largest process of the tree (rusage)
        "sampled_one_mib": peak["one"] / 2**20,
        "sampled_all_mib": peak["all"] / 2**20,
    }
    return proc.returncode, err.read_text(), measures


def _generous_budget(cli: Cli) -> None:
    """The shipped policy with a reading budget of 60 s (5 s + 0.1 s/MB shipped): under the load
    of a CI run, a mail over the shipped budget would be quarantined as budget_exceeded and fail
    the test by a timing. Whether the shipped budget suffices for the corpus is measured by
    `bench/bench_budget.py --only hostile`; that the budget cuts a read off, by tests/unit."""
    shipped = (Path(__file__).resolve().parents[2] / "config" / "policy.yaml").read_text()
    assert shipped.count("\n  budget_seconds: 5\n") == 1
    policy = cli.cwd / "policy-generous-budget.yaml"
    policy.write_text(shipped.replace("\n  budget_seconds: 5\n", "\n  budget_seconds: 60\n"))
    cli.env["GDPR_POLICY"] = str(policy)


def _corpus_through_run_once(cli: Cli) -> dict[str, float]:
    _generous_budget(cli)
    manifest = write_maildir(cli.inbox, scale=1.0)
    (cli.inbox / "hostile-expected.json").unlink()
    code, stderr, measures = run_measured(cli, "run", "--once")
    print(json.dumps(measures))
    assert code == 0, stderr[-3000:]
    assert "Traceback" not in stderr
    assert measures["maxrss_mib"] * 2**20 < GB, measures
    assert measures["sampled_all_mib"] * 2**20 < GB, measures

    messages = cli.json("messages", "list")
    assert len(messages) == len(manifest)  # one each: no mail lost, none twice
    assert not list((cli.inbox / "new").iterdir()) and not list((cli.inbox / "cur").iterdir())
    kept = [
        *(cli.inbox / ".Processed" / "cur").iterdir(),
        *(cli.inbox / ".Quarantine" / "cur").iterdir(),
    ]
    assert sorted(p.name.split(":")[0] for p in kept) == sorted(m["file"] for m in manifest)
    unreadable = sorted(m["expected"] for m in manifest if m["expected"] != "mail")
    quarantined = sorted(m["reason"] for m in messages if m["disposition"] == "quarantined")
    assert quarantined == unreadable  # the readable ones all got through (none over budget)
    return measures


def test_the_hostile_corpus_through_run_once_on_sqlite(cli: Cli) -> None:
    _corpus_through_run_once(cli)


@pytest.mark.integration
def test_the_hostile_corpus_through_run_once_on_postgresql(cli: Cli, postgres_url: str) -> None:
    cli.env["GDPR_DATABASE_URL"] = postgres_url
    _corpus_through_run_once(cli)
