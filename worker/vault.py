"""ID copies at rest: encrypted with Fernet (AES-128-CBC + HMAC-SHA256, from `cryptography`),
keys from the environment, several at once so a key can be rotated without losing old copies."""

from __future__ import annotations

import logging
import os
import stat
from pathlib import Path

from cryptography.fernet import Fernet, InvalidToken, MultiFernet

log = logging.getLogger(__name__)


DEFAULT_KEY_FILE = "keys/id-copies.key"
OLD_DEFAULT_KEY_FILE = "var/id-copies.key"  # before: beside the case store


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
        """Keys from GDPR_ID_KEYS (comma-separated, the first encrypts); without them the key
        file GDPR_ID_KEY_FILE, made once with mode 0600 in a folder of mode 0700 (the embedded
        default: keys/id-copies.key, beside var/ and not in it, so that a copy of the case store
        does not carry its key). A key file others may read is refused (VaultError)."""
        if keys.strip():
            return cls([k.strip().encode() for k in keys.split(",") if k.strip()])
        path = _from_old_default(Path(key_file))
        if not path.exists():
            path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            try:
                fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            except FileExistsError:  # another process made it meanwhile
                pass
            else:
                with os.fdopen(fd, "wb") as fh:
                    fh.write(Fernet.generate_key())
                log.debug("made a new ID-copy key in %s", path)
        mode = stat.S_IMODE(path.stat().st_mode)
        if mode & 0o077:
            raise VaultError(
                f"GDPR_ID_KEY_FILE: {path} may be read by others (mode {mode:04o}): "
                f"chmod 600 {path}"
            )
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


def _from_old_default(path: Path) -> Path:
    """An install from before keys/ kept its key in var/ beside the case store: when the
    default key file is asked for and only the old one exists, it is moved there (with a
    warning), so that the copies it encrypted stay readable; where it cannot be moved (another
    file system), it is used where it is, with a warning each start."""
    old = Path(OLD_DEFAULT_KEY_FILE)
    if path != Path(DEFAULT_KEY_FILE) or path.exists() or not old.is_file():
        return path
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    try:
        os.link(old, path)  # never over a key another process has just made or moved
    except FileExistsError:
        return path
    except OSError as exc:
        log.warning("the ID-copy key is still in %s beside the case store (%s): move it to %s",
                    old, type(exc).__name__, path)  # fmt: skip
        return old
    old.unlink(missing_ok=True)
    log.warning("the ID-copy key was moved from %s to %s, out of the case store's folder",
                old, path)  # fmt: skip
    return path
