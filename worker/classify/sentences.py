"""The sentence reader: which sentences of a mail ask for which right, learned from evidence.

An experiment of issue 12 (round 7), not product behaviour: the classifier does not use it (see
tests/classify_corpus/README.md, "Seventh round", for what it was measured at and why).

Each sentence of the text the rules read (and the subject) is scored per request type by a
logistic regression over TF-IDF features of the sentence (character 3- to 5-grams within words,
words and word pairs) and of the sentence before it (words: a list item's lead-in, "I request
the following:"). ``scripts/train_sentence_reader.py`` trains it on the sentences that labellers
marked as the operative request of each type (the ``evidence`` of the corpus), every other
sentence of those mails being one that asks nothing of that type; held-out splits are never
used. A type's score for the mail is its best sentence's. ``Stack`` says how it was tried beside
the phrase rules: a type the rules read kept only if some sentence plausibly asks for it, a type
they missed added when a sentence asks for it clearly.

Reading needs nothing but the standard library: the features are computed here as
scikit-learn's ``TfidfVectorizer`` computes them (``char_wb`` analyzer, ``(?u)\\b\\w+\\b``
tokens, sublinear term frequency, L2 norm per block), which the training checks.
"""

from __future__ import annotations

import gzip
import json
import math
import re
from array import array
from collections import Counter
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from worker.classify.model import char_ngrams
from worker.domain import RequestType

MODEL_FILE = Path(__file__).with_name("sentences.json.gz")  # written by the training script
_TOKEN = re.compile(r"(?u)\b\w+\b")
ADD_FROM_WORDS = 4  # the shortest unit a type may be added from
SUBJECT = "<subject>"  # the "sentence before" the subject
START = "<start>"  # the "sentence before" the first sentence


def words(text: str, low: int, high: int) -> list[str]:
    """Word n-grams of ``text`` (scikit-learn's ``word`` analyzer with the pattern above)."""
    tokens = _TOKEN.findall(text.lower())
    grams: list[str] = list(tokens) if low == 1 else []
    for n in range(max(low, 2), high + 1):
        grams.extend(" ".join(tokens[i : i + n]) for i in range(len(tokens) - n + 1))
    return grams


_ANALYZERS = {"char_wb": char_ngrams, "word": words}


Best = dict[RequestType, tuple[float, str]]  # per type: the best score and its sentence


@dataclass(frozen=True)
class Block:
    """One TF-IDF block: its analyzer, which text it reads (the sentence or the one before),
    its scale, and per feature its IDF and weights (one per type, flat)."""

    analyzer: str
    low: int
    high: int
    reads: str  # "sentence" or "before"
    scale: float
    index: dict[str, int]
    idf: array
    weights: array  # len(index) * len(types), row-major

    def add(self, text: str, scores: list[float]) -> None:
        counts = Counter(g for g in _ANALYZERS[self.analyzer](text, self.low, self.high)
                         if g in self.index)  # fmt: skip
        if not counts:
            return
        k = len(scores)
        values = {}
        for gram, c in counts.items():
            i = self.index[gram]
            values[i] = (1 + math.log(c)) * self.idf[i]
        norm = math.sqrt(sum(v * v for v in values.values())) or 1.0
        for i, v in values.items():
            w = v / norm * self.scale
            row = i * k
            for j in range(k):
                scores[j] += w * self.weights[row + j]


@dataclass(frozen=True)
class Stack:
    """How the sentence reader and the rules combine: from ``min_words`` words of text on, a
    type the rules read stays if its best sentence scores at least ``keep[type]``, and a type
    the rules did not read is added if one scores at least ``add[type]``."""

    min_words: int
    keep: dict[RequestType, float]
    add: dict[RequestType, float]


@dataclass(frozen=True)
class SentenceReader:
    types: tuple[RequestType, ...]
    intercepts: tuple[float, ...]
    blocks: tuple[Block, ...]
    stack: Stack

    def sentence_scores(self, sentence: str, before: str) -> dict[RequestType, float]:
        scores = list(self.intercepts)
        for block in self.blocks:
            block.add(sentence if block.reads == "sentence" else before, scores)
        return {t: _sigmoid(s) for t, s in zip(self.types, scores, strict=True)}

    def best(self, units: list[tuple[str, str]]) -> tuple[Best, Best]:
        """Per type, the best score over the units (``(before, sentence)`` pairs) and the
        sentence that has it: over all units (what may keep a type the rules read), and over
        those of ``ADD_FROM_WORDS`` words or more (what may add one: a two-word subject such as
        "my data" is too little to add a request from)."""
        keep: Best = {t: (0.0, "") for t in self.types}
        add: Best = dict(keep)
        for before, sentence in units:
            long = len(sentence.split()) >= ADD_FROM_WORDS
            for t, p in self.sentence_scores(sentence, before).items():
                if p > keep[t][0]:
                    keep[t] = (p, sentence)
                if long and p > add[t][0]:
                    add[t] = (p, sentence)
        return keep, add


def _sigmoid(score: float) -> float:
    if score >= 0:
        return 1 / (1 + math.exp(-score))
    low = math.exp(score)
    return low / (1 + low)


def from_dict(data: dict) -> SentenceReader:
    """The reader of a parsed model file; ValueError if its parts do not fit together."""
    types = tuple(RequestType(t) for t in data["types"])
    k = len(types)
    blocks = []
    for b in data["blocks"]:
        grams = list(b["features"])
        idf = array("d", (float(x) for x in b["idf"]))
        weights = array("d", (float(x) for x in b["weights"]))
        if len(idf) != len(grams) or len(weights) != len(grams) * k:
            raise ValueError("sentence model: a block's sizes do not fit")
        if b["analyzer"] not in _ANALYZERS or b["reads"] not in ("sentence", "before"):
            raise ValueError("sentence model: unknown analyzer or input")
        blocks.append(
            Block(
                analyzer=b["analyzer"], low=int(b["ngrams"][0]), high=int(b["ngrams"][1]),
                reads=b["reads"], scale=float(b["scale"]),
                index={g: i for i, g in enumerate(grams)}, idf=idf, weights=weights,
            )
        )  # fmt: skip
    intercepts = tuple(float(x) for x in data["intercepts"])
    if len(intercepts) != k:
        raise ValueError("sentence model: intercepts do not match its types")
    s = data["stack"]
    stack = Stack(
        min_words=int(s["min_words"]),
        keep={RequestType(t): float(v) for t, v in s["keep"].items()},
        add={RequestType(t): float(v) for t, v in s["add"].items()},
    )
    return SentenceReader(types, intercepts, tuple(blocks), stack)


@cache
def load(path: Path = MODEL_FILE) -> SentenceReader:
    with gzip.open(path, "rt", encoding="utf-8") as f:
        return from_dict(json.load(f))
