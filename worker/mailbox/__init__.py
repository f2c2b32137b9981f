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
