"""Text out of mail bytes, safe to store anywhere: decoded, no control characters, bounded.

Every string parse() hands on goes through here, so that no value read from a mail can make a
database write fail (PostgreSQL refuses NUL; no encoder takes a lone surrogate) or carry a
terminal escape, a bidi override or an unbounded length into the console and the logs.
"""

from __future__ import annotations

import codecs
import re

# Codecs a mail may name that are no character sets of mail: their decoders are slow on crafted
# input (punycode and idna are quadratic) or turn escapes into arbitrary code points.
_NOT_MAIL_CHARSETS = frozenset(
    {"idna", "punycode", "raw_unicode_escape", "unicode_escape", "escape_codec"}
)

# multi-line text keeps tab and newline; single-line values keep neither
_TEXT_JUNK = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x84\x86-\x9f]")
_TEXT_BREAKS = re.compile(r"\r\n?|[\x85\u2028\u2029]")
_LINE_JUNK = re.compile(r"[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u2028\u2029]+")
_SURROGATES = re.compile(r"[\ud800-\udfff]")


def codec_for(charset: str | None) -> str | None:
    """The Python codec of a MIME charset name, or None when unknown or no mail charset."""
    if not charset or len(charset) > 64:
        return None
    try:
        info = codecs.lookup(charset.strip().strip('"'))
    except (LookupError, ValueError):
        return None
    if info.name in _NOT_MAIL_CHARSETS or not getattr(info, "_is_text_encoding", True):
        return None
    return info.name


def decode(data: bytes, *charsets: str | None) -> str:
    """`data` in the first of `charsets` that decodes it whole, else Windows-1252 (which takes
    all but five bytes), else Latin-1 (which takes every byte). Never raises."""
    for charset in (*charsets, "cp1252"):
        codec = codec_for(charset)
        if codec is None:
            continue
        try:
            return data.decode(codec)
        except (UnicodeDecodeError, LookupError, ValueError, TypeError):
            continue
    return data.decode("latin-1")


def unescape(value: str, charset: str | None = None) -> str:
    """Header text as the email package gives it, raw 8-bit bytes carried as surrogate escapes,
    decoded: UTF-8 first (RFC 6532), then the declared charset, then Windows-1252. Lone
    surrogates of any other origin become U+FFFD."""
    if not _SURROGATES.search(value):
        return value
    try:
        data = value.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:  # surrogates that were never bytes
        return _SURROGATES.sub("\ufffd", value)
    return decode(data, "utf-8", charset)


def text(value: str, limit: int) -> str:
    """Multi-line text: newlines normalised to \\n, tab kept, every other control character
    dropped, lone surrogates replaced, at most `limit` characters."""
    value = _TEXT_BREAKS.sub("\n", value)
    value = _SURROGATES.sub("\ufffd", _TEXT_JUNK.sub("", value))
    return value[:limit]


def line(value: str, limit: int) -> str:
    """A one-line value (a name, a subject, a file name): control and bidi-override characters
    dropped, runs of white space made one space, at most `limit` characters."""
    value = _LINE_JUNK.sub(" ", value)
    value = " ".join(_SURROGATES.sub("\ufffd", value).split())
    return value[:limit].rstrip()
