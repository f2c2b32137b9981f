"""The outside surface of INTERFACE.md: exit codes, errors, JSON shapes."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.e2e.conftest import Cli


@pytest.mark.parametrize(
    ("env", "args", "names"),
    [
        ({"GDPR_DATABASE_URL": "mysql://u@h/db"}, ["cases", "list", "--json"], "GDPR_DATABASE_URL"),
        ({"GDPR_MAILBOX_URL": "pop3://h"}, ["run", "--once"], "GDPR_MAILBOX_URL"),
        ({"GDPR_SMTP_URL": "smtp://h:x"}, ["run", "--once"], "GDPR_SMTP_URL"),
        ({"GDPR_BROKER_URL": "amqp://h"}, ["run", "--once"], "GDPR_BROKER_URL"),
        ({}, ["cases", "frobnicate"], "frobnicate"),
        ({}, ["run", "--twice"], "--twice"),
        ({}, [], "command"),
    ],
)
def test_bad_configuration_or_arguments_is_one_line_and_exit_2(cli: Cli, env, args, names):
    cli.env.update(env)
    done = cli.run(*args, check=False)
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert names in lines[0]
    assert "Traceback" not in done.stderr


def test_an_unreachable_database_is_a_one_line_error(cli: Cli):
    cli.env["GDPR_DATABASE_URL"] = "postgresql+psycopg://nobody@127.0.0.1:1/nothing"
    done = cli.run("db", "upgrade", check=False)
    assert done.returncode == 2
    assert len(done.stderr.strip().splitlines()) == 1
    assert "GDPR_DATABASE_URL" in done.stderr


def test_db_upgrade_twice_on_sqlite(cli: Cli):
    assert cli.run("db", "upgrade").returncode == 0
    assert cli.run("db", "upgrade").returncode == 0
    assert (cli.cwd / "var" / "gdpr.sqlite3").exists()


def test_db_upgrade_twice_on_postgresql(cli: Cli, postgres_url: str):
    cli.env["GDPR_DATABASE_URL"] = postgres_url
    assert cli.run("db", "upgrade").returncode == 0
    assert cli.run("db", "upgrade").returncode == 0
    assert cli.json("cases", "list") == []


def test_empty_store(cli: Cli):
    assert cli.json("cases", "list") == []
    assert cli.json("messages", "list") == []
    assert cli.json("quarantine", "list") == []
    assert cli.run("run", "--once").returncode == 0


def test_unknown_case_exits_1(cli: Cli):
    done = cli.run("cases", "show", "GDPR-2026-999999", "--json", check=False)
    assert done.returncode == 1
    assert "GDPR-2026-999999" in done.stderr


def test_a_reader_that_leaves_the_pipe_early_gets_no_traceback(cli: Cli):
    # `gdpr-worker cases list --json | head -c 100`: head leaves; no traceback on stderr
    proc = subprocess.Popen(
        [sys.executable, "-m", "worker.cli", "messages", "list", "--json"],
        cwd=cli.cwd,
        env=cli.env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()  # long before the command writes (it takes a while to start)
    stderr = proc.stderr.read().decode()
    assert proc.wait(timeout=120) == 141
    assert "Traceback" not in stderr and "BrokenPipe" not in stderr
