"""The sealed PDF that carries a person's data (access and portability), and its password."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from worker.cases.report import build_report, new_password, seal
from worker.cases.statutory import lines, statutory

STATUTORY_SECTIONS = (
    "purposes", "categories", "recipients", "transfers", "retention", "source", "rights",
    "automated_decisions", "complaint",
)  # fmt: skip


@dataclass(frozen=True)
class Sealed:
    filename: str
    content: bytes
    password: str


def record_dicts(records: Sequence[Any], lang: str | None = None) -> list[dict[str, Any]]:
    """The records as the export's JSON objects; a data map Record with its labels in `lang`
    (label, table_label, source_label) and a JSON column's value as the document it is."""
    out = []
    for r in records:
        d = r if isinstance(r, dict) else r.as_dict(lang) if hasattr(r, "as_dict") else r.__dict__
        out.append({k: _jsonable(v) for k, v in d.items()})
    return out


def _jsonable(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bytes):
        return value.hex()
    return value


def _cell(value: Any) -> Any:
    """A CSV cell: a JSON document (a mapping or list) as JSON, never Python's repr."""
    return json.dumps(value, ensure_ascii=False) if isinstance(value, dict | list) else value


def as_csv(records: list[dict[str, Any]]) -> bytes:
    out = io.StringIO()
    columns = ["source", "table", "key", "field", "category", "value"]
    writer = csv.DictWriter(out, fieldnames=columns, extrasaction="ignore")
    writer.writeheader()
    for r in records:
        writer.writerow({c: _cell(r.get(c, "")) for c in columns})
    return out.getvalue().encode("utf-8-sig")  # Excel opens UTF-8 with a BOM correctly


def seal_records(
    *,
    ref: str,
    lang: str,
    today: date,
    kind: str,
    records: Sequence[Any],
    company: str,
    with_statutory: bool,
    texts: dict[str, Any] | None = None,
) -> Sealed:
    """`kind` is "access" (report with the statutory information + JSON) or "portability"
    (the data the person provided, JSON + CSV). `texts`: the statutory text to quote (by
    default the company-wide one of `lang`; statutory.statutory_for adds the sources' own)."""
    texts = texts if texts is not None else statutory(lang)
    headings = texts.get("report", {})
    rows = record_dicts(records, lang)
    sections = (
        [
            (headings.get(k, k.replace("_", " ").title()), lines(texts.get(k)))
            for k in STATUTORY_SECTIONS
            if texts.get(k)
        ]
        if with_statutory
        else []
    )
    generated = headings.get("generated_on", "Generated on")
    pdf = build_report(
        title=headings.get(f"title_{kind}", headings.get("title", "Personal data")),
        subtitle=f"{ref} · {generated} {today.isoformat()} · {company}",
        footer=f"{company} · {ref}",
        sections=sections,
        data_heading=headings.get("data", "Your data"),
        data_columns=(
            headings.get("field", "field"),
            headings.get("value", "value"),
            headings.get("category", "category"),
        ),
        records=rows,
        nothing_found=headings.get("nothing_found", "Nothing found."),
    )
    files = {f"{ref}-{kind}.json": json.dumps(rows, ensure_ascii=False, indent=2).encode("utf-8")}
    if kind == "portability":
        files[f"{ref}-{kind}.csv"] = as_csv(rows)
    password = new_password()
    return Sealed(f"{ref}-{kind}.pdf", seal(pdf, password, files), password)
