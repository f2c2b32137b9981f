# ruff: noqa: E501  (one made-up mail per line reads better than a wrapped one)
"""Everyday forms the plain checklist showed missing, each tried in other words than the
checklist's: a complaint about a CV left readable by anyone, "unzufrieden" with how data were
kept, the Dutch wish with its verb at the end ("ik wil dat u … wist"), "weg mit meinen Daten",
"I expect this to be fixed"; and a writer who quits ("ik stop ermee bij jullie") asks nobody to
stop mailing. Made-up mails."""

import pytest

from worker.classify import classify
from worker.domain import RequestType as T


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        (
            "Mijn sollicitatiebrief lag zomaar op de balie, iedereen kon hem lezen. Ik dien hierbij een klacht in.",
            T.COMPLAINT,
        ),
        (
            "Meine Bewerbung lag offen im Drucker, für jeden einsehbar. Ich möchte mich hiermit beschweren.",
            T.COMPLAINT,
        ),
        (
            "Ich bin unzufrieden damit, wie Sie meine Daten an den Spediteur weitergegeben haben.",
            T.COMPLAINT,
        ),
        (
            "Ik zou graag willen dat jullie mijn geboortedatum en gsm-nummer uit het klantenbestand schrapt.",
            T.ERASURE,
        ),
        ("Ich kündige, weg mit meinem Kundenkonto bitte.", T.ERASURE),
        (
            "My surname is spelt Smyth, not Smith, in your records and I want it corrected.",
            T.RECTIFICATION,
        ),
    ],
)
def test_an_everyday_form_is_read(text, wanted):
    assert wanted in classify("", text).request_types


@pytest.mark.parametrize(
    "text",
    [
        "Ik stop ermee bij jullie als chauffeur, mijn laatste werkdag is vrijdag.",
        "Wij stoppen ermee met de huur van kledij vanaf januari, graag een eindfactuur.",
    ],
)
def test_a_writer_who_quits_asks_no_opt_out(text):
    assert T.MARKETING_OPT_OUT not in classify("", text).request_types


def test_a_past_knowing_is_no_erasure_wish():
    assert (
        T.ERASURE
        not in classify("", "Ik wil wel zeggen dat u niet wist dat ik verhuisd was.").request_types
    )
