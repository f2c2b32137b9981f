"""Text normalisation for the classifier: one canonical form for matching.

Everything here is pure: strings in, strings out.

- ``fold``: lower case, accents and ligatures removed (é→e, ö→o, ß→ss), typographic quotes and
  dashes made plain, whitespace squeezed per line. Phrase patterns are written against this form.
- ``strip_noise``: drops what the writer did not write now: quoted replies (``>`` lines,
  "-----Original Message-----", "Op … schreef:", "Le … a écrit :", forwarded headers), closing
  formulas with the signature below them, and legal footers.
- ``sentences`` / ``clauses``: the scopes that context and negation checks look at.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

_TRANSLATE = str.maketrans(
    {
        "ß": "ss",
        "æ": "ae",
        "œ": "oe",
        "ø": "o",
        "’": "'",
        "‘": "'",
        "`": "'",
        "´": "'",
        "“": '"',
        "”": '"',
        "„": '"',
        "«": '"',
        "»": '"',
        "–": "-",
        "—": "-",
        "\u00a0": " ",
        "\u200b": "",
    }
)

_ABBREVIATIONS = re.compile(
    r"\b(art|artt|nr|no|nrs|bvb|bv|evt|vb|ca|resp|dhr|mevr|mr|mrs|ms|mme|hr|fr|st|tel|z\.b|d\.h|"
    r"u\.a|p\.ex|e\.g|i\.e|etc|cf|vgl|ggf|bzw|usw|jan|feb|febr|aug|sept|okt|oct|nov|dec|dez|"
    r"bijv|incl|excl|zgn|abs|ziff|lit|gem|al|par|para|sec|vs|approx|o\.a|d\.w\.z|m\.b\.t|t\.a\.v|"
    r"i\.v\.m|z\.h\.v|c\.-a-d|n\.b|bspw|bzgl|ggfs|evtl|inkl|sog|zzgl|ua|zb)\."
)
_SUBJECT_PREFIX = re.compile(
    r"^\s*((re|fw|fwd|tr|aw|wg|antw|doorst|sv|vs|réf|ref)\s*(\[\d+\])?\s*:\s*)+", re.I
)


def fold(text: str) -> str:
    """Lower-case, accent-free, plain-punctuation form of ``text`` (line breaks kept)."""
    text = unicodedata.normalize("NFKC", text).translate(_TRANSLATE).lower()
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    text = _ABBREVIATIONS.sub(lambda m: m.group(1).replace(".", ""), text)
    lines = (re.sub(r"[ \t\f\v]+", " ", line).strip() for line in text.split("\n"))
    return "\n".join(lines)


@lru_cache(maxsize=4096)
def _fold_char(c: str) -> str:
    if c.isspace():
        return "\n" if c == "\n" else " "
    c = unicodedata.normalize("NFKC", c).translate(_TRANSLATE).lower()
    return "".join(x for x in unicodedata.normalize("NFKD", c) if not unicodedata.combining(x))


@dataclass(frozen=True)
class Aligned:
    """An original text folded character by character (the words ``fold`` gives, whitespace as
    it was), with the original position of every folded character: to find in the original what
    was read in the folded text."""

    text: str
    folded: str
    index: tuple[int, ...]

    def original_span(self, start: int, end: int) -> str:
        if start >= len(self.index) or end <= start:
            return ""
        return self.text[self.index[start] : self.index[min(end, len(self.index)) - 1] + 1]

    def find(self, sentence: str, unsure: Sequence[tuple[int, int]] = ()) -> str | None:
        """The original of a folded ``sentence`` (its words in order, any punctuation and spacing
        between them), whitespace squeezed; words overlapping ``unsure`` spans (repaired typos)
        may be any word. None when it is not there."""
        parts = []
        for m in _WORDS.finditer(sentence):
            fuzzy = any(a < m.end() and m.start() < b for a, b in unsure)
            parts.append(r"\w+" if fuzzy else re.escape(m.group()))
        if not parts:
            return None
        found = re.search(r"\W+".join(parts) + r"[^\w\s]{0,3}", self.folded)
        if not found:
            return None
        return " ".join(self.original_span(found.start(), found.end()).split())


_WORDS = re.compile(r"\w+")


def align(text: str) -> Aligned:
    folded: list[str] = []
    index: list[int] = []
    for i, c in enumerate(text):
        f = _fold_char(c)
        folded.append(f)
        index.extend([i] * len(f))
    return Aligned(text, "".join(folded), tuple(index))


def is_reply(subject: str) -> bool:
    """Whether the subject carries a reply/forward prefix ("Re:", "AW:", "TR:" …): it then names
    the earlier thread, not what this mail asks."""
    return bool(_SUBJECT_PREFIX.match(subject or ""))


def clean_subject(subject: str) -> str:
    """The subject without reply/forward prefixes ("Re:", "TR:", "AW:", "Antw:" …)."""
    return _SUBJECT_PREFIX.sub("", subject or "").strip()


def strip_noise(
    folded: str,
    cut_markers: Iterable[re.Pattern[str]],
    footer_markers: Iterable[re.Pattern[str]],
    closings: Iterable[re.Pattern[str]],
    openings: Iterable[re.Pattern[str]] = (),
) -> str:
    """The part of a folded body the writer wrote now.

    ``cut_markers`` start a quoted or forwarded block: everything from the first one on goes.
    ``closings`` ("kind regards", "met vriendelijke groeten" …) on a line of their own end the
    text: the signature under them goes (only when something is left above), up to a
    postscript ("P.S. …") or a letter the writer pasted below their own note (a formal
    salutation, ``openings``), which are read again. Paragraphs holding a ``footer_markers``
    phrase (confidentiality notices) are dropped wherever they are.
    """
    closings, openings = tuple(closings), tuple(openings)
    lines = [line for line in folded.split("\n") if not line.startswith(">")]
    text = "\n".join(lines)
    cut = len(text)
    for marker in cut_markers:
        m = marker.search(text)
        if m and m.start() < cut:
            cut = m.start()
    kept_lines: list[str] = []
    written = False  # something was written above: a closing line ends it
    signing = False  # between a closing and what is read again
    for line in text[:cut].split("\n"):
        if signing and _SEPARATOR.match(line):
            # "Kind regards, …" then "-----" closes a pasted template: what follows is the
            # writer's own again ("My notes: …", "Und noch zwei Dinge …")
            signing = False
            kept_lines.append("")
            continue
        if signing and (_POSTSCRIPT.match(line) or any(o.match(line) for o in openings)):
            signing = False
            kept_lines.append("")
        elif written and not signing and any(c.match(line) for c in closings):
            signing = True
        if not signing:
            kept_lines.append(line)
            written = written or bool(line.strip())
    paragraphs = re.split(r"\n\s*\n", "\n".join(kept_lines))
    kept = [unwrap(p) for p in paragraphs if not any(f.search(p) for f in footer_markers)]
    return "\n\n".join(kept).strip()


# a line that only separates ("-----", "_____", "=====", "*****"); not the signature
# delimiter "-- ", which only introduces a signature
_SEPARATOR = re.compile(r"[ \t]*([-_=*~])\1{2,}[ \t]*$")


def is_separator(line: str) -> bool:
    """A rule line of its own ("---", "=====", "~~~"), as signatures and pasted copies are set
    off."""
    return bool(_SEPARATOR.match(line.strip()))


_POSTSCRIPT = re.compile(r"(p\.? ?s\.?|n\.? ?b\.?|nachtrag)[:.\s]", re.I)


# a line that continues a sentence starts so (a quotation opening mid-sentence included:
# "… verlangt er, dass der Vermerk über die\n„auffälligen Entnahmen" … entfernt wird")
_GOES_ON = re.compile(r"[ \t]*[\"\u201e\u201c\u00ab]?[a-z0-9(]")
_END_PUNCTUATION = ".!?:;,"
_ITEM = re.compile(r"[ \t]*\(?(?:\d{1,2}|[a-h]|[ivx]{1,4})[.)][ \t]")  # "b) …", "2. …", "(iv) …"


def unwrap(paragraph: str) -> str:
    """Lines a mail client wrapped in mid-sentence joined again ("please erase\nall my data"):
    a line that ends without punctuation, or in a comma after a few words ("gebeurt dat niet,\n
    dan …"; a short one such as "beste," or "dear mr smith," is a salutation), and a next line
    that goes on in lower case. One pass over the lines: linear in the paragraph."""
    lines = paragraph.split("\n")
    out = [lines[0]]
    for before, line in zip(lines, lines[1:], strict=False):
        if (
            _GOES_ON.match(line)
            and not _ITEM.match(line)
            and _open_ended(before)
            and not _SEPARATOR.match(before)
        ):
            out[-1] = out[-1].rstrip(" \t") + " " + line.lstrip(" \t")
        else:
            out.append(line)
    return "\n".join(out)


def _open_ended(line: str) -> bool:
    line = line.rstrip(" \t")
    if not line:
        return False
    if line[-1] not in _END_PUNCTUATION:
        return True
    return line[-1] == "," and len(line.split()) >= 4


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+|(?<=[.!?])$")
_CLAUSE_BREAK = re.compile(
    r"[;:()]|,(?! (?:dass|dat|que|qu'|that)\b)|\s-\s|"
    r"\b(?:but|and|just|only|however|maar|en|enkel|alleen|wel|"
    r"mais|et|seulement|juste|par contre|aber|und|nur|sondern|jedoch|sowie)\b"
)


_LIST_NUMBER = re.compile(r"(?:^|\n)[ \t]*\(?(?:\d{1,2}|[a-h]|[ivx]{1,4})\.$")
_DAY = re.compile(r"\b\d{1,2}\.$")
_MONTH = re.compile(
    r"(januar|jan|februar|feb|marz|maerz|april|mai|juni|juli|august|aug|september|sept|oktober|"
    r"okt|november|nov|dezember|dez)\b|\d"
)


def _number_dot(text: str, dot_end: int, next_start: int) -> bool:
    """Whether the full stop before ``dot_end`` belongs to a number: a list item's ("1.") or a
    German date's ("9. November 2026")."""
    before = max(0, dot_end - 8)
    if _LIST_NUMBER.search(text, before, dot_end):
        return True
    return bool(_DAY.search(text, before, dot_end) and _MONTH.match(text, next_start))


MAX_SENTENCE = 600  # a longer "sentence" (no punctuation for pages) is read in pieces


def sentences(text: str) -> list[tuple[int, int]]:
    """Spans (start, end) of the sentences of ``text``; none longer than ``MAX_SENTENCE``
    (a longer one is cut at a space or comma near that length), so that what is read around
    one phrase is bounded, whatever the text."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        if m.group().strip(" \t") == "" and _number_dot(text, m.start(), m.end()):
            continue  # "1. the purposes …", "am 9. November": a number's dot, no sentence end
        if m.start() > start:
            spans.extend(_pieces(text, start, m.start()))
        start = m.end()
    if start < len(text):
        spans.extend(_pieces(text, start, len(text)))
    return [(s, e) for s, e in spans if text[s:e].strip()]


_BREAK_BEFORE = re.compile(r"[\s,;]")


def _pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out = []
    while end - start > MAX_SENTENCE:
        limit = start + MAX_SENTENCE
        cut = max(
            (m.end() for m in _BREAK_BEFORE.finditer(text, limit - MAX_SENTENCE // 4, limit)),
            default=limit,
        )
        out.append((start, cut))
        start = cut
    out.append((start, end))
    return out


def clause_at(text: str, pos: int, end: int) -> tuple[int, int]:
    """Span of the clause around ``text[pos:end]``: up to the nearest comma/conjunction outside."""
    left = 0
    for m in _CLAUSE_BREAK.finditer(text, 0, pos):
        left = m.end()
    right = len(text)
    m = _CLAUSE_BREAK.search(text, end)
    if m:
        right = m.start()
    return left, right
