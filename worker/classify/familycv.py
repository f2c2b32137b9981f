"""Leave-one-family-out cross-validation of trained parts of the reader, on tuned mails only.

    python -m worker.classify.evaluate --family-cv [keeper|second-reader|all]

Tuned mails only (never a ``heldout*`` split, nor blind10): the letters of the ``train`` and
``train2`` families, the tuning letters, the blind letter sets tuned on (blind7-9), and the short
mails of every split but the held-out halves. A *family* is what must be held out whole, since
its members are near-duplicates or were written together: a letter's template family (its
``family`` field), the tuning letters as one, a short-mail split as one. Each fold trains on every
family but one and reads that one.

Two designs are measured (scikit-learn, the ``train`` extra, is needed; the product needs none):

- ``keeper``: a logistic regression over the rules' proposals. Every request type a phrase rule
  proposed in a mail (``reader.Reading.candidates``: before the sentence roles and the
  cross-type rules judged it) is a row; ``candidate_features`` describes it (the type, whether
  the rules kept it, the roles of its sentences, the writer's wish, questions, titles, list
  items, weights, the letter's length, ...); the weak label is whether the type is among the
  mail's gold types. Variants: it may only drop a type the rules kept, or also restore one they
  dropped; with or without the rules' own decision as a feature.
- ``second-reader``: the character n-gram model (``model.py``, trained as
  ``scripts/train_classifier.py`` trains it) that guesses where the rules read nothing, trained
  on the short mails alone (as now) or on the short mails and the tuned letters.

Both are compared with the rules as the product reads the same mails. The rules were tuned on
every family here, so their figure is an in-sample one; the trained part's is out-of-family. The
figures and what they mean are in tests/classify_corpus/README.md.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from worker.classify import corpus, discourse, second_reading
from worker.classify.phrases import LEXICONS
from worker.classify.reader import Reading, model_text, read
from worker.domain import Classification, RequestType

ROLES = tuple(r for r in discourse.Role if r is not discourse.Role.OPERATIVE)
KEEPER_C = 0.3  # inverse regularisation strength of the keeper
KEEPER_AT = 0.5  # a type is kept at this probability or more
RULES_DECISION = ("kept", "confidence", "kept_types")  # the features that carry the rules' say


@dataclass(frozen=True)
class Mail:
    corpus: str  # "short", "letters", "tuning", "blind"
    family: str  # what is held out whole
    example: corpus.Example
    reading: Reading = field(repr=False)


def tuned_mails(read_mail: Callable[[corpus.Example], Reading] | None = None) -> list[Mail]:
    """Every tuned mail with its family and the rules' reading; held-out splits and blind10
    are left out, unread."""
    read_mail = read_mail or (lambda e: read(e.subject, e.text))
    sources = [("short", corpus.DEFAULT_DIR)] + [
        (name, directory)
        for name, directory in (
            ("letters", corpus.LETTERS_DIR),
            ("tuning", corpus.TUNING_DIR),
            ("blind", corpus.BLIND_LETTERS_DIR),
        )
        if directory.is_dir()
    ]
    out = []
    for name, directory in sources:
        for e in corpus.load(directory):
            if not tuned(e.split):
                continue
            family = e.split if name == "short" else (e.family or e.split)
            out.append(Mail(name, f"{name}:{family}", e, read_mail(e)))
    return out


def tuned(split: str) -> bool:
    return not split.startswith("heldout") and split != "blind10"


def candidate_features(reading: Reading) -> dict[RequestType, dict[str, float]]:
    """Per request type the rules proposed in ``reading``, the features of how it was
    proposed (see the module's docstring)."""
    full, spans = reading.body, reading.spans
    kept = set(reading.classification.request_types)
    by_type: dict[RequestType, list] = {}
    for match, counted, to_us in reading.candidates:
        by_type.setdefault(match.type, []).append((match, counted, to_us))
    words = len(full.split())
    out: dict[RequestType, dict[str, float]] = {}
    for t, found in by_type.items():
        sentences = sorted({m.sentence for m, _, _ in found})
        texts = [full[spans[i][0] : spans[i][1]] for i in sentences]
        in_subject = [i for i in sentences if spans[i][0] < reading.subject_end]
        f = {
            f"type={t.value}": 1.0,
            "kept": float(t in kept),
            "counted_any": float(any(c for _, c, _ in found)),
            "counted_share": sum(c for _, c, _ in found) / len(found),
            "not_to_us": float(any(not u for _, _, u in found)),
            "max_weight": max(m.weight for m, _, _ in found),
            "log_candidates": math.log1p(len(found)),
            "log_sentences": math.log1p(len(sentences)),
            "in_subject": float(bool(in_subject)),
            "only_subject": float(len(in_subject) == len(sentences)),
            "wished": float(any(discourse.wished(s, LEXICONS) for s in texts)),
            "question": float(any("?" in s for s in texts)),
            "list_item": float(any(reading.roles[i].item for i in sentences)),
            "defaulted": float(any(m.defaulted for m, _, _ in found)),
            "negated": float(t in reading.negated),
            "declined": float(reading.declined),
            "log_words": math.log1p(words),
            "letter": float(words >= 120),
            "proposed": float(len(by_type)),
            "kept_types": float(len(kept)),
            "confidence": reading.classification.confidence if t in kept else 0.0,
        }
        for role in ROLES:
            f[f"role={role.value}"] = float(any(role in reading.roles[i].roles for i in sentences))
        out[t] = f
    return out


def _in_order(types: set[RequestType]) -> tuple[RequestType, ...]:
    return tuple(t for t in RequestType if t in types)


def _keeper_rows(mails: Sequence[Mail], own_say: bool) -> list[tuple[Mail, RequestType, dict]]:
    rows = []
    for mail in mails:
        for t, f in candidate_features(mail.reading).items():
            if not own_say:
                f = {k: v for k, v in f.items() if k not in RULES_DECISION}
            rows.append((mail, t, f))
    return rows


def keeper_cv(
    mails: Sequence[Mail],
    *,
    restore: bool = False,
    own_say: bool = True,
    c: float = KEEPER_C,
    at: float = KEEPER_AT,
) -> dict[str, tuple[RequestType, ...]]:
    """Per mail id, the types the rules read that the keeper trained without the mail's family
    keeps (``restore``: and the types the rules proposed and dropped that it restores)."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    rows = _keeper_rows(mails, own_say)
    names = sorted({k for _, _, f in rows for k in f})
    index = {n: i for i, n in enumerate(names)}
    x = np.zeros((len(rows), len(names)))
    for k, (_, _, f) in enumerate(rows):
        for n, v in f.items():
            x[k, index[n]] = v
    y = np.array([t in mail.example.types for mail, t, _ in rows])
    family = np.array([mail.family for mail, _, _ in rows])
    got: dict[str, set[RequestType]] = {m.example.id: set() for m in mails}
    for fam in sorted({m.family for m in mails}):
        test = family == fam
        if not test.any():
            continue
        train = ~test
        mean, std = x[train].mean(axis=0), x[train].std(axis=0)
        std[std == 0] = 1.0
        if len(set(y[train])) < 2:  # one class only to learn from: it is always the answer
            p = np.full(int(test.sum()), float(y[train][0]))
        else:
            model = LogisticRegression(C=c, max_iter=5000).fit((x[train] - mean) / std, y[train])
            p = model.predict_proba((x[test] - mean) / std)[:, 1]
        tested = [row for row, held in zip(rows, test, strict=True) if held]
        for (mail, t, _), prob in zip(tested, p, strict=True):
            rules = mail.reading.classification.request_types
            if prob >= at and (restore or t in rules):
                got[mail.example.id].add(t)
    return {i: _in_order(s) for i, s in got.items()}


def second_reader_cv(mails: Sequence[Mail], with_letters: bool) -> dict[str, Classification]:
    """Per mail id, the product's reading (the rules, and the second reader's guess where they
    read nothing) with the second reader trained without the mail's family: on the short mails
    only, or on the tuned letters too."""
    fit = _training_script().fit
    texts = {m.example.id: model_text(m.example.subject, m.example.text) for m in mails}
    got = {m.example.id: m.reading.classification for m in mails}
    for fam in sorted({m.family for m in mails}):
        needed = [
            m
            for m in mails
            if m.family == fam
            and not (m.reading.classification.request_types or m.reading.declined)
        ]
        if not needed:
            continue
        train = [m for m in mails if m.family != fam and (with_letters or m.corpus == "short")]
        vectorizer, models = fit(
            [texts[m.example.id] for m in train], [m.example.types for m in train]
        )
        x = vectorizer.transform([texts[m.example.id] for m in needed])
        for k, m in enumerate(needed):
            probabilities = {
                t: float(model.predict_proba(x[k])[0, 1])
                for t, model in zip(RequestType, models, strict=True)
            }
            got[m.example.id] = second_reading(m.reading.classification, probabilities)
    return got


def _training_script():  # noqa: ANN202
    """scripts/train_classifier.py, so that the folds are trained exactly as the product's model."""
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parents[2] / "scripts" / "train_classifier.py"
    spec = importlib.util.spec_from_file_location("train_classifier", path)
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


GROUPS = ("short", "letters", "tuning", "blind")


def table(
    mails: Sequence[Mail], columns: dict[str, dict[str, tuple[RequestType, ...]]]
) -> list[str]:
    """Exact match per corpus (and all), and erasures read where none was asked / right
    erasures lost, for each column of readings."""
    erasure = RequestType.ERASURE
    lines = [f"{'':<10}{'mails':>6}" + "".join(f"{name:>28}" for name in columns)]
    for group in (*GROUPS, "all"):
        chosen = [m for m in mails if group in (m.corpus, "all")]
        if not chosen:
            continue
        cells = []
        for got in columns.values():
            right = sum(got[m.example.id] == m.example.types for m in chosen)
            wrong_erasures = sum(
                erasure in got[m.example.id] and erasure not in m.example.types for m in chosen
            )
            cells.append(f"{right / len(chosen):.3f} ({right}) e{wrong_erasures}")
        lines.append(f"{group:<10}{len(chosen):>6}" + "".join(f"{c:>28}" for c in cells))
    return lines


def changed(
    mails: Sequence[Mail], base: dict[str, tuple], other: dict[str, tuple], name: str
) -> list[str]:
    """The tuned mails whose reading ``other`` changes (tuned mails: they may be listed)."""
    out = []
    for m in mails:
        if base[m.example.id] != other[m.example.id]:
            out.append(
                f"  {name}: {m.example.id} [{m.family}] want "
                f"{_names(m.example.types)}; before {_names(base[m.example.id])}; "
                f"after {_names(other[m.example.id])}"
            )
    return out


def _names(types: Sequence[RequestType]) -> str:
    return ", ".join(t.value for t in types) or "(none)"


def report(design: str = "keeper") -> list[str]:
    """The cross-validation table(s) for ``design``: keeper, second-reader or all."""
    mails = tuned_mails()
    families = sorted({m.family for m in mails})
    lines = [
        f"leave-one-family-out over {len(mails)} tuned mails in {len(families)} families "
        "(cell: exact match (mails right) e<erasures read where none asked>)"
    ]
    rules = {m.example.id: m.reading.classification.request_types for m in mails}
    if design in ("keeper", "all"):
        columns = {
            "rules (in-sample)": rules,
            "keeper drops": keeper_cv(mails),
            "keeper drops/restores": keeper_cv(mails, restore=True),
            "keeper w/o rules' say": keeper_cv(mails, own_say=False),
            "independent keeper": keeper_cv(mails, restore=True, own_say=False),
        }
        lines += ["", "keeper over the rules' proposals (rules alone, no second reader):"]
        lines += table(mails, columns)
        for name, got in list(columns.items())[1:3]:
            lines += changed(mails, rules, got, name)
    if design in ("second-reader", "all"):
        short = second_reader_cv(mails, with_letters=False)
        letters = second_reader_cv(mails, with_letters=True)
        columns = {
            "trained on short mails": {i: c.request_types for i, c in short.items()},
            "short mails and letters": {i: c.request_types for i, c in letters.items()},
        }
        lines += ["", "second reader (the product's reading: rules, then the model's guess):"]
        lines += table(mails, columns)
        a, b = columns.values()
        lines += changed(mails, a, b, "with letters")
    return lines
