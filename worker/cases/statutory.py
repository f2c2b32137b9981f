"""The statutory information of art. 15 GDPR, per language: the company-wide text of
config/statutory.yaml, with what each source of the person's data states for itself in the data
map (its purposes, recipients, transfers, retention and origin)."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from importlib.resources import files
from typing import Any

import yaml


@cache
def statutory(lang: str) -> dict[str, Any]:
    texts = yaml.safe_load(files("config").joinpath("statutory.yaml").read_text("utf-8"))
    by_lang = texts.get("languages", texts)
    return by_lang.get(lang) or by_lang["en"]


# The sections a source of the data map may state for itself (worker/datamap/config.py).
PER_SOURCE = ("purposes", "recipients", "transfers", "retention", "source")


def statutory_for(lang: str, own: Mapping[str, Mapping[str, Any]]) -> dict[str, Any]:
    """The statutory text for a person whose data is in the sources of `own` (a source's label
    -> the sections it states itself, empty when it states none). Per section: each source's
    own text, named after the source, and the company-wide text where a source has none of its
    own (so a person found only in recruitment reads about recruitment only)."""
    base = statutory(lang)
    out = dict(base)
    for section in PER_SOURCE:
        stating = {label: texts[section] for label, texts in own.items() if texts.get(section)}
        if not stating:
            continue  # every source of the person's uses the company-wide text
        parts: list[Any] = []
        if base.get(section) and any(not texts.get(section) for texts in own.values()):
            parts += _as_items(base[section])
        for label, value in stating.items():
            parts += [_named(label, item) for item in _as_items(value)]
        out[section] = parts
    return out


def _as_items(value: Any) -> list[Any]:
    return list(value) if isinstance(value, list | tuple) else [value]


def _named(label: str, item: Any) -> Any:
    """An item of a source's own text, saying which source it is about."""
    if isinstance(item, str):
        return f"{label}: {item}"
    if isinstance(item, Mapping):
        if "purpose" in item:  # {category, purpose, legal_basis}: the category names the source
            category = item.get("category")
            return {"category": f"{label}: {category}" if category else label, **{
                k: v for k, v in item.items() if k != "category"}}  # fmt: skip
        if "data" in item:
            return {**item, "data": f"{label}: {item['data']}"}
    return item


def lines(value: Any) -> list[str]:
    """Any YAML value as readable lines: strings as they are, mappings as 'a — b'."""
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        if all(isinstance(v, str) for v in value.values()):
            return (
                [" — ".join(str(v) for v in value.values())]
                if _is_record(value)
                else [f"{k}: {v}" for k, v in value.items()]
            )
        return [line for v in value.values() for line in lines(v)]
    if isinstance(value, list):
        return [line for item in value for line in lines(item)]
    return [str(value)]


def _is_record(value: dict[str, Any]) -> bool:
    return len(value) <= 4 and not any(" " in k for k in value)
