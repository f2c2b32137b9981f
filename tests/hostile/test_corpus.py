"""Every hostile mail gets its expected outcome from parse(), within memory bounds, and every
value it returns is clean and bounded. Each mail runs in a fresh process, so that one mail's
memory cannot hide another's. How long each takes is a goal of bench/bench_hostile.py (and
test_linear.py checks that parse's time grows linearly, as a ratio of two sizes)."""

from __future__ import annotations

import pytest

from tests.hostile.mails import BUILDERS, hostile_mails
from tests.hostile.measure import measure_in_subprocess, problems
from worker.mail.parse import Unreadable, parse

MAX_PEAK_MIB = 512  # Python allocations during parse; the 30 MB body takes about 80


@pytest.mark.parametrize("name", list(BUILDERS))
def test_each_hostile_mail_is_parsed_within_bounds(name):
    measured = measure_in_subprocess(name)
    print(measured)  # pytest -s shows the figures
    assert measured["outcome"] == measured["expected"]
    assert measured["problems"] == []
    assert measured["peak_mib"] <= MAX_PEAK_MIB


def test_the_corpus_scales_and_its_expectations_follow_the_limits():
    small = {}
    for name, raw, expected in hostile_mails(scale=0.001):
        result = parse(raw)
        assert (result.reason if isinstance(result, Unreadable) else "mail") == expected, name
        assert problems(result) == [], name
        small[name] = expected
    assert small["received_600"] == "mail"
    assert small["empty_parts_50k"] == "mail"
    assert small["nested_3000"] == "mail"
