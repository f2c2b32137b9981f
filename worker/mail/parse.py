"""Raw bytes → InboundMail, with the stdlib email package (policy.default).

parse() never raises on bad mail: what cannot be read safely comes back as Unreadable with the
reason, and intake quarantines it.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime
from email import policy
from email.headerregistry import Address as HeaderAddress
from email.message import EmailMessage, Message
from email.parser import BytesParser

from tnefparse import TNEF

from worker.domain import Address, Attachment, InboundMail
from worker.mail.html_text import html_to_text
from worker.mail.quotes import split_body
from worker.mail.sniff import sniff

MAX_HEADER_CHARS = 2000  # per header value kept for screening
MAX_PARTS = 1000  # MIME parts walked before the mail is judged hostile


@dataclass(frozen=True)
class Unreadable:
    """A mail that cannot be processed safely; `reason` is a short code staff will see."""

    reason: str
    detail: str = ""
    message_id: str = ""
    sender: str = ""
    subject: str = ""
    content_hash: str = ""


def parse(raw: bytes, *, max_attachments: int = 100) -> InboundMail | Unreadable:
    content_hash = hashlib.sha256(raw).hexdigest()
    try:
        msg = BytesParser(policy=policy.default).parsebytes(raw)
    except Exception as exc:  # the parser is lenient; this is a last line of defence
        return Unreadable("unparseable", type(exc).__name__, content_hash=content_hash)
    assert isinstance(msg, EmailMessage)

    message_id = (
        _header_text(msg, "message-id").strip() or f"<{content_hash[:32]}@no-message-id.invalid>"
    )
    subject = " ".join(_header_text(msg, "subject").split())
    senders = _addresses(msg, "from")

    def unreadable(reason: str, detail: str = "") -> Unreadable:
        sender = senders[0].email if senders else _header_text(msg, "from")[:320]
        return Unreadable(reason, detail, message_id, sender, subject, content_hash)

    if len(senders) != 1 or not _plausible(senders[0].email):
        return unreadable("no_sender", "no single valid From address")

    parts = list(_walk(msg))
    if len(parts) > MAX_PARTS:
        return unreadable("too_many_parts", f"more than {MAX_PARTS} MIME parts")

    body_part = _body_part(msg)
    body = _text_of(body_part) if body_part is not None else ""
    attachments = []
    for part in parts:
        if part is body_part or part.is_multipart():
            continue
        if part.get_content_maintype() == "text" and not _is_attachment(part):
            continue  # an alternative rendering of the body, or a text part of a forward
        for attachment in _unwrapped(_attachment(part)):
            if len(attachments) == max_attachments:
                return unreadable("too_many_attachments", f"over {max_attachments} attachments")
            attachments.append(attachment)

    split = split_body(body)
    text = split.text
    if not text and split.quoted:  # a bare forward: the forwarded mail is the request
        text = "\n".join(line.lstrip("> ") for line in split.quoted.splitlines())

    return InboundMail(
        message_id=message_id,
        sender=senders[0],
        to=tuple(_addresses(msg, "to")),
        cc=tuple(_addresses(msg, "cc")),
        reply_to=tuple(_addresses(msg, "reply-to")),
        subject=subject,
        date=_date(msg),
        in_reply_to=_message_ids(_header_text(msg, "in-reply-to")),
        references=_message_ids(_header_text(msg, "references")),
        headers=tuple(
            (name.lower(), _safe_str(value)[:MAX_HEADER_CHARS]) for name, value in _raw_items(msg)
        ),
        content_type=msg.get_content_type(),
        report_type=str(msg.get_param("report-type", "") or "").lower(),
        text=text,
        quoted=split.quoted,
        signature=split.signature,
        attachments=tuple(attachments),
        content_hash=content_hash,
    )


# --- headers ------------------------------------------------------------------------------------


def _raw_items(msg: Message) -> list[tuple[str, object]]:
    items = []
    for name in msg.keys():  # noqa: SIM118 (an email.Message, not a dict)
        try:
            items.extend((name, v) for v in msg.get_all(name, []))
        except Exception:  # a header policy.default cannot parse: keep its raw text
            items.append((name, ""))
    return items


def _safe_str(value: object) -> str:
    try:
        return " ".join(str(value).split())
    except Exception:
        return ""


def _header_text(msg: Message, name: str) -> str:
    try:
        value = msg.get(name)
    except Exception:
        return ""
    return "" if value is None else _safe_str(value)


def _addresses(msg: Message, name: str) -> list[Address]:
    try:
        header = msg.get(name)
        found: tuple[HeaderAddress, ...] = getattr(header, "addresses", ()) if header else ()
        return [
            Address(email=a.addr_spec.lower(), name=" ".join(a.display_name.split()))
            for a in found
            if a.addr_spec and a.addr_spec != "<>"
        ]
    except Exception:
        return []


def _plausible(email: str) -> bool:
    local, at, domain = email.rpartition("@")
    return bool(local and at and "." in domain and not any(c.isspace() for c in email))


def _message_ids(value: str) -> tuple[str, ...]:
    ids = []
    for token in value.replace(",", " ").split():
        if token.startswith("<") and token.endswith(">") and "@" in token:
            ids.append(token)
    return tuple(dict.fromkeys(ids))


def _date(msg: Message) -> datetime | None:
    try:
        header = msg.get("date")
        value = getattr(header, "datetime", None)
        return value if isinstance(value, datetime) and value.tzinfo else None
    except Exception:
        return None


# --- body and attachments -----------------------------------------------------------------------


def _walk(msg: Message):
    for count, part in enumerate(msg.walk()):
        yield part
        if count > MAX_PARTS:
            return


def _is_attachment(part: Message) -> bool:
    try:
        return part.get_content_disposition() == "attachment" or bool(part.get_filename())
    except Exception:
        return True


def _body_part(msg: EmailMessage) -> EmailMessage | None:
    try:
        return msg.get_body(preferencelist=("plain", "html"))
    except Exception:
        return None


def _text_of(part: Message) -> str:
    payload = part.get_payload(decode=True)
    content = (
        _decoded(payload, part.get_content_charset() or "us-ascii")
        if isinstance(payload, bytes)
        else ""
    )
    if part.get_content_subtype() == "html":
        return html_to_text(content)
    return content


def _decoded(payload: bytes, declared: str) -> str:
    """Text in the charset it declares; mislabelled text (8-bit bytes under "us-ascii", an
    unknown name) as UTF-8, else Windows-1252, which every byte fits."""
    for charset in (declared, "utf-8", "cp1252"):
        try:
            return payload.decode(charset)
        except (LookupError, UnicodeDecodeError):
            continue
    return payload.decode("latin-1")


def _unwrapped(attachment: Attachment) -> list[Attachment]:
    """Outlook's winmail.dat (TNEF) carries the real attachments inside it: those, not it."""
    if attachment.sniffed_type != "application/vnd.ms-tnef":
        return [attachment]
    try:
        tnef = TNEF(attachment.content, do_checksum=False)
        inner = [
            Attachment(
                filename=" ".join(str(a.long_filename() or a.name or "").split())[:255],
                declared_type="application/octet-stream",
                sniffed_type=sniff(a.data or b""),
                content=a.data or b"",
            )
            for a in tnef.attachments
        ]
    except Exception:  # a broken TNEF stream: keep it as it came, the ID check will say so
        return [attachment]
    return inner or [attachment]


def _attachment(part: Message) -> Attachment:
    try:
        filename = part.get_filename() or ""
    except Exception:
        filename = ""
    payload = part.get_payload(decode=True)
    content = payload if isinstance(payload, bytes) else b""
    return Attachment(
        filename=" ".join(str(filename).split())[:255],
        declared_type=part.get_content_type(),
        sniffed_type=sniff(content),
        content=content,
    )
