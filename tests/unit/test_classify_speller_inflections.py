"""Typo repair must not turn a correctly spelt inflection of a keyword into another form of it: a
past tense is not the noun or the request ("complained" is not "complaint", "beschwerte" is not
"Beschwerde", "widersprach" is not "Widerspruch"), an imperative is not a subjunctive ("effacez"
is not "effaciez"), "u verwijdert" is not "verwijderd" (done). Real misspellings are still
repaired."""

import pytest

from worker.classify import classify
from worker.classify.reader import _speller
from worker.domain import RequestType as T


@pytest.mark.parametrize(
    ("code", "word"),
    [
        ("en", "complained"),
        ("de", "beschwerte"),
        ("de", "widersprach"),
        ("de", "berichtigte"),
        ("de", "korrigierte"),
        ("fr", "effacez"),
        ("fr", "rectifiez"),
        ("fr", "desinscrit"),
        ("nl", "verwijdert"),
        ("nl", "overgedragen"),
    ],
)
def test_an_inflection_is_left_as_written(code, word):
    assert _speller(code).correct_word(word) == word


@pytest.mark.parametrize(
    ("code", "typo", "word"),
    [("de", "loeschen", "loschen"), ("en", "deleet", "delete"), ("en", "complant", "complaint")],
)
def test_a_misspelt_keyword_is_still_repaired(code, typo, word):
    assert _speller(code).correct_word(typo) == word


def test_a_past_complaint_elsewhere_is_no_complaint_to_us():
    text = (
        "I complained to your shop last year about a late parcel. Please send me a copy of my data."
    )
    assert classify("", text).request_types == (T.ACCESS,)
