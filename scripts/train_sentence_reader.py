"""Train the sentence reader (worker/classify/sentences.py) and choose how it joins the rules.

An experiment of issue 12 (round 7): the product does not read with it (tests/classify_corpus/
README.md, "Seventh round", says what it was measured at and why it was not adopted).

    python scripts/train_sentence_reader.py [--out worker/classify/sentences.json.gz]
                                            [--folds 10] [--report-only]

Needs scikit-learn (the ``train`` extra). What it reads: every mail of the tuned corpus that has
evidence (tests/classify_corpus/evidence/*.yaml for the short mails, the letters, the tuning
letters and blind7-9; the ``evidence`` field of the later blind letters). Never a ``heldout*``
split, nor blind10.

1. Each mail is cut into units as the product reads it (``reader.sentence_units``); a unit is a
   positive example of a type when it holds (or lies within) one of that type's evidence
   sentences, a negative one otherwise.
2. Grouped cross-validation by family (a letter family, a blind family, a short-mail split, the
   tuning letters: never a mail and its variants on both sides) gives every tuned mail a score per
   type from a model that never saw its family.
3. On the families the rules were NOT tuned on (the blind letters from round 11 on: there the
   rules' mistakes are those they make on unseen mail), the thresholds of the stack are chosen
   per type: keep a type the rules read when its score is at least ``keep``, add one they did not
   read when it is at least ``add`` (grid search, exact agreement per type).
4. The model is fitted on all of it and written with the thresholds; the standard-library reading
   is checked against scikit-learn's on every unit.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
from pathlib import Path

import numpy as np
import yaml
from scipy.sparse import hstack
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from worker.classify import classify, normalize, sentences  # noqa: E402
from worker.classify.corpus import (  # noqa: E402
    BLIND_LETTERS_DIR,
    DEFAULT_DIR,
    LETTERS_DIR,
    TUNING_DIR,
    Example,
    load,
)
from worker.classify.reader import sentence_units  # noqa: E402
from worker.domain import RequestType  # noqa: E402

TYPES = list(RequestType)
EVIDENCE_DIR = ROOT / "tests" / "classify_corpus" / "evidence"
MIN_WORDS = 60  # the stack reads mails of this many words and more; shorter ones: the rules
C = 4.0
# (analyzer, n-grams, reads, scale, most features kept)
BLOCKS = (
    ("char_wb", (3, 5), "sentence", 1.0, 40000),
    ("word", (1, 2), "sentence", 1.0, 30000),
    ("word", (1, 1), "before", 0.5, 10000),
)
KEEP_GRID = (0.0, 0.02, 0.05, 0.1, 0.15, 0.2, 0.3, 0.4)
ADD_GRID = (0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 1.01)  # 1.01: never add
UNSEEN_BY_RULES = re.compile(r"^blind(1[1-9]|[2-9]\d)$")  # blind letters written after round 10


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", normalize.fold(text)).strip()


def tuned() -> list[tuple[Example, str]]:
    """(mail, family) for every tuned mail; held-out splits and blind10 never."""
    out: list[tuple[Example, str]] = []
    out += [(e, e.family) for e in load(LETTERS_DIR) if e.split in ("train", "train2")]
    out += [(e, "tuning") for e in load(TUNING_DIR)]
    out += [
        (e, e.family or e.split)
        for e in load(BLIND_LETTERS_DIR)
        if not e.split.startswith("heldout") and e.split != "blind10"
    ]
    out += [(e, "short-" + e.split) for e in load(DEFAULT_DIR) if not e.split.startswith("heldout")]
    return out


def evidence() -> dict[str, dict[str, list[str]]]:
    found: dict[str, dict[str, list[str]]] = {}
    for path in sorted(EVIDENCE_DIR.glob("*.yaml")):
        for row in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
            found[row["id"]] = row.get("evidence") or {}
    for path in sorted(BLIND_LETTERS_DIR.glob("*.yaml")):
        for row in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
            if "evidence" in row and not str(row.get("split", "")).startswith("heldout"):
                found[row["id"]] = row["evidence"] or {}
    return found


def labels(units: list[tuple[str, str]], marked: dict[str, list[str]], subject: str) -> list[set]:
    wanted = {RequestType(t): [norm(x) for x in xs if x] for t, xs in marked.items()}
    out = []
    for before, unit in units:
        u = norm(unit)
        got = set()
        for t, spans in wanted.items():
            for x in spans:
                in_subject = before == sentences.SUBJECT
                if (in_subject and (x == norm(subject) or x in u or u in x)) or (
                    not in_subject and (x in u or (len(u) >= 12 and u in x))
                ):
                    got.add(t)
        out.append(got)
    return out


class Fitted:
    def __init__(self, units: list[str], befores: list[str], y: np.ndarray) -> None:
        self.vectorizers = [
            TfidfVectorizer(
                analyzer=a, ngram_range=n, sublinear_tf=True, min_df=2, max_features=m,
                token_pattern=r"(?u)\b\w+\b" if a == "word" else None,
            )
            for a, n, _, _, m in BLOCKS
        ]  # fmt: skip
        x = self._features(units, befores, fit=True)
        self.models = [
            LogisticRegression(C=C, max_iter=3000, class_weight="balanced").fit(x, y[:, j])
            for j in range(len(TYPES))
        ]

    def _features(self, units: list[str], befores: list[str], fit: bool = False):  # noqa: ANN202
        parts = []
        for vec, (_, _, reads, scale, _) in zip(self.vectorizers, BLOCKS, strict=True):
            texts = units if reads == "sentence" else befores
            m = vec.fit_transform(texts) if fit else vec.transform(texts)
            parts.append(m * scale)
        return hstack(parts).tocsr()

    def proba(self, units: list[str], befores: list[str]) -> np.ndarray:
        x = self._features(units, befores)
        return np.column_stack([m.predict_proba(x)[:, 1] for m in self.models])

    def export(self, stack: dict) -> dict:
        blocks, offset = [], 0
        weights = np.vstack([m.coef_[0] for m in self.models]).T  # features x types
        for vec, (a, n, reads, scale, _) in zip(self.vectorizers, BLOCKS, strict=True):
            vocab = sorted(vec.vocabulary_.items(), key=lambda kv: kv[1])
            size = len(vocab)
            w = weights[offset : offset + size]
            offset += size
            blocks.append({
                "analyzer": a, "ngrams": list(n), "reads": reads, "scale": scale,
                "features": [g for g, _ in vocab],
                "idf": [round(float(v), 6) for v in vec.idf_],
                "weights": [round(float(v), 6) for v in w.reshape(-1)],
            })  # fmt: skip
        return {
            "types": [t.value for t in TYPES],
            "intercepts": [float(m.intercept_[0]) for m in self.models],
            "blocks": blocks,
            "stack": stack,
        }


def rows_of(mails: list[tuple[Example, str]], marked: dict) -> list[dict]:
    rows = []
    for e, family in mails:
        units = sentence_units(e.subject, e.text)
        rows.append({
            "example": e, "family": family, "units": units,
            "labels": labels(units, marked[e.id], e.subject) if e.id in marked else None,
        })  # fmt: skip
    return rows


def fit_on(rows: list[dict]) -> Fitted:
    u, b, y = [], [], []
    for r in rows:
        if r["labels"] is None:
            continue
        for (before, unit), got in zip(r["units"], r["labels"], strict=True):
            u.append(unit)
            b.append(before)
            y.append([t in got for t in TYPES])
    return Fitted(u, b, np.array(y, dtype=int))


def best(model: Fitted, units: list[tuple[str, str]]) -> np.ndarray:
    """Per type: the best score over all units (to keep), and over the units long enough to
    add a type from (``sentences.ADD_FROM_WORDS``), side by side."""
    if not units:
        return np.zeros(2 * len(TYPES))
    p = model.proba([u for _, u in units], [b for b, _ in units])
    long = np.array([len(u.split()) >= sentences.ADD_FROM_WORDS for _, u in units])
    add = p[long].max(axis=0) if long.any() else np.zeros(len(TYPES))
    return np.concatenate([p.max(axis=0), add])


def choose(rows: list[dict], scores: np.ndarray, rules: list[set]) -> dict:
    """Per type, the (keep, add) pair that agrees with the gold labels most often."""
    keep, add, n = {}, {}, len(TYPES)
    for j, t in enumerate(TYPES):
        best_pair, best_ok = (0.0, 1.01), -1
        for lo in KEEP_GRID:
            for hi in ADD_GRID:
                ok = 0
                for i, r in enumerate(rows):
                    has = scores[i, j] >= lo if t in rules[i] else scores[i, n + j] >= hi
                    ok += has == (t in r["example"].types)
                if ok > best_ok:
                    best_pair, best_ok = (lo, hi), ok
        keep[t.value], add[t.value] = best_pair
    return {"min_words": MIN_WORDS, "keep": keep, "add": add}


def stacked(rules: set, p: np.ndarray, stack: dict, words: int) -> set:
    if words < stack["min_words"]:
        return rules
    n = len(TYPES)
    return {
        t for j, t in enumerate(TYPES)
        if (t in rules and p[j] >= stack["keep"][t.value])
        or (t not in rules and p[n + j] >= stack["add"][t.value])
    }  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=sentences.MODEL_FILE)
    parser.add_argument("--folds", type=int, default=10)
    parser.add_argument("--report-only", action="store_true")
    args = parser.parse_args(argv)

    rows = rows_of(tuned(), evidence())
    print(f"{len(rows)} tuned mails, {sum(r['labels'] is not None for r in rows)} with evidence")
    families = sorted({r["family"] for r in rows})
    groups = np.array([families.index(r["family"]) for r in rows])
    scores = np.zeros((len(rows), 2 * len(TYPES)))
    for train, test in GroupKFold(n_splits=args.folds).split(scores, groups=groups):
        model = fit_on([rows[i] for i in train])
        for i in test:
            scores[i] = best(model, rows[i]["units"])
    rules = [set(classify(r["example"].subject, r["example"].text).request_types)
             for r in rows]  # fmt: skip
    unseen = [i for i, r in enumerate(rows) if UNSEEN_BY_RULES.match(r["example"].split)]
    words = [len(r["example"].text.split()) for r in rows]
    long_unseen = [i for i in unseen if words[i] >= MIN_WORDS]
    stack = choose([rows[i] for i in long_unseen], scores[long_unseen],
                   [rules[i] for i in long_unseen])  # fmt: skip
    print("stack:", json.dumps(stack))
    for name, chosen in (("unseen by the rules", unseen), ("all tuned", range(len(rows)))):
        chosen = list(chosen)
        before = sum(rules[i] == set(rows[i]["example"].types) for i in chosen)
        after = sum(stacked(rules[i], scores[i], stack, words[i]) == set(rows[i]["example"].types)
                    for i in chosen)  # fmt: skip
        print(
            f"{name}: {len(chosen)} mails, rules {before}, rules + sentence reader "
            f"(thresholds chosen in sample) {after}"
        )
    if args.report_only:
        return 0
    model = fit_on(rows)
    data = model.export(stack)
    reader = sentences.from_dict(json.loads(json.dumps(data)))
    worst = 0.0
    for r in rows[:: max(1, len(rows) // 200)]:
        if not r["units"]:
            continue
        ours = [reader.sentence_scores(u, b) for b, u in r["units"]]
        theirs = model.proba([u for _, u in r["units"]], [b for b, _ in r["units"]])
        for k, got in enumerate(ours):
            worst = max(worst, max(abs(got[t] - theirs[k, j]) for j, t in enumerate(TYPES)))
    print(
        f"largest difference between the standard-library reading and scikit-learn's: {worst:.2e}"
    )
    if worst > 1e-4:
        print("the readings differ: not written", file=sys.stderr)
        return 1
    sample = [u for r in rows[:: max(1, len(rows) // 20)] for u in r["units"][:2]]
    theirs = model.proba([u for _, u in sample], [b for b, _ in sample])
    data["checks"] = [  # scikit-learn's scores, for the tests to compare the reading with
        {"before": b, "sentence": u, "probabilities": [float(x) for x in theirs[k]]}
        for k, (b, u) in enumerate(sample)
    ]
    with gzip.open(args.out, "wt", encoding="utf-8", compresslevel=9) as f:
        json.dump(data, f, separators=(",", ":"))
    print(f"written {args.out} ({args.out.stat().st_size // 1024} KiB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
