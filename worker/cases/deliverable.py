"""The sealed package that carries a person's data (access, portability, or both in one PDF),
and its one password."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from worker.cases.readable import local_date, readable, redaction_of
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


def released(rows: list[dict[str, Any]], redactions: Collection[str]) -> list[dict[str, Any]]:
    """The export's rows with what staff withheld (art. 15(4)) emptied and marked `withheld`."""
    return [
        {**r, "value": None, "withheld": True} if redaction_of(r, redactions) else r for r in rows
    ]


def package_kind(access: bool, portability: bool) -> str:
    return "access-portability" if access and portability else "access" if access else "portability"


def seal_package(
    *,
    ref: str,
    lang: str,
    today: date,
    company: str,
    access: Sequence[Any] | None,
    portability: Sequence[Any] | None,
    texts: dict[str, Any] | None = None,
    redactions: Collection[str] = (),
) -> Sealed:
    """One PDF under one password for an access request (`access`: every record found, with
    the statutory information and a JSON copy), a portability request (`portability`: what the
    person provided, as JSON and CSV) or both. `texts`: the statutory text to quote (by default
    the company-wide one of `lang`; statutory.statutory_for adds the sources' own).
    `redactions`: what staff withheld (`TABLE.FIELD`, `TABLE.FIELD@KEY`, `TABLE@KEY`)."""
    texts = texts if texts is not None else statutory(lang)
    words = texts.get("report", {})
    kind = package_kind(access is not None, portability is not None)
    shown = access if access is not None else portability or []
    rows = released(record_dicts(shown, lang), redactions)
    view = [{**row, "kind": getattr(rec, "kind", "")} for row, rec in zip(rows, shown, strict=True)]
    sections = (
        [
            (words.get(k, k.replace("_", " ").title()), lines(texts.get(k)))
            for k in STATUTORY_SECTIONS
            if texts.get(k)
        ]
        if access is not None
        else []
    )
    title = {
        "access": words.get("title_access"),
        "portability": words.get("title_portability"),
        "access-portability": words.get("title_package"),
    }[kind] or words.get("title", "Personal data")
    generated = words.get("generated_on", "Generated on")
    pdf = build_report(
        title=title,
        subtitle=f"{ref} · {generated} {local_date(today, lang)} · {company}",
        footer=f"{company} · {ref}",
        sections=sections,
        data_heading=words.get("data", "Your data"),
        tables=readable(view, lang, texts),
        nothing_found=words.get("nothing_found", "Nothing found."),
        notes=[words["portability"]]
        if kind == "access-portability" and "portability" in words
        else [],
    )
    files = {}
    if access is not None:
        files[f"{ref}-access.json"] = _json(rows)
    if portability is not None:
        provided = released(record_dicts(portability, lang), redactions)
        files[f"{ref}-portability.json"] = _json(provided)
        files[f"{ref}-portability.csv"] = as_csv(provided)
    password = new_password()
    return Sealed(f"{ref}-{kind}.pdf", seal(pdf, password, files), password)


def _json(rows: list[dict[str, Any]]) -> bytes:
    return json.dumps(rows, ensure_ascii=False, indent=2).encode("utf-8")
