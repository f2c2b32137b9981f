"""Which parts of a letter ask, and which are context: the reading of a privacy officer.

An operative request is a speech act of the writer ("I hereby request …", "please delete …",
"I object", "I withdraw my consent") whose object is a right or its effect. Much of a formal
letter is something else, and a right named there is no request:

- the items of information an access request asks for (art. 15(1)(a)–(h): "the existence of the
  right to request rectification or erasure", "the right to lodge a complaint", "the existence
  of automated decision-making, including profiling"): part of the access request;
- what the controller must do besides ("art. 17(2) obliges you to inform other controllers …",
  "you must communicate any rectification to each recipient"): a duty;
- a condition on the controller's stance and its fallback ("if you object to the requested
  erasure, you must justify it", "if you cannot identify me, …");
- a reservation or threat ("otherwise I will lodge a complaint with the authority", "I reserve
  the right to take legal steps");
- a right named without the writer's act governing it ("under art. 21 data subjects have the
  right to object");
- a form pasted into the mail: a choice left unticked ("[ ] erasure", "☐ Löschung") asks for
  nothing; a ticked one ("[X] access", "☒ Auskunft") is the writer's act, whatever it cites;
  a catalogue of rights under a question ("Which rights can you exercise?") explains the form.

``read_roles`` gives each sentence (list items included) its context spans with their role;
``counts`` says whether a phrase found at a place asks for its type. Everything not marked as
context is operative, so short mails read as before.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from worker.classify.rules import Lexicon
from worker.domain import RequestType


class Role(StrEnum):
    OPERATIVE = "operative"  # the writer asks, now
    INFORMATION = "information"  # an item of information asked for: part of an access request
    DUTY = "duty"  # what the controller must do besides the right (inform, justify, notify)
    CONDITION = "condition"  # a condition on the controller's stance, and its fallback
    RESERVATION = "reservation"  # a reservation of rights, a threat
    CITATION = "citation"  # a right named, no act of the writer's governing it
    REPORTED = "reported"  # what someone else told the writer ("you told me that … will …")
    UNTICKED = "unticked"  # a form's choice left unticked ("[ ] erasure", "☐ Löschung")


# what an item of information may still ask for: information is access, a copy in a
# machine-readable format may be portability
_INFORMATION_TYPES = (RequestType.ACCESS, RequestType.PORTABILITY)
RIGHT_REACH = 40  # how far after "the right to" the right's own name may come


@dataclass(frozen=True)
class Span:
    start: int  # within the sentence
    end: int
    role: Role


@dataclass(frozen=True)
class Sentence:
    """One sentence or list item, with its context spans (the rest of it is operative)."""

    context: tuple[Span, ...] = ()
    item: bool = False  # a list item
    lead: bool = False  # it ends in ":" and introduces a list

    def role_at(self, pos: int) -> Role:
        for span in self.context:
            if span.start <= pos < span.end:
                return span.role
        return Role.OPERATIVE

    @property
    def roles(self) -> tuple[Role, ...]:
        return tuple(dict.fromkeys(s.role for s in self.context))


OPERATIVE = Sentence()

LIST_MARK = re.compile(
    r"^\s*(?:[-*•·▪◦–]|\(?\d{1,2}[.)]|\(?[a-h][.)]|\(?(?:i{1,3}|iv|vi{0,3}|ix|x)[.)])\s+"
)


def _any(lexicons: Sequence[Lexicon], name: str, text: str, pos: int = 0) -> re.Match | None:
    found = [m for m in (lex.rx(name).search(text, pos) for lex in lexicons) if m]
    return min(found, key=lambda m: m.start()) if found else None


def read_roles(
    full: str, spans: Sequence[tuple[int, int]], lexicons: Sequence[Lexicon], body_start: int
) -> list[Sentence]:
    """The roles of each sentence of ``full`` (``spans``); sentences before ``body_start`` (the
    subject) are titles, operative as they stand."""
    out: list[Sentence] = []
    informing: bool | None = None  # inside a list: whether its lead-in asks for information
    catalogue = False  # inside a list under a question about rights: the form's explanation
    for index, (start, end) in enumerate(spans):
        sentence = full[start:end]
        if start < body_start:
            out.append(OPERATIVE)
            continue
        mark = LIST_MARK.match(sentence)
        own_line = start == 0 or full[start - 1] == "\n"
        after_blank = full[max(0, start - 2) : start] == "\n\n"
        boxes = _boxes(sentence)
        if boxes is not None:
            out.append(boxes)  # a form's tick boxes: only the ticked choices ask
            catalogue = False
            continue
        if own_line and _form_heading(full, sentence, spans, index):
            # "3. Data portability (Art. 20)" over its tick boxes: the section's title; which
            # choice the writer made, the boxes under it say
            out.append(Sentence((Span(0, len(sentence), Role.CITATION),)))
            informing = None
            catalogue = False
            continue
        if catalogue and own_line and (mark or not after_blank):
            out.append(Sentence((Span(0, len(sentence), Role.CITATION),), item=True))
            continue
        catalogue = False
        if _CATALOGUE.search(sentence.rstrip()):
            catalogue = True  # "Which rights can you exercise?" over a list explaining them
            out.append(Sentence((Span(0, len(sentence), Role.CITATION),)))
            continue
        if informing is not None and not own_line and out and out[-1].item:
            out.append(_item(sentence, None, informing, lexicons))  # a long item, cut in pieces
            continue
        if informing is not None and own_line and (mark or not after_blank):
            out.append(_item(sentence, mark, informing, lexicons))  # the list goes on
        elif mark:
            # a list whose lead-in ends without a colon ("… bitte ich um Auskunft über")
            before = full[spans[index - 1][0] : spans[index - 1][1]] if index else ""
            informing = bool(
                _any(lexicons, "information_lead", before)
                or _any(lexicons, "information_head", before)
            )
            out.append(_item(sentence, mark, informing, lexicons))
        else:
            read = _sentence(sentence, lexicons)
            informing = None
            if sentence.rstrip().endswith(":"):
                informing = bool(
                    _any(lexicons, "information_lead", sentence)
                    or _any(lexicons, "information_head", sentence)
                )
                read = Sentence(read.context, lead=True)
            out.append(read)
    return out


# a tick box: "[ ]", "[X]", "☐", "☒", "( )", "(x)"; ticked when it holds a cross or a check
_BOX = re.compile(r"\[ ?\]|\[ ?[xv✓✔] ?\]|[☐□☒☑✅]|\( \)|\([xv]\)")
_TICKED = re.compile(r"[xv✓✔☒☑✅]")
# a question about which rights may be exercised: "which rights can you exercise?"
_CATALOGUE = re.compile(
    r"\b(which|what|welke|quels?|quelles?|welche)\b.{0,40}\b(rights?|rechten|droits?|rechte)\b"
    r"(?=.{0,60}\b(you|u|vous|sie)\b).{0,60}\?$"
)


FORM_HEADING_WORDS = 12  # a form's section heading is short


def _form_heading(full: str, sentence: str, spans: Sequence[tuple[int, int]], index: int) -> bool:
    """A pasted form's section heading: a short line of its own, without a full stop, whose
    next line holds tick boxes ("4. Objection to processing (Art. 21)" over "[ ] on grounds …",
    "[X] for direct marketing")."""
    text = sentence.strip()
    if not text or len(text.split()) > FORM_HEADING_WORDS or text[-1] in ".!?" or _BOX.search(text):
        return False
    if index + 1 >= len(spans):
        return False
    start, end = spans[index + 1]
    if full[spans[index][1] : start].count("\n") != 1:
        return False  # the boxes follow on the very next line
    return _BOX.match(full[start:end].lstrip()) is not None


def _boxes(sentence: str) -> Sentence | None:
    """A line of a pasted form's tick boxes: each unticked choice, up to the next box, asks for
    nothing; None when the sentence holds no box."""
    marks = list(_BOX.finditer(sentence))
    if not marks:
        return None
    spans = []
    for i, m in enumerate(marks):
        end = marks[i + 1].start() if i + 1 < len(marks) else len(sentence)
        if not _TICKED.search(m.group()):
            spans.append(Span(m.start(), end, Role.UNTICKED))
    return Sentence(tuple(spans), item=True)


def _item(
    sentence: str, mark: re.Match | None, informing: bool, lexicons: Sequence[Lexicon]
) -> Sentence:
    """A list item: information asked for when its lead-in asks for information or the item
    names some ("the purposes of the processing"); otherwise read like a sentence."""
    body = sentence[mark.end() :] if mark else sentence
    if informing or _any(lexicons, "information_item", body):
        return Sentence((Span(0, len(sentence), Role.INFORMATION),), item=True)
    return _sentence(sentence, lexicons, item=True)


def _sentence(sentence: str, lexicons: Sequence[Lexicon], item: bool = False) -> Sentence:
    context: list[Span] = []
    end = len(sentence)
    reservation = _any(lexicons, "reservation", sentence)
    if reservation:
        context.append(Span(reservation.start(), end, Role.RESERVATION))
    reported = _any(lexicons, "reported", sentence)
    if reported:
        context.append(
            Span(reported.start(), _next_phrase(sentence, reported.end(), lexicons), Role.REPORTED)
        )
    reaction = _any(lexicons, "reaction", sentence)
    if reaction:
        context.append(Span(reaction.start(), end, Role.CONDITION))
    duty = _any(lexicons, "duty", sentence)
    if duty:
        start = _clause_start(sentence, duty.start())
        context.append(Span(start, _next_phrase(sentence, duty.end(), lexicons), Role.DUTY))
    for head in _WHETHER_RIGHT.finditer(sentence):
        # "… and whether I have the right to rectification or erasure": asked about, as access
        context.append(
            Span(head.start(), _next_phrase(sentence, head.end(), lexicons), Role.INFORMATION)
        )
    for head in _all(lexicons, "information_head", sentence):
        context.append(
            Span(head.end(), _next_phrase(sentence, head.end(), lexicons), Role.INFORMATION)
        )
    named = _all(lexicons, "right_named", sentence)
    if named and not _titled(sentence) and not _any(lexicons, "speech_act", sentence):
        # "under art. 21 data subjects have the right to object": a citation; "pursuant to
        # art. 17, I request …", "I exercise my right of access": the writer's act governs it
        for m in named:
            context.append(Span(m.start(), m.end() + RIGHT_REACH, Role.CITATION))
    entitled = _ENTITLED.search(sentence)
    asking = _ASKING.search(sentence)
    if (
        entitled
        and not _any(lexicons, "speech_act", sentence)
        # "vous pouvez demander l'effacement" is the entitlement itself, not "vous pouvez effacer"
        and not (asking and not entitled.start() <= asking.start() < entitled.end())
        and not sentence.rstrip().endswith("?")
    ):
        # "the notice says I can request erasure at any time": an entitlement, not an act
        context.append(Span(0, len(sentence), Role.CITATION))
    return Sentence(tuple(context), item=item)


# an entitlement stated, no act: what the writer, the reader or anyone "can request" ("I know I
# can ask for erasure at any time", "vous pouvez à tout moment demander l'effacement", "dass ich
# jederzeit Auskunft, Löschung usw. verlangen kann", "dat je na vertrek alles mag laten
# verwijderen"); the words between never name the addressee ("I can only ask you to delete …"
# asks), and the subject comes first (an inverted "mag ik u vragen …" asks)
_NOT_ADDRESSEE = r"((?!(u|jullie|you|vous|te|sie|ihnen|euch|dich)\b)[\w']+ )"
_ENTITLED = re.compile(
    r"\b(i|we|you|one|customers?|consumers?|employees?|everyone|anyone|people|data subjects?|"
    r"he|she|they)\b (\w+ ){0,2}?(can|may|could|might|(am|are|is) (also )?entitled to|"
    r"(have|has) (also )?the right to)( at any time| always| also)? "
    r"(request|ask for|demand|obtain|exercise|withdraw)\b(?! (you|that you)\b)|"
    r"\b(ik|je|u|men|we|wij|klanten|consumenten|iedereen|werknemers|hij|zij)\b "
    r"(\w+ ){0,6}?(kan|kunt|kunnen|mag|mogen|(heb|hebt|heeft|hebben) (ook )?het recht( om)?)\b "
    rf"{_NOT_ADDRESSEE}{{0,4}}?(vragen|verzoeken|eisen|laten (verwijderen|wissen|schrappen|"
    r"verbeteren|aanpassen)|uitoefenen|intrekken)\b|"
    r"\b(je|j'|vous|on|le consommateur|les consommateurs|le client|les clients|chacun|"
    r"toute personne|il|elle|ils|elles) ?(\w+ ){0,3}?(peux|peut|pouvez|peuvent|pourrai|"
    r"pourrais|pourra|pourrez|(ai|avez|a|ont) (aussi |egalement )?le droit|suis en droit|"
    rf"etes en droit)\b( de| d')? ?{_NOT_ADDRESSEE}{{0,8}}?(demander|exiger|obtenir|solliciter|"
    r"exercer|retirer)\b|"
    r"\b(ich|sie|man|kunden|verbraucher|jeder|jede|betroffene)\b [^.?!]{0,80}?"
    r"\b(verlangen|beantragen|fordern|geltend machen|ausuben|widerrufen) "
    r"(kann|kannst|konnen|darf|durfen|konnte|konnten)\b|"
    r"\b(ich|sie|man|kunden|verbraucher|jeder|jede|betroffene) (kann|kannst|konnen|darf|durfen|"
    r"(habe|haben|hat) (auch )?das recht)\b [^.?!]{0,60}?\b(zu )?(verlangen|beantragen|fordern|"
    r"ausuben|widerrufen)\b"
)


# whether the writer has a right: a question about the right, part of an access request
_WHETHER_RIGHT = re.compile(
    r"\b(whether|if|of|si|ob) (i|we|ik|wij|we|je|j'|nous|ich|wir) (\w+ ){0,3}?"
    r"(the |a |het |een |le |un |das |ein )?(rights?|recht|rechten|droits?|rechte)\b"
)


TITLE_WORDS = 6  # a sentence this short that names a right is a title ("Right of access.")


def _titled(sentence: str) -> bool:
    return len(sentence.split()) <= TITLE_WORDS


def _all(lexicons: Sequence[Lexicon], name: str, text: str) -> list[re.Match]:
    return [m for lex in lexicons for m in lex.rx(name).finditer(text)]


_CLAUSE_MARK = re.compile(r"[,;:()]")


def _clause_start(sentence: str, pos: int) -> int:
    """Where the clause holding ``pos`` begins: after the nearest , ; : ( before it."""
    left = 0
    for m in _CLAUSE_MARK.finditer(sentence, 0, pos):
        left = m.end()
    return left


def _next_phrase(sentence: str, pos: int, lexicons: Sequence[Lexicon]) -> int:
    """Where the next verb phrase of the writer's begins after ``pos`` (a head's scope ends
    there), or the sentence's end."""
    found = _any(lexicons, "new_phrase", sentence, pos)
    return found.start() if found else len(sentence)


def counts(sentence: Sentence, start: int, end: int, request_type: RequestType) -> bool:
    """Whether a phrase for ``request_type`` found at ``start:end`` of the sentence asks for it:
    it must lie in an operative part from end to end ("I ask you to tell me whether the
    objection leads to the deletion of my account": the request verb is operative, the deletion
    it reaches is asked about)."""
    for role in (sentence.role_at(start), sentence.role_at(max(start, end - 1))):
        if role is Role.INFORMATION and request_type not in _INFORMATION_TYPES:
            return False
        if role not in (Role.OPERATIVE, Role.INFORMATION):
            return False
    return True


# a request put as a question ("can you delete my account?", "kunt u … verwijderen?")
# what a leave to ask may not reach: a question word ("may I ask you when …" asks about it)
_NOT_A_QUESTION = (
    r"(?!,? (whether|when|if|how|why|what|which|wanneer|hoe|waarom|wat|welke|of|si|quand|"
    r"comment|pourquoi|quel\w*|ob|wann|wie|warum|was|welche\w*)\b)"
)
_ASKING = re.compile(
    r"\b(can|could|would|will) you\b|"
    # whether it can be done, asked of the reader: "would it be possible to delete …", "is het
    # mogelijk om … te verwijderen", "serait-il possible de …", "wäre es möglich, … zu löschen",
    # "would you be so kind as to …", "wären Sie so freundlich, …"
    r"\b(would|will|is|could) it be possible to\b|\bis it possible (for you )?to\b|"
    r"\b(would|could) you be so kind\b|"
    r"\b(is|zou|zal) het (\w+ )?mogelijk (zijn )?(om|dat)\b|"
    r"\b(zou|zoudt|wil|wilt) (u|je|jullie) zo (vriendelijk|goed) (willen )?zijn\b|"
    r"\b(serait|est)[- ]il possible (de\b|d')|"
    r"\b(seriez|etes)[- ]vous (assez )?(aimable|gentil)\w*\b|"
    r"\b(ware|ist) es (\w+ )?moglich\b|\b(waren|sind) sie so (freundlich|nett|gut)\b|"
    # the writer asks leave to ask: "may I ask you to delete …", "mag ik u vragen …", "puis-je
    # vous demander de …", "darf ich Sie bitten, …"
    rf"\b(may|might|could|can) (i|we) (please |kindly )?(ask|request|beg) (you|that you)\b"
    rf"{_NOT_A_QUESTION}|"
    rf"\b(mag|mogen|kan|kunnen|zou|zouden) (ik|wij|we) (u|jullie|je) (\w+ )?(vragen|verzoeken)\b"
    rf"{_NOT_A_QUESTION}|"
    rf"\b(puis|pourrais|pourrions|peux|pouvons)[- ](je|nous)( \w+)? (vous|te) (demander|prier)\b"
    rf"{_NOT_A_QUESTION}|"
    rf"\b(je|nous) (peux|pourrais|pouvons|pourrions) (\w+ )?(vous|te) (demander|prier)\b"
    rf"{_NOT_A_QUESTION}|"
    rf"\b(darf|durfte|durfen|konnte|kann|konnen) (ich|wir) (sie|dich|euch) (\w+ )?"
    rf"(bitten|ersuchen)\b{_NOT_A_QUESTION}|"
    r"\b(kunt|kan|wil|wilt|zou|zoudt|kunnen|willen|mogen) (u|je|jij|jullie|ge|gij)\b|"
    r"\bkunde\b|"  # Flemish "kunt ge": "kunde dat wissen?"
    r"\b(pouvez|pourriez|voulez|voudriez)[- ]vous\b|\b(peux|pourrais|veux)[- ]tu\b|"
    r"\b(tu peux|tu pourrais|vous pouvez|vous pourriez)\b|"  # spoken: "tu peux effacer ça ?"
    r"\b(konnen|konnten|wurden|wollen|mogen) sie\b|\b(kannst|konntest|wurdest) du\b|"
    r"\b(konnt|konntet|wurdet|wollt) ihr\b|"
    # the same in the passive, asked of what may be done: "can those be wiped?"
    r"\b(can|could) (\w+ ){1,5}?be (deleted|erased|wiped|removed|destroyed|purged|"
    r"taken (out|off|down)|put right|corrected|rectified|amended)\b|"
    r"\b(must|should|has to|have to|needs? to|is to|are to) be "
    r"(deleted|erased|removed|destroyed)\b|"
    r"\b(moeten|moet|dienen|dient) (\w+ ){0,3}(verwijderd|gewist|vernietigd)\b|"
    # Flemish everyday: the thing asked as the subject ("kan mijn account weg?", "mag alles wat
    # jullie van mij hebben de vuilbak in?")
    r"(^|[.!?]\s*)(kan|mag|mogen|kunnen) (alles|al mijn|mijn|m'n|die|dat|deze|dit)\b.{0,80}"
    r"\b(weg|verwijderd( worden)?|gewist( worden)?|geschrapt( worden)?|"
    r"(vuilbak|vuilnisbak|prullenbak|prullenmand|papiermand|versnipperaar) in)\s*\?|"
    r"\b(doivent|doit) (\w+ ){0,2}(etre )?(supprimees?|effacees?|detruites?)\b|"
    r"\b(sind|ist|mussen|muss) (\w+ ){0,3}(zu loschen|geloscht werden)\b|"
    # a representative tells what the data subject asks: "our client asks", "il vous demande"
    r"\b(client|clients|clientes?|mandant\w*|cliente?n?)\b (\w+ ){0,3}"
    r"(asks|requests|wishes|wants|demands|"
    r"instructs|verzoekt|vraagt|wenst|wil|eist|demande|souhaite|exige|bittet|verlangt|beantragt|"
    r"fordert|wunscht|mochte)\b|\b(he|she|they|hij|zij|il|elle|ils|er|sie) (\w+ )?(asks|requests|"
    r"wishes|wants|demands|verzoekt|vraagt|wenst|eist|demande|souhaite|exige|bittet|verlangt|"
    r"beantragt|fordert|wunscht)\b|"
    # the same with the verb first (German, Dutch): "darüber hinaus verlangt er, dass …"
    r"\b(bittet|verlangt|beantragt|fordert|wunscht|verzoekt|vraagt|wenst|eist) (er|sie|hij|zij)\b"
)


def wished(sentence: str, lexicons: Sequence[Lexicon]) -> bool:
    """Whether the sentence holds the writer's own wish: a speech act ("I request", "please",
    an imperative), or a request put as a question or as what must be done."""
    return bool(_any(lexicons, "speech_act", sentence) or _ASKING.search(sentence))
