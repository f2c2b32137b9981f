"""The sentence reader (issue 12, round 7): its standard-library reading gives scikit-learn's
scores, and beside the rules it only drops what no sentence asks for and adds, as a guess a
person confirms, what a sentence clearly asks for, on mails long enough for it."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

import worker.classify as classify_module
from worker.classify import classify, classify_by_rules, with_sentence_reader
from worker.classify.sentences import MODEL_FILE, Stack, char_wb, from_dict, load, words
from worker.domain import Classification, Language
from worker.domain import RequestType as T


def test_the_standard_library_reading_gives_scikit_learns_scores():
    data = json.loads(gzip.decompress(MODEL_FILE.read_bytes()))
    reader = load()
    assert len(data["checks"]) >= 20, "the model file carries reference scores"
    for check in data["checks"]:
        got = reader.sentence_scores(check["sentence"], check["before"])
        want = dict(zip(reader.types, check["probabilities"], strict=True))
        assert max(abs(got[t] - want[t]) for t in reader.types) < 1e-5, check["sentence"]


def test_features_are_made_as_scikit_learn_makes_them():
    assert char_wb("Ik", 3, 5) == [" ik", "ik ", " ik "]
    assert char_wb("data", 3, 4) == [" da", "dat", "ata", "ta ", " dat", "data", "ata "]
    assert words("Wis mijn gegevens, a.u.b.", 1, 2) == [
        "wis", "mijn", "gegevens", "a", "u", "b",
        "wis mijn", "mijn gegevens", "gegevens a", "a u", "u b",
    ]  # fmt: skip


def test_a_model_file_whose_parts_do_not_fit_is_refused():
    data = json.loads(gzip.decompress(MODEL_FILE.read_bytes()))
    data["blocks"][0]["weights"] = data["blocks"][0]["weights"][:-1]
    with pytest.raises(ValueError):
        from_dict(data)


STACK = Stack(
    min_words=60,
    keep={t: 0.2 for t in T},
    add={t: 0.8 for t in T},
)
RULES = Classification(
    (T.ACCESS, T.COMPLAINT), Language.EN, 0.9,
    evidence=((T.ACCESS, ("Please send me a copy.",)), (T.COMPLAINT, ("Otherwise I complain.",))),
)  # fmt: skip
TEXT = "Please send me a copy. Otherwise I complain. Also delete my old address, please."


def _best(**scores: tuple[float, str]) -> dict[T, tuple[float, str]]:
    out = {t: (0.0, "") for t in T}
    out.update({T(k): v for k, v in scores.items()})
    return out


def test_a_type_no_sentence_asks_for_is_dropped_with_its_evidence():
    best = _best(access=(0.97, "please send me a copy."), complaint=(0.05, "otherwise i complain."))
    got = with_sentence_reader(RULES, best, best, STACK, "Copy", TEXT)
    assert got.request_types == (T.ACCESS,)
    assert got.evidence == ((T.ACCESS, ("Please send me a copy.",)),)
    assert got.confidence == 0.9 and not got.guessed


def test_an_added_type_is_a_guess_held_for_a_person_with_the_sentence_as_written():
    best = _best(
        access=(0.97, "please send me a copy."),
        complaint=(0.5, "otherwise i complain."),
        erasure=(0.91, "also delete my old address, please."),
    )
    got = with_sentence_reader(RULES, best, best, STACK, "Copy", TEXT)
    assert got.request_types == (T.ACCESS, T.ERASURE, T.COMPLAINT)
    assert got.guessed and got.confidence < 0.5  # under the policy's min_confidence
    assert got.evidence_for(T.ERASURE) == ("Also delete my old address, please.",)


def test_what_the_rules_read_stands_when_the_sentences_agree():
    best = _best(access=(0.97, "x"), complaint=(0.3, "y"))
    assert with_sentence_reader(RULES, best, best, STACK, "Copy", TEXT) is RULES


def test_dropping_every_type_leaves_no_request_with_no_confidence():
    rules = Classification((T.COMPLAINT,), Language.EN, 0.9)
    got = with_sentence_reader(rules, _best(), _best(), STACK, "", TEXT)
    assert got.request_types == () and got.confidence == 0.0


ERASURE_LETTER = (
    "Dear Sir or Madam,\n\nI have been a customer of your webshop for several years and I have "
    "decided to close my account. I hereby ask you to erase all personal data you hold about me, "
    "including my order history, my sizes and my delivery addresses, without undue delay under "
    "Article 17 GDPR. I have moved abroad and no longer order workwear from "
    "your company. Please confirm in writing once this has been done.\n\nKind regards,\n"
    "Anna Peeters"
)
SHORT = "Please delete all my data. Thanks, Anna"


def test_a_short_mail_is_read_by_the_rules_alone(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(classify_module, "_sentence_reader", lambda: pytest.fail("read"))
    monkeypatch.setattr(classify_module, "_stack_from", lambda: 60)
    assert classify("Delete", SHORT) == classify_by_rules("Delete", SHORT)


def test_a_letter_is_read_by_both(monkeypatch: pytest.MonkeyPatch):
    assert len(ERASURE_LETTER.split()) >= load().stack.min_words
    assert classify("Erasure request", ERASURE_LETTER).request_types == (T.ERASURE,)
    calls = []
    real = classify_module.with_sentence_reader
    monkeypatch.setattr(
        classify_module, "with_sentence_reader", lambda *a: calls.append(a) or real(*a)
    )
    classify("Erasure request", ERASURE_LETTER)
    assert len(calls) == 1


def test_without_its_file_the_rules_reading_stands(monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    broken = tmp_path / "sentences.json.gz"
    broken.write_bytes(b"not gzip")

    def unreadable() -> None:
        load.__wrapped__(broken)

    monkeypatch.setattr("worker.classify.sentences.load", unreadable)
    assert classify("Erasure request", ERASURE_LETTER) == classify_by_rules(
        "Erasure request", ERASURE_LETTER
    )
