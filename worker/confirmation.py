"""The erasure confirmation code: sent to the requester's own address, written back by them,
kept only as a hash."""

from __future__ import annotations

import hashlib
import re
import secrets

_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I/L
_CODE = re.compile(r"\bERASE-([A-Z0-9]{4})-([A-Z0-9]{4})\b", re.IGNORECASE)


def new_code() -> str:
    groups = ("".join(secrets.choice(_ALPHABET) for _ in range(4)) for _ in range(2))
    return "ERASE-" + "-".join(groups)


def code_hash(code: str) -> str:
    return hashlib.sha256(code.strip().upper().encode()).hexdigest()


def codes_in(text: str) -> list[str]:
    """Every confirmation code written in a text, normalised to upper case."""
    return [f"ERASE-{a}-{b}".upper() for a, b in _CODE.findall(text)]
