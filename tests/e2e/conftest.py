"""End-to-end: the gdpr-worker command line in a temporary working directory, nothing else but
the demo CRM that the shipped data map names (as scripts/demo makes it: the worker never does)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from samples import demo_crm

DEMO_CRM = Path("var") / "demo-crm.sqlite3"  # where config/sources.yaml looks for it


@dataclass
class Cli:
    cwd: Path
    env: dict[str, str]

    def run(
        self, *args: str, check: bool = True, stdin: str = ""
    ) -> subprocess.CompletedProcess[str]:
        done = subprocess.run(
            [sys.executable, "-m", "worker.cli", *args],
            cwd=self.cwd,
            env=self.env,
            input=stdin,
            capture_output=True,
            text=True,
            timeout=300,
        )
        if check and done.returncode != 0:
            raise AssertionError(f"gdpr-worker {' '.join(args)} → {done.returncode}\n{done.stderr}")
        return done

    def json(self, *args: str):
        return json.loads(self.run(*args, "--json").stdout)

    @property
    def inbox(self) -> Path:
        return self.cwd / "var" / "mailbox"

    @property
    def outbox(self) -> Path:
        return self.cwd / "var" / "outbox"

    def deliver(self, name: str, raw: bytes, mtime: float | None = None) -> Path:
        """Put a mail in the Maildir inbox as an MDA would: tmp/ first, then new/."""
        for sub in ("new", "cur", "tmp"):
            (self.inbox / sub).mkdir(parents=True, exist_ok=True)
        tmp = self.inbox / "tmp" / name
        tmp.write_bytes(raw)
        if mtime is not None:
            os.utime(tmp, (mtime, mtime))
        target = self.inbox / "new" / name
        tmp.rename(target)
        return target


@pytest.fixture(scope="session")
def demo_crm_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo CRM, made once per session; each test works on a copy (rights change it)."""
    path = tmp_path_factory.mktemp("demo-crm") / "demo-crm.sqlite3"
    demo_crm.create(f"sqlite:///{path}")
    return path


def new_cli(cwd: Path, demo_crm_file: Path) -> Cli:
    """The command line in `cwd`, with no GDPR_* variable and a fresh copy of the demo CRM."""
    (cwd / DEMO_CRM).parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(demo_crm_file, cwd / DEMO_CRM)
    env = {k: v for k, v in os.environ.items() if not k.startswith("GDPR_")}
    return Cli(cwd=cwd, env=env)


@pytest.fixture
def cli(tmp_path: Path, demo_crm_file: Path) -> Cli:
    return new_cli(tmp_path, demo_crm_file)
