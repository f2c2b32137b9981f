"""Writing a reply down: rendered from its template into an outbox row, sent later by
worker/cases/delivery.py. The row's Message-ID is fixed here, so a resend is the same message."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from config.policy import Policy
from worker.domain import CaseStatus, EventKind, IdStatus, InboundMail, Language, MessageKind
from worker.mail.addresses import echoable_name
from worker.mail.compose import new_message_id, references_for, reply_subject
from worker.render import ReplyRenderer
from worker.store import repo
from worker.store.models import Case, OutboundMessage


@dataclass(frozen=True)
class ReplyWriter:
    """What it takes to write replies: our address, the policy, the templates."""

    own_address: str
    policy: Policy
    renderer: ReplyRenderer

    def language_of(self, case: Case) -> Language:
        lang = Language(case.language)
        return (
            lang if lang in self.policy.replies.languages else self.policy.replies.fallback_language
        )

    def context(self, case: Case, needs_review: bool) -> dict[str, Any]:
        return {
            "ref": case.ref,
            # the display name the sender chose: greeted with only when short and plain
            "requester_name": echoable_name(case.requester_name),
            "request_types": list(case.request_types),
            "unclassified": not case.request_types,
            "needs_review": needs_review,
            "deadline": case.deadline,
            # the day the mail arrived, in the company's time zone (Brussels), as the deadline
            "received_on": local_day(case.received_at, self.policy.deadline.timezone),
            "id_needed": not IdStatus(case.id_status).is_ok,
            "on_behalf": "on_behalf" in (case.framing or {}),
            "id_status": case.id_status,
            "company": self.policy.company.name,
            "general_contact": self.policy.company.general_contact,
            "gdpr_address": self.own_address,
        }

    def subject(self, case: Case, template: str, extra: dict[str, Any]) -> str:
        """The subject a reply rendered from `template` gets (to name it in another reply)."""
        needs_review = CaseStatus(case.status) is CaseStatus.AWAITING_REVIEW
        context = {**self.context(case, needs_review), **extra}
        rendered = self.renderer.render(template, self.language_of(case), context)
        return reply_subject(case.ref or "", rendered.subject)

    def write(
        self,
        session: Session,
        case: Case,
        kind: MessageKind,
        *,
        answering: InboundMail | None = None,
        extra: dict[str, Any] | None = None,
        actor: str = "intake",
        template: str = "",
        attachment: tuple[str, bytes] | None = None,
        sensitive: bool = False,
        to: str = "",
    ) -> OutboundMessage:
        """Render `template` (default: the kind's own) into an outbox row in the case's thread
        (see `thread_headers` for what it answers), to the requester (or `to`: only ever a new
        contact address the requester gave, to confirm it)."""
        in_reply_to, earlier = thread_headers(case, answering)
        lang = self.language_of(case)
        needs_review = CaseStatus(case.status) is CaseStatus.AWAITING_REVIEW
        context = {**self.context(case, needs_review), **(extra or {})}
        rendered = self.renderer.render(template or kind.value, lang, context)
        row = repo.add_outbound(
            session,
            case_id=case.id,
            kind=kind.value,
            language=lang.value,
            message_id=new_message_id(self.own_address, kind.value),
            to_addr=to or case.requester_email,
            subject=reply_subject(case.ref or "", rendered.subject),
            body=rendered.body,
            in_reply_to=in_reply_to,
            references=references_for(in_reply_to, earlier),
            attachment_name=attachment[0] if attachment else "",
            attachment=attachment[1] if attachment else None,
            sensitive=sensitive,
        )
        repo.add_event(
            session,
            case,
            actor,
            EventKind.REPLY_WRITTEN,
            kind=kind.value,
            template=template or kind.value,
            outbound_id=row.id,
        )
        return row


def local_day(moment: datetime, timezone: str) -> date:
    """The calendar day of `moment` where the company is (a mail at 00:30 in Brussels is of
    that day, not of the day before as in UTC)."""
    if moment.tzinfo is None:  # stored as UTC
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(ZoneInfo(timezone)).date()


def thread_headers(case: Case, answering: InboundMail | None) -> tuple[str, tuple[str, ...]]:
    """The Message-ID a reply answers, and the earlier ones it refers to: `answering` (the mail
    just received) with its whole References chain; or, for a reply written later in the case's
    life, the requester's latest mail, referring to their first."""
    if answering is not None:
        return answering.message_id, answering.references
    latest = case.inbound[-1].message_id if case.inbound else ""
    first = case.inbound[0].message_id if case.inbound else ""
    return latest, ((first,) if first and first != latest else ())
