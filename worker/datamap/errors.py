"""The data map's one error."""

from __future__ import annotations


class DataMapError(ValueError):
    """The data map and a source disagree, a source failed, or an operation was asked something
    the map does not allow; the message is one line and carries no personal data."""
