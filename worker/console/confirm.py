"""The confirmation step of the console's decisions (its pages carry no script, so a second
page): what a decision will do, and the mail the requester will receive, rendered from the same
template the decision will use, before anything is written."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time
from typing import Any
from zoneinfo import ZoneInfo

from worker.app import App
from worker.cases.reading import request_types_from
from worker.cases.rights import _needs_confirmation
from worker.cases.staff import StaffError
from worker.deadline import add_months, statutory_deadline, today_at
from worker.domain import CaseStatus
from worker.mail.compose import reply_subject
from worker.store import repo
from worker.store.db import transaction

REFUSAL_REASONS = ("manifestly_unfounded", "excessive", "identity_not_confirmed", "other")
CLOSE_REASONS = ("not_a_request", "spam", "duplicate", "withdrawn")


def _types(text: str) -> list[str]:
    """The request types typed in the form, checked as the command line checks them."""
    try:
        return request_types_from(text.split(","))
    except StaffError as refused:
        raise NotReady(str(refused)) from None


class NotReady(ValueError):
    """The form is not complete enough to confirm; the message says what is missing."""


@dataclass(frozen=True)
class Preview:
    title: str  # what the button does, e.g. "Refuse the request"
    effects: list[str]  # what happens, in sentences
    subject: str = ""  # of the mail the requester will receive, if any
    body: str = ""
    fields: dict[str, str] = field(default_factory=dict)  # carried to the confirmed POST


def preview(app: App, action: str, ref: str, fields: dict[str, str]) -> Preview | None:
    """What `action` on case `ref` with `fields` will do; None when there is no such case."""
    with transaction(app.sessions) as session:
        case = repo.case_by_ref(session, ref)
        if case is None:
            return None
        anytime = action in ("lift-restriction",)  # a restriction outlives its case
        if not anytime and CaseStatus(case.status).is_open == (action == "reopen"):
            raise NotReady(f"case {case.ref} is {case.status}")
        writer = app.replies

        def mail(template: str, **extra: Any) -> tuple[str, str]:
            needs_review = case.status == CaseStatus.AWAITING_REVIEW.value
            context = {**writer.context(case, needs_review), **extra}
            rendered = writer.renderer.render(template, writer.language_of(case), context)
            return reply_subject(case.ref or ref, rendered.subject), rendered.body

        match action:
            case "approve":
                types = fields.get("types", "").strip() or ",".join(case.request_types)
                return Preview(
                    "Approve the case",
                    [
                        f"The case goes ahead as: {types.replace(',', ', ') or 'nothing'}.",
                        "The identity and the sender are taken as checked by you; the log "
                        "names you as the proof.",
                        "The work is carried out at once: the requester receives what each "
                        "right brings (an access report, an erasure code, a confirmation).",
                    ],
                    fields={"types": fields.get("types", "")},
                )
            case "extend":
                reason = " ".join(fields.get("reason", "").split())
                if any(e.kind == "deadline_extended" for e in case.events):
                    raise NotReady(f"the deadline of case {case.ref} was extended already")
                if not reason:
                    raise NotReady("give the reason for the delay: the requester is told it "
                                   "(art. 12(3))")  # fmt: skip
                new = add_months(case.deadline, app.policy.deadline.extension_months)
                subject, body = mail("extension_notice", new_deadline=new, reason=reason)
                return Preview(
                    "Extend the deadline",
                    [f"The deadline moves from {case.deadline} to {new}, once only."],
                    subject,
                    body,
                    {"reason": reason},
                )
            case "reply":
                text = fields.get("text", "").replace("\r\n", "\n").strip()
                if not text:
                    raise NotReady("the message is empty")
                subject, body = mail("staff_reply", text=text)
                return Preview(
                    "Send the message",
                    ["The requester receives this mail in the case's thread."],
                    subject,
                    body,
                    {"text": text},
                )
            case "refuse":
                code = fields.get("reason", "")
                if code not in REFUSAL_REASONS:
                    raise NotReady("choose the reason for the refusal")
                text = fields.get("text", "").replace("\r\n", "\n").strip()
                if code == "other" and not text:
                    raise NotReady("write the reason: the letter must give it (art. 12(4))")
                subject, body = mail("refusal", reason_code=code, reason_text=text)
                return Preview(
                    "Refuse the request",
                    [
                        "The case ends as refused; kept ID copies are deleted.",
                        "The requester receives this letter, with the authority and the courts "
                        "they may turn to (art. 12(4)).",
                    ],
                    subject,
                    body,
                    {"reason": code, "text": text},
                )
            case "close":
                reason = fields.get("reason", "")
                if reason not in CLOSE_REASONS:
                    raise NotReady("choose why the case closes")
                reply = fields.get("reply") == "yes"
                if reply and reason != "not_a_request":
                    raise NotReady("only a mail that is not a request gets a note")
                effects = [
                    f"The case closes as {reason.replace('_', ' ')}; kept ID copies are deleted.",
                    "The sender receives this short note." if reply else "Nobody is written to.",
                ]
                subject, body = mail("not_a_request") if reply else ("", "")
                return Preview(
                    "Close the case",
                    effects,
                    subject,
                    body,
                    {"reason": reason, "reply": "yes" if reply else ""},
                )
            case "reopen":
                reason = fields.get("reason", "").strip()
                if not reason:
                    raise NotReady("give the reason for reopening the case")
                return Preview(
                    "Reopen the case",
                    [
                        f"The case, now {case.status}, waits for review again.",
                        "Your reason is kept as an internal note; nobody is written to.",
                    ],
                    fields={"reason": reason},
                )
            case "correct":
                types = _types(fields.get("types", ""))
                reason = fields.get("reason", "").replace("\r\n", "\n").strip()
                told = any(m.kind == "acknowledgement" for m in case.outbound)
                quiet = {"passed_on", "authority_complaint"} & set(case.flags)
                effects = [
                    f"The reading becomes: {', '.join(types)} (was: "
                    f"{', '.join(case.request_types) or 'nothing recognised'}).",
                    "This is no approval: each right still needs its proof (the sender's "
                    "authentication, the owner's confirmation, or your approval later).",
                    *(
                        [
                            f"The earlier approval ({case.approved_by}) was for what the case "
                            "asked then: it no longer counts, the corrected reading needs an "
                            "approval of its own."
                        ]
                        if case.approved_by and set(types) - set(case.request_types)
                        else []
                    ),
                    *(
                        [
                            "The owner of the address confirmed (or is asked to confirm) only "
                            "what our mail listed then: a new code, naming "
                            f"{', '.join(added)} too, is asked for."
                        ]
                        if (
                            added := [
                                t
                                for t in types
                                if t not in case.request_types and _needs_confirmation(app, t)
                            ]
                        )  # fmt: skip
                        and (
                            case.confirmation_hash
                            or case.mailbox_confirmed_at is not None
                            or case.status == "awaiting_confirmation"
                        )  # fmt: skip
                        else []
                    ),
                    "The status follows the corrected types (held for review, waiting for the "
                    "ID copy, or in progress).",
                ]
                subject, body = "", ""
                if not told and not quiet:
                    effects.append("The requester, who has heard nothing yet, receives this "
                                   "acknowledgement.")  # fmt: skip
                    subject, body = mail("acknowledgement", request_types=types,
                                         unclassified=False)  # fmt: skip
                else:
                    effects.append("Nobody is written to.")
                return Preview(
                    "Correct the reading",
                    effects,
                    subject,
                    body,
                    {"types": ",".join(types), "reason": reason},
                )
            case "subject":
                name = " ".join(fields.get("name", "").split())
                if not name:
                    raise NotReady("give the data subject's name")
                from worker.cases.reading import _address
                from worker.cases.staff import StaffError

                try:
                    email = _address(fields["email"]) if fields.get("email", "").strip() else ""
                except StaffError as exc:
                    raise NotReady(str(exc)) from None
                received = fields.get("received", "").strip()
                if received:
                    try:
                        date.fromisoformat(received)
                    except ValueError:
                        raise NotReady(f"{received!r} is not a date (YYYY-MM-DD)") from None
                another = email != case.requester_email and not (
                    "passed_on" in case.flags and email
                )
                effects = [f"The data subject: {name}" + (f" <{email}>" if email else "") + "."]
                if "passed_on" in case.flags and email and email != case.requester_email:
                    effects.append(
                        "The request passed on is theirs: replies go to them from now on, and "
                        "the colleague's proofs no longer count."
                    )
                elif another:
                    effects.append(
                        "They are not the sender: what the sender proved does not count for "
                        "them. The case waits for your approval after you checked the mandate."
                    )
                if received:
                    zone = app.policy.deadline.timezone
                    start = datetime.combine(
                        date.fromisoformat(received), time(0), tzinfo=ZoneInfo(zone)
                    )
                    new = statutory_deadline(start, app.policy.deadline.months, zone)
                    from worker.cases.reading import _with_extension

                    new, late = _with_extension(app, case, new)
                    if late:
                        effects.append(
                            "The extension was told after the month from that first receipt "
                            "(art. 12(3)): it no longer counts."
                        )
                    if new > case.deadline:
                        raise NotReady(
                            f"{received} would move the deadline later ({case.deadline} → "
                            f"{new}): the first receipt only brings it forward"
                        )
                    effects.append(
                        f"First received by the company on {received} (Brussels time): the "
                        f"deadline moves from {case.deadline} to {new}."
                    )
                from worker.cases.rights import confirmation_actions
                from worker.proof import NEEDS_SUBJECT_ADDRESS

                changes = confirmation_actions(app, case) if another else []
                if changes and email:
                    effects.append(
                        f"A confirmation mail with a fresh code goes to {email} (not to the "
                        f"sender), saying who asked on their behalf: {', '.join(changes)} "
                        "goes ahead only with their own reply and your approval; their "
                        '"no" cancels the request.'
                    )
                else:
                    if changes:
                        effects.append(
                            f"{', '.join(changes)}: {NEEDS_SUBJECT_ADDRESS}. Nothing is done."
                        )
                    effects.append("Nobody is written to.")
                return Preview(
                    "Set the data subject",
                    effects,
                    fields={"name": name, "email": email, "received": received},
                )
            case "merge":
                into = fields.get("into", "").strip()
                reason = fields.get("reason", "").replace("\r\n", "\n").strip()
                target = repo.case_by_ref(session, into) if into else None
                if target is None:
                    raise NotReady(f"no case {into or '(none given)'} to merge into")
                if target.id == case.id:
                    raise NotReady("a case cannot be merged into itself")
                if not CaseStatus(target.status).is_open:
                    raise NotReady(f"case {target.ref} is {target.status}: merge into an open case")
                from worker.cases.merge import not_mergeable

                if refused := not_mergeable(case, target):
                    raise NotReady(refused)
                if not reason:
                    raise NotReady("give the reason for the merge")
                return Preview(
                    f"Merge into {target.ref}",
                    [
                        f"The {len(case.inbound)} mail(s) from and {len(case.outbound)} to the "
                        f"requester move to case {target.ref} ({target.status.replace('_', ' ')}"
                        f", {', '.join(target.request_types) or 'nothing read'}).",
                        f"Case {case.ref} closes as a duplicate of {target.ref}.",
                        *(
                            [
                                f"Its deadline {case.deadline} came first: case {target.ref}'s "
                                f"deadline moves from {target.deadline} to it."
                            ]
                            if case.deadline < target.deadline
                            else []
                        ),
                        "Nobody is written to. Your reason is kept as an internal note on both.",
                    ],
                    fields={"into": target.ref or into, "reason": reason},
                )
            case "lift-restriction":
                from worker.cases.restriction_lift import lift_state

                state = lift_state(case)
                if state != "restricted":
                    raise NotReady(
                        f"case {case.ref} restricted nothing"
                        if state == "none"
                        else f"the restriction of case {case.ref} is {state} already"
                    )
                reason = fields.get("reason", "").replace("\r\n", "\n").strip()
                if not reason:
                    raise NotReady("give the reason: the requester is told it before the lift")
                today = today_at(app.policy.deadline.timezone)
                subject, body = mail("restriction_lifted", lift_date=today, reason=reason)
                return Preview(
                    "Lift the restriction",
                    [
                        "First the requester receives this notice (art. 18(3) GDPR).",
                        "Only once the mail server has taken it is the restriction undone in "
                        "the company's data; a notice that cannot be delivered leaves it in "
                        "place and flags the case.",
                        "Your reason goes into the letter, and is kept as an internal note.",
                    ],
                    subject,
                    body,
                    {"reason": reason},
                )
        raise NotReady(f"no such decision: {action}")
