"""Console passwords: argon2id hashes (argon2-cffi, RFC 9106's low-memory profile), compared
in constant time; at most two hashes computed at once, since each takes 64 MiB."""

from __future__ import annotations

import threading
from functools import cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

MIN_LENGTH = 8
MAX_LENGTH = 1024

_hasher = PasswordHasher()  # argon2id, t=3, m=64 MiB, p=4
_at_once = threading.BoundedSemaphore(2)


class PasswordError(ValueError):
    """A password that cannot be set; the message says why in one line."""


def check_new_password(password: str) -> str:
    if len(password) < MIN_LENGTH:
        raise PasswordError(f"the password is shorter than {MIN_LENGTH} characters")
    if len(password) > MAX_LENGTH:
        raise PasswordError(f"the password is longer than {MAX_LENGTH} characters")
    return password


def hash_password(password: str) -> str:
    with _at_once:
        return _hasher.hash(check_new_password(password))


def verify_password(stored_hash: str, password: str) -> bool:
    """Whether `password` is the one `stored_hash` was made from. With no stored hash (no such
    user), the same work is done against a dummy, so that timing tells no names apart."""
    with _at_once:
        try:
            return _hasher.verify(stored_hash or _dummy_hash(), password[:MAX_LENGTH]) and bool(
                stored_hash
            )
        except (VerificationError, InvalidHashError):
            return False


def needs_rehash(stored_hash: str) -> bool:
    return _hasher.check_needs_rehash(stored_hash)


@cache
def _dummy_hash() -> str:
    return _hasher.hash("no user has this password")
