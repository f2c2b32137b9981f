"""ID copies at rest: encrypted with Fernet (AES-128-CBC + HMAC-SHA256, from `cryptography`),
keys from the environment, several at once so a key can be rotated without losing old copies."""

from __future__ import annotations

import logging
import os
from pathlib import Path

from cryptography.fernet import Fernet, InvalidToken, MultiFernet

log = logging.getLogger(__name__)


class VaultError(Exception):
    """A key is malformed, or a stored copy cannot be decrypted with any key given."""


class IdVault:
    def __init__(self, keys: list[bytes]) -> None:
        if not keys:
            raise VaultError("GDPR_ID_KEYS: no key given")
        try:
            self._fernet = MultiFernet([Fernet(k) for k in keys])
        except (ValueError, TypeError):
            raise VaultError("GDPR_ID_KEYS: not a Fernet key (32 url-safe base64 bytes)") from None

    @classmethod
    def from_settings(cls, keys: str, key_file: str) -> IdVault:
        """Keys from GDPR_ID_KEYS (comma-separated, the first encrypts); without them a key file
        made once with mode 0600 (the embedded default)."""
        if keys.strip():
            return cls([k.strip().encode() for k in keys.split(",") if k.strip()])
        path = Path(key_file)
        if not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            try:
                fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            except FileExistsError:  # another process made it meanwhile
                pass
            else:
                with os.fdopen(fd, "wb") as fh:
                    fh.write(Fernet.generate_key())
                log.debug("made a new ID-copy key in %s", path)
        return cls([path.read_bytes().strip()])

    def encrypt(self, data: bytes) -> bytes:
        return self._fernet.encrypt(data)

    def decrypt(self, token: bytes) -> bytes:
        try:
            return self._fernet.decrypt(token)
        except InvalidToken:
            raise VaultError("a stored ID copy cannot be decrypted with the keys given") from None

    def rotate(self, token: bytes) -> bytes:
        """The same copy, encrypted under the first key."""
        try:
            return self._fernet.rotate(token)
        except InvalidToken:
            raise VaultError("a stored ID copy cannot be decrypted with the keys given") from None
