"""Who writes, for whom, and when: what staff must know about a request besides its rights.

- ``on_behalf``: a representative writes for the data subject ("on behalf of my mother, Margaret
  Ellis", "namens mijn cliënt", "au nom de mon père", "im Namen meiner Mutter"), with the data
  subject's name when the letter states it;
- ``reminder``: the letter reminds of an earlier request ("Reminder", "second request", or an
  earlier request said to be unanswered), with the date the writer says they first wrote;
- ``authority_complaint``: a copy of a complaint lodged with a supervisory authority (not a
  complaint to us, and not a threat of one), and where the copied complaint begins: what it asks,
  it asks of the authority.

Representatives are read by their role ("I hold a lasting power of attorney", "administratrice
des biens de", "ik ben de bewindvoerder", "Erwachsenenvertreterin von", "onze gebruiker") or by
the relative the letter is about (a relative named, and their data asked about or they cannot
write: dead, a minor); not where the one "represented" is the writer, the company or an
organisation speaking for itself. The date first written is read whenever the letter tells of an
earlier request with a date (the first date of each sentence that tells of it, the earliest of
those); a day and month without a year ("on 3 March", "le 1er octobre", "am 1. Oktober", "op 15
september jl.") take the year that puts them nearest the mail's latest past full date (its own
date, a quoted header), else the day it is read, never after it. Relative dates ("two months
ago", "vorige week") are not recorded: a statutory deadline cannot run from an approximation,
and the reminder's deadline then counts from the day the mail came in.

Pure functions over the folded text the reader prepared; the data subject's name is taken from
the original text (``original_span``), as it was written.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from worker.classify import discourse, normalize
from worker.classify.rules import Lexicon


@dataclass(frozen=True)
class Framing:
    on_behalf: bool = False
    data_subject: str = ""  # as written, "" when the letter names no one
    reminder: bool = False
    renewed: bool = False  # the reminder asks again: the earlier request is made anew
    first_written: date | None = None
    authority_complaint: bool = False
    authority_from: int | None = None  # where in the folded text a copied complaint begins
    authority_to: int | None = None  # where it ends, when it is quoted and the writer goes on


def read_framing(
    full: str,
    spans: Sequence[tuple[int, int]],
    lexicons: Sequence[Lexicon],
    original: normalize.Aligned,
    roles: Sequence[discourse.Sentence],
    today: date | None = None,
) -> Framing:
    """The framing of a letter whose sentences are ``spans`` of ``full``, with their ``roles``;
    ``original`` is the text as written (for the data subject's name); ``today``: the day the
    letter is read (the day it came in), for a date written without its year."""
    # what the writer tells as fact: not a reservation, condition or duty ("if I receive no
    # reply, …" is no unanswered request; "… that I have requested the erasure" is a duty's)
    told = [_told(role) for role in roles]
    copied = _copied_complaint(full, spans, lexicons, told, roles)
    own = range(copied if copied is not None else len(spans))  # a copied complaint is not ours
    sentences = [full[a:b] for a, b in spans]
    # a form's question ("Are you acting on behalf of the data subject?") tells nothing
    asked = [sentences[i] for i in own if "?" not in sentences[i]]
    behalf = _representative(asked, lexicons) or _relative(
        [sentences[i] for i in own if told[i]], lexicons
    )
    # a mail about the company's own reminders ("ich habe eine Mahnung erhalten … In der
    # Mahnung steht", "c'est votre cinquième relance automatique"): its reminder words are
    # theirs, unless one names the writer's own request ("2e rappel – ma demande du 5 octobre")
    theirs = any(_their_reminder(lexicons).search(sentences[i]) for i in own)
    reminding = [
        sentences[i]
        for i in own
        if told[i]
        and _reminds(sentences[i], lexicons)
        and not _their_reminder(lexicons).search(sentences[i])
        and not (theirs and not _own_request(lexicons).search(sentences[i]))
    ]
    history = [i for i, s in enumerate(sentences) if told[i] and _earlier(s, lexicons)]
    unanswered = any(told[i] and _has(lexicons, "unanswered", sentences[i]) for i in own)
    renewed = any(told[i] and _has(lexicons, "renewal", sentences[i]) for i in own)
    # asked anew, not thanked again ("Danke nochmals") nor asked about ("où en est ma
    # demande ?": a question about the earlier request asks nothing anew)
    asks_again = any(
        told[i]
        and "?" not in sentences[i]
        and (_has(lexicons, "renewal", sentences[i]) or _has(lexicons, "maintained", sentences[i]))
        and not _has(lexicons, "thanks", sentences[i])
        for i in own
    )
    cancelled = any(_has(lexicons, "cancelled", sentences[i]) for i in own)
    lodged = any(
        (told[i] or _has(lexicons, "lodged_before", s))
        and (_has(lexicons, "authority_complaint", s) or _lodges(s, lexicons))
        for i, s in enumerate(sentences)
    )
    complaint = lodged or copied is not None
    # an earlier request told, unanswered or asked anew ("bereits am 2.10. habe ich Ihnen
    # mitgeteilt … ich widerspreche erneut"); not one withdrawn ("oubliez ma demande d'hier"),
    # nor the history a complaint to the authority tells
    asked_before = any(
        told[i]
        and (_asked_before(sentences[i], lexicons) or _own_request(lexicons).search(sentences[i]))
        for i in own
    )
    # a complaint (to the authority) tells of the unanswered request it is about: a reminder
    # only when it also asks again ("I maintain my request: please delete my account")
    # a reminder word names the writer's own earlier request: in the subject ("Rappel : demande
    # d'accès"), or in a mail that tells of an earlier request or of no answer; elsewhere it is
    # another reminder ("pas de rappel de taille", "een verkeerde herinnering" of an appointment)
    subject_end = full.find("\n")
    reminding = [
        s
        for s in reminding
        if any(i in own for i in history)
        or unanswered
        or asks_again
        or (spans and spans[0][0] <= subject_end and s == sentences[0])
    ]
    reminder = bool(reminding) or (
        any(i in own for i in history)
        and ((unanswered and not complaint) or (asks_again and asked_before))
        and not cancelled
    )
    dated = reminding + [sentences[i] for i in history]
    return Framing(
        on_behalf=behalf is not None,
        data_subject=_name_after(original, lexicons) if behalf is not None else "",
        reminder=reminder,
        renewed=reminder and renewed,
        # the date the writer says they first asked, whenever they tell of an earlier request
        # (a lawyer's "the original request, 3 November 2026" reminds of nothing); a day and
        # month without a year are dated by the letter's other dates (see ``parse_dates``)
        first_written=_earliest_date(dated, _reference(original.folded or full, today)),
        authority_complaint=complaint,
        authority_from=spans[copied][0] if copied is not None else None,
        authority_to=_quote_end(full, spans, copied) if copied is not None else None,
    )


_OPEN_QUOTE = re.compile(r'^\s*["\u201c\u201e\u00ab]')
_CLOSE_QUOTE = re.compile(r'["\u201d\u00bb]\W*$')


def _quote_end(full: str, spans: Sequence[tuple[int, int]], copied: int) -> int | None:
    """Where a copied complaint ends when it is quoted: the copy opens with a quotation mark in
    its first two sentences and one closes it; what the writer says after the quotation ("I
    still want my data.") is theirs again, asked of us. None when the copy runs to the end."""
    for first in range(copied, min(copied + 2, len(spans))):
        if not _OPEN_QUOTE.search(full[spans[first][0] : spans[first][1]]):
            continue
        for last in range(first, len(spans)):
            if _CLOSE_QUOTE.search(full[spans[last][0] : spans[last][1]]):
                return spans[last][1] if last + 1 < len(spans) else None
        return None
    # a copy set off by rule lines ("---" above it and below it): what follows the closing one
    # is the writer's again ("Meine Auskunftsanfrage bleibt bestehen.")
    above = [
        i for i in (copied - 1, copied) if i >= 0 and normalize.is_separator(_text(full, spans, i))
    ]
    if above:
        for last in range(above[-1] + 1, len(spans)):
            if normalize.is_separator(_text(full, spans, last)):
                return spans[last][1] if last + 1 < len(spans) else None
    return None


def _text(full: str, spans: Sequence[tuple[int, int]], index: int) -> str:
    return full[spans[index][0] : spans[index][1]]


_NOT_TOLD = {discourse.Role.RESERVATION, discourse.Role.CONDITION, discourse.Role.DUTY}


def _told(role: discourse.Sentence) -> bool:
    return not set(role.roles) & _NOT_TOLD


def _earlier(sentence: str, lexicons: Sequence[Lexicon]) -> bool:
    """An earlier request told of: "I asked you on …", "my request of 3 March"."""
    return (
        _asked_before(sentence, lexicons)
        or _has(lexicons, "earlier_request", sentence)
        or bool(_dated_request(lexicons).search(sentence))
    )


def _asked_before(sentence: str, lexicons: Sequence[Lexicon]) -> bool:
    """The writer tells of their own earlier request: "I asked you on …", "ik vroeg u …"."""
    return _has(lexicons, "history", sentence) or _has(lexicons, "earlier_act", sentence)


def _reminds(sentence: str, lexicons: Sequence[Lexicon]) -> bool:
    return _has(lexicons, "reminder", sentence)


def _has(lexicons: Sequence[Lexicon], name: str, text: str) -> bool:
    return any(lex.rx(name).search(text) for lex in lexicons)


def _first(lexicons: Sequence[Lexicon], name: str, sentences: list[str]) -> str | None:
    for sentence in sentences:
        if _has(lexicons, name, sentence):
            return sentence
    return None


# ---- the lexicons' framing cues. Each language's words are in its lexicon (``rules.Cues``);
# a cue whose words may come from different languages in one phrase ("I received een
# herinnering", "my request du 3 mars") is composed here of every lexicon's words, so that it
# reads what it read when it was one list of the four languages' words.

NOTHING = r"(?!)"
_COMPOSED: dict[tuple[str, tuple[str, ...]], re.Pattern[str]] = {}


def _alternatives(lexicons: Sequence[Lexicon], name: str) -> str:
    """The alternatives of every lexicon's ``name`` entry, as one alternation."""
    sources = [getattr(lex.cues, name) for lex in lexicons]
    return "|".join(s for s in sources if s != NOTHING) or NOTHING


def _composed(lexicons: Sequence[Lexicon], key: str, build: Callable[[], str]) -> re.Pattern[str]:
    """The pattern ``build`` makes of the lexicons' entries, compiled once per set of lexicons."""
    codes = (key, tuple(lex.code for lex in lexicons))
    if codes not in _COMPOSED:
        _COMPOSED[codes] = re.compile(build())
    return _COMPOSED[codes]


def _joined(lexicons: Sequence[Lexicon], name: str) -> re.Pattern[str]:
    """Every lexicon's ``name`` entry as one pattern, for where its matches are walked through
    (one pass over the text, as the lexicons' own entries would not give)."""
    return _composed(
        lexicons,
        f"={name}",  # apart from the composed patterns' own keys
        lambda: (
            "|".join(f"(?:{s})" for lex in lexicons if (s := getattr(lex.cues, name)) != NOTHING)
            or NOTHING
        ),
    )


def _relatives(lexicons: Sequence[Lexicon]) -> re.Pattern[str]:
    """The writer's relative, named as the one the letter is about: "my father, Harold
    Bennett", "ma maman", "mijn overleden echtgenoot", "meines verstorbenen Mannes"; the
    possessive, state and kin words from any of the lexicons."""
    return _composed(
        lexicons,
        "relatives",
        lambda: (
            rf"\b({_alternatives(lexicons, 'relative_owner')}) "
            rf"(({_alternatives(lexicons, 'relative_state')}) )?"
            rf"({_alternatives(lexicons, 'relative')})\b"
        ),
    )


def _dated_request(lexicons: Sequence[Lexicon]) -> re.Pattern[str]:
    """A request named by its date, not the company's ("request of 14 October", "demande du
    1er octobre", "Anfrage vom 12.10."): the words from any of the lexicons."""
    return _composed(
        lexicons,
        "dated_request",
        lambda: (
            "".join(f"(?<!{w} )" for w in _alternatives(lexicons, "your").split("|"))
            + rf"\b({_alternatives(lexicons, 'dated_request')}) "
            rf"({_alternatives(lexicons, 'dated_of')}) (\d|1er)"
        ),
    )


def _own_request(lexicons: Sequence[Lexicon]) -> re.Pattern[str]:
    """The writer's own request named: "my request was for …", "meine Anfrage vom 12.10.2026",
    "Your extension of the deadline – request of 14 October" (not "our client's request")."""
    return _composed(
        lexicons,
        "own_request",
        lambda: (
            rf"\b({_alternatives(lexicons, 'own_owner')}) (\w+ ){{0,2}}?"
            rf"({_alternatives(lexicons, 'own_request')})\b|" + _dated_request(lexicons).pattern
        ),
    )


def _filled(lexicons: Sequence[Lexicon], template: str) -> str:
    """``template`` with each ``<name>`` replaced by the lexicons' ``name`` words."""
    return re.sub(r"<(\w+)>", lambda m: _alternatives(lexicons, m.group(1)), template)


def _not_represented(lexicons: Sequence[Lexicon]) -> re.Pattern[str]:
    """A cue that names no one represented: the writer themself ("namens mij verstuurd via
    …"), the company ("Intrum acting for you"), an organisation speaking for itself ("on
    behalf of the works council", "namens de bvba …"); read just after the cue."""
    return _composed(
        lexicons,
        "not_represented",
        lambda: _filled(
            lexicons,
            r"^\W*(<not_for>)?(<not_whom>)\b|"
            r"^\W*(<not_for>)?(<not_the>)?((?!(<not_clause>) )\w+ ){0,2}?(<organisation>)\b",
        ),
    )


def _their_reminder(lexicons: Sequence[Lexicon]) -> re.Pattern[str]:
    """The company's own reminders, received: "ich habe eine Mahnung … erhalten", "een
    factuur en een herinnering", "these reminder emails", "votre cinquième relance
    automatique"."""
    return _composed(
        lexicons,
        "their_reminder",
        lambda: (
            _filled(
                lexicons,
                r"\b(<theirs_receive>)\b.{0,40}\b(<theirs_this>)\b.{0,20}\b(<theirs_reminder>)|"
                r"\b(<theirs_a>)\b (\w+ ){0,2}?(<theirs_reminder>)\b.{0,60}\b(<theirs_received>)\b|"
                r"\b(<theirs_reminder_mail>)[- ]?(<theirs_mail>)\b|"
                r"\b(<theirs_these>) (\w+ ){0,2}?(<theirs_reminders>)\b|"
                r"\b(<theirs_automatic>)\b.{0,20}\b(<theirs_auto_reminder>)|"
                r"\b(<theirs_reminder_auto>)s? automati\w+|",
            )
            + _joined(lexicons, "their_reminder").pattern
        ),
    )


def _copied_complaint(
    full: str,
    spans: Sequence[tuple[int, int]],
    lexicons: Sequence[Lexicon],
    told: list[bool],
    roles: Sequence[discourse.Sentence],
) -> int | None:
    """Where a copy of a complaint to a supervisory authority begins: the line that addresses
    the authority ("To the Information Commissioner's Office,") when a complaint follows it, or
    the sentence that lodges it ("I am hereby lodging a complaint according to article 77")."""
    body_start = full.find("\n") + 1  # the subject line addresses nobody
    for index, (start, end) in enumerate(spans):
        sentence = full[start:end]
        if start < body_start:
            continue
        # the complaint named in the address line ("Complaint to the DPC") or below it
        # the address line may follow a rule of dashes that the sentence split left on it
        line = _RULE.sub("", sentence)
        if (
            told[index]
            and _has(lexicons, "authority_address", line)
            and (
                any(lex.rx("complaint_named").match(line) for lex in lexicons)
                or any(
                    lex.rx("complaint_named").search(full, end, end + COMPLAINT_REACH)
                    for lex in lexicons
                )
            )
        ):
            return index
        if told[index] and _has(lexicons, "authority_lodging", sentence):
            return index
        if not told[index] or index + 1 >= len(spans):
            continue
        lodged = _has(lexicons, "authority_complaint", sentence) or (
            # "enclosed is a copy of the complaint I filed with the Datenschutzbehörde today";
            # not an item of information asked for ("… and the right to complain to the DPC")
            not roles[index].roles
            and not roles[index].item
            and _has(lexicons, "authority", sentence)
            and _has(lexicons, "complaint_named", sentence)
        )
        if not lodged:
            continue
        if _has(lexicons, "below", sentence):
            return index + 1  # "below is the complaint I lodged with the GBA today": the copy
        following = full[spans[index + 1][0] : spans[index + 1][1]]
        if (
            index + 2 < len(spans)
            and len(following.split()) <= ANNOUNCE_WORDS
            and _has(lexicons, "below", following)
            and not _has(lexicons, "complaint_named", following)
        ):
            return index + 2  # "I lodged a complaint with the APD today. Here is its text."
    return None


_RULE = re.compile(r"^[\W_]+")


def _lodges(sentence: str, lexicons: Sequence[Lexicon]) -> bool:
    """A complaint lodged (or being lodged) with a supervisory authority named here."""
    return (
        _has(lexicons, "authority", sentence)
        and _has(lexicons, "lodging", sentence)
        and not _has(lexicons, "prospect", sentence)
    )


ANNOUNCE_WORDS = 10  # "En voici le texte, pour votre information."
COMPLAINT_REACH = 2000  # how far below the address line the complaint is named


# ---- representatives and relatives (their words are the lexicons' cues: ``represents``,
# ``relative`` …, see ``rules.Cues``; the phrase lists' ``on_behalf`` is shared with the
# request-type rules)

NOT_REPRESENTED_REACH = 60  # how much text after a cue names who is represented

RELATIVE_REACH = 4  # sentences after the relative is named where their data may be asked of


DENIED_REACH = 25  # characters before a representative's cue that may deny it
_DENIED = re.compile(
    r"\b(not|never|niet|nooit|pas|jamais|nicht|nie|keineswegs)\b(?!.*\b(only|alleen|seulement|nur)\b)"
)


def _representative(sentences: list[str], lexicons: Sequence[Lexicon]) -> str | None:
    """The first sentence in which a representative says whom they write for."""
    firm = False  # the one represented is a company: its lawyer's "my client" is no person
    for sentence in sentences:
        cues = [m for lex in lexicons for m in lex.rx("on_behalf").finditer(sentence)]
        cues += list(_joined(lexicons, "represents").finditer(sentence))
        for m in sorted(cues, key=lambda m: m.start()):
            after = sentence[m.end() : m.end() + NOT_REPRESENTED_REACH]
            if _not_represented(lexicons).search(after):
                firm = firm or _has(lexicons, "firm", after)
                continue
            if _DENIED.search(sentence[max(0, m.start() - DENIED_REACH) : m.start()]):
                continue  # "we are not writing on behalf of any member", "ne … pas au nom de"
            if firm and _has(lexicons, "client", m.group()):
                continue  # "namens de bvba …": "mijn cliënte" is that company
            if m.group().startswith("namens") and _has(
                lexicons, "german_name", sentence[: m.start()]
            ):
                continue
            return sentence
    return None


def _relative(sentences: list[str], lexicons: Sequence[Lexicon]) -> str | None:
    """The sentence naming a relative of the writer's whose data the letter asks about ("my
    son's data … what details of his you still have"), or who cannot write themself (dead, a
    minor); a relative named in passing ("I ordered it for my son") is none."""
    for index, sentence in enumerate(sentences):
        if not _relatives(lexicons).search(sentence):
            continue
        near = sentences[index : index + RELATIVE_REACH]
        if any(_has(lexicons, "their_data", s) for s in near) or _has(
            lexicons, "cannot_write", sentence
        ):
            return sentence
    return None


# ---- the data subject's name, from the original text


def _word_set(lexicons: Sequence[Lexicon], name: str) -> frozenset[str]:
    """The words of every lexicon's ``name`` entry (a plain alternation: "mr|mrs|ms")."""
    words = _alternatives(lexicons, name)
    return frozenset(words.split("|")) if words != NOTHING else frozenset()


_TOKEN = re.compile(r"[^\W\d_][\w'’.-]*")
NAME_REACH = 100  # how far after "on behalf of" the name may be


def _name_after(original: normalize.Aligned, lexicons: Sequence[Lexicon]) -> str:
    """The capitalised name that follows the on-behalf phrase in the original text ("… of my
    mother, Margaret Ellis, …" → "Margaret Ellis"); "" when there is none near."""
    titles, particles = _word_set(lexicons, "titles"), _word_set(lexicons, "name_particles")
    # kinship and client words, capitalised in German ("im Namen meiner Mutter, Frau …")
    relations = _word_set(lexicons, "relations")
    not_names = _word_set(lexicons, "not_names")
    cue = None
    folded = original.folded
    patterns = [lex.rx("on_behalf") for lex in lexicons]
    patterns += [_joined(lexicons, "represents"), _relatives(lexicons)]
    for rx in patterns:
        for m in rx.finditer(folded):
            if _not_represented(lexicons).search(folded, m.end(), m.end() + NOT_REPRESENTED_REACH):
                continue
            if cue is None or m.start() < cue.start():
                cue = m
            break
    if cue is None:
        return ""
    window = original.original_span(cue.end(), min(len(original.folded), cue.end() + NAME_REACH))
    window = re.split(r"\n\s*\n|[!?;:()]", window)[0]
    name: list[str] = []
    titled = False
    for m in _TOKEN.finditer(window):
        word = m.group().rstrip(".")
        between = window[m.start() - 2 : m.start()] if m.start() >= 2 else ""
        if name and ("." in between and word.lower() not in titles and len(name[-1]) > 1):
            break  # a sentence ended
        if word.lower() in titles and word[:1].isupper():
            titled, name = True, []  # "meiner Mutter, Frau Helga Schulz": the name comes now
            continue
        if normalize.fold(word) in relations:
            name = []
            continue
        capitalised = word[:1].isupper() and word.lower() not in not_names
        if capitalised or (name and word.lower() in particles):
            name.append(word)
        elif name:
            break
        if len(name) >= 5:
            break
    while name and name[-1].lower() in particles:
        name.pop()
    if len(name) >= 2 or (name and titled):
        return " ".join(name)
    return ""


# ---- dates

_MONTHS = {
    # en, nl, fr, de (folded), with the usual abbreviations
    **dict.fromkeys(["january", "jan", "januari", "janvier", "januar", "janner"], 1),
    **dict.fromkeys(["february", "feb", "febr", "februari", "fevrier", "februar"], 2),
    **dict.fromkeys(["march", "mar", "maart", "mars", "marz", "maerz"], 3),
    **dict.fromkeys(["april", "apr", "avril"], 4),
    **dict.fromkeys(["may", "mei", "mai"], 5),
    **dict.fromkeys(["june", "jun", "juni", "juin"], 6),
    **dict.fromkeys(["july", "jul", "juli", "juillet"], 7),
    **dict.fromkeys(["august", "aug", "augustus", "aout"], 8),
    **dict.fromkeys(["september", "sep", "sept", "septembre"], 9),
    **dict.fromkeys(["october", "oct", "okt", "oktober", "octobre"], 10),
    **dict.fromkeys(["november", "nov", "novembre"], 11),
    **dict.fromkeys(["december", "dec", "dez", "decembre", "dezember"], 12),
}
_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))
_DATES = (
    # 2025-03-03
    (re.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b"), ("y", "m", "d")),
    # 03.03.2025, 3/3/2025, 03-03-25 (day first, as in Europe)
    (re.compile(r"\b(\d{1,2})[./-](\d{1,2})[./-](\d{4}|\d{2})\b"), ("d", "m", "y")),
    # 3 march 2025, 3. marz 2025, 1er mars 2025, 3rd of march 2025
    (
        re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th|er|e)?\.? (?:of )?({_MONTH})\.? (\d{{4}})\b"),
        ("d", "M", "y"),
    ),
    # march 3, 2025 / march 3rd 2025
    (re.compile(rf"\b({_MONTH})\.? (\d{{1,2}})(?:st|nd|rd|th)?,? (\d{{4}})\b"), ("M", "d", "y")),
)
# a day and month without the year: "on 3 March", "le 1er octobre", "am 1. Oktober", "op 15
# september jl.", "March 3rd", "am 11.11."
_NO_YEAR = r"(?![.,]? ?\d)"
_DAY_MONTH = (
    (
        re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th|er|e)?\.? (?:of )?({_MONTH})\b\.?{_NO_YEAR}"),
        ("d", "M"),
    ),
    (re.compile(rf"\b({_MONTH})\.? (\d{{1,2}})(?:st|nd|rd|th)?\b{_NO_YEAR}"), ("M", "d")),
    (
        re.compile(r"\b(?:am|vom|den|seit|le|du|op|van|on) (\d{1,2})\.(\d{1,2})\.(?![\d.])"),
        ("d", "m"),
    ),
)


def parse_dates(text: str, reference: date | None = None, latest: date | None = None) -> list[date]:
    """Every date written in ``text`` (folded), in the order written, in any of the four
    languages' usual forms: the full ones (day, month, year), and, given a ``reference`` day,
    those written without their year ("on 3 March", "le 1er octobre", "am 1. Oktober"): the
    year that puts the day nearest the reference, not after ``latest`` (default: the
    reference). A relative date ("two months ago", "vorige week") is no date: it is not read,
    since a deadline cannot be counted from an approximation."""
    return [d for _, d in _dates_at(text, reference, latest)]


def _dates_at(
    text: str, reference: date | None = None, latest: date | None = None
) -> list[tuple[int, date]]:
    out: list[tuple[int, date]] = []
    taken: list[tuple[int, int]] = []
    for rx, order in _DATES:
        for m in rx.finditer(text):
            parts = dict(zip(order, m.groups(), strict=True))
            year = int(parts["y"])
            year = year + 2000 if year < 100 else year
            month = _MONTHS[parts["M"]] if "M" in parts else int(parts["m"])
            try:
                out.append((m.start(), date(year, month, int(parts["d"]))))
            except ValueError:
                continue
            taken.append(m.span())
    if reference is None:
        return sorted(out, key=lambda x: x[0])
    bound = max(reference, latest or reference)
    for rx, order in _DAY_MONTH:
        for m in rx.finditer(text):
            if any(a <= m.start() < b for a, b in taken):
                continue
            parts = dict(zip(order, m.groups(), strict=True))
            month = _MONTHS[parts["M"]] if "M" in parts else int(parts["m"])
            candidates = []
            for year in (reference.year - 1, reference.year, reference.year + 1):
                try:
                    day = date(year, month, int(parts["d"]))
                except ValueError:
                    continue
                if day <= bound:
                    candidates.append(day)
            if candidates:
                out.append((m.start(), min(candidates, key=lambda d: abs(d - reference))))
    return sorted(out, key=lambda x: x[0])


def _reference(full: str, today: date | None) -> tuple[date, date]:
    """The day a date without its year is read near, and the day it may not be after: the
    latest full date the mail writes that is past (the letter's own date, a quoted mail's
    header: ``full`` is the whole text as it came, quotes included), else the day it is read
    (the day it came in); and that day."""
    today = today or date.today()
    written = [d for d in parse_dates(full) if d <= today]
    return (max(written) if written else today), today


def _earliest_date(sentences: list[str], reference: tuple[date, date]) -> date | None:
    """The earliest of the dates the ``sentences`` tell an earlier request by: the first date
    of each ("On 6 October I asked for the footage of 2 October": 6 October)."""
    firsts = []
    for sentence in sentences:
        found = _dates_at(sentence, *reference)
        if found:
            firsts.append(found[0][1])
    return min(firsts) if firsts else None
