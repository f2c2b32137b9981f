"""A reply's headers: addressing, threading and loop protection (RFC 3834)."""

from datetime import UTC, datetime

from worker.mail.compose import OutgoingReply, compose, new_message_id, references_for


def reply(**kw) -> OutgoingReply:
    fields = dict(
        message_id=new_message_id("GDPR@AlsicoHighTech.com", "acknowledgement"),
        from_addr="GDPR@alsicohightech.com",
        from_name="NV Alsico High Tech GDPR",
        to_addr="jan.peeters@mail.example",
        subject="[GDPR-2026-000001] Ontvangstbevestiging",
        body="Geachte Jan Peeters,\n",
        language="nl",
        in_reply_to="<req@mail.example>",
        references=references_for("<req@mail.example>", ("<older@mail.example>",)),
    )
    fields.update(kw)
    return OutgoingReply(**fields)


def test_headers_of_a_reply():
    msg = compose(reply(), datetime(2026, 11, 25, 9, 0, tzinfo=UTC))
    assert msg["From"].addresses[0].addr_spec == "GDPR@alsicohightech.com"
    assert str(msg["To"]) == "jan.peeters@mail.example"
    assert str(msg["Message-ID"]).endswith("@alsicohightech.com>")
    assert str(msg["In-Reply-To"]) == "<req@mail.example>"
    assert str(msg["References"]) == "<older@mail.example> <req@mail.example>"
    assert str(msg["Auto-Submitted"]) == "auto-replied"
    assert str(msg["X-Loop"]) == "GDPR@alsicohightech.com"
    assert str(msg["Content-Language"]) == "nl"
    assert msg.get_content().startswith("Geachte")


def test_an_attachment_travels_as_a_pdf():
    msg = compose(reply(attachment_name="GDPR-2026-000001-access.pdf", attachment=b"%PDF-1.7"),
                  datetime(2026, 11, 25, tzinfo=UTC))  # fmt: skip
    (att,) = list(msg.iter_attachments())
    assert att.get_content_type() == "application/pdf"
    assert att.get_filename() == "GDPR-2026-000001-access.pdf"
    assert str(msg["Content-Language"]) == "nl"


def test_references_are_bounded():
    refs = references_for("<new@x>", tuple(f"<r{i}@x>" for i in range(50)))
    assert len(refs.split()) == 20 and refs.endswith("<new@x>")
