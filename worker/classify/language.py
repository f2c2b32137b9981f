"""Which of nl, fr, en, de a text is written in: stop-word counts, with letter hints."""

from __future__ import annotations

import re
from collections.abc import Sequence

from worker.classify.rules import Lexicon

_TOKEN = re.compile(r"[a-z]+(?:'[a-z]+)?")
_HINTS = {
    "de": re.compile(r"[äöüß]"),
    "fr": re.compile(r"[éèêàçùœ]"),
}


def scores(folded: str, original: str, lexicons: Sequence[Lexicon]) -> dict[str, float]:
    """Stop-word hits per language code; distinctive letters of the original text add a little."""
    tokens = _TOKEN.findall(folded)
    out = {lex.code: float(sum(1 for t in tokens if t in lex.stopwords)) for lex in lexicons}
    lowered = original.lower()
    for code, rx in _HINTS.items():
        if code in out:
            out[code] += min(3, len(rx.findall(lowered))) * 0.5
    return out


SENTENCE_SHARE = 0.5  # a language whose stop words are at least this share of the leader's


def sentence_languages(
    folded: str, mail_language: str, lexicons: Sequence[Lexicon]
) -> frozenset[str]:
    """The languages whose phrases may be read in one sentence: the mail's own, and any whose
    stop words the sentence holds about as much as the leading language's. A sentence without
    a stop word of any language (a subject, a heading, a one-word line) may be in any of them.
    "Wissen Sie, was Sie über mich gespeichert haben?" is German: the Dutch "wissen" (erase) is
    not read in it."""
    counts = scores(folded, "", lexicons)
    best = max(counts.values(), default=0.0)
    if best <= 0:
        return frozenset(lex.code for lex in lexicons)
    near = {code for code, v in counts.items() if v > 0 and v >= SENTENCE_SHARE * best}
    return frozenset(near | ({mail_language} if mail_language else set()))


PREFACE_MIN = 2  # stop words a preface needs for its language to be told
_SENTENCE = re.compile(r"[a-z]{2}[.!?](\s|$)")  # a line that holds a sentence


def own_preface(body: str, lexicons: Sequence[Lexicon]) -> str:
    """The writer's own words above a letter they pasted: the text before a formal salutation
    that does not open the mail ("Zie hieronder mijn verzoek.\n\nDear Sir or Madam, …").
    The writer's words decide the language of the reply. "" when there is none."""
    first: int | None = None
    for lex in lexicons:
        for m in lex.rx("salutation").finditer(body):
            if body[: m.start()].strip() and (first is None or m.start() < first):
                first = m.start()
                break
    return body[:first].strip() if first is not None else ""


def detect(
    body: str,
    body_original: str,
    subject: str,
    lexicons: Sequence[Lexicon],
    fallback: str,
) -> str:
    """The language of the request: the body's own words when there are enough of them,
    else body and subject together, else ``fallback`` (the language the request phrases were
    recognised in, or English)."""
    # the writer's own sentences above the letter (not its letterhead: names, addresses, a date)
    preface = "\n".join(
        line for line in own_preface(body, lexicons).split("\n") if _SENTENCE.search(line)
    )
    if preface:
        # the preface's own letters (é, ü) count too: it opens the original text
        start = body_original[: len(own_preface(body, lexicons)) + 40]
        ranked = sorted(scores(preface, start, lexicons).items(), key=lambda kv: -kv[1])
        (code, best), (_, second) = ranked[0], ranked[1]
        if best >= PREFACE_MIN and best >= 2 * second:
            return code
    body_scores = scores(body, body_original, lexicons)
    if sum(body_scores.values()) < 3:
        subject_scores = scores(subject, subject, lexicons)
        body_scores = {k: v + subject_scores[k] for k, v in body_scores.items()}
    best = max(body_scores.values())
    if best <= 0:
        return fallback
    leaders = [code for code, v in body_scores.items() if v == best]
    return fallback if fallback in leaders else leaders[0]
