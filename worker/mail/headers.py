"""The header fields of a parsed mail: listed once, decoded only when asked, always bounded.

The tree keeps each field's raw text (compat32). Here it is unfolded, its raw 8-bit bytes are
decoded (UTF-8, then the declared charset, then Windows-1252), and only a bounded prefix ever
reaches the stdlib's header parsers, whose work grows with the square of a field's length.
"""

from __future__ import annotations

import contextlib
import re
from email import policy
from email.message import Message

from worker.mail import clean

MAX_DECODED_FIELD = 8192  # characters of an unstructured field (Subject) decoded; the rest is cut
MAX_SCREENED_VALUE = 2000  # characters of each field kept for screening
MAX_SUBJECT = 998

_FOLD = re.compile(r"[\r\n]+")


class Headers:
    """The top-level header fields, in order; each lookup is one pass over the list."""

    def __init__(self, msg: Message, charset: str | None) -> None:
        self._items = [(str(name).lower(), value) for name, value in msg.raw_items()]
        self.charset = charset

    def values(self, name: str) -> list[str]:
        """The raw values of every field called `name`, unfolded and decoded (not cut)."""
        name = name.lower()
        return [
            clean.unescape(_FOLD.sub("", str(value)), self.charset)
            for key, value in self._items
            if key == name
        ]

    def first(self, name: str) -> str:
        values = self.values(name)
        return values[0] if values else ""

    def count(self, name: str) -> int:
        name = name.lower()
        return sum(1 for key, _ in self._items if key == name)

    def subject(self) -> str:
        return clean.line(self.decoded("subject"), MAX_SUBJECT)

    def decoded(self, name: str) -> str:
        """An unstructured field with its encoded-words decoded: its first MAX_DECODED_FIELD
        characters, cut at a space so that no encoded-word is cut in two."""
        value = self.first(name)
        if len(value) > MAX_DECODED_FIELD:
            value = value[:MAX_DECODED_FIELD].rpartition(" ")[0] or value[:MAX_DECODED_FIELD]
        with contextlib.suppress(Exception):  # else the raw text is still a fair reading
            value = str(policy.default.header_factory(name, value))
        return clean.unescape(value, self.charset)

    def screening(self) -> tuple[tuple[str, str], ...]:
        """(lower-cased name, value) of every field, each value one line of at most
        MAX_SCREENED_VALUE characters: what screen.py and sender_trust.py look at."""
        return tuple(
            (clean.line(name, 200), clean.line(self._decoded_prefix(value), MAX_SCREENED_VALUE))
            for name, value in self._items
        )

    def _decoded_prefix(self, value: object) -> str:
        return clean.unescape(_FOLD.sub("", str(value)[: MAX_SCREENED_VALUE * 4]), self.charset)
