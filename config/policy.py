"""The company's policy (config/policy.yaml) as typed, validated values."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, Field

from worker.domain import Language, RequestType


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Company(_Strict):
    name: str
    address: str


class Deadline(_Strict):
    months: int = Field(ge=1)
    extension_months: int = Field(ge=0)
    timezone: str


class ClassificationPolicy(_Strict):
    min_confidence: float = Field(ge=0, le=1)


class Replies(_Strict):
    fallback_language: Language
    languages: tuple[Language, ...]
    max_per_sender_per_day: int = Field(ge=0)


class IdCopies(_Strict):
    keep_verified_hours: float = Field(ge=0)


class ErasurePolicy(_Strict):
    confirm_days: int = Field(ge=1)


class QuarantinePolicy(_Strict):
    max_attempts: int = Field(ge=1)


class IntakePolicy(_Strict):
    max_message_bytes: int = Field(ge=1024)
    max_attachments: int = Field(ge=1)


class Policy(_Strict):
    company: Company
    id_required_for: frozenset[RequestType]
    deadline: Deadline
    classification: ClassificationPolicy
    replies: Replies
    id_copies: IdCopies
    erasure: ErasurePolicy
    quarantine: QuarantinePolicy
    intake: IntakePolicy

    def needs_id(self, types: tuple[RequestType, ...]) -> bool:
        return any(t in self.id_required_for for t in types)


def load_policy(path: str = "") -> Policy:
    """The policy from `path`, or the shipped config/policy.yaml when empty."""
    text = (
        Path(path).read_text("utf-8")
        if path
        else files("config").joinpath("policy.yaml").read_text("utf-8")
    )
    return Policy.model_validate(yaml.safe_load(text))
