"""The request classifier: what a mail to the GDPR mailbox asks for, and in which language.

A pure function (its only I/O: the model file, read once): phrase rules per language
(``phrases/``) over normalised text (``normalize``), with typo repair (``typos``), negation,
condition and channel handling (``reader``). Where the rules recognise nothing at all (not
even a request word they had to set aside), a small trained model (``model``) may still
recognise a request: its reading is a guess (``Classification.guessed``) that a person
confirms, never acted on alone.
``python -m worker.classify.evaluate`` measures it on tests/classify_corpus/.
"""

import dataclasses
import logging

from worker.domain import Classification, RequestType

log = logging.getLogger(__name__)

MODEL_AT = 0.5  # the model reads a type it gives at least this probability
GUESS_FACTOR = 0.5  # a guess's confidence: its weakest type's probability, halved


def classify(subject: str, text: str, forwarded: str = "") -> Classification:
    """Request types (in RequestType order), language, and how sure the reading is (0..1), with
    the evidence and the letter's framing. ``forwarded``: a forwarded mail the parser set apart
    from the text written now; it is read as the request when the writer passes it on ("FYI,
    please handle"), resends their own, or forwards it without a word."""
    from worker.classify.reader import read

    reading = read(subject, text, forwarded=forwarded)
    if reading.classification.request_types or reading.declined:
        return reading.classification  # the rules read it, or read it as no request on purpose
    return second_reading(reading.classification, _model_probabilities(reading.model_text))


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


__all__ = ["classify", "second_reading"]
