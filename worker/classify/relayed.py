"""Someone else's words relayed by the writer: where in a mail they begin.

A colleague does not always forward a mail with a header. Requests reach the GDPR mailbox as a
voicemail transcript, a pasted WhatsApp or Teams chat, a helpdesk ticket export, a phone
message slip, or a call retold in the colleague's words ("Mevrouw V. belde net. Ze wil dat we
haar dossier wissen"). A request read there is the caller's, not the writer's: the reader flags
it ``passed_on``, which holds the case for staff (the requester's identity and address are not
the sender's). A pure function over folded text (lower case, no accents)."""

import re

# a transcript's heading, a line of its own: "Voicemail-transcriptie (automatisch)",
# "Transcription :", "Transkription (automatisch):", "Voicemail transcript:", "Message vocal :"
# (not a list item, "- call recordings and chat transcripts", nor the writer's own "I left you a
# voicemail yesterday.")
_TRANSCRIPT = re.compile(
    r"^(?![-*•]|\d+[.)] )[^\n]{0,40}\b(transcri(ptie|ption|pt)|transkription)\b[^\n.]{0,50}$|"
    r"^(?![-*•]|\d+[.)] )[^\n]{0,30}\b(voice ?mail|voicemail\w*|spraakbericht|sprachnachricht|"
    r"message vocal|messagerie vocale)\b[^\n.]{0,40}:$",
    re.M,
)
# a phone message slip: "PHONE MESSAGE", "Caller: …", "Beller: …", "Appelant : …", "Anrufer: …"
_PHONE_SLIP = re.compile(
    r"^\W*(phone message|telephone message|telefoonnotitie|telefoonbericht|message telephonique|"
    r"telefonnotiz|ruckrufbitte)\b|^(caller|beller|appelant|appelante|anrufer|anruferin)\s?:",
    re.M,
)
# a helpdesk ticket: "===== Ticket #48213 =====", "Ticket 20931 wurde … weitergeleitet",
# with its requester named ("Requester: …", "Petra Schäfer (Kundin) – 29. Sept.")
_TICKET = re.compile(
    r"^[^\n]{0,40}\b(ticket|tickets|case|melding)\s?(#|nr\.?|no\.?|n°)?\s?\d{3,}\b", re.M
)
_TICKET_REQUESTER = re.compile(
    r"^(requester|requested by|aanvrager|aanvraagster|demandeur|demandeuse|anfragende\w*|"
    r"antragsteller\w*|kunde|kundin|customer|klant|client|cliente)\s?:|"
    r"\((kunde|kundin|customer|klant|cliente?|requester|aanvrager)\)",
    re.M,
)
# a pasted chat: lines "[12/09/2025, 14:02] Nadia B.: …", "Kevin V.: …", "[Hier 16:45] Julie",
# under a chat named in the mail
_CHAT_NAMED = re.compile(r"\b(whatsapp|teams|signal|messenger|sms|chat\w*|sms'je|texto)\b")
_CHAT_LINE = re.compile(
    r"^\[?(\d{1,2}[./-]\d{1,2}([./-]\d{2,4})?,? )?\d{1,2}:\d{2}\]? ?[-–]? ?([^\n:]{2,40}): \S|"
    r"^([a-z][\w'-]*( [a-z][\w.'-]*){0,2}( \([^)\n]{1,30}\))?): \S",
    re.M,
)
_NOT_A_SPEAKER = re.compile(
    r"^(van|from|de|von|aan|to|a|an|cc|date|datum|sent|envoye|gesendet|subject|onderwerp|objet|"
    r"betreff|re|fw|fwd|tr|wg|tel|gsm|mobile|phone|email|e-mail|mail|web|www|http|https|ps|nb|"
    r"caller|beller|appelant|anrufer|message|bericht|number|nummer|numero|duur|duration|duree|"
    r"dauer|taken by|status|priority|channel|created|description|note|internal note|"
    # a form's fields: "Name: …", "Adresse: …", "Firma: …"
    r"name|naam|nom|vorname|voornaam|prenom|first name|last name|firma|company|bedrijf|societe|"
    r"adresse|address|adres|straat|strasse|rue|ort|plaats|ville|city|land|pays|country|"
    r"kundennummer|klantnummer|customer number|numero client|geburtsdatum|geboortedatum|"
    r"date of birth|date de naissance|z\. hd\.|attn|ref|referentie|reference|aktenzeichen)$"
)
# a call retold: the caller's wish in the third person ("ze wil dat we …", "he wants all his
# details deleted", "elle veut que …", "sie möchte, dass …") in a mail about a call or a visit
_RETOLD = re.compile(
    r"\b(she|he|they|the (caller|customer|client|wearer|lady|gentleman|man|woman|applicant)) "
    r"(\w+ ){0,2}?(wants|would like|asked|asks|is asking|requested|requests|wishes|insists)\b|"
    r"\b(ze|zij|hij|mevrouw|meneer|de (klant|beller|drager|draagster|sollicitant\w*)) "
    r"(\w+ ){0,2}?(wil|wilde|vraagt|vroeg|verlangt|eist|wenst)\b|"
    r"\b(elle|il|la cliente|le client|madame|monsieur) (\w+ ){0,2}?(veut|voulait|voudrait|demande|"
    r"a demande|souhaite|exige)\b|"
    r"\b(sie|er|die kundin|der kunde|frau|herr) (\w+ ){0,2}?(will|wollte|mochte|wunscht|verlangt|"
    r"bittet|bat|hat gebeten|fordert)\b|"
    # the caller quoted: "ik noteer letterlijk wat ze zei:", "she said:", "elle a dit :"
    r"\bletterlijk\b|\bword for word\b|\bmot pour mot\b|\bwortlich\b|"
    r"\b(ze|hij|she|he|elle|il|sie|er) (zei|zegt|said|says|a dit|dit|sagte|sagt)\s?:",
)
_CALL = re.compile(
    r"\b(belde|belt|gebeld|telefoon\w*|telefonisch|aan de (balie|telefoon)|aan het onthaal|"
    r"called|calls|rang|phoned|on the phone|phone call|at (the )?(desk|reception)|"
    r"a appele|appele|appel|au telephone|telephone|a l'accueil|"
    r"rief|angerufen|anruf\w*|am telefon|telefonisch|am empfang)\b"
)
MIN_CHAT_LINES = 2
CHAT_NAMED_BEFORE = 300  # how far above its first line a chat is named


def relayed_start(full: str) -> int | None:
    """Where someone else's words, relayed by the writer, begin in ``full`` (folded): a
    transcript, a phone slip, a ticket with its requester, a pasted chat, or a retold call;
    None when the mail holds none."""
    starts: list[int] = []
    for found in (_TRANSCRIPT.search(full), _PHONE_SLIP.search(full)):
        if found:
            starts.append(found.start())
    ticket = _TICKET.search(full)
    if ticket and _TICKET_REQUESTER.search(full, ticket.start()):
        starts.append(ticket.start())
    chat = _chat_start(full)
    if chat is not None:
        starts.append(chat)
    retold = _RETOLD.search(full)
    if retold and _CALL.search(full):
        starts.append(retold.start())
    return min(starts) if starts else None


def _chat_start(full: str) -> int | None:
    """The first line of a pasted chat: at least two lines of named speakers, in a mail that
    names a chat."""
    lines = [
        m
        for m in _CHAT_LINE.finditer(full)
        if not _NOT_A_SPEAKER.match((m.group(3) or m.group(4) or "").strip())
    ]
    if len(lines) < MIN_CHAT_LINES:
        return None
    first = lines[0].start()
    # the chat is named just above it: "kreeg dit via WhatsApp", "--- WhatsApp, 03.11.2025 ---"
    if not _CHAT_NAMED.search(full, max(0, first - CHAT_NAMED_BEFORE), first):
        return None
    return first
