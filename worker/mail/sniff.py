"""What a file really is, read from its first bytes: the declared type and name are hints only."""

from __future__ import annotations

import filetype

# Formats filetype does not know, or knows under a name we do not want.
_EXTRA_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\x78\x9f\x3e\x22", "application/vnd.ms-tnef"),  # winmail.dat
)


def sniff(content: bytes) -> str:
    """The MIME type recognised from the bytes, or "" when they match no known format."""
    head = content[:8192]
    for magic, mime in _EXTRA_SIGNATURES:
        if head.startswith(magic):
            return mime
    # PDF readers accept the header anywhere in the first 1024 bytes, so must we.
    if b"%PDF-" in head[:1024]:
        return "application/pdf"
    kind = filetype.guess(head)
    return kind.mime if kind is not None else ""
