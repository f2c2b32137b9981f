"""A Maildir inbox: the embedded default. New mail is read from new/ and cur/; a mail is moved to
the Maildir++ folder `.Processed` (or `.Quarantine`) only after intake has committed."""

from __future__ import annotations

import asyncio
import contextlib
import os
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path

from worker.domain import DispositionKind
from worker.mailbox import FetchedMail


class MaildirSource:
    def __init__(
        self,
        path: str | Path,
        processed_folder: str = "Processed",
        quarantine_folder: str = "Quarantine",
    ) -> None:
        self.root = Path(path).resolve()
        self.processed = self.root / f".{processed_folder}"
        self.quarantine = self.root / f".{quarantine_folder}"
        self.name = f"maildir:{self.root}"

    def ensure(self) -> None:
        for folder in (self.root, self.processed, self.quarantine):
            for sub in ("new", "cur", "tmp"):
                (folder / sub).mkdir(parents=True, exist_ok=True)
        for folder in (self.processed, self.quarantine):
            (folder / "maildirfolder").touch(exist_ok=True)

    async def fetch(self) -> AsyncIterator[FetchedMail]:
        self.ensure()
        entries = []
        for sub in ("new", "cur"):
            with os.scandir(self.root / sub) as it:
                entries.extend(e for e in it if e.is_file() and not e.name.startswith("."))
        entries.sort(key=lambda e: (e.stat().st_mtime, e.name))
        for entry in entries:
            try:
                raw = Path(entry.path).read_bytes()
                mtime = entry.stat().st_mtime
            except FileNotFoundError:  # taken by another reader meanwhile
                continue
            unique = entry.name.split(":", 1)[0]
            yield FetchedMail(
                key=f"{self.name}:{unique}",
                raw=raw,
                received_at=datetime.fromtimestamp(mtime, UTC),
                handle=Path(entry.path),
            )

    async def mark(self, mail: FetchedMail, disposition: DispositionKind) -> None:
        src = mail.handle
        assert isinstance(src, Path)
        folder = self.quarantine if disposition is DispositionKind.QUARANTINED else self.processed
        name = src.name if ":2," in src.name else f"{src.name}:2,"
        with contextlib.suppress(FileNotFoundError):  # already moved: marking twice is a no-op
            os.replace(src, folder / "cur" / name)

    async def purge(self, before: dict[str, datetime]) -> dict[str, list[str]]:
        """Delete the mail of our folders ("processed", "quarantine": the keys of `before`)
        received before the given time (a file's modification time, which a move keeps: when
        the mailbox got it). Returns, per folder, the source keys of the mail deleted (intake
        recorded each mail under its key)."""
        folders = {"processed": self.processed, "quarantine": self.quarantine}
        deleted: dict[str, list[str]] = {}
        for which, cutoff in before.items():
            limit = cutoff.timestamp()
            gone = deleted.setdefault(which, [])
            for sub in ("cur", "new"):
                try:
                    entries = list(os.scandir(folders[which] / sub))
                except FileNotFoundError:
                    continue
                for entry in entries:
                    try:
                        if not entry.is_file() or entry.stat().st_mtime >= limit:
                            continue
                        os.unlink(entry.path)
                    except FileNotFoundError:  # another purge took it meanwhile
                        continue
                    gone.append(f"{self.name}:{entry.name.split(':', 1)[0]}")
        return deleted

    async def wait(self, timeout: float) -> None:
        await asyncio.sleep(timeout)

    async def close(self) -> None:
        return None
