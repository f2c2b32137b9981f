"""A small trained second reader: one logistic regression per request type over the character
3- and 4-grams of the text the phrase rules read (TF-IDF, sublinear term frequency, L2 norm).

Trained offline by ``scripts/train_classifier.py`` (scikit-learn) on the labelled corpus, held-out
mails left out; kept in the repository as ``model.json.gz`` (the n-grams, their IDF and weights).
Reading it needs nothing but the standard library: no download, no I/O beyond loading the file
once. The features are made by ``char_ngrams`` here, which the training passes to scikit-learn as
its analyzer, so training and reading cannot drift apart.
"""

from __future__ import annotations

import gzip
import json
import math
from collections import Counter
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from worker.domain import RequestType

MODEL_FILE = Path(__file__).with_name("model.json.gz")
NGRAMS = (3, 4)


def char_ngrams(text: str, low: int = NGRAMS[0], high: int = NGRAMS[1]) -> list[str]:
    """The character ``low``- to ``high``-grams of each word, padded with a space at both ends
    (as scikit-learn's ``char_wb``); a word shorter than an n-gram counts once, whole."""
    grams: list[str] = []
    for word in text.lower().split():
        padded = f" {word} "
        for n in range(low, high + 1):
            if len(padded) <= n:
                grams.append(padded)
                break
            grams.extend(padded[i : i + n] for i in range(len(padded) - n + 1))
    return grams


@dataclass(frozen=True)
class Model:
    types: tuple[RequestType, ...]
    intercepts: tuple[float, ...]
    grams: dict[str, tuple[float, ...]]  # n-gram → (idf, weight per type)

    def probabilities(self, text: str) -> dict[RequestType, float]:
        counts = Counter(g for g in char_ngrams(text) if g in self.grams)
        weights = {g: (1 + math.log(c)) * self.grams[g][0] for g, c in counts.items()}
        norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
        scores = list(self.intercepts)
        for gram, w in weights.items():
            row = self.grams[gram]
            for j in range(len(scores)):
                scores[j] += w / norm * row[j + 1]
        return {t: _sigmoid(s) for t, s in zip(self.types, scores, strict=True)}


def _sigmoid(score: float) -> float:
    if score >= 0:
        return 1 / (1 + math.exp(-score))
    low = math.exp(score)  # no overflow for a very negative score
    return low / (1 + low)


def from_dict(data: dict) -> Model:
    """The model of a parsed model file; ValueError if its parts do not fit together."""
    types = tuple(RequestType(t) for t in data["types"])
    intercepts = tuple(float(b) for b in data["intercepts"])
    grams = {str(g): tuple(float(v) for v in row) for g, row in data["grams"].items()}
    if len(intercepts) != len(types) or any(len(row) != len(types) + 1 for row in grams.values()):
        raise ValueError("model file: weights do not match its request types")
    return Model(types=types, intercepts=intercepts, grams=grams)


@cache
def load(path: Path = MODEL_FILE) -> Model:
    with gzip.open(path, "rt", encoding="utf-8") as f:
        return from_dict(json.load(f))
