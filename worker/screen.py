"""Machine mail → the reason it gets no reply (RFC 3834 and the forms seen in the wild)."""

from __future__ import annotations

import re

from worker.domain import IgnoreReason, InboundMail

_AUTO_SUBJECT = re.compile(
    r"^\s*("
    r"auto(matic|matische?)?[ -]?(reply|antwoord|antwort|response)|r[ée]ponse automatique"
    r"|out of (the )?office|afwezigheid(smelding|sbericht)?\b|afwezig\s*:|ik ben afwezig"
    r"|abwesenheit(snotiz)?\b|abwesend\s*:|nicht im b[üu]ro|absente? du bureau"
    r"|absence du bureau|je suis absente?\b|message d'absence"
    r")",
    re.IGNORECASE,
)
_BOUNCE_SENDERS = re.compile(r"^(mailer-daemon|postmaster|mail-daemon|bounces?)@", re.IGNORECASE)
_BOUNCE_SUBJECT = re.compile(
    r"^\s*(undeliverable|undelivered mail|delivery status notification|mail delivery failed"
    r"|onbestelbaar|non remis|unzustellbar|returned mail|failure notice)\b",
    re.IGNORECASE,
)


def screen(mail: InboundMail, own_address: str) -> IgnoreReason | None:
    """Why this mail must get no reply, or None for mail a person wrote."""
    own = own_address.lower()
    if mail.sender.email == own:
        return IgnoreReason.OWN_ADDRESS
    if any(own in v.lower() for v in mail.header("x-loop")):
        return IgnoreReason.LOOP
    if _is_bounce(mail):
        return IgnoreReason.BOUNCE
    if _is_auto_reply(mail):
        return IgnoreReason.AUTO_REPLY
    if _is_bulk(mail):
        return IgnoreReason.BULK
    # A null reverse path marks mail that must not be answered (RFC 5321 §4.5.5): bounces, but
    # RFC 3834 auto-replies use it too, hence only after those were recognised.
    if any(v.strip() == "<>" for v in mail.header("return-path")):
        return IgnoreReason.BOUNCE
    return None


def _is_bounce(mail: InboundMail) -> bool:
    if mail.content_type == "multipart/report" and mail.report_type in (
        "delivery-status",
        "disposition-notification",
    ):
        return True
    if _BOUNCE_SENDERS.match(mail.sender.email):
        return True
    return bool(mail.header("x-failed-recipients")) or bool(_BOUNCE_SUBJECT.match(mail.subject))


def _is_auto_reply(mail: InboundMail) -> bool:
    # RFC 3834 §5: any Auto-Submitted value but "no" marks machine-generated mail.
    if any(
        v.split(";")[0].strip().lower() not in ("", "no") for v in mail.header("auto-submitted")
    ):
        return True
    if mail.header("x-autoreply") or mail.header("x-autorespond") or mail.header("x-autoresponse"):
        return True
    if any(v.strip().lower() in ("auto_reply", "auto-reply") for v in mail.header("precedence")):
        return True
    # Exchange marks what its inbox rules (out-of-office, auto-forward) generate.
    if mail.header("x-ms-exchange-inbox-rules-loop") or mail.header(
        "x-ms-exchange-generated-message-source"
    ):
        return True
    return bool(_AUTO_SUBJECT.match(mail.subject))


def _is_bulk(mail: InboundMail) -> bool:
    if any(v.strip().lower() in ("bulk", "list", "junk") for v in mail.header("precedence")):
        return True
    return bool(mail.header("list-id") or mail.header("list-unsubscribe"))


# --- mail a person wrote about something else (a short neutral note may answer it) -------------

_LINK = re.compile(r"https?://|\bwww\.|\b[\w-]+\.(?:com|net|org|io|xyz|top|ru|cn|info|biz)/", re.I)
# what phishing, scams and sales pitches ask or promise, in the four languages
_NOT_A_PERSON = re.compile(
    r"\b(?:password|passwords|passwort\w*|wachtwoord\w*|mot de passe|log ?in|sign ?in|verif\w*"
    r"|valid(?:ate|ation)|account (?:suspended|locked|blocked|closed)|mailbox|quota|storage"
    r"|postvak|mailbox vol|bo[iî]te (?:aux lettres|mail) (?:pleine|satur\w*)|postfach"
    r"|click|klik|cliquez|klicken|bitcoin|crypto\w*|wallet|gift ?cards?|lottery|prize|winner"
    r"|inheritance|beneficiary|wire transfer|seo|backlinks?|leads|webinar|demo call"
    r"|unsubscribe|désabonne\w*|uitschrijven|abmelden|invoice attached|factuur in bijlage"
    r"|urgent(?:e|ly)?|dringend|immediately|24 hours|48 hours|expire[sd]?|suspend\w*"
    # sales pitches
    r"|qualified (?:meetings|leads|prospects)|decision[- ]makers|outreach|pipeline|b2b|roi"
    r"|lead generation|quick call|(?:15|20|30) minutes|not interested|partnerships?|guest post"
    r"|book a (?:call|meeting|demo)|free (?:trial|audit|quote)|growth|rendez-vous commercial"
    r"|prise de rendez-vous|afspraak inplannen|vrijblijvend gesprek|kostenloses erstgespräch)\b",
    re.IGNORECASE,
)
_PERSONS_ATTACHMENTS = frozenset({"application/pdf", "image/jpeg", "image/png", "image/heic"})
MAX_NOTE_TEXT = 4000  # a longer unread mail is left to staff without any note


def plainly_a_person(mail: InboundMail) -> bool:
    """A mail a person plainly wrote, asking something we need not be wary of answering: some
    text, no link, nothing a phisher, a scammer or a salesman asks, no attachment but a PDF or
    a photo. Only such a mail, when it is no data-protection request, gets the short neutral
    note (worker/plan.py); the rest waits for staff in silence."""
    text = f"{mail.subject}\n{mail.text}"
    if not mail.text.strip() or len(mail.text) > MAX_NOTE_TEXT:
        return False
    if _LINK.search(text) or _NOT_A_PERSON.search(text):
        return False
    return all(a.sniffed_type in _PERSONS_ATTACHMENTS for a in mail.attachments)
