"""The case store: SQLAlchemy 2.0 typed models. Schema changes go through Alembic (migrations/)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, column_property, mapped_column, relationship

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UtcDateTime(TypeDecorator[datetime]):
    """Aware UTC datetimes on every backend (SQLite keeps no zone: naive UTC in, aware out)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to the case store")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def utcnow() -> datetime:
    return datetime.now(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Case(Base):
    __tablename__ = "cases"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    ref: Mapped[str | None] = mapped_column(String(32), unique=True)
    status: Mapped[str] = mapped_column(String(32), index=True)
    request_types: Mapped[list[str]] = mapped_column(JSON, default=list)
    language: Mapped[str] = mapped_column(String(8))
    confidence: Mapped[float] = mapped_column(default=0.0)
    requester_email: Mapped[str] = mapped_column(String(320), index=True)
    requester_name: Mapped[str] = mapped_column(String(320), default="")
    received_at: Mapped[datetime] = mapped_column(UtcDateTime)
    deadline: Mapped[date]
    id_status: Mapped[str] = mapped_column(String(32))
    id_reasons: Mapped[list[str]] = mapped_column(JSON, default=list)
    id_document_hash: Mapped[str] = mapped_column(String(64), default="")
    flags: Mapped[list[str]] = mapped_column(JSON, default=list)
    # Erasure waits for the requester's confirmation: a code sent to their own address, kept
    # hashed, valid until the given time.
    confirmation_hash: Mapped[str] = mapped_column(String(64), default="")
    confirmation_expires_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    # What has been proven about the person behind the request (worker.proof): our server's
    # DMARC pass on the opening mail, the code of our confirmation mail typed back (with the
    # wrong tries counted), a person's approval.
    sender_authenticated: Mapped[bool] = mapped_column(default=False)
    mailbox_confirmed_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    confirmation_wrong_tries: Mapped[int] = mapped_column(default=0)
    approved_by: Mapped[str] = mapped_column(String(200), default="")
    # Per request type, the sentences of the request it was read from; how the letter frames
    # the request (on behalf of whom, a reminder of when, passed on from whom). The requester's
    # own words: shown to staff, never logged.
    evidence: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    framing: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    # A correction read from the mail, applied only after a person approved it.
    proposed_rectification: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    # the console user who looks after the case; empty: nobody yet
    assignee: Mapped[str] = mapped_column(String(64), default="")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow, onupdate=utcnow)

    inbound: Mapped[list[InboundMessage]] = relationship(
        back_populates="case", order_by="InboundMessage.id"
    )
    outbound: Mapped[list[OutboundMessage]] = relationship(
        back_populates="case", order_by="OutboundMessage.id"
    )
    events: Mapped[list[Event]] = relationship(back_populates="case", order_by="Event.id")
    notes: Mapped[list[CaseNote]] = relationship(order_by="CaseNote.id")


class InboundMessage(Base):
    """Every mail fetched from the mailbox, with its one disposition."""

    __tablename__ = "inbound_messages"
    __table_args__ = (
        UniqueConstraint("message_id", "content_hash", name="uq_inbound_messages_identity"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    source_key: Mapped[str] = mapped_column(String(512), unique=True)
    message_id: Mapped[str] = mapped_column(String(998))
    content_hash: Mapped[str] = mapped_column(String(64))
    from_addr: Mapped[str] = mapped_column(String(320), default="")
    subject: Mapped[str] = mapped_column(Text, default="")
    received_at: Mapped[datetime] = mapped_column(UtcDateTime)
    kind: Mapped[str | None] = mapped_column(String(32))  # request / follow_up; None when no case
    # What the sender wrote (plain text), and the earlier mail they quoted, for staff to read:
    # personal data of the case, kept in the database only and never logged. Empty for mail
    # that opened no case and for mail from before it was kept.
    text: Mapped[str] = mapped_column(Text, default="")
    quoted_text: Mapped[str] = mapped_column(Text, default="")
    disposition: Mapped[str] = mapped_column(String(32), index=True)
    reason: Mapped[str] = mapped_column(String(200), default="")
    case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id"), index=True)
    # The original is kept only while it is quarantined (for staff and for replay), encrypted
    # like the ID copies it may carry (worker.vault).
    raw: Mapped[bytes | None] = mapped_column(LargeBinary, deferred=True)
    attempts: Mapped[int] = mapped_column(default=1)
    error: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow, onupdate=utcnow)

    case: Mapped[Case | None] = relationship(back_populates="inbound")
    attachments: Mapped[list[StoredAttachment]] = relationship(back_populates="message")


class StoredAttachment(Base):
    """What came attached: metadata always; content only encrypted, and only while needed."""

    __tablename__ = "attachments"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    inbound_message_id: Mapped[int] = mapped_column(ForeignKey("inbound_messages.id"), index=True)
    filename: Mapped[str] = mapped_column(String(255), default="")
    declared_type: Mapped[str] = mapped_column(String(255), default="")
    sniffed_type: Mapped[str] = mapped_column(String(255), default="")
    size: Mapped[int]
    sha256: Mapped[str] = mapped_column(String(64))
    content: Mapped[bytes | None] = mapped_column(LargeBinary, deferred=True)
    deleted_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    # whether the content is still kept, without loading it
    kept: Mapped[bool] = column_property(content.is_not(None))

    message: Mapped[InboundMessage] = relationship(back_populates="attachments")


class OutboundMessage(Base):
    """A reply: a row first, with its Message-ID fixed at creation; then sent (the outbox)."""

    __tablename__ = "outbound_messages"
    __table_args__ = (
        Index("ix_outbound_messages_status", "status"),
        # the daily reply limit per address counts a requester's recent replies at every intake
        Index("ix_outbound_messages_to_addr_created_at", "to_addr", "created_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    kind: Mapped[str] = mapped_column(String(32))
    language: Mapped[str] = mapped_column(String(8))
    message_id: Mapped[str] = mapped_column(String(998), unique=True)
    to_addr: Mapped[str] = mapped_column(String(320))
    subject: Mapped[str] = mapped_column(Text)
    body: Mapped[str] = mapped_column(Text)
    in_reply_to: Mapped[str] = mapped_column(String(998), default="")
    references: Mapped[str] = mapped_column(Text, default="")
    # One file sent with the reply (an encrypted PDF report); dropped once the reply is sent.
    attachment_name: Mapped[str] = mapped_column(String(255), default="")
    attachment: Mapped[bytes | None] = mapped_column(LargeBinary, deferred=True)
    # A body that must not outlive its sending (a password): replaced once sent.
    sensitive: Mapped[bool] = mapped_column(default=False)
    # Sent only once this other row was delivered (a password after its package); no foreign
    # key: a plain id, the rows live and die together with their case.
    after_id: Mapped[int | None] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(16), default="pending")  # pending / sent / failed
    attempts: Mapped[int] = mapped_column(default=0)
    # Set while one worker talks to the mail server, so that no other sends it meanwhile; no
    # lock is held during the dialogue. A crash leaves it to expire.
    claimed_until: Mapped[datetime | None] = mapped_column(UtcDateTime)
    last_error: Mapped[str] = mapped_column(Text, default="")
    server_reply: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    sent_at: Mapped[datetime | None] = mapped_column(UtcDateTime)

    case: Mapped[Case] = relationship(back_populates="outbound")


class Event(Base):
    """The append-only accountability record of a case: who did what, when. No personal data."""

    __tablename__ = "events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    actor: Mapped[str] = mapped_column(String(64))  # "intake", "handler:replies", "staff:<login>"
    kind: Mapped[str] = mapped_column(String(64))
    detail: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)

    case: Mapped[Case] = relationship(back_populates="events")


class CaseNote(Base):
    """Staff's own words on a case (an internal note, the reason for reopening it): never sent
    to the requester; kept apart from the event log, which holds no personal data."""

    __tablename__ = "case_notes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    author: Mapped[str] = mapped_column(String(80))  # staff:NAME or cli:NAME
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class User(Base):
    """A person who may log into the staff console: an officer acts, a viewer reads."""

    __tablename__ = "users"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(64))
    # the name folded to lower case: unique, so that "Anna" and "anna" are one person
    name_key: Mapped[str] = mapped_column(String(64), unique=True)
    role: Mapped[str] = mapped_column(String(16))
    password_hash: Mapped[str] = mapped_column(String(255), default="")  # argon2id, PHC string
    disabled: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow, onupdate=utcnow)


class ConsoleSession(Base):
    """A logged-in browser: the cookie's token is kept only as its SHA-256; the form token
    (CSRF) belongs to the session."""

    __tablename__ = "console_sessions"

    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    csrf_token: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    last_seen_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(UtcDateTime, index=True)  # the absolute end

    user: Mapped[User] = relationship()


class LoginFailure(Base):
    """Failed console logins counted per user name and per client address (`key`), for the
    lockout; a row goes once its window has passed."""

    __tablename__ = "login_failures"

    key: Mapped[str] = mapped_column(String(128), primary_key=True)  # "user:NAME" / "addr:IP"
    failures: Mapped[int] = mapped_column(default=0)
    first_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    locked_until: Mapped[datetime | None] = mapped_column(UtcDateTime)


class IntakeAttempt(Base):
    """A mail intake has started on and not finished yet (GNU Mailman's shunt, with its count):
    written and committed before the mail's bytes are read, deleted with its disposition. Found
    again by another run of the worker, it means the run before died on this mail."""

    __tablename__ = "intake_attempts"

    source_key: Mapped[str] = mapped_column(String(512), primary_key=True)
    attempts: Mapped[int] = mapped_column(default=0)  # starts of intake on this mail
    interrupted: Mapped[int] = mapped_column(default=0)  # of which a run died during (or left)
    run: Mapped[str] = mapped_column(String(32), default="")  # the run of the latest start
    started_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class MailboxPosition(Base):
    """Where the poller stands in a mailbox (IMAP: UIDVALIDITY and the last UID handled)."""

    __tablename__ = "mailbox_positions"

    mailbox: Mapped[str] = mapped_column(String(512), primary_key=True)
    uidvalidity: Mapped[int] = mapped_column(default=0)
    last_uid: Mapped[int] = mapped_column(default=0)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow, onupdate=utcnow)


class Suppression(Base):
    """Addresses that must never receive marketing again, kept as SHA-256 of the lower-cased
    address: enough to recognise one, not to list them."""

    __tablename__ = "suppressions"

    address_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    reason: Mapped[str] = mapped_column(String(32))
    case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id"))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
