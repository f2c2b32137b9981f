"""The company's policy (config/policy.yaml) as typed, validated values."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, Field, field_validator

from worker.domain import Language, Proof, RequestType


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Company(_Strict):
    name: str
    address: str
    # Where a person writes about anything but their personal data (orders, deliveries,
    # invoices): named in the short note to mail that is no data-protection request.
    general_contact: str = ""


_CHANNELS = ("marketing_email", "marketing_sms", "marketing_post", "marketing_phone")


class MarketingPolicy(_Strict):
    """What stopping marketing does (worker/marketing.py, worker/cases/opt_out.py)."""

    # The channels an opt-out stops when it names none; channels it names, or "all advertising",
    # are stopped too. An opt-out and an objection to direct marketing never need an ID copy or
    # any other proof (art. 12(2) and 12(6), art. 21(3); EDPB Guidelines 01/2022).
    opt_out_channels: tuple[str, ...] = ("marketing_email", "marketing_sms")

    @field_validator("opt_out_channels")
    @classmethod
    def _known(cls, channels: tuple[str, ...]) -> tuple[str, ...]:
        unknown = set(channels) - set(_CHANNELS)
        if unknown:
            raise ValueError(f"unknown marketing channel(s): {', '.join(sorted(unknown))}")
        return channels


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
    # All automatic replies on cases whose sender was not authenticated, per hour: past it,
    # replies are held (flag reply_limit) for staff (rotating senders cannot use us as a relay).
    max_unauthenticated_per_hour: int = Field(default=200, ge=0)
    # A short note without any deadline to a person whose mail is plainly no data-protection
    # request (no link, nothing a phisher asks), pointing to company.general_contact; spam,
    # phishing, machine mail and the company's own domain get nothing (worker/plan.py).
    note_to_unclassified: bool = True


class IdCopies(_Strict):
    keep_verified_hours: float = Field(ge=0)


class Retention(_Strict):
    # Days the mailbox keeps a mail after it arrived, in the processed and in the quarantine
    # folder (ID copies included); the clock's housekeeping deletes it then. 0: kept for ever.
    processed_mail_days: int = Field(default=30, ge=0)
    quarantine_mail_days: int = Field(default=90, ge=0)


class ErasurePolicy(_Strict):
    confirm_days: int = Field(ge=1)


class QuarantinePolicy(_Strict):
    max_attempts: int = Field(ge=1)
    # Runs of the worker that died while taking in one mail before that mail is quarantined
    # (crashed_intake) instead of being taken in again.
    after_interrupted_starts: int = Field(default=1, ge=1, le=10)


class ConfirmationPolicy(_Strict):
    max_wrong_tries: int = Field(ge=1, le=10)


class SenderAuthentication(_Strict):
    max_received_above: int = Field(ge=0, le=5)


# Rights that change or destroy data, or disclose it: never on an unauthenticated mail alone.
_GUARDED = frozenset(RequestType) - {RequestType.MARKETING_OPT_OUT, RequestType.COMPLAINT}


class ProofPolicy(_Strict):
    """Per request type, the combinations of proofs of which any one suffices (worker.proof)."""

    rights: dict[RequestType, tuple[frozenset[Proof], ...]]

    @field_validator("rights")
    @classmethod
    def _safe(
        cls, rights: dict[RequestType, tuple[frozenset[Proof], ...]]
    ) -> dict[RequestType, tuple[frozenset[Proof], ...]]:
        missing = set(RequestType) - set(rights)
        if missing:
            raise ValueError(f"no proof rule for {', '.join(sorted(missing))}")
        for right in _GUARDED:
            alternatives = rights[right]
            if not alternatives or any(not alt for alt in alternatives):
                raise ValueError(f"{right}: a right that discloses or changes data needs proof")
            if all(Proof.SENDER_AUTHENTICATED in alt for alt in alternatives):
                raise ValueError(f"{right}: give a way for an unauthenticated sender (staff)")
        return rights

    def alternatives(self, right: RequestType) -> tuple[frozenset[Proof], ...]:
        return self.rights[right]


class AccessPolicy(_Strict):
    """The access and portability package (worker/cases/package.py)."""

    # Hold the package for a person to read (and redact) before it goes out when it holds a
    # field the data map marks `review: true` (free text, notes, third parties; art. 15(4)).
    review_free_text: bool = True


class IntakePolicy(_Strict):
    max_message_bytes: int = Field(ge=1024)
    max_attachments: int = Field(ge=1)
    # The budget of the untrusted stages (parse, screen, classify) for one mail: wall seconds
    # (plus some per MB of mail) and the reading process's address space; over it the mail is
    # quarantined budget_exceeded.
    budget_seconds: float = Field(default=5.0, gt=0, le=600)
    budget_seconds_per_mb: float = Field(default=0.1, ge=0, le=60)
    budget_memory_mb: int = Field(default=512, ge=128)


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
    proof: ProofPolicy
    confirmation: ConfirmationPolicy
    sender_authentication: SenderAuthentication
    retention: Retention = Retention()
    access: AccessPolicy = AccessPolicy()
    marketing: MarketingPolicy = MarketingPolicy()

    @field_validator("id_required_for")
    @classmethod
    def _proportionate(cls, types: frozenset[RequestType]) -> frozenset[RequestType]:
        if RequestType.MARKETING_OPT_OUT in types:
            raise ValueError(
                "marketing_opt_out: stopping marketing never needs an ID copy (art. 12(2), 12(6))"
            )
        return types

    def needs_id(self, types: tuple[RequestType, ...], direct_marketing: bool = False) -> bool:
        """Whether these request types need an ID copy; `direct_marketing`: the objection among
        them speaks only of direct marketing, which never needs one (art. 21(3))."""
        skip = {RequestType.OBJECTION} if direct_marketing else set()
        return any(t in self.id_required_for and t not in skip for t in types)


def load_policy(path: str = "") -> Policy:
    """The policy from `path`, or the shipped config/policy.yaml when empty."""
    text = (
        Path(path).read_text("utf-8")
        if path
        else files("config").joinpath("policy.yaml").read_text("utf-8")
    )
    return Policy.model_validate(yaml.safe_load(text))
