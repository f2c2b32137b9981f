"""Phrase lists, one module per language; ``LEXICONS`` in a fixed order (nl, fr, en, de)."""

from worker.classify.phrases import de, en, fr, nl

LEXICONS = (nl.LEXICON, fr.LEXICON, en.LEXICON, de.LEXICON)

__all__ = ["LEXICONS"]
