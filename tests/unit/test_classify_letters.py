"""Long formal letters (issue 12): the reader keeps the bar on the letters corpus's train
families and on the developer's tuning letters; the held-out families are scored by
`python -m worker.classify.evaluate --letters`, never part of a bar, never listed."""

from collections import Counter

import pytest

from worker.classify.corpus import LETTERS_DIR, TUNING_DIR, load
from worker.classify.evaluate import HELD_OUT, evaluate, letter_lines, main
from worker.domain import Language, RequestType

FLAGS = ("on_behalf", "reminder", "authority_complaint", "passed_on")


@pytest.fixture(scope="module")
def letters():
    return load(LETTERS_DIR)


@pytest.fixture(scope="module")
def train_report(letters):
    return evaluate([e for e in letters if e.split == "train"])


@pytest.fixture(scope="module")
def tuning_report():
    return evaluate(load(TUNING_DIR))


def test_the_held_out_split_holds_whole_families(letters):
    families = {}
    for e in letters:
        families.setdefault(e.family, set()).add(e.split)
    assert all(len(splits) == 1 for splits in families.values()), families
    held_out = [e for e in letters if e.split == HELD_OUT]
    assert len(held_out) >= 100
    assert {e.language for e in held_out} == set(Language)


@pytest.mark.parametrize("report_name", ["train_report", "tuning_report"])
def test_letters_read_exactly(report_name, request):
    report = request.getfixturevalue(report_name)
    assert report.exact_match >= 0.95, [r.example.id for r in report.wrong]
    assert report.language_accuracy >= 0.99
    assert [r.example.id for r in report.false_erasures] == []


@pytest.mark.parametrize("report_name", ["train_report", "tuning_report"])
def test_framing_flags_are_found_and_not_invented(report_name, request):
    report = request.getfixturevalue(report_name)
    for flag in FLAGS:
        wanted = [r for r in report.results if flag in r.example.flags]
        found = sum(bool(getattr(r.got, flag)) for r in wanted)
        invented = [
            r.example.id
            for r in report.results
            if getattr(r.got, flag) and flag not in r.example.flags
        ]
        assert found >= 0.9 * len(wanted), flag
        assert invented == [], (flag, invented)


@pytest.mark.parametrize("report_name", ["train_report", "tuning_report"])
def test_the_date_first_written_is_read(report_name, request):
    report = request.getfixturevalue(report_name)
    dated = [r for r in report.results if r.example.first_request_date]
    assert dated
    right = sum(r.got.first_written == r.example.first_request_date for r in dated)
    assert right >= 0.9 * len(dated)


def test_every_reading_of_a_letter_carries_its_evidence(train_report):
    for r in train_report.results:
        assert [t for t, _ in r.got.evidence] == list(r.got.request_types), r.example.id
        for _, sentences in r.got.evidence:
            assert sentences and all(s.strip() for s in sentences)


def test_the_tuning_letters_cover_every_kind_of_mistake():
    tuning = load(TUNING_DIR)
    assert {e.language for e in tuning} == set(Language)
    per_type = Counter(t for e in tuning for t in e.types)
    assert all(per_type[t] >= 1 for t in RequestType), per_type
    assert {f for e in tuning for f in e.flags} >= {"on_behalf", "reminder", "authority_complaint"}
    assert any(not e.types for e in tuning)


def test_the_report_never_lists_held_out_letters(letters):
    report = evaluate([e for e in letters if e.split == HELD_OUT][:10])
    lines = letter_lines(report, "letters")
    assert any("held out: not listed" in line for line in lines)
    assert not any(e.id in line for e in letters for line in lines)


def test_evaluate_command_reports_the_letters_per_split(capsys):
    assert main(["--letters"]) == 0
    out = capsys.readouterr().out
    assert "letters, split train" in out and "letters, split heldout" in out
    assert "tuning letters, split tuning" in out
    assert "erasure read where none asked" in out and "flag reminder" in out


def test_the_tuned_view_scores_no_held_out_split_anywhere(capsys):
    assert main(["--letters", "--tuned"]) == 0
    out = capsys.readouterr().out
    assert "letters, split train" in out and "blind letters, split blind14" in out
    assert "split heldout" not in out and "split blind10" not in out


def test_split_options_apply_to_the_letters(capsys):
    assert main(["--letters", "--split", "train2"]) == 0
    out = capsys.readouterr().out
    assert "letters, split train2" in out
    assert "split train:" not in out and "split heldout" not in out
