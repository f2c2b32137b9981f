"""The words of the data map for the people who read what it finds: labels in the reply
languages (of holds, sources, tables and fields), and what a source states about itself in the
access report (its purposes, recipients, transfers, retention and origin)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, field_validator

LANGUAGES = ("nl", "fr", "en", "de")  # the reply languages: labels are given in these
Language = Literal["nl", "fr", "en", "de"]
Labels = dict[str, str]  # language -> text


def check_labels(value: Any) -> Any:
    """A label: one text for every language, or a mapping of nl/fr/en/de to texts."""
    if value is None:
        return {}
    if isinstance(value, str):
        return dict.fromkeys(LANGUAGES, value)
    if isinstance(value, dict):
        unknown = [k for k in value if k not in LANGUAGES]
        if unknown:
            raise ValueError(f"label: unknown language {unknown[0]!r} (use {', '.join(LANGUAGES)})")
        if not all(isinstance(v, str) and v.strip() for v in value.values()):
            raise ValueError("label: every text must be a non-empty string")
        return dict(value)
    raise ValueError("label: a text, or a mapping of nl/fr/en/de to texts")


def label_in(labels: Mapping[str, str], lang: str, default: str = "") -> str:
    """The label in `lang`, else in English, else in any language given, else `default`."""
    return labels.get(lang) or labels.get("en") or next(iter(labels.values()), "") or default


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


class StatedPurpose(_Strict):
    """One purpose of the processing in a source, with its legal basis (art. 15(1)(a))."""

    purpose: str
    legal_basis: str
    category: str | None = None  # free text: which data


class StatedRetention(_Strict):
    data: str
    period: str


class SourceStatutory(_Strict):
    """What the access report tells about a source, in one language (art. 15(1)(a)-(d), (g),
    15(2)); a section left out is the company-wide text's (config/statutory.yaml)."""

    purposes: tuple[StatedPurpose, ...] = ()
    recipients: tuple[str, ...] = ()
    transfers: str | None = None
    retention: tuple[StatedRetention, ...] = ()
    origin: tuple[str, ...] = ()  # where the data comes from (art. 15(1)(g))

    @field_validator("purposes", "retention", "recipients", "origin", mode="before")
    @classmethod
    def _list(cls, v: Any) -> Any:
        return [v] if isinstance(v, dict | str) else v

    def sections(self) -> dict[str, Any]:
        """As the sections of config/statutory.yaml (`origin` is its `source`)."""
        out: dict[str, Any] = {}
        if self.purposes:
            out["purposes"] = [p.model_dump(exclude_none=True) for p in self.purposes]
        if self.recipients:
            out["recipients"] = list(self.recipients)
        if self.transfers:
            out["transfers"] = self.transfers
        if self.retention:
            out["retention"] = [r.model_dump() for r in self.retention]
        if self.origin:
            out["source"] = list(self.origin)
        return out
