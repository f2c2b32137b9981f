"""One mail per moment (worker/bundle.py): several rendered replies of a case as one body."""

from __future__ import annotations

from worker.bundle import Part, merge_bodies, primary_index
from worker.domain import MessageKind

REF = "GDPR-2026-000042"
ACK = f"""Guten Tag Anna Muster,

vielen Dank für Ihre Nachricht vom 6. Dezember 2026.

Wir antworten Ihnen spätestens am 6. Januar 2027.

Antworten Sie einfach und lassen Sie die Referenznummer {REF} im Betreff stehen.

Mit freundlichen Grüßen

Das DSGVO-Team der NV Alsico High Tech
GDPR@alsicohightech.com
"""
CODE = f"""Guten Tag Anna Muster,

falls Sie uns um nichts gebeten haben, tun Sie nichts.

Wir antworten Ihnen spätestens am 6. Januar 2027.

    CONFIRM-7F3K-9Q2M-AB3D-EFGH-JK4M

Lassen Sie die Referenznummer {REF} im Betreff stehen.

Mit freundlichen Grüßen

Das DSGVO-Team der NV Alsico High Tech
GDPR@alsicohightech.com
"""


def test_one_greeting_one_signoff_the_parts_in_order() -> None:
    merged = merge_bodies([ACK, CODE], REF)
    assert merged.count("Guten Tag Anna Muster,") == 1
    assert merged.count("Mit freundlichen Grüßen") == 1 and merged.endswith(".com\n")
    assert merged.index("vielen Dank") < merged.index("CONFIRM-7F3K")
    # the second part no longer follows the greeting: it starts with a capital
    assert "\n\nFalls Sie uns um nichts gebeten haben" in merged
    # a paragraph said twice is said once; the first part's "keep the reference" goes
    assert merged.count("spätestens am 6. Januar 2027") == 1
    assert merged.count(f"Referenznummer {REF} im Betreff") == 1
    assert "\n\n\n" not in merged


def test_a_single_reply_is_left_as_it_is() -> None:
    assert merge_bodies([ACK], REF) == ACK


def test_the_mail_takes_the_subject_of_what_the_requester_must_act_on() -> None:
    parts = [
        Part(MessageKind.ACKNOWLEDGEMENT, "Eingang", ACK),
        Part(MessageKind.RESPONSE, "Werbung", ACK),
        Part(MessageKind.CONFIRMATION_REQUEST, "Bestätigung", CODE),
    ]
    assert primary_index(parts) == 2
    assert primary_index(parts[:2]) == 1
    assert primary_index(parts[:1]) == 0
