"""Sender authentication: only our own server's single, topmost DMARC verdict for the From
domain counts. Each forgery of the security review (finding 10) is a row here."""

from dataclasses import replace
from email.message import EmailMessage

import pytest

from worker.domain import Address
from worker.mail.parse import parse
from worker.sender_trust import authserv_id, parse_auth_results, sender_verified

OURS = "mx.alsicohightech.com"
PASS = f"{OURS}; spf=pass smtp.mailfrom=mail.example; dmarc=pass header.from=mail.example"
RECEIVED = "from mail.example by mx.alsicohightech.com with ESMTPS id 1; Mon, 1 Dec 2026 09:00"


def mail_with(*headers: tuple[str, str], sender: str = "jan@mail.example") -> object:
    """A mail with the given trace headers on top, in the order given (the first is topmost)."""
    msg = EmailMessage()
    for name, value in headers:
        msg[name] = value
    msg["From"] = sender
    msg["To"] = "GDPR@alsicohightech.com"
    msg["Subject"] = "x"
    msg.set_content("x")
    return parse(msg.as_bytes())


def ar(value: str) -> tuple[str, str]:
    return ("Authentication-Results", value)


def test_authserv_id_ignores_version_and_comments():
    assert authserv_id("mx.alsicohightech.com 1; dmarc=pass") == OURS
    assert authserv_id(" (comment) MX.AlsicoHighTech.com; none") == OURS


def test_a_result_set_is_read_with_its_properties():
    parsed = parse_auth_results(
        f'{OURS}; dmarc=pass (p=reject dis=none) header.from="mail.example"; dkim=fail reason="x;y"'
    )
    assert parsed is not None
    assert [(r.method, r.result) for r in parsed.results] == [("dmarc", "pass"), ("dkim", "fail")]
    assert parsed.results[0].prop("header.from") == "mail.example"
    assert parsed.results[1].prop("reason") == "x;y"


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ([ar(PASS)], True),
        ([ar(f"{OURS}; dmarc=pass (p=reject) header.from=mail.example")], True),
        ([ar(f"{OURS}; dmarc=pass header.from=MAIL.EXAMPLE")], True),
        ([ar(PASS), ("Received", RECEIVED)], True),
        ([ar(f"{OURS}; dmarc=fail header.from=mail.example")], False),
        ([ar(f"{OURS}; dmarc=pass header.from=other.example")], False),
        ([ar(f"{OURS}; spf=pass smtp.mailfrom=mail.example")], False),  # no DMARC verdict
        (["mx.evil.example; dmarc=pass header.from=mail.example"], False),  # not our server
        ([], False),
    ],
)
def test_our_servers_verdict(headers, expected):
    headers = [ar(h) if isinstance(h, str) else h for h in headers]
    assert sender_verified(mail_with(*headers), OURS) is expected


FORGERIES = {
    # the sender added a second header in our name, below ours (our server did not strip it)
    "second header in our name below ours": [
        ar(f"{OURS}; dmarc=fail header.from=mail.example"),
        ("Received", RECEIVED),
        ar(PASS),
    ],
    # ... or in the same trace block: we cannot tell which is ours
    "second header in our name beside ours": [ar(PASS), ar(PASS)],
    # our server added none (Maildir delivery, a milter failing open): the sender's header
    # stands below our server's Received line
    "only the sender's header, below our Received": [("Received", RECEIVED), ar(PASS)],
    # another server's header on top, the sender's in our name below
    "another id on top, ours below": [
        ar("mx.other.example; dmarc=pass header.from=mail.example"),
        ("Received", RECEIVED),
        ar(PASS),
    ],
    "dmarc=pass without header.from": [ar(f"{OURS}; dmarc=pass")],
    "a pass and a fail": [
        ar(f"{OURS}; spf=none smtp.mailfrom=a;dmarc=pass; dmarc=fail header.from=mail.example")
    ],
    "dmarc=pass inside a quoted property": [
        ar(f'{OURS}; spf=none smtp.helo="x dmarc=pass"; dmarc=fail header.from=mail.example')
    ],
    "dmarc=pass inside a comment": [
        ar(f"{OURS}; spf=none (dmarc=pass header.from=mail.example) smtp.helo=x")
    ],
    "dmarc=pass as a stray word in another result": [
        ar(f"{OURS}; spf=none smtp.helo=x dmarc=pass header.from=mail.example")
    ],
    "unbalanced comment": [ar(f"{OURS}; dmarc=pass header.from=mail.example (")],
}


@pytest.mark.parametrize("name", list(FORGERIES))
def test_forged_verdicts_are_not_trusted(name):
    assert sender_verified(mail_with(*FORGERIES[name]), OURS) is False


def test_a_server_that_writes_below_its_own_received_line_is_configured_so():
    mail = mail_with(("Received", RECEIVED), ar(PASS))
    assert sender_verified(mail, OURS) is False
    assert sender_verified(mail, OURS, max_received_above=1) is True


def test_look_alike_from_domain_is_not_aligned():
    # Cyrillic "а" in the From domain: the verdict our server gave is for the Latin domain
    mail = mail_with(ar(PASS))
    look_alike = replace(mail, sender=Address("jan@m\u0430il.example", "Jan"))
    assert sender_verified(mail, OURS) is True
    assert sender_verified(look_alike, OURS) is False


def test_nothing_is_trusted_without_a_configured_authserv_id():
    assert not sender_verified(mail_with(ar(PASS)), "")
