"""Where replies go: SMTP in production, .eml files on the embedded default. Two outcomes of a
failed delivery are told apart by type: try again later, or never."""

from __future__ import annotations

from email.message import EmailMessage
from typing import Protocol


class TemporaryDeliveryError(Exception):
    """A 4xx answer, a refused or dropped connection, a time-out: retry with backoff."""


class PermanentDeliveryError(Exception):
    """A 5xx answer: retrying will not help; staff must look at the case."""


class Transport(Protocol):
    def send(self, message: EmailMessage, name: str) -> str:
        """Deliver `message` (`name`: stable and unique for it); returns the server's answer."""
        ...
