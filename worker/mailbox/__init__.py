"""Mail sources: where raw mail comes from, and how a mail is marked done there.

Every source has the same small surface: `fetch()` yields what is waiting, `mark()` records the
outcome on the server after intake has committed, `wait()` returns when new mail may be there.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass(frozen=True)
class FetchedMail:
    key: str  # unique per copy in the mailbox: the first dedupe key of intake
    raw: bytes = field(repr=False)
    received_at: datetime  # when the mailbox got it: the statutory deadline counts from here
    handle: object = field(default=None, repr=False)  # what the source needs to mark it


# A mail too large to download reaches intake as a small stand-in that says so; intake
# quarantines it as too_large and the source moves the original to its quarantine folder.
TOO_LARGE_HEADER = "X-Gdpr-Too-Large"


def stand_in(headers: bytes, size: int, folder: str) -> bytes:
    """What intake gets instead of a mail too large to download: a small text mail whose first
    header is `X-Gdpr-Too-Large: <size>`, with the original's Message-ID, Date and Subject, and
    its From and To as X-Original-From and X-Original-To. Without a From of its own it can
    never open a case: the parser quarantines it ("no_sender") even where intake does not yet
    read the marker (`too_large_size`) and quarantine it as too_large. Deterministic: the same
    mail fetched twice gives the same stand-in, so intake's dedupe recognises it."""
    kept = []
    for line in headers.split(b"\r\n"):
        if not line.strip():
            continue
        if line[:1] not in (b" ", b"\t") and line.lower().startswith((b"from:", b"to:")):
            line = b"X-Original-" + line
        kept.append(line)
    body = (
        f"The original message is {size} bytes, over the size limit: it was not downloaded, "
        f'and it is kept in the mailbox folder "{folder}".\r\n'
    ).encode()
    return (
        f"{TOO_LARGE_HEADER}: {size}\r\n".encode()
        + b"".join(line + b"\r\n" for line in kept)
        + b"MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        + body
    )


def too_large_size(raw: bytes) -> int | None:
    """The original size a stand-in declares (for intake: quarantine it as too_large)."""
    marker = f"{TOO_LARGE_HEADER}: ".encode()
    if not raw.startswith(marker):
        return None
    value = raw[len(marker) : raw.find(b"\r\n")]
    return int(value) if value.isdigit() else None
