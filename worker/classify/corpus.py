"""The labelled mails of tests/classify_corpus/, read into typed values."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

import yaml

from worker.domain import Language, RequestType

DEFAULT_DIR = Path(__file__).resolve().parents[2] / "tests" / "classify_corpus"
LETTERS_DIR = DEFAULT_DIR / "letters"  # long formal letters, by template family (issue 12)
TUNING_DIR = DEFAULT_DIR / "tuning"  # letters the classifier's developer wrote to tune on
BLIND_LETTERS_DIR = DEFAULT_DIR / "blind_letters"  # letters written blind, scored once first
FLAGS = ("on_behalf", "reminder", "authority_complaint", "passed_on")


@dataclass(frozen=True)
class Example:
    id: str
    split: str  # "dev", "holdout", "fresh", "blind2", "blind3" (see the corpus README)
    subject: str
    text: str
    types: tuple[RequestType, ...]  # in RequestType order
    language: Language
    family: str = ""  # letters: the template family (a source and all its variants)
    flags: frozenset[str] = frozenset()  # letters: on_behalf, reminder, authority_complaint, …
    first_request_date: date | None = None  # letters: when the writer says they first wrote


def load(directory: Path = DEFAULT_DIR) -> list[Example]:
    examples: list[Example] = []
    for path in sorted(directory.glob("*.yaml")):
        for raw in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
            wanted = {RequestType(t) for t in raw.get("types") or []}
            examples.append(
                Example(
                    id=str(raw["id"]),
                    split=str(raw.get("split", "dev")),
                    subject=str(raw.get("subject") or ""),
                    text=str(raw.get("text") or ""),
                    types=tuple(t for t in RequestType if t in wanted),
                    language=Language(raw["language"]),
                    family=str(raw.get("family") or ""),
                    flags=_flags(raw),
                    first_request_date=_date(raw.get("first_request_date")),
                )
            )
    ids = [e.id for e in examples]
    duplicates = {i for i in ids if ids.count(i) > 1}
    if duplicates:
        raise ValueError(f"duplicate corpus ids: {sorted(duplicates)}")
    return examples


def _flags(raw: dict) -> frozenset[str]:
    """The flags of a letter: its ``flags`` list (the letters corpus), or flags written as
    fields (the tuning letters: ``on_behalf: <name>``, ``reminder: true``)."""
    flags = set(raw.get("flags") or [])
    flags |= {f for f in FLAGS if raw.get(f)}
    unknown = flags - set(FLAGS)
    if unknown:
        raise ValueError(f"unknown flags {sorted(unknown)} in {raw.get('id')}")
    return frozenset(flags)


def _date(value: object) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value))
