"""Issue 12, structural mistakes phrase lists cannot fix: a form's numbered section headings,
a writer's own lines under a pasted template's closing, the retold history in a copy of a
complaint to the authority, a forward without a word of its own, access beside portability in
one sentence, an objection "whatever the channel". Phrasings written for these tests; none is
a corpus letter."""

from worker.classify import classify
from worker.domain import RequestType as T

FORM_HEADINGS = """EXERCISE OF DATA PROTECTION RIGHTS

The undersigned Ann Vos exercises the following rights (tick the boxes):

1. Access to personal data (Art. 15)
[X] I request access to my personal data and a copy of them.

2. Erasure (Art. 17)
[ ] all data concerning the undersigned

3. Data portability (Art. 20)
[ ] in a structured, machine-readable format

4. Objection to processing (Art. 21)
[ ] on grounds relating to her particular situation

Place and date: Ghent, 1 December 2026
"""


def test_a_forms_numbered_headings_ask_nothing_the_boxes_decide():
    got = classify("Rights form", FORM_HEADINGS)
    assert got.request_types == (T.ACCESS,)
