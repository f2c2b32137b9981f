"""The untrusted stages of intake in one pure function: raw bytes → what they say.

parse → screen → classify read nothing but the mail's own bytes, and they are where a hostile
mail spends time and memory. `read_mail` runs them together so that intake can run them in a
child process under a budget (worker/budget.py), or here in tests. Every mail that is readable
and not screened out is classified, follow-ups too: which case a mail continues is decided later,
from the store, and a follow-up's reading is then simply not used.
"""

from __future__ import annotations

from dataclasses import dataclass

from worker.classify import classify
from worker.domain import Classification, IgnoreReason, InboundMail
from worker.mail.parse import Unreadable, parse
from worker.mail.quotes import text_for_reading
from worker.screen import screen


@dataclass(frozen=True)
class Read:
    """What the untrusted stages found in one mail."""

    mail: InboundMail | Unreadable
    ignore: IgnoreReason | None = None
    reading: Classification | None = None  # of a readable mail that is not screened out


@dataclass(frozen=True)
class OverBudget:
    """The stages took more time or memory than the budget allows (or their process died)."""

    detail: str  # for staff: which limit, never the mail's content


def read_mail(raw: bytes, *, max_attachments: int, own_address: str) -> Read:
    mail = parse(raw, max_attachments=max_attachments)
    if isinstance(mail, Unreadable):
        return Read(mail)
    ignore = screen(mail, own_address)
    if ignore is not None:
        return Read(mail, ignore)
    return Read(mail, reading=classify_mail(mail))


def classify_mail(mail: InboundMail) -> Classification:
    """The request a mail makes, as intake reads it."""
    return classify(mail.subject, text_for_reading(mail))
