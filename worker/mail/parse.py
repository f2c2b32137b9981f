"""Raw bytes → InboundMail, with the stdlib email package.

parse() never raises, whatever the bytes: what cannot be read safely comes back as Unreadable
with a short reason code, and intake quarantines it. Its work is linear in the size of the mail,
and bounded: the MIME tree is read under limits (``structure``: lines, parts, nesting, header
fields), only a bounded prefix of a header field is ever decoded (``headers``, ``addresses``),
and only the first MAX_BODY_BYTES of the body are read as text.

Every string it returns is clean (``clean``): decoded (raw UTF-8 and 8-bit headers too), no
control character but tab and newline in text, no lone surrogate, and each one-line value cut to
the length of the column it is stored in, so that no value read from a mail can make a write to
PostgreSQL or SQLite fail.

Reason codes of Unreadable: no_sender, multiple_from, header_too_long, too_many_headers,
too_many_parts, too_deep, too_many_lines, too_many_attachments, unparseable.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import datetime
from email.message import Message
from email.parser import BytesParser
from email.utils import collapse_rfc2231_value, parsedate_to_datetime

from tnefparse import TNEF

from worker.domain import Attachment, InboundMail
from worker.mail import clean
from worker.mail.addresses import read_from, read_list, sender_text
from worker.mail.headers import Headers
from worker.mail.html_text import read_html
from worker.mail.quotes import SplitBody, split_body
from worker.mail.sniff import sniff
from worker.mail.structure import RAW_VALUES, Limit, read_tree

MAX_BODY_BYTES = 2 * 1024 * 1024  # of the body part read as text; the rest is not read
MAX_MESSAGE_ID = 998  # the store's column
MAX_REFERENCES = 100  # the latest ones of a References field
MAX_FILENAME = 255
MAX_DETAIL = 200
MAX_SUBJECT = 998
SUMMARY_BYTES = 65536  # of the header block read for a quarantined mail's summary

_MESSAGE_ID = re.compile(r"<[\x21-\x3b\x3d\x3f-\x7e\u00a0-\ud7ff\ue000-\uffff]{1,996}>")
_MIME_TYPE = re.compile(r"[a-z0-9][a-z0-9!#$&^_.+-]{0,126}/[a-z0-9][a-z0-9!#$&^_.+-]{0,126}")


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
        return _parse(raw, content_hash, max_attachments)
    except Limit as limit:
        return _unreadable(raw, content_hash, limit.reason, limit.detail)
    except Exception as exc:  # the last line of defence: a value, never an exception
        return _unreadable(raw, content_hash, "unparseable", type(exc).__name__)


def _parse(raw: bytes, content_hash: str, max_attachments: int) -> InboundMail:
    tree = read_tree(raw)
    parts = list(_walk(tree))  # at most structure.MAX_PARTS: the parser stopped at the limit
    body_part = _body_part(parts)
    charset = _charset(tree) or (_charset(body_part) if body_part is not None else None)
    headers = Headers(tree, charset)

    sender = read_from(headers.values("from"))
    if sender.sender is None:
        raise Limit(sender.reason, sender.detail)

    attachments: list[Attachment] = []
    for part, _inside in parts:
        if part is body_part or part.is_multipart():
            continue
        if part.get_content_maintype() == "text" and not _is_attachment(part):
            continue  # an alternative rendering of the body, or a text part of a forward
        for attachment in _unwrapped(_attachment(part)):
            if len(attachments) == max_attachments:
                raise Limit("too_many_attachments", f"over {max_attachments} attachments")
            attachments.append(attachment)

    subject = headers.subject()
    split = _split(body_part, subject)
    if not split.forwarded:
        split = _with_attached_mail(split, parts)

    return InboundMail(
        message_id=_message_id(headers.first("message-id")) or _synthetic_id(content_hash),
        sender=sender.sender,
        to=read_list(headers.first("to")),
        cc=read_list(headers.first("cc")),
        reply_to=read_list(headers.first("reply-to")),
        subject=subject,
        date=_date(headers.first("date")),
        in_reply_to=_message_ids(_ids_field(headers, "in-reply-to")[:8192])[:10],
        references=_message_ids(_ids_field(headers, "references")[-32768:])[-MAX_REFERENCES:],
        headers=headers.screening(),
        content_type=_mime_type(tree),
        report_type=_report_type(tree),
        text=split.text,
        quoted=split.quoted,
        signature=split.signature,
        attachments=tuple(attachments),
        content_hash=content_hash,
        forwarded=split.forwarded,
        forwarded_from=split.forwarded_from,
        forwarded_date=split.forwarded_date,
    )


# --- a mail that cannot be read: who sent it and what about, for staff ------------------------


def _unreadable(raw: bytes, content_hash: str, reason: str, detail: str) -> Unreadable:
    message_id = sender = subject = ""
    try:  # from the first SUMMARY_BYTES of the header block only: bounded whatever the mail
        head = raw[:SUMMARY_BYTES]
        end = min((i for i in (head.find(b"\r\n\r\n"), head.find(b"\n\n")) if i >= 0), default=-1)
        top = BytesParser(policy=RAW_VALUES).parsebytes(
            head[:end] if end >= 0 else head, headersonly=True
        )
        headers = Headers(top, None)
        message_id = _message_id(headers.first("message-id"))
        sender = sender_text(headers.values("from"))
        subject = headers.subject()
    except Exception:  # a summary is a courtesy: the reason is what counts
        pass
    return Unreadable(
        reason=reason,
        detail=clean.line(detail, MAX_DETAIL),
        message_id=message_id or _synthetic_id(content_hash),
        sender=clean.line(sender, 320),
        subject=clean.line(subject, MAX_SUBJECT),
        content_hash=content_hash,
    )


# --- header values ------------------------------------------------------------------------------


def _synthetic_id(content_hash: str) -> str:
    return f"<{content_hash[:32]}@no-message-id.invalid>"


def _message_id(value: str) -> str:
    """The first <id@host> of a field (at most MAX_MESSAGE_ID characters), or a bare id@host
    put in angle brackets; "" when there is none."""
    value = value[:4096]
    match = _MESSAGE_ID.search(value)
    if match and "@" in match.group():
        return match.group()
    bare = value.strip()
    if "@" in bare and _MESSAGE_ID.fullmatch(f"<{bare}>"):
        return f"<{bare}>"
    return ""


def _ids_field(headers: Headers, name: str) -> str:
    """A field of message ids as written; where a sender's software wrapped a long id in
    encoded-words (Python's email package does, past 78 characters), decoded."""
    value = headers.first(name)
    return headers.decoded(name) if "=?" in value else value


def _message_ids(value: str) -> tuple[str, ...]:
    ids = (m.group() for m in _MESSAGE_ID.finditer(value))
    return tuple(dict.fromkeys(i for i in ids if "@" in i))


def _date(value: str) -> datetime | None:
    try:
        parsed = parsedate_to_datetime(value[:256])
    except Exception:
        return None
    return parsed if isinstance(parsed, datetime) and parsed.tzinfo else None


def _charset(part: Message) -> str | None:
    try:
        return clean.codec_for(part.get_content_charset())
    except Exception:
        return None


def _mime_type(part: Message) -> str:
    """The declared type when it is a well-formed type/subtype, else application/octet-stream."""
    try:
        declared = part.get_content_type()
    except Exception:
        declared = ""
    return declared if _MIME_TYPE.fullmatch(declared) else "application/octet-stream"


def _report_type(part: Message) -> str:
    try:
        value = part.get_param("report-type")
        return clean.line(str(collapse_rfc2231_value(value) if value else ""), 64).lower()
    except Exception:
        return ""


# --- parts, body and attachments ----------------------------------------------------------------


def _walk(tree: Message):
    """Every part, depth first, with whether it lies inside an attached mail (message/*)."""
    stack: list[tuple[Message, bool]] = [(tree, False)]
    while stack:
        part, inside = stack.pop()
        yield part, inside
        if part.is_multipart():
            children = part.get_payload()
            inner = inside or part.get_content_maintype() == "message"
            stack.extend((child, inner) for child in reversed(children))


def _is_attachment(part: Message) -> bool:
    try:
        return part.get_content_disposition() == "attachment" or bool(part.get_filename())
    except Exception:
        return True


def _body_part(parts: list[tuple[Message, bool]]) -> Message | None:
    """The first plain-text part that is no attachment, else the first HTML one; parts of an
    attached mail are not the body."""
    found: dict[str, Message] = {}
    for part, inside in parts:
        if inside or part.is_multipart() or part.get_content_maintype() != "text":
            continue
        subtype = part.get_content_subtype()
        if subtype in ("plain", "html") and subtype not in found and not _is_attachment(part):
            found[subtype] = part
    plain, html = found.get("plain"), found.get("html")
    if plain is not None and html is not None and not _text_of(plain).strip():
        return html  # an empty plain alternative ("view this mail in HTML")
    return plain if plain is not None else html


def _text_of(part: Message) -> str:
    payload = part.get_payload(decode=True)
    data = payload[:MAX_BODY_BYTES] if isinstance(payload, bytes) else b""
    return clean.text(clean.decode(data, _charset(part), "utf-8"), MAX_BODY_BYTES)


def _split(part: Message | None, subject: str) -> SplitBody:
    if part is None:
        return SplitBody("", "", "")
    content = _text_of(part)
    if part.get_content_subtype() == "html":
        html = read_html(content)
        split = split_body(html.text, subject=subject, quote_at=html.quote_line)
    else:
        split = split_body(content, subject=subject)
    return SplitBody(
        text=clean.text(split.text, MAX_BODY_BYTES),
        quoted=clean.text(split.quoted, MAX_BODY_BYTES),
        signature=clean.text(split.signature, MAX_BODY_BYTES),
        forwarded=clean.text(split.forwarded, MAX_BODY_BYTES),
        forwarded_from=split.forwarded_from,
        forwarded_date=split.forwarded_date,
    )


def _with_attached_mail(split: SplitBody, parts: list[tuple[Message, bool]]) -> SplitBody:
    """A mail forwarded as an attachment (message/rfc822) is the forwarded mail."""
    for part, inside in parts:
        if inside or part.get_content_type() != "message/rfc822":
            continue
        inner = part.get_payload()
        if not inner or not isinstance(inner[0], Message):
            return split
        mail = inner[0]
        inner_parts = list(_walk(mail))
        body = _body_part([(p, False) for p, inside_inner in inner_parts if not inside_inner])
        inner_split = _split(body, "")
        headers = Headers(mail, _charset(body) if body is not None else None)
        return SplitBody(
            text=split.text,
            quoted=split.quoted,
            signature=split.signature,
            forwarded=inner_split.text or inner_split.quoted,
            forwarded_from=clean.line(headers.decoded("from"), 400),
            forwarded_date=clean.line(headers.first("date"), 200),
        )
    return split


def _unwrapped(attachment: Attachment) -> list[Attachment]:
    """Outlook's winmail.dat (TNEF) carries the real attachments inside it: those, not it."""
    if attachment.sniffed_type != "application/vnd.ms-tnef":
        return [attachment]
    try:
        tnef = TNEF(attachment.content, do_checksum=False)
        inner = [
            Attachment(
                filename=clean.line(
                    clean.unescape(str(a.long_filename() or a.name or "")), MAX_FILENAME
                ),
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
        filename = str(part.get_filename() or "")
    except Exception:
        filename = ""
    payload = part.get_payload(decode=True)
    content = payload if isinstance(payload, bytes) else b""
    return Attachment(
        filename=clean.line(clean.unescape(filename), MAX_FILENAME),
        declared_type=_mime_type(part),
        sniffed_type=sniff(content),
        content=content,
    )
