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


TEMPLATE_THEN_OWN_LINES = """Hello, I used a template from a consumer site. My own additions are at the end.

----------------------------------------
Dear Sir or Madam,

Please supply the personal data you hold about me, which I am entitled to receive under data
protection law.

Yours faithfully,
Sam Reed
----------------------------------------

My own notes:
Your website still shows my old phone number 0470 11 22 33 on my profile. Please correct it
to 0470 99 88 77.

Sam Reed
"""


def test_the_writers_own_lines_under_a_pasted_templates_closing_are_read():
    got = classify("Subject access request", TEMPLATE_THEN_OWN_LINES)
    assert got.request_types == (T.ACCESS, T.RECTIFICATION)


def test_a_signature_under_the_closing_is_still_dropped():
    text = "Please delete my account.\n\nKind regards,\nSam Reed\n--\nI object to nothing here.\n"
    assert classify("Delete", text).request_types == (T.ERASURE,)
