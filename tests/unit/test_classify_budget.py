"""The classifier's cost is linear in what it reads, and what it reads is bounded: no mail can
stall intake (issue 11; the shapes of ../shared/reviews/security.md, finding 2).

Times are CPU times of this process, compared as ratios (never against an absolute figure): a
text 20 times longer may cost at most about 20 times more; a quadratic reading would cost 400.
"""

import random
import time

import pytest

from worker.classify import classify
from worker.classify.reader import BODY_BUDGET, SUBJECT_BUDGET, read
from worker.classify.typos import MAX_LENGTH, build_speller
from worker.domain import RequestType


def _repeated(piece: str, size: int) -> str:
    return (piece * (size // len(piece) + 1))[:size]


def _one_word(size: int) -> str:
    letters = random.Random(size)
    return "please delete my data " + "".join(letters.choice("abcdefghij") for _ in range(size))


SHAPES = {
    "delete my data": lambda n: _repeated("delete my data ", n),
    "negation soup": lambda n: _repeated(
        "I do not want you not to never delete, don't erase my data, nicht löschen, "
        "ne supprimez pas, verwijder niets. ",
        n,
    ),
    "erase lines": lambda n: _repeated("please erase all my data\n", n),
    "if-conditions": lambda n: _repeated(
        "if you cannot delete my data, if you object to it, otherwise I will complain. ", n
    ),
    "typo-ish keywords": lambda n: _repeated(
        "verwijdren unsubscibe deleet rectifcation objectoin acess uitschrijvne ", n
    ),
    "dat, ": lambda n: _repeated("dat, ", n),
    "a * n": lambda n: "a" * n,
    "a - ": lambda n: _repeated("a - ", n),
    "one long word": _one_word,
}


def _cpu(fn, text: str) -> float:
    best = float("inf")
    for _ in range(2):
        start = time.process_time()
        fn(text)
        best = min(best, time.process_time() - start)
    return max(best, 0.005)  # below the clock's grain, differences are noise


@pytest.fixture(scope="module", autouse=True)
def _warm():
    classify("", "warm up: the phrase lists, the speller and the model are built once")


@pytest.mark.parametrize("shape", SHAPES)
def test_classifying_200_kb_costs_no_more_than_linear_in_10_kb(shape):
    small, big = SHAPES[shape](10_000), SHAPES[shape](200_000)
    ratio = _cpu(lambda t: classify("", t), big) / _cpu(lambda t: classify("", t), small)
    assert ratio <= 20, f"{shape}: 20 times the text cost {ratio:.1f} times the time"


@pytest.mark.parametrize("shape", SHAPES)
def test_the_reading_itself_is_linear_without_the_budget(shape):
    small, big = SHAPES[shape](3_000), SHAPES[shape](30_000)
    ratio = _cpu(lambda t: read("", t, budget=False), big) / _cpu(
        lambda t: read("", t, budget=False), small
    )
    assert ratio <= 25, f"{shape}: 10 times the text cost {ratio:.1f} times the time"


def test_a_long_mail_is_read_from_its_start_and_flagged_truncated():
    story = _repeated("Some long story without requests. ", 60_000)
    text = "Please delete all my data.\n\n" + story
    got = classify("Erasure", text)
    assert got.request_types == (RequestType.ERASURE,)
    assert got.truncated
    assert not classify("Erasure", "Please delete all my data.").truncated


def test_what_lies_beyond_the_budget_is_not_read():
    text = _repeated("Nothing to ask here. ", BODY_BUDGET + 1_000) + " Please delete all my data."
    assert classify("", text).request_types == ()
    assert classify("", text).truncated


def test_a_long_subject_is_cut_and_flagged():
    subject = "Delete my data " + "x" * (SUBJECT_BUDGET * 4)
    got = classify(subject, "")
    assert got.request_types == (RequestType.ERASURE,)
    assert got.truncated


def test_very_long_words_get_no_typo_repair():
    speller = build_speller(["verwijderen"], [])
    assert speller.correct_word("verwijdren") == "verwijderen"
    long_word = "verwijdren" * (MAX_LENGTH // 10 + 1)
    assert speller.correct_word(long_word) == long_word
