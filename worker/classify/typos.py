"""Typo repair: words within a small edit distance of a known keyword are read as that keyword.

A symmetric-delete index (the SymSpell idea) finds candidates fast; a true Damerau-Levenshtein
distance decides. Only words of six letters or more are touched, words the phrase modules
declare as ordinary (``protected``) never are, the first letter must match, and the distance
allowed is 1 below ten letters and 2 from ten on: "verwijdren" → "verwijderen",
"unsubscibe" → "unsubscribe". Words over ``MAX_LENGTH`` letters are left alone (the candidates
grow with the cube of a word's length, and no keyword is that long). A mere change of ending
is no typo ("informationen" stays, it is not a misspelt "informations"). Spelling variants such
as "loeschen" are left to the patterns.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

_WORD = re.compile(r"[a-z]+")
MIN_LENGTH = 6
MAX_LENGTH = 40  # longer "words" (a pasted token, a bomb) get no repair: linear in the text


def _max_distance(word: str) -> int:
    return 1 if len(word) < 10 else 2


def _deletes(word: str, depth: int) -> set[str]:
    out = {word}
    frontier = {word}
    for _ in range(depth):
        frontier = {w[:i] + w[i + 1 :] for w in frontier for i in range(len(w))}
        out |= frontier
    return out


def distance(a: str, b: str) -> int:
    """Optimal-string-alignment (Damerau-Levenshtein) distance."""
    rows = [list(range(len(b) + 1))]
    for i in range(1, len(a) + 1):
        row = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            row[j] = min(rows[i - 1][j] + 1, row[j - 1] + 1, rows[i - 1][j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                row[j] = min(row[j], rows[i - 2][j - 2] + 1)
        rows.append(row)
    return rows[-1][-1]


@dataclass
class Speller:
    keywords: frozenset[str]
    protected: frozenset[str]
    _index: dict[str, set[str]] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        for kw in self.keywords:
            if len(kw) >= MIN_LENGTH - 1:
                for d in _deletes(kw, 2):
                    self._index.setdefault(d, set()).add(kw)
        self.correct_word = lru_cache(maxsize=8192)(self._correct_word)

    def _correct_word(self, word: str) -> str:
        if not MIN_LENGTH <= len(word) <= MAX_LENGTH:
            return word
        if word in self.keywords or word in self.protected:
            return word
        limit = _max_distance(word)
        candidates: set[str] = set()
        for d in _deletes(word, limit):
            candidates |= self._index.get(d, set())
        best, best_d = word, limit + 1
        for kw in sorted(candidates):
            if abs(len(kw) - len(word)) > limit or kw[0] != word[0]:
                continue
            dist = distance(word, kw)
            if dist < best_d or (dist == best_d and len(kw) > len(best)):
                best, best_d = kw, dist
        if best_d > limit or best.startswith(word) or word.startswith(best):
            return word  # too far, or only an inflection ("informationen", "transferer")
        return best

    def correct(self, text: str) -> tuple[str, list[tuple[int, int]]]:
        """``text`` with misspelt keywords repaired, and the spans (in the result) repaired."""
        out: list[str] = []
        spans: list[tuple[int, int]] = []
        pos = 0
        length = 0
        for m in _WORD.finditer(text):
            fixed = self.correct_word(m.group())
            out.append(text[pos : m.start()])
            length += m.start() - pos
            if fixed != m.group():
                spans.append((length, length + len(fixed)))
            out.append(fixed)
            length += len(fixed)
            pos = m.end()
        out.append(text[pos:])
        return "".join(out), spans


def build_speller(keywords: Iterable[str], protected: Iterable[str]) -> Speller:
    return Speller(frozenset(keywords), frozenset(protected))
