"""The file outbox: each reply written as an .eml file (the embedded default, and for tests)."""

from __future__ import annotations

import os
import tempfile
from email.message import EmailMessage
from pathlib import Path


class FileTransport:
    def __init__(self, directory: str | Path) -> None:
        self.directory = Path(directory)

    def send(self, message: EmailMessage, name: str) -> str:
        self.directory.mkdir(parents=True, exist_ok=True)
        target = self.directory / f"{name}.eml"
        # Written under a temporary name and renamed: a reader never sees half a message, and a
        # second delivery of the same reply replaces the file instead of adding another.
        fd, tmp = tempfile.mkstemp(dir=self.directory, prefix=".tmp-", suffix=".eml")
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(message.as_bytes())
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        return f"written to {target}"
