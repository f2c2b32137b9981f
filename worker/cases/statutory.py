"""The statutory information of art. 15 GDPR, per language, from config/statutory.yaml."""

from __future__ import annotations

from functools import cache
from importlib.resources import files
from typing import Any

import yaml


@cache
def statutory(lang: str) -> dict[str, Any]:
    texts = yaml.safe_load(files("config").joinpath("statutory.yaml").read_text("utf-8"))
    by_lang = texts.get("languages", texts)
    return by_lang.get(lang) or by_lang["en"]


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
