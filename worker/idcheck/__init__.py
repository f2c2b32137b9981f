"""The ID-copy check (issue 5): is the attachment a valid identity document of the requester?

`check_id` picks the likely identity documents among the attachments (sniffed type first: the
declared type and the file name are hints), has each read in a limited subprocess (sandbox.py,
read.py) and decides from what comes back: the machine-readable zone's check digits (mrz.py),
the expiry against the date the mail was received, the holder's name against the requester's
(names.py), the printed titles of identity documents (markers.py).

Reasons are English, for staff and templates, and carry no personal data: no name, no number,
no date. The national register number never leaves the subprocess.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import PurePosixPath
from typing import Any

from worker.domain import Attachment, IdCheck, IdStatus
from worker.idcheck.mrz import document_hash
from worker.idcheck.names import NameMatch, compare_all

__all__ = ["check_id", "document_hash", "decide", "candidates", "ACCEPTED_TYPES"]

log = logging.getLogger(__name__)

ACCEPTED_TYPES = frozenset(
    {"application/pdf", "image/jpeg", "image/png", "image/tiff", "image/heic", "image/heif"}
)
_DOCUMENT_EXTENSIONS = frozenset(
    {".pdf", ".jpg", ".jpeg", ".jpe", ".png", ".tif", ".tiff", ".heic", ".heif"}
)
_NAME_HINTS = (
    "id",
    "eid",
    "identit",
    "kaart",
    "carte",
    "card",
    "ausweis",
    "passport",
    "paspoort",
    "passeport",
    "reisepass",
    "scan",
    "document",
    "doc",
    "copie",
    "kopie",
    "copy",
)
MAX_READ = 3  # attachments read at most, best candidates first
MAX_BYTES = 20 * 1024 * 1024  # larger attachments are not read
MIN_BYTES = 200  # smaller ones cannot hold a picture of a document
DECORATION_BYTES = 30 * 1024  # a signature picture (image001.png, logo…) is smaller than this
_DECORATION_NAMES = ("image0", "logo", "banner", "outlook-", "signature", "icon")
TOTAL_SECONDS = 45.0  # all readings of one mail together

_CHECK_LABELS = {
    "document_number": "document number",
    "birth_date": "date of birth",
    "expiry": "date of expiry",
    "personal_number": "personal number",
    "composite": "composite",
}
_ERROR_REASONS = {
    "encrypted": "the PDF is password-protected and could not be opened",
    "corrupt": "the file is damaged and could not be read",
    "nesting": "the PDF is nested too deeply to be read safely",
    "limit": "the file exceeds the safety limits for identity copies (too much data)",
    "image_too_large": "the picture is too large to be read safely (over the pixel limit)",
    "image_too_small": "the picture is too small to read the document",
    "heic_unsupported": "HEIC pictures cannot be read here (pillow-heif is not installed)",
    "no_ocr": "the copy is a picture and text recognition (Tesseract) is not installed, "
    "so it could not be read",
    "timeout": "reading the file took longer than the safety limit",
    "memory": "reading the file needed more memory than the safety limit",
    "cpu": "reading the file needed more processing time than the safety limit",
    "crashed": "the file could not be read (the reader stopped)",
}


@dataclass(frozen=True)
class _Outcome:
    check: IdCheck
    rank: int  # lower is better


# ---------------------------------------------------------------------------------------------
# Entry point


def check_id(
    attachments: Sequence[Attachment],
    names: Sequence[str],
    received_on: date,
    required: bool,
    *,
    names_from_records: bool = False,
    reader=None,
) -> IdCheck:
    """The outcome of the ID-copy check for one mail (see the module doc).

    `names` are what the holder's name is compared with: the names the company's own records
    hold for the requester's address (`names_from_records`), or, where it holds none, the names
    the requester gave, which prove nothing about who they are (the reason says so).
    `reader(content, mime) -> dict` replaces the sandboxed reader in tests.
    """
    if not required:
        return IdCheck(IdStatus.NOT_REQUIRED, reasons=("not required for this request",))
    if not attachments:
        return IdCheck(IdStatus.MISSING, reasons=("no attachment",))
    picked, skipped = candidates(attachments)
    if not picked:
        return _no_candidate(attachments, skipped)
    started = time.monotonic()
    outcomes: list[_Outcome] = []
    for attachment in picked[:MAX_READ]:
        remaining = TOTAL_SECONDS - (time.monotonic() - started)
        if remaining < 3 and outcomes:
            break
        if reader is None:
            reading = _sandboxed(attachment, max(remaining, 3.0))
        else:
            reading = reader(attachment.content, attachment.sniffed_type)
        outcome = decide(reading, names, received_on, names_from_records=names_from_records)
        log.info(
            "id copy read: type=%s status=%s wall=%.2fs",
            attachment.sniffed_type,
            outcome.check.status.value,
            float((reading.get("usage") or {}).get("wall_s", 0.0)),
        )
        outcomes.append(outcome)
        if outcome.check.status is IdStatus.VERIFIED:
            break
    best = min(outcomes, key=lambda o: o.rank).check
    extra: list[str] = []
    if len(picked) > MAX_READ and best.status is not IdStatus.VERIFIED:
        extra.append(f"only the {MAX_READ} most likely of {len(picked)} attachments were read")
    if skipped.get("disguised") and best.status is not IdStatus.VERIFIED:
        extra.append(_disguised_reason(skipped["disguised"]))
    if extra:
        best = _with_reasons(best, *extra)
    return best


def _sandboxed(attachment: Attachment, seconds: float) -> dict[str, Any]:
    from worker.idcheck.sandbox import DEFAULT_LIMITS, read_in_sandbox

    wall = min(DEFAULT_LIMITS.wall_seconds, seconds)
    limits = replace(DEFAULT_LIMITS, wall_seconds=wall, cpu_seconds=max(2, int(wall)))
    return read_in_sandbox(attachment.content, attachment.sniffed_type, limits=limits)


# ---------------------------------------------------------------------------------------------
# Choosing what to read


def _extension(filename: str) -> str:
    return PurePosixPath(filename.lower().strip()).suffix


def candidates(attachments: Sequence[Attachment]) -> tuple[list[Attachment], dict[str, int]]:
    """The attachments worth reading, most likely first, and counts of those left aside."""
    skipped = {"disguised": 0, "other_type": 0, "too_large": 0, "too_small": 0, "decoration": 0}
    scored: list[tuple[float, int, Attachment]] = []
    for index, att in enumerate(attachments):
        sniffed = (att.sniffed_type or "").lower()
        if sniffed not in ACCEPTED_TYPES:
            declared = (att.declared_type or "").lower().split(";")[0].strip()
            if _extension(att.filename) in _DOCUMENT_EXTENSIONS or declared in ACCEPTED_TYPES:
                skipped["disguised"] += 1
            else:
                skipped["other_type"] += 1
            continue
        name = att.filename.lower()
        if sniffed.startswith("image/") and _decoration(att, name):
            skipped["decoration"] += 1  # a logo or an icon, not a photo of a document
            continue
        if att.size > MAX_BYTES:
            skipped["too_large"] += 1
            continue
        if att.size < MIN_BYTES:
            skipped["too_small"] += 1
            continue
        score = 0.0
        if any(hint in name for hint in _NAME_HINTS):
            score += 3
        if name.startswith(("image0", "logo", "banner", "outlook-", "signature")):
            score -= 3  # pictures of a mail signature
        if sniffed == "application/pdf":
            score += 1  # a text layer is read exactly and fast
        if att.size > 30_000:
            score += 1  # a readable scan or photo is rarely smaller
        scored.append((-score, index, att))
    scored.sort(key=lambda item: (item[0], item[1]))
    return [att for _, _, att in scored], skipped


def _decoration(att: Attachment, name: str) -> bool:
    """A picture too small to show anything, or a mail signature's logo or icon."""
    if any(hint in name for hint in _NAME_HINTS):
        return False
    return att.size < MIN_BYTES or (
        att.size < DECORATION_BYTES and name.startswith(_DECORATION_NAMES)
    )


def _disguised_reason(count: int) -> str:
    what = "an attachment" if count == 1 else f"{count} attachments"
    return (
        f"{what} named or declared as a PDF or picture is in fact another kind of file "
        "and was not opened"
    )


def _no_candidate(attachments: Sequence[Attachment], skipped: dict[str, int]) -> IdCheck:
    reasons = []
    if skipped["disguised"]:
        reasons.append(_disguised_reason(skipped["disguised"]))
    if skipped["other_type"]:
        reasons.append(
            "no attachment is a PDF, JPEG, PNG, TIFF or HEIC file, the formats accepted "
            "for a copy of an identity document"
        )
    if skipped["too_large"]:
        reasons.append(f"attachments over {MAX_BYTES // (1024 * 1024)} MB are not read")
    if skipped["too_small"]:
        reasons.append("an attachment is too small to be a copy of an identity document")
    if skipped["too_large"] and not (skipped["disguised"] or skipped["other_type"]):
        return IdCheck(IdStatus.UNREADABLE, reasons=tuple(reasons))
    if not any(skipped[k] for k in ("disguised", "other_type", "too_large", "too_small")):
        # nothing but the logos and icons of a mail signature
        return IdCheck(IdStatus.MISSING, reasons=("no copy of an identity document attached",))
    return IdCheck(IdStatus.INVALID, reasons=tuple(reasons) or ("no identity document found",))


# ---------------------------------------------------------------------------------------------
# Deciding from one reading


def _with_reasons(check: IdCheck, *more: str) -> IdCheck:
    return IdCheck(
        check.status,
        reasons=(*check.reasons, *more),
        document_kind=check.document_kind,
        expiry=check.expiry,
        holder_name=check.holder_name,
        document_hash=check.document_hash,
    )


def _labels(names: Sequence[str]) -> str:
    labels = [_CHECK_LABELS.get(n, n.replace("_", " ")) for n in names]
    return ", ".join(labels)


def decide(
    reading: dict[str, Any],
    names: Sequence[str],
    received_on: date,
    *,
    names_from_records: bool = False,
) -> _Outcome:
    """The outcome for one attachment from what the sandbox read (pure)."""
    error = reading.get("error") or ""
    if error:
        reason = _ERROR_REASONS.get(error, _ERROR_REASONS["crashed"])
        return _Outcome(IdCheck(IdStatus.UNREADABLE, reasons=(reason,)), 5)
    markers = reading.get("markers") or {}
    mrz = reading.get("mrz")
    if not mrz:
        kind = markers.get("kind", "")
        if markers.get("identity"):
            return _Outcome(
                IdCheck(
                    IdStatus.UNREADABLE,
                    reasons=(
                        "the printed titles of an identity document were found but not its "
                        "machine-readable zone (for an identity card: the back side)",
                    ),
                    document_kind=kind,
                ),
                4,
            )
        if reading.get("source") == "ocr" or reading.get("images"):
            return _Outcome(
                IdCheck(
                    IdStatus.UNREADABLE,
                    reasons=("no machine-readable zone could be read from the picture",),
                ),
                5,
            )
        if reading.get("text_layer"):
            return _Outcome(
                IdCheck(IdStatus.INVALID, reasons=("the PDF is not an identity document",)), 6
            )
        return _Outcome(
            IdCheck(
                IdStatus.UNREADABLE,
                reasons=("no text or picture could be read from the PDF (it may be damaged)",),
            ),
            5,
        )

    checks: dict[str, bool | None] = mrz.get("checks") or {}
    expiry = date.fromisoformat(mrz["expiry"]) if mrz.get("expiry") else None
    surname, given = mrz.get("surname", ""), mrz.get("given_names", "")
    common = {
        "document_kind": mrz.get("kind", ""),
        "expiry": expiry,
        "holder_name": f"{surname}, {given}".strip(", "),
        "document_hash": mrz.get("doc_hash", ""),
    }
    fmt = mrz.get("format", "")
    from_ocr = mrz.get("source") == "ocr"
    failed = [k for k, v in checks.items() if v is False]
    unchecked = [k for k, v in checks.items() if v is None]
    core = ("document_number", "birth_date", "expiry")

    if failed:
        if from_ocr:
            return _Outcome(
                IdCheck(
                    IdStatus.UNREADABLE,
                    reasons=(
                        f"the machine-readable zone ({fmt}) was read from the picture but its "
                        f"check digits do not agree ({_labels(failed)}): the copy may be unclear",
                    ),
                    **common,
                ),
                4,
            )
        return _Outcome(
            IdCheck(
                IdStatus.INVALID,
                reasons=(
                    f"wrong check digit in the machine-readable zone ({fmt}): {_labels(failed)}",
                ),
                **common,
            ),
            3,
        )
    if any(k in unchecked for k in core):
        return _Outcome(
            IdCheck(
                IdStatus.UNREADABLE,
                reasons=(
                    f"part of the machine-readable zone ({fmt}) could not be read: "
                    f"{_labels([k for k in core if k in unchecked])}",
                ),
                **common,
            ),
            4,
        )

    passed = [k for k, v in checks.items() if v is True]
    reasons = [f"machine-readable zone ({fmt}) check digits correct: {_labels(passed)}"]
    if unchecked:
        if "optional_data" in (mrz.get("redacted") or []):
            what = "the national register number" if fmt == "TD1" else "the personal number"
            reasons.append(
                f"{what} is blacked out or unreadable, so the {_labels(unchecked)} check "
                "digit could not be checked"
            )
        else:
            reasons.append(f"not checked: {_labels(unchecked)}")
    if not mrz.get("birth_valid", True):
        reasons.append("the date of birth is not a valid date")
    reasons.append("the photo is not compared automatically")
    if mrz.get("source") == "text":
        reasons.append(
            "the machine-readable zone is text in the PDF, not a picture of a card: such a file "
            "can be made on a computer (mrz_in_text_layer)"
        )

    status = IdStatus.VERIFIED
    rank = 0
    whose = (
        "the name in our records for this address"
        if names_from_records
        else ("the name the requester gave")
    )
    match = compare_all(surname, given, names)
    if match is NameMatch.MISMATCH:
        status, rank = IdStatus.NAME_MISMATCH, 2
        reasons.insert(0, f"the name on the document is not {whose}")
    elif match is NameMatch.PARTIAL:
        reasons.append(f"the name on the document matches {whose} only in part")
    elif match is NameMatch.UNKNOWN:
        reasons.append("the name could not be compared: there is no name to compare it with")
    else:
        reasons.append(f"the name on the document matches {whose}")
    if not names_from_records:
        reasons.append(
            "we hold no record for this address to compare the name with, so the copy shows "
            "only that a document exists (no_record_to_compare)"
        )

    if expiry is None:
        reasons.append("the document's expiry date could not be read")
        if status is IdStatus.VERIFIED:
            status, rank = IdStatus.UNREADABLE, 4
    elif expiry < received_on:
        reasons.insert(0, "the document had expired when the request was received")
        if status is IdStatus.VERIFIED:
            status, rank = IdStatus.EXPIRED, 1
    else:
        reasons.append("the document was valid when the request was received")
    return _Outcome(IdCheck(status, reasons=tuple(reasons), **common), rank)
