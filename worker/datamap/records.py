"""What the data map finds and exports for a person: values without any database behind them,
for the access report, portability and `sources explain`."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from worker.datamap.texts import label_in


@dataclass(frozen=True)
class Record:
    """One personal field of one row (for the access report, and portability when provided).

    `value` is JSON-able: str, int, float, bool, and for a JSON column the mapping or list it
    holds (dates and times as ISO 8601 strings). `shown` is the looked-up label of an id (a
    group's name for its id). The labels are the map's, per language (`label(lang)`)."""

    source: str
    table: str
    key: str  # the row's key, e.g. "id=17"
    field: str
    category: str
    value: Any
    provided_by_subject: bool
    shown: str | None = None
    kind: str = field(default="", compare=False)  # the column's kind: bool, date, number, json...
    review: bool = field(default=False, compare=False)  # read by staff before release (15(4))
    field_labels: dict[str, str] = field(default_factory=dict, compare=False, repr=False)
    table_labels: dict[str, str] = field(default_factory=dict, compare=False, repr=False)
    source_labels: dict[str, str] = field(default_factory=dict, compare=False, repr=False)

    def label(self, lang: str) -> str:
        """The field's name for a reader, in `lang` (the map's label, else the column name)."""
        return label_in(self.field_labels, lang, self.field)

    def table_label(self, lang: str) -> str:
        return label_in(self.table_labels, lang, self.table)

    def source_label(self, lang: str) -> str:
        return label_in(self.source_labels, lang, self.source)

    def as_dict(self, lang: str | None = None) -> dict[str, Any]:
        """As exported in the JSON and CSV files; with `lang`, the labels in that language."""
        out: dict[str, Any] = {
            "source": self.source,
            "table": self.table,
            "key": self.key,
            "field": self.field,
            "category": self.category,
            "value": self.value,
            "provided_by_subject": self.provided_by_subject,
        }
        if self.shown is not None:
            out["shown"] = self.shown
        if lang is not None:
            out["label"] = self.label(lang)
            out["table_label"] = self.table_label(lang)
            out["source_label"] = self.source_label(lang)
        return out


@dataclass(frozen=True)
class FoundRow:
    key: str
    values: dict[str, Any]  # personal columns only, JSON-able; NULLs left out
    shown: dict[str, str] = field(default_factory=dict)  # looked-up labels of lookup columns


@dataclass(frozen=True)
class FoundTable:
    source: str
    table: str
    categories: tuple[str, ...]
    rows: tuple[FoundRow, ...]


@dataclass(frozen=True)
class PersonData:
    """Every row of the person's found in the sources (tables without rows are left out)."""

    tables: tuple[FoundTable, ...] = ()

    def __bool__(self) -> bool:
        return any(t.rows for t in self.tables)

    @property
    def categories(self) -> list[str]:
        return sorted({c for t in self.tables for c in t.categories})

    def counts(self) -> dict[str, dict[str, int]]:
        out: dict[str, dict[str, int]] = {}
        for t in self.tables:
            out.setdefault(t.source, {})[t.table] = len(t.rows)
        return out
