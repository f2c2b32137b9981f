"""Raw bytes → InboundMail: real MIME shapes, attachments where they hide, never an exception."""

from __future__ import annotations

import struct
from datetime import date
from email.message import EmailMessage

import pytest

from tests.fixtures.idcopies import id_card_pdf
from worker.classify import classify
from worker.domain import InboundMail, RequestType
from worker.mail import structure
from worker.mail.parse import Unreadable, parse
from worker.mail.quotes import text_for_reading


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


# --- RFC 6532, raw 8-bit headers, and values the store can always take -------------------------


def raw_mail(*headers: str | bytes, body: bytes = b"Graag inzage.") -> bytes:
    lines = [h.encode() if isinstance(h, str) else h for h in headers]
    return b"\r\n".join(lines) + b"\r\n\r\n" + body


@pytest.mark.parametrize(
    ("from_", "email", "name"),
    [
        ("Jörg <jörg@exämple.de>", "jörg@xn--exmple-cua.de", "Jörg"),
        ("Jan <jan@m\u0430il.example>", "jan@xn--mil-6cd.example", "Jan"),  # Cyrillic а
        ("JÖRG <JÖRG@Mail.Example>", "jÖrg@mail.example", "JÖRG"),  # no Unicode case folding
        ("Kim <\u212aim@mail.example>", "kim@mail.example", "Kim"),  # NFC: U+212A is K
        ("=?utf-8?q?Jo=C3=ABlle?= <Joelle@MAIL.example>", "joelle@mail.example", "Joëlle"),
    ],
)
def test_raw_utf8_addresses_are_read_in_canonical_form(from_, email, name):
    mail = parse(raw_mail(f"From: {from_}", "To: gdpr@alsicohightech.com", "Subject: x"))
    assert isinstance(mail, InboundMail)
    assert (mail.sender.email, mail.sender.name) == (email, name)


def test_raw_8bit_headers_are_decoded_utf8_first_then_the_declared_charset():
    latin1 = raw_mail(
        b"From: Jo\xeblle <joelle@mail.example>",
        b"Subject: \xe9\xe9n verzoek",
        b"Content-Type: text/plain; charset=iso-8859-1",
        body=b"Graag inzage, Jo\xeblle.",
    )
    mail = parse(latin1)
    assert (mail.sender.name, mail.subject, mail.text) == (
        "Joëlle", "één verzoek", "Graag inzage, Joëlle."
    )  # fmt: skip
    utf8 = parse(raw_mail("From: Joëlle <joelle@mail.example>", "Subject: één verzoek"))
    assert (utf8.sender.name, utf8.subject) == ("Joëlle", "één verzoek")
    undeclared = parse(raw_mail(b"From: Jo\xeblle <joelle@mail.example>", b"Subject: x"))
    assert undeclared.sender.name == "Joëlle"  # Windows-1252


def test_a_raw_utf8_file_name_in_a_part_is_decoded():
    msg = base()
    msg.add_attachment(b"%PDF-1.4", maintype="application", subtype="pdf", filename="x.pdf")
    raw = msg.as_bytes().replace(b'filename="x.pdf"', 'filename="identité.pdf"'.encode())
    (att,) = parse(raw).attachments
    assert att.filename == "identité.pdf"


def test_control_characters_surrogates_and_bidi_overrides_never_leave_parse():
    raw = raw_mail(
        "From: \u202eevil\x7f <jan@mail.example>",
        "Subject: =?utf-8?q?Inzage_a=00b=1B[31m?= =?utf-16?b?2AA=?=",
        "Content-Type: text/plain; charset=utf-8",
        body=b"Graag\x00 inzage.\tNu.\r\nDank\x1b[0m\x0c u.",
    )
    mail = parse(raw)
    assert mail.sender.name == "evil"
    assert "\x00" not in mail.subject and "\x1b" not in mail.subject
    assert not any(0xD800 <= ord(c) <= 0xDFFF for c in mail.subject)
    assert mail.text == "Graag inzage.\tNu.\nDank[0m u."


def test_over_long_values_are_cut_to_their_columns():
    raw = raw_mail(
        "From: " + "Jan " * 150 + "<jan@mail.example>",
        "Message-ID: <" + "m" * 1200 + "@evil.example>",
        "Subject: " + "inzage " * 400,
        "MIME-Version: 1.0",
        "Content-Type: multipart/mixed; boundary=b",
        body=b"--b\r\nContent-Type: text/plain\r\n\r\nZie bijlage.\r\n--b\r\n"
        b"Content-Type: application/" + b"x" * 300 + b"\r\n"
        b'Content-Disposition: attachment; filename="' + b"n" * 400 + b'.pdf"\r\n\r\n'
        b"%PDF-1.4\r\n--b--\r\n",
    )
    mail = parse(raw)
    assert len(mail.sender.name) <= 200
    assert mail.message_id.endswith("@no-message-id.invalid>") and len(mail.message_id) < 998
    assert len(mail.subject) <= 998
    (att,) = mail.attachments
    assert att.declared_type == "application/octet-stream" and len(att.filename) <= 255


def test_a_message_id_without_angle_brackets_gets_them():
    raw = raw_mail("From: jan@mail.example", "Message-ID: abc.123@mail.example", "Subject: x")
    assert parse(raw).message_id == "<abc.123@mail.example>"


# --- one sender, read without guessing ---------------------------------------------------------


@pytest.mark.parametrize(
    ("froms", "reason"),
    [
        (["From: jan@mail.example", "From: attacker@evil.example"], "multiple_from"),
        (["From: jan@mail.example, attacker@evil.example"], "multiple_from"),
        (["From: jan.peeters@mail.example <attacker@evil.example>"], "no_sender"),
        (["From: Jan <jan@mail.example> <attacker@evil.example>"], "no_sender"),
        (["From: Friends: jan@mail.example;"], "no_sender"),
        (["From: Jan <jan@mail.example"], "no_sender"),
        (["From: jan@xn--.example"], "no_sender"),
        (["From: " + "(x)" * 1000 + " <jan@mail.example>"], "header_too_long"),
    ],
)
def test_a_from_that_is_not_one_clear_address_is_unreadable(froms, reason):
    result = parse(raw_mail(*froms, "Subject: x"))
    assert isinstance(result, Unreadable) and result.reason == reason
    assert "\n" not in result.sender and len(result.sender) <= 320
    if "attacker" in froms[-1]:  # staff see the field as written, not the parser's guess
        assert "attacker@evil.example" in result.sender


def test_a_from_hidden_behind_hundreds_of_headers_is_never_missed():
    headers = ["From: jan@mail.example", *(f"X-Filler-{i}: x" for i in range(600))]
    result = parse(raw_mail(*headers, "From: attacker@evil.example"))
    assert isinstance(result, Unreadable) and result.reason == "too_many_headers"
    assert result.sender == "jan@mail.example | attacker@evil.example"  # what staff see


# --- headers, parts and nesting are counted as they are read ------------------------------------


def test_each_header_field_is_listed_once():
    raw = raw_mail("From: jan@mail.example", *(f"Received: hop {i}" for i in range(300)))
    mail = parse(raw)
    assert mail.header("received") == tuple(f"hop {i}" for i in range(300))
    assert len(mail.headers) == 301


def _parts(count: int) -> bytes:
    body = b"--b\r\n\r\n" * count + b"--b--\r\n"
    return raw_mail(
        "From: jan@mail.example", "Content-Type: multipart/mixed; boundary=b", body=body
    )


def _nested(depth: int, text_lines: int = 1) -> bytes:
    """A text part `depth` levels down: the mail, depth - 2 multiparts, the text."""
    body = b"".join(
        b"--b%d\r\nContent-Type: multipart/mixed; boundary=b%d\r\n\r\n" % (i, i + 1)
        for i in range(depth - 2)
    )
    body += b"--b%d\r\nContent-Type: text/plain\r\n\r\n" % (depth - 2) + b"inzage\r\n" * text_lines
    return raw_mail(
        "From: jan@mail.example", "Content-Type: multipart/mixed; boundary=b0", body=body
    )


def test_mime_parts_are_counted_while_parsing():
    assert isinstance(parse(_parts(structure.MAX_PARTS - 1)), InboundMail)
    result = parse(_parts(structure.MAX_PARTS))  # the container is a part too
    assert isinstance(result, Unreadable) and result.reason == "too_many_parts"


def test_nesting_is_limited_and_a_long_mail_may_nest_less_deep():
    assert isinstance(parse(_nested(structure.MAX_DEPTH)), InboundMail)
    assert parse(_nested(structure.MAX_DEPTH + 1)).reason == "too_deep"
    long_mail = _nested(20, text_lines=structure.MAX_LINE_DEPTH // 10)
    assert parse(long_mail).reason == "too_deep"  # 800,000 lines allow a depth of 10


def test_mime_fields_that_would_make_the_parser_quadratic_are_refused():
    params = "".join(f";\r\n a{i}=b" for i in range(100))
    result = parse(raw_mail("From: jan@mail.example", "Content-Type: text/plain" + params))
    assert isinstance(result, Unreadable) and result.reason == "header_too_long"


def test_an_address_list_too_long_to_read_is_left_out_not_fatal():
    mail = parse(raw_mail("From: jan@mail.example", "Cc: " + "(x)" * 5000 + " <a@b.example>"))
    assert isinstance(mail, InboundMail) and mail.cc == ()


# --- new text and forwarded mail ----------------------------------------------------------------

FORWARDED_REQUEST = (
    "---------- Forwarded message ---------\n"
    "From: Piet Janssens <piet@mail.example>\n"
    "Date: Tue, 24 Nov 2026 at 10:12\n"
    "Subject: mijn gegevens\n"
    "To: <info@alsicohightech.com>\n\n"
    "Please delete all my personal data.\n"
)


def test_a_bare_forward_has_no_text_and_keeps_the_forwarded_mail_apart():
    msg = base(Subject="Fwd: mijn gegevens")
    msg.set_content(FORWARDED_REQUEST)
    mail = parse(msg.as_bytes())
    assert mail.text == ""
    assert mail.forwarded == "Please delete all my personal data."
    assert mail.forwarded_from == "Piet Janssens <piet@mail.example>"
    assert mail.forwarded_date == "Tue, 24 Nov 2026 at 10:12"


def test_a_colleagues_note_above_a_forward_is_read_as_a_passed_on_request():
    msg = base(Subject="Fwd: mijn gegevens")
    msg.set_content("FYI, please pass this on to the DPO.\n\n" + FORWARDED_REQUEST)
    mail = parse(msg.as_bytes())
    assert mail.text == "FYI, please pass this on to the DPO."
    reading = classify(mail.subject, text_for_reading(mail))  # as intake reads it
    assert reading.request_types == (RequestType.ERASURE,) and reading.passed_on
    assert classify(mail.subject, mail.text).request_types == ()


def test_a_mail_forwarded_as_an_attachment_is_the_forwarded_mail():
    inner = EmailMessage()
    inner["From"] = "Piet Janssens <piet@mail.example>"
    inner["Date"] = "Tue, 24 Nov 2026 10:12:00 +0100"
    inner["Subject"] = "mijn gegevens"
    inner.set_content("Please delete all my personal data.")
    outer = base(Subject="Fwd: mijn gegevens")
    outer.set_content("FYI, please pass this on to the DPO.")
    outer.add_attachment(inner)
    mail = parse(outer.as_bytes())
    assert mail.text == "FYI, please pass this on to the DPO."
    assert mail.forwarded == "Please delete all my personal data."
    assert mail.forwarded_from == "Piet Janssens <piet@mail.example>"
    assert mail.forwarded_date == "Tue, 24 Nov 2026 10:12:00 +0100"


def test_a_long_message_id_wrapped_in_encoded_words_is_still_read():
    """Python's email package wraps ids past 78 characters in encoded-words: still our id."""
    from email.message import EmailMessage

    ours = "<179652698639.14243.6149454718830776328.gdpr.acknowledgement@alsicohightech.com>"
    msg = EmailMessage()
    msg["From"] = "jan@mail.example"
    msg["In-Reply-To"] = ours
    msg["References"] = f"<a1@mail.example> {ours}"
    msg.set_content("x")
    assert b"=?utf-8?q?" in msg.as_bytes()
    mail = parse(msg.as_bytes())
    assert mail.in_reply_to == (ours,)
    assert mail.references == ("<a1@mail.example>", ours)
