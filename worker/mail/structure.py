"""The MIME tree of a mail, read by the stdlib parser under limits that keep its work linear.

The stdlib's feed parser is linear in the number of lines times the nesting depth (each line is
checked against the boundary of every enclosing part), and its structured-header parsers grow
with the square of a field's length. So before and while it reads a mail:

- the lines are counted first (one pass over the bytes);
- each new part is counted as the parser creates it, and refused past MAX_PARTS or past the
  depth that the line count allows (lines x depth stays under MAX_LINE_DEPTH);
- each part's header block is checked as the parser reads it: at most MAX_HEADERS fields, and
  the fields that steer the parsing (Content-*) short and with few parameters.

The tree uses the compat32 policy (header values stay strings, raw 8-bit bytes kept as surrogate
escapes): only what a caller asks for is ever parsed, from a bounded value (``headers``).
"""

from __future__ import annotations

from email.feedparser import BytesFeedParser
from email.message import Message
from email.policy import Compat32

MAX_LINES = 1_000_000  # about 40 MiB of 40-character lines
MAX_PARTS = 1000
MAX_DEPTH = 32  # for a short mail; a long one gets less (MAX_LINE_DEPTH)
MAX_LINE_DEPTH = 8_000_000  # lines x nesting depth: the feed parser's work
MAX_HEADERS = 500  # fields in one header block
MAX_MIME_FIELD = 4096  # characters of one Content-* field
MAX_MIME_PARAMETERS = 64  # ";" in one Content-* field (a long RFC 2231 file name has ~40)
_CHUNK = 65536


class Limit(Exception):
    """The mail exceeds a limit: `reason` is the short code staff see, `detail` says more."""

    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(reason)
        self.reason = reason
        self.detail = detail


def line_count(raw: bytes) -> int:
    """Lines as the parser splits them (CRLF, LF or a lone CR)."""
    return raw.count(b"\n") + raw.count(b"\r") - raw.count(b"\r\n")


def read_tree(raw: bytes) -> Message:
    """The mail's MIME tree, or Limit when reading it would cost more than the limits allow."""
    lines = line_count(raw)
    if lines > MAX_LINES:
        raise Limit("too_many_lines", f"more than {MAX_LINES} lines")
    parser = _BoundedParser(max_depth=max(1, min(MAX_DEPTH, MAX_LINE_DEPTH // max(lines, 1))))
    view = memoryview(raw)
    for start in range(0, len(raw), _CHUNK):  # in chunks, as BytesParser does: less to copy
        parser.feed(bytes(view[start : start + _CHUNK]))
    return parser.close()


class _RawValues(Compat32):
    """compat32, except that a header value comes back as the text it was, raw 8-bit bytes
    still as surrogate escapes (for ``clean.unescape`` to decode), where compat32 would make it
    a Header object that replaces them with U+FFFD."""

    def header_fetch_parse(self, name: str, value: str) -> str:
        return value


RAW_VALUES = _RawValues()


class _BoundedParser(BytesFeedParser):
    """The stdlib feed parser, stopped the moment a limit is crossed.

    It hooks the parser's two internal steps that see a part begin (`_new_message`) and a
    header block end (`_parse_headers`); both have been there unchanged since Python 3.2, and
    tests/hostile fails if they stop being called.
    """

    def __init__(self, max_depth: int) -> None:
        super().__init__(_factory=Message, policy=RAW_VALUES)
        self._max_depth = max_depth
        self._parts = 0

    def _new_message(self) -> None:
        self._parts += 1
        if self._parts > MAX_PARTS:
            raise Limit("too_many_parts", f"more than {MAX_PARTS} MIME parts")
        if len(self._msgstack) >= self._max_depth:
            raise Limit("too_deep", f"MIME parts nested deeper than {self._max_depth}")
        super()._new_message()

    def _parse_headers(self, lines: list[str]) -> None:
        _check_header_block(lines)
        super()._parse_headers(lines)


def _check_header_block(lines: list[str]) -> None:
    fields = 0
    mime_field: list[int] = []  # [length, semicolons] of the Content-* field being read
    for line in lines:
        if line[:1] in (" ", "\t"):  # a continuation of the field above
            if mime_field:
                mime_field[0] += len(line)
                mime_field[1] += line.count(";")
                _check_mime_field(mime_field)
            continue
        fields += 1
        if fields > MAX_HEADERS:
            raise Limit("too_many_headers", f"more than {MAX_HEADERS} header fields in a part")
        if line[:8].lower() == "content-":
            mime_field = [len(line), line.count(";")]
            _check_mime_field(mime_field)
        else:
            mime_field = []


def _check_mime_field(field: list[int]) -> None:
    length, semicolons = field
    if length > MAX_MIME_FIELD or semicolons > MAX_MIME_PARAMETERS:
        raise Limit("header_too_long", "a Content-* header field is too long or too complex")
