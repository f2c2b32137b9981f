from email.message import EmailMessage

import pytest

from worker.mail.parse import parse
from worker.sender_trust import authserv_id, sender_verified

OURS = "mx.alsicohightech.com"


def mail_with(*results: str, sender: str = "jan@mail.example") -> object:
    msg = EmailMessage()
    for value in results:  # in the order given: the first is the topmost
        msg["Authentication-Results"] = value
    msg["From"] = sender
    msg["To"] = "GDPR@alsicohightech.com"
    msg["Subject"] = "x"
    msg.set_content("x")
    return parse(msg.as_bytes())


def test_authserv_id_ignores_version_and_comments():
    assert authserv_id("mx.alsicohightech.com 1; dmarc=pass") == OURS
    assert authserv_id(" (comment) MX.AlsicoHighTech.com; none") == OURS


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        (
            [f"{OURS}; spf=pass smtp.mailfrom=mail.example; dmarc=pass header.from=mail.example"],
            True,
        ),
        ([f"{OURS}; dmarc=pass (p=reject) header.from=mail.example"], True),
        ([f"{OURS}; dmarc=fail header.from=mail.example"], False),
        ([f"{OURS}; dmarc=pass header.from=other.example"], False),
        ([f"{OURS}; spf=pass smtp.mailfrom=mail.example"], False),  # no DMARC verdict
        (["mx.evil.example; dmarc=pass header.from=mail.example"], False),  # not our server
        ([], False),
        # our server's verdict is on top; a forged "pass" below it does not count
        (
            [
                f"{OURS}; dmarc=fail header.from=mail.example",
                f"{OURS}; dmarc=pass header.from=mail.example",
            ],
            False,
        ),
    ],
)
def test_only_the_topmost_header_of_our_own_server_counts(headers, expected):
    assert sender_verified(mail_with(*headers), OURS) is expected


def test_nothing_is_trusted_without_a_configured_authserv_id():
    assert not sender_verified(mail_with(f"{OURS}; dmarc=pass header.from=mail.example"), "")
