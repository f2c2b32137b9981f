"""The domain's vocabularies and value types.

Every vocabulary of the interface contract (../shared/INTERFACE.md) is an enum here; the stages
of intake pass these frozen values to one another instead of a shared mutable dict.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum


class RequestType(StrEnum):
    ACCESS = "access"
    RECTIFICATION = "rectification"
    ERASURE = "erasure"
    RESTRICTION = "restriction"
    PORTABILITY = "portability"
    OBJECTION = "objection"
    MARKETING_OPT_OUT = "marketing_opt_out"
    COMPLAINT = "complaint"


class Language(StrEnum):
    NL = "nl"
    FR = "fr"
    EN = "en"
    DE = "de"


class IdStatus(StrEnum):
    VERIFIED = "verified"
    MISSING = "missing"
    UNREADABLE = "unreadable"
    INVALID = "invalid"
    EXPIRED = "expired"
    NAME_MISMATCH = "name_mismatch"
    NOT_REQUIRED = "not_required"

    @property
    def is_ok(self) -> bool:
        """Nothing more is needed about the requester's identity."""
        return self in (IdStatus.VERIFIED, IdStatus.NOT_REQUIRED)


class CaseStatus(StrEnum):
    AWAITING_ID = "awaiting_id"
    AWAITING_CONFIRMATION = "awaiting_confirmation"
    IN_PROGRESS = "in_progress"
    AWAITING_REVIEW = "awaiting_review"
    COMPLETED = "completed"
    REJECTED = "rejected"
    CLOSED = "closed"

    @property
    def is_open(self) -> bool:
        return self not in (CaseStatus.COMPLETED, CaseStatus.REJECTED, CaseStatus.CLOSED)


class MessageKind(StrEnum):
    # incoming
    REQUEST = "request"
    FOLLOW_UP = "follow_up"
    # outgoing
    ACKNOWLEDGEMENT = "acknowledgement"
    ID_REQUEST = "id_request"
    CONFIRMATION_REQUEST = "confirmation_request"
    RESPONSE = "response"
    REFUSAL = "refusal"
    EXTENSION_NOTICE = "extension_notice"
    STAFF_REPLY = "staff_reply"

    @property
    def decided_by_a_person(self) -> bool:
        """Sent only because a person decided so (written by them, or a refusal or extension
        they chose): not an automatic reply, so no Auto-Submitted (RFC 3834 §5)."""
        return self in (MessageKind.STAFF_REPLY, MessageKind.REFUSAL, MessageKind.EXTENSION_NOTICE)


class Direction(StrEnum):
    IN = "in"
    OUT = "out"


class DispositionKind(StrEnum):
    CASE_OPENED = "case_opened"
    CASE_UPDATED = "case_updated"
    IGNORED = "ignored"
    QUARANTINED = "quarantined"


class IgnoreReason(StrEnum):
    AUTO_REPLY = "auto_reply"
    BOUNCE = "bounce"
    BULK = "bulk"
    OWN_ADDRESS = "own_address"
    LOOP = "loop"
    DISMISSED = "dismissed"  # quarantined, then dismissed by staff (`quarantine dismiss`)


class Flag(StrEnum):
    """Why a case waits for a person. Staff see these in the console and in `cases list`."""

    UNCLASSIFIED = "unclassified"
    LOW_CONFIDENCE = "low_confidence"
    ID_DOUBTFUL = "id_doubtful"
    REF_FROM_OTHER_SENDER = "ref_from_other_sender"
    DELIVERY_FAILED = "delivery_failed"
    SENDER_UNVERIFIED = "sender_unverified"  # no personal data is sent until staff decide
    REPLY_LIMIT = "reply_limit"  # the sender reached the daily number of automatic replies
    COMPLAINT = "complaint"  # a person answers complaints
    RECTIFICATION_PENDING = "rectification_pending"  # a person approves corrections
    PASSED_ON = "passed_on"  # the request is someone else's, forwarded: not the sender's own
    ON_BEHALF = "on_behalf"  # a representative writes for the data subject: check the mandate
    REMINDER = "reminder"  # of an earlier request
    AUTHORITY_COMPLAINT = "authority_complaint"  # a copy of a complaint filed with the authority
    DISPUTED = "disputed"  # the owner of the address denies having made the request
    BUDGET_EXCEEDED = "budget_exceeded"  # reading the mail took more time or memory than allowed
    CONFIRMATION_FAILED = "confirmation_failed"  # too many wrong confirmation codes
    # a reply our server did not authenticate carried a wrong code on a case it authenticated:
    # not counted against the code's tries (anyone can forge the From), shown to staff
    UNAUTHENTICATED_WRONG_CODE = "unauthenticated_wrong_code"
    TEXT_TRUNCATED = "text_truncated"  # longer than the reader reads: only its start was read
    SOURCE_FAILED = "source_failed"  # the company's data could not be used: see the event
    # the access/portability package holds free text, notes or third parties: a person reads
    # it and releases it (`cases release`, art. 15(4))
    PACKAGE_REVIEW = "package_review"

    @property
    def holds_for_review(self) -> bool:
        """A person reads the case before any work starts (it awaits review, not its ID)."""
        return self in _HOLD_FOR_REVIEW

    @property
    def cleared_by_approval(self) -> bool:
        """A person approving the case as it stands settles it (`cases approve`)."""
        return self in _CLEARED_BY_APPROVAL

    @property
    def left_with_staff(self) -> bool:
        """Once the automatic work is done, a person still has something to do: the case
        awaits review instead of completing."""
        return self in _LEFT_WITH_STAFF


_HOLD_FOR_REVIEW = frozenset(
    {
        Flag.UNCLASSIFIED,
        Flag.LOW_CONFIDENCE,
        Flag.REF_FROM_OTHER_SENDER,
        Flag.PASSED_ON,
        Flag.ON_BEHALF,
        Flag.REMINDER,
        Flag.AUTHORITY_COMPLAINT,
        Flag.BUDGET_EXCEEDED,
        Flag.TEXT_TRUNCATED,
    }
)
# approving a case whose source failed runs its rights again (once the source is repaired)
_CLEARED_BY_APPROVAL = _HOLD_FOR_REVIEW | {
    Flag.SENDER_UNVERIFIED, Flag.ID_DOUBTFUL, Flag.SOURCE_FAILED,
}  # fmt: skip
_LEFT_WITH_STAFF = frozenset({Flag.COMPLAINT, Flag.RECTIFICATION_PENDING, Flag.DELIVERY_FAILED})


class Proof(StrEnum):
    """What can be proven about the person behind a request (worker.proof)."""

    SENDER_AUTHENTICATED = "sender_authenticated"  # our server's DMARC pass for the From
    MAILBOX_CONFIRMATION = "mailbox_confirmation"  # the code of our mail, typed in a reply
    STAFF_APPROVAL = "staff_approval"  # a person approved the case


class EventKind(StrEnum):
    """What a case's log records (the `kind` of an event). Stored: never change a value."""

    # intake
    CASE_OPENED = "case_opened"
    FOLLOW_UP_RECEIVED = "follow_up_received"
    ID_CHECKED = "id_checked"
    ID_COPY_KEPT = "id_copy_kept"
    # what the requester's reply did (actor "requester")
    MAILBOX_CONFIRMED = "mailbox_confirmed"
    CONFIRMATION_WRONG = "confirmation_wrong"
    REQUEST_DENIED = "request_denied"
    ERASURE_CONFIRMED = "erasure_confirmed"  # before mailbox_confirmed (older cases' logs)
    # any actor
    STATUS_CHANGED = "status_changed"
    ID_COPY_DELETED = "id_copy_deleted"
    ORIGINAL_DELETED = "original_deleted"  # the mail as received, from the mailbox's folder
    REPLY_WRITTEN = "reply_written"
    REPLIES_BUNDLED = "replies_bundled"  # replies of one moment sent as one mail: `into`
    # delivery
    REPLY_SENT = "reply_sent"
    REPLY_FAILED = "reply_failed"
    # the rights
    RIGHT_DONE = "right_done"
    RIGHT_REOPENED = "right_reopened"  # a reply widened a done opt-out: it runs again
    RIGHT_PROGRESS = "right_progress"
    RIGHT_HELD = "right_held"  # the proof the right needs is missing: see `missing`
    CONFIRMATION_ASKED = "confirmation_asked"  # a code went to the requester's own address
    LOW_HARM_DONE = "low_harm_done"  # a right's harmless part done at once (marketing stopped)
    CONTACT_CHANGE_ASKED = "contact_change_asked"  # a code went to the new contact address
    CONTACT_CHANGE_CONFIRMED = "contact_change_confirmed"  # typed back from the new address
    CONTACT_CHANGE_CANCELLED = "contact_change_cancelled"  # denied, or too many wrong codes
    SOURCE_FAILED = "source_failed"  # the company's data could not be used: `reason`
    PACKAGE_HELD = "package_held"  # the package waits for a person to read it: `fields`
    PACKAGE_RELEASED = "package_released"  # a person read it and let it go: `redact`
    # staff
    APPROVED = "approved"
    REQUEST_TYPES_SET = "request_types_set"
    RECTIFIED = "rectified"
    DEADLINE_EXTENDED = "deadline_extended"
    REFUSED = "refused"
    CLOSED = "closed"
    REOPENED = "reopened"
    NOTE_ADDED = "note_added"
    ASSIGNED = "assigned"
    ID_COPY_VIEWED = "id_copy_viewed"
    READING_CORRECTED = "reading_corrected"  # request types corrected, not approved
    DATA_SUBJECT_SET = "data_subject_set"  # whose data it is; when the company first received it
    MERGED_INTO = "merged_into"  # this case was a duplicate: its thread moved to `into`
    MERGED_FROM = "merged_from"  # a duplicate's thread joined this case
    RESTRICTION_LIFT_ANNOUNCED = "restriction_lift_announced"  # art. 18(3) notice written
    RESTRICTION_LIFTED = "restriction_lifted"  # after the notice was delivered
    QUARANTINE_DISMISSED = "quarantine_dismissed"  # a quarantined mail of the case, dismissed
    EXPORTED = "exported"  # the evidence file for the authority was made


class OutboxStatus(StrEnum):
    """An outbox row's delivery state. Stored."""

    PENDING = "pending"
    SENT = "sent"
    FAILED = "failed"


# ---------------------------------------------------------------------------------------------
# Values passed between the stages of intake


@dataclass(frozen=True)
class Address:
    email: str  # lower-cased addr-spec
    name: str = ""  # display name, may be empty


@dataclass(frozen=True)
class Attachment:
    filename: str
    declared_type: str  # the Content-Type the sender declared (a hint only)
    sniffed_type: str  # the MIME type recognised from the bytes, "" when unknown
    content: bytes = field(repr=False)

    @property
    def size(self) -> int:
        return len(self.content)


@dataclass(frozen=True)
class InboundMail:
    """A parsed mail: everything later stages may look at, nothing they can change."""

    message_id: str  # with angle brackets; a synthetic one when the mail had none
    sender: Address  # the From address (never Reply-To)
    to: tuple[Address, ...]
    cc: tuple[Address, ...]
    reply_to: tuple[Address, ...]
    subject: str
    date: datetime | None
    in_reply_to: tuple[str, ...]
    references: tuple[str, ...]
    headers: tuple[tuple[str, str], ...]  # (lower-cased name, value) in order, for screening
    content_type: str  # of the top-level part, e.g. "multipart/report"
    report_type: str  # the report-type parameter of a multipart/report, else ""
    text: str  # what the writer wrote now: quotes, forwarded parts and signature removed
    quoted: str  # all that was set aside: quoted earlier messages, forwarded mail, as written
    signature: str
    attachments: tuple[Attachment, ...]
    content_hash: str  # sha256 of the raw bytes
    # A mail the writer forwarded (inline, or attached as message/rfc822): its text, and its
    # From and Date lines as written there. Never part of `text`: a bare forward has no text.
    forwarded: str = ""
    forwarded_from: str = ""
    forwarded_date: str = ""

    def header(self, name: str) -> tuple[str, ...]:
        name = name.lower()
        return tuple(v for k, v in self.headers if k == name)


@dataclass(frozen=True)
class Classification:
    request_types: tuple[RequestType, ...]  # in RequestType order, no duplicates
    language: Language
    confidence: float  # 0..1; 0 when nothing was recognised
    guessed: bool = False  # only the trained model read these types: a person confirms them
    passed_on: bool = False  # read from someone else's mail that the sender forwarded to us
    truncated: bool = False  # longer than the classifier reads: only the start was read
    # per request type, the sentences it was read from, as the requester wrote them (their own
    # text: stored with the case, never logged)
    evidence: tuple[tuple[RequestType, tuple[str, ...]], ...] = field(default=(), repr=False)
    on_behalf: bool = False  # a representative writes for the data subject (check the mandate)
    data_subject: str = field(default="", repr=False)  # whom they write for, when named
    reminder: bool = False  # reminds of an earlier request
    first_written: date | None = None  # when the writer says they first wrote, if they say
    authority_complaint: bool = False  # a copy of a complaint lodged with a supervisory authority

    def evidence_for(self, request_type: RequestType) -> tuple[str, ...]:
        return dict(self.evidence).get(request_type, ())


@dataclass(frozen=True)
class IdCheck:
    status: IdStatus
    reasons: tuple[str, ...]  # human-readable, English, no personal data
    document_kind: str = ""  # "id_card", "passport" when recognised
    expiry: date | None = None
    holder_name: str = ""  # as read from the document, kept for the name comparison only
    document_hash: str = ""  # sha256 of "ISSUER:DOCUMENT-NUMBER" (worker.idcheck.document_hash)


# ---------------------------------------------------------------------------------------------
# Threading: what a mail names, and the cases the store finds for it (worker/followup.py decides)


@dataclass(frozen=True)
class ThreadKeys:
    """What in a mail may name a case: message ids we might have sent, refs in the subject."""

    message_ids: tuple[str, ...]
    refs: tuple[str, ...]

    def __bool__(self) -> bool:
        return bool(self.message_ids or self.refs)


@dataclass(frozen=True)
class CaseCandidate:
    """A case a mail's keys named, as the store found it."""

    case_id: int
    requester_email: str
    is_open: bool
    requester_name: str = ""  # as the case recorded it when it opened
    pending_address: str = ""  # a new contact address waiting to be confirmed from itself
    # the data subject's address, when staff set another person than the sender and a code
    # went to it: only their own reply confirms (or denies) the case's changes
    subject_address: str = ""


# ---------------------------------------------------------------------------------------------
# Whose data a case is about (staff set it for on-behalf and passed-on requests: `cases subject`)


@dataclass(frozen=True)
class DataSubject:
    name: str
    email: str  # where the company's data is looked for; "" when staff gave no address
    is_sender: bool  # the sender asks for themselves: their own proofs count


def data_subject_of(framing: dict | None, requester_email: str, requester_name: str) -> DataSubject:
    """The data subject staff set on the case (its framing's `data_subject`), else the sender."""
    given = (framing or {}).get("data_subject") or {}
    if not given:
        return DataSubject(requester_name, requester_email, True)
    email = str(given.get("email", "")).strip().lower()
    return DataSubject(str(given.get("name", "")), email, email == requester_email.lower())
