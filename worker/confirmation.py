"""The mailbox confirmation code: sent to the requester's own address, typed back by them in
their own words, kept only as a hash.

A code has 20 symbols of a 31-letter alphabet (99 bits): no number of guesses a mailbox can carry
comes near it, and a case still tolerates only a few wrong tries (config/policy.yaml). A reply
that carries several candidate codes is one wrong try, whatever it holds: a code is typed, not
pasted from a list.
"""

from __future__ import annotations

import hashlib
import re
import secrets
from dataclasses import dataclass
from enum import StrEnum

_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I/L
_GROUPS, _GROUP_LEN = 5, 4
PREFIX = "CONFIRM"

# Anything that looks like an attempt at a code, ours or an older one (ERASE-XXXX-XXXX): the
# prefix, then groups joined by hyphens (any case), or by spaces (capitals and digits only, so
# that "I confirm that" is no attempt).
_CANDIDATE = re.compile(
    r"\b(?i:CONFIRM|ERASE)(?:-[A-Za-z0-9]{2,8}(?:-[A-Za-z0-9]{2,8}){0,9}"
    r"|[ :]{1,3}[A-Z0-9]{4}(?: [A-Z0-9]{4}){1,9})\b"
)


def new_code() -> str:
    groups = ("".join(secrets.choice(_ALPHABET) for _ in range(_GROUP_LEN)) for _ in range(_GROUPS))
    return PREFIX + "-" + "-".join(groups)


def _normalised(code: str) -> str:
    """Upper case, one hyphen between groups, whatever the separators typed."""
    parts = re.split(r"[\s:-]+", code.strip().upper())
    return "-".join(p for p in parts if p)


def code_hash(code: str) -> str:
    return hashlib.sha256(_normalised(code).encode()).hexdigest()


def candidate_codes(text: str, *, limit: int = 50) -> list[str]:
    """The distinct code-like strings in a text, normalised (at most `limit`: a text with more is
    a flood, and one more would not change the verdict)."""
    found: dict[str, None] = {}
    for match in _CANDIDATE.finditer(text):
        found[_normalised(match.group(0))] = None
        if len(found) >= limit:
            break
    return list(found)


class CodeVerdict(StrEnum):
    NONE = "none"  # no code in the reply: neither a confirmation nor a wrong try
    CONFIRMED = "confirmed"
    WRONG = "wrong"  # a wrong code, an expired one, or several candidates


@dataclass(frozen=True)
class CodeReading:
    verdict: CodeVerdict
    candidates: int


def read_code(new_text: str, expected_hash: str) -> CodeReading:
    """What the requester's own new text says to a confirmation that waits for `expected_hash`.
    Only new text is given here: quoted, forwarded and attached text never count."""
    candidates = candidate_codes(new_text)
    if not candidates:
        return CodeReading(CodeVerdict.NONE, 0)
    if len(candidates) == 1 and expected_hash and code_hash(candidates[0]) == expected_hash:
        return CodeReading(CodeVerdict.CONFIRMED, 1)
    return CodeReading(CodeVerdict.WRONG, len(candidates))
