"""The plain-requests checklist (tests/classify_corpus/plain/, split `plain`): every right in
four languages in the common grammatical forms, and near-misses that ask nothing. Tuned on;
scored by `python scripts/score_plain.py`. Whatever else it misses, it never reads an erasure
nobody asked for, and always the language."""

from pathlib import Path

from worker.classify.corpus import DEFAULT_DIR, load
from worker.classify.evaluate import evaluate

PLAIN_DIR = DEFAULT_DIR / "plain"


def test_the_checklist_covers_every_right_in_every_language():
    mails = load(PLAIN_DIR)
    assert len(mails) >= 200
    assert {e.language for e in mails} == {e.language for e in load(Path(DEFAULT_DIR))}


def test_no_erasure_where_none_asked_and_the_language_always_right():
    report = evaluate(load(PLAIN_DIR))
    assert [r.example.id for r in report.false_erasures] == []
    assert report.language_accuracy == 1.0
