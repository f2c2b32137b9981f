"""Raw bytes → exactly one disposition, in one transaction.

The journey of a mail reads top to bottom in `Intake.process`: parse → screen → thread →
classify → check the ID → plan → write. Every stage but the last is a pure function; this module
is where their values meet the case store. A mail whose processing raises is quarantined with
its original, never lost (GNU Mailman's shunt queue).

No mail can stop the ones behind it (`Intake.__call__`): the untrusted stages (parse, screen,
classify) run in a child process under a time and memory budget (worker/budget.py; over it: the
reason is `budget_exceeded`); before they run, the mail is noted as attempted, committed, so that
a mail whose intake killed the process is quarantined on the next start (`crashed_intake`)
instead of killing it again; and if even its quarantine cannot be written, a minimal row is, or
at last the mailbox alone moves it to its quarantine folder. The original kept in quarantine is
encrypted like ID copies. An outage of the case store is raised (PeerUnavailable) for the poller
to wait out, and the mail is taken again afterwards.
"""

from __future__ import annotations

import hashlib
import logging
import re
import secrets
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime

from sqlalchemy.orm import Session, sessionmaker

from config.policy import Policy
from worker.backscatter import replies_allowed
from worker.budget import ReaderFailed
from worker.case_state import add_flags, purge_id_copies, set_status
from worker.confirmation import CodeReading, CodeVerdict, read_code
from worker.deadline import statutory_deadline
from worker.denial import denies_request
from worker.domain import (
    CaseStatus,
    Classification,
    DispositionKind,
    EventKind,
    Flag,
    IdCheck,
    IdStatus,
    IgnoreReason,
    InboundMail,
    MessageKind,
    RequestType,
    data_subject_of,
)
from worker.followup import Threading, decide_thread, thread_keys
from worker.idcheck import check_id
from worker.mail.parse import Unreadable
from worker.mailbox import too_large_size
from worker.outbox import ReplyWriter
from worker.peers import PeerUnavailable, described
from worker.plan import (
    Plan,
    limit_replies,
    needs_id,
    plan_follow_up,
    plan_new_case,
    widens_opt_out,
    with_no_marketing,
)
from worker.reader import OverBudget, Read, classify_mail, read_mail
from worker.screen import plainly_a_person
from worker.sender_trust import sender_verified
from worker.store import repo
from worker.store.db import transaction
from worker.store.models import Case, InboundMessage
from worker.vault import IdVault

log = logging.getLogger(__name__)

INTAKE = "intake"  # the actor its events are recorded under
REQUESTER = "requester"  # the actor of what the requester's own reply did

# What an identity-document copy can be (sniffed from the bytes); only these are ever kept.
ID_COPY_TYPES = frozenset(
    {"application/pdf", "image/jpeg", "image/png", "image/tiff", "image/heic", "image/heif"}
)

# Quarantine reasons of the outer boundary (the stages' own are parse's codes, too_large, …).
BUDGET_EXCEEDED = "budget_exceeded"  # the untrusted stages took more time or memory than allowed
CRASHED_INTAKE = "crashed_intake"  # intake of the mail never finished: a run died on it
PROCESSING_ERROR = "processing_error"  # a stage or a write raised
# Starts of intake on one mail, within a living run, before it is quarantined all the same: a
# store error taken for an outage that is really about the mail must not retry it for ever.
MAX_STARTS = 10


@dataclass(frozen=True)
class Source:
    """Where a mail was fetched: `key` is unique per mailbox copy (the first dedupe key)."""

    key: str
    received_at: datetime


@dataclass(frozen=True)
class Prepared:
    """What the pure stages found, before the write transaction."""

    quarantine: tuple[str, str, Unreadable | None] | None = None  # reason, detail, what parse saw
    mail: InboundMail | None = None
    ignore: IgnoreReason | None = None
    threading: Threading = Threading(case_id=None)
    case_status: CaseStatus | None = None  # of the followed-up case, as _prepare saw it
    reading: Classification | None = None  # for a new case
    id_check: IdCheck | None = None
    classified: Classification | None = None  # what the budgeted reader read, for any mail


@dataclass(frozen=True)
class Outcome:
    disposition: DispositionKind
    reason: str = ""
    case_ref: str | None = None
    inbound_id: int | None = None
    outbound_ids: tuple[int, ...] = ()  # replies to deliver once the transaction has committed
    ready_case_id: int | None = None  # a case whose rights handlers may run now
    duplicate: bool = False  # this mail had been processed before: nothing was done now


@dataclass
class Intake:
    sessions: sessionmaker[Session]
    policy: Policy
    replies: ReplyWriter
    own_address: str
    trusted_authserv_id: str = ""
    vault: IdVault | None = None
    max_message_bytes: int = field(default=0)
    # The names the company's own records hold for an address (the data map), to compare an ID
    # copy's holder with; None: no records to compare with.
    names_on_record: Callable[[str], tuple[str, ...]] | None = None
    # The untrusted stages: `read_mail` here (tests), or a BudgetedReader (worker/budget.py).
    read: Callable[..., Read | OverBudget] = read_mail
    # This run of the worker, as noted with each attempt: a start left by another run was cut
    # short by that run's death (see `__call__`).
    run: str = field(default_factory=lambda: secrets.token_hex(8))

    def __call__(self, raw: bytes, source: Source) -> Outcome:
        """Exactly one disposition for a mail, whatever its bytes (module doc). Raises only
        PeerUnavailable (the case store is down: nothing was decided, take the mail again)."""
        try:
            with transaction(self.sessions) as session:
                seen = repo.inbound_by_source(session, source.key)
                if seen is not None:
                    return _outcome_of(seen, duplicate=True)
                attempt = repo.start_attempt(session, source.key, self.run)
                starts, interrupted = attempt.attempts, attempt.interrupted
        except PeerUnavailable:
            raise
        except Exception as exc:  # not even the note can be written (its key?): shunt the mail
            log.error("intake of %s cannot start (%s)", source.key, _error_text(exc))
            return self._shunt(raw, source, PROCESSING_ERROR, _error_text(exc))
        if interrupted >= self.policy.quarantine.after_interrupted_starts or starts > MAX_STARTS:
            detail = (
                f"intake of this mail was cut short {interrupted} time(s): the worker died on it"
                if interrupted
                else f"intake of this mail failed {starts - 1} times"
            )
            return self._shunt(raw, source, CRASHED_INTAKE, detail, attempts=starts)
        try:
            return self.process(raw, source)
        except PeerUnavailable:
            raise
        except Exception as exc:  # a bug or a hostile mail: quarantine it, go on with the next
            log.error("intake failed for %s (%s); quarantined", source.key, _error_text(exc))
            return self._shunt(raw, source, PROCESSING_ERROR, _error_text(exc))

    def replay(self, inbound_id: int) -> Outcome:
        """Run a quarantined mail through intake again (after a fix)."""
        with transaction(self.sessions) as session:
            row = repo.inbound_by_id(session, inbound_id)
            if row is None or row.disposition != DispositionKind.QUARANTINED.value:
                raise LookupError(inbound_id)
            raw, source = self._unseal(row.raw), Source(row.source_key, row.received_at)
            attempts = row.attempts
            if attempts >= self.policy.quarantine.max_attempts or raw is None:
                return _outcome_of(row)
        try:
            return self.process(raw, source, replaying_id=inbound_id)
        except PeerUnavailable:
            raise
        except Exception as exc:
            log.error("replay of quarantined message %s failed again (%s)", inbound_id,
                      _error_text(exc))  # fmt: skip
            with transaction(self.sessions) as session:
                row = repo.inbound_by_id(session, inbound_id)
                assert row is not None
                row.attempts = attempts + 1
                row.error = _error_text(exc)
                return _outcome_of(row)

    def original(self, inbound_id: int) -> bytes | None:
        """A quarantined mail's original, decrypted in memory (for staff); None when not kept."""
        with transaction(self.sessions) as session:
            row = repo.inbound_by_id(session, inbound_id)
            return self._unseal(row.raw) if row is not None else None

    # --- the one forward path -------------------------------------------------------------------

    def process(self, raw: bytes, source: Source, replaying_id: int | None = None) -> Outcome:
        """The slow, pure stages first (parsing, reading, the sandboxed ID check), then one short
        write transaction that re-checks what the store may have changed meanwhile."""
        prepared = self._prepare(raw, source)
        with transaction(self.sessions) as session:
            replaying = repo.inbound_by_id(session, replaying_id) if replaying_id else None
            outcome = self._write(session, raw, source, prepared, replaying)
            repo.end_attempt(session, source.key)
            return outcome

    def _prepare(self, raw: bytes, source: Source) -> Prepared:
        declared = too_large_size(raw)  # a source's stand-in for a mail it did not download
        if declared is not None or (self.max_message_bytes and len(raw) > self.max_message_bytes):
            size = declared if declared is not None else len(raw)
            return Prepared(quarantine=("too_large", f"{size} bytes", None))

        read = self._read(raw)
        if isinstance(read, OverBudget):
            return Prepared(quarantine=(BUDGET_EXCEEDED, read.detail, None))
        mail = read.mail
        if isinstance(mail, Unreadable):
            return Prepared(quarantine=(mail.reason, mail.detail, mail))
        if read.ignore is not None:
            return Prepared(mail=mail, ignore=read.ignore)

        with transaction(self.sessions) as session:
            threading, case_status = self._thread(session, mail)
        return self._stages_for(mail, threading, case_status, source, read.reading)

    def _read(self, raw: bytes) -> Read | OverBudget:
        """parse → screen → classify, in the budgeted reader."""
        return self.read(
            raw, max_attachments=self.policy.intake.max_attachments, own_address=self.own_address
        )

    def _thread(self, session: Session, mail: InboundMail) -> tuple[Threading, CaseStatus | None]:
        """Which case the mail continues (if any), and that case's status now."""
        keys = thread_keys(mail, self.own_domain)
        threading = decide_thread(mail, repo.thread_candidates(session, keys) if keys else [])
        if threading.case_id is None:
            return threading, None
        case = repo.case_by_id(session, threading.case_id)
        return threading, CaseStatus(case.status) if case is not None else None

    def _stages_for(
        self,
        mail: InboundMail,
        threading: Threading,
        case_status: CaseStatus | None,
        source: Source,
        classified: Classification | None = None,
    ) -> Prepared:
        """The stages that follow from the thread: a follow-up's ID copy is read only when its
        case waits for one; a new case's mail is classified (`classified`: as the budgeted
        reader already did) and its ID copy checked."""
        if threading.case_id is not None:
            return Prepared(
                mail=mail,
                threading=threading,
                case_status=case_status,
                id_check=self._follow_up_check(mail, case_status, source, threading.requester_name),
                classified=classified,
            )
        reading = classified if classified is not None else classify_mail(mail)
        reading = with_no_marketing(reading, mail.text)
        return Prepared(
            mail=mail,
            threading=threading,
            reading=reading,
            id_check=self._new_case_check(mail, reading, source),
            classified=reading,
        )

    @property
    def own_domain(self) -> str:
        return self.own_address.rpartition("@")[2].lower()

    def _internal(self, mail: InboundMail) -> bool:
        """Mail from the company's own domain (or a subdomain): never answered automatically."""
        domain = mail.sender.email.rpartition("@")[2].lower()
        return domain == self.own_domain or domain.endswith("." + self.own_domain)

    def _names_to_compare(self, email: str, given: tuple[str, ...]) -> tuple[tuple[str, ...], bool]:
        """What an ID copy's holder is compared with: the names the company's records hold for
        the address (True), else the names `given` in the case's own mail (False)."""
        if self.names_on_record is not None:
            try:
                held = self.names_on_record(email)
            except Exception as exc:  # a source down: the copy is compared with less, and says so
                log.warning("names on record unavailable (%s)", type(exc).__name__)
                held = ()
            if held:
                return held, True
        return given, False

    def _new_case_check(
        self, mail: InboundMail, reading: Classification, source: Source
    ) -> IdCheck:
        required = needs_id(self.policy, reading)
        if not required or not mail.attachments:
            return check_id(mail.attachments, (), source.received_at.date(), required=required)
        names, from_records = self._names_to_compare(mail.sender.email, claimed_names(mail))
        return check_id(
            mail.attachments,
            names,
            source.received_at.date(),
            required=required,
            names_from_records=from_records,
        )

    def _follow_up_check(
        self, mail: InboundMail, status: CaseStatus | None, source: Source, requester_name: str
    ) -> IdCheck | None:
        """An ID copy on a follow-up is read only when its case waits for one."""
        if status is not CaseStatus.AWAITING_ID or not mail.attachments:
            return None
        # the card must be the case's requester's, whatever name this follow-up gives
        given = (requester_name,) if requester_name else ()
        names, from_records = self._names_to_compare(mail.sender.email, given)
        return check_id(
            mail.attachments,
            names,
            source.received_at.date(),
            required=True,
            names_from_records=from_records,
        )

    def _write(
        self,
        session: Session,
        raw: bytes,
        source: Source,
        prepared: Prepared,
        replaying: InboundMessage | None,
    ) -> Outcome:
        if prepared.quarantine is not None:
            reason, detail, unreadable = prepared.quarantine
            return self._quarantine(session, raw, source, reason, detail, replaying, unreadable)
        mail = prepared.mail
        assert mail is not None

        if replaying is None:
            twin = repo.inbound_by_identity(session, mail.message_id, mail.content_hash)
            if twin is not None:  # the same mail again under another key (a re-delivery)
                return _outcome_of(twin, duplicate=True)

        if prepared.ignore is not None:
            reason = prepared.ignore.value
            row = self._record(session, mail, source, replaying, DispositionKind.IGNORED, reason)
            log.info("ignored %s: %s", mail.message_id, reason)
            return _outcome_of(row)

        # Threading again, inside the transaction: a case may have changed since _prepare. Only
        # then are the stages that follow from it run again.
        threading, case_status = self._thread(session, mail)
        if (threading, case_status) != (prepared.threading, prepared.case_status):
            prepared = self._stages_for(mail, threading, case_status, source, prepared.classified)
        if threading.case_id is not None:
            case = repo.case_by_id(session, threading.case_id)
            assert case is not None
            if threading.from_new_address:
                return self._new_address_reply(session, mail, source, case, replaying)
            if threading.from_data_subject:
                return self._follow_up(
                    session, mail, source, case, replaying, None, from_data_subject=True
                )
            return self._follow_up(session, mail, source, case, replaying, prepared.id_check)
        assert prepared.reading is not None and prepared.id_check is not None
        if threading.closed_case_id is not None:
            closed = repo.case_by_id(session, threading.closed_case_id)
            if closed is not None and widens_opt_out(
                CaseStatus(closed.status),
                tuple(RequestType(t) for t in closed.request_types),
                prepared.reading,
            ):
                return self._widen(session, mail, source, closed, replaying, prepared.reading)
        if prepared.reading.reminder:
            # a reminder continues the sender's open case of the same kind, if there is one
            earlier = repo.open_case_reminded(
                session, mail.sender.email, [t.value for t in prepared.reading.request_types]
            )
            if earlier is not None:
                return self._follow_up(session, mail, source, earlier, replaying, None, True)
        return self._open_case(
            session, mail, source, threading.foreign_ref, replaying, prepared.reading,
            prepared.id_check,
        )  # fmt: skip

    def _open_case(
        self,
        session: Session,
        mail: InboundMail,
        source: Source,
        foreign_ref: bool,
        replaying: InboundMessage | None,
        reading: Classification,
        id_check: IdCheck,
    ) -> Outcome:
        authenticated = self._authenticated(mail)
        internal = self._internal(mail)
        plan = plan_new_case(
            self.policy,
            reading,
            id_check,
            foreign_ref,
            sender_verified=authenticated,
            internal_sender=internal,
            plainly_a_person=plainly_a_person(mail),
        )
        plan = limit_replies(plan, self._replies_allowed(session, mail, source, authenticated))
        # A reminder counts from when the writer says they first wrote, when that is earlier.
        first = reading.first_written if reading.reminder else None
        counted_from = (
            datetime.combine(first, datetime.min.time(), tzinfo=source.received_at.tzinfo)
            if first is not None and first < source.received_at.date()
            else source.received_at
        )
        case = repo.create_case(
            session,
            received_at=source.received_at,
            status=plan.status.value,
            request_types=[t.value for t in reading.request_types],
            language=reading.language.value,
            confidence=reading.confidence,
            requester_email=mail.sender.email,
            requester_name=mail.sender.name,
            deadline=statutory_deadline(
                counted_from, self.policy.deadline.months, self.policy.deadline.timezone
            ),
            id_status=id_check.status.value,
            id_reasons=list(id_check.reasons),
            id_document_hash=id_check.document_hash,
            flags=[f.value for f in plan.flags],
            sender_authenticated=authenticated,
            # the sentences each type was read from, and how the letter frames the request:
            # the requester's own words, kept with the case for staff (never logged)
            evidence={t.value: list(sentences) for t, sentences in reading.evidence},
            framing=framing_of(reading, mail),
            # the correction as the requester stated it, for the person who approves it
            proposed_rectification=(
                {"text": mail.text[:4000]}
                if RequestType.RECTIFICATION in reading.request_types
                else {}
            ),
        )
        row = self._record(
            session,
            mail,
            source,
            replaying,
            DispositionKind.CASE_OPENED,
            "",
            case,
            MessageKind.REQUEST,
        )
        repo.add_event(
            session,
            case,
            INTAKE,
            EventKind.CASE_OPENED,
            inbound_id=row.id,
            request_types=case.request_types,
            language=case.language,
            confidence=round(reading.confidence, 3),
            guessed=reading.guessed,
            flags=case.flags,
            sender_authenticated=authenticated,
        )
        repo.add_event(session, case, INTAKE, EventKind.ID_CHECKED, status=id_check.status.value)
        self._keep_attachments(session, case, row, mail, id_check)
        outbound = self._write_replies(session, case, plan, mail)
        log.info("case %s opened from %s", case.ref, mail.message_id)
        return _outcome_of(row, outbound_ids=outbound, ready=_ready(case, None))

    def _follow_up(
        self,
        session: Session,
        mail: InboundMail,
        source: Source,
        case: Case,
        replaying: InboundMessage | None,
        id_check: IdCheck | None,
        reminder: bool = False,
        from_data_subject: bool = False,
    ) -> Outcome:
        """A reply on an open case: from its requester, or (`from_data_subject`) from the data
        subject staff set, another person than the sender, who answers the confirmation sent to
        them: their code confirms, their "no" cancels and flags the case; they get no automatic
        reply (the requester is who the case's replies go to)."""
        status = CaseStatus(case.status)
        denied = denies_request(mail.text, mail.subject, tuple(o.subject for o in case.outbound))
        code = (
            _code_reading(case, mail, source, from_data_subject)
            if not denied
            else CodeReading(CodeVerdict.NONE, 0)
        )
        # A case our server authenticated is cancelled, or held for a person as reminded, only
        # by a reply it authenticated too: anyone can write the requester's address in a From
        # line (and name every ref in a subject; a reminder needs none), so an unauthenticated
        # "not me" on it is shown to staff but stops nothing, and its reminder is only recorded.
        reply_authenticated = self._authenticated(mail)
        # (the data subject staff set answers for themselves: the sender's authentication says
        # nothing about them, and their "no" cancels as before)
        vouched = from_data_subject or not case.sender_authenticated or reply_authenticated
        cancels = denied and vouched
        # Likewise its wrong code is no wrong try: three forged ones would end the requester's
        # code and hold their request for a person. It is recorded and shown to staff; the
        # right code still confirms (only the owner of the mailbox has it).
        counted = vouched or code.verdict is not CodeVerdict.WRONG
        wrong_tries = case.confirmation_wrong_tries + (
            code.verdict is CodeVerdict.WRONG and counted
        )
        plan = plan_follow_up(
            status,
            tuple(Flag(f) for f in case.flags),
            id_check,
            confirmed=code.verdict is CodeVerdict.CONFIRMED,
            denied=cancels,
            tries_exhausted=wrong_tries >= self.policy.confirmation.max_wrong_tries,
            reminder=reminder and vouched,
        )
        allowed = self._replies_allowed(session, mail, source, case.sender_authenticated)
        plan = limit_replies(plan, allowed)
        if self._internal(mail) or from_data_subject:
            # never an automatic reply into our own domain; the data subject's answer is
            # recorded for staff, and the case's replies go to its requester
            plan = replace(plan, replies=())
        row = self._record(
            session,
            mail,
            source,
            replaying,
            DispositionKind.CASE_UPDATED,
            "",
            case,
            MessageKind.FOLLOW_UP,
        )
        repo.add_event(
            session,
            case,
            INTAKE,
            EventKind.FOLLOW_UP_RECEIVED,
            inbound_id=row.id,
            reminder=reminder,
            sender_authenticated=reply_authenticated,  # staff weigh what the reply says by it
            **({"data_subject": True} if from_data_subject else {}),
        )
        self._record_code(
            session, case, row, code, wrong_tries, source, from_data_subject, counted=counted
        )
        if cancels:
            # the owner of the address says they did not ask: nothing is done, staff look at it
            case.confirmation_hash = ""
            repo.add_event(session, case, REQUESTER, EventKind.REQUEST_DENIED, inbound_id=row.id)
        elif denied:  # unauthenticated, on an authenticated case: staff see it, nothing stops
            repo.add_event(session, case, REQUESTER, EventKind.REQUEST_DENIED, inbound_id=row.id,
                           sender_unverified=True, cancelled=False)  # fmt: skip
        if id_check is not None:
            case.id_status = id_check.status.value
            case.id_reasons = list(id_check.reasons)
            case.id_document_hash = id_check.document_hash
            repo.add_event(
                session, case, INTAKE, EventKind.ID_CHECKED, status=id_check.status.value
            )
        self._keep_attachments(session, case, row, mail, id_check)
        set_status(session, case, plan.status, INTAKE)
        case.flags = [f.value for f in plan.flags]
        if denied and not cancels:
            add_flags(case, Flag.DISPUTED)
        if not counted:
            add_flags(case, Flag.UNAUTHENTICATED_WRONG_CODE)
        outbound = self._write_replies(session, case, plan, mail)
        log.info("case %s updated from %s", case.ref, mail.message_id)
        return _outcome_of(row, outbound_ids=outbound, ready=_ready(case, status))

    def _widen(
        self,
        session: Session,
        mail: InboundMail,
        source: Source,
        case: Case,
        replaying: InboundMessage | None,
        reading: Classification,
    ) -> Outcome:
        """A reply to a completed opt-out that asks to stop more ("also post and phone"): it
        joins that case, whose opt-out runs again on the wider set of channels. No new case, no
        acknowledgement, no ID copy: the opt-out's confirmation answers it."""
        row = self._record(
            session, mail, source, replaying, DispositionKind.CASE_UPDATED, "", case,
            MessageKind.FOLLOW_UP,
        )  # fmt: skip
        repo.add_event(
            session, case, INTAKE, EventKind.FOLLOW_UP_RECEIVED, inbound_id=row.id, widens=True
        )
        opt_out = RequestType.MARKETING_OPT_OUT.value
        evidence = {k: list(v) for k, v in (case.evidence or {}).items()}
        asked = [s for t, sentences in reading.evidence for s in sentences]
        evidence[opt_out] = [*evidence.get(opt_out, []), *asked]
        case.evidence = evidence
        if opt_out not in case.request_types:
            case.request_types = [*case.request_types, opt_out]
        repo.add_event(session, case, REQUESTER, EventKind.RIGHT_REOPENED, inbound_id=row.id,
                       right=opt_out)  # fmt: skip
        set_status(session, case, CaseStatus.IN_PROGRESS, INTAKE)
        log.info("case %s widened by %s", case.ref, mail.message_id)
        return _outcome_of(row, ready=case.id)

    def _new_address_reply(
        self,
        session: Session,
        mail: InboundMail,
        source: Source,
        case: Case,
        replaying: InboundMessage | None,
    ) -> Outcome:
        """The new contact address of a pending correction answers: its owner's code (in their
        own new text) confirms that the address is theirs; a denial or the last wrong code
        cancels the change, and a person looks at the case."""
        pending = dict((case.proposed_rectification or {}).get("contact_change") or {})
        row = self._record(
            session,
            mail,
            source,
            replaying,
            DispositionKind.CASE_UPDATED,
            "",
            case,
            MessageKind.FOLLOW_UP,
        )
        repo.add_event(
            session, case, INTAKE, EventKind.FOLLOW_UP_RECEIVED, inbound_id=row.id, new_address=True
        )
        status = CaseStatus(case.status)
        expired = pending.get("expires_at", "") < source.received_at.isoformat()
        code = read_code(mail.text, "" if expired else pending.get("code_hash", ""))
        tries = int(pending.get("wrong_tries", 0)) + (code.verdict is CodeVerdict.WRONG)
        cancelled = denies_request(mail.text, mail.subject) or (
            tries >= self.policy.confirmation.max_wrong_tries
        )
        if code.verdict is CodeVerdict.CONFIRMED and not cancelled:
            pending["confirmed_at"] = source.received_at.isoformat()
            pending.pop("code_hash", None)
            repo.add_event(
                session, case, REQUESTER, EventKind.CONTACT_CHANGE_CONFIRMED, inbound_id=row.id
            )
            set_status(session, case, CaseStatus.IN_PROGRESS, INTAKE)
        elif cancelled:
            pending = {}
            add_flags(case, Flag.DISPUTED)
            repo.add_event(
                session, case, REQUESTER, EventKind.CONTACT_CHANGE_CANCELLED, inbound_id=row.id
            )
            set_status(session, case, CaseStatus.AWAITING_REVIEW, INTAKE)
        elif code.verdict is CodeVerdict.WRONG:
            pending["wrong_tries"] = tries
            repo.add_event(
                session, case, REQUESTER, EventKind.CONFIRMATION_WRONG, inbound_id=row.id
            )
        proposed = dict(case.proposed_rectification or {})
        if pending:
            proposed["contact_change"] = pending
        else:
            proposed.pop("contact_change", None)
        case.proposed_rectification = proposed
        log.info("case %s: the new contact address answered (%s)", case.ref, mail.message_id)
        return _outcome_of(row, ready=_ready(case, status))

    def _record_code(
        self,
        session: Session,
        case: Case,
        row: InboundMessage,
        code: CodeReading,
        wrong_tries: int,
        source: Source,
        from_data_subject: bool = False,
        counted: bool = True,
    ) -> None:
        """What a reply's code did to the confirmation: it holds (once), or a wrong try counts;
        after the last allowed wrong try the code stops working and a person takes over. The
        data subject's own confirmation is marked so (worker.cases.rights.subject_confirmed).
        A wrong code that does not count (`counted`: an unauthenticated reply on a case our
        server authenticated) is only recorded, marked so; the code keeps its tries."""
        if code.verdict is CodeVerdict.CONFIRMED:
            case.mailbox_confirmed_at = source.received_at
            case.confirmation_hash = ""
            mark = {"data_subject": True} if from_data_subject else {}
            repo.add_event(
                session, case, REQUESTER, EventKind.MAILBOX_CONFIRMED, inbound_id=row.id, **mark
            )
        elif code.verdict is CodeVerdict.WRONG:
            uncounted = {} if counted else {"sender_unverified": True, "counted": False}
            repo.add_event(
                session,
                case,
                REQUESTER,
                EventKind.CONFIRMATION_WRONG,
                inbound_id=row.id,
                candidates=code.candidates,
                tries=wrong_tries,
                **uncounted,
            )
            if counted:
                case.confirmation_wrong_tries = wrong_tries
                if wrong_tries >= self.policy.confirmation.max_wrong_tries:
                    case.confirmation_hash = ""

    def _authenticated(self, mail: InboundMail) -> bool:
        """Our own server authenticated this mail's From domain (worker.sender_trust)."""
        return sender_verified(
            mail,
            self.trusted_authserv_id,
            max_received_above=self.policy.sender_authentication.max_received_above,
        )

    def _replies_allowed(
        self, session: Session, mail: InboundMail, source: Source, authenticated: bool
    ) -> int:
        """Automatic replies this mail may still get: the day's cap per mailbox (mailbox_key),
        and for an unauthenticated sender the hour's global cap (worker/backscatter.py)."""
        return replies_allowed(session, self.policy.replies, mail.sender.email,
                               since=source.received_at, authenticated=authenticated)  # fmt: skip

    # --- writing it down ------------------------------------------------------------------------

    def _write_replies(
        self, session: Session, case: Case, plan: Plan, mail: InboundMail
    ) -> tuple[int, ...]:
        return tuple(
            self.replies.write(
                session,
                case,
                kind,
                answering=mail,
                template=plan.response_template if kind is MessageKind.RESPONSE else "",
            ).id
            for kind in plan.replies
        )

    def _record(
        self,
        session: Session,
        mail: InboundMail,
        source: Source,
        replaying: InboundMessage | None,
        disposition: DispositionKind,
        reason: str,
        case: Case | None = None,
        kind: MessageKind | None = None,
    ) -> InboundMessage:
        fields = dict(
            message_id=mail.message_id,
            content_hash=mail.content_hash,
            from_addr=mail.sender.email,
            subject=mail.subject,
            disposition=disposition.value,
            reason=reason,
            case_id=case.id if case else None,
            kind=kind.value if kind else None,
            # what the sender wrote, for staff: only on a case (its personal data), never logged
            **(_kept_text(mail) if case is not None else {}),
        )
        if replaying is not None:
            for name, value in fields.items():
                setattr(replaying, name, value)
            replaying.raw = None  # the original is kept only while quarantined
            replaying.error = ""
            row = replaying
            session.flush()
        else:
            row = repo.add_inbound(
                session, source_key=source.key, received_at=source.received_at, **fields
            )
        return row

    def _keep_attachments(
        self,
        session: Session,
        case: Case,
        row: InboundMessage,
        mail: InboundMail,
        check: IdCheck | None,
    ) -> None:
        """Metadata of every attachment; the content of an ID copy only, encrypted, and only
        while a person may need to see it. A verified copy is not kept (unless the policy gives
        a grace period); the earlier copies of the case go when one verifies."""
        keep = check is not None and (
            not (check.status.is_ok or check.status is IdStatus.MISSING)
            or (check.status is IdStatus.VERIFIED and self.policy.id_copies.keep_verified_hours > 0)
        )
        kept = 0
        for att in mail.attachments:
            is_id_copy = att.sniffed_type in ID_COPY_TYPES
            content = None
            if keep and is_id_copy and self.vault is not None:
                content = self.vault.encrypt(att.content)
                kept += 1
            repo.add_attachment_record(
                session,
                inbound_message_id=row.id,
                filename=att.filename,
                declared_type=att.declared_type,
                sniffed_type=att.sniffed_type,
                size=att.size,
                sha256=_sha256(att.content),
                content=content,
            )
        if check is not None and check.status is IdStatus.VERIFIED:
            # the earlier copies go; this one was not kept (unless for the grace period)
            purge_id_copies(
                session, case, INTAKE, "verified", before_inbound_id=row.id,
                also_deleted=0 if kept else 1, kept_until_grace=kept,
            )  # fmt: skip
        elif kept:
            repo.add_event(
                session,
                case,
                INTAKE,
                EventKind.ID_COPY_KEPT,
                copies=kept,
                status=check.status.value,
            )

    def _quarantine(
        self,
        session: Session,
        raw: bytes,
        source: Source,
        reason: str,
        detail: str,
        replaying: InboundMessage | None = None,
        unreadable: Unreadable | None = None,
        attempts: int = 1,
    ) -> Outcome:
        log.warning("quarantined %s: %s", source.key, reason)
        if replaying is not None:
            replaying.reason = reason
            replaying.error = detail
            replaying.attempts += 1
            return _outcome_of(replaying)
        message_id = (unreadable.message_id if unreadable else "") or _raw_message_id(raw)
        content_hash = (unreadable.content_hash if unreadable else "") or _sha256(raw)
        twin = repo.inbound_by_identity(session, message_id, content_hash)
        if twin is not None:
            return _outcome_of(twin, duplicate=True)
        row = repo.add_inbound(
            session,
            source_key=source.key,
            received_at=source.received_at,
            message_id=message_id,
            content_hash=content_hash,
            from_addr=unreadable.sender if unreadable else _peek(raw, b"from", 320),
            subject=unreadable.subject if unreadable else _peek(raw, b"subject", 998),
            disposition=DispositionKind.QUARANTINED.value,
            reason=reason,
            error=detail,
            raw=self._seal(raw),
            attempts=attempts,
        )
        return _outcome_of(row)

    def _shunt(
        self, raw: bytes, source: Source, reason: str, detail: str, attempts: int = 1
    ) -> Outcome:
        """Quarantine after a failure, whatever fails next: with what staff need to see; else a
        minimal row of values that cannot fail (hashes, the reason); else only the mailbox's
        quarantine folder (the returned Outcome has no row). Never raises but PeerUnavailable."""
        summary = self._summary(raw) if reason == PROCESSING_ERROR else None
        try:
            with transaction(self.sessions) as session:
                outcome = self._quarantine(
                    session, raw, source, reason, detail, None, summary, attempts
                )
                repo.end_attempt(session, source.key)
                return outcome
        except PeerUnavailable:
            raise
        except Exception as exc:
            log.error("quarantine of %s failed (%s); keeping a minimal row", source.key,
                      _error_text(exc))  # fmt: skip
        try:
            with transaction(self.sessions) as session:
                seen = repo.inbound_by_source(session, source.key)
                if seen is not None:  # it was written meanwhile (another poller, a retry)
                    return _outcome_of(seen, duplicate=True)
                content_hash = _sha256(raw)
                row = repo.add_inbound(
                    session,
                    source_key=source.key[:512],
                    received_at=source.received_at,
                    message_id=f"<{content_hash[:32]}.{secrets.token_hex(4)}@quarantine.invalid>",
                    content_hash=content_hash,
                    disposition=DispositionKind.QUARANTINED.value,
                    reason=reason,
                    error=f"{detail[:200]}; the full record could not be written",
                    raw=self._seal(raw),
                    attempts=attempts,
                )
                repo.end_attempt(session, source.key)
                return _outcome_of(row)
        except PeerUnavailable:
            raise
        except Exception as exc:
            log.error("no quarantine record for %s (%s); the mailbox alone keeps it",
                      source.key, _error_text(exc))  # fmt: skip
        return Outcome(DispositionKind.QUARANTINED, reason)

    def _summary(self, raw: bytes) -> Unreadable | None:
        """Who sent a mail that made intake fail, and what about: for staff, in the quarantine
        (read again in the budgeted reader: nothing untrusted runs here)."""
        try:
            read = self._read(raw)
        except Exception:  # the reader itself failed: staff get the hashes only
            return None
        if isinstance(read, OverBudget):
            return None
        mail = read.mail
        if isinstance(mail, Unreadable):
            return mail
        return Unreadable(
            PROCESSING_ERROR, "", mail.message_id, mail.sender.email, mail.subject,
            mail.content_hash,
        )  # fmt: skip

    def _seal(self, raw: bytes) -> bytes | None:
        """The original as kept in quarantine: encrypted (an Intake made without a vault, in a
        test, keeps none)."""
        return self.vault.encrypt(raw) if self.vault is not None else None

    def _unseal(self, sealed: bytes | None) -> bytes | None:
        return self.vault.decrypt(sealed) if self.vault is not None and sealed else None


# --- small pure helpers -------------------------------------------------------------------------

_NAME_LINE = re.compile(r"^[^\W\d_][^\W\d_'’.-]*(?:[ '’.-]+[^\W\d_][^\W\d_'’.-]*){1,4}$")


def claimed_names(mail: InboundMail) -> tuple[str, ...]:
    """Names the requester gives: the From display name, name-like lines of the signature."""
    names = [mail.sender.name] if mail.sender.name else []
    for line in (*mail.signature.splitlines()[:3], *mail.text.splitlines()[-3:]):
        line = line.strip().rstrip(",")
        if _NAME_LINE.match(line) and line not in names:
            names.append(line)
    return tuple(names)


def _ready(case: Case, before: CaseStatus | None) -> int | None:
    """The case id when its handlers may start now (it is, or just became, in progress)."""
    now = CaseStatus(case.status)
    return case.id if now is CaseStatus.IN_PROGRESS and before is not now else None


def framing_of(reading: Classification, mail: InboundMail) -> dict[str, object]:
    """What the letter says about the request around it, for staff: whom a representative
    writes for, when a reminded request was first sent, whose mail a colleague passed on."""
    framing: dict[str, object] = {}
    if reading.on_behalf:
        framing["on_behalf"] = {"data_subject": reading.data_subject}
    if reading.reminder:
        first = reading.first_written
        framing["reminder"] = {"first_written": first.isoformat() if first else ""}
    if reading.authority_complaint:
        framing["authority_complaint"] = True
    if reading.passed_on:
        framing["passed_on"] = {
            "original_sender": mail.forwarded_from,
            "original_date": mail.forwarded_date,
        }
    if reading.truncated:
        framing["truncated"] = True
    return framing


def _code_reading(
    case: Case, mail: InboundMail, source: Source, from_data_subject: bool = False
) -> CodeReading:
    """What the requester's own new text (never the quoted, forwarded or attached text, never
    the subject, which a reply copies from ours) says to the confirmation the case waits for.
    On a case about another person than the sender the code went to the data subject: only
    their reply is read (`from_data_subject`), also while the case is with staff, who check
    the mandate meanwhile; the sender's is not, whatever it holds."""
    another = not data_subject_of(case.framing, case.requester_email, case.requester_name).is_sender
    status = CaseStatus(case.status)
    waiting = status is CaseStatus.AWAITING_CONFIRMATION or (
        from_data_subject and status is CaseStatus.AWAITING_REVIEW
    )
    if another != from_data_subject or not waiting or not case.confirmation_hash:
        return CodeReading(CodeVerdict.NONE, 0)
    expired = (
        case.confirmation_expires_at is not None
        and source.received_at > case.confirmation_expires_at
    )
    reading = read_code(mail.text, case.confirmation_hash)
    if expired and reading.verdict is CodeVerdict.CONFIRMED:
        return CodeReading(CodeVerdict.WRONG, reading.candidates)
    return reading


def _outcome_of(
    row: InboundMessage,
    outbound_ids: tuple[int, ...] = (),
    duplicate: bool = False,
    ready: int | None = None,
) -> Outcome:
    """The outcome; the replies of a case that starts now are not delivered from here: its start
    sends them together with what its rights write, as one mail (worker/cases/moment.py)."""
    return Outcome(
        ready_case_id=ready,
        disposition=DispositionKind(row.disposition),
        reason=row.reason,
        case_ref=row.case.ref if row.case is not None else None,
        inbound_id=row.id,
        outbound_ids=() if ready is not None else outbound_ids,
        duplicate=duplicate,
    )


KEPT_TEXT_CHARS = 200_000  # of a mail's text kept for staff; the rest is cut, and says so


def _kept_text(mail: InboundMail) -> dict[str, str]:
    """The mail's plain text as kept on its case: what the sender wrote (with the signature),
    and the quoted earlier mail apart."""
    written = mail.text + (f"\n-- \n{mail.signature}" if mail.signature else "")
    return {"text": _bounded(written), "quoted_text": _bounded(mail.quoted)}


def _bounded(text: str) -> str:
    text = text.replace("\x00", "\ufffd")  # PostgreSQL's text holds no NUL
    if len(text) <= KEPT_TEXT_CHARS:
        return text
    return text[:KEPT_TEXT_CHARS] + f"\n[… {len(text) - KEPT_TEXT_CHARS} more characters not kept]"


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _raw_message_id(raw: bytes) -> str:
    """The Message-ID of a mail that was not parsed: printable ASCII only, or one made up."""
    match = re.search(
        rb"^message-id:[ \t]*(<[\x21-\x3d\x3f-\x7e]{1,900}>)",
        _head(raw),
        re.IGNORECASE | re.MULTILINE,
    )
    return (
        match.group(1).decode("ascii") if match else f"<{_sha256(raw)[:32]}@no-message-id.invalid>"
    )


def _head(raw: bytes) -> bytes:
    """The start of the header block of a mail that was not parsed (at most 64 kB)."""
    head = raw[:65536]
    end = re.search(rb"\r?\n\r?\n", head)
    return head[: end.start()] if end else head


_UNSAFE = re.compile(r"[\x00-\x1f\x7f-\x9f\ud800-\udfff\u202a-\u202e\u2066-\u2069]")


def _peek(raw: bytes, name: bytes, limit: int) -> str:
    """A header's first line as it stands in a mail that was not parsed, for staff only (the
    quarantine list): undecoded, control characters removed, cut to `limit`."""
    match = re.search(rb"^" + name + rb":[ \t]*([^\r\n]{1,2000})", _head(raw), re.I | re.M)
    if match is None:
        return ""
    text = match.group(1).decode("utf-8", "replace")
    return _UNSAFE.sub("", text).strip()[:limit]


def _error_text(exc: BaseException) -> str:
    """The exception's type and where it came from: its message may quote personal data."""
    return exc.where if isinstance(exc, ReaderFailed) else described(exc)
