# ruff: noqa: E501  (one made-up mail per line reads better than a wrapped one)
"""A request in someone else's words that a colleague relays without a forward header: a
voicemail transcript, a pasted chat, a helpdesk ticket, a phone message slip, a call retold. It
is the caller's request, flagged passed_on (held for staff), never the colleague's own; the
writer's own mail that mentions a voicemail, a form's "Name:" lines, a list naming "chat
transcripts" relay nobody. Made-up mails."""

import pytest

from worker.classify import classify
from worker.classify.relayed import relayed_start
from worker.domain import RequestType as T

RELAYED = [
    (
        "FW: voicemail",
        "Voor de privacydienst.\nGreet\n\nVoicemail-transcriptie (automatisch)\n"
        '"hallo met jan peeters, ik wil dat jullie al mijn gegevens wissen, ik werk er niet meer. dank u"',
        T.ERASURE,
    ),
    (
        "Message vocal",
        "Transféré automatiquement par le standard.\n\nTranscription :\n"
        "« Bonjour, ici Sophie Martin. Je voudrais une copie de toutes les données que vous avez sur moi. Merci. »",
        T.ACCESS,
    ),
    (
        "WhatsApp van een drager",
        "Hoi team, dit kwam binnen via WhatsApp, zie hieronder.\n\n"
        "[03/10/2025, 09:12] Sara D.: hallo, kunnen jullie mijn gsm-nummer uit jullie bestand verwijderen?\n"
        "[03/10/2025, 09:15] Bart (Alsico): ik geef het door\n"
        "[03/10/2025, 09:16] Sara D.: top bedankt",
        T.ERASURE,
    ),
    (
        "Ticket 55120",
        "Ticket #55120 forwarded by rule to the GDPR mailbox.\n"
        "Requester: Mark Ellis <mark.ellis@mail.example>\n"
        "Description: Please send me a copy of all personal data you hold about me.\n",
        T.ACCESS,
    ),
    (
        "Telefonnotiz",
        "TELEFONNOTIZ\nAnrufer: Herr Jansen, Kunde aus Aachen\n"
        "Nachricht: Er möchte, dass wir seine Daten vollständig löschen. Bitte schriftlich bestätigen.\n"
        "Aufgenommen: Empfang",
        T.ERASURE,
    ),
    (
        "call from a customer",
        "Hi all,\n\nMrs Clarke called this morning about our sales calls. She wants us to stop calling her "
        "and asked where we got her number. I said I'd pass it on.\n\nThanks\nEmma, reception",
        T.OBJECTION,
    ),
]


@pytest.mark.parametrize(("subject", "text", "wanted"), RELAYED)
def test_a_relayed_request_is_read_and_flagged_passed_on(subject, text, wanted):
    reading = classify(subject, text)
    assert wanted in reading.request_types
    assert reading.passed_on


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        (
            "my account",
            "I left you a voicemail yesterday.\nPlease delete my account and all my data.",
        ),
        (
            "Mijn gegevens",
            "Ik heb gisteren een bericht via WhatsApp gestuurd.\nGelieve mijn account te verwijderen.",
        ),
        (
            "Auskunftsersuchen",
            "Name: Petra Lang\nAdresse: Ringstraße 4, Köln\nKundennummer: 4411\n\n"
            "Ich bitte um Auskunft über alle zu meiner Person gespeicherten Daten. Ich nutze auch WhatsApp.",
        ),
        (
            "Preservation",
            "Please preserve, at minimum:\n- emails and internal notes\n- call recordings and chat transcripts\n"
            "Do not delete these records until the claim is settled.",
        ),
    ],
)
def test_the_writers_own_request_is_not_passed_on(subject, text):
    reading = classify(subject, text)
    assert reading.request_types
    assert not reading.passed_on


def test_a_relayed_mail_that_asks_nothing_is_no_request():
    text = (
        "Kam auf dem Anrufbeantworter rein.\n\nTranskription:\n"
        '"Hallo, hier der Fahrer, ich stehe vor Tor 2 mit drei Paletten, bitte zurückrufen."'
    )
    reading = classify("WG: Sprachnachricht", text)
    assert not reading.request_types and not reading.passed_on


def test_where_the_relayed_words_begin():
    text = "note above\n\ntranscript:\nhello, please delete my data"
    assert relayed_start(text) == text.index("transcript:")
    assert relayed_start("please delete my data, thanks") is None
