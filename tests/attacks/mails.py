"""The forged and hostile mails of the attack suite, built the way the security review built them
(../shared/reviews/security.md, findings 1, 3, 4, 5 and 10), and the legitimate ones beside them.

Every builder returns raw bytes; nothing here knows the worker's code.
"""

from __future__ import annotations

import itertools
from datetime import UTC, date, datetime
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime

from tests.fixtures.idcopies import id_card_pdf

OURS = "mx.alsicohightech.com"
GDPR = "GDPR@alsicohightech.com"
RECEIVED = (
    f"from mail.example (mail.example [192.0.2.7]) by {OURS} with ESMTPS id 4Q;"
    " Mon, 30 Nov 2026 09:00:00 +0100"
)
_ids = itertools.count(1)


def pass_for(domain: str) -> str:
    return (
        f"{OURS}; spf=pass smtp.mailfrom={domain}; dkim=pass header.d={domain};"
        f" dmarc=pass (p=reject) header.from={domain}"
    )


def mail(
    sender: str,
    subject: str,
    body: str = "",
    *,
    name: str = "",
    trace: tuple[tuple[str, str], ...] = (),
    html: str = "",
    attachments: tuple[tuple[str, str, str, bytes], ...] = (),
    headers: tuple[tuple[str, str], ...] = (),
) -> bytes:
    """A mail from `sender`; `trace` headers go on top in the order given (topmost first)."""
    n = next(_ids)
    msg = EmailMessage()
    for key, value in trace:
        msg[key] = value
    msg["From"] = f"{name} <{sender}>" if name else sender
    msg["To"] = GDPR
    msg["Subject"] = subject
    msg["Date"] = format_datetime(datetime(2026, 12, 1, 9, n % 60, tzinfo=UTC))
    msg["Message-ID"] = f"<attack-{n}@{sender.rpartition('@')[2] or 'x.example'}>"
    for key, value in headers:
        msg[key] = value
    if html and not body:
        msg.set_content(html, subtype="html")
    else:
        msg.set_content(body)
        if html:
            msg.add_alternative(html, subtype="html")
    for maintype, subtype, filename, content in attachments:
        msg.add_attachment(content, maintype=maintype, subtype=subtype, filename=filename)
    # an address or header in UTF-8 (RFC 6532) is written as such, as a mail server passes it on
    return msg.as_bytes(policy=policy.SMTPUTF8 if not sender.isascii() else msg.policy)


def authenticated(domain: str) -> tuple[tuple[str, str], ...]:
    return (("Authentication-Results", pass_for(domain)), ("Received", RECEIVED))


def forged_card(surname: str, given: str) -> tuple[str, str, str, bytes]:
    """The attacker's home-made card: a PDF whose text layer holds a TD1 zone with correct check
    digits for any name (security review, introduction)."""
    pdf = id_card_pdf(
        surname.upper(), given.upper(), "592123456", date(1980, 1, 1), date(2032, 1, 1)
    )
    return ("application", "pdf", "identiteitskaart.pdf", pdf)


def reply_headers(original: EmailMessage) -> tuple[tuple[str, str], ...]:
    return (
        ("In-Reply-To", str(original["Message-ID"])),
        ("References", str(original["Message-ID"])),
    )


def quoted(text: str) -> str:
    return "\n".join("> " + line for line in text.splitlines())


# --- the victims' answers to a confirmation mail they did not ask for (security.md 1b) --------


def gmail_denial(sender: str, original: EmailMessage, body: str) -> bytes:
    return mail(
        sender,
        f"Re: {original['Subject']}",
        "I never asked for this. Do NOT delete anything!\n\n"
        f"On Mon, 30 Nov 2026 at 10:12, {GDPR} wrote:\n" + quoted(body),
        headers=reply_headers(original),
    )


def empty_reply_with_quote(sender: str, original: EmailMessage, body: str) -> bytes:
    return mail(
        sender,
        f"Re: {original['Subject']} -- I DID NOT ASK FOR THIS, STOP",
        quoted(body),
        headers=reply_headers(original),
    )


def italian_outlook(sender: str, original: EmailMessage, body: str) -> bytes:
    return mail(
        sender,
        f"R: {original['Subject']}",
        "Non ho mai chiesto questo. Non cancellate niente!\n\n"
        f"Da: {GDPR} <{GDPR}>\nInviato: lunedì 30 novembre 2026 10:12\n"
        f"A: {sender}\nOggetto: {original['Subject']}\n\n{body}",
        headers=reply_headers(original),
    )


def spanish_outlook_html(sender: str, original: EmailMessage, body: str) -> bytes:
    html = (
        "<html><body><div>No he pedido esto.</div><hr>"
        f"<b>De:</b> {GDPR}<br><b>Enviado el:</b> lunes, 30 de noviembre de 2026 10:12<br>"
        f"<b>Para:</b> {sender}<br><b>Asunto:</b> {original['Subject']}<br>"
        "<div>" + body.replace("\n", "<br>") + "</div></body></html>"
    )
    return mail(sender, f"RE: {original['Subject']}", html=html, headers=reply_headers(original))


def bare_forward(sender: str, original: EmailMessage, body: str) -> bytes:
    return mail(
        sender,
        f"Fwd: {original['Subject']}",
        "Begin forwarded message:\n\n"
        f"From: {GDPR}\nSubject: {original['Subject']}\nDate: 30 November 2026 at 10:12\n"
        f"To: {sender}\n\n{body}",
    )


VICTIM_ANSWERS = {
    "gmail_denial_with_quote": gmail_denial,
    "empty_reply_with_quote_and_subject": empty_reply_with_quote,
    "italian_outlook_denial": italian_outlook,
    "spanish_outlook_html_denial": spanish_outlook_html,
    "bare_forward": bare_forward,
}


# --- the code where the requester did not type it ---------------------------------------------


def code_in_quote(sender: str, original: EmailMessage, body: str) -> bytes:
    return mail(
        sender,
        f"Re: {original['Subject']}",
        f"ok\n\nOn Mon, 30 Nov 2026 at 10:12, {GDPR} wrote:\n" + quoted(body),
        headers=reply_headers(original),
    )


def code_in_attachment(sender: str, original: EmailMessage, body: str) -> bytes:
    return mail(
        sender,
        f"Re: {original['Subject']}",
        "see attachment",
        attachments=(("text", "plain", "mail.txt", body.encode()),),
        headers=reply_headers(original),
    )


def code_in_html_comment(sender: str, original: EmailMessage, code: str) -> bytes:
    html = f"<html><body><p>ok</p><!-- {code} --></body></html>"
    return mail(sender, f"Re: {original['Subject']}", html=html, headers=reply_headers(original))


def code_in_forward(sender: str, original: EmailMessage, body: str) -> bytes:
    return mail(
        sender,
        f"Fwd: {original['Subject']}",
        "fyi\n\n"
        "---------- Forwarded message ---------\n"
        f"From: {GDPR}\nDate: Mon, 30 Nov 2026 at 10:12\nSubject: {original['Subject']}\n"
        f"To: {sender}\n\n{body}",
    )


def code_flood(
    sender: str,
    original: EmailMessage,
    code: str,
    count: int,
    trace: tuple[tuple[str, str], ...] = (),
) -> bytes:
    from worker.confirmation import new_code  # the attacker's guesses have the right shape

    guesses = [new_code() for _ in range(count)]
    guesses.insert(count // 2, code)  # even the right one among them does not help
    return mail(
        sender,
        f"Re: {original['Subject']}",
        "\n".join(guesses),
        headers=reply_headers(original),
        trace=trace,
    )


def outlook_reply_code_on_top(sender: str, original: EmailMessage, body: str, code: str) -> bytes:
    return mail(
        sender,
        f"RE: {original['Subject']}",
        f"Hierbij bevestig ik: {code}\n\nMet vriendelijke groet\n\n"
        "________________________________\n"
        f"Van: {GDPR}\nVerzonden: maandag 30 november 2026 10:12\n"
        f"Aan: {sender}\nOnderwerp: {original['Subject']}\n\n{body}",
        headers=reply_headers(original),
    )
