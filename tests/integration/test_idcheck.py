"""check_id end to end: synthetic ID copies and hostile files, read in the sandbox process.

Run with -s to see the per-status accuracy and the cost of one check
(`test_accuracy_and_cost_report`); the time a check may take is a goal of
bench/bench_idcheck.py, not of a test.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import time
from collections import Counter, defaultdict
from datetime import date

import pytest

from tests.fixtures import idcopies as f
from worker.domain import Attachment, IdCheck, IdStatus
from worker.idcheck import MAX_READ, check_id, sandbox
from worker.idcheck.sandbox import Limits, read_in_sandbox
from worker.mail.sniff import sniff

pytestmark = pytest.mark.integration  # every check runs the sandboxed reader (pypdf, Tesseract)

RECEIVED = date(2026, 11, 25)
CARD = dict(
    surname="Peeters",
    given_names="Jan Maria",
    doc_number="592123456789",
    birth=date(1985, 3, 1),
    expiry=date(2031, 6, 30),
)
CLAIMED = ["Jan Peeters"]
NRN = f.national_register_number(CARD["birth"])
PERSONAL = ("PEETERS", "Peeters", "592123456789", NRN, "850301", "1985", "EM1234567")

needs_ocr = pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract-ocr missing")


def att(content: bytes, filename: str = "id.pdf", declared: str = "application/pdf") -> Attachment:
    return Attachment(filename, declared, sniff(content), content)


def check(*attachments: Attachment, names=CLAIMED, required: bool = True) -> IdCheck:
    result = check_id(list(attachments), names, RECEIVED, required=required)
    _assert_no_personal_data(result)
    return result


def _assert_no_personal_data(result: IdCheck) -> None:
    text = " ".join(result.reasons)
    for secret in PERSONAL:
        assert secret not in text, (secret, text)
    assert NRN not in repr(result)


# ---------------------------------------------------------------------------------------------
# The labelled set: (label, expected status, attachment factory, claimed names)


def _card_pdf(**kw) -> bytes:
    return f.id_card_pdf(**{**CARD, **kw})


def _passport_pdf(**kw) -> bytes:
    c = {**CARD, "doc_number": "EM1234567", **kw}
    return f.passport_pdf(c["surname"], c["given_names"], c["doc_number"], c["birth"], c["expiry"])


def _redacted_pdf() -> bytes:
    return _card_pdf(mrz=f.redact_nrn(f.td1_mrz(**CARD)))


def _wrong_digit_pdf() -> bytes:
    return _card_pdf(mrz=f.break_check_digit(f.td1_mrz(**CARD), 0, 18))


def _front_only_pdf() -> bytes:
    return f.id_card_pdf(**CARD, mrz=())


OCR_ON = shutil.which("tesseract") is not None

LABELLED: list[tuple[str, IdStatus, object, list[str]]] = [
    ("card pdf", IdStatus.VERIFIED, lambda: att(_card_pdf()), CLAIMED),
    (
        "card pdf, names reordered",
        IdStatus.VERIFIED,
        lambda: att(_card_pdf()),
        ["PEETERS Jan", "J. M. Peeters"],
    ),
    (
        "card pdf, accents",
        IdStatus.VERIFIED,
        lambda: att(_card_pdf(surname="Dubois-Lefèvre", given_names="Françoise Hélène")),
        ["Francoise Dubois Lefevre"],
    ),
    ("passport pdf", IdStatus.VERIFIED, lambda: att(_passport_pdf()), CLAIMED),
    ("redacted register number", IdStatus.VERIFIED, lambda: att(_redacted_pdf()), CLAIMED),
    ("no claimed name", IdStatus.VERIFIED, lambda: att(_card_pdf()), []),
    ("expired card", IdStatus.EXPIRED, lambda: att(_card_pdf(expiry=date(2026, 11, 24))), CLAIMED),
    (
        "expired passport",
        IdStatus.EXPIRED,
        lambda: att(_passport_pdf(expiry=date(2019, 1, 31))),
        CLAIMED,
    ),
    ("wrong check digit", IdStatus.INVALID, lambda: att(_wrong_digit_pdf()), CLAIMED),
    (
        "another person",
        IdStatus.NAME_MISMATCH,
        lambda: att(_card_pdf(surname="Dubois", given_names="Sophie")),
        CLAIMED,
    ),
    (
        "a relative's card",
        IdStatus.NAME_MISMATCH,
        lambda: att(_card_pdf(given_names="Els")),
        CLAIMED,
    ),
    (
        "an invoice",
        IdStatus.INVALID,
        lambda: att(f.text_pdf("INVOICE 2026-0042\nAmount due EUR 120.00\nThank you")),
        CLAIMED,
    ),
    ("docx named id.pdf", IdStatus.INVALID, lambda: att(f.docx_named_pdf()), CLAIMED),
    ("exe named id.pdf", IdStatus.INVALID, lambda: att(f.exe_named_pdf()), CLAIMED),
    ("zip bomb named id.pdf", IdStatus.INVALID, lambda: att(f.zip_bomb(64)), CLAIMED),
    ("front side only", IdStatus.UNREADABLE, lambda: att(_front_only_pdf()), CLAIMED),
    ("encrypted", IdStatus.UNREADABLE, lambda: att(f.encrypted_pdf()), CLAIMED),
    ("truncated", IdStatus.UNREADABLE, lambda: att(f.corrupt_variant(_card_pdf())), CLAIMED),
    (
        "garbage inside",
        IdStatus.UNREADABLE,
        lambda: att(f.corrupt_variant(_card_pdf(), "garbage")),
        CLAIMED,
    ),
    (
        "no xref",
        IdStatus.UNREADABLE,
        lambda: att(f.corrupt_variant(_card_pdf(), "no_xref")),
        CLAIMED,
    ),
    (
        "header only (9 bytes)",
        IdStatus.INVALID,
        lambda: att(f.corrupt_variant(b"", "header_only")),
        CLAIMED,
    ),
    ("flate bomb", IdStatus.UNREADABLE, lambda: att(f.flate_bomb_pdf()), CLAIMED),
    ("circular pages", IdStatus.UNREADABLE, lambda: att(f.circular_pages_pdf()), CLAIMED),
    ("circular xref", IdStatus.UNREADABLE, lambda: att(f.circular_xref_pdf()), CLAIMED),
    ("deep nesting", IdStatus.UNREADABLE, lambda: att(f.deep_nesting_pdf()), CLAIMED),
    ("5000 pages", IdStatus.UNREADABLE, lambda: att(f.many_pages_pdf()), CLAIMED),
    (
        "120-megapixel png",
        IdStatus.UNREADABLE,
        lambda: att(f.huge_png(), "id.png", "image/png"),
        CLAIMED,
    ),
]
if OCR_ON:
    LABELLED += [
        (
            "card png",
            IdStatus.VERIFIED,
            lambda: att(f.id_card_png(**CARD), "eid.png", "image/png"),
            CLAIMED,
        ),
        (
            "card jpeg q40",
            IdStatus.VERIFIED,
            lambda: att(f.id_card_jpeg(**CARD, quality=40), "IMG_2231.jpg", "image/jpeg"),
            CLAIMED,
        ),
        (
            "card tiff",
            IdStatus.VERIFIED,
            lambda: att(f.id_card_tiff(**CARD), "scan.tif", "image/tiff"),
            CLAIMED,
        ),
        (
            "image-only pdf",
            IdStatus.VERIFIED,
            lambda: att(f.image_only_pdf(f.id_card_png(**CARD)), "scan.pdf"),
            CLAIMED,
        ),
        (
            "photo turned 90",
            IdStatus.VERIFIED,
            lambda: att(f.id_card_png(**CARD, rotate=90), "photo.png", "image/png"),
            CLAIMED,
        ),
        (
            "photo upside down",
            IdStatus.VERIFIED,
            lambda: att(f.id_card_png(**CARD, rotate=180), "photo.png", "image/png"),
            CLAIMED,
        ),
        (
            "photo tilted 3 degrees",
            IdStatus.VERIFIED,
            lambda: att(f.id_card_png(**CARD, rotate=3), "photo.png", "image/png"),
            CLAIMED,
        ),
        (
            "small photo",
            IdStatus.VERIFIED,
            lambda: att(f.id_card_png(**CARD, scale=0.5), "photo.png", "image/png"),
            CLAIMED,
        ),
        (
            "photo, register number and photo blacked out",
            IdStatus.VERIFIED,
            lambda: att(f.id_card_png(**CARD, redact=True), "id.png", "image/png"),
            CLAIMED,
        ),
        (
            "passport photo",
            IdStatus.VERIFIED,
            lambda: att(
                f.passport_png(
                    CARD["surname"], CARD["given_names"], "EM1234567", CARD["birth"], CARD["expiry"]
                ),
                "pp.png",
                "image/png",
            ),
            CLAIMED,
        ),
        (
            "expired card photo",
            IdStatus.EXPIRED,
            lambda: att(
                f.id_card_png(**{**CARD, "expiry": date(2025, 2, 1)}), "id.png", "image/png"
            ),
            CLAIMED,
        ),
        (
            "another person's photo",
            IdStatus.NAME_MISMATCH,
            lambda: att(
                f.id_card_png(**{**CARD, "surname": "Dubois", "given_names": "Sophie"}),
                "id.png",
                "image/png",
            ),
            CLAIMED,
        ),
        (
            "holiday photo",
            IdStatus.UNREADABLE,
            lambda: att(f.blank_png(), "beach.png", "image/png"),
            CLAIMED,
        ),
    ]
    try:
        import pillow_heif  # noqa: F401

        LABELLED.append(
            (
                "card heic",
                IdStatus.VERIFIED,
                lambda: att(f.id_card_heic(**CARD), "IMG_0001.HEIC", "image/heic"),
                CLAIMED,
            )
        )
    except ImportError:  # pragma: no cover
        pass


@pytest.mark.parametrize(
    ("label", "expected", "make", "names"), LABELLED, ids=[row[0] for row in LABELLED]
)
def test_labelled_copy(label: str, expected: IdStatus, make, names: list[str]) -> None:
    result = check(make(), names=names)
    assert result.status is expected, (label, result)
    assert result.reasons


# ---------------------------------------------------------------------------------------------
# Details of the outcome


def test_not_required_reads_nothing() -> None:
    def reader(*_a, **_k):  # pragma: no cover - must not be called
        raise AssertionError("read although not required")

    result = check_id([att(_card_pdf())], CLAIMED, RECEIVED, required=False, reader=reader)
    assert result == IdCheck(IdStatus.NOT_REQUIRED, reasons=("not required for this request",))


def test_no_attachment_is_missing() -> None:
    assert check() == IdCheck(IdStatus.MISSING, reasons=("no attachment",))


def test_only_other_formats() -> None:
    result = check(att(b"Dear sir, ..." * 50, "letter.txt", "text/plain"))
    assert result.status is IdStatus.INVALID
    assert "PDF, JPEG, PNG, TIFF or HEIC" in result.reasons[0]


def test_disguised_file_is_named_in_the_reason() -> None:
    result = check(att(f.exe_named_pdf()))
    assert result.status is IdStatus.INVALID
    assert "in fact another kind of file" in result.reasons[0]


def test_verified_fields() -> None:
    result = check(att(_card_pdf()))
    assert result.status is IdStatus.VERIFIED
    assert result.document_kind == "id_card"
    assert result.expiry == date(2031, 6, 30)
    assert result.holder_name == "PEETERS, JAN MARIA"
    assert result.document_hash == f_hash("BEL", "592123456789")
    passport = check(att(_passport_pdf()))
    assert passport.document_kind == "passport" and passport.status is IdStatus.VERIFIED


def f_hash(issuer: str, number: str) -> str:
    import hashlib

    return hashlib.sha256(f"{issuer}:{number}".encode()).hexdigest()


def test_redacted_copy_says_what_was_not_checked() -> None:
    result = check(att(_redacted_pdf()))
    assert result.status is IdStatus.VERIFIED
    assert any("national register number is blacked out" in r for r in result.reasons)
    assert any("composite" in r for r in result.reasons)


def test_name_not_compared_without_a_claimed_name() -> None:
    result = check(att(_card_pdf()), names=[])
    assert result.status is IdStatus.VERIFIED
    assert any("could not be compared" in r for r in result.reasons)


def test_expiry_is_checked_against_the_day_received() -> None:
    on_the_day = check(att(_card_pdf(expiry=RECEIVED)))
    assert on_the_day.status is IdStatus.VERIFIED
    assert check(att(_card_pdf(expiry=date(2026, 11, 24)))).status is IdStatus.EXPIRED


def test_the_register_number_never_leaves_the_sandbox() -> None:
    for content in (_card_pdf(), _redacted_pdf()):
        raw = read_in_sandbox(content, "application/pdf")
        assert NRN not in json.dumps(raw)
        assert "592123456789" not in json.dumps(raw)  # only its hash


def test_best_candidate_wins_over_logos_and_junk() -> None:
    logo = att(f.blank_png(200, 80), "image001.png", "image/png")
    invoice = att(f.text_pdf("INVOICE 42\nTotal EUR 10"), "invoice.pdf")
    card = att(_card_pdf(), "identiteitskaart.pdf")
    result = check(logo, invoice, card)
    assert result.status is IdStatus.VERIFIED


def test_hundreds_of_attachments_read_only_a_few() -> None:
    calls = []

    def reader(content: bytes, mime: str) -> dict:
        calls.append(mime)
        return read_in_sandbox(content, mime)

    junk = f.text_pdf("nothing to see")
    attachments = [att(junk, f"page{i}.pdf") for i in range(300)]
    attachments.append(att(_card_pdf(), "my_id_card.pdf"))
    result = check_id(attachments, CLAIMED, RECEIVED, required=True, reader=reader)
    assert result.status is IdStatus.VERIFIED  # the likely one is read first
    assert len(calls) == 1  # what a check costs is its sandboxed reads: one here, of 301

    calls.clear()
    result = check_id(attachments[:300], CLAIMED, RECEIVED, required=True, reader=reader)
    assert len(calls) == MAX_READ  # at most MAX_READ, however many attachments
    assert result.status is IdStatus.INVALID
    assert any("most likely" in r for r in result.reasons)


def test_without_tesseract_a_picture_is_unreadable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", "/nonexistent")
    result = check(att(f.blank_png(), "id.png", "image/png"))
    assert result.status is IdStatus.UNREADABLE
    assert "Tesseract" in result.reasons[0] and "not installed" in result.reasons[0]


# ---------------------------------------------------------------------------------------------
# The sandbox's own limits


def test_wall_clock_limit_kills_the_reader(monkeypatch: pytest.MonkeyPatch) -> None:
    started: list[subprocess.Popen] = []

    class Recorded(subprocess.Popen):
        def __init__(self, *args, **kwargs) -> None:  # noqa: ANN002, ANN003
            super().__init__(*args, **kwargs)
            started.append(self)

    monkeypatch.setattr(sandbox.subprocess, "Popen", Recorded)
    raw = read_in_sandbox(_card_pdf(), "application/pdf", limits=Limits(wall_seconds=0.01))
    assert raw["error"] == "timeout"
    # the reader did not finish its reading: it was killed at the limit, its group with it
    [child] = started
    assert child.returncode == -signal.SIGKILL
    with pytest.raises(ProcessLookupError):
        os.killpg(child.pid, 0)  # no process of its group is left (Tesseract included)


def test_memory_limit_ends_as_unreadable_not_as_a_crash() -> None:
    raw = read_in_sandbox(
        f.id_card_png(**CARD), "image/png", limits=Limits(memory_bytes=40 * 1024 * 1024)
    )
    assert raw["error"] in ("memory", "crashed")
    outcome = check_id(
        [att(_card_pdf())],
        CLAIMED,
        RECEIVED,
        required=True,
        reader=lambda c, m: read_in_sandbox(c, m, limits=Limits(memory_bytes=40 * 1024 * 1024)),
    )
    assert outcome.status is IdStatus.UNREADABLE


def test_a_reader_that_dies_is_unreadable() -> None:
    result = check_id(
        [att(_card_pdf())],
        CLAIMED,
        RECEIVED,
        required=True,
        reader=lambda c, m: {"error": "crashed", "usage": {}},
    )
    assert result.status is IdStatus.UNREADABLE


# ---------------------------------------------------------------------------------------------
# Figures


def test_accuracy_and_cost_report() -> None:
    """Per-status accuracy over the labelled set, and the worst time and memory of one check."""
    usages: list[dict] = []

    def reader(content: bytes, mime: str) -> dict:
        raw = read_in_sandbox(content, mime)
        usages.append(raw.get("usage") or {})
        return raw

    totals: Counter[str] = Counter()
    right: Counter[str] = Counter()
    wrong: dict[str, list[str]] = defaultdict(list)
    worst_check = 0.0
    for label, expected, make, names in LABELLED:
        attachment = make()
        started = time.monotonic()
        result = check_id([attachment], names, RECEIVED, required=True, reader=reader)
        worst_check = max(worst_check, time.monotonic() - started)
        totals[expected.value] += 1
        if result.status is expected:
            right[expected.value] += 1
        else:
            wrong[expected.value].append(f"{label} -> {result.status.value}")
    lines = ["", "ID-copy check on the synthetic set:"]
    for status in sorted(totals):
        lines.append(f"  {status:14} {right[status]:3}/{totals[status]:<3} {wrong.get(status, '')}")
    walls = [u.get("wall_s", 0.0) for u in usages]  # figures only: bench/bench_idcheck.py times
    rss = [max(u.get("maxrss_kb", 0), u.get("ocr_maxrss_kb", 0)) for u in usages]
    lines.append(
        f"  sandbox runs {len(usages)}: worst wall {max(walls):.2f}s, "
        f"median {sorted(walls)[len(walls) // 2]:.2f}s, worst check {worst_check:.2f}s, "
        f"peak RSS {max(rss) / 1024:.0f} MiB"
    )
    print("\n".join(lines))
    assert not wrong, dict(wrong)
    assert max(rss) < 1024 * 1024
