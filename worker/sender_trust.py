"""Is the From address authenticated? Only our own receiving server's verdict counts (RFC 8601).

Our MTA adds an Authentication-Results header with its authserv-id on top of the mail; anything
below it, or carrying another id, may have been written by the sender. So: the topmost header
with our authserv-id, and dmarc=pass in it for the From domain.
"""

from __future__ import annotations

import re

from worker.domain import InboundMail

_DMARC = re.compile(r"(?:^|[;\s])dmarc\s*=\s*([a-z]+)(?P<props>[^;]*)", re.IGNORECASE)
_HEADER_FROM = re.compile(r"header\.from\s*=\s*\"?([^\s;\"]+)", re.IGNORECASE)
_COMMENT = re.compile(r"\([^()]*\)")


def authserv_id(value: str) -> str:
    """The authserv-id of an Authentication-Results value (its first token, version dropped)."""
    head = _COMMENT.sub(" ", value).split(";", 1)[0].strip()
    return head.split()[0].lower() if head else ""


def sender_verified(mail: InboundMail, trusted_authserv_id: str) -> bool:
    if not trusted_authserv_id:
        return False
    trusted = trusted_authserv_id.strip().lower()
    for value in mail.header("authentication-results"):  # in order: the topmost first
        if authserv_id(value) != trusted:
            continue
        body = _COMMENT.sub(" ", value)
        match = _DMARC.search(body)
        if match is None or match.group(1).lower() != "pass":
            return False
        header_from = _HEADER_FROM.search(match.group("props"))
        domain = mail.sender.email.rpartition("@")[2]
        return header_from is None or header_from.group(1).lower() == domain
    return False
