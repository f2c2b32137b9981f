"""Train the classifier's second reader (worker/classify/model.py) on the labelled corpus.

    .venv/bin/pip install -e ".[train]"   # scikit-learn, only for training; reading needs none
    .venv/bin/python scripts/train_classifier.py [--check]

One logistic regression per request type (balanced class weights) over TF-IDF of the character
n-grams that ``worker.classify.model.char_ngrams`` makes. The held-out split is never trained on.
Writes worker/classify/model.json.gz with a few reference texts and the probabilities
scikit-learn gave them, which tests/unit/test_classify_model.py checks the pure-Python reading
against. ``--check`` prints the cross-validated exact match on the training mails, nothing written.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from worker.classify import corpus  # noqa: E402
from worker.classify.model import MODEL_FILE, char_ngrams  # noqa: E402
from worker.classify.reader import model_text  # noqa: E402
from worker.domain import RequestType  # noqa: E402

C = 3.0  # inverse regularisation strength
MIN_DF = 2  # an n-gram must occur in at least this many training mails
REFERENCES = 12  # texts whose probabilities are stored to check the pure-Python reading


def fit(texts: list[str], labels: list[tuple[RequestType, ...]]):  # noqa: ANN201
    import numpy as np
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    vectorizer = TfidfVectorizer(analyzer=char_ngrams, min_df=MIN_DF, sublinear_tf=True)
    x = vectorizer.fit_transform(texts)
    models = []
    for t in RequestType:
        y = np.array([t in wanted for wanted in labels])
        models.append(LogisticRegression(C=C, max_iter=5000, class_weight="balanced").fit(x, y))
    return vectorizer, models


def cross_validated(texts: list[str], labels: list[tuple[RequestType, ...]]) -> float:
    from sklearn.model_selection import KFold

    right = 0
    for train, test in KFold(5, shuffle=True, random_state=0).split(texts):
        vectorizer, models = fit([texts[i] for i in train], [labels[i] for i in train])
        x = vectorizer.transform([texts[i] for i in test])
        probs = [m.predict_proba(x)[:, 1] for m in models]
        for k, i in enumerate(test):
            got = {t for j, t in enumerate(RequestType) if probs[j][k] > 0.5}
            right += got == set(labels[i])
    return right / len(texts)


def export(vectorizer, models, references: list[str]) -> dict:  # noqa: ANN001
    vocabulary = vectorizer.vocabulary_
    idf = vectorizer.idf_
    grams = {
        gram: [round(float(idf[i]), 6), *(round(float(m.coef_[0][i]), 6) for m in models)]
        for gram, i in sorted(vocabulary.items())
    }
    x = vectorizer.transform(references)
    checks = [
        {"text": text, "probabilities": [float(m.predict_proba(x[k])[0, 1]) for m in models]}
        for k, text in enumerate(references)
    ]
    return {
        "types": [t.value for t in RequestType],
        "intercepts": [round(float(m.intercept_[0]), 6) for m in models],
        "grams": grams,
        "checks": checks,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="cross-validate, write nothing")
    args = parser.parse_args()
    examples = [e for e in corpus.load() if not e.split.startswith("heldout")]
    texts = [model_text(e.subject, e.text) for e in examples]
    labels = [e.types for e in examples]
    if args.check:
        print(f"{len(texts)} mails, 5-fold exact match: {cross_validated(texts, labels):.3f}")
        return 0
    vectorizer, models = fit(texts, labels)
    step = max(1, len(texts) // REFERENCES)
    data = export(vectorizer, models, texts[::step][:REFERENCES])
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    with gzip.GzipFile(MODEL_FILE, "wb", compresslevel=9, mtime=0) as f:  # the same bytes each time
        f.write(text.encode("utf-8"))
    size = MODEL_FILE.stat().st_size
    grams = len(data["grams"])
    print(f"{len(texts)} mails, {grams} n-grams: {MODEL_FILE.name} ({size // 1024} KiB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
