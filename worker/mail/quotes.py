"""Split what the writer wrote now from quoted earlier mail, forwarded headers and signature."""

from __future__ import annotations

import re
from dataclasses import dataclass

_ATTRIBUTION = re.compile(
    r"^\s*("
    r"on\b.{0,200}\bwrote\s*:"
    r"|op\b.{0,200}\bschreef\b.{0,80}:"
    r"|le\b.{0,200}\ba\s+[ée]crit\s*:"
    r"|am\b.{0,200}\bschrieb\b.{0,80}:"
    r")\s*$",
    re.IGNORECASE,
)
_SEPARATOR = re.compile(
    r"^\s*[-_=*]{2,}\s*("
    r"original message|oorspronkelijk bericht|origineel bericht|message d'origine"
    r"|ursprüngliche nachricht|originalnachricht|forwarded message|doorgestuurd bericht"
    r"|message transféré|message transfere|weitergeleitete nachricht|begin forwarded message"
    r")\s*[-_=*]{0,}\s*$",
    re.IGNORECASE,
)
_BEGIN_FORWARDED = re.compile(r"^\s*(begin forwarded message|début du message réexpédié)\s*:", re.I)
_HEADER_FROM = re.compile(r"^\s*\*?(from|van|de|von)\s*:\*?\s+\S", re.IGNORECASE)
_HEADER_NEXT = re.compile(
    r"^\s*\*?(sent|verzonden|envoyé|gesendet|date|datum|to|aan|à|an|subject|onderwerp|objet|betreff)\s*:",
    re.IGNORECASE,
)
_RULE = re.compile(r"^\s*_{8,}\s*$")
_SIGNATURE = re.compile(r"^-- ?$")


@dataclass(frozen=True)
class SplitBody:
    text: str
    quoted: str
    signature: str


def _quote_start(lines: list[str]) -> int | None:
    for i, line in enumerate(lines):
        if _SEPARATOR.match(line) or _BEGIN_FORWARDED.match(line):
            return i
        if _ATTRIBUTION.match(line):
            return i
        # an attribution wrapped over two lines ("On Tue, ... <a@b>\nwrote:")
        wrapped = i + 1 < len(lines) and len(line) < 200
        if wrapped and _ATTRIBUTION.match(line + " " + lines[i + 1].strip()):
            return i
        if _HEADER_FROM.match(line) and any(_HEADER_NEXT.match(n) for n in lines[i + 1 : i + 5]):
            return i - 1 if i and _RULE.match(lines[i - 1]) else i
    return None


def split_body(body: str) -> SplitBody:
    lines = body.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    start = _quote_start(lines)
    head, quoted = (lines, []) if start is None else (lines[:start], lines[start:])

    own: list[str] = []
    signature: list[str] = []
    in_signature = False
    for line in head:
        if not in_signature and _SIGNATURE.match(line):
            in_signature = True
            continue
        if in_signature:
            signature.append(line)
        elif line.lstrip().startswith(">"):
            quoted.append(line)
        else:
            own.append(line)
    return SplitBody(
        text="\n".join(own).strip(),
        quoted="\n".join(quoted).strip(),
        signature="\n".join(signature).strip(),
    )
