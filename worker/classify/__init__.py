"""The request classifier: what a mail to the GDPR mailbox asks for, and in which language.

A pure function (its only I/O: the model file, read once): phrase rules per language
(``phrases/``) over normalised text (``normalize``), with typo repair (``typos``), negation,
condition and channel handling (``reader``). Where the rules recognise nothing at all (not
even a request word they had to set aside), a small trained model (``model``) may still
recognise a request: its reading is a guess (``Classification.guessed``) that a person
confirms, never acted on alone.
On mails of some length, a sentence reader trained on labelled evidence (``sentences``)
reads beside the rules: a type the rules read stays only if some sentence plausibly asks for it,
and a type they missed is added, as a guess a person confirms, when a sentence clearly asks for
it (``with_sentence_reader``).
``python -m worker.classify.evaluate`` measures it on tests/classify_corpus/.
"""

import dataclasses
import logging

from worker.classify.sentences import Best, SentenceReader, Stack
from worker.domain import Classification, RequestType

log = logging.getLogger(__name__)

MODEL_AT = 0.5  # the model reads a type it gives at least this probability
GUESS_FACTOR = 0.5  # a guess's confidence: its weakest type's probability, halved


def classify(subject: str, text: str, forwarded: str = "") -> Classification:
    """Request types (in RequestType order), language, and how sure the reading is (0..1), with
    the evidence and the letter's framing. ``forwarded``: a forwarded mail the parser set apart
    from the text written now; it is read as the request when the writer passes it on ("FYI,
    please handle"), resends their own, or forwards it without a word."""
    first = classify_by_rules(subject, text, forwarded)
    if len(text.split()) + len(forwarded.split()) < _stack_from():
        return first
    from worker.classify.reader import sentence_units

    reader = _sentence_reader()
    if reader is None:
        return first
    keep, add = reader.best(sentence_units(subject, text, forwarded=forwarded))
    return with_sentence_reader(first, keep, add, reader.stack, subject, text + "\n" + forwarded)


def classify_by_rules(subject: str, text: str, forwarded: str = "") -> Classification:
    """The phrase rules' reading, or, when they recognise nothing, the n-gram model's guess."""
    from worker.classify.reader import read

    reading = read(subject, text, forwarded=forwarded)
    if reading.classification.request_types or reading.declined:
        return reading.classification  # the rules read it, or read it as no request on purpose
    return second_reading(reading.classification, _model_probabilities(reading.model_text))


HELD_AT = 0.45  # an added type's reading: under the policy's min_confidence, a person confirms


def with_sentence_reader(
    rules: Classification,
    keep: Best,
    add: Best,
    stack: Stack,
    subject: str,
    text: str,
) -> Classification:
    """The rules' reading joined with the sentence reader's best sentence per type (``keep``
    over every sentence, ``add`` over those long enough to add a type from: its score and the
    folded sentence): a type the rules read is kept if its score reaches ``stack.keep``, one
    they did not read is added if it reaches ``stack.add``. An added type makes the reading a
    guess held for a person, with that sentence as its evidence."""
    kept = {t for t in rules.request_types if keep.get(t, (1.0, ""))[0] >= stack.keep.get(t, 0.0)}
    added = {
        t for t in RequestType
        if t not in rules.request_types and add.get(t, (0.0, ""))[0] >= stack.add.get(t, 2.0)
    }  # fmt: skip
    if kept == set(rules.request_types) and not added:
        return rules
    types = tuple(t for t in RequestType if t in kept | added)
    evidence = dict(rules.evidence)
    for t in added:
        evidence[t] = (_as_written(add[t][1], subject, text),)
    confidence = rules.confidence if not added else min(rules.confidence or HELD_AT, HELD_AT)
    return dataclasses.replace(
        rules,
        request_types=types,
        confidence=confidence if types else 0.0,
        guessed=rules.guessed or bool(added),
        evidence=tuple((t, evidence[t]) for t in types if t in evidence),
    )


def _as_written(folded: str, subject: str, text: str) -> str:
    from worker.classify.normalize import align

    for source in (text, subject):
        found = align(source).find(folded)
        if found:
            return found
    return folded


def _stack_from() -> int:
    reader = _sentence_reader()
    return reader.stack.min_words if reader else 1 << 30


def _sentence_reader() -> SentenceReader | None:
    """The sentence reader; none when its file cannot be read: the rules' reading then stands."""
    from worker.classify.sentences import load

    try:
        return load()
    except (OSError, ValueError, KeyError, TypeError) as exc:
        log.error("sentence reader unusable (%s): rules only", type(exc).__name__)
        return None


def second_reading(
    rules: Classification, probabilities: dict[RequestType, float]
) -> Classification:
    """The rules' reading, or, when they recognised nothing, the model's types as a guess."""
    if rules.request_types:
        return rules
    guessed = tuple(t for t in RequestType if probabilities.get(t, 0.0) >= MODEL_AT)
    if not guessed:
        return rules
    weakest = min(probabilities[t] for t in guessed)
    return dataclasses.replace(
        rules, request_types=guessed, confidence=round(weakest * GUESS_FACTOR, 3), guessed=True
    )


def _model_probabilities(text: str) -> dict[RequestType, float]:
    """The model's probabilities; none when its file cannot be read: the rules' reading then
    stands (unclassified, for a person), rather than every such mail going to quarantine."""
    from worker.classify.model import load

    try:
        model = load()
    except (OSError, ValueError, KeyError, TypeError) as exc:
        log.error("classifier model unusable (%s): rules only", type(exc).__name__)
        return {}
    return model.probabilities(text)


__all__ = ["classify", "classify_by_rules", "second_reading", "with_sentence_reader"]
