"""How firmly a destructive reading rests on what the writer asked: erasure first.

An erasure, a restriction or a rectification read where none was asked is the worst mistake
the reader can make: it starts work that removes or changes data. Such a reading must rest on
at least one sentence in which the writer asks for it, firmly. A sentence is firm when it holds
the writer's own wish (a speech act, "please", an imperative, "I want", a request put as a
question, a permission given without condition) or is a title (the subject, a heading), and
none of these signs of weak evidence:

- a condition ("if you have already deleted my data, …", "falls …", "si …", "indien …");
- a question that asks about the effect, not for it ("will my account be deleted?", "si je
  supprime l'application, …?");
- the effect asked about, as information ("tell me when the data are deleted", "teilen Sie mir
  mit, nach welchen Fristen die Daten gelöscht werden"): part of an access request;
- an effect already done, or done by someone else ("you have already deleted", "bereits
  gelöscht", "mijn collega heeft gevraagd …");
- the company's duty or policy described ("you are obliged to erase", "your privacy notice says
  data are deleted after …").

Erasure needs a firm sentence. A restriction keeps the data and only stops their use (it is
often asked by a negated imperative, "don't use them until …"): it is held only when every
sentence it was read from shows a sign of weak evidence. A rectification is never carried out
without a person's approval (``rectification_pending``), so it is not held here.

A destructive type read from no firm sentence is held for a person: ``weak_types`` names it and
the reader caps the reading's confidence at ``HOLD_CONFIDENCE``, under the policy's
``min_confidence`` (the case gets ``low_confidence`` and waits for review). Holding a request
that was real costs a person a minute; acting on one that was not asked erases a customer.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from worker.classify import discourse
from worker.classify.rules import Lexicon
from worker.domain import RequestType

DESTRUCTIVE = (RequestType.ERASURE, RequestType.RESTRICTION, RequestType.RECTIFICATION)
GUARDED = (RequestType.ERASURE, RequestType.RESTRICTION)  # held when their evidence is weak
HOLD_CONFIDENCE = 0.45  # under the policy's min_confidence (0.6): the case waits for a person

# the writer's own wish, beyond the speech acts of the lexicons: "I'd like", "I expect", an
# imperative of a removing or correcting verb, a permission ("you may delete it all")
_WISH = re.compile(
    r"\b(i|we)('d| would)? (like|want|wish|need|expect|insist)\b|\bi'd like\b|"
    r"\b(i|we)('d| would| should)? (be (very |most )?(grateful|thankful|obliged)|appreciate)\b|"
    r"\b(ik|wij|we) (zou|zouden) (het )?(\w+ )?(op prijs stellen|dankbaar zijn)\b|"
    r"\b(ik|wij|we) (\w+ )?(verwacht|verwachten|eis|eisen|wil|wens)\b|"
    r"\b(je|j'|nous) ?(\w+ )?(veux|veu|voudrais|exige|attends|aimerais|souhaite|souhaiterais|"
    r"saurais gre|serais reconnaissante?)\b|"
    r"\b(ich|wir) (\w+ )?(erwarte|erwarten|verlange|fordere|will|mochte|hatte gerne?|"
    r"hatten gerne?|ware ihnen dankbar)\b|"
    r"(^|\n|[:;,.!]\s*|\b(and|so|now|en|et|und|dus|donc|also)\s+)"
    r"(delete|erase|remove|wipe|close|correct|change|update|amend|restrict|block|"
    r"verwijder|wis|schrap|corrigeer|verbeter|wijzig|pas|beperk|blokkeer|"
    r"supprim\w*|effac\w*|retir\w*|corrig\w*|rectifi\w*|modifi\w*|limit\w*|bloqu\w*|"
    r"loschen|entfernen|berichtigen|korrigieren|andern|sperren|einschranken)\b|"
    r"\b(loschen|entfernen|berichtigen|korrigieren|andern|sperren) sie\b|"
    r"\b(you|u|jullie|vous|sie) (\w+ )?(may|can|mag|mogen|kunt|pouvez|konnen|durfen)\b"
    r".{0,60}\b(delete|erase|remove|verwijder\w*|wissen|schrappen|halen|supprimer|effacer|"
    r"loschen|entfernen)\b"
)

# a condition on what the company did or does: "if", "in case", "should you", "falls", "si"
_CONDITION = re.compile(
    r"\b(if|in case|in the event|should (you|it|the|this|that|my|there|we)|sollte|sollten|"
    r"als (u|jullie|je|ik|het|dat|er|de|mijn|uw)|indien|mocht|mochten|ingeval|voor het geval|"
    r"si|au cas ou|dans le cas ou|pour le cas ou|"
    r"wenn|falls|fur den fall|im falle?)\b"
)

# a condition only on the data existing ("if so", "if you hold any"): one can only delete what
# exists, so it weakens nothing
_EXISTENCE = re.compile(
    r"\b(if so|if any|if applicable|where applicable|"
    r"if you (still )?(hold|have|keep|process) (any|such|them|it|my)\b|"
    r"als dat zo is|indien van toepassing|indien (u|jullie) (die|deze|ze|gegevens|mijn)\b|"
    r"le cas echeant|si c'est le cas|si vous (en )?(detenez|conservez|traitez|avez)\b|"
    r"falls vorhanden|wenn ja|gegebenenfalls|falls (sie|ihr) (solche|welche|diese|sie|meine) )"
)

# a time, not a condition: "once you have sent it", "wenn Sie das erledigt haben", "als ik dat
# gezien heb", "une fois cette communication faite"
_SEQUENCE = re.compile(
    r"\b(once|after|when) (you|i|we) (have|had|'ve) \w+|\bonce\b|"
    r"\b(als|wanneer|zodra|nadat) (ik|u|jullie|we|wij) (\w+ ){0,3}(heb|hebt|heeft|hebben)\b|"
    r"\bzodra\b|\bnadat\b|\bune fois\b|\bapres (avoir|reception)\b|"
    r"\b(wenn|sobald|nachdem) (sie|ich|wir|ihr) (\w+ ){0,3}(haben|habe|hat|ist|sind)\b|"
    r"\bsobald\b|\bnachdem\b"
)

# a question about the effect (not a request put as a question: "can you delete …?")
_QUESTION = re.compile(r"\?\s*$")

# the effect as information asked for: a question word before the removal or change, under a
# verb of telling ("tell me when …", "laat weten wanneer …", "indiquez-moi quand …",
# "teilen Sie mir mit, nach welchen Fristen …")
_TELL = re.compile(
    r"\b(tell|inform|let me know|explain|state|specify|indicate|confirm whether|"
    r"laat\w* (\w+ )?weten|meedelen|meedeelt|mededelen|vermelden|vermeldt|informeren|uitleggen|"
    r"indiquer|indiquez|preciser|precisez|dire|dites|informer|informez|expliquer|"
    r"mitteilen|mit|mitzuteilen|erklaren|angeben|informieren|auskunft)\b"
)
_ASKED_ABOUT = re.compile(
    r"\b(when|how long|whether|which|what|after how|"
    r"wanneer|hoe lang|of|welke|na hoeveel|"
    r"quand|combien de temps|si|quelles?|quels?|apres combien|"
    r"wann|wie lange|ob|welche\w*|nach welche\w*)\b"
)

# an effect already done, or someone else's: "already deleted", "has been deleted", "my
# colleague asked", "bereits gelöscht", "al verwijderd", "déjà supprimé"
_DONE = re.compile(
    r"\b(already|previously|has been|have been|had been|was|were)\b.{0,30}"
    r"\b(deleted|erased|removed|corrected|rectified|restricted)\b|"
    # Dutch "al" is "already", but "all" before a determiner ("al mijn gegevens verwijderd")
    r"\b(al(?! (mijn|m'n|uw|de|het|haar|zijn|hun|onze|ons|jullie|die|deze|dat|dit)\b)|reeds|"
    r"eerder|is|zijn|werd|werden)\b.{0,30}\b(verwijderd|gewist|gecorrigeerd|"
    # "dat zijn gegevens verwijderd worden": a wish, "zijn" is "his" (not "are ... deleted")
    r"verbeterd|beperkt)\b(?! (worden|wordt)\b)|"
    # past participles only: "si vous avez encore mes données, effacer-les" asks
    r"\b(deja|a ete|ont ete|avez|aviez)\b.{0,30}\b(supprimee?s?|effacee?s?|corrigee?s?|"
    r"rectifiee?s?)\b|"
    r"\b(bereits|schon|wurde|wurden|haben|hatten)\b.{0,30}\b(geloscht|entfernt|berichtigt|"
    r"korrigiert|eingeschrankt)\b|"
    # ... but "(de gegevens) van mijn broer" names whose data, not who acts
    r"(?<!\bvan )(?<!\bof )\b(my|mijn|mon|ma|mein\w*) "
    r"(colleague|wife|husband|sister|brother|friend|collega|vrouw|"
    r"man|zus|broer|vriend\w*|collegue|femme|mari|soeur|frere|ami\w*|kolleg\w*|frau|mann|"
    r"schwester|bruder|freund\w*)\b"
)

# the company's duty or policy described: "you are obliged to erase", "your privacy notice
# says", "vous êtes tenus d'effacer", "Sie sind verpflichtet" ("you must delete my data" is a
# demand, not a duty described)
_DUTY = re.compile(
    r"\b(obliged|required|bound|under an obligation|your (privacy )?(policy|notice|statement)|"
    r"(privacy|data protection) (policy|notice|statement) (says|states)|"
    r"verplicht|gehouden|uw privacy\w*|jullie privacy\w*|"
    r"tenus?|obliges?|votre politique|votre declaration|"
    r"verpflichtet|ihre datenschutz\w*|in ihrer datenschutz\w*)\b"
)


# a policy set aside by the writer, no duty described: "whatever your policy says, please delete
# my photo", "regardless of your retention policy, remove my profile" (English; the other
# languages' forms may join it)
_CONCESSIVE = re.compile(
    r"\b(whatever|regardless of what|no matter what|irrespective of what) (your|the) (\w+ )?"
    r"(policy|policies|notice|statement|rules?|procedure|terms)( (says?|said|states?|provides?|"
    r"allows?))?\b|\b(regardless of|irrespective of|despite|notwithstanding) (your|the) (\w+ )?"
    r"(policy|policies|notice|statement|rules?|procedure|terms)\b"
)


@dataclass(frozen=True)
class Evidence:
    """Where a destructive type was read: the part of its sentence between the writer's acts
    (without qualifiers that only narrow the object), the whole sentence, what governs it (the
    sentence, with a list's lead-in when it is a list item), and whether it is a title."""

    part: str
    sentence: str
    governing: str
    title: bool = False


# the writer will decide about it later: "I will then decide", "über eine Löschung entscheide
# ich dann selbst", "je déciderai ensuite", "ik beslis dan zelf"
_DEFERRED = re.compile(
    r"\b(i|we) (will|shall|'ll) (then |later )?decide\b|\bdecide (myself|later)\b|"
    r"\b(beslis|beslissen|besluit) (ik|wij|we) (dan |nadien |later )?(zelf|nog)?\b|"
    r"\b(ik|wij|we) (beslis|beslissen|besluit) (dan |nadien |later )?(zelf|nog)\b|"
    r"\b(je|nous) (deciderai|deciderons|deciderais)\b|"
    r"\bje decide(rai)? (ensuite|moi-meme|plus tard)\b|"
    r"\bentscheide\w* (ich|wir) (dann |spater )?(selbst|noch)?\b|"
    # the writer is only considering it: "I am considering having my data erased", "ik overweeg
    # om alles te laten wissen", "j'envisage de", "ich überlege, ob"
    r"\b(i am|i'm|we are|we're) (\w+ )?(considering|thinking (about|of))\b|"
    r"\b(ik|wij|we) (\w+ )?(overweeg|overwegen|denk erover|denken erover|twijfel|twijfelen)\b|"
    r"\b(j'|je |nous )(\w+ )?(envisage|envisageons|songe|songeons|reflechis|hesite)\b|"
    r"\b(ich|wir) (\w+ )?(uberlege|uberlegen|erwage|erwagen|spiele mit dem gedanken)\b"
)


# the writer says they do not ask for it: "I am not asking you to delete", "je ne vous demande
# pas de supprimer", "ik vraag niet om", "ich verlange keine Löschung"
_NOT_ASKED = re.compile(
    r"\b(not|never) (asking|requesting|request|ask|demanding)\b|"
    r"\b(vraag|verzoek|eis) (ik |u )?(\w+ )?(niet|geen)\b|"
    r"\bne (vous )?(demande|sollicite) pas\b|"
    r"\b(verlange|beantrage|fordere) (ich )?(\w+ )?(keine|nicht)\b"
)


def firm(e: Evidence, lexicons: Sequence[Lexicon]) -> bool:
    """Whether the writer asks, firmly, for what the part names: a wish where it is governed
    (or a title) and no sign of weak evidence."""
    wish = discourse.wished(e.governing, lexicons) or _WISH.search(e.governing)
    own = e.title or _WHOSE.search(e.governing)
    return bool(e.title or wish) and bool(own) and not weak(e)


# whose data the erasure is of: the writer's ("my account", "delete me", "über mich"), the
# writer's with others ("our data"), or the person a representative or relative writes for
# ("his file", "ses données"); an erasure of nobody's named data ("when you may refuse an
# erasure request") is no firm request of the writer's
_WHOSE = re.compile(
    r"\b(i|my|me|mine|myself|our|us|his|her|their|them|him|"
    r"ik|mijn|m'n|mij|me|ons|onze|zijn|haar|hun|hem|"
    r"je|j|moi|mon|ma|mes|me|m|nous|nos|notre|son|sa|ses|leur|leurs|lui|"
    r"ich|mich|mir|mein\w*|wir|uns|unser\w*|sein\w*|ihr\w*|ihn|ihm)\b"
)


# thanks in advance put as a condition: "I'd be grateful if you deleted …", "ik zou het op prijs
# stellen als …", "je vous serais reconnaissant(e) si …", "ich wäre Ihnen dankbar, wenn …": a
# polite request, no condition on what the company does
_GRATEFUL_IF = re.compile(
    r"\b(grateful|thankful|obliged|appreciate it|appreciate)( to you)?,? (if|should)\b|"
    r"\b(op prijs (stellen|stel)|dankbaar( zijn)?),? (als|indien|mocht)\b|"
    r"\b(reconnaissante?s?|oblige\w*),? (si)\b|"
    r"\b(dankbar|verbunden),? (wenn|falls)\b"
)


def without_thanks(text: str) -> str:
    """``text`` without thanks in advance put as a condition (``_GRATEFUL_IF``)."""
    return _GRATEFUL_IF.sub(" ", text)


def conditional(text: str) -> bool:
    """A condition on what the company does ("if you refuse", "mocht u niet …", "falls …"),
    not one on the data existing nor a time ("once you have sent it") nor thanks in advance
    ("I'd be grateful if you …")."""
    text = without_thanks(_SEQUENCE.sub(" ", _EXISTENCE.sub(" ", text)))
    return bool(_CONDITION.search(text))


def weak(e: Evidence) -> bool:
    """A sign that what the part names is not asked for now, by the writer, of us."""
    return conditional(e.part) or about(e)


# a title that tells a deletion done ("Konto selbst gelöscht", "compte supprimé mais…",
# "account already deleted"), not one that asks ("Konto löschen", "suppression de mon compte")
_TITLE_DONE = re.compile(
    r"\b(account|profile|data|details|compte|profil|donnees|konto|kundenkonto|daten|gegevens|"
    r"profiel|app)\s+((already|deja|bereits|schon|al|reeds|selbst|zelf|moi-meme|myself)\s+)?"
    r"(deleted|erased|removed|closed|supprime\w*|efface\w*|ferme|cloture|geloscht|entfernt|"
    r"geschlossen|verwijderd|gewist|opgezegd)\b(?!\s+(werden|haben|lassen|worden|please|bitte|"
    r"svp|stp|aub|graag|s'il))"
)

# a title that names the deletion as a time ("Auskunft vor Vernichtung der Personalakte",
# "access before deletion", "accès avant suppression", "inzage voor vernietiging")
_TITLE_BEFORE = re.compile(
    r"\b(vor|before|avant|voor|prior to)\s+(der |dem |the |la |le |l'|de |het )?(\w+\s+)?"
    r"(vernichtung|loschung|deletion|erasure|destruction|suppression|effacement|verwijdering|"
    r"vernietiging)\b"
)


# a deletion the company announced, retold: "your letter informing me that my CV will be
# deleted after 12 months", "votre courrier m'informe que mes données seront supprimées", "in
# jullie brief staat dat mijn dossier vernietigd wordt" (its retention, not the writer's wish)
_ANNOUNCED = re.compile(
    r"\b(your (letter|e-?mail|mail|message|notice|reply)|informing me that|"
    r"you (told|informed|wrote to) (me|us)|votre (courrier|lettre|message|mail|courriel|reponse)|"
    r"m'inform\w*|vous m'avez (informe|ecrit)|(jullie|uw|je) (brief|mail|e-?mail|bericht|"
    r"antwoord)|laut ihr\w* (schreiben|brief|mail|e-?mail|nachricht)|ihr\w* (schreiben|brief)|"
    r"sie (haben )?mir mitgeteilt)\b.{0,160}\b(deleted|erased|destroyed|removed|supprime\w*|"
    r"efface\w*|detruit\w*|verwijderd|gewist|vernietigd|geloscht|vernichtet|entfernt)\b"
)
_ASKS = re.compile(
    r"\b(please|bitte|svp|s'il vous plait|graag|gelieve|alstublieft|aub|merci de|"
    r"i (want|request|ask|demand)|je (veux|demande|vous demande)|ik (wil|vraag|verzoek|eis)|"
    r"ich (will|bitte|verlange|fordere|beantrage))\b"
)


# a title that names a topic, not a request: "Question about deleting data", "vraag over wissen
# van gegevens", "Invitation: handling erasure requests", "Frage zur Löschung", "webinaire"
_TITLE_TOPIC = re.compile(
    r"^\W*(\w+:\s*)?(questions?|query|info|information|invitation|webinar|seminar|workshop|"
    r"training|course|newsletter|vraag|vragen|uitnodiging|opleiding|nieuwsbrief|"
    r"formation|seminaire|webinaire|atelier|invitation|frage|fragen|einladung|schulung|"
    r"seminar|infoabend)\b"
)


# what is removed is replaced: "delete the old address and replace it with …", "het oude adres
# wissen en vervangen door …", "supprimer … et le remplacer par …", "löschen und durch … ersetzen"
_REPLACED = re.compile(
    r"\b(replace|replaced|vervang|vervangen|remplac\w*|ersetz\w*)\b.{0,60}"
    r"\b(by|with|door|par|durch)\b|\bdurch\b.{0,60}\bersetz\w*"
)


# a fallback: what the writer wants only if the company cannot do what they ask first ("should
# you be unable to correct it, at least delete it", "mocht u niet in staat zijn …, wis dan ten
# minste …", "au cas où vous ne seriez pas en mesure …, à tout le moins …", "sollte es Ihnen
# nicht möglich sein, …, zumindest …"): a condition on the company's failure, no request of its
# own beside the main one (corpus README, labelling conventions)
_AT_LEAST = (
    r"\b(at (the very )?least|ten minste|tenminste|minstens|op zijn minst|"
    r"a tout le moins|tout au moins|au moins|du moins|zumindest|wenigstens|mindestens)\b"
)
_FALLBACK = re.compile(
    rf"{_CONDITION.pattern}.{{0,80}}"
    r"\b(unable|not able|cannot|can't|could not|couldn't|not possible|impossible|"
    r"not in a position|niet in staat|niet mogelijk|onmogelijk|niet (kunt|kan|kunnen|lukt)|"
    r"pas en mesure|pas possible|ne (pouvez|pourriez|pouvait|pourrait) pas|"
    r"nicht moglich|unmoglich|nicht in der lage|nicht (konnen|konnten|gelingt))\b"
    rf".{{0,200}}{_AT_LEAST}|"
    # the failure named by a word that takes up the main request: "à défaut, supprimez au moins …"
    rf"\b(a defaut|faute de quoi|dans le cas contraire)\b,?.{{0,80}}{_AT_LEAST}"
)


def fallback(e: Evidence) -> bool:
    """The part is asked only should the company fail at the writer's main request."""
    return bool(_FALLBACK.search(e.sentence))


def about(e: Evidence) -> bool:
    """The effect is asked about, done, someone else's or described, not asked for: a question
    about it, information about it under a verb of telling, an effect already done, a duty or
    policy of the company's."""
    part = e.part
    if _DONE.search(part) or _DUTY.search(_CONCESSIVE.sub(" ", part)):
        return True
    if e.title and (
        _TITLE_DONE.search(part) or _TITLE_BEFORE.search(part) or _TITLE_TOPIC.search(part)
    ):
        return True
    if _ANNOUNCED.search(part) and not _ASKS.search(part):
        return True
    if _DEFERRED.search(e.sentence) or _NOT_ASKED.search(e.sentence):
        return True
    if _REPLACED.search(e.part):
        # "wis het oude adres en vervang het door …": a correction, not an erasure
        return True
    if _QUESTION.search(e.sentence.rstrip()) and not discourse._ASKING.search(e.sentence):
        return True
    tell = _TELL.search(part)
    return bool(tell and _ASKED_ABOUT.search(part, tell.start()))


def asked_about(
    types: Iterable[RequestType], evidence: dict[RequestType, list[Evidence]]
) -> tuple[RequestType, ...]:
    """The erasure of a reading whose every sentence only asks about it, tells of it done or
    describes it (``about``), or asks it only as a fallback beside another request
    (``fallback``): the writer does not ask for it; the reader sets it aside."""
    types = tuple(types)
    found = evidence.get(RequestType.ERASURE, [])
    if RequestType.ERASURE not in types or not found:
        return ()
    if all(about(e) for e in found):
        return (RequestType.ERASURE,)
    if len(types) > 1 and all(about(e) or fallback(e) for e in found):
        # "correct my title; should you be unable to, at least delete it": the correction is asked
        return (RequestType.ERASURE,)
    return ()


def weak_types(
    types: Iterable[RequestType],
    evidence: dict[RequestType, list[Evidence]],
    lexicons: Sequence[Lexicon],
) -> tuple[RequestType, ...]:
    """The destructive types of a reading that rest on no firm sentence. ``evidence``: per type,
    where it was read (``Evidence``)."""
    out = []
    for t in types:
        found = evidence.get(t, [])
        erasure = t is RequestType.ERASURE and not any(firm(e, lexicons) for e in found)
        restriction = t is RequestType.RESTRICTION and all(weak(e) for e in found)
        if erasure or restriction:
            out.append(t)
    return tuple(out)
