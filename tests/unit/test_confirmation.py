"""The mailbox confirmation code: strong, hashed, typed once, in the requester's own text."""

import math
import re

from worker.confirmation import (
    CodeVerdict,
    candidate_codes,
    code_hash,
    new_code,
    read_code,
)


def test_a_code_has_at_least_96_bits_and_is_fresh_each_time():
    code = new_code()
    symbols = re.sub(r"[^A-Z0-9]", "", code.removeprefix("CONFIRM"))
    assert len(symbols) * math.log2(31) >= 96
    assert len({new_code() for _ in range(1000)}) == 1000


def test_the_typed_code_confirms_whatever_the_case_and_separators():
    code = new_code()
    expected = code_hash(code)
    assert read_code(f"Hereby confirmed: {code}", expected).verdict is CodeVerdict.CONFIRMED
    assert read_code(code.lower(), expected).verdict is CodeVerdict.CONFIRMED
    spaced = code.replace("-", " ")
    assert read_code(f"code {spaced} thanks", expected).verdict is CodeVerdict.CONFIRMED


def test_ordinary_words_are_no_attempt():
    for text in (
        "I confirm that I want my data erased.",
        "Ik bevestig. Confirm this please, erase everything.",
        "Je confirme ma demande.",
        "",
    ):
        assert read_code(text, code_hash(new_code())).verdict is CodeVerdict.NONE, text


def test_a_wrong_code_is_a_wrong_try():
    assert read_code(new_code(), code_hash(new_code())).verdict is CodeVerdict.WRONG


def test_several_candidates_are_a_wrong_try_even_with_the_right_one_among_them():
    code = new_code()
    flood = "\n".join([new_code() for _ in range(300)] + [code])
    reading = read_code(flood, code_hash(code))
    assert reading.verdict is CodeVerdict.WRONG
    assert reading.candidates > 1


def test_a_flood_is_read_in_linear_time_and_bounded():
    flood = "\n".join(new_code() for _ in range(10_000))
    assert len(candidate_codes(flood)) == 50


def test_codes_of_the_earlier_format_are_still_recognised():
    assert candidate_codes("ERASE-UH47-R2SE") == ["ERASE-UH47-R2SE"]
    assert read_code("erase-uh47-r2se", code_hash("ERASE-UH47-R2SE")).verdict is (
        CodeVerdict.CONFIRMED
    )
