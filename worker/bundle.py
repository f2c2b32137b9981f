"""One mail per moment: the replies a case would send at the same moment, as one message.

Pure: the rendered bodies in, one body out. Every reply template has the same frame (the
templates' `labels.greeting` first, `labels.signoff` last: two paragraphs, the closing and the
team with its address): the merged mail keeps one greeting and one sign-off, and the parts in
between in the order they were written. A paragraph said twice is said once; the "reply to this
message and keep the reference" line of every part but the last goes (the last one says it).
A part that no longer follows the greeting starts with a capital (German and French greetings
are followed by a small letter)."""

from __future__ import annotations

from dataclasses import dataclass

from worker.domain import MessageKind

SIGNOFF_PARAGRAPHS = 2  # "Kind regards," / "The GDPR team of …\nGDPR@…"

# Which reply gives the merged mail its subject, kind and Message-ID: what the requester must
# act on first, else the answer, else the acknowledgement.
_PRIORITY = (
    MessageKind.CONFIRMATION_REQUEST,
    MessageKind.ID_REQUEST,
    MessageKind.RESPONSE,
    MessageKind.ACKNOWLEDGEMENT,
)


@dataclass(frozen=True)
class Part:
    kind: MessageKind
    subject: str
    body: str


def primary_index(parts: list[Part]) -> int:
    """The part whose subject and kind the merged mail takes (the first of the most urgent
    kind)."""
    rank = {k: i for i, k in enumerate(_PRIORITY)}
    return min(range(len(parts)), key=lambda i: (rank.get(parts[i].kind, len(rank)), i))


def merge_bodies(bodies: list[str], ref: str) -> str:
    """One body from several rendered replies of one case (see the module doc)."""
    if len(bodies) == 1:
        return bodies[0]
    framed = [_paragraphs(b) for b in bodies]
    greeting = framed[0][0]
    signoff = framed[-1][-SIGNOFF_PARAGRAPHS:]
    middles = [p[1:-SIGNOFF_PARAGRAPHS] for p in framed]
    out: list[str] = []
    for index, middle in enumerate(middles):
        last = index == len(middles) - 1
        if not last and middle and ref and ref in middle[-1]:
            middle = middle[:-1]  # "reply and keep the reference …": the last part says it
        for n, paragraph in enumerate(middle):
            if n == 0 and index > 0:
                paragraph = paragraph[:1].upper() + paragraph[1:]
            if paragraph not in out:
                out.append(paragraph)
    return "\n\n".join([greeting, *out, *signoff]) + "\n"


def _paragraphs(body: str) -> list[str]:
    return [p.strip("\n") for p in body.strip("\n").split("\n\n") if p.strip()]
