"""The case store's queries and writes: the only module that speaks SQL."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import case as when
from sqlalchemy import delete, func, insert, or_, select, text, update
from sqlalchemy.orm import Session, aliased, selectinload, undefer

from worker.domain import (
    CaseCandidate,
    CaseStatus,
    DispositionKind,
    EventKind,
    IdStatus,
    OutboxStatus,
    ThreadKeys,
    data_subject_of,
)
from worker.store.models import (
    Case,
    CaseNote,
    ConsoleSession,
    Event,
    InboundMessage,
    IntakeAttempt,
    LoginFailure,
    MailboxPosition,
    OutboundMessage,
    StoredAttachment,
    Suppression,
    User,
    utcnow,
)

# --- inbound mail -------------------------------------------------------------------------------


def inbound_by_source(session: Session, source_key: str) -> InboundMessage | None:
    return session.scalar(select(InboundMessage).where(InboundMessage.source_key == source_key))


def inbound_by_identity(
    session: Session, message_id: str, content_hash: str
) -> InboundMessage | None:
    return session.scalar(
        select(InboundMessage).where(
            InboundMessage.message_id == message_id, InboundMessage.content_hash == content_hash
        )
    )


def inbound_by_id(session: Session, inbound_id: int) -> InboundMessage | None:
    return session.get(InboundMessage, inbound_id)


def add_inbound(session: Session, **fields: Any) -> InboundMessage:
    row = InboundMessage(**fields)
    session.add(row)
    session.flush()
    return row


def start_attempt(session: Session, source_key: str, run: str) -> IntakeAttempt:
    """Note that intake starts on a mail now, in this `run`: a start left by another run counts
    as interrupted (that run died, or stopped, during this mail)."""
    row = session.get(IntakeAttempt, source_key, with_for_update=True)
    if row is None:
        row = IntakeAttempt(source_key=source_key, attempts=0, interrupted=0, run=run)
        session.add(row)
    elif row.run != run:
        row.interrupted += 1
    row.attempts += 1
    row.run = run
    row.started_at = utcnow()
    session.flush()
    return row


def end_attempt(session: Session, source_key: str) -> None:
    """The mail has its disposition (in this transaction): nothing is left unfinished."""
    session.execute(delete(IntakeAttempt).where(IntakeAttempt.source_key == source_key))


def add_attachment_record(session: Session, **fields: Any) -> StoredAttachment:
    row = StoredAttachment(**fields)
    session.add(row)
    return row


def purge_id_copies(session: Session, case_id: int, before_inbound_id: int | None = None) -> int:
    """Delete the stored content of a case's ID copies (metadata stays); returns how many."""
    query = (
        update(StoredAttachment)
        .where(
            StoredAttachment.content.is_not(None),
            StoredAttachment.inbound_message_id.in_(
                select(InboundMessage.id).where(InboundMessage.case_id == case_id)
            ),
        )
        .values(content=None, deleted_at=utcnow())
    )
    if before_inbound_id is not None:
        query = query.where(StoredAttachment.inbound_message_id < before_inbound_id)
    return session.execute(query).rowcount or 0


def list_inbound(session: Session) -> Sequence[InboundMessage]:
    return session.scalars(
        select(InboundMessage)
        .options(selectinload(InboundMessage.case))
        .order_by(InboundMessage.id)
    ).all()


def list_quarantined(session: Session) -> Sequence[InboundMessage]:
    return session.scalars(
        select(InboundMessage)
        .where(InboundMessage.disposition == DispositionKind.QUARANTINED.value)
        .order_by(InboundMessage.id)
    ).all()


# --- cases --------------------------------------------------------------------------------------


def thread_candidates(session: Session, keys: ThreadKeys) -> list[CaseCandidate]:
    """Cases the keys name, in the order they name them (our Message-IDs first, then refs)."""
    found: dict[int, Case] = {}
    if keys.message_ids:
        rows = session.execute(
            select(OutboundMessage.message_id, Case)
            .join(Case, OutboundMessage.case_id == Case.id)
            .where(OutboundMessage.message_id.in_(keys.message_ids))
        ).all()
        by_mid = {mid: case for mid, case in rows}
        for mid in keys.message_ids:
            if mid in by_mid:
                found.setdefault(by_mid[mid].id, by_mid[mid])
    if keys.refs:
        by_ref = {c.ref: c for c in session.scalars(select(Case).where(Case.ref.in_(keys.refs)))}
        for ref in keys.refs:
            if ref in by_ref:
                case = _merged_target(session, by_ref[ref])
                found.setdefault(case.id, case)
    return [
        CaseCandidate(
            c.id,
            c.requester_email,
            CaseStatus(c.status).is_open,
            c.requester_name,
            pending_address=pending_contact_address(c),
            subject_address=confirming_subject_address(c),
        )
        for c in found.values()
    ]


def _merged_target(session: Session, case: Case, hops: int = 5) -> Case:
    """The case a duplicate was merged into (`cases merge`), following a chain of merges: a mail
    naming the duplicate's ref belongs there."""
    seen: set[int] = set()
    while (case.framing or {}).get("merged_into") and case.id not in seen and len(seen) < hops:
        seen.add(case.id)
        target = session.scalar(select(Case).where(Case.ref == case.framing["merged_into"]))
        if target is None:
            break
        case = target
    return case


def pending_contact_address(case: Case) -> str:
    """The new contact address a correction waits to have confirmed from itself ("" if none)."""
    pending = (case.proposed_rectification or {}).get("contact_change") or {}
    return "" if pending.get("confirmed_at") else str(pending.get("new_address") or "")


def events_since_subject_set(case: Case) -> list[Event]:
    """The case's events, oldest first, since staff last set the data subject (`cases subject`;
    all of them if never): what was asked or confirmed before counts no more for the data
    subject. The one source of "since the data subject was set" (`confirming_subject_address`,
    worker.cases.rights.subject_confirmed)."""
    events = list(case.events)
    last = max(
        (i for i, e in enumerate(events) if e.kind == EventKind.DATA_SUBJECT_SET), default=-1
    )
    return events[last + 1 :]


def confirming_subject_address(case: Case) -> str:
    """The data subject's address, when staff set another person than the sender (`cases
    subject --email`) and a confirmation went to them: their replies answer it ("" otherwise:
    their own new request naming the case opens a case of its own)."""
    subject = data_subject_of(case.framing, case.requester_email, case.requester_name)
    if subject.is_sender or not subject.email:
        return ""
    asked = any(  # a confirmation went to them since staff last set the data subject
        e.kind == EventKind.CONFIRMATION_ASKED and (e.detail or {}).get("to_data_subject")
        for e in events_since_subject_set(case)
    )
    return subject.email if asked else ""


def create_case(session: Session, *, received_at: datetime, **fields: Any) -> Case:
    case = Case(received_at=received_at, **fields)
    session.add(case)
    session.flush()
    case.ref = f"GDPR-{received_at.year}-{case.id:06d}"
    return case


def open_case_reminded(session: Session, email: str, request_types: list[str]) -> Case | None:
    """The sender's most recent open case a reminder is about: one of the same request types
    (any of the sender's open cases when the reminder names none)."""
    open_statuses = [s.value for s in CaseStatus if s.is_open]
    rows = session.scalars(
        select(Case)
        .where(Case.requester_email == email, Case.status.in_(open_statuses))
        .order_by(Case.received_at.desc(), Case.id.desc())
        .limit(20)
    ).all()
    for case in rows:
        if not request_types or set(request_types) & set(case.request_types):
            return case
    return None


def case_by_id(session: Session, case_id: int) -> Case | None:
    return session.get(Case, case_id)


def case_for_update(session: Session, case_id: int) -> Case | None:
    return session.scalar(select(Case).where(Case.id == case_id).with_for_update())


def cases_awaiting_confirmation_until(session: Session, now: datetime) -> Sequence[Case]:
    return session.scalars(
        select(Case).where(
            Case.status == CaseStatus.AWAITING_CONFIRMATION.value,
            Case.confirmation_expires_at.is_not(None),
            Case.confirmation_expires_at < now,
        )
    ).all()


def verified_cases_with_id_copies_before(session: Session, cutoff: datetime) -> Sequence[Case]:
    """Cases whose identity is verified and that still hold a copy received before `cutoff`."""
    with_old_copies = (
        select(InboundMessage.case_id)
        .join(StoredAttachment, StoredAttachment.inbound_message_id == InboundMessage.id)
        .where(StoredAttachment.content.is_not(None), InboundMessage.created_at < cutoff)
    )
    return session.scalars(
        select(Case).where(Case.id_status == IdStatus.VERIFIED.value, Case.id.in_(with_old_copies))
    ).all()


def finished_cases_with_id_copies(session: Session) -> Sequence[Case]:
    finished = [CaseStatus.COMPLETED.value, CaseStatus.REJECTED.value, CaseStatus.CLOSED.value]
    with_copies = (
        select(InboundMessage.case_id)
        .join(StoredAttachment, StoredAttachment.inbound_message_id == InboundMessage.id)
        .where(StoredAttachment.content.is_not(None))
    )
    return session.scalars(
        select(Case).where(Case.status.in_(finished), Case.id.in_(with_copies))
    ).all()


def cases_in_progress(session: Session) -> list[int]:
    return list(session.scalars(select(Case.id).where(Case.status == CaseStatus.IN_PROGRESS.value)))


def case_by_ref(session: Session, ref: str) -> Case | None:
    return session.scalar(_case_query().where(func.upper(Case.ref) == ref.upper()))


def list_cases(session: Session) -> Sequence[Case]:
    return session.scalars(_case_query().order_by(Case.id)).all()


def _case_query():
    return select(Case).options(
        selectinload(Case.inbound), selectinload(Case.outbound), selectinload(Case.events)
    )


def kept_attachment(session: Session, ref: str, attachment_id: int) -> StoredAttachment | None:
    """A case's attachment whose (encrypted) content is still kept, with that content."""
    return session.scalar(
        select(StoredAttachment)
        .join(InboundMessage, StoredAttachment.inbound_message_id == InboundMessage.id)
        .join(Case, InboundMessage.case_id == Case.id)
        .options(undefer(StoredAttachment.content))
        .where(
            StoredAttachment.id == attachment_id,
            StoredAttachment.content.is_not(None),
            func.upper(Case.ref) == ref.upper(),
        )
    )


def add_note(session: Session, case: Case, author: str, text: str) -> CaseNote:
    row = CaseNote(case_id=case.id, author=author, text=text)
    session.add(row)
    session.flush()
    return row


def add_event(session: Session, case: Case, actor: str, event: EventKind, **detail: Any) -> None:
    session.add(Event(case_id=case.id, actor=actor, kind=event.value, detail=detail))


def add_event_for(
    session: Session, case_id: int, actor: str, event: EventKind, **detail: Any
) -> None:
    """`add_event` by the case's id, in one INSERT (for hot paths that load no Case)."""
    session.execute(
        insert(Event).values(
            case_id=case_id, actor=actor, kind=event.value, detail=detail, at=utcnow()
        )
    )


# --- outbox -------------------------------------------------------------------------------------


def add_outbound(session: Session, **fields: Any) -> OutboundMessage:
    row = OutboundMessage(**fields)
    session.add(row)
    session.flush()
    return row


def suppress(session: Session, address_hash: str, reason: str, case_id: int | None) -> bool:
    """Put an address on the suppression list; False when it was there already."""
    if session.get(Suppression, address_hash) is not None:
        return False
    session.add(Suppression(address_hash=address_hash, reason=reason, case_id=case_id))
    return True


def is_suppressed(session: Session, address_hash: str) -> bool:
    return session.get(Suppression, address_hash) is not None


def cases_of_source_keys(session: Session, keys: list[str]) -> list[int]:
    """The cases (ids) the mail fetched under these source keys (or with these Message-IDs)
    belongs to (once each)."""
    found: set[int] = set()
    for start in range(0, len(keys), 500):
        found.update(
            session.scalars(
                select(InboundMessage.case_id).where(
                    or_(
                        InboundMessage.source_key.in_(keys[start : start + 500]),
                        InboundMessage.message_id.in_(keys[start : start + 500]),
                    ),
                    InboundMessage.case_id.is_not(None),
                )
            )
        )
    return sorted(found)


_REPLY_CAPS_LOCK = 0x6764_7263  # "gdrc": counting the reply caps and writing under them


def hold_reply_caps(session: Session) -> None:
    """Count the reply caps and write under them one transaction at a time, until this one ends.
    Two intakes (or a right and an intake) counting the same mailbox at once would each see a
    reply still allowed and both write it. SQLite already takes one writer at a time from a
    transaction's first statement (BEGIN IMMEDIATE, worker/store/db.py); on PostgreSQL a
    transaction-level advisory lock does it. One lock for every mailbox: a transaction may
    count more than one, and a single lock can never deadlock with itself."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _REPLY_CAPS_LOCK})


def reply_addresses_since(session: Session, domains: tuple[str, ...], since: datetime) -> list[str]:
    """The recipients (one per mail) of replies written since `since` to an address at one of
    `domains` (lower case), for the caller to count per mailbox. A case's replies not yet tried
    to the same address are one mail: the moment's bundle folds them into one (worker/cases/
    moment.py), and counting them apart, between a right's write and the fold, would spend the
    cap twice for one mail while a concurrent intake counts."""
    patterns = [
        "%@" + d.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") for d in domains
    ]
    rows = session.execute(
        select(
            OutboundMessage.id,
            OutboundMessage.case_id,
            OutboundMessage.to_addr,
            OutboundMessage.status,
            OutboundMessage.attempts,
        ).where(
            OutboundMessage.created_at >= since,
            or_(*(func.lower(OutboundMessage.to_addr).like(p, escape="\\") for p in patterns)),
        )
    )
    mails: dict[object, str] = {}
    for row_id, case_id, to_addr, status, attempts in rows:
        untried = status == OutboxStatus.PENDING.value and not attempts
        mails[(case_id, to_addr) if untried else row_id] = to_addr
    return list(mails.values())


def count_unauthenticated_replies(session: Session, since: datetime, kinds: list[str]) -> int:
    """Replies of the given kinds written since `since` on cases whose sender was not
    authenticated (the global cap on automatic replies)."""
    return (
        session.scalar(
            select(func.count(OutboundMessage.id))
            .join(Case, Case.id == OutboundMessage.case_id)
            .where(
                OutboundMessage.created_at >= since,
                OutboundMessage.kind.in_(kinds),
                Case.sender_authenticated.is_(False),
            )
        )
        or 0
    )


def untried_outbound_for_update(session: Session, case_id: int) -> list[OutboundMessage]:
    """A case's replies never tried yet (pending, no attempt, not claimed), locked, in order:
    a delivery that wants one waits until the lock's transaction ends (worker/cases/moment.py
    may merge or delete them meanwhile)."""
    return list(
        session.scalars(
            select(OutboundMessage)
            .where(
                OutboundMessage.case_id == case_id,
                OutboundMessage.status == OutboxStatus.PENDING.value,
                OutboundMessage.attempts == 0,
                OutboundMessage.claimed_until.is_(None),
            )
            .order_by(OutboundMessage.id)
            .with_for_update()
        )
    )


def outbound_for_update(session: Session, outbound_id: int) -> OutboundMessage | None:
    return session.scalar(
        select(OutboundMessage).where(OutboundMessage.id == outbound_id).with_for_update()
    )


_CLAIMED_COLUMNS = (
    OutboundMessage.id,
    OutboundMessage.case_id,
    OutboundMessage.kind,
    OutboundMessage.language,
    OutboundMessage.message_id,
    OutboundMessage.to_addr,
    OutboundMessage.subject,
    OutboundMessage.body,
    OutboundMessage.in_reply_to,
    OutboundMessage.references,
    OutboundMessage.attachment_name,
    OutboundMessage.attachment,
    OutboundMessage.attempts,
    select(Case.ref).where(Case.id == OutboundMessage.case_id).scalar_subquery().label("case_ref"),
)


def claim_outbound(session: Session, outbound_id: int, now: datetime, until: datetime) -> Any:
    """Claim a pending reply that no one else holds, until `until`, counting the attempt, in one
    UPDATE ... RETURNING; the row (its columns by name, `case_ref` too), or None when it is not
    there to be claimed (`outbound_state` tells why)."""
    return session.execute(
        update(OutboundMessage)
        .where(
            OutboundMessage.id == outbound_id,
            OutboundMessage.status == OutboxStatus.PENDING.value,
            or_(OutboundMessage.claimed_until.is_(None), OutboundMessage.claimed_until <= now),
            or_(OutboundMessage.after_id.is_(None), _delivered(OutboundMessage.after_id)),
        )
        .values(claimed_until=until, attempts=OutboundMessage.attempts + 1)
        .returning(*_CLAIMED_COLUMNS)
        .execution_options(synchronize_session=False)
    ).one_or_none()


def _delivered(outbound_id: Any) -> Any:
    """The row `outbound_id` (a column) was delivered."""
    earlier = aliased(OutboundMessage)
    return (
        select(earlier.id)
        .where(earlier.id == outbound_id, earlier.status == OutboxStatus.SENT.value)
        .exists()
    )


def waiting_on(session: Session, outbound_id: int) -> list[int]:
    """The pending rows that wait for `outbound_id` to be delivered (a package's password)."""
    return list(
        session.scalars(
            select(OutboundMessage.id).where(
                OutboundMessage.after_id == outbound_id,
                OutboundMessage.status == OutboxStatus.PENDING.value,
            )
        )
    )


def drop_waiting(session: Session, outbound_id: int) -> list[int]:
    """`outbound_id` will never be delivered: the rows waiting for it (its password) fail, and
    a sensitive body is dropped. Their ids."""
    ids = waiting_on(session, outbound_id)
    if ids:
        session.execute(
            update(OutboundMessage)
            .where(OutboundMessage.id.in_(ids))
            .values(
                status=OutboxStatus.FAILED.value,
                last_error=f"not sent: reply {outbound_id}, which it follows, was not delivered",
                body=when(
                    (OutboundMessage.sensitive, "(removed: never sent)"), else_=OutboundMessage.body
                ),
            )
            .execution_options(synchronize_session=False)
        )
    return ids


def outbound_state(session: Session, outbound_id: int) -> tuple[str, datetime | None] | None:
    """(status, claimed_until) of an outbox row, or None when there is no such row."""
    row = session.execute(
        select(OutboundMessage.status, OutboundMessage.claimed_until).where(
            OutboundMessage.id == outbound_id
        )
    ).one_or_none()
    return None if row is None else (row.status, row.claimed_until)


def mark_outbound_sent(session: Session, outbound_id: int, answer: str) -> None:
    """Sent: the server's answer kept; the attachment and a sensitive body are not."""
    session.execute(
        update(OutboundMessage)
        .where(OutboundMessage.id == outbound_id)
        .values(
            status=OutboxStatus.SENT.value,
            sent_at=utcnow(),
            server_reply=answer[:1000],
            claimed_until=None,
            attachment=None,
            body=when(
                (OutboundMessage.sensitive, "(removed once sent)"), else_=OutboundMessage.body
            ),
        )
        .execution_options(synchronize_session=False)
    )


def pending_outbound_ids(session: Session, except_cases: Iterable[int] = ()) -> list[int]:
    """The pending replies, but those of `except_cases` (whose start delivers them)."""
    query = select(OutboundMessage.id).where(OutboundMessage.status == OutboxStatus.PENDING.value)
    skip = list(except_cases)
    if skip:
        query = query.where(OutboundMessage.case_id.not_in(skip))
    return list(session.scalars(query.order_by(OutboundMessage.id)))


def count_outbound(session: Session, status: OutboxStatus) -> int:
    query = select(func.count()).select_from(OutboundMessage)
    return session.scalar(query.where(OutboundMessage.status == status.value)) or 0


def mark_outbound(session: Session, outbound_id: int, **fields: Any) -> None:
    session.execute(
        update(OutboundMessage).where(OutboundMessage.id == outbound_id).values(**fields)
    )


# --- mailbox positions --------------------------------------------------------------------------


def mailbox_position(session: Session, mailbox: str) -> MailboxPosition:
    pos = session.get(MailboxPosition, mailbox)
    if pos is None:
        pos = MailboxPosition(mailbox=mailbox, uidvalidity=0, last_uid=0)
        session.add(pos)
        session.flush()
    return pos


# --- console users, sessions, failed logins -----------------------------------------------------


def user_by_name(session: Session, name: str) -> User | None:
    return session.scalar(select(User).where(User.name_key == name.lower()))


def add_user(session: Session, *, name: str, role: str, password_hash: str) -> User:
    row = User(name=name, name_key=name.lower(), role=role, password_hash=password_hash)
    session.add(row)
    session.flush()
    return row


def list_users(session: Session) -> Sequence[User]:
    return session.scalars(select(User).order_by(User.name_key)).all()


def add_console_session(session: Session, **fields: Any) -> ConsoleSession:
    row = ConsoleSession(**fields)
    session.add(row)
    session.flush()
    return row


def console_session(session: Session, token_hash: str) -> ConsoleSession | None:
    return session.scalar(
        select(ConsoleSession)
        .options(selectinload(ConsoleSession.user))
        .where(ConsoleSession.token_hash == token_hash)
    )


def delete_console_session(session: Session, token_hash: str) -> None:
    session.execute(delete(ConsoleSession).where(ConsoleSession.token_hash == token_hash))


def delete_console_sessions_of(session: Session, user_id: int) -> int:
    return (
        session.execute(delete(ConsoleSession).where(ConsoleSession.user_id == user_id)).rowcount
        or 0
    )


def delete_stale_console_sessions(session: Session, now: datetime, seen_before: datetime) -> None:
    """Sessions past their absolute end, or idle since before `seen_before`."""
    session.execute(
        delete(ConsoleSession).where(
            or_(ConsoleSession.expires_at <= now, ConsoleSession.last_seen_at < seen_before)
        )
    )


def login_failure(session: Session, key: str) -> LoginFailure | None:
    return session.get(LoginFailure, key)


def login_failure_for_update(session: Session, key: str, now: datetime) -> LoginFailure:
    """The failure count of `key`, created at zero if there is none, locked for this
    transaction (two failed logins at once both count)."""
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as upsert
    else:
        from sqlalchemy.dialects.sqlite import insert as upsert
    session.execute(
        upsert(LoginFailure)
        .values(key=key, failures=0, first_at=now)
        .on_conflict_do_nothing(index_elements=["key"])
    )
    row = session.scalar(
        select(LoginFailure)
        .where(LoginFailure.key == key)
        .with_for_update()
        .execution_options(populate_existing=True)
    )
    assert row is not None
    return row


def clear_login_failures(session: Session, key: str) -> None:
    session.execute(delete(LoginFailure).where(LoginFailure.key == key))


def delete_old_login_failures(session: Session, before: datetime, now: datetime) -> None:
    """Counts whose window began before `before` and that hold no lockout any more."""
    session.execute(
        delete(LoginFailure).where(
            LoginFailure.first_at < before,
            or_(LoginFailure.locked_until.is_(None), LoginFailure.locked_until <= now),
        )
    )
