"""The trained second reader: its pure-Python reading matches scikit-learn's, and its types are
only ever a guess for a person to confirm, used where the phrase rules recognised nothing."""

from __future__ import annotations

import gzip
import json

from config.policy import load_policy
from worker.classify import classify, second_reading
from worker.classify.model import MODEL_FILE, char_ngrams, load
from worker.domain import Classification, Flag, IdCheck, IdStatus, Language
from worker.domain import RequestType as T
from worker.plan import plan_new_case


def test_the_pure_python_reading_gives_scikit_learns_probabilities():
    data = json.loads(gzip.decompress(MODEL_FILE.read_bytes()))
    model = load()
    assert data["checks"], "the model file carries reference probabilities"
    for check in data["checks"]:
        got = list(model.probabilities(check["text"]).values())
        assert max(abs(a - b) for a, b in zip(got, check["probabilities"], strict=True)) < 1e-5


def test_ngrams_stay_inside_words_and_a_short_word_counts_once():
    assert char_ngrams("Ik") == [" ik", "ik ", " ik "]
    assert char_ngrams("data") == [" da", "dat", "ata", "ta ", " dat", "data", "ata "]
    assert char_ngrams("a  b") == [" a ", " b "]


NOTHING = Classification((), Language.NL, 0.0)


def test_the_rules_reading_stands_when_they_recognised_something():
    rules = Classification((T.ERASURE,), Language.EN, 0.92)
    assert second_reading(rules, {T.ACCESS: 0.99}) is rules


def test_where_the_rules_saw_nothing_the_model_guesses_below_any_sensible_threshold():
    got = second_reading(NOTHING, {T.ACCESS: 0.9, T.PORTABILITY: 0.7, T.ERASURE: 0.4})
    assert got.request_types == (T.ACCESS, T.PORTABILITY)
    assert got.guessed and got.confidence == 0.35
    assert got.language is Language.NL  # the language is still the rules' reading
    assert second_reading(NOTHING, {T.ACCESS: 0.49}) is NOTHING  # nothing: unclassified


def test_an_indirect_request_the_rules_miss_is_guessed_and_goes_to_staff():
    got = classify("", "Wat staat er allemaal in jullie computer over mij?")
    assert got.request_types == (T.ACCESS,) and got.guessed
    # however low the configured threshold, a guess is confirmed by a person first
    policy = load_policy()
    lax = policy.model_copy(
        update={"classification": policy.classification.model_copy(update={"min_confidence": 0.0})}
    )
    plan = plan_new_case(
        lax, got, IdCheck(IdStatus.VERIFIED, ()), foreign_ref=False, sender_verified=True
    )
    assert Flag.LOW_CONFIDENCE in plan.flags and plan.needs_review


def test_mail_that_is_no_request_stays_unclassified():
    for subject, text in [
        ("Levering", "Wanneer wordt mijn bestelling van vorige week geleverd?"),
        ("Offre SEO", "Nous proposons de mettre votre site en première page de Google."),
        ("Rechnung", "Anbei unsere Rechnung für den Monat Oktober."),
    ]:
        got = classify(subject, text)
        assert got.request_types == () and not got.guessed


def test_a_model_file_whose_parts_do_not_fit_is_refused():
    import pytest

    from worker.classify.model import from_dict

    good = {
        "types": ["access", "erasure"],
        "intercepts": [0.1, -0.2],
        "grams": {" ab": [1.0, 2, 3]},
    }
    assert from_dict(good).probabilities("ab")[T.ACCESS] > 0.5
    for broken in (
        {**good, "intercepts": [0.1]},
        {**good, "grams": {" ab": [1.0, 2]}},
        {**good, "types": ["access", "no_such_type"]},
    ):
        with pytest.raises(ValueError):
            from_dict(broken)


def test_extreme_scores_give_probabilities_not_an_overflow():
    from worker.classify.model import Model

    model = Model((T.ACCESS,), (-5000.0,), {" ab": (1.0, -1.0)})
    assert model.probabilities("ab")[T.ACCESS] == 0.0
    assert Model((T.ACCESS,), (5000.0,), {}).probabilities("x")[T.ACCESS] == 1.0


def test_an_unusable_model_leaves_the_rules_reading(monkeypatch, caplog):
    import worker.classify.model as model

    def broken(*_args):
        raise OSError("gone")

    monkeypatch.setattr(model, "load", broken)
    got = classify("", "Wat staat er allemaal in jullie computer over mij?")
    assert got.request_types == () and not got.guessed  # unclassified: a person reads it
    assert "model unusable (OSError)" in caplog.text
