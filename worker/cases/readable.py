"""The person's data as a reader reads it, in their language: the data map's labels for tables
and fields, dates in Brussels time written the language's way (Babel), yes/no in words, JSON
documents as JSON, one block per row; what staff withheld (art. 15(4)) said, not shown. Pure
functions: the PDF (report.py) only lays this out."""

from __future__ import annotations

import json
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from babel.dates import format_date, format_time
from babel.numbers import format_decimal

BRUSSELS = ZoneInfo("Europe/Brussels")
# as the replies write dates (worker/render.py): Belgian French, Dutch and German, British English
LOCALES = {"nl": "nl_BE", "fr": "fr_BE", "en": "en_GB", "de": "de_BE"}


def _locale(lang: str) -> str:
    return LOCALES.get(lang, "en_GB")


@dataclass(frozen=True)
class Line:
    label: str
    value: str
    category: str = ""


@dataclass(frozen=True)
class Block:
    """One row of a table: its fields."""

    heading: str
    lines: tuple[Line, ...]


@dataclass(frozen=True)
class TableView:
    heading: str  # "Customer database — Orders"
    blocks: tuple[Block, ...]


def redaction_of(record: Mapping[str, Any], redactions: Collection[str]) -> bool:
    """Whether staff withheld this field: `TABLE.FIELD` (in every row) or `TABLE.FIELD@KEY`
    (in one row, KEY as the export names it: `id=17`) or `TABLE@KEY` (the whole row)."""
    table, field, key = record["table"], record["field"], record["key"]
    return bool({f"{table}.{field}", f"{table}.{field}@{key}", f"{table}@{key}"} & set(redactions))


def show_value(value: Any, kind: str, lang: str, words: Mapping[str, str]) -> str:
    """A value in words: yes/no, a local date (and time), a number the language's way, a JSON
    document as JSON; anything else as its text."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return words.get("yes" if value else "no", "yes" if value else "no")
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False)
    if kind == "date" and isinstance(value, str | date):
        return local_date(value, lang)
    if isinstance(value, float):
        return format_decimal(value, locale=_locale(lang))
    return str(value)


def local_date(value: str | date, lang: str) -> str:
    """An ISO 8601 date or date-time as the language writes it; a time with a zone in Brussels
    time, one without as the database holds it (its own local time)."""
    try:
        parsed: date = value if isinstance(value, date) else (
            datetime.fromisoformat(value) if "T" in value or " " in value.strip()
            else date.fromisoformat(value)
        )  # fmt: skip
    except ValueError:
        return str(value)
    if isinstance(parsed, datetime):
        if parsed.tzinfo is not None:
            parsed = parsed.astimezone(BRUSSELS)
        day = format_date(parsed, "long", locale=_locale(lang))
        return f"{day}, {format_time(parsed, 'short', locale=_locale(lang))}"
    return format_date(parsed, "long", locale=_locale(lang))


def category_name(code: str, texts: Mapping[str, Any]) -> str:
    """A category code (`behaviour_preferences`) by its name in the statutory text's language."""
    entry = (texts.get("categories") or {}).get(code)
    if isinstance(entry, Mapping) and entry.get("name"):
        return str(entry["name"])
    return code.replace("_", " ")


def readable(
    records: Iterable[Mapping[str, Any]],
    lang: str,
    texts: Mapping[str, Any],
    redactions: Collection[str] = (),
) -> list[TableView]:
    """The records (as `record_dicts` gives them, labels in `lang`) as tables of blocks, in
    the order found; `texts` is the statutory text of `lang` (its `report` words, categories)."""
    words = texts.get("report", {})
    rows: dict[tuple[str, str], dict[str, list[Mapping[str, Any]]]] = {}
    headings: dict[tuple[str, str], str] = {}
    for r in records:
        at = (r["source"], r["table"])
        source_label, table_label = (
            r.get("source_label") or r["source"],
            r.get("table_label") or r["table"],
        )
        headings[at] = f"{source_label} — {table_label}"
        rows.setdefault(at, {}).setdefault(r["key"], []).append(r)
    out = []
    for at, by_key in rows.items():
        blocks = []
        for n, fields in enumerate(by_key.values(), start=1):
            heading = f"{words.get('record', 'Entry')} {n}" if len(by_key) > 1 else ""
            lines = tuple(_line(r, lang, words, texts, redactions) for r in fields)
            blocks.append(Block(heading, lines))
        out.append(TableView(headings[at], tuple(blocks)))
    return out


def _line(
    r: Mapping[str, Any],
    lang: str,
    words: Mapping[str, str],
    texts: Mapping[str, Any],
    redactions: Collection[str],
) -> Line:
    label = r.get("label") or r["field"]
    category = category_name(r["category"], texts)
    if r.get("withheld") or redaction_of(r, redactions):
        return Line(label, words.get("withheld", "(withheld)"), category)
    value = show_value(r["value"], r.get("kind", ""), lang, words)
    if r.get("shown"):  # a looked-up id: its label beside it
        value = f"{value} ({r['shown']})"
    return Line(label, value, category)
