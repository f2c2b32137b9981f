"""The machine-readable zone of identity documents (ICAO Doc 9303, parts 3, 4 and 5).

Pure functions: finding a TD1 (ID card: 3 lines of 30) or TD3 (passport: 2 lines of 44) zone in
text that came from a PDF's text layer or from OCR, and checking its check digits.

What leaves this module is the outcome of the checks, the expiry, the holder's name, the document
kind and the document number (which the caller hashes). The optional data fields, where the
Belgian card keeps the national register number, are looked at only to tell whether they were
blacked out; they are never returned.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

_WEIGHTS = (7, 3, 1)
_MRZ_CHARS = re.compile(r"^[A-Z0-9<]+$")

# OCR confusions: in a field that can only hold digits, these letters are read as the digit.
_TO_DIGIT = str.maketrans(
    {
        "O": "0",
        "Q": "0",
        "D": "0",
        "U": "0",
        "I": "1",
        "L": "1",
        "Z": "2",
        "S": "5",
        "G": "6",
        "B": "8",
        "T": "7",
    }
)
# ... and in a field that can only hold letters, the digits as letters.
_TO_LETTER = str.maketrans({"0": "O", "1": "I", "2": "Z", "5": "S", "6": "G", "8": "B"})


def char_value(ch: str) -> int:
    if ch.isdigit():
        return ord(ch) - 48
    if "A" <= ch <= "Z":
        return ord(ch) - 55
    if ch == "<":
        return 0
    raise ValueError("not an MRZ character")


def check_digit(field_: str) -> str:
    """ICAO 9303 check digit of a field: weights 7, 3, 1 repeating, modulo 10."""
    return str(sum(char_value(c) * _WEIGHTS[i % 3] for i, c in enumerate(field_)) % 10)


def _digit_ok(field_: str, digit: str) -> bool | None:
    """True/False when both can be checked; None when they hold characters MRZ never has."""
    try:
        expected = check_digit(field_)
    except ValueError:
        return None
    if digit == "<" and not field_.strip("<"):
        return True  # an empty optional field may have a filler as check digit
    if not digit.isdigit():
        return None
    return expected == digit


@dataclass(frozen=True)
class Mrz:
    """A zone that was found, with the outcome of each check digit.

    checks maps "document_number", "birth_date", "expiry", "composite" to True (correct),
    False (wrong) or None (could not be checked: blacked out or unreadable).
    """

    format: str  # "TD1" or "TD3"
    document_code: str  # "ID", "I<", "IR", "P<", "PN"...
    issuer: str
    nationality: str
    document_number: str  # the full number, for hashing only
    surname: str
    given_names: str
    expiry: date | None
    birth_valid: bool  # the birth date field is a real date (the date itself is not kept)
    checks: dict[str, bool | None] = field(default_factory=dict)
    redacted: tuple[str, ...] = ()  # fields that were blacked out: "optional_data"

    @property
    def document_kind(self) -> str:
        return "passport" if self.document_code.startswith("P") else "id_card"

    @property
    def holder_name(self) -> str:
        return f"{self.surname}, {self.given_names}".strip(", ")

    @property
    def failed(self) -> tuple[str, ...]:
        return tuple(k for k, v in self.checks.items() if v is False)

    @property
    def unchecked(self) -> tuple[str, ...]:
        return tuple(k for k, v in self.checks.items() if v is None)


# ---------------------------------------------------------------------------------------------
# Dates


def parse_date(yymmdd: str, *, birth: bool, today: date | None = None) -> date | None:
    """A YYMMDD field as a date; the century is guessed as readers do; None when not a date."""
    if not re.fullmatch(r"\d{6}", yymmdd):
        return None
    today = today or date.today()
    yy, mm, dd = int(yymmdd[:2]), int(yymmdd[2:4]), int(yymmdd[4:])
    if birth:
        year = 2000 + yy if 2000 + yy <= today.year else 1900 + yy
    else:
        # documents are valid for at most about 10 years (some 20): far future means last century
        year = 2000 + yy if 2000 + yy <= today.year + 30 else 1900 + yy
    try:
        return date(year, mm, dd)
    except ValueError:
        return None


# ---------------------------------------------------------------------------------------------
# Finding the zone in text


def _clean_line(line: str) -> str:
    """A text line as MRZ characters: OCR spacing removed, look-alikes of '<' mapped."""
    line = line.strip().upper()
    line = re.sub(r"[\s]+", "", line)
    line = line.replace("«", "<<").replace("‹", "<").replace("＜", "<")
    return line


def _candidate_lines(text: str) -> list[str]:
    """Lines that may belong to a zone: MRZ characters, or nearly (a blacked-out part)."""
    out: list[str] = []
    for raw in text.splitlines():
        line = _clean_line(raw)
        if len(line) < 14:
            continue
        if not _MRZ_CHARS.match(line):
            odd = sum(1 for c in line if not ("A" <= c <= "Z" or c.isdigit() or c == "<"))
            if odd > 12 or not _MRZ_CHARS.match(line[:14]):
                continue
        # a text layer may run the lines of the zone together
        if len(line) == 90:
            out += [line[:30], line[30:60], line[60:]]
        elif len(line) == 88:
            out += [line[:44], line[44:]]
        else:
            out.append(line)
    return out


def _fit(line: str, width: int) -> str:
    """A line OCR made a little short or long: fillers at the end are the usual culprits."""
    return line[:width] if len(line) > width else line.ljust(width, "<")


def find_mrz(text: str, *, today: date | None = None) -> Mrz | None:
    """The best zone in `text`: one whose check digits pass over one that merely parses."""
    lines = _candidate_lines(text)
    found: list[Mrz] = []
    for i, line in enumerate(lines):
        strict = bool(_MRZ_CHARS.match(line))
        if strict and 28 <= len(line) <= 32 and line[0] in "IAC" and i + 2 < len(lines):
            l2, l3 = lines[i + 1], lines[i + 2]
            if 14 <= len(l2) <= 32 and 20 <= len(l3) <= 32 and _MRZ_CHARS.match(l3):
                mrz = parse_td1(_fit(line, 30), l2, _fit(l3, 30), today=today)
                if mrz is not None:
                    found.append(mrz)
        if strict and 41 <= len(line) <= 46 and line[0] == "P" and i + 1 < len(lines):
            l2 = lines[i + 1]
            if 41 <= len(l2) <= 46:
                mrz = parse_td3(_fit(line, 44), _fit(l2, 44), today=today)
                if mrz is not None:
                    found.append(mrz)
    if not found:
        return None
    return min(found, key=lambda m: (len(m.failed), len(m.unchecked)))


# ---------------------------------------------------------------------------------------------
# Parsing


def _name(field_: str) -> tuple[str, str]:
    field_ = field_.translate(_TO_LETTER).rstrip("<")
    surname, _, given = field_.partition("<<")
    clean = lambda s: re.sub(r"<+", " ", s).strip()  # noqa: E731
    return clean(surname), clean(given)


def _digits(s: str) -> str:
    return s.translate(_TO_DIGIT)


def _letters(s: str) -> str:
    return s.translate(_TO_LETTER)


def _document_number(field_: str, digit: str, optional: str) -> tuple[str, str, str]:
    """Number, its check digit, and the optional data that remains (ICAO long numbers)."""
    if digit == "<" and optional[:1] not in ("", "<"):
        # number longer than 9: the rest and its check digit start the optional data
        rest = optional.split("<", 1)[0]
        if len(rest) >= 2:
            return field_ + rest[:-1], _digits(rest[-1]), optional[len(rest) :]
    return field_.rstrip("<"), _digits(digit), optional


def _looks_redacted(optional: str) -> bool:
    """Optional data that is not MRZ text: blacked out (or unreadable) on the copy."""
    if not optional:
        return True
    return not _MRZ_CHARS.match(optional) or bool(re.search(r"X{4,}|[^A-Z0-9<]", optional))


def _nrn_plausible(optional: str) -> bool:
    """An 11-digit Belgian national register number with its mod-97 check (not kept)."""
    if not re.fullmatch(r"\d{11}", optional):
        return False
    base, check = int(optional[:9]), int(optional[9:])
    return 97 - base % 97 == check or 97 - int("2" + optional[:9]) % 97 == check


def parse_td1(l1: str, l2: str, l3: str, *, today: date | None = None) -> Mrz | None:
    """An ID card's zone; l2 may be cut short or partly blacked out after position 18."""
    if len(l1) != 30 or len(l3) != 30:
        return None
    code = l1[0:2]
    issuer = _letters(l1[2:5])
    doc_field, doc_digit, optional1 = l1[5:14], l1[14], l1[15:30]
    number, number_digit, _ = _document_number(doc_field, doc_digit, optional1)

    head = l2[:18]
    if len(head) < 18:
        return None
    birth, birth_digit = _digits(head[0:6]), _digits(head[6])
    sex = head[7]
    expiry_s, expiry_digit = _digits(head[8:14]), _digits(head[14])
    nationality = _letters(head[15:18])
    if sex not in "MFX<" and sex.translate(_TO_LETTER) not in "MFX<":
        return None
    birth_date = parse_date(birth, birth=True, today=today)
    expiry = parse_date(expiry_s, birth=False, today=today)
    if birth_date is None and expiry is None:
        return None  # not an MRZ after all

    checks: dict[str, bool | None] = {
        "document_number": _digit_ok(number, number_digit) if number else False,
        "birth_date": _digit_ok(birth, birth_digit) if birth_date else False,
        "expiry": _digit_ok(expiry_s, expiry_digit) if expiry else False,
    }
    redacted: tuple[str, ...] = ()
    tail = l2[18:]
    optional2 = tail[:11]
    composite_digit = tail[11:12] if len(tail) == 12 else ""
    if len(l2) == 30 and not _looks_redacted(optional2) and composite_digit.isdigit():
        src = l1[5:30] + _digits(head[0:7]) + _digits(head[8:15]) + optional2
        ok = _digit_ok(src, composite_digit)
        if ok is False and issuer == "BEL" and not _nrn_plausible(optional2):
            # a Belgian card's optional data holds the register number: if that is not one,
            # it was most likely blacked out (with something OCR reads as characters)
            ok, redacted = None, ("optional_data",)
        checks["composite"] = ok
    else:
        checks["composite"] = None
        redacted = ("optional_data",)
    surname, given = _name(l3)
    if not surname:
        return None
    return Mrz(
        format="TD1",
        document_code=code,
        issuer=issuer,
        nationality=nationality,
        document_number=number,
        surname=surname,
        given_names=given,
        expiry=expiry,
        birth_valid=birth_date is not None,
        checks=checks,
        redacted=redacted,
    )


def parse_td3(l1: str, l2: str, *, today: date | None = None) -> Mrz | None:
    """A passport's zone."""
    if len(l1) != 44 or len(l2) != 44:
        return None
    code = l1[0:2]
    issuer = _letters(l1[2:5])
    surname, given = _name(l1[5:44])
    number = l2[0:9].rstrip("<")
    number_digit = _digits(l2[9])
    nationality = _letters(l2[10:13])
    birth, birth_digit = _digits(l2[13:19]), _digits(l2[19])
    expiry_s, expiry_digit = _digits(l2[21:27]), _digits(l2[27])
    personal, personal_digit = l2[28:42], l2[42]
    birth_date = parse_date(birth, birth=True, today=today)
    expiry = parse_date(expiry_s, birth=False, today=today)
    if (birth_date is None and expiry is None) or not surname:
        return None
    checks: dict[str, bool | None] = {
        "document_number": _digit_ok(l2[0:9], number_digit) if number else False,
        "birth_date": _digit_ok(birth, birth_digit) if birth_date else False,
        "expiry": _digit_ok(expiry_s, expiry_digit) if expiry else False,
    }
    redacted: tuple[str, ...] = ()
    if _looks_redacted(personal) or not (personal_digit.isdigit() or personal_digit == "<"):
        checks["personal_number"] = None
        checks["composite"] = None
        redacted = ("optional_data",)
    else:
        checks["personal_number"] = _digit_ok(personal, personal_digit)
        src = (
            l2[0:9]
            + number_digit
            + birth
            + birth_digit
            + expiry_s
            + expiry_digit
            + personal
            + personal_digit
        )
        checks["composite"] = _digit_ok(src, _digits(l2[43]))
    return Mrz(
        format="TD3",
        document_code=code,
        issuer=issuer,
        nationality=nationality,
        document_number=number,
        surname=surname,
        given_names=given,
        expiry=expiry,
        birth_valid=birth_date is not None,
        checks=checks,
        redacted=redacted,
    )


def document_hash(issuer: str, document_number: str) -> str:
    """sha256 (hex) of "ISSUER:NUMBER": what the case record keeps instead of the number."""
    import hashlib

    number = re.sub(r"[^A-Z0-9]", "", document_number.upper())
    return hashlib.sha256(f"{issuer.upper()}:{number}".encode("ascii", "replace")).hexdigest()
