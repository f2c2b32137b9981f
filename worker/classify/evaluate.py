"""Measure the classifier on the labelled corpus.

    python -m worker.classify.evaluate [--tuned] [--split NAME ...] [--exclude-split NAME ...]
                                       [--corpus DIR] [--threshold 0.6] [--rules-only]
                                       [--letters | --no-letters]
                                       [--family-cv [keeper|second-reader|all]]

--split keeps only the named splits (dev, holdout, fresh, blind2, blind3, ...; repeatable),
--exclude-split drops them; a blind set is scored alone with e.g. `--split blind2`. Both apply to
the letters too. --tuned leaves out everything that may not be tuned on (every held-out split and
blind10), in both parts: what a developer of the rules runs.

Prints precision and recall per request type and per language, exact-match accuracy (the set of
types and nothing else), language accuracy, how many readings fall under the confidence
threshold, how many readings are the trained model's guesses (made where the rules recognised
nothing; a person confirms them), and every mail it gets wrong. --rules-only scores the phrase
rules without the model.

Then the long formal letters (tests/classify_corpus/letters/, issue 12) and the developer's
tuning letters (tests/classify_corpus/tuning/), per split: exact match, language, the kinds of
mistake issue 12 names, and the framing flags (on_behalf, reminder with the date first written,
authority_complaint, passed_on). The held-out families are scored, never listed: their wrong
letters are counted, not shown. --letters prints only that part, --no-letters leaves it out.

--family-cv measures a trained part by leave-one-family-out cross-validation over the tuned
mails only (``worker.classify.familycv``; needs scikit-learn, the ``train`` extra): the keeper over
the rules' proposals, the second reader, or both.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from worker.classify import classify
from worker.classify.corpus import (
    BLIND_LETTERS_DIR,
    DEFAULT_DIR,
    LETTERS_DIR,
    TUNING_DIR,
    Example,
    load,
)
from worker.classify.reader import read
from worker.domain import Classification, Language, RequestType


@dataclass(frozen=True)
class Result:
    example: Example
    got: Classification

    @property
    def exact(self) -> bool:
        return self.got.request_types == self.example.types

    @property
    def language_ok(self) -> bool:
        return self.got.language == self.example.language


@dataclass(frozen=True)
class Report:
    results: tuple[Result, ...]

    def _ratio(self, hits: int, total: int) -> float:
        return hits / total if total else 1.0

    @property
    def exact_match(self) -> float:
        return self._ratio(sum(r.exact for r in self.results), len(self.results))

    @property
    def language_accuracy(self) -> float:
        return self._ratio(sum(r.language_ok for r in self.results), len(self.results))

    def type_counts(self, results: Sequence[Result] | None = None) -> dict[RequestType, Counter]:
        out = {t: Counter() for t in RequestType}
        for r in results if results is not None else self.results:
            for t in RequestType:
                want, got = t in r.example.types, t in r.got.request_types
                out[t]["tp" if want and got else "fp" if got else "fn" if want else "tn"] += 1
        return out

    def precision_recall(self, results: Sequence[Result] | None = None) -> dict[str, tuple]:
        """Per type: (precision, recall, support); micro-averaged over all types as "all"."""
        counts = self.type_counts(results)
        out = {}
        total = Counter()
        for t, c in counts.items():
            total.update(c)
            out[t.value] = self._pr(c)
        out["all"] = self._pr(total)
        return out

    def _pr(self, c: Counter) -> tuple[float, float, int]:
        precision = self._ratio(c["tp"], c["tp"] + c["fp"])
        recall = self._ratio(c["tp"], c["tp"] + c["fn"])
        return precision, recall, c["tp"] + c["fn"]

    def by_language(self) -> dict[Language, list[Result]]:
        out: dict[Language, list[Result]] = {lang: [] for lang in Language}
        for r in self.results:
            out[r.example.language].append(r)
        return out

    @property
    def wrong(self) -> list[Result]:
        return [r for r in self.results if not (r.exact and r.language_ok)]

    @property
    def false_erasures(self) -> list[Result]:
        return self.false_readings(RequestType.ERASURE)

    def false_readings(self, request_type: RequestType) -> list[Result]:
        """The results that read ``request_type`` where the mail does not ask for it."""
        return [
            r
            for r in self.results
            if request_type in r.got.request_types and request_type not in r.example.types
        ]

    def right_readings(self, request_type: RequestType) -> list[Result]:
        return [
            r
            for r in self.results
            if request_type in r.got.request_types and request_type in r.example.types
        ]


# flags of the reading that hold a case for a person (worker.plan: low_confidence, on_behalf,
# reminder, authority_complaint, passed_on, text_truncated); the policy's min_confidence
HOLDING_FLAGS = (
    "guessed",
    "on_behalf",
    "reminder",
    "authority_complaint",
    "passed_on",
    "truncated",
)
MIN_CONFIDENCE = 0.6


def held(got: Classification, threshold: float = MIN_CONFIDENCE) -> bool:
    """Whether the product holds this reading for a person before anything is done (the flags
    ``plan_new_case`` sets from a reading alone); a reading held acts on nothing by itself."""
    return bool(got.request_types) and (
        got.confidence < threshold or any(getattr(got, f) for f in HOLDING_FLAGS)
    )


# the readings that change or remove data: read where none was asked, they do harm
DESTRUCTIVE = (RequestType.ERASURE, RequestType.RESTRICTION, RequestType.RECTIFICATION)


def destructive_lines(report: Report, threshold: float = MIN_CONFIDENCE) -> list[str]:
    """Per destructive type: read where none was asked (how many of those act, not held), and
    read where asked (how many of those a person must first confirm: the guard's cost)."""
    lines = []
    for t in DESTRUCTIVE:
        false = report.false_readings(t)
        right = report.right_readings(t)
        lines.append(
            f"{t.value} read where none asked: {len(false)} "
            f"({sum(not held(r.got, threshold) for r in false)} act without hold); "
            f"read where asked: {len(right)} ({sum(held(r.got, threshold) for r in right)} held)"
        )
    return lines


def evaluate(examples: Sequence[Example], rules_only: bool = False) -> Report:
    def reading(e: Example) -> Classification:
        return read(e.subject, e.text).classification if rules_only else classify(e.subject, e.text)

    return Report(tuple(Result(e, reading(e)) for e in examples))


def _names(types: Sequence[RequestType]) -> str:
    return ", ".join(t.value for t in types) or "(none)"


def render(report: Report, threshold: float) -> str:
    lines = [f"mails: {len(report.results)}", ""]
    lines.append(f"{'type':<20}{'precision':>10}{'recall':>10}{'support':>9}")
    for name, (p, r, n) in report.precision_recall().items():
        lines.append(f"{name:<20}{p:>10.3f}{r:>10.3f}{n:>9}")
    header = f"{'language':<10}{'mails':>6}{'exact':>8}{'lang ok':>9}{'type P':>8}{'type R':>8}"
    lines += ["", header]
    for lang, results in report.by_language().items():
        if not results:
            continue
        sub = Report(tuple(results))
        p, r, _ = sub.precision_recall()["all"]
        lines.append(
            f"{lang.value:<10}{len(results):>6}{sub.exact_match:>8.3f}"
            f"{sub.language_accuracy:>9.3f}{p:>8.3f}{r:>8.3f}"
        )
    splits = sorted({x.example.split for x in report.results})
    if len(splits) > 1:
        lines.append("")
        for split in splits:
            sub = Report(tuple(x for x in report.results if x.example.split == split))
            lines.append(
                f"split {split}: {len(sub.results)} mails, exact {sub.exact_match:.3f}, "
                f"language {sub.language_accuracy:.3f}"
            )
    low = [x for x in report.results if x.got.request_types and x.got.confidence < threshold]
    low_right = sum(x.exact for x in low)
    guessed = [x for x in report.results if x.got.guessed]
    high = [x for x in report.results if x.got.request_types and x.got.confidence >= threshold]
    lines += [
        "",
        f"exact-match accuracy: {report.exact_match:.3f}",
        f"language accuracy:    {report.language_accuracy:.3f}",
        f"erasure predicted where none asked: {len(report.false_erasures)}",
        *destructive_lines(report, threshold),
        f"below confidence {threshold}: {len(low)} readings ({low_right} of them right); "
        f"at or above: {len(high)} ({sum(x.exact for x in high)} right)",
        f"guessed by the model: {len(guessed)} readings ({sum(x.exact for x in guessed)} right)",
        "",
        f"wrong: {len(report.wrong)}",
    ]
    for x in report.wrong:
        e = x.example
        lines.append(
            f"  {e.id} [{e.split}] want {_names(e.types)} / {e.language.value}; "
            f"got {_names(x.got.request_types)} / {x.got.language.value} "
            f"(confidence {x.got.confidence:.2f}) subject: {e.subject!r}"
        )
    return "\n".join(lines)


HELD_OUT = "heldout"  # every split named so (heldout, heldout2, ...) is scored, never listed


BLIND_UNTUNED = ("blind10",)  # scored blind and never tuned on, like the held-out splits


def is_held_out(split: str) -> bool:
    return split.startswith(HELD_OUT)


def is_not_for_tuning(split: str) -> bool:
    return is_held_out(split) or split in BLIND_UNTUNED


def _flag(got: Classification, flag: str) -> bool:
    return bool(getattr(got, flag))


def letter_lines(report: Report, name: str) -> list[str]:
    """Per split of a letters corpus: exact match, language, the kinds of mistake of issue 12,
    and the framing flags; the wrong letters listed only outside the held-out split."""
    lines = []
    for split in sorted({r.example.split for r in report.results}):
        results = [r for r in report.results if r.example.split == split]
        sub = Report(tuple(results))
        n = len(results)
        lines += ["", f"{name}, split {split}: {n} letters"]
        lines.append(
            f"  exact {sub.exact_match:.3f} ({sum(r.exact for r in results)}), language "
            f"{sub.language_accuracy:.3f} ({sum(not r.language_ok for r in results)} wrong)"
        )
        for label, count in _kinds(results):
            lines.append(f"  {label}: {count}")
        lines += ["  " + line for line in destructive_lines(sub)]
        for flag in ("on_behalf", "reminder", "authority_complaint", "passed_on"):
            wanted = [r for r in results if flag in r.example.flags]
            found = sum(_flag(r.got, flag) for r in wanted)
            false = sum(_flag(r.got, flag) for r in results if flag not in r.example.flags)
            lines.append(f"  flag {flag}: {found}/{len(wanted)} found, {false} where none")
        dated = [r for r in results if r.example.first_request_date]
        right = sum(r.got.first_written == r.example.first_request_date for r in dated)
        lines.append(f"  date first written: {right}/{len(dated)} right")
        wrong = [r for r in results if not (r.exact and r.language_ok)]
        if is_held_out(split):
            lines.append(f"  wrong: {len(wrong)} (held out: not listed)")
            continue
        lines.append(f"  wrong: {len(wrong)}")
        for r in wrong:
            lines.append(
                f"    {r.example.id} want {_names(r.example.types)} / {r.example.language.value}; "
                f"got {_names(r.got.request_types)} / {r.got.language.value}"
            )
    return lines


def _kinds(results: Sequence[Result]) -> list[tuple[str, int]]:
    """Counts of the kinds of mistake issue 12 names."""

    def count(predicate) -> int:  # type: ignore[no-untyped-def]
        return sum(1 for r in results if predicate(set(r.example.types), set(r.got.request_types)))

    access, erasure = RequestType.ACCESS, RequestType.ERASURE
    complaint, opt_out = RequestType.COMPLAINT, RequestType.MARKETING_OPT_OUT
    return [
        (
            "access letters read with more rights (duties, art. 15 items)",
            count(lambda w, g: access in w and bool(g - w)),
        ),
        (
            "other letters read with a right not asked (conditions, duties, citations)",
            count(lambda w, g: access not in w and bool(g - w - {complaint})),
        ),
        ("letters read with a type missing", count(lambda w, g: bool(w - g))),
        ("erasure read where none asked", count(lambda w, g: erasure in g and erasure not in w)),
        (
            "complaint read where none (reservations, threats)",
            count(lambda w, g: complaint in g and complaint not in w),
        ),
        (
            "marketing opt-out missed (consent, unsolicited mail)",
            count(lambda w, g: opt_out in w and opt_out not in g),
        ),
        (
            "marketing opt-out read where none (a photo in advertising, post)",
            count(lambda w, g: opt_out in g and opt_out not in w),
        ),
        ("no-request letters read as a request", count(lambda w, g: not w and bool(g))),
    ]


def letters_report(
    rules_only: bool = False, keep: Callable[[str], bool] = lambda split: True
) -> list[str]:
    """The letters part, of the splits ``keep`` accepts."""
    lines: list[str] = []
    for name, directory in (
        ("letters", LETTERS_DIR),
        ("tuning letters", TUNING_DIR),
        ("blind letters", BLIND_LETTERS_DIR),
    ):
        examples = [e for e in load(directory) if keep(e.split)] if directory.is_dir() else []
        if examples:
            lines += letter_lines(evaluate(examples, rules_only), name)
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m worker.classify.evaluate")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_DIR)
    parser.add_argument("--split", action="append", default=[], help="keep only this split")
    parser.add_argument("--exclude-split", action="append", default=[], help="leave this split out")
    parser.add_argument("--threshold", type=float, default=0.6)
    parser.add_argument("--rules-only", action="store_true", help="without the trained model")
    parser.add_argument(
        "--tuned",
        action="store_true",
        help="only what may be tuned on: every held-out split (heldout*, blind10) left out",
    )
    which = parser.add_mutually_exclusive_group()
    which.add_argument("--letters", action="store_true", help="only the long letters")
    which.add_argument("--no-letters", action="store_true", help="without the long letters")
    which.add_argument(
        "--family-cv",
        nargs="?",
        const="keeper",
        choices=("keeper", "second-reader", "all"),
        help="leave-one-family-out cross-validation over the tuned mails",
    )
    args = parser.parse_args(argv)
    if args.family_cv:
        from worker.classify.familycv import report

        print("\n".join(report(args.family_cv)))
        return 0

    def keep(split: str) -> bool:
        return (
            (not args.split or split in args.split)
            and split not in args.exclude_split
            and not (args.tuned and is_not_for_tuning(split))
        )

    if args.letters:
        print("\n".join(letters_report(args.rules_only, keep)).strip())
        return 0
    examples = [e for e in load(args.corpus) if keep(e.split)]
    if not examples:
        print(f"no labelled mails under {args.corpus}", file=sys.stderr)
        return 2
    print(render(evaluate(examples, args.rules_only), args.threshold))
    if not args.no_letters and not (args.split or args.exclude_split or args.corpus != DEFAULT_DIR):
        print("\n".join(letters_report(args.rules_only, keep)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
