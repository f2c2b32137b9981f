"""What the writer wrote now, told apart from quoted earlier mail, forwarded mail and signature.

Only the new text may confirm an erasure or deny a request, so whatever a mail client adds below
(or between) the writer's words must be set aside, in the shapes the common clients write:

- `>` quotes, with an attribution line above them ("On … wrote:", "Op … schreef …:", "Le … a
  écrit :", "Am … schrieb …:", "Il … ha scritto:", "El … escribió:", "Em … escreveu:",
  "W dniu … napisał(a):", …), also when the client wrapped it over two or three lines. Text
  between or below `>` quotes (an interleaved or bottom-posted answer) is new text;
- Outlook's header block ("From:/Sent:/To:/Subject:" and its translations: "Van:/Verzonden:",
  "De :/Envoyé :", "Von:/Gesendet:", "Da:/Inviato:", "De:/Enviado el:", "Od:/Wysłano:", …),
  with or without the rule line above it, and "-----Original Message-----" separators: all that
  follows is the earlier mail;
- forwards: "---------- Forwarded message ---------", "-------- Forwarded Message --------",
  "Begin forwarded message:" and their translations, or an Outlook header block in a mail whose
  subject says it is a forward ("FW:", "TR:", "WG:", "I:", "RV:", …). The forwarded mail's text
  and its From and Date lines are kept apart (`forwarded`, `forwarded_from`, `forwarded_date`);
- a signature after a "-- " line.

Linear in the body: each line is looked at once, with look-ahead of a few lines at most, and
lines too long to be a marker are not matched against the markers at all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from worker.domain import InboundMail
from worker.mail import clean

MAX_MARKER_LINE = 1000  # longer lines are text, never an attribution or a header line
MAX_FORWARDED_FROM = 400
MAX_FORWARDED_DATE = 200
FORWARD_MARKER = "---------- Forwarded message ---------"


@dataclass(frozen=True)
class SplitBody:
    text: str  # what the writer wrote now
    quoted: str  # everything set aside: quotes, attributions, forwarded and earlier mail
    signature: str
    forwarded: str = ""  # the text of a forwarded mail, its header lines removed
    forwarded_from: str = ""  # its "From:" line's value, as written
    forwarded_date: str = ""  # its "Date:"/"Sent:" line's value, as written


def _words(*words: str) -> str:
    """An alternation of phrases, longest first, spaces matching any white space."""
    ordered = sorted(set(words), key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


# --- vocabulary ---------------------------------------------------------------------------------

_WROTE = _words(
    "wrote", "schreef", "het volgende geschreven", "a écrit", "a ecrit", "schrieb",
    "ha scritto", "escribió", "escribio", "escreveu", "napisał", "napisała", "napisał(a)",
    "skrev", "kirjoitti", "napsal", "napsala", "napsal(a)", "написал", "написала",
    "написал(а)", "yazdı", "ezt írta", "a scris",
)  # fmt: skip
_OPENERS = _words(
    "on", "op", "le", "am", "il", "il giorno", "in data", "el", "em", "às", "a", "w dniu",
    "dnia", "den", "dne", "kello",
)  # fmt: skip
_FORWARD_TITLES = _words(
    "forwarded message", "forwarded e-mail", "forwarded email", "forwarded mail",
    "doorgestuurd bericht", "doorgestuurde e-mail", "doorgestuurd e-mailbericht",
    "message transféré", "message transfere", "e-mail transféré", "courriel transféré",
    "message réexpédié", "weitergeleitete nachricht", "weitergeleitete e-mail",
    "weitergeleitete mail", "messaggio inoltrato", "e-mail inoltrata", "email inoltrata",
    "mensaje reenviado", "correo reenviado", "mensagem encaminhada", "mensagem reencaminhada",
    "e-mail encaminhado", "przekazana wiadomość", "wiadomość przekazana",
    "przesłana wiadomość", "vidarebefordrat meddelande", "videresendt meddelelse",
    "videresendt melding", "välitetty viesti", "edelleenlähetetty viesti",
    "přeposlaná zpráva", "пересланное сообщение", "iletilen ileti", "továbbított üzenet",
    "mesaj redirecționat", "转发的邮件", "転送されたメッセージ",
)  # fmt: skip
_BEGIN_FORWARDED = _words(
    "begin forwarded message", "start of forwarded message", "begin doorgestuurd bericht",
    "begin van doorgestuurd bericht", "début du message réexpédié",
    "début du message transféré", "anfang der weitergeleiteten nachricht",
    "beginn der weitergeleiteten nachricht", "inizio messaggio inoltrato",
    "inicio del mensaje reenviado", "comienzo del mensaje reenviado",
    "início da mensagem reencaminhada", "início da mensagem encaminhada",
    "początek przekazanej wiadomości", "vidarebefordrat brev", "videresendt besked",
    "videresendt brev", "välitetty viesti alkaa",
)  # fmt: skip
_ORIGINAL_TITLES = _words(
    "original message", "original e-mail", "original email", "oorspronkelijk bericht",
    "origineel bericht", "message d'origine", "message d’origine", "message original",
    "ursprüngliche nachricht", "originalnachricht", "original-nachricht",
    "messaggio originale", "mensaje original", "mensagem original", "oryginalna wiadomość",
    "wiadomość oryginalna", "ursprungligt meddelande", "oprindelig meddelelse",
    "opprinnelig melding", "alkuperäinen viesti", "původní zpráva", "исходное сообщение",
    "orijinal ileti", "eredeti üzenet", "mesaj original", "原始邮件", "元のメッセージ",
)  # fmt: skip
# header lines of a quoted or forwarded mail, by what they say
_HEADER_KEYS = {
    "from": (
        "from", "van", "de", "de la", "von", "da", "od", "från", "fra", "lähettäjä", "от",
        "kimden", "feladó", "afzender", "absender", "remitente", "mittente", "expéditeur",
        "差出人", "发件人", "寄件者",
    ),
    "date": (
        "sent", "date", "verzonden", "datum", "envoyé", "date d'envoi", "gesendet", "inviato",
        "data", "enviado el", "enviado", "enviada em", "enviada", "fecha", "wysłano",
        "skickat", "sendt", "lähetetty", "päivämäärä", "odesláno", "отправлено", "дата",
        "gönderildi", "tarih", "elküldve", "dátum", "trimis", "送信日時", "发送时间", "寄件日期",
        "日期",
    ),
    "to": (
        "to", "aan", "à", "a", "an", "para", "do", "till", "til", "vastaanottaja", "komu",
        "кому", "kime", "címzett", "către", "cc", "bcc", "kopie", "cci", "copia", "cco", "dw",
        "kopia", "kopio", "копия", "bilgi", "másolat", "宛先", "收件人", "收件者", "抄送",
    ),
    "subject": (
        "subject", "onderwerp", "objet", "betreff", "oggetto", "asunto", "assunto", "temat",
        "ämne", "emne", "aihe", "předmět", "тема", "konu", "tárgy", "subiect", "件名", "主题",
        "主旨",
    ),
}  # fmt: skip
_KIND_OF = {w: kind for kind, keys in _HEADER_KEYS.items() for w in keys}
_LONGEST_KEY = max(map(len, _KIND_OF))

_COLON = r"\s*[:：]"
_ATTRIBUTION_END = re.compile(rf"\b(?:{_WROTE})(?:\W[^\n]{{0,250}})?{_COLON}\s*$", re.I)
_OPENER = re.compile(rf"(?:{_OPENERS})\b", re.I)
# the line patterns are matched on a line stripped of white space, and only a short one
_FORWARD_LINE = re.compile(
    rf"(?:[-_=*]{{2,40}}\s*(?:{_FORWARD_TITLES})\s*[-_=*]{{0,40}}(?:{_COLON})?"
    rf"|(?:{_BEGIN_FORWARDED}){_COLON}?)$",
    re.I,
)
_ORIGINAL_LINE = re.compile(rf"[-_=*]{{2,40}}\s*(?:{_ORIGINAL_TITLES})\s*[-_=*]{{0,40}}$", re.I)
_RULE = re.compile(r"(?:_{8,}|-{5,}|={5,})$")
_SIGNATURE = re.compile(r"^-- ?$")
_FORWARD_SUBJECT = re.compile(
    r"^\s*(?:\[[^\]]{0,60}\]\s*)?"
    r"(?:fwd?|fw|tr|wg|doorst|i|rv|enc|pd|vb|vl|trs|pfw|пересл|i̇lt|ilt|továbbítás)\s*[:：]",
    re.I,
)

# how a set-aside block began: all that follows it is the earlier mail
_FORWARD, _EARLIER = "forward", "earlier"


def is_forward_subject(subject: str) -> bool:
    return bool(_FORWARD_SUBJECT.match(subject[:200]))


def split_body(body: str, *, subject: str = "", quote_at: int | None = None) -> SplitBody:
    """Split `body` (plain text, or ``html_text.read_html`` output with its `quote_line` as
    `quote_at`). `subject` tells a forward from a reply where only an Outlook header block
    marks the earlier mail."""
    lines = body.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    forward_subject = is_forward_subject(subject)
    own: list[str] = []
    quoted: list[str] = []
    signature: list[str] = []
    in_signature = False
    rest: tuple[int, str] | None = None  # (first line, kind) of the block that ends the text
    i = 0
    while i < len(lines):
        if quote_at is not None and i >= quote_at:
            rest = (i, _kind_of_block(lines, i, forward_subject))
            break
        line = lines[i]
        if line.lstrip().startswith(">"):
            if not quoted and _FORWARD_LINE.match(_short(_unquote(line))):
                rest = (i, _FORWARD)  # Apple Mail quotes "Begin forwarded message:" too
                break
            quoted.append(line)
            i += 1
            continue
        block = _block_at(lines, i, forward_subject)
        if block is not None:
            rest = block
            break
        span = _attribution_span(lines, i)
        if span:
            following = _next_filled(lines, i + span)
            if following is not None and lines[following].lstrip().startswith(">"):
                quoted.extend(lines[i : i + span])  # an interleaved or bottom-posted reply
                i += span
                continue
            rest = (i, _EARLIER)
            break
        if not in_signature and _SIGNATURE.match(line):
            in_signature = True
        elif in_signature:
            signature.append(line)
        else:
            own.append(line)
        i += 1

    forwarded = ("", "", "")
    if rest is not None:
        start, kind = rest
        quoted.extend(lines[start:])
        if kind == _FORWARD:
            forwarded = _forwarded(lines[start:])
    while own and (not own[-1].strip() or _RULE.match(_short(own[-1]))):
        own.pop()  # a divider above what was set aside
    return SplitBody(
        text="\n".join(own).strip(),
        quoted="\n".join(quoted).strip(),
        signature="\n".join(signature).strip(),
        forwarded=forwarded[0],
        forwarded_from=forwarded[1],
        forwarded_date=forwarded[2],
    )


def text_for_reading(mail: InboundMail) -> str:
    """The new text with the forwarded mail under it, behind a forward marker: the shape the
    classifier reads a passed-on request from (it reads the forwarded part only when the new
    text says it passes it on, or resends the writer's own earlier mail)."""
    if not mail.forwarded:
        return mail.text
    head = [FORWARD_MARKER]
    if mail.forwarded_from:
        head.append(f"From: {mail.forwarded_from}")
    if mail.forwarded_date:
        head.append(f"Date: {mail.forwarded_date}")
    block = "\n".join(head) + "\n\n" + mail.forwarded
    return f"{mail.text}\n\n{block}" if mail.text else block


# --- where the earlier mail starts --------------------------------------------------------------


def _short(line: str) -> str:
    """The line stripped, when it is short enough to be a marker; else ""."""
    return line.strip() if len(line) <= MAX_MARKER_LINE else ""


def _block_at(lines: list[str], i: int, forward_subject: bool) -> tuple[int, str] | None:
    """(first line, kind) when line i starts a block that runs to the end of the body."""
    line = _short(lines[i])
    if not line:
        return None
    if _FORWARD_LINE.match(line):
        return i, _FORWARD
    if _ORIGINAL_LINE.match(line):
        return i, _FORWARD if forward_subject else _EARLIER
    if _RULE.match(line):
        following = _next_filled(lines, i + 1)
        if following is not None and _header_block_at(lines, following):
            return i, _FORWARD if forward_subject else _EARLIER  # the rule belongs to the block
        return None
    if _header_block_at(lines, i):
        return i, _FORWARD if forward_subject else _EARLIER
    return None


def _kind_of_block(lines: list[str], start: int, forward_subject: bool) -> str:
    """Forward or earlier mail, for a block a mail client marked as quoted (HTML)."""
    for i in range(start, min(len(lines), start + 6)):
        block = _block_at(lines, i, forward_subject)
        if block is not None:
            return block[1]
    return _FORWARD if forward_subject else _EARLIER


def _header(line: str) -> tuple[str, str] | None:
    """(kind, value) of a header line ("Van: Jan" gives ("from", "Jan")), else None."""
    short = _short(line).replace("：", ":")
    key, colon, value = short.partition(":")
    if not colon or len(key) > _LONGEST_KEY + 6:
        return None
    kind = _KIND_OF.get(_key(key.strip("* \t")))
    return (kind, value.strip().strip("*").strip()) if kind else None


def _inline_kinds(value: str) -> set[str]:
    """The kinds of header named inside a line ("… Enviado el: … Para: …")."""
    kinds = set()
    for before in value.replace("：", ":").split(":")[:-1]:
        words = before.replace("*", " ").split()[-3:]
        for n in (3, 2, 1):
            kind = _KIND_OF.get(" ".join(words[-n:]).lower()) if len(words) >= n else None
            if kind:
                kinds.add(kind)
                break
    return kinds


def _header_block_at(lines: list[str], i: int) -> bool:
    """Line i is the "From:" line of a header block: followed by at least two other kinds of
    header line ("Sent:", "To:", "Subject:" …), or one under a rule line, or written inline
    on the same line (an Outlook block that lost its line breaks)."""
    header = _header(lines[i])
    if header is None or header[0] != "from" or not header[1]:
        return False
    if len(_inline_kinds(header[1]) - {"from"}) >= 2:
        return True
    kinds = {h[0] for h in map(_header, lines[i + 1 : i + 9]) if h is not None}
    kinds.discard("from")
    above = _previous_filled(lines, i - 1)
    under_rule = above is not None and bool(_RULE.match(_short(lines[above])))
    return len(kinds) >= (1 if under_rule else 2)


def _key(word: str) -> str:
    return " ".join(word.lower().split())


def _attribution_span(lines: list[str], i: int) -> int:
    """How many lines (1 to 3) the attribution starting at line i takes, 0 when none.

    An attribution ends with a "wrote" word and a colon, and either names an address, or starts
    with "On"/"Op"/"Le"/… and holds a date, or has quoted lines right under it."""
    joined = lines[i].strip()
    if not joined or len(joined) > 400:
        return 0
    for span in (1, 2, 3):
        if span > 1:
            if i + span - 1 >= len(lines):
                return 0
            extra = lines[i + span - 1].strip()
            if not extra or extra.startswith(">") or len(extra) > 400:
                return 0
            joined = f"{joined} {extra}"
        if joined.endswith((":", "：")) and _ATTRIBUTION_END.search(joined):
            return span if _attribution(joined, lines, i + span) else 0
        if span == 1 and not (_OPENER.match(joined) or "@" in joined):
            return 0  # only a line that starts like an attribution may be a wrapped one
    return 0


def _attribution(text: str, lines: list[str], after: int) -> bool:
    if "@" in text:
        return True
    if _OPENER.match(text) and any(c.isdigit() for c in text):
        return True
    following = _next_filled(lines, after)
    return following is not None and lines[following].lstrip().startswith(">")


def _next_filled(lines: list[str], start: int) -> int | None:
    for j in range(start, min(len(lines), start + 3)):
        if lines[j].strip():
            return j
    return None


def _previous_filled(lines: list[str], start: int) -> int | None:
    for j in range(start, max(-1, start - 3), -1):
        if lines[j].strip():
            return j
    return None


# --- the forwarded mail -------------------------------------------------------------------------


def _forwarded(block: list[str]) -> tuple[str, str, str]:
    """(text, From, Date) of a forwarded mail: the block less its marker and header lines."""
    filled = [b for b in block if b.strip()]
    if filled and all(b.lstrip().startswith(">") for b in filled):
        block = [_unquote(b) for b in block]
    i = 0
    while i < len(block) and _is_marker_or_blank(block[i]):
        i += 1
    sender = date = ""
    headers = 0
    while i < len(block) and headers < 16:
        header = _header(block[i])
        if header is not None:
            kind, value = header
            if kind == "from" and not sender:
                sender = value
            elif kind == "date" and not date:
                date = value
        elif not (headers and _continues_a_header(block[i])):
            break
        headers += 1
        i += 1
    return (
        "\n".join(block[i:]).strip(),
        clean.line(sender, MAX_FORWARDED_FROM),
        clean.line(date, MAX_FORWARDED_DATE),
    )


def _is_marker_or_blank(line: str) -> bool:
    short = _short(line)
    if not line.strip():
        return True
    return bool(short) and bool(
        _RULE.match(short) or _FORWARD_LINE.match(short) or _ORIGINAL_LINE.match(short)
    )


def _continues_a_header(line: str) -> bool:
    """A wrapped "To:" or "Cc:" list goes on over the next lines."""
    short = _short(line)
    return bool(short) and ("@" in short or short.endswith((",", ";")))


def _unquote(line: str) -> str:
    stripped = line.lstrip()
    if stripped.startswith("> "):
        return stripped[2:]
    return stripped[1:] if stripped.startswith(">") else line
