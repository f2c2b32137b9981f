"""What the writer wrote now is told apart from quoted mail, forwarded headers and signature."""

from email.message import EmailMessage

import pytest

from worker.mail.html_text import html_to_text, read_html
from worker.mail.parse import parse
from worker.mail.quotes import split_body


@pytest.mark.parametrize(
    "attribution",
    [
        "On Tue, 24 Nov 2026 at 10:12, GDPR <GDPR@alsicohightech.com> wrote:",
        "Op di 24 nov. 2026 om 10:12 schreef GDPR <GDPR@alsicohightech.com>:",
        "Le mar. 24 nov. 2026 à 10:12, GDPR <GDPR@alsicohightech.com> a écrit :",
        "Am Di., 24. Nov. 2026 um 10:12 Uhr schrieb GDPR <GDPR@alsicohightech.com>:",
        "-----Original Message-----",
        "---------- Forwarded message ---------",
        "-------- Message d'origine --------",
    ],
)
def test_attribution_lines_start_the_quote(attribution):
    body = f"Hierbij mijn identiteitskaart.\n\n{attribution}\n> Stuur ons een kopie.\n"
    split = split_body(body)
    assert split.text == "Hierbij mijn identiteitskaart."
    assert "Stuur ons een kopie" in split.quoted


def test_a_wrapped_gmail_attribution():
    body = (
        "Here it is.\n\nOn Tue, 24 Nov 2026 at 10:12, Some Long Name <someone@example.org>\n"
        "wrote:\n> old"
    )
    assert split_body(body).text == "Here it is."


def test_outlook_header_block():
    body = (
        "Graag ook mijn adres aanpassen.\n\n"
        "________________________________\n"
        "Van: GDPR <GDPR@alsicohightech.com>\n"
        "Verzonden: dinsdag 24 november 2026 10:12\n"
        "Aan: Jan Peeters\n"
        "Onderwerp: [GDPR-2026-000001] Ontvangstbevestiging\n\n"
        "Geachte heer Peeters, ...\n"
    )
    split = split_body(body)
    assert split.text == "Graag ook mijn adres aanpassen."
    assert split.quoted.startswith("____")


def test_signature_after_dash_dash_space():
    split = split_body("Please delete my account.\n\n-- \nJohn Smith\nAcme Ltd")
    assert split.text == "Please delete my account."
    assert split.signature == "John Smith\nAcme Ltd"


def test_interleaved_quote_lines_are_not_the_writers_text():
    split = split_body("> Did you want a copy?\nYes, a copy please.\n> And deletion?\nNo.")
    assert split.text == "Yes, a copy please.\nNo."


def test_a_sentence_that_starts_with_from_is_not_a_header():
    text = "From: my point of view you keep too much data.\nPlease delete it."
    assert split_body(text).text == text


def test_html_to_text_keeps_words_drops_markup_and_marks_blockquotes():
    html = (
        "<html><head><style>p{color:red}</style><title>x</title></head><body>"
        "<p>Beste,</p><p>Ik wil <b>inzage</b>&nbsp;in mijn gegevens.<br>Groeten</p>"
        '<div class="gmail_quote"><p>Oud bericht</p></div>'
        "<blockquote><p>Nog ouder</p></blockquote><script>alert(1)</script></body></html>"
    )
    text = html_to_text(html)
    assert "Ik wil inzage\xa0in mijn gegevens." in text or "Ik wil inzage in mijn gegevens." in text
    assert "color" not in text and "alert" not in text and "<" not in text
    assert "> Nog ouder" in text
    read = read_html(html)
    split = split_body(read.text, quote_at=read.quote_line)
    assert split.text.endswith("Groeten") and "Oud bericht" not in split.text
    assert "Oud bericht" in split.quoted and "Nog ouder" in split.quoted


# --- the clients' shapes, as whole mails through parse() ---------------------------------------
# The erasure code below stands in the quoted confirmation mail; only new text may confirm.

CODE = "7KQ2-M9XD-4HPA"
OURS = "GDPR <GDPR@alsicohightech.com>"
CONFIRMATION = f"Dear customer,\n\nTo confirm the erasure, reply with this code: {CODE}\n"


def mail_of(*, plain=None, html=None, subject="Re: [GDPR-2026-000001] Confirm the erasure"):
    msg = EmailMessage()
    msg["From"] = "Luc Declercq <luc.declercq.10@example.be>"
    msg["To"] = "GDPR@alsicohightech.com"
    msg["Subject"] = subject
    msg["Message-ID"] = "<answer@example.be>"
    if plain is not None:
        msg.set_content(plain)
    if html is not None:
        if plain is None:
            msg.set_content(html, subtype="html")
        else:
            msg.add_alternative(html, subtype="html")
    return msg.as_bytes()


def quoted(text):
    return "".join(f"> {line}\n" if line else ">\n" for line in text.splitlines())


def outlook_block(from_="From", sent="Sent", to="To", subject="Subject", colon=":"):
    return (
        f"{from_}{colon} {OURS}\n{sent}{colon} Tuesday, 24 November 2026 10:12\n"
        f"{to}{colon} Luc Declercq <luc.declercq.10@example.be>\n"
        f"{subject}{colon} [GDPR-2026-000001] Confirm the erasure\n\n"
    )


GMAIL_HTML = (
    '<div dir="ltr">I never asked for this. Do NOT delete anything!</div><br>'
    '<div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Tue, 24 Nov 2026 at 10:12, '
    'GDPR &lt;<a href="mailto:GDPR@alsicohightech.com">GDPR@alsicohightech.com</a>&gt; wrote:'
    '<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px '
    f'solid rgb(204,204,204);padding-left:1ex">Dear customer,<br><br>To confirm the erasure, '
    f"reply with this code: {CODE}<br></blockquote></div>"
)
SPANISH_OUTLOOK_HTML = (
    '<html><head><style>p{margin:0}</style></head><body dir="ltr">'
    '<div class="elementToProof">No he pedido esto.</div><div id="appendonsend"></div>'
    '<hr style="display:inline-block;width:98%" tabindex="-1"><div id="divRplyFwdMsg" dir="ltr">'
    '<font face="Calibri, sans-serif" style="font-size:11pt"><b>De:</b> GDPR '
    "&lt;GDPR@alsicohightech.com&gt;<br><b>Enviado el:</b> martes, 24 de noviembre de 2026 "
    "10:12<br><b>Para:</b> Jeroen Janssens &lt;jeroen@mail.example&gt;<br><b>Asunto:</b> "
    "[GDPR-2026-000001] Confirme el borrado</font><div>&nbsp;</div></div>"
    f"<div><p>Estimado cliente,</p><p>Para confirmar, responda con este código: {CODE}</p></div>"
    "</body></html>"
)
SPANISH_BARE_HTML = (  # the same without Outlook's own containers: a rule and bold labels only
    "<html><body><p>No he pedido esto.</p><hr><p><b>De:</b> GDPR &lt;GDPR@alsicohightech.com"
    "&gt; <b>Enviado el:</b> martes, 24 de noviembre de 2026 10:12 <b>Para:</b> Jeroen "
    f"<b>Asunto:</b> Confirme</p><div><p>Responda con este código: {CODE}</p></div></body></html>"
)
APPLE_FORWARD_HTML = (
    '<html><body dir="auto"><div dir="ltr"></div><div dir="ltr"><br><blockquote type="cite">'
    'Begin forwarded message:<br><br></blockquote></div><blockquote type="cite"><div dir="ltr">'
    "<b>From:</b> GDPR &lt;GDPR@alsicohightech.com&gt;<br><b>Date:</b> 24 November 2026 at "
    "10:12:00 CET<br><b>To:</b> Hilde Maes &lt;hilde.maes@mail.example&gt;<br><b>Subject:</b> "
    '[GDPR-2026-000001] Confirm the erasure<br></div></blockquote><blockquote type="cite">'
    f'<div dir="ltr"><p>Dear customer,</p><p>Reply with this code: {CODE}</p></div></blockquote>'
    "</body></html>"
)
OUTLOOK_DESKTOP_HTML = (  # Word's HTML: the header box is a div with a top border
    '<html><body lang="NL"><div class="WordSection1"><p class="MsoNormal">Hierbij de code: '
    f'{CODE}<o:p></o:p></p><p class="MsoNormal"><o:p>&nbsp;</o:p></p><div style="border:none;'
    'border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm"><p class="MsoNormal"><b>Van:</b>'
    " GDPR &lt;GDPR@alsicohightech.com&gt; <br><b>Verzonden:</b> dinsdag 24 november 2026 10:12"
    "<br><b>Aan:</b> Jan Peeters<br><b>Onderwerp:</b> [GDPR-2026-000001] Bevestig</p></div>"
    f'<p class="MsoNormal">Beste klant, antwoord met deze code: {CODE}</p></div></body></html>'
)

CLIENT_SHAPES = [
    # (client shape, mail bytes, the new text)
    (
        "gmail: typed text above an attribution and > quote",
        mail_of(
            plain="I never asked for this. Do NOT delete anything!\n\n"
            f"On Tue, 24 Nov 2026 at 10:12, {OURS} wrote:\n\n{quoted(CONFIRMATION)}",
            html=GMAIL_HTML,
        ),
        "I never asked for this. Do NOT delete anything!",
    ),
    (
        "gmail html only",
        mail_of(html=GMAIL_HTML),
        "I never asked for this. Do NOT delete anything!",
    ),
    (
        "an empty reply: only the quote, the protest in the subject",
        mail_of(
            plain=f"On Tue, 24 Nov 2026 at 10:12, {OURS} wrote:\n{quoted(CONFIRMATION)}",
            subject="Re: [GDPR-2026-000001] Confirm the erasure -- I DID NOT ASK FOR THIS, STOP",
        ),
        "",
    ),
    (
        "italian outlook: an unprefixed Da/Inviato/A/Oggetto block",
        mail_of(
            plain="Non ho mai chiesto questo. Non cancellate niente!\n\n"
            + outlook_block("Da", "Inviato", "A", "Oggetto")
            + CONFIRMATION
        ),
        "Non ho mai chiesto questo. Non cancellate niente!",
    ),
    (
        "spanish outlook, html only: <hr>, divRplyFwdMsg, bold De/Enviado el/Para/Asunto",
        mail_of(html=SPANISH_OUTLOOK_HTML),
        "No he pedido esto.",
    ),
    (
        "spanish outlook without its containers: <hr> and one line of bold labels",
        mail_of(html=SPANISH_BARE_HTML),
        "No he pedido esto.",
    ),
    (
        "apple mail: the odd mail forwarded back with no text",
        mail_of(
            plain="\n\nBegin forwarded message:\n\n" + outlook_block(sent="Date") + CONFIRMATION,
            html=APPLE_FORWARD_HTML,
            subject="Fwd: [GDPR-2026-000001] Confirm the erasure",
        ),
        "",
    ),
    (
        "apple mail forward, html only",
        mail_of(html=APPLE_FORWARD_HTML, subject="Fwd: [GDPR-2026-000001] Confirm the erasure"),
        "",
    ),
    (
        "outlook: the code typed above the quote (legitimate)",
        mail_of(
            plain=f"{CODE}\n\nKind regards,\nLuc\n\n________________________________\n"
            + outlook_block()
            + CONFIRMATION
        ),
        f"{CODE}\n\nKind regards,\nLuc",
    ),
    (
        "outlook desktop html (Word): the code above a top-bordered Van/Verzonden box",
        mail_of(html=OUTLOOK_DESKTOP_HTML),
        f"Hierbij de code: {CODE}",
    ),
    (
        "dutch outlook with a rule line",
        mail_of(
            plain="Ik heb hier niet om gevraagd.\n\n________________________________\n"
            + outlook_block("Van", "Verzonden", "Aan", "Onderwerp")
            + CONFIRMATION
        ),
        "Ik heb hier niet om gevraagd.",
    ),
    (
        "french outlook: De : / Envoyé : / À : / Objet :",
        mail_of(
            plain="Je n'ai rien demandé.\n\n"
            + outlook_block("De", "Envoyé", "À", "Objet", colon=" :")
            + CONFIRMATION
        ),
        "Je n'ai rien demandé.",
    ),
    (
        "german outlook: Von/Gesendet/An/Betreff",
        mail_of(
            plain="Das habe ich nicht beantragt.\n\n"
            + outlook_block("Von", "Gesendet", "An", "Betreff")
            + CONFIRMATION
        ),
        "Das habe ich nicht beantragt.",
    ),
    (
        "portuguese outlook: De/Enviado/Para/Assunto",
        mail_of(
            plain="Não pedi isto.\n\n"
            + outlook_block("De", "Enviado", "Para", "Assunto")
            + CONFIRMATION
        ),
        "Não pedi isto.",
    ),
    (
        "polish outlook: Od/Wysłano/Do/Temat",
        mail_of(
            plain="Nie prosiłem o to.\n\n"
            + outlook_block("Od", "Wysłano", "Do", "Temat")
            + CONFIRMATION
        ),
        "Nie prosiłem o to.",
    ),
    (
        "old outlook: -----Original Message-----",
        mail_of(plain="Not me.\n\n-----Original Message-----\n" + outlook_block() + CONFIRMATION),
        "Not me.",
    ),
    (
        "dutch gmail, attribution wrapped over two lines",
        mail_of(
            plain="Dat was ik niet.\n\nOp di 24 nov. 2026 om 10:12 schreef GDPR <\n"
            f"GDPR@alsicohightech.com>:\n\n{quoted(CONFIRMATION)}"
        ),
        "Dat was ik niet.",
    ),
    (
        "english gmail, attribution wrapped over three lines",
        mail_of(
            plain="Not me.\n\nOn Tue, Nov 24, 2026 at 10:12 AM The GDPR team of Alsico\n"
            "High Tech <GDPR@alsicohightech.com>\nwrote:\n\n" + quoted(CONFIRMATION)
        ),
        "Not me.",
    ),
    (
        "french gmail",
        mail_of(
            plain="Ce n'était pas moi.\n\nLe mar. 24 nov. 2026 à 10:12, "
            f"{OURS} a écrit :\n\n{quoted(CONFIRMATION)}"
        ),
        "Ce n'était pas moi.",
    ),
    (
        "german gmail",
        mail_of(
            plain="Das war ich nicht.\n\nAm Di., 24. Nov. 2026 um 10:12 Uhr schrieb "
            f"{OURS}:\n\n{quoted(CONFIRMATION)}"
        ),
        "Das war ich nicht.",
    ),
    (
        "italian gmail",
        mail_of(
            plain="Non ero io.\n\nIl giorno mar 24 nov 2026 alle ore 10:12 "
            f"{OURS} ha scritto:\n\n{quoted(CONFIRMATION)}"
        ),
        "Non ero io.",
    ),
    (
        "spanish gmail",
        mail_of(
            plain="No fui yo.\n\nEl mar, 24 nov 2026 a las 10:12, GDPR "
            f"(<GDPR@alsicohightech.com>) escribió:\n\n{quoted(CONFIRMATION)}"
        ),
        "No fui yo.",
    ),
    (
        "portuguese gmail",
        mail_of(
            plain="Não fui eu.\n\nEm ter., 24 de nov. de 2026 às 10:12, "
            f"{OURS} escreveu:\n\n{quoted(CONFIRMATION)}"
        ),
        "Não fui eu.",
    ),
    (
        "polish gmail, wrapped",
        mail_of(
            plain="To nie ja.\n\nW dniu wt., 24.11.2026 o 10:12 GDPR <GDPR@alsicohightech.com>\n"
            f"napisał(a):\n\n{quoted(CONFIRMATION)}"
        ),
        "To nie ja.",
    ),
    (
        "thunderbird: bottom-posted below the quote",
        mail_of(
            plain=f"On 24/11/2026 10:12, GDPR wrote:\n{quoted(CONFIRMATION)}\n{CODE}\n\n-- \nLuc"
        ),
        CODE,
    ),
    (
        "iphone: attribution and > quote under the text",
        mail_of(
            plain="Not me\n\nSent from my iPhone\n\n"
            f"On 24 Nov 2026, at 10:12, {OURS} wrote:\n\n{quoted(CONFIRMATION)}"
        ),
        "Not me\n\nSent from my iPhone",
    ),
    (
        "thunderbird forward: -------- Forwarded Message --------",
        mail_of(
            plain="-------- Forwarded Message --------\nSubject: Confirm\n"
            f"Date: Tue, 24 Nov 2026 10:12:00 +0100\nFrom: {OURS}\nTo: Luc\n\n{CONFIRMATION}",
            subject="Fwd: Confirm",
        ),
        "",
    ),
    (
        "outlook forward: FW: subject and a header block, no marker",
        mail_of(
            plain="________________________________\n" + outlook_block() + CONFIRMATION,
            subject="FW: [GDPR-2026-000001] Confirm the erasure",
        ),
        "",
    ),
]


@pytest.mark.parametrize(
    ("shape", "raw", "new_text"), CLIENT_SHAPES, ids=[c[0] for c in CLIENT_SHAPES]
)
def test_the_new_text_of_each_client_shape(shape, raw, new_text):
    mail = parse(raw)
    assert mail.text == new_text
    if CODE not in new_text:
        assert CODE not in mail.text and CODE in mail.quoted + mail.forwarded


FORWARD_SHAPES = [
    "apple mail: the odd mail forwarded back with no text",
    "apple mail forward, html only",
    "thunderbird forward: -------- Forwarded Message --------",
    "outlook forward: FW: subject and a header block, no marker",
]


@pytest.mark.parametrize("shape", FORWARD_SHAPES)
def test_a_forward_keeps_the_forwarded_mail_with_its_sender_apart(shape):
    raw = next(c[1] for c in CLIENT_SHAPES if c[0] == shape)
    mail = parse(raw)
    assert mail.text == "" and CODE in mail.forwarded
    assert mail.forwarded_from == OURS
    assert "2026" in mail.forwarded_date


def test_a_reply_is_no_forward():
    mail = parse(CLIENT_SHAPES[0][1])
    assert mail.forwarded == "" and mail.forwarded_from == ""


@pytest.mark.parametrize(
    "text",
    [
        "As I wrote on 12 March:\nPlease delete my data.",
        "Here is what I wrote:\nDelete my account.",
        "Q: Do you keep my data?\nA: Yes, so delete it.\nFrom: now on, no mail please.",
        "Thanks.\n\n-----\nJan Peeters\nDate: 12 March",
        "Subject: my data\nTo: whom it may concern\nPlease delete it.",
        "Van: mijn kant geen bezwaar.\nDatum: morgen graag.",
    ],
)
def test_text_that_only_looks_like_a_marker_stays_new_text(text):
    assert split_body(text).text == text


def test_preformatted_html_keeps_its_lines_and_so_its_quotes():
    # Thunderbird's plain text sent as HTML: the quote is only "> " at the start of lines
    html = (
        '<html><body><pre class="moz-quote-pre" wrap="">Not me.\n\n'
        f"On 24/11/2026 10:12, GDPR wrote:\n&gt; Reply with this code: {CODE}\n&gt;\n"
        "</pre></body></html>"
    )
    assert parse(mail_of(html=html)).text == "Not me."
