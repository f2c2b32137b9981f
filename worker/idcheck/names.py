"""Is the holder of the document the person who wrote? Pure name comparison.

Names are compared as an officer would: accents, case, hyphens and word order do not matter,
middle names may be left out, a given name may be an initial, the MRZ's transliteration
(Müller → MUELLER or MULLER) and its truncation of long names are allowed for. The answer is
MATCH, PARTIAL (the family name or only the given name agrees: a married name, a nickname; not
clearly another person) or MISMATCH (clearly another person: nothing agrees, or the same family
name with another given name — a relative's card).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from enum import StrEnum


class NameMatch(StrEnum):
    MATCH = "match"
    PARTIAL = "partial"
    MISMATCH = "mismatch"
    UNKNOWN = "unknown"  # nothing to compare with


_TITLES = frozenset(
    [
        "MR",
        "MRS",
        "MS",
        "MISS",
        "DR",
        "PROF",
        "IR",
        "ING",
        "IRR",
        "DHR",
        "MEVR",
        "MW",
        "HR",
        "MEJ",
        "M",
        "MME",
        "MLLE",
        "MM",
        "HERR",
        "FRAU",
        "SIR",
        "MADAM",
        "MEVROUW",
        "MENEER",
        "MONSIEUR",
        "MADAME",
        "MADEMOISELLE",
        "DOCTOR",
        "DOKTER",
        "PHD",
        "MSC",
        "BSC",
        "MBA",
        "LLM",
        "JR",
        "SR",
        "DE_HEER",
    ]
)
# Particles of family names: on their own they say nothing about who someone is.
_PARTICLES = frozenset(
    [
        "VAN",
        "VON",
        "DE",
        "DER",
        "DEN",
        "DU",
        "DES",
        "LA",
        "LE",
        "DI",
        "DA",
        "DEL",
        "DELLA",
        "DOS",
        "DAS",
        "TEN",
        "TER",
        "VANDE",
        "VANDEN",
        "VANDER",
        "EL",
        "AL",
        "BIN",
        "BEN",
        "MC",
        "MAC",
        "O",
        "T",
    ]
)
_SPECIAL = str.maketrans(
    {
        "ß": "ss",
        "Æ": "AE",
        "æ": "ae",
        "Ø": "O",
        "ø": "o",
        "Œ": "OE",
        "œ": "oe",
        "Ł": "L",
        "ł": "l",
        "Đ": "D",
        "đ": "d",
        "Þ": "TH",
        "þ": "th",
        "İ": "I",
        "ı": "i",
    }
)
_GERMAN = {"Ä": "AE", "Ö": "OE", "Ü": "UE", "Å": "AA"}


def _fold(text: str, german: bool = False) -> str:
    text = text.upper() if german else text
    if german:
        for k, v in _GERMAN.items():
            text = text.replace(k, v)
    text = text.translate(_SPECIAL)
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).upper()


def tokens(name: str) -> list[str]:
    """Upper-case ASCII words of a name, titles dropped; "Peeters, Jan" → ["PEETERS", "JAN"]."""
    if "@" in name:
        name = name.split("@", 1)[0]  # an address used as a name: its local part
    words = re.split(r"[^A-Z]+", _fold(name))
    return [w for w in words if w and w not in _TITLES]


def _variants(name: str) -> set[str]:
    """A name's words in both transliterations (MÜLLER → MULLER and MUELLER)."""
    out = set(re.split(r"[^A-Z]+", _fold(name))) | set(re.split(r"[^A-Z]+", _fold(name, True)))
    return {w for w in out if w and w not in _TITLES}


def _keys(words: Sequence[str]) -> set[str]:
    """Significant words, plus adjacent words run together ("VAN DEN BROECK" = "VANDENBROECK")."""
    keys = {w for w in words if w not in _PARTICLES and len(w) > 1}
    for size in (2, 3, 4):
        for i in range(len(words) - size + 1):
            keys.add("".join(words[i : i + size]))
    return keys


def _word_match(a: str, b: str) -> bool:
    """Equal, or one is a truncation (MRZ) of the other of at least 4 letters."""
    if a == b:
        return True
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return len(short) >= 4 and long_.startswith(short)


def _any(a: Iterable[str], b: Iterable[str]) -> bool:
    bs = list(b)
    return any(_word_match(x, y) for x in a for y in bs)


def _claim_words(claimed: str) -> list[tuple[str, set[str]]]:
    """Each word of a claimed name, folded, with its transliterations."""
    if "@" in claimed:
        claimed = claimed.split("@", 1)[0]
    out = []
    for raw in re.split(r"[\W\d_]+", claimed):
        if not raw:
            continue
        plain = tokens(raw)
        if not plain:
            continue  # a title
        out.append((plain[0], _variants(raw) | set(plain)))
    return out


def compare(surname: str, given_names: str, claimed: str) -> NameMatch:
    """How one claimed name relates to the holder's (surname and given names from the MRZ)."""
    words = _claim_words(claimed)
    claim_words = [w for w, _ in words]
    if not claim_words:
        return NameMatch.UNKNOWN
    sur_words = sorted(_variants(surname))
    giv_words = sorted(_variants(given_names))
    claim_keys = _keys(claim_words)
    for _, variants in words:
        claim_keys |= {v for v in variants if len(v) > 1}

    surname_keys = _keys(tokens(surname)) | {w for w in sur_words if w not in _PARTICLES}
    surname_ok = _any(surname_keys, claim_keys)
    given_full = _any([w for w in giv_words if len(w) > 1], claim_keys)
    initials = {w[0] for w in giv_words if w}
    claim_initials = {w for w in claim_words if len(w) == 1}
    given_initial = bool(claim_initials & initials)
    holder_words = [w for w in sur_words + giv_words if w]
    # words of the claim that are neither the surname nor a given name of the holder
    foreign = [
        w
        for w, variants in words
        if len(w) > 1
        and w not in _PARTICLES
        and not _any(variants, holder_words)
        and not _any(variants, surname_keys)
    ]

    if surname_ok and (given_full or given_initial):
        return NameMatch.MATCH
    if surname_ok and not foreign and not claim_initials:
        return NameMatch.MATCH  # only the family name was given ("Peeters")
    if surname_ok:
        return NameMatch.MISMATCH if foreign else NameMatch.PARTIAL  # "Els Peeters" vs Jan
    if given_full:
        return NameMatch.PARTIAL  # another family name: a married name, or not
    return NameMatch.MISMATCH


def compare_all(surname: str, given_names: str, claimed_names: Sequence[str]) -> NameMatch:
    """The best agreement over every name the requester used (From, signature)."""
    results = {compare(surname, given_names, c) for c in claimed_names if c and c.strip()}
    for outcome in (NameMatch.MATCH, NameMatch.PARTIAL, NameMatch.MISMATCH):
        if outcome in results:
            return outcome
    return NameMatch.UNKNOWN
