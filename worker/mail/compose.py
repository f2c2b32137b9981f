"""A reply as an EmailMessage: addressing, threading, loop protection (RFC 3834)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from email.headerregistry import Address as HeaderAddress
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid


@dataclass(frozen=True)
class OutgoingReply:
    message_id: str
    from_addr: str
    from_name: str
    to_addr: str
    subject: str  # with the [REF] prefix
    body: str
    language: str
    in_reply_to: str
    references: str
    attachment_name: str = ""
    attachment: bytes | None = None
    auto_submitted: bool = True  # False for mail a person decided to send


def new_message_id(own_address: str, kind: str) -> str:
    """A Message-ID on our own domain, fixed when the reply is first written down."""
    return make_msgid(idstring=f"gdpr.{kind}", domain=own_address.rpartition("@")[2].lower())


def reply_subject(ref: str, subject: str) -> str:
    return f"[{ref}] {subject}".strip()


def references_for(original_message_id: str, original_references: tuple[str, ...]) -> str:
    ids = [*original_references, original_message_id] if original_message_id else []
    return " ".join(dict.fromkeys(ids[-20:]))


def compose(reply: OutgoingReply, sent_at: datetime) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = HeaderAddress(display_name=reply.from_name, addr_spec=reply.from_addr)
    msg["To"] = reply.to_addr
    msg["Subject"] = reply.subject
    msg["Date"] = format_datetime(sent_at)
    msg["Message-ID"] = reply.message_id
    if reply.in_reply_to:
        msg["In-Reply-To"] = reply.in_reply_to
    if reply.references:
        msg["References"] = reply.references
    if reply.auto_submitted:
        msg["Auto-Submitted"] = "auto-replied"
    msg["X-Auto-Response-Suppress"] = "All"
    msg["X-Loop"] = reply.from_addr
    msg.set_content(reply.body, charset="utf-8")
    if reply.attachment is not None:
        maintype, _, subtype = _content_type(reply.attachment_name).partition("/")
        msg.add_attachment(
            reply.attachment, maintype=maintype, subtype=subtype, filename=reply.attachment_name
        )
    # last: set_content and add_attachment move or drop the Content-* headers set before them
    msg["Content-Language"] = reply.language
    return msg


def _content_type(filename: str) -> str:
    return "application/pdf" if filename.lower().endswith(".pdf") else "application/octet-stream"
