"""`gdpr-worker users …` and `web` as INTERFACE.md names them: the password from standard input,
argon2id hashes only, the list as JSON, disabling; bad arguments one line and exit 2."""

from __future__ import annotations

import sqlite3

import pytest

from tests.e2e.conftest import Cli


def test_users_add_list_disable(cli: Cli):
    done = cli.run("users", "add", "anna", "--role", "officer", stdin="correct horse battery\n")
    assert done.returncode == 0
    cli.run("users", "add", "vic", "--role", "viewer", stdin="another passphrase")  # no newline
    assert cli.json("users", "list") == [
        {"name": "anna", "role": "officer", "disabled": False},
        {"name": "vic", "role": "viewer", "disabled": False},
    ]
    assert cli.run("users", "disable", "vic").returncode == 0
    assert cli.json("users", "list")[1] == {"name": "vic", "role": "viewer", "disabled": True}
    table = cli.run("users", "list").stdout
    assert "anna" in table and "officer" in table

    with sqlite3.connect(cli.cwd / "var" / "gdpr.sqlite3") as db:
        hashes = [h for (h,) in db.execute("SELECT password_hash FROM users")]
    assert all(h.startswith("$argon2id$") for h in hashes)
    assert not any("correct horse" in h for h in hashes)


@pytest.mark.parametrize(
    ("args", "stdin", "names"),
    [
        (["users", "add", "anna"], "a long password\n", "--role"),
        (["users", "add", "anna", "--role", "boss"], "a long password\n", "boss"),
        (["users", "add", "an na", "--role", "viewer"], "a long password\n", "an na"),
        (["users", "add", "anna", "--role", "viewer"], "", "password"),
        (["users", "add", "anna", "--role", "viewer"], "short\n", "shorter than 8"),
        (["users", "disable", "nobody"], "", "nobody"),
        (["users", "password", "nobody"], "a long password\n", "nobody"),
        (["web", "--port", "99999"], "", "99999"),
    ],
)
def test_bad_user_arguments_are_one_line_and_exit_2(cli: Cli, args, stdin, names):
    done = cli.run(*args, check=False, stdin=stdin)
    assert done.returncode == 2, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and names in lines[0], done.stderr
    assert "Traceback" not in done.stderr


def test_a_user_is_added_once(cli: Cli):
    cli.run("users", "add", "anna", "--role", "officer", stdin="correct horse battery\n")
    done = cli.run("users", "add", "Anna", "--role", "viewer", stdin="x" * 12, check=False)
    assert done.returncode == 2 and "exists already" in done.stderr
    assert [u["role"] for u in cli.json("users", "list")] == ["officer"]


def test_web_in_proxy_mode_needs_the_proxys_address(cli: Cli):
    cli.env["GDPR_CONSOLE_AUTH"] = "proxy"
    done = cli.run("web", "--port", "1", check=False)
    assert done.returncode == 2 and "GDPR_CONSOLE_TRUSTED_PROXIES" in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1


def test_web_on_a_port_in_use_is_one_line(cli: Cli):
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        done = cli.run("web", "--port", str(taken.getsockname()[1]), check=False)
    assert done.returncode == 2
    assert "cannot listen" in done.stderr and "Traceback" not in done.stderr
