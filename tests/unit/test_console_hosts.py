"""The console's allow-list of hosts (GDPR_CONSOLE_HOSTS): a Host header or an Origin is served
only under a listed name, on any port when the entry names none, else on its port only."""

from __future__ import annotations

import pytest

from worker.urls import HostPort, host_allowed, origin_allowed, parse_hosts, split_authority

DEFAULT = parse_hosts("127.0.0.1,localhost")


@pytest.mark.parametrize(
    ("value", "parsed"),
    [
        ("localhost", HostPort("localhost", None)),
        ("LocalHost:8080", HostPort("localhost", 8080)),
        ("[::1]:8080", HostPort("::1", 8080)),
        ("[::1]", HostPort("::1", None)),
        ("console.example.com.", HostPort("console.example.com.", None)),
        ("localhost:", None),
        ("localhost:0", None),
        ("localhost:65536", None),
        ("localhost:80a", None),
        ("::1", None),  # a Host header brackets an IPv6 address
        ("user@localhost", None),
        ("local host", None),
        ("", None),
        ("[::1", None),
        ("[nothost]:80", None),
    ],
)
def test_split_authority(value, parsed):
    assert split_authority(value) == parsed


def test_the_default_list_serves_loopback_names_on_any_port():
    assert host_allowed(DEFAULT, "127.0.0.1:8080") and host_allowed(DEFAULT, "localhost")
    assert not host_allowed(DEFAULT, "attacker.example:8080")
    assert not host_allowed(DEFAULT, "127.0.0.1.nip.io")
    assert not host_allowed(DEFAULT, "")


def test_an_entry_with_a_port_serves_that_port_only():
    hosts = parse_hosts("console.example.com:8443, ::1")
    assert host_allowed(hosts, "console.example.com:8443")
    assert not host_allowed(hosts, "console.example.com")
    assert not host_allowed(hosts, "console.example.com:8080")
    assert host_allowed(hosts, "[::1]:9999")  # an operator may write IPv6 without brackets


def test_origins_are_judged_by_the_same_list():
    assert origin_allowed(DEFAULT, "http://127.0.0.1:8080")
    assert origin_allowed(DEFAULT, "https://localhost")
    for origin in (
        "null",
        "https://attacker.example",
        "http://localhost.attacker.example",
        "ftp://localhost",
        "http://user@localhost",
        "http://localhost/path",
    ):
        assert not origin_allowed(DEFAULT, origin), origin


def test_a_bad_list_is_refused():
    for value in ("", " , ", "https://x.example", "x.example:port"):
        with pytest.raises(ValueError):
            parse_hosts(value)
