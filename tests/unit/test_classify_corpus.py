"""The classifier holds the bar on the labelled corpus of tests/classify_corpus/, except its
`heldout` split: mails never tuned on, scored only as an estimate for unseen mail
(`python -m worker.classify.evaluate --split heldout`)."""

from collections import Counter

import pytest

from worker.classify.corpus import load
from worker.classify.evaluate import evaluate
from worker.domain import Language, RequestType

HELD_OUT = "heldout"


@pytest.fixture(scope="module")
def corpus():
    return [e for e in load() if e.split != HELD_OUT]


def test_a_held_out_split_is_kept_apart():
    held_out = [e for e in load() if e.split == HELD_OUT]
    assert len(held_out) >= 60
    assert {e.language for e in held_out} == set(Language)


@pytest.fixture(scope="module")
def report(corpus):
    return evaluate(corpus)


def test_corpus_is_big_and_varied_enough(corpus):
    assert len(corpus) >= 200
    per_language = Counter(e.language for e in corpus)
    assert all(per_language[lang] >= 40 for lang in Language)
    per_type = Counter(t for e in corpus for t in e.types)
    assert all(per_type[t] >= 10 for t in RequestType), per_type
    assert sum(1 for e in corpus if not e.types) >= 20
    assert sum(1 for e in corpus if len(e.types) >= 2) >= 30
    assert sum(1 for e in corpus if not e.text.strip()) >= 8  # subject only


def test_exact_match_at_least_95_percent(report):
    assert report.exact_match >= 0.95, [r.example.id for r in report.wrong]


def test_language_at_least_98_percent(report):
    assert report.language_accuracy >= 0.98


def test_erasure_never_predicted_where_none_asked(report):
    assert [r.example.id for r in report.false_erasures] == []


def test_erasure_readings_on_the_corpus_are_confident_only_when_right(report):
    for r in report.results:
        if RequestType.ERASURE in r.got.request_types and r.got.confidence >= 0.6:
            assert RequestType.ERASURE in r.example.types


def test_evaluate_command_prints_the_figures(capsys):
    from worker.classify.evaluate import main

    assert main(["--no-letters"]) == 0
    out = capsys.readouterr().out
    assert "exact-match accuracy" in out and "language accuracy" in out
    assert "marketing_opt_out" in out and "wrong:" in out
