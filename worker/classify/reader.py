"""The reading of one mail: phrase rules matched on folded text, then resolved into types.

Steps, each small:
1. the body without quotes, footers and signature (``normalize.strip_noise``);
2. subject (its own first sentence) + body, folded and typo-repaired;
3. every rule of every language matched; each match kept or dropped by its sentence and clause:
   context words, negation ("don't delete"), conditions and threats ("otherwise I complain"),
   mailing-list context (then "remove me" is an opt-out, not an erasure);
4. marketing matches sorted by channel: e-mail/SMS/newsletter → marketing_opt_out, post/phone →
   objection;
5. per type a score from its matches; the confidence of the whole reading is its weakest
   type's score, lowered for conflicting or typo-repaired cues.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from functools import cache

from worker.classify import discourse, framing, guard, language, normalize, sentences
from worker.classify.phrases import LEXICONS
from worker.classify.relayed import relayed_start
from worker.classify.rules import (
    CLEAR,
    DIRECT_MARKETING,
    MARKETING,
    PREFERENCE,
    STRONG,
    TICKED_BOX,
    Lexicon,
    Rule,
)
from worker.classify.typos import Speller, build_speller
from worker.domain import Classification, Language, RequestType

INCLUDE_AT = 0.5  # a type with a lower score is not part of the reading
CONDITIONAL_FACTOR = 0.65  # "if you cannot …, delete it": a real but conditional wish
TYPO_FACTOR = 0.9
NEGATED_ELSEWHERE_FACTOR = 0.85
PITCH_FACTOR = 0.6
MAX_SCORE = 0.97
MAX_WINDOW = 3  # the most sentences back a rule's context window may look
FORWARD_NOTE_MAX = 400  # a colleague's forwarding note is short; a longer text is a mail itself
# What is read of one mail (a budget, so that no mail costs more than a bounded time): the first
# characters of the text written now (quotes, footers and signature already set aside), and of
# the subject. The raw text is cut first, generously, before any of it is folded.
BODY_BUDGET = 20_000
SUBJECT_BUDGET = 500
RAW_BUDGET = 1_000_000
ALIGN_BUDGET = 4 * BODY_BUDGET  # how much of the original is searched for the sentences read
EVIDENCE_PER_TYPE = 3  # sentences kept as the evidence of one request type


@dataclass(frozen=True)
class Match:
    type: RequestType
    weight: float
    sentence: int
    rule: Rule
    defaulted: bool = False  # a marketing cue sorted by the default, no channel named
    every_channel: bool = False  # an objection to direct marketing as such, no channel named


@dataclass(frozen=True)
class Reading:
    """The classification and how it was reached (for the evaluation report and debugging)."""

    classification: Classification
    matches: tuple[Match, ...]
    negated: tuple[RequestType, ...]
    body: str  # the folded text that was read (subject first)
    model_text: str = ""  # what the trained second reader reads (see ``model_text``)
    # request words were there but read as no request (a negation, a past or conditional
    # request, a status question, an object that is no personal data, a sales pitch, a reply's
    # old subject): a second reader must not override that reading
    declined: bool = False
    # every match the rules proposed, before the sentence roles and the cross-type rules judged
    # it, with whether its role counts and whether it is asked of us (the keeper's candidates)
    candidates: tuple[tuple[Match, bool, bool], ...] = ()
    spans: tuple[tuple[int, int], ...] = ()
    roles: tuple[discourse.Sentence, ...] = ()
    subject_end: int = 0


@cache
def _speller(code: str = "") -> Speller:
    """The typo repair for a language's keywords (all languages' when it is not known): a word
    of one language is never "repaired" into another's ("informatie" is no misspelt
    "information"). Every language's ordinary words stay protected."""
    own = [lex for lex in LEXICONS if lex.code == code] or list(LEXICONS)
    keywords = {k for lex in own for k in lex.keywords}
    protected = {p for lex in LEXICONS for p in lex.protected} | {
        s for lex in LEXICONS for s in lex.stopwords
    }
    return build_speller(keywords, protected)


@cache
def _noise() -> tuple[tuple[re.Pattern[str], ...], ...]:
    cut = tuple(p for lex in LEXICONS for p in lex.cut_rx)
    footer = tuple(p for lex in LEXICONS for p in lex.footer_rx)
    closing = tuple(p for lex in LEXICONS for p in lex.closing_rx)
    opening = tuple(lex.rx("salutation") for lex in LEXICONS)
    return cut, footer, closing, opening


def _any(lexicons: tuple[Lexicon, ...], name: str, text: str) -> bool:
    return any(lex.rx(name).search(text) for lex in lexicons)


def _channels(lexicons: tuple[Lexicon, ...], scopes: list[str], mail: _Mail) -> tuple[bool, bool]:
    """(post or phone, electronic) in the narrowest scope that mentions a channel at all: the
    ``scopes`` (clause, sentence), then the whole mail."""
    for scope in scopes:
        post, electronic = _channels_in(lexicons, scope)
        if post or electronic:
            return post, electronic
    return mail.channels(lexicons)


# every list the company keeps ("all your lists", "toutes vos listes", "al jullie
# verzendlijsten", "aus allen Listen"): the e-mail lists among them, whatever else is named
_EVERY_LIST = re.compile(
    r"\b(all|every|any)( of)?( your| the| those| these)? (\w+ )?lists?\b(?! of)|"
    r"\btoutes (vos |les |ces )?(\w+ )?listes\b|"
    r"\b(alle|al (uw|jullie|je|de)) (\w+)?lijsten\b|"
    r"\b(allen|alle) (ihren |ihre |euren |eure |den |diesen )?(\w+)?(listen|verteilern)\b"
)


def _channels_in(lexicons: tuple[Lexicon, ...], scope: str) -> tuple[bool, bool]:
    post = _any(lexicons, "post_or_phone", scope)
    electronic = _any(lexicons, "electronic", scope) or bool(_EVERY_LIST.search(scope))
    if post and electronic and not _any(lexicons, "post_or_phone", _MOBILE.sub(" ", scope)):
        post = False  # "SMS on my mobile": the phone is where the texts arrive, no call
    return post, electronic


class _Mail:
    """The whole text being read, with the searches over all of it made once per mail (not
    once per phrase found: that made the reading quadratic in the text's length)."""

    def __init__(self, full: str, sentences: list[str] | None = None) -> None:
        self.full = full
        self.sentences = sentences if sentences is not None else [full]
        self._cache: dict[object, object] = {}

    def _once(self, key: object, compute) -> object:  # type: ignore[no-untyped-def]
        if key not in self._cache:
            self._cache[key] = compute()
        return self._cache[key]

    def has(self, lexicons: tuple[Lexicon, ...], name: str) -> bool:
        codes = tuple(lex.code for lex in lexicons)
        return bool(self._once(("has", codes, name), lambda: _any(lexicons, name, self.full)))

    def holds(self, pattern: re.Pattern[str]) -> bool:
        return bool(self._once(("rx", pattern), lambda: pattern.search(self.full)))

    def channels(self, lexicons: tuple[Lexicon, ...]) -> tuple[bool, bool]:
        """The channels named where the mail speaks of marketing (advertising, lists, calls): a
        phone number given to identify the writer is no channel of marketing."""
        codes = tuple(lex.code for lex in lexicons)
        return self._once(("channels", codes), lambda: _channels_in(lexicons, self._marketing()))  # type: ignore[return-value]

    def _marketing(self) -> str:
        names = ("advertising", "marketing_list", "phone_calls")
        return "\n".join(s for s in self.sentences if any(_any(LEXICONS, n, s) for n in names))


# a mobile phone as a device: where texts arrive, not a sign of phone calls by itself
_MOBILE = re.compile(
    r"\b(mobile phone|cell ?phone|telephone portable|mobiele telefoon|gsm|\w*handy|mobiel\w*|"
    r"mobile|smartphone|portable|mobiltelefon\w*)\b"
)


EVERY_CHANNEL = (RequestType.OBJECTION, RequestType.MARKETING_OPT_OUT)
# the same types when the writer names every channel as such; a distinct object, since
# ``_matches`` marks only ``EVERY_CHANNEL`` (no channel named) as narrowed by channels elsewhere
NAMED_EVERY_CHANNEL = tuple(list(EVERY_CHANNEL))
# every channel named as such: "by any means", "par quelque moyen que ce soit", "gleich über
# welchen Kanal", "via welk kanaal ook"
_ANY_CHANNEL = re.compile(
    r"\b(by|through|via) (any|whatever) (means|channel|medium)\b|\bin any (form|way) whatsoever\b|"
    r"\b(whatever|regardless of( the)?|irrespective of( the)?) (the )?(means|channels?|medium)\b|"
    r"\b(by|through|via|on|over) (any|every|all) (means|channels?|media)\b|"
    r"\b(par|sous) quelque (moyen|forme|canal) que ce soit\b|\bpar tout (moyen|canal)\b|"
    r"\bquel(le)?s? que soi(en)?t (le |la |les )?(moyens?|canal|canaux|supports?|formes?|voies?)\b|"
    r"\b(par|sur) tous (les )?(moyens|canaux)\b|"
    r"\b(gleich|egal) (uber|auf) welche\w* (kanal|weg|wegen|medium)\b|\bauf allen kanalen\b|"
    r"\b(unabhangig|ungeachtet) (vom|von dem|des|der) (kanal|weg|medium|kommunikationsweg)\w*\b|"
    r"\b(uber|auf) (alle|allen|jede\w*) (kanal|kanalen|kanale|wege\w*|medien)\b|"
    r"\b(via|langs|op) (welk|elk) (kanaal|medium|manier)( dan)? ook\b|"
    r"\bop welke wijze (dan )?ook\b|\bongeacht (het|welk|via welk) (kanaal|medium)\b|"
    r"\b(via|langs) alle (kanalen|media)\b"
)


def _targets(
    rule: Rule, lexicons: tuple[Lexicon, ...], scopes: list[str], mail: _Mail
) -> tuple[tuple[RequestType, ...], bool]:
    """The types a rule stands for, and whether a marketing cue was sorted by default (no
    channel named anywhere)."""
    if rule.target not in (MARKETING, DIRECT_MARKETING):
        return (RequestType(rule.target),), False
    if any(_any(lexicons, "likeness", scope) for scope in scopes):
        return (RequestType.OBJECTION,), False  # "I object to my photo in your advertising"
    if any(_ANY_CHANNEL.search(scope) for scope in scopes):
        # "… gleich über welchen Kanal", "by any means": every channel, said in so many words,
        # so a channel named in another sentence (the mail that was received) does not narrow it
        return NAMED_EVERY_CHANNEL, False
    if (
        rule.target == DIRECT_MARKETING
        and not any(any(_channels_in(lexicons, scope)) for scope in scopes)
        and any(_any(LEXICONS, "direct_marketing", scope) for scope in scopes)
    ):
        # "I object to the processing of my data for direct marketing": every channel
        return EVERY_CHANNEL, False
    post, electronic = _channels(lexicons, scopes, mail)
    out = []
    if post:
        out.append(RequestType.OBJECTION)
    if electronic:
        out.append(RequestType.MARKETING_OPT_OUT)
    if not out:
        electronic_default = rule.target == MARKETING
        out.append(RequestType.MARKETING_OPT_OUT if electronic_default else RequestType.OBJECTION)
        return tuple(out), True
    return tuple(out), False


@dataclass(frozen=True)
class _Body:
    subject: str  # folded, reply prefixes gone
    body: str  # folded, as written now (quotes, footers, signature gone), within the budget
    original: str  # the text as it came (within the raw budget)
    passed_on: bool  # the body holds someone else's mail, passed on by the writer
    truncated: bool  # the subject or text was longer than the budget: only their start was read
    forwarded: str = ""  # folded: the forwarded mail read as the request, when there is one


def _within(text: str, budget: int) -> str:
    """``text`` cut to at most ``budget`` characters, at a space when there is one near."""
    if len(text) <= budget:
        return text
    space = text.rfind(" ", budget - 200, budget)
    return text[: space if space > 0 else budget]


def _body(subject: str, text: str, budget: bool = True, forwarded: str = "") -> _Body:
    """The parts of a mail the rules read; ``budget=False`` reads all of it (for tests that
    show the reading itself is linear in the text). ``forwarded``: a forwarded mail the parser
    set apart from the text written now (else forwarded blocks are found in ``text``)."""
    subject, text, forwarded = subject or "", text or "", forwarded or ""
    raw = (subject, text, forwarded)
    if budget:
        subject, text = _within(subject, SUBJECT_BUDGET), _within(text, RAW_BUDGET)
        forwarded = _within(forwarded, RAW_BUDGET)
    folded_subject, body, passed_on, resent = _parts(subject, text, forwarded)
    cut_body = _within(body, BODY_BUDGET) if budget else body
    truncated = (subject, text, forwarded, cut_body) != (*raw, body)
    return _Body(folded_subject, cut_body, text, passed_on, truncated, resent)


def _parts(subject: str, text: str, forwarded: str = "") -> tuple[str, str, bool, str]:
    """(folded subject, folded body as written now, whether the body holds a forwarded mail of
    someone else, passed on by the writer, that forwarded mail as read)."""
    cut, footer, closing, opening = _noise()
    folded_subject = normalize.fold(normalize.clean_subject(subject))
    folded = normalize.fold(text)
    body = normalize.strip_noise(folded, cut, footer, closing, opening)
    if any(re.fullmatch(lex.filler, body) for lex in LEXICONS):
        body = ""
    own = _any(LEXICONS, "resent_own", body)
    if forwarded:
        # set apart by the parser: read when the writer resends their own mail, passes it on
        # with a short note, or forwards it without a word (then whose it is, intake decides)
        folded_forward = normalize.fold(forwarded)
        noted = len(body) <= FORWARD_NOTE_MAX and _any(LEXICONS, "forward_note", body)
        if not (own or noted or not body.strip()):
            return folded_subject, body, False, ""
        resent, passed_on = _HEADER_LINE.sub("", folded_forward).strip(), bool(noted and not own)
        if not body.strip():
            resent = _unquoted(resent, cut, footer, closing, opening)
    elif own or _forwarded_for_handling(body, folded, cut):
        # "I'm forwarding my mail of last week again", or a colleague's "FYI, please pass on to
        # the DPO" above a forwarded mail: the forwarded block is the request
        resent, passed_on = _forwarded_block(folded, cut), not own
    elif not body.strip() and any(c.search(folded) for c in cut):
        # forwarded without a word of the forwarder's own (an automatic forward from another
        # mailbox): the forwarded mail is all there is to read; whose it is, intake decides
        resent = _unquoted(_forwarded_block(folded, cut), cut, footer, closing, opening)
        passed_on = False
    elif _bare_note(subject, body, folded, cut):
        # "Je vous transfère ce mail reçu sur l'adresse info@. C'est pour vous je pense." over
        # a forwarded mail: a short note that asks nothing itself passes the mail on, whatever
        # its words; held for staff as passed on (no reply to the note's writer as requester)
        resent, passed_on = _forwarded_block(folded, cut), True
    elif _QUOTED.search(folded) and _forwarded_for_handling(body, folded, (_QUOTED,)):
        # "A customer asked me to pass this on. Her note is below." over "> …" lines
        resent, passed_on = _QUOTED.sub("", folded[_QUOTED.search(folded).start() :]), True
    else:
        return folded_subject, body, False, ""
    if not resent:
        return folded_subject, body, False, ""
    resent = normalize.strip_noise(resent, cut, footer, closing, opening)
    # someone else's request: the sender is not the requester
    return folded_subject, body + "\n\n" + resent, passed_on, resent


# the forwarded mail's sender line: "De : Marc Piron <…>", "From: …"
_SENDER_LINE = re.compile(r"^(van|from|de|von) ?:", re.M)
# a forward's subject: "Fwd:", "Fw:", "TR:", "WG:", "Doorst:"
_FORWARD_SUBJECT = re.compile(r"\s*(fwd?|tr|wg|doorst)\s?:", re.I)


# the forwarded mail was sent to another organisation's privacy desk ("To:
# dataprotection@staffline.example"): a request made of someone else, copied to us
_OTHER_DESK = re.compile(
    r"^(to|aan|a|an) ?:(?![^\n]*\balsico\b)[^\n]*"
    r"\b(privacy|dataprotection|data-?protection|data\.protection|dpo|gdpr|rgpd|avg|datenschutz)"
    r"[\w.-]*@",
    re.M,
)


def _bare_note(subject: str, body: str, folded: str, cut: tuple[re.Pattern[str], ...]) -> bool:
    """A short note above a forwarded mail (not one of ours: a sender named, who writes of
    themselves) that reads as no request of its own, read as a mail by itself."""
    if not body.strip() or len(body) > FORWARD_NOTE_MAX:
        return False
    starts = [m.start() for m in (c.search(folded) for c in cut) if m]
    if not starts or _OWN_SENDER.search(folded, min(starts)) or not _FORWARD_SUBJECT.match(subject):
        return False
    if _OTHER_DESK.search(folded, min(starts)):
        return False  # a request made of another company, copied to us
    if not _SENDER_LINE.search(folded, min(starts)):
        return False  # no sender named: the writer's own question sent again, not passed on
    if not _FIRST_PERSON.search(_forwarded_block(folded, cut)):
        return False  # a shop's "delete your account anytime": nobody's request
    # the note alone: "FW: Datenübertragung" is the forwarded mail's subject, not the note's
    note = read("", body)
    return not note.classification.request_types and not note.declined


# a line quoted in a reply or forward: "> …"
_QUOTED = re.compile(r"^> ?", re.M)


def _unquoted(resent: str, *noise: tuple[re.Pattern[str], ...]) -> str:
    """A forwarded block whose mail is quoted ("Dit bericht werd automatisch doorgestuurd …"
    over "> Van: …", "> Ik vraag u …"): the quoted mail, one level of quoting taken off, when
    all the block holds besides is a short note; otherwise the block as it is."""
    if not _QUOTED.search(resent):
        return resent
    if len(normalize.strip_noise(resent, *noise)) > FORWARD_NOTE_MAX:
        return resent
    return _HEADER_LINE.sub("", _QUOTED.sub("", resent)).strip()


# the forwarded mail was one of ours ("Von: Alsico Bestellungen <orders@alsicohightech.com>")
_OWN_SENDER = re.compile(r"^(van|from|de|von) ?:.*\balsico", re.M)


def _forwarded_for_handling(body: str, folded: str, cut: tuple[re.Pattern[str], ...]) -> bool:
    """A short note that passes a forwarded mail on ("FYI, please pass on to the DPO") above a
    mail that is not one of ours: the forwarded mail is what asks."""
    if len(body) > FORWARD_NOTE_MAX or not _any(LEXICONS, "forward_note", body):
        return False
    starts = [m.start() for m in (c.search(folded) for c in cut) if m]
    if not starts:
        return False
    if _OTHER_DESK.search(folded, min(starts)):
        return False  # a request made of another company, copied to us
    # one of ours passed on: our reception's scan of a letter (a letter's salutation in it) or
    # of a form (a ticked box) is a request; our own order confirmation is not
    ours = _OWN_SENDER.search(folded, min(starts))
    scanned = folded[ours.end() :] if ours else ""
    return not ours or _any(LEXICONS, "salutation", scanned) or bool(_TICKED.search(scanned))


_HEADER_LINE = re.compile(
    r"^(van|aan|datum|onderwerp|verzonden|cc|from|to|date|sent|subject|de|a|envoye|objet|von|an|"
    r"gesendet|betreff)\s?:.*$\n?",
    re.M,
)


def _forwarded_block(folded: str, cut: tuple[re.Pattern[str], ...]) -> str:
    """The text under the first quote/forward marker, its header lines ("Van: …") dropped."""
    starts = [m for m in (c.search(folded) for c in cut) if m]
    if not starts:
        return ""
    first = min(starts, key=lambda m: m.start())
    rest = folded[first.start() :].partition("\n")[2]  # the marker's own line goes
    return _HEADER_LINE.sub("", rest).strip()


def model_text(subject: str, text: str, forwarded: str = "") -> str:
    """What the trained second reader reads: the folded subject and the body as written now
    (quotes, footers and signature left out), before typo repair."""
    parts = _body(subject, text, forwarded=forwarded)
    return _for_model(subject, parts.subject, parts.body)


def _for_model(subject: str, folded_subject: str, body: str) -> str:
    # "Re: Erasure completed" names the old thread, not what this mail wishes
    return ("" if normalize.is_reply(subject) else folded_subject) + "\n" + body


def sentence_units(subject: str, text: str, forwarded: str = "") -> list[tuple[str, str]]:
    """What the sentence reader (``worker.classify.sentences``) reads: ``(before, sentence)``
    pairs, the folded subject first (unless it only names an old thread: "Re: …"), then each
    sentence of the body as the rules read it (quotes, footers, signature gone), with the
    sentence before it."""
    parts = _body(subject, text, forwarded=forwarded)
    units: list[tuple[str, str]] = []
    if parts.subject and not normalize.is_reply(subject):
        units.append((sentences.SUBJECT, parts.subject))
    before = sentences.START
    for start, end in normalize.sentences(parts.body):
        sentence = parts.body[start:end].strip()
        if len(sentence) < 2:
            continue
        units.append((before, sentence))
        before = sentence
    return units


def read(subject: str, text: str, budget: bool = True, forwarded: str = "") -> Reading:
    """The rules' reading of a mail: of the first ``BODY_BUDGET`` characters of its new text and
    the first ``SUBJECT_BUDGET`` of its subject (``Classification.truncated`` says when there
    was more); ``budget=False`` reads everything (tests of the reading's cost use it)."""
    parts = _body(subject, text, budget, forwarded)
    folded_subject, body, original = parts.subject, parts.body, parts.original
    # a request passed on is in its requester's language, whatever the colleague's note is in
    own_words = parts.forwarded if parts.passed_on and parts.forwarded else body
    lang = language.detect(own_words, original, folded_subject, LEXICONS, "")
    full, typo_spans = _speller(lang).correct(folded_subject + "\n" + body)
    subject_end = full.index("\n")
    spans = normalize.sentences(full)
    mail = _Mail(full, [full[a:b] for a, b in spans])
    roles = discourse.read_roles(full, spans, LEXICONS, subject_end + 1)
    aligned = normalize.align((original + "\n\n" + (forwarded or ""))[:ALIGN_BUDGET])
    frame = framing.read_framing(full, spans, LEXICONS, aligned, roles)
    pitch = _any(LEXICONS, "sales_pitch", full)
    by_code = {lex.code: lex for lex in LEXICONS}

    def propose(renewed: bool) -> tuple[list[Match], list, set[RequestType], set, bool]:
        """The rules' proposals, sentence by sentence; ``renewed``: what the letter tells it
        asked before is asked now."""
        matches: list[Match] = []
        candidates: list[tuple[Match, bool, bool]] = []
        negated: set[RequestType] = set()
        conditioned: set[RequestType] = set()
        declined = False
        for index, (s_start, s_end) in enumerate(spans):
            sentence = full[s_start:s_end]
            window = spans[max(0, index - MAX_WINDOW) : index]
            previous = tuple(full[a:b] for a, b in reversed(window))
            where = _Where(mail, sentence, s_start, index, typo_spans, previous, renewed)
            speaks = language.sentence_languages(sentence, lang, LEXICONS)
            for lex in LEXICONS:
                if lex.code not in speaks:
                    continue
                own = (lex,) if lex.code == lang or not lang else (lex, by_code[lang])
                for rule in lex.rules:
                    for m in rule.pattern.finditer(sentence):
                        outcome = _match(rule, own, where, m)
                        if isinstance(outcome, list):
                            judged = [
                                (
                                    x,
                                    discourse.counts(roles[index], m.start(), m.end(), x.type),
                                    _to_us(frame, s_start, x.type),
                                )
                                for x in outcome
                            ]
                            candidates.extend(judged)
                            asked = [x for x, counted, to_us in judged if counted and to_us]
                            declined = declined or len(asked) < len(outcome)
                            matches.extend(asked)
                        elif outcome == "negated":
                            negated.add(_plain_target(rule))
                        elif outcome == "conditional":
                            conditioned.add(_plain_target(rule))
                        elif outcome == "declined":
                            declined = True
        return matches, candidates, negated, conditioned, declined

    matches, candidates, negated, conditioned, declined = propose(frame.renewed)
    if (
        frame.reminder
        and not frame.renewed
        and negated
        and not any(spans[m.sentence][0] > subject_end for m in matches)
        and any(
            discourse.wished(full[a:b], LEXICONS) and not _any(LEXICONS, "history", full[a:b])
            for a, b in spans
            if a > subject_end
        )
    ):
        # a reminder whose only request is to be answered ("On 28 October I asked you to send
        # me my data … Please send the file without further delay"): it asks, again, what it
        # tells it asked before (a question when to expect an answer asks nothing new)
        matches, candidates, negated, conditioned, declined = propose(True)
    found = len(matches)
    in_body = {m.type for m in matches if spans[m.sentence][0] > subject_end}
    matches = [
        m
        for m in matches
        if spans[m.sentence][0] > subject_end or m.type in in_body or m.type not in conditioned
    ]
    in_subject = {i for i, (start, _) in enumerate(spans) if start < subject_end}
    if normalize.is_reply(subject) and body.strip():
        # a reply's subject is the old thread's ("Re: Deletion confirmed"): only the new text asks
        matches = [m for m in matches if m.sentence not in in_subject]
    matches = _titles_yield(matches, in_subject)
    matches = _subject_said_again(matches, full, spans, in_subject)
    matches = _subject_asked_about(matches, candidates, full, spans, in_subject)
    matches = _erasure_anchored(matches, full, spans, in_subject)
    matches = _channels_named_elsewhere(matches, full, spans)
    matches = _resolve(matches, negated, in_subject, mail.sentences)
    notice = _notice(body, frame)
    if notice:
        # a newsletter, a notice, an offer, a questionnaire: nobody asks for their own data, and
        # a newsletter's "reminder that …" reminds of nothing; no second reader overrides it
        matches, frame, declined = [], framing.Framing(), True
    # the writer says nothing is expected of us ("no action is needed on your part")
    nothing_asked = bool(_any(LEXICONS, "nothing_asked", full))
    if nothing_asked:
        matches = _nothing_asked(matches, full, spans, subject_end)
    matches = _complaints_to_us(matches, full, spans)
    matches = _recipients_of_a_change(matches, full, spans)
    matches = _preferred_format(matches, full, spans)
    if pitch:
        matches = [
            m
            for m in matches
            if m.weight >= STRONG
            and _FIRST_PERSON.search(full[spans[m.sentence][0] : spans[m.sentence][1]])
        ]
    classification = _classify(matches, negated, pitch, folded_subject, own_words, original)
    classification = _doubt(classification, matches, full, spans)
    classification = _held_when_weak(classification, matches, full, spans, in_subject)
    classification = _framed(classification, frame)
    classification = dataclasses.replace(
        classification,
        evidence=_evidence(classification, matches, full, spans, typo_spans, subject, aligned),
    )
    if classification.request_types and (
        parts.passed_on or _relayed(classification, matches, full, spans, original, subject_end)
    ):
        classification = dataclasses.replace(classification, passed_on=True)
    if parts.truncated:
        classification = dataclasses.replace(classification, truncated=True)
    # an erasure the guard set aside ("I'm considering having it deleted") was read as none
    set_aside = {m.type for m in matches} - set(classification.request_types)
    declined = declined or bool(negated or conditioned or set_aside) or len(matches) < found
    # the writer says nothing is expected of us: no second reader guesses a request either
    declined = declined or nothing_asked
    return Reading(
        classification,
        tuple(matches),
        tuple(sorted(negated)),
        full,
        declined=declined,
        model_text=_for_model(subject, folded_subject, body),
        candidates=tuple(candidates),
        spans=tuple(spans),
        roles=tuple(roles),
        subject_end=subject_end,
    )


def _relayed(
    classification: Classification,
    matches: list[Match],
    full: str,
    spans: list[tuple[int, int]],
    original: str,
    subject_end: int,
) -> bool:
    """A request read in someone else's words the writer relays (a voicemail transcript, a
    pasted chat, a ticket, a phone slip, a retold call): passed on, not the writer's own. A
    representative writing for someone is framed apart (``on_behalf``). The relayed part is
    found in the text as written (its lines: a chat's "Name: …", a slip's "Caller: …"); a
    sentence the request was read from lies in it when it occurs there, spaces aside."""
    if classification.on_behalf:
        return False
    written = normalize.fold(original)
    start = relayed_start(written)
    if start is None:
        return False
    relayed = " ".join(written[start:].split())
    asked = set(classification.request_types)
    return any(
        " ".join(full[spans[m.sentence][0] : spans[m.sentence][1]].split()) in relayed
        for m in matches
        if m.type in asked and spans[m.sentence][0] > subject_end
    )


_MARKETING_TARGETS = (MARKETING, DIRECT_MARKETING)
LETTER_WORDS = 120  # a text this long is a letter: its erasure needs the writer's own wish
TITLE_LINE_WORDS = 12  # a line this short without a full stop is a heading
_TICKED = re.compile(TICKED_BOX)


def _erasure_anchored(
    matches: list[Match], full: str, spans: list[tuple[int, int]], in_subject: set[int]
) -> list[Match]:
    """In a letter, an erasure is read only when the writer asks for it somewhere: in the
    subject or a heading, a ticked box, or a sentence that holds the writer's own wish ("I
    request", "please", an imperative, "can you …", "… must be deleted"). Erasure words found
    only elsewhere (what a company does, a right explained, a story) ask for nothing."""
    erasure = [m for m in matches if m.type is RequestType.ERASURE]
    if not erasure or len(full.split()) < LETTER_WORDS:
        return matches
    for m in erasure:
        start, end = spans[m.sentence]
        sentence = full[start:end]
        if (
            m.sentence in in_subject
            or _heading(full, start, end)
            or _TICKED.search(sentence)
            or discourse.wished(sentence, LEXICONS)
            # a list item under a lead-in that asks: "Ich mache folgende Rechte geltend: …
            # 3. Löschung aller Daten …"
            or discourse.wished(_lead_of(full, spans, m.sentence), LEXICONS)
        ):
            return matches
    return [m for m in matches if m.type is not RequestType.ERASURE]


def _heading(full: str, start: int, end: int) -> bool:
    """A line of its own, short, without a full stop: a letter's title ("Objet : demande
    d'effacement", "Löschung meiner Daten nach Art. 17 DSGVO")."""
    line_start = full.rfind("\n", 0, start) + 1
    line_end = full.find("\n", end)
    line = full[line_start : line_end if line_end >= 0 else len(full)].strip()
    return (
        line_start >= start - 1
        and len(line.split()) <= TITLE_LINE_WORDS
        and not line.endswith((".", "?", "!"))
    )


def _titles_yield(matches: list[Match], in_subject: set[int]) -> list[Match]:
    """A subject's marketing cue sorted by channel ("Opposition à la prospection") yields to the
    body's, which names the channels ("… par courrier et par téléphone")."""
    if not any(
        m.rule.target in _MARKETING_TARGETS and m.sentence not in in_subject for m in matches
    ):
        return matches
    return [
        m for m in matches if not (m.sentence in in_subject and m.rule.target in _MARKETING_TARGETS)
    ]


def _subject_said_again(
    matches: list[Match], full: str, spans: list[tuple[int, int]], in_subject: set[int]
) -> list[Match]:
    """A subject's erasure whose words the body says again with a scope that makes them an
    opt-out ("remove me" over "remove me from your newsletter"): the body's reading stands."""
    said: dict[int, set[RequestType]] = {}
    for m in matches:
        said.setdefault(m.sentence, set()).add(m.type)
    optout = (RequestType.MARKETING_OPT_OUT, RequestType.OBJECTION)
    body = [
        full[spans[i][0] : spans[i][1]]
        for i, types in said.items()
        if i not in in_subject and RequestType.ERASURE not in types and types & set(optout)
    ]

    def again(m: Match) -> bool:
        if m.type is not RequestType.ERASURE or m.sentence not in in_subject:
            return False
        title = full[spans[m.sentence][0] : spans[m.sentence][1]].strip(" .,:;!-")
        return bool(title) and any(
            re.search(r"(^|\W)" + re.escape(title) + r"\W", s + " ") for s in body
        )

    return [m for m in matches if not again(m)]


# a person in a subject: the writer's own question ("where did you get my number?"), not a
# topic named with a question mark ("Portabilité – format ?")
_SOMEONE = re.compile(
    r"\b(i|me|my|you|your|we|our|us|ik|mij|mijn|m'n|u|uw|jullie|jij|wij|ons|onze|je|j'|moi|"
    r"mes|mon|ma|vous|votre|vos|nous|notre|nos|tu|ich|mich|mir|mein\w*|sie|ihnen|ihr\w*|wir|"
    r"uns\w*|du|dich|dein\w*)\b"
)


def _subject_asked_about(
    matches: list[Match],
    candidates: list[tuple[Match, bool, bool]],
    full: str,
    spans: list[tuple[int, int]],
    in_subject: set[int],
) -> list[Match]:
    """A subject that names a right as a question ("Portabilité – format ?", "Deletion?") over
    a body that speaks of the same right only as asked about ("si on demande la portabilité de
    ses données, dans quel format les reçoit-on ?"): the subject names the topic of that
    question and asks for nothing either. Where the body asks for the right ("Effacement ?" over
    "oui, effacez tout svp") or does not speak of it in words the rules read, the subject
    stands."""
    if not in_subject or not matches:
        return matches
    last = max(in_subject)
    if not full[spans[last][0] : spans[last][1]].rstrip().endswith("?"):
        return matches
    if not full[spans[last][1] :].strip():
        return matches
    subject = full[spans[min(in_subject)][0] : spans[last][1]]
    if _SOMEONE.search(subject):
        return matches  # "Wie kam Ihr Vertrieb an meine Nummer?": the writer's own question asks
    in_body = {m.type for m in matches if m.sentence not in in_subject}
    set_aside = {
        x.type for x, counted, _ in candidates if x.sentence not in in_subject and not counted
    }
    return [
        m
        for m in matches
        if m.sentence not in in_subject or m.type in in_body or m.type not in set_aside
    ]


def _channels_named_elsewhere(
    matches: list[Match], full: str, spans: list[tuple[int, int]]
) -> list[Match]:
    """An objection to direct marketing that names no channel covers every channel, unless the
    letter's objection names its channels elsewhere ("Objet : opposition à la prospection" over
    "… je m'oppose à la prospection par courrier et par téléphone"): then those."""
    marketing = (RequestType.OBJECTION, RequestType.MARKETING_OPT_OUT)
    named = {
        m.type
        for m in matches
        if m.type in marketing
        and not m.every_channel
        and _channel_named(full[spans[m.sentence][0] : spans[m.sentence][1]])
    }
    if not named:
        return matches
    return [m for m in matches if not m.every_channel or m.type in named]


def _to_us(frame: framing.Framing, start: int, request_type: RequestType) -> bool:
    """Whether a request found at ``start`` is made of us: in a copy of a complaint lodged with
    the authority, what the copied complaint asks, it asks of the authority."""
    if frame.authority_from is None or start < frame.authority_from:
        return True
    if frame.authority_to is not None and start >= frame.authority_to:
        return True  # after the quoted copy, the writer asks us again
    return request_type is RequestType.COMPLAINT


AUTHORITY_COMPLAINT_CONFIDENCE = CLEAR


def _framed(classification: Classification, frame: framing.Framing) -> Classification:
    """The reading with the letter's framing: a copy of a complaint lodged with the authority is
    a complaint (about us, for staff: flag ``authority_complaint``), whatever else it says."""
    types = classification.request_types
    confidence = classification.confidence
    if frame.authority_complaint and RequestType.COMPLAINT not in types:
        types = tuple(t for t in RequestType if t in types or t is RequestType.COMPLAINT)
        confidence = min(confidence, AUTHORITY_COMPLAINT_CONFIDENCE) if confidence else CLEAR
    return dataclasses.replace(
        classification,
        request_types=types,
        confidence=confidence,
        on_behalf=frame.on_behalf,
        data_subject=frame.data_subject,
        reminder=frame.reminder,
        first_written=frame.first_written,
        authority_complaint=frame.authority_complaint,
    )


def _evidence(
    classification: Classification,
    matches: list[Match],
    full: str,
    spans: list[tuple[int, int]],
    typo_spans: list[tuple[int, int]],
    subject: str,
    aligned: normalize.Aligned,
) -> tuple[tuple[RequestType, tuple[str, ...]], ...]:
    """Per request type read, the sentences it was read from, as written (found back in the
    original text; the folded sentence when it cannot be found)."""
    subject_end = full.index("\n")
    aligned_subject = normalize.align(subject[:SUBJECT_BUDGET])
    out = []
    for t in classification.request_types:
        indices = list(dict.fromkeys(m.sentence for m in matches if m.type is t))
        sentences = []
        for i in indices[:EVIDENCE_PER_TYPE]:
            start, end = spans[i]
            unsure = [(a - start, b - start) for a, b in typo_spans if a < end and start < b]
            source = aligned_subject if start < subject_end else aligned
            found = source.find(full[start:end], unsure)
            sentences.append(found or full[start:end])
        if sentences:
            out.append((t, tuple(sentences)))
    return tuple(out)


def _complaints_to_us(matches: list[Match], full: str, spans: list[tuple[int, int]]) -> list[Match]:
    """A complaint read in a sentence that names the supervisory authority is a complaint only
    when it tells one lodged there, done or now ("I have lodged a complaint with the ICO", "ik
    dien hierover klacht in bij de GBA"), not one the writer may, will or would lodge ("I will
    not hesitate to refer this to the CNIL", "I am entitled to complain to the ICO")."""
    out = []
    for m in matches:
        sentence = full[spans[m.sentence][0] : spans[m.sentence][1]]
        if (
            m.type is RequestType.COMPLAINT
            and _any(LEXICONS, "authority", sentence)
            and (_MAY_OR_WILL.search(sentence) or guard.conditional(sentence))
        ):
            continue  # "should you not answer within a month, I lodge a complaint with the GBA"
        out.append(m)
    return out


# a future, a conditional, a possibility or an entitlement, in the four languages
_MAY_OR_WILL = re.compile(
    r"\b(will|would|shall|should|may|might|could|can|going to|entitled|right to|'ll|"
    r"zal|zullen|zou|zouden|kan|kunnen|mag|mogen|ga|gaan|recht om|"
    r"vais|va|pourrai\w*|pourra|peux|peut|devrai\w*|droit de|\w{3,}erai|\w{3,}erais|\w{3,}irai|"
    r"werde|werden|wurde|wurden|kann|konnte|darf|durfte|sollte|berechtigt)\b"
)


_PREFERENCE = re.compile(PREFERENCE)


def _preferred_format(matches: list[Match], full: str, spans: list[tuple[int, int]]) -> list[Match]:
    """A format stated as a preference in a mail that asks for access ("preferred delivery
    format: machine-readable, csv/json"): how to deliver the copy, no portability request."""
    if not any(m.type is RequestType.ACCESS for m in matches):
        return matches
    portability = [m for m in matches if m.type is RequestType.PORTABILITY]
    if not all(
        m.rule.tag == "format"
        and _PREFERENCE.search(full[spans[m.sentence][0] : spans[m.sentence][1]])
        for m in portability
    ):
        return matches
    return [m for m in matches if m.type is not RequestType.PORTABILITY]


_RECIPIENTS = re.compile(
    r"\b(whom|recipients?|third parties|aan wie|ontvangers?|derden|a qui|destinataires?|tiers|"
    r"an wen|empfanger\w*|dritte\w*)\b"
)


RECIPIENTS_NEAR = 2  # sentences either side of a question "to whom" that belong to its paragraph


def _recipients_of_a_change(
    matches: list[Match], full: str, spans: list[tuple[int, int]]
) -> list[Match]:
    """A correction or erasure whose recipients are to be told of it (art. 19): "tell me to
    whom you gave them" asks who was told, part of that request, not an access request."""
    types = {m.type for m in matches}
    if not types & {RequestType.RECTIFICATION, RequestType.ERASURE}:
        return matches
    access = [m for m in matches if m.type is RequestType.ACCESS]
    indexes = {m.sentence for m in access}
    sentences = [full[spans[i][0] : spans[i][1]] for i in indexes]
    # the art. 19 paragraph around the question: the question and its neighbours (a mail that
    # cites art. 19 elsewhere may still ask, apart, whom its data went to)
    near = {j for i in indexes for j in range(i - RECIPIENTS_NEAR, i + RECIPIENTS_NEAR + 1)}
    around = "\n".join(full[a:b] for j, (a, b) in enumerate(spans) if j in near)
    # "if you passed the wrong date on to others, tell me to whom": who is to be told
    told = _any(LEXICONS, "recipients_notified", around) or all(map(guard.conditional, sentences))
    if told and all(_RECIPIENTS.search(sentence) for sentence in sentences):
        return [m for m in matches if m.type is not RequestType.ACCESS]
    return matches


NOTICE_WORDS = 60  # a text this long that never says "I", "me" or "my" is nobody's request
# the writer as a person: "I", "me", "my", in the four languages
_WRITER = re.compile(
    r"\b(i|me|my|mine|myself|ik|mij|mijn|m'n|je|j|moi|mon|ma|mes|m|ich|mich|mir|mein\w*)\b"
)

# writers who speak as "we" of their own data (a couple, a family, parents for their children):
# a company's notice speaks of "your data", never of "our data" or "about us"
_OUR_DATA = re.compile(
    r"\b(our|onze|nos|notre|unsere) (personal |persoonlijke |personnelles "
    r"|personenbezogenen )?(data|details|information|gegevens|persoonsgegevens|donnees|daten|"
    r"accounts?|klantenaccounts?|comptes?|konto|kundenkonto)\b|"
    r"\b(about us|over ons|nous concernant|sur nous|uber uns)\b"
)


def _notice(body: str, frame: framing.Framing) -> bool:
    """A text that asks for no one's data: a long one that never speaks of its writer as a
    person (a newsletter, a notice to customers, an offer of training), or a company's
    questions about our compliance that never name the writer's own data (a supplier
    questionnaire, a processing agreement). A representative writing for someone ("our
    client", "on behalf of") speaks of them, not of themselves."""
    if frame.on_behalf:
        return False
    if (
        len(body.split()) >= NOTICE_WORDS
        and not _WRITER.search(body)
        and not _OUR_DATA.search(body)
    ):
        return True
    return bool(_any(LEXICONS, "business", body)) and not _MY_DATA.search(body)


# the writer's own data named: "my data", "about me", in the four languages
_MY_DATA = re.compile(
    r"\b(my|mijn|m'n|mes|mon|ma|meine\w*|mein) (\w+ ){0,2}(personal |persoonlijke |personnelles "
    r"|personenbezogenen )?(data|details|information|gegevens|persoonsgegevens|donnees|"
    r"informations|coordonnees|daten|angaben|account|compte|konto|kundenkonto|profiel|profile|"
    r"profil|dossier|record|records|address|adres|adresse)\b|"
    # a phone number of the writer's ("mijn gsm-nummer", "mijn redactienummer")
    r"\b(mijn|m'n) (\w+ )?(\w*(telefoon|gsm|redactie|prive|werk|mobiel)-?nummers?|gsm)\b|"
    r"\b(about|concerning|regarding|of) me\b|\bover mij\b|\bme concernant\b|"
    r"\bmich betreffend\w*\b|\buber mich\b|\bzu meiner person\b"
)


_AS_MARKETING = Rule(MARKETING, re.compile("(?!)"), 0.0)
_FIRST_PERSON = re.compile(r"\b(i|my|me|mijn|mij|ik|je|mes|mon|moi|ich|mich|meine\w*)\b")


@dataclass(frozen=True)
class _Where:
    mail: _Mail
    sentence: str
    start: int
    index: int
    typo_spans: list[tuple[int, int]]
    previous: tuple[str, ...] = ()  # the sentences before, nearest first (for context windows)
    renewed: bool = False  # a reminder that asks again: what was asked before is asked now


def _plain_target(rule: Rule) -> RequestType:
    if rule.target == MARKETING:
        return RequestType.MARKETING_OPT_OUT
    if rule.target == DIRECT_MARKETING:
        return RequestType.OBJECTION
    return RequestType(rule.target)


def _match(
    rule: Rule, lexicons: tuple[Lexicon, ...], where: _Where, m: re.Match[str]
) -> list[Match] | str | None:
    """The matches ``m`` stands for; or why it does not count: "negated", "conditional",
    "declined" (read, and found to ask for nothing), None (context missing)."""
    sentence = where.sentence
    c_start, c_end = normalize.clause_at(sentence, m.start(), m.end())
    clause = sentence[min(c_start, m.start()) : max(c_end, m.end())]
    in_window = rule.context and any(
        rule.context.search(p) for p in where.previous[: rule.context_window]
    )
    if rule.context and not rule.context.search(sentence) and not in_window:
        return None
    if rule.mail_context and not where.mail.holds(rule.mail_context):
        return None
    if rule.unless and rule.unless.search(sentence):
        return "declined"
    if rule.negatable and (
        _any(lexicons, "negation", _unqualified(clause))
        or (not where.renewed and _history_before(lexicons, sentence, m.start()))
    ):
        return "negated"
    weight = rule.weight
    listed = rule.list_sensitive or rule.target == RequestType.ERASURE.value
    if (
        listed
        and _any(LEXICONS, "marketing_list", clause)
        and not _names_data_store(sentence[m.start() :])
    ):
        if _any(LEXICONS, "self_action", clause):
            return "declined"  # "I deleted your newsletter mails myself": the writer's act
        # "remove me from your mailing list / call list": marketing, sorted by channel (but
        # "from all your lists and your database" is an erasure too: the list is read apart)
        targets, defaulted = _targets(_AS_MARKETING, lexicons, [clause, sentence], where.mail)
        return _matches(targets, weight, where.index, rule, defaulted)
    if rule.target == RequestType.ACCESS.value and _ANSWERED.search(sentence):
        return "declined"  # "your answer to my access request", "thanks for the overview I got"
    if rule.target == RequestType.ERASURE.value:
        # what is to be removed: no personal data at all ("my CV", "the old invoice"), or
        # only a phone number in a mail about calls (an objection to phone marketing)
        obj = _object_clause(sentence, m.start())
        if not rule.pattern.search(obj):
            return "declined"  # "supprimer la ligne et me renvoyer …": "me" is not its object
        if _any(LEXICONS, "self_action", clause) or _own_act_at(sentence, m.start()):
            return "declined"
        if _not_the_writers(obj, sentence, where.mail):
            return "declined"  # a company's own things, a product's photo, a departed colleague
        if _any(LEXICONS, "done", sentence):
            return "declined"  # "thanks, I received your confirmation that my data are deleted"
        if "?" in sentence and _any(LEXICONS, "status_question", clause):
            return "declined"
        if _any(lexicons, "permission", sentence) and (
            _IF.search(sentence) or _any(lexicons, "condition", sentence)
        ):
            return "declined"  # "if I'm not selected, feel free to delete my CV": leave, no request
        following = clause + " " + sentence[m.start() :]
        if _any(LEXICONS, "superseded", clause) and not _NO_LONGER_MINE.search(sentence):
            # an outdated value goes, a new one comes: rectification (but a number that is
            # "no longer mine", with nothing in its place, is only to go: erasure)
            return "declined"
        # (what an exception leaves out is no object: "... except the printed catalogue")
        unqualified = _unqualified(clause)
        if _any(LEXICONS, "non_data_object", unqualified) or _any(
            LEXICONS, "non_data_object", _unqualified(obj)
        ):
            # "remove the duplicate invoice from my account": the account is only where from;
            # "deze factuur crediteren en uit uw systeem verwijderen": one object, two verbs
            for lex in LEXICONS:
                following = lex.rx("location").sub(" ", following)
                obj = lex.rx("location").sub(" ", obj)
            if not _any(LEXICONS, "data_object", following + " " + obj):
                return "declined"
            if _any(LEXICONS, "non_data_object", unqualified) and not _any(
                LEXICONS, "data_object", following
            ):
                # the verb's own clause names its object, no data ("my data you need not have,
                # you may delete this mail"): data named in another clause are not its object
                return "declined"
        if (
            not _any(LEXICONS, "data_object", following)
            and _any(LEXICONS, "phone_number", clause)
            and where.mail.has(LEXICONS, "phone_calls")
        ):
            return [Match(RequestType.OBJECTION, weight, where.index, rule)]
    if _any(LEXICONS, "condition", guard.without_thanks(sentence)):
        if rule.conditional_drop:
            return "conditional"
        weight *= CONDITIONAL_FACTOR
    start, end = where.start + m.start(), where.start + m.end()
    if any(a < end and start < b for a, b in where.typo_spans):
        weight *= TYPO_FACTOR
    channels = _with_coordinated(lexicons, sentence, clause, max(c_end, m.end()))
    targets, defaulted = _targets(rule, lexicons, [channels, sentence], where.mail)
    if targets == (RequestType.MARKETING_OPT_OUT,) and _by_post_only(lexicons, clause, sentence):
        # "remove his address from your mailing list" under "advertising by post": the list is
        # the post's, an objection
        targets = (RequestType.OBJECTION,)
    return _matches(targets, weight, where.index, rule, defaulted)


# a channel coordinated with the clause's last words: "… Werbung per E-Mail und Telefon", "by
# e-mail or phone", "par e-mail et téléphone" (the conjunction ends the clause, not the list)
_COORDINATED = re.compile(
    r"\s*(and|or|en|of|et|ou|und|oder|sowie)\s+((per|by|via|par|through|uber|over|au|op) )?"
    r"((the|le|la|les|de|het|den|die|der|dem) )?[\w-]+"
)


def _with_coordinated(lexicons: tuple[Lexicon, ...], sentence: str, clause: str, end: int) -> str:
    """The clause, with the channel coordinated right after its end when one is (a channel
    named by the clause itself then shares the clause with it)."""
    found = _COORDINATED.match(sentence, end)
    if not found or not any(_channels_in(lexicons, clause)):
        return clause
    if not any(_channels_in(lexicons, found.group())):
        return clause
    return clause + found.group()


def _nothing_asked(
    matches: list[Match], full: str, spans: list[tuple[int, int]], subject_end: int
) -> list[Match]:
    """The writer says nothing is expected of us ("aucune action n'est attendue de votre part"):
    a copy of a letter to another company below it, or a deletion the writer did themselves told
    above it, asks nothing of us; a request put as such in the body before it still stands
    ("Please delete my data. No other action is needed on your part.")."""
    said = [i for i, (a, b) in enumerate(spans) if _any(LEXICONS, "nothing_asked", full[a:b])]
    if not said or not matches:
        return matches
    first = said[0]
    asked = any(
        spans[m.sentence][0] > subject_end
        and m.sentence < first
        and not _in_quotation(full, subject_end, spans[m.sentence][0] + 1)
        and discourse.wished(full[spans[m.sentence][0] : spans[m.sentence][1]], LEXICONS)
        for m in matches
    )
    return matches if asked else []


def _in_quotation(full: str, start: int, pos: int) -> bool:
    """``pos`` lies inside a quotation opened after ``start`` (a draft or a template the writer
    quotes: '"Dear Sir, please provide a copy …" Nothing to do yet'): no wish of theirs now."""
    between = full[start:pos]
    return (between.count('"') + between.count("\u201c") + between.count("\u201d")) % 2 == 1


def _own_act_at(sentence: str, pos: int) -> bool:
    """The removal at ``pos`` is told as the writer's own act ("ik heb de app (…) van mijn gsm
    gewist"): a clause break inside the telling does not end it."""
    return any(
        s.start() <= pos < s.end()
        for lex in LEXICONS
        for s in lex.rx("self_action").finditer(sentence)
    )


# the writer's own person: "my", "me", "mijn", "mon", "mich" … (what is theirs may be personal)
_FIRST_PERSON = re.compile(
    r"\b(my|me|mine|myself|mijn|m'n|mij|mon|ma|mes|moi|m'|mein\w*|mich|mir)\b"
)

# a thing the writing company owns: "the account of our company", "our B2B account",
# "le compte de notre société", "ons bedrijfsaccount", "unser Firmenkonto"
_COMPANY_OWNED = re.compile(
    r"\b(our|notre|nos|onze|ons|unser\w*) (\w+ ){0,2}?(company|business|firm|organi[sz]ation|"
    r"societe|entreprise|firme|bedrijf\w*|firma\w*|organisatie|unternehmen\w*)\b|"
    r"\bb2b\b|\b(firmenkonto|firmenzugang|bedrijfsaccount|company account|"
    r"business account|compte (entreprise|societe))\b"
)

# the mail is about a product's page or picture: "the product page", "productfoto", "la fiche
# produit", "das Produktbild" ("please remove that photo" is then the product's)
_PRODUCT_MEDIA = re.compile(
    r"\b(product ?(photos?|pictures?|images?|pages?)|productfoto\w*|productpagina\w*|"
    r"productafbeelding\w*|photos? (du |de |des )?produits?|fiches? produits?|pages? produits?|"
    r"produktfoto\w*|produktbild\w*|produktseite\w*)\b"
)

# a colleague who left: "no longer works here", "ne travaille plus chez nous", "werkt niet meer
# bij ons", "arbeitet nicht mehr bei uns"
_LEFT_US = re.compile(
    r"\b(no longer (works|working|employed)|has left (us|the company|our company)|"
    r"ne travaille plus|a quitte (notre|la) (societe|entreprise)|"
    r"werkt niet meer|is uit dienst|niet meer in dienst|"
    r"arbeitet nicht mehr|nicht mehr bei uns|ist ausgeschieden|"
    r"hat (uns|das unternehmen) verlassen)\b"
)
_THIRD_PERSON = re.compile(r"\b(his|her|their|son|sa|ses|zijn|haar|hun|sein\w*|ihr\w*)\b")


def _not_the_writers(obj: str, sentence: str, mail: _Mail) -> bool:
    """What is to be removed is no personal data of the writer's: a thing of the writing
    company's (its company account), a product's photo or page, or a departed colleague's
    name in the contacts (a contact to update) - unless the writer names their own."""
    if _FIRST_PERSON.search(sentence):
        return False
    if _COMPANY_OWNED.search(obj):
        return True
    if _THIRD_PERSON.search(obj) and mail.holds(_LEFT_US):
        return True
    return not _any(LEXICONS, "data_object", obj) and mail.holds(_PRODUCT_MEDIA)


# where a company keeps the data itself, not a list it mails from: "your database", "all your
# systems", "fichier client", "klantenbestand", "Kundendatei"
_DATA_STORE = re.compile(
    r"\b(databases?|data ?base|databank\w*|datenbank\w*|(all )?(your |of your )?systems|"
    r"customer (files?|records?|database)|base de donnees|bases de donnees|"
    r"(vos |tous vos )systemes|fichiers? clients?|"
    r"klantenbestand\w*|(al )?(uw|jullie) (systemen|bestanden)|"
    r"kundendat\w*|kundenkartei|(allen )?(ihren|euren) systemen)\b"
)


def _names_data_store(clause: str) -> bool:
    """The clause names where the company keeps the writer's data (a database, its systems, a
    customer file), besides any list: removal from there is an erasure."""
    for lex in LEXICONS:
        clause = lex.rx("marketing_list").sub(" ", clause)
    return bool(_DATA_STORE.search(clause))


def _by_post_only(lexicons: tuple[Lexicon, ...], clause: str, sentence: str) -> bool:
    """The narrowest scope naming a channel names post or phone, and nothing electronic."""
    for scope in (clause, sentence):
        post, electronic = _channels_in(lexicons, _MOBILE.sub(" ", scope))  # a mobile: texts
        if post or electronic:
            return post and not electronic
    return False


def _matches(
    targets: tuple[RequestType, ...], weight: float, index: int, rule: Rule, defaulted: bool
) -> list[Match]:
    every = targets is EVERY_CHANNEL
    return [Match(t, weight, index, rule, defaulted, every) for t in targets]


def _unqualified(clause: str) -> str:
    """The clause without negations that only limit the object ("all data you are not legally
    obliged to keep") or tell the wrong done ("you passed my number on without my consent"):
    what is left to hold a negation of the asking itself."""
    for lex in LEXICONS:
        clause = lex.rx("scope_qualifier").sub(" ", clause)
    return _WITHOUT_CONSENT.sub(" ", clause)


# the wrong done, told: "without my consent", "zonder mijn toestemming", "sans mon accord"
_WITHOUT_CONSENT = re.compile(
    r"\b(without|zonder|sans|ohne) (my |mijn |m'n |mon |ma |meine |meiner |any |enige |aucune? |"
    r"jegliche |(ik|je|ich) )?(prior |explicit |voorafgaande |uitdrukkelijke |prealable |"
    r"expres |vorherige |ausdruckliche )?(consent|permission|approval|knowledge|toestemming|"
    r"medeweten|consentement|accord|autorisation|zustimmung|einwilligung|erlaubnis|wissen|"
    r"dat (ik|u) (het )?wist|mon avis|gefragt)\b"
)


# an access request already answered: "your reply to my access request", "thank you for the
# overview of my data I received on …"
_ANSWERED = re.compile(
    r"\b(your (answer|reply|response) to my|uw antwoord op mijn|votre reponse a ma|"
    r"ihre antwort auf mein\w*)\b|\b(thank you|thanks|dank u|dank je|bedankt|merci|vielen dank|"
    r"danke)\b.{0,20}\b(for|voor|pour|fur)\b.{0,80}\b(received|ontving|ontvangen|recu|recue|"
    r"recues|erhalten|bekommen)\b"
)
_IF = re.compile(r"\b(if|in case|when|als|indien|wanneer|si|lorsque|wenn|falls|sofern)\b")


# A conjunction starts a new verb phrase when a pronoun or another verb follows it ("… et me
# renvoyer", "and send me …"); between nouns ("my account and all my data") it does not.
_OBJECT_BREAK = re.compile(
    r"[;:?!()]|\b(?:then|daarna|puis|dann)\b|"
    r"\b(?:and|or|en|et|ou|und|oder) (?:(?:please|svp|aub|bitte|graag) )?"
    r"(?:me|moi|m'|mij|mich|mir|you|vous|u|jullie|sie|ihr|je|ik|ich|i|we|nous|wij|us|ons|uns|"
    r"send|resend|give|let|confirm|stuur|geef|laat|bevestig|renvoy\w*|envoy\w*|donn\w*|"
    r"confirm\w*|schick\w*|send\w*|geb\w*|bestatig\w*)\b"
)


def _object_clause(sentence: str, pos: int) -> str:
    """The stretch of ``sentence`` around ``pos`` up to the nearest strong punctuation or
    new verb phrase (not commas): a removal verb's object must be found in it. An aside in
    brackets ("the note on my back (in the file "absences") to be removed") is
    part of the object phrase, not a break, unless a new verb phrase begins in it."""
    left = 0
    plain = _ASIDE.sub(
        lambda a: a.group() if _OBJECT_BREAK.search(a.group()[1:-1]) else " " * len(a.group()),
        sentence,
    )
    for b in _OBJECT_BREAK.finditer(plain, 0, pos):
        left = b.end()
    b = _OBJECT_BREAK.search(plain, pos + 1)
    if b and b.group() in _THEN and " " not in sentence[pos : b.start()].strip():
        # "verwijder daarna mijn account": the adverb stands between the verb and its object
        b = _OBJECT_BREAK.search(plain, b.end())
    return sentence[left : b.start() if b else len(sentence)]


_THEN = ("then", "daarna", "puis", "dann")
_ASIDE = re.compile(r"\([^()]{0,120}\)")
_NO_LONGER_MINE = re.compile(
    r"\b(niet (meer|langer) van (mij|me)|no longer mine|not mine any ?more|"
    r"n'est plus (le mien|la mienne|à moi|a moi)|nicht mehr (meine?|mir))\b"
)


def _history_before(lexicons: tuple[Lexicon, ...], sentence: str, pos: int) -> bool:
    """A past request ("I asked you in March to delete …", "ich habe die Löschung … beantragt")
    that begins before ``pos``: it may close after it (German puts the participle last)."""
    return any(h.start() <= pos for lex in lexicons for h in lex.rx("history").finditer(sentence))


# an objection's own words, in the four languages
_OBJECTING = re.compile(
    r"\b(object\w*|bezwaar|verzet|oppos\w*|s'oppose|widersp\w*|profil(ing|ering|age))\b"
)


def _resolve(
    matches: list[Match],
    negated: set[RequestType],
    in_subject: set[int],
    sentences: list[str],
) -> list[Match]:
    """Cross-type rules: a rule yields to a more specific type in its sentence; a portability
    request absorbs the "copy of my data" of its own sentence; a type the writer negated
    somewhere ("don't delete") is not read from a weak cue elsewhere, nor from the subject
    alone ("Calls despite deletion" over a body that tells of an erasure asked long ago)."""
    strongest: dict[RequestType, float] = {}
    body_types: set[RequestType] = set()
    for m in matches:
        strongest[m.type] = max(strongest.get(m.type, 0.0), m.weight)
        if m.sentence not in in_subject:
            body_types.add(m.type)
    by_sentence: dict[int, set[RequestType]] = {}
    profiling = {m.sentence for m in matches if m.rule.tag == "profiling"}
    for m in matches:
        by_sentence.setdefault(m.sentence, set()).add(m.type)
    out = []
    for m in matches:
        here = by_sentence[m.sentence]
        if m.defaulted and m.type is RequestType.MARKETING_OPT_OUT and m.sentence in profiling:
            continue  # "no more ads based on my purchases": the profiling is what is objected to
        if (
            m.rule.tag == "profiling"
            and RequestType.ERASURE in here
            and not _OBJECTING.search(sentences[m.sentence])
        ):
            continue  # "delete my customer profile": the profile is what goes, no objection
        if m.rule.yields_to is not None and m.rule.yields_to in here:
            continue
        if (
            m.type is RequestType.ACCESS
            and RequestType.PORTABILITY in here
            and not _asked_apart(m, matches, sentences[m.sentence])
        ):
            continue  # "a copy of my data in CSV for my new supplier": portability only
        if (
            m.type is RequestType.ACCESS
            and m.sentence in in_subject
            and RequestType.PORTABILITY in body_types
            and not any(
                x.type is RequestType.ACCESS
                and x.sentence not in in_subject
                and RequestType.PORTABILITY not in by_sentence[x.sentence]
                for x in matches
            )
        ):
            continue  # "Copy of my data" over a body that asks for it in CSV for a new supplier
        if m.type in negated and (strongest[m.type] < CLEAR or m.type not in body_types):
            continue
        out.append(m)
    return out


# where a sentence turns to a new act of the writer's (see _OBJECT_BREAK, _NEXT_ACT), or adds
# one: "tell me which data you process, and besides send me …", "daarnaast", "außerdem"
_ADDED_ACT = re.compile(
    r"\b(besides|in addition|additionally|as well as|furthermore|moreover|daarnaast|"
    r"bovendien|verder|tevens|en outre|par ailleurs|de plus|egalement|ausserdem|zudem|"
    r"daruber hinaus|des weiteren|weiterhin)\b"
)


def _acts(sentence: str) -> list[tuple[int, int]]:
    """The stretches of ``sentence`` between the writer's acts."""
    cuts = sorted(
        {
            b.start()
            for rx in (_OBJECT_BREAK, _NEXT_ACT, _ADDED_ACT)
            for b in rx.finditer(sentence)
            if b.group() not in "()"  # a parenthesis only details the object
        }
    )
    edges = [0, *cuts, len(sentence)]
    return [(a, b) for a, b in zip(edges, edges[1:], strict=False) if b > a]


def _asked_apart(access: Match, matches: list[Match], sentence: str) -> bool:
    """Whether an access request stands apart from the portability request of its sentence:
    its words in an act of the writer's that holds no portability words ("let me know which
    data you process, and besides send me what I entered in a CSV file"); "a copy of my data
    in CSV to take to another supplier" is one act, portability only."""
    portable = [
        m.rule.pattern
        for m in matches
        if m.sentence == access.sentence and m.type is RequestType.PORTABILITY
    ]
    for a, b in _acts(sentence):
        part = sentence[a:b]
        if access.rule.pattern.search(part) and not any(p.search(part) for p in portable):
            return True
    return False


def _classify(
    matches: list[Match],
    negated: set[RequestType],
    pitch: bool,
    subject: str,
    body: str,
    original: str,
) -> Classification:
    scores: dict[RequestType, float] = {}
    for m in matches:
        scores[m.type] = 1 - (1 - scores.get(m.type, 0.0)) * (1 - m.weight)
    chosen = [t for t in RequestType if scores.get(t, 0.0) >= INCLUDE_AT]
    fallback = _strongest_language(matches)
    lang = Language(language.detect(body, original, subject, LEXICONS, fallback))
    if not chosen:
        return Classification((), lang, 0.0)
    confidence = min(min(scores[t], MAX_SCORE) for t in chosen)
    if any(t in negated for t in chosen):
        confidence *= NEGATED_ELSEWHERE_FACTOR
    if pitch:
        confidence *= PITCH_FACTOR
    if len(chosen) >= 4:
        confidence *= 0.85
    return Classification(tuple(chosen), lang, round(confidence, 3))


KEEP_FACTOR = 0.6  # erasure read in a mail that also asks to keep the account or not to delete
INDIRECT_MARKETING_FACTOR = 0.7  # marketing read from a generic verb, no advertising word at all
STATUS_FACTOR = 0.6  # a mail that asks about the state of an earlier request

# "my request", "ma demande", "mijn verzoek", "meine Anfrage": an earlier request referred to
_REQUEST_NOUN = re.compile(
    r"\b(my|ma|mon|mijn|m'n|meine[nm]?|meiner|onze|our|notre|unsere[nm]?)\b (\w+ ){0,2}"
    r"(request|application|demande|requete|verzoek|aanvraag|vraag|anfrage|antrag|ersuchen)\b"
)


def _doubt(
    classification: Classification, matches: list[Match], full: str, spans: list[tuple[int, int]]
) -> Classification:
    """The confidence lowered for signs of an uncertain reading (seen on wrong-but-confident
    readings of blind mail): an erasure beside a wish to keep; marketing read from a generic
    verb ("stop sending anything") whose sentence names no channel, in a mail without a single
    advertising or list word; a mail that asks about an earlier request ("where is my
    request?"): a follow-up, whose request words tell of what was asked before."""
    types = classification.request_types
    if not types:
        return classification
    factor = 1.0
    if RequestType.ERASURE in types and _any(LEXICONS, "keep", full):
        factor *= KEEP_FACTOR
    marketing = (RequestType.MARKETING_OPT_OUT, RequestType.OBJECTION)
    for t in types:
        own = [m for m in matches if m.type is t]
        if (
            t in marketing
            and all(m.rule.target in (MARKETING, DIRECT_MARKETING) for m in own)
            and all(m.weight < STRONG for m in own)
            and not _any(LEXICONS, "advertising", full)
            and not any(
                _channel_named(full[spans[m.sentence][0] : spans[m.sentence][1]]) for m in own
            )
        ):
            factor *= INDIRECT_MARKETING_FACTOR
            break
    if any("?" in x and _REQUEST_NOUN.search(x) for x in (full[a:b] for a, b in spans)):
        # "where is my request?": a follow-up; what it mentions was asked before, not now
        factor *= STATUS_FACTOR
    if factor == 1.0:
        return classification
    return dataclasses.replace(
        classification, confidence=round(classification.confidence * factor, 3)
    )


def _held_when_weak(
    classification: Classification,
    matches: list[Match],
    full: str,
    spans: list[tuple[int, int]],
    in_subject: set[int],
) -> Classification:
    """A destructive type (erasure, restriction, rectification) read from no sentence that
    firmly asks for it: the reading is held for a person (see ``guard``)."""
    evidence: dict[RequestType, list[guard.Evidence]] = {}
    for m in matches:
        if m.type in guard.GUARDED:
            start, end = spans[m.sentence]
            sentence = full[start:end]
            found = guard.Evidence(
                part=_unqualified(_part_of(sentence, m.rule.pattern)),
                sentence=sentence,
                governing=(_lead_of(full, spans, m.sentence) + "\n" + sentence).strip(),
                title=m.sentence in in_subject or _heading(full, start, end),
            )
            evidence.setdefault(m.type, []).append(found)
    about = guard.asked_about(classification.request_types, evidence)
    if about:
        # "tell me when the data are deleted", "will my account be deleted?", "you already
        # deleted it": what is asked about, done, or described is no request of its own
        types = tuple(t for t in classification.request_types if t not in about)
        if not types:
            return dataclasses.replace(classification, request_types=(), confidence=0.0)
        classification = dataclasses.replace(classification, request_types=types)
    weak = guard.weak_types(classification.request_types, evidence, LEXICONS)
    if not weak or classification.confidence <= guard.HOLD_CONFIDENCE:
        return classification
    return dataclasses.replace(classification, confidence=guard.HOLD_CONFIDENCE)


# where a sentence turns to a new act of the writer's: "tell me what you hold, and then delete
# it", "… ; puis supprimez …", "… und danach löschen Sie …", and a German imperative coordinated
# after a comma ("teilen Sie mir mit, welche Daten Sie haben, und löschen Sie danach alles")
_NEXT_ACT = re.compile(
    r"[;:]|\b(and then|then|and afterwards|after that|but|en daarna|daarna|en vervolgens|"
    r"vervolgens|maar|et ensuite|ensuite|puis|mais|und dann|dann|danach|anschliessend|aber)\b|"
    r",\s*und (?=\w+en sie\b)"
)


def _lead_of(full: str, spans: list[tuple[int, int]], index: int) -> str:
    """A list item's lead-in ("I request you: … 2. to erase these data"): the nearest sentence
    before it that ends in a colon, when the item and those between are list items."""
    for i in range(index - 1, max(-1, index - 12), -1):
        before = full[spans[i][0] : spans[i][1]].rstrip()
        if before.endswith(":"):
            return before
        if not discourse.LIST_MARK.match(before):
            return ""
    return ""


def _part_of(sentence: str, pattern: re.Pattern[str]) -> str:
    """The part of ``sentence`` between the writer's acts that holds what ``pattern`` found."""
    found = pattern.search(sentence)
    if not found:
        return sentence
    left = 0
    for b in _NEXT_ACT.finditer(sentence):
        if b.end() > found.start():
            break  # (searched in the whole sentence: a turn may look at the verb that follows)
        left = b.end()
    b = _NEXT_ACT.search(sentence, found.end())
    return sentence[left : b.start() if b else len(sentence)]


def _channel_named(sentence: str) -> bool:
    return any(_any(LEXICONS, n, sentence) for n in ("post_or_phone", "electronic", "phone_calls"))


@cache
def _language_of_rule() -> dict[int, str]:
    return {id(r): lex.code for lex in LEXICONS for r in lex.rules}


def _strongest_language(matches: list[Match]) -> str:
    weights: dict[str, float] = {}
    codes = _language_of_rule()
    for m in matches:
        code = codes.get(id(m.rule))
        if code is not None:
            weights[code] = weights.get(code, 0.0) + m.weight
    if not weights:
        return "en"
    return max(weights, key=lambda k: weights[k])
