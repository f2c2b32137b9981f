"""Who writes, for whom, and when: what staff must know about a request besides its rights.

- ``on_behalf``: a representative writes for the data subject ("on behalf of my mother, Margaret
  Ellis", "namens mijn cliënt", "au nom de mon père", "im Namen meiner Mutter"), with the data
  subject's name when the letter states it;
- ``reminder``: the letter reminds of an earlier request ("Reminder", "second request", or an
  earlier request said to be unanswered), with the date the writer says they first wrote;
- ``authority_complaint``: a copy of a complaint lodged with a supervisory authority (not a
  complaint to us, and not a threat of one), and where the copied complaint begins: what it asks,
  it asks of the authority.

Pure functions over the folded text the reader prepared; the data subject's name is taken from
the original text (``original_span``), as it was written.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
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


def read_framing(
    full: str,
    spans: Sequence[tuple[int, int]],
    lexicons: Sequence[Lexicon],
    original: normalize.Aligned,
    roles: Sequence[discourse.Sentence],
) -> Framing:
    """The framing of a letter whose sentences are ``spans`` of ``full``, with their ``roles``;
    ``original`` is the text as written (for the data subject's name)."""
    # what the writer tells as fact: not a reservation, condition or duty ("if I receive no
    # reply, …" is no unanswered request; "… that I have requested the erasure" is a duty's)
    told = [_told(role) for role in roles]
    copied = _copied_complaint(full, spans, lexicons, told, roles)
    own = range(copied if copied is not None else len(spans))  # a copied complaint is not ours
    sentences = [full[a:b] for a, b in spans]
    # a form's question ("Are you acting on behalf of the data subject?") tells nothing
    behalf = _first(lexicons, "on_behalf", [sentences[i] for i in own if "?" not in sentences[i]])
    reminding = [sentences[i] for i in own if told[i] and _has(lexicons, "reminder", sentences[i])]
    history = [i for i, s in enumerate(sentences) if told[i] and _earlier(s, lexicons)]
    unanswered = any(told[i] and _has(lexicons, "unanswered", sentences[i]) for i in own)
    reminder = bool(reminding) or (any(i in own for i in history) and unanswered)
    lodged = any(
        told[i] and _has(lexicons, "authority_complaint", s) for i, s in enumerate(sentences)
    )
    complaint = lodged or copied is not None
    dated = reminding + [sentences[i] for i in history]
    return Framing(
        on_behalf=behalf is not None,
        data_subject=_name_after(original, lexicons) if behalf is not None else "",
        reminder=reminder,
        renewed=reminder and any(told[i] and _has(lexicons, "renewal", sentences[i]) for i in own),
        first_written=_earliest_date(dated) if reminder or complaint else None,
        authority_complaint=complaint,
        authority_from=spans[copied][0] if copied is not None else None,
    )


_NOT_TOLD = {discourse.Role.RESERVATION, discourse.Role.CONDITION, discourse.Role.DUTY}


def _told(role: discourse.Sentence) -> bool:
    return not set(role.roles) & _NOT_TOLD


def _earlier(sentence: str, lexicons: Sequence[Lexicon]) -> bool:
    """An earlier request told of: "I asked you on …", "my request of 3 March"."""
    return _has(lexicons, "history", sentence) or _has(lexicons, "earlier_request", sentence)


def _has(lexicons: Sequence[Lexicon], name: str, text: str) -> bool:
    return any(lex.rx(name).search(text) for lex in lexicons)


def _first(lexicons: Sequence[Lexicon], name: str, sentences: list[str]) -> str | None:
    for sentence in sentences:
        if _has(lexicons, name, sentence):
            return sentence
    return None


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
        # the complaint named in the address line ("Complaint to the DPC") or below it; a
        # separator line above the address ("-----") is no part of it
        address = _SEPARATORS.sub("", sentence)
        if _has(lexicons, "authority_address", address) and (
            _COMPLAINT.match(address) or _COMPLAINT.search(full, end, end + COMPLAINT_REACH)
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
            and _COMPLAINT.search(sentence)
        )
        if not lodged:
            continue
        if _BELOW.search(sentence):
            return index + 1  # "below is the complaint I lodged with the GBA today": the copy
        following = full[spans[index + 1][0] : spans[index + 1][1]]
        if (
            index + 2 < len(spans)
            and len(following.split()) <= ANNOUNCE_WORDS
            and _BELOW.search(following)
            and not _COMPLAINT.search(following)
        ):
            return index + 2  # "I lodged a complaint with the APD today. Here is its text."
    return None


# the text that follows is meant: "below", "hieronder", "ci-dessous", "unten", "nachstehend"
_BELOW = re.compile(
    r"\b(below|underneath|hereunder|hieronder|onderstaande?|hierna|ci-dessous|ci-apres|"
    r"(nach|weiter )?unten|nachstehend\w*|im folgenden|folgende\w*|"
    # or enclosed with it: "here is", "voici", "hierbij", "beiliegend", "ci-joint"
    r"here is|herewith|enclosed|attached|hier is|hierbij|bijgevoegd|in bijlage|voici|ci-joint\w*|"
    r"en annexe|beiliegend\w*|anbei|anliegend\w*|beigefugt\w*)\b"
)
_SEPARATORS = re.compile(r"^\s*([-_=*~])\1{2,}\s*")
_COMPLAINT = re.compile(r"\b(complain\w*|klacht\w*|plainte|reclamation|beschwerde\w*)")
ANNOUNCE_WORDS = 10  # "En voici le texte, pour votre information."
COMPLAINT_REACH = 2000  # how far below the address line the complaint is named


# ---- the data subject's name, from the original text


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_TITLES = _words(
    "mr mrs ms miss dr prof mevrouw mevr meneer dhr heer madame mme mlle monsieur m herr frau "
    "herrn sir madam"
)
# kinship and client words, capitalised in German ("im Namen meiner Mutter, Frau …")
_RELATIONS = _words(
    "mutter vater sohn sohnes tochter mann mannes ehemann ehemannes ehefrau gattin gatte gatten "
    "kind kindes kinder bruder bruders schwester oma opa grossmutter grossvater tante onkel "
    "mandant mandantin mandanten mandantschaft klient klientin betreute betreuten partner "
    "partnerin lebensgefahrte lebensgefahrtin eltern"
)
_PARTICLES = _words("van de der den von zu du le la ter ten di da dos del des vom")
_NOT_NAMES = _words(
    "i the my our your his her their she he it they we you a an this that mijn onze zijn haar "
    "hij zij ik wij ma mon mes notre nos sa son ses il elle je nous meine meiner meines mein "
    "unsere unser seine ihre sie er ich wir dear geachte beste cher chere sehr"
)
_TOKEN = re.compile(r"[^\W\d_][\w'’.-]*")
NAME_REACH = 100  # how far after "on behalf of" the name may be


def _name_after(original: normalize.Aligned, lexicons: Sequence[Lexicon]) -> str:
    """The capitalised name that follows the on-behalf phrase in the original text ("… of my
    mother, Margaret Ellis, …" → "Margaret Ellis"); "" when there is none near."""
    cue = None
    for lex in lexicons:
        m = lex.rx("on_behalf").search(original.folded)
        if m and (cue is None or m.start() < cue.start()):
            cue = m
    if cue is None:
        return ""
    window = original.original_span(cue.end(), min(len(original.folded), cue.end() + NAME_REACH))
    window = re.split(r"\n\s*\n|[!?;:()]", window)[0]
    name: list[str] = []
    titled = False
    for m in _TOKEN.finditer(window):
        word = m.group().rstrip(".")
        between = window[m.start() - 2 : m.start()] if m.start() >= 2 else ""
        if name and ("." in between and word.lower() not in _TITLES and len(name[-1]) > 1):
            break  # a sentence ended
        if word.lower() in _TITLES and word[:1].isupper():
            titled, name = True, []  # "meiner Mutter, Frau Helga Schulz": the name comes now
            continue
        if normalize.fold(word) in _RELATIONS:
            name = []
            continue
        capitalised = word[:1].isupper() and word.lower() not in _NOT_NAMES
        if capitalised or (name and word.lower() in _PARTICLES):
            name.append(word)
        elif name:
            break
        if len(name) >= 5:
            break
    while name and name[-1].lower() in _PARTICLES:
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


def parse_dates(text: str) -> list[date]:
    """Every full date (day, month, year) written in ``text`` (folded), in any of the four
    languages' usual forms."""
    out: list[date] = []
    for rx, order in _DATES:
        for m in rx.finditer(text):
            parts = dict(zip(order, m.groups(), strict=True))
            year = int(parts["y"])
            year = year + 2000 if year < 100 else year
            month = _MONTHS[parts["M"]] if "M" in parts else int(parts["m"])
            try:
                out.append(date(year, month, int(parts["d"])))
            except ValueError:
                continue
    return out


def _earliest_date(sentences: list[str]) -> date | None:
    dates = [d for s in sentences for d in parse_dates(s)]
    return min(dates) if dates else None
