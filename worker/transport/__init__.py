"""Where replies go: SMTP in production, .eml files on the embedded default. Two outcomes of a
failed delivery are told apart by type: try again later, or never.

The text of these exceptions ends up in logs, in the outbox row's `last_error` and, through
dramatiq's retry tracebacks, in Redis: it never carries an address (`redact_addresses`)."""

from __future__ import annotations

import re
from email.message import EmailMessage
from typing import Protocol

# An addr-spec as servers echo it ("<jan.peeters@mail.example>: Recipient address rejected"),
# also with quoted or non-ASCII local parts; generous on purpose: redacting too much is harmless.
_ADDRESS = re.compile(r"""(?:"[^"\r\n]*"|[^\s<>()\[\]",;:@]+)@[^\s<>()\[\]",;:@]+""")
REDACTED = "<address>"


def redact_addresses(text: str) -> str:
    """`text` with every email address replaced by `<address>` (for logs, errors, events)."""
    return _ADDRESS.sub(REDACTED, text)


class TemporaryDeliveryError(Exception):
    """A 4xx answer, a refused or dropped connection, a time-out: retry with backoff."""


class PermanentDeliveryError(Exception):
    """A 5xx answer: retrying will not help; staff must look at the case."""


class PartialDeliveryError(PermanentDeliveryError):
    """The server took the message for some recipients and refused it for others. Never retried
    (the accepted recipients would get it twice): the reply counts as sent, `answer` holds the
    server's final answer, the text says what was refused, and staff look at the case."""

    def __init__(self, text: str, answer: str) -> None:
        super().__init__(text)
        self.answer = answer


class Transport(Protocol):
    def send(self, message: EmailMessage, name: str) -> str:
        """Deliver `message` (`name`: stable and unique for it); returns the server's answer.
        Raises TemporaryDeliveryError or PermanentDeliveryError (texts free of addresses)."""
        ...
