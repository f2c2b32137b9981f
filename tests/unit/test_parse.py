"""Raw bytes → InboundMail: real MIME shapes, attachments where they hide, never an exception."""

from __future__ import annotations

import struct
from datetime import date
from email.message import EmailMessage

import pytest

from tests.fixtures.idcopies import id_card_pdf
from worker.mail.parse import Unreadable, parse


def base(**headers: str) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = headers.pop("From", "=?utf-8?q?Jo=C3=ABlle_De_Smet?= <joelle@mail.example>")
    msg["To"] = "GDPR@alsicohightech.com"
    msg["Subject"] = headers.pop("Subject", "=?iso-8859-1?q?Verzoek_tot_inzage_=E9?=")
    msg["Message-ID"] = "<p1@mail.example>"
    for k, v in headers.items():
        msg[k] = v
    msg.set_content("Graag inzage in mijn gegevens.\n\n-- \nJoëlle De Smet")
    return msg


def tnef(filename: str, data: bytes) -> bytes:
    """A minimal TNEF stream (MS-OXTNEF) with one attachment, as Outlook writes winmail.dat."""

    def attr(level: int, attr_id: int, payload: bytes) -> bytes:
        checksum = sum(payload) & 0xFFFF
        return (
            struct.pack("<BII", level, attr_id, len(payload))
            + payload
            + struct.pack("<H", checksum)
        )

    stream = struct.pack("<IH", 0x223E9F78, 0x0001)
    stream += attr(1, 0x00089006, struct.pack("<I", 0x00010000))  # attTnefVersion
    stream += attr(2, 0x00069002, b"\x01\x00\x00\x00" + b"\xff" * 10)  # attAttachRendData
    stream += attr(2, 0x00018010, filename.encode("latin-1") + b"\x00")  # attAttachTitle
    stream += attr(2, 0x0006800F, data)  # attAttachData
    return stream


def test_encoded_words_are_decoded_and_the_signature_split():
    mail = parse(base().as_bytes())
    assert mail.sender.name == "Joëlle De Smet" and mail.sender.email == "joelle@mail.example"
    assert mail.subject == "Verzoek tot inzage é"
    assert mail.text == "Graag inzage in mijn gegevens."
    assert mail.signature == "Joëlle De Smet"


def test_rfc2231_filename_and_sniffed_type():
    msg = base()
    msg.add_attachment(b"%PDF-1.7\n...", maintype="application", subtype="octet-stream",
                       filename=("utf-8", "", "carte d'identité.pdf"))  # fmt: skip
    (att,) = parse(msg.as_bytes()).attachments
    assert att.filename == "carte d'identité.pdf"
    assert att.declared_type == "application/octet-stream"
    assert att.sniffed_type == "application/pdf"


def test_an_id_inside_a_forwarded_message_is_found():
    inner = base(Subject="Inzage")
    inner.add_attachment(id_card_pdf("PEETERS", "JAN", "592123456", date(1980, 3, 14),
                                     date(2031, 5, 2)),
                         maintype="application", subtype="pdf", filename="id.pdf")  # fmt: skip
    outer = base(Subject="Fwd: Inzage")
    outer.add_attachment(inner)
    mail = parse(outer.as_bytes())
    assert [a.sniffed_type for a in mail.attachments] == ["application/pdf"]


def test_the_attachments_inside_winmail_dat_are_unwrapped():
    msg = base()
    msg.add_attachment(tnef("ID.pdf", b"%PDF-1.4 card"), maintype="application",
                       subtype="ms-tnef", filename="winmail.dat")  # fmt: skip
    (att,) = parse(msg.as_bytes()).attachments
    assert att.filename == "ID.pdf"
    assert att.sniffed_type == "application/pdf"
    assert att.content == b"%PDF-1.4 card"


def test_a_broken_winmail_dat_is_kept_as_it_came():
    msg = base()
    msg.add_attachment(b"\x78\x9f\x3e\x22garbage", maintype="application", subtype="ms-tnef",
                       filename="winmail.dat")  # fmt: skip
    (att,) = parse(msg.as_bytes()).attachments
    assert att.filename == "winmail.dat"


def test_an_html_only_outlook_mail_reads_as_text():
    msg = base()
    html = "<p>Ik wil <b>inzage</b>.</p><div class='gmail_quote'>oud</div>"
    msg.set_content(html, subtype="html")
    mail = parse(msg.as_bytes())
    assert mail.text.startswith("Ik wil inzage")
    assert "oud" in mail.quoted


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (b"", "no_sender"),
        (b"\x00\xff\xfe garbage \r\n\r\n", "no_sender"),
        (b"From: undisclosed\r\nSubject: x\r\n\r\nbody", "no_sender"),
        (b"From: a@b.example, c@d.example\r\nSubject: x\r\n\r\nbody", "multiple_from"),
    ],
)
def test_unreadable_mail_is_a_value_not_an_exception(raw, reason):
    result = parse(raw)
    assert isinstance(result, Unreadable) and result.reason == reason


def test_hundreds_of_attachments_are_refused_not_read():
    msg = base()
    for i in range(150):
        msg.add_attachment(
            b"x", maintype="application", subtype="octet-stream", filename=f"{i}.bin"
        )
    result = parse(msg.as_bytes(), max_attachments=100)
    assert isinstance(result, Unreadable) and result.reason == "too_many_attachments"


def test_a_missing_message_id_gets_a_stable_synthetic_one():
    raw = b"From: jan@mail.example\r\nSubject: x\r\n\r\nGraag inzage."
    assert parse(raw).message_id == parse(raw).message_id
    assert parse(raw).message_id.endswith("@no-message-id.invalid>")
