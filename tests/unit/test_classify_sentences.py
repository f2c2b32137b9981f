"""The sentence reader of issue 12's seventh round (an experiment, not product behaviour): its
features are made as scikit-learn makes them, a model file whose parts do not fit is refused,
and a mail's score per type is its best sentence's (a type is added only from a sentence of some
length). Its standard-library scores are checked against scikit-learn's by the training script
(scripts/train_sentence_reader.py), which writes no model when they differ."""

from __future__ import annotations

import math

import pytest

from worker.classify.model import char_ngrams as char_wb
from worker.classify.reader import sentence_units
from worker.classify.sentences import SUBJECT, from_dict, words
from worker.domain import RequestType as T


def test_features_are_made_as_scikit_learn_makes_them():
    assert char_wb("Ik", 3, 5) == [" ik", "ik ", " ik "]
    assert char_wb("data", 3, 4) == [" da", "dat", "ata", "ta ", " dat", "data", "ata "]
    assert char_wb("a  b", 3, 4) == [" a ", " b "]
    assert words("Wis mijn gegevens, a.u.b.", 1, 2) == [
        "wis", "mijn", "gegevens", "a", "u", "b",
        "wis mijn", "mijn gegevens", "gegevens a", "a u", "u b",
    ]  # fmt: skip


def _model(weights_delete: float = 5.0) -> dict:
    types = [t.value for t in T]
    k = len(types)
    row = {"delete": [0.0] * k, "copy": [0.0] * k}
    row["delete"][types.index("erasure")] = weights_delete
    row["copy"][types.index("access")] = 5.0
    return {
        "types": types,
        "intercepts": [-2.5] * k,
        "blocks": [
            {
                "analyzer": "word",
                "ngrams": [1, 1],
                "reads": "sentence",
                "scale": 1.0,
                "features": ["delete", "copy"],
                "idf": [1.0, 2.0],
                "weights": row["delete"] + row["copy"],
            }
        ],  # fmt: skip
        "stack": {"min_words": 60, "keep": {}, "add": {}},
    }


def _sigmoid(x: float) -> float:
    return 1 / (1 + math.exp(-x))


def test_a_sentence_is_scored_by_its_tf_idf_features():
    reader = from_dict(_model())
    got = reader.sentence_scores("please delete it, delete it all", "<start>")
    # one known feature ("delete" twice): sublinear tf 1 + ln 2, times idf 1, L2-normed to 1
    assert got[T.ERASURE] == pytest.approx(_sigmoid(-2.5 + 5.0))
    assert got[T.ACCESS] == pytest.approx(_sigmoid(-2.5))
    both = reader.sentence_scores("delete the copy", "")
    norm = math.sqrt(1 + 2.0**2)
    assert both[T.ACCESS] == pytest.approx(_sigmoid(-2.5 + 5.0 * 2.0 / norm))


def test_a_model_file_whose_parts_do_not_fit_is_refused():
    data = _model()
    data["blocks"][0]["weights"] = data["blocks"][0]["weights"][:-1]
    with pytest.raises(ValueError):
        from_dict(data)
    data = _model()
    data["blocks"][0]["analyzer"] = "pickle"
    with pytest.raises(ValueError):
        from_dict(data)


def test_a_type_is_added_only_from_a_sentence_of_some_length():
    reader = from_dict(_model())
    keep, add = reader.best([(SUBJECT, "delete"), ("<start>", "could you send me a copy")])
    assert keep[T.ERASURE][0] > 0.9 and keep[T.ERASURE][1] == "delete"
    assert add[T.ERASURE] == (pytest.approx(_sigmoid(-2.5)), "could you send me a copy")
    assert add[T.ACCESS][1] == "could you send me a copy"


def test_the_units_are_the_subject_and_each_sentence_as_the_rules_read_them():
    units = sentence_units(
        "Verzoek tot wissing",
        "Geachte,\n\nIk verzoek u mijn gegevens te wissen. Anders dien ik klacht in.\n\n"
        "> Oud bericht: wis niets.\n\nMet vriendelijke groet,\nJan",
    )
    assert units[0] == (SUBJECT, "verzoek tot wissing")
    sentences = [u for _, u in units]
    assert "ik verzoek u mijn gegevens te wissen." in sentences
    before = dict((u, b) for b, u in units)
    assert before["anders dien ik klacht in."] == "ik verzoek u mijn gegevens te wissen."
    assert not any("oud bericht" in u for u in sentences)  # the quote is not read
    assert sentence_units("Re: Verzoek tot wissing", "Dank u.")[0][0] != SUBJECT
