"""The labelled mails of tests/classify_corpus/, read into typed values."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

from worker.domain import Language, RequestType

DEFAULT_DIR = Path(__file__).resolve().parents[2] / "tests" / "classify_corpus"


@dataclass(frozen=True)
class Example:
    id: str
    split: str  # "dev", "holdout", "fresh", "blind2", "blind3" (see the corpus README)
    subject: str
    text: str
    types: tuple[RequestType, ...]  # in RequestType order
    language: Language


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
                )
            )
    ids = [e.id for e in examples]
    duplicates = {i for i in ids if ids.count(i) > 1}
    if duplicates:
        raise ValueError(f"duplicate corpus ids: {sorted(duplicates)}")
    return examples
