"""Issue 12: pasted forms, reports of what others said, copies of complaints headed to the
authority, removals from marketing. Only the writer's own operative wish is read; above all no
erasure from a box left unticked or from what a customer service announced. Phrasings written
for these tests; none is a corpus letter."""

import pytest

from worker.classify import classify
from worker.domain import RequestType as T

FORM_EN = """Please find my form below.

Rights you wish to exercise:
[X] Access   [ ] Rectification   [ ] Erasure   [ ] Objection

Name: Jo Parker
"""

FORM_DE = """Ich mache folgende Rechte geltend:
☐ Auskunft (Art. 15 DSGVO)
☐ Löschung (Art. 17 DSGVO)
☒ Widerspruch (Art. 21 DSGVO)

Name: Pia Lang
"""

FORM_NL = """Welke rechten kunt u uitoefenen?
- Inzage: u vraagt welke gegevens wij van u hebben.
- Verwijdering: u laat uw gegevens wissen.
- Bezwaar: u verzet zich tegen een verwerking.

Mijn keuze:
[ ] Inzage
[ ] Verwijdering
[X] Bezwaar

Ik wil niet meer gebeld worden voor uw acties.
"""

CASES = [
    (FORM_EN, (T.ACCESS,)),
    (FORM_DE, (T.OBJECTION,)),
    (FORM_NL, (T.OBJECTION,)),
    # what the customer service announced is no wish of the writer's
    (
        "Bonjour, votre service client m'a dit que mon compte sera supprimé à la fin du mois. "
        "Est-ce que je peux encore télécharger mes factures ?",
        (),
    ),
    (
        "Your colleague told me that my account would be deleted automatically next year. "
        "Please send me a copy of my personal data.",
        (T.ACCESS,),
    ),
    (
        "Ihr Kundendienst hat mir gesagt, dass meine Daten nach der Kündigung gelöscht werden. "
        "Bitte schicken Sie mir eine Kopie meiner Daten.",
        (T.ACCESS,),
    ),
    # a removal from marketing is an opt-out, not an erasure
    (
        "Please remove my e-mail address from your marketing, I never signed up.",
        (T.MARKETING_OPT_OUT,),
    ),
]


@pytest.mark.parametrize(("text", "types"), CASES)
def test_only_the_writers_own_wish_is_read(text, types):
    assert classify("", text).request_types == types


def test_a_copied_complaint_headed_to_the_authority_asks_nothing_of_us():
    text = """Dear DPO,

For your records, I lodged the complaint below with the Data Protection Commission today.

Complaint to the Data Protection Commission

What happened: in May I asked the company to erase my data; no answer came.
What I would like the authority to do: require the company to erase my data.
"""
    got = classify("Copy of my complaint", text)
    assert got.request_types == (T.COMPLAINT,)
    assert got.authority_complaint


LONG_ACCESS = """Dear Sir or Madam,

I am a customer of yours since 2019 and I write about the data you hold on me.
Last spring your newsletter explained that old accounts are deleted automatically after five
years without orders, and that deleted accounts cannot be restored. My sister's account was
erased that way last year and she lost the sizes recorded for her. That made me wonder what
is recorded about me, which sizes, which orders, which notes from the fitting days, and who
else receives it, such as the carriers or the embroidery workshop you work with.

I request a copy of my personal data under article 15 GDPR, together with the purposes of
the processing, the recipients and the period for which the data will be stored.

Kind regards,
Sam Reed
"""


def test_a_letter_reads_no_erasure_from_a_story_about_deletions():
    # erasure words only in what the company does or did, never in the writer's wish
    assert classify("My data", LONG_ACCESS).request_types == (T.ACCESS,)


def test_a_letter_keeps_the_erasure_its_writer_asks_for():
    text = LONG_ACCESS.replace(
        "Kind regards,",
        "Once I have that copy, please delete my account and all data.\n\nKind regards,",
    )
    assert classify("My data", text).request_types == (T.ACCESS, T.ERASURE)


def test_a_representative_asks_in_the_third_person():
    text = LONG_ACCESS.replace("I request a copy", "Our client requests a copy").replace(
        "Kind regards,", "Our client also asks that you then erase all his data.\n\nKind regards,"
    )
    assert T.ERASURE in classify("Our client", text).request_types
