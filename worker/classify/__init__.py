"""The request classifier: what a mail to the GDPR mailbox asks for, and in which language.

A pure function, no I/O: phrase rules per language (``phrases/``) over normalised text
(``normalize``), with typo repair (``typos``), negation, condition and channel handling
(``reader``). ``python -m worker.classify.evaluate`` measures it on tests/classify_corpus/.
"""

from worker.domain import Classification


def classify(subject: str, text: str) -> Classification:
    """Request types (in RequestType order), language, and how sure the reading is (0..1)."""
    from worker.classify.reader import read

    return read(subject, text).classification


__all__ = ["classify"]
