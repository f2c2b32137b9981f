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
    # where it ends, when it is quoted ("… the complaint I filed today: "…" I ask you again …")
    authority_until: int | None = None


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
    behalf = _representative(asked, lexicons) or _relative([sentences[i] for i in own if told[i]])
    # a mail about the company's own reminders ("ich habe eine Mahnung erhalten … In der
    # Mahnung steht", "c'est votre cinquième relance automatique"): its reminder words are
    # theirs, unless one names the writer's own request ("2e rappel – ma demande du 5 octobre")
    theirs = any(_THEIR_REMINDER.search(sentences[i]) for i in own)
    reminding = [
        sentences[i]
        for i in own
        if told[i]
        and _reminds(sentences[i], lexicons)
        and not _THEIR_REMINDER.search(sentences[i])
        and not (theirs and not _OWN_REQUEST.search(sentences[i]))
    ]
    history = [i for i, s in enumerate(sentences) if told[i] and _earlier(s, lexicons)]
    unanswered = any(
        told[i] and (_has(lexicons, "unanswered", sentences[i]) or _UNANSWERED.search(sentences[i]))
        for i in own
    )
    renewed = any(told[i] and _has(lexicons, "renewal", sentences[i]) for i in own)
    # asked anew, not thanked again ("Danke nochmals") nor asked about ("où en est ma
    # demande ?": a question about the earlier request asks nothing anew)
    asks_again = any(
        told[i]
        and "?" not in sentences[i]
        and (_has(lexicons, "renewal", sentences[i]) or _MAINTAINED.search(sentences[i]))
        and not _THANKS.search(sentences[i])
        for i in own
    )
    cancelled = any(_CANCELLED.search(sentences[i]) for i in own)
    lodged = any(
        (told[i] or _LODGED_BEFORE.search(s))
        and (_has(lexicons, "authority_complaint", s) or _lodges(s, lexicons))
        for i, s in enumerate(sentences)
    )
    complaint = lodged or copied is not None
    # an earlier request told, unanswered or asked anew ("bereits am 2.10. habe ich Ihnen
    # mitgeteilt … ich widerspreche erneut"); not one withdrawn ("oubliez ma demande d'hier"),
    # nor the history a complaint to the authority tells
    asked_before = any(
        told[i] and (_asked_before(sentences[i], lexicons) or _OWN_REQUEST.search(sentences[i]))
        for i in own
    )
    # a complaint (to the authority) tells of the unanswered request it is about: a reminder
    # only when it also asks again ("I maintain my request: please delete my account")
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
        authority_until=_quote_end(full, spans, copied),
    )


_OPENING_QUOTE = re.compile(r'^\W{0,3}["\u201c\u201e\u00ab]')
_CLOSING_QUOTE = re.compile(r'["\u201d\u00bb]\W{0,3}$')


def _quote_end(full: str, spans: Sequence[tuple[int, int]], copied: int | None) -> int | None:
    """Where a copied complaint in quotation marks ends (the start of the sentence after its
    closing mark), when the quotation opens in the sentence that lodges it or the next."""
    if copied is None:
        return None
    starts = [i for i in (copied, copied + 1) if i < len(spans)]
    opening = next((i for i in starts if _OPENING_QUOTE.search(full[slice(*spans[i])])), None)
    if opening is None:
        return None
    for j in range(opening, len(spans) - 1):
        if _CLOSING_QUOTE.search(full[slice(*spans[j])]):
            return spans[j + 1][0]
    return None


_NOT_TOLD = {discourse.Role.RESERVATION, discourse.Role.CONDITION, discourse.Role.DUTY}


def _told(role: discourse.Sentence) -> bool:
    return not set(role.roles) & _NOT_TOLD


def _earlier(sentence: str, lexicons: Sequence[Lexicon]) -> bool:
    """An earlier request told of: "I asked you on …", "my request of 3 March"."""
    return (
        _asked_before(sentence, lexicons)
        or _has(lexicons, "earlier_request", sentence)
        or bool(_EARLIER_REF.search(sentence))
    )


def _asked_before(sentence: str, lexicons: Sequence[Lexicon]) -> bool:
    """The writer tells of their own earlier request: "I asked you on …", "ik vroeg u …"."""
    return _has(lexicons, "history", sentence) or bool(_EARLIER.search(sentence))


def _reminds(sentence: str, lexicons: Sequence[Lexicon]) -> bool:
    return _has(lexicons, "reminder", sentence) or bool(_REMINDER.search(sentence))


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
        # the complaint named in the address line ("Complaint to the DPC") or below it
        # the address line may follow a rule of dashes that the sentence split left on it
        line = _RULE.sub("", sentence)
        if (
            told[index]
            and _has(lexicons, "authority_address", line)
            and (_COMPLAINT.match(line) or _COMPLAINT.search(full, end, end + COMPLAINT_REACH))
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


_RULE = re.compile(r"^[\W_]+")
# a complaint lodged with an authority named in the sentence, beyond the phrase lists': "I am
# therefore lodging a complaint with the Belgian Data Protection Authority today", "j'introduis
# ce jour une plainte auprès de l'APD", "j'ai saisi la CNIL", "habe ich mich heute beim
# Landesbeauftragten … beschwert", "meiner heute bei der Datenschutzbehörde eingebrachten
# Beschwerde"
_LODGING = re.compile(
    r"\b(i am|i'm|we are|i have|i've|we have|i|we) (\w+ ){0,2}?(lodg\w+|fil(ed|ing)|submitt\w+|"
    r"made|making) (a |my |the |this |our )?(formal )?complaint\b|"
    r"\bcomplaint (that )?(i|we) (have )?(\w+ )?(lodged|filed|submitted|made)\b|"
    r"\b(j'|je |nous )(ai |avons )?(introdui\w*|depos\w*|adresse|porte|forme) (\w+ ){0,2}?"
    r"(une |ma |cette |la )?(plainte|reclamation)\b|\bj'ai (\w+ )?saisi\b|"
    r"\b(ik|wij|we) (heb|hebben) (\w+ ){0,4}?klacht (\w+ ){0,8}?ingediend\b|"
    r"\b(habe|haben) (ich|wir) (mich|uns) .{0,100}?\bbeschwert\b|"
    r"\b(eingebrachte|eingereichte|erhobene|eingelegte)\w* beschwerde\b|"
    r"\bbeschwerde (\w+ ){0,8}?(eingebracht|eingereicht|erhoben|eingelegt)\b"
)
# lodged, told in the past: no reservation, whatever else the sentence says ("sans réponse de
# votre part, j'ai déposé hier une plainte auprès de la CNIL")
_LODGED_BEFORE = re.compile(
    r"\b(i have|i've|we have) (\w+ )?(lodged|filed|submitted)\b|\b(j'ai|nous avons) (\w+ )?"
    r"(depose|introduit|saisi)\b|\b(ik heb|wij hebben|we hebben) (\w+ ){0,8}?ingediend\b|"
    r"\b(habe|haben) (ich|wir) (\w+ ){0,8}?(eingereicht|eingebracht|erhoben|beschwert)\b"
)
_WILL = re.compile(
    r"\b(will|would|shall|could|might|may|going to|zal|zou|ga|vais|pourrais|pourrai|werde|wurde|"
    r"konnte|kann|right to|droit d|recht om|recht auf|if|unless|otherwise|si|sinon|a defaut|"
    r"faute de|als|indien|anders|tenzij|wenn|falls|sonst|andernfalls)\b|"
    r"\b\w+(erai|erais|irai|irais)\b"
)


def _lodges(sentence: str, lexicons: Sequence[Lexicon]) -> bool:
    """A complaint lodged (or being lodged) with a supervisory authority named here."""
    return (
        _has(lexicons, "authority", sentence)
        and bool(_LODGING.search(sentence))
        and not _WILL.search(sentence)
    )


# the text that follows is meant: "below", "hieronder", "ci-dessous", "unten", "nachstehend"
_BELOW = re.compile(
    r"\b(below|underneath|hereunder|hieronder|onderstaande?|hierna|ci-dessous|ci-apres|"
    r"(nach|weiter )?unten|nachstehend\w*|im folgenden|folgende\w*|"
    # or enclosed with it: "here is", "voici", "hierbij", "beiliegend", "ci-joint"
    r"here is|herewith|enclosed|attached|hier is|hierbij|bijgevoegd|in bijlage|voici|ci-joint\w*|"
    r"en annexe|beiliegend\w*|anbei|anliegend\w*|beigefugt\w*)\b"
)
_COMPLAINT = re.compile(r"\b(complain\w*|klacht\w*|plainte|reclamation|beschwerde\w*)")
ANNOUNCE_WORDS = 10  # "En voici le texte, pour votre information."
COMPLAINT_REACH = 2000  # how far below the address line the complaint is named


# ---- framing cues of this module's own (the phrase lists' ``on_behalf``, ``reminder``,
# ``history`` … are shared with the request-type rules; what only the framing reads is here,
# in the four languages, folded: lower case, no accents)

# a representative's role, beyond the phrase lists' "on behalf of", "namens", "au nom de":
# "on her behalf", "I hold a registered lasting power of attorney", "as his son and executor",
# "en son nom", "administratrice des biens de", "als ouder", "ik ben de bewindvoerder",
# "onze gebruiker" (a platform), "in ihrem Namen", "Erwachsenenvertreterin von", "Alleinerbin"
_REPRESENTS = re.compile(
    # en
    r"\bon (his|her|their) behalf\b|\bpower of attorney\b|\bletters? of administration\b|"
    r"\bas (his|her|their) (\w+ ){0,2}?(son|daughter|child|husband|wife|widow|widower|partner|"
    r"parents?|mother|father|guardian|executor|executrix|administrator|heir|attorney|"
    r"representative|carer)\b|\b(i am|i'm|we are) (his|her|their|the) (legal )?(guardian|"
    r"executor|executrix|attorney|representative|administrator)\b|\bas a parent\b|"
    r"\b(authori[sz]ed|instructed|mandated) (us|me) to act\b|\b(as )?(he|she) is a minor\b|"
    r"\b(insurer|solicitors?|lawyers?|attorneys?|representatives?) of (mr|mrs|ms|miss|dr)\b|"
    # fr
    r"\ben (son|leur) nom\b|\bau nom de (celle|celui|ceux|celles)-ci\b|\bm'ont mandatee?s?\b|"
    r"\bmandatee? par (monsieur|madame|m|mme|mon|ma|mes|les|nos)\b|"
    r"\ben (ma |sa |notre )?qualite d'(administrat\w+|heriti\w+|ayant droit|executeur)|"
    r"\b(designee?|nommee?) (comme |en qualite d')?(administrat\w+|tut\w+|curat\w+|mandataire)|"
    r"\badministrat(eur|rice) (provisoire |judiciaire )?des biens\b|"
    r"\ben tant que (\w+ ){0,2}?(fille|fils|epouse|epoux|mari|veuve|veuf|heritiere?|"
    r"administrat\w+|mere|pere|parents?)\b|\bje suis (sa|son) (fille|fils|epouse|mari|veuve|"
    r"veuf|tut\w+|administrat\w+|heriti\w+|mere|pere)\b|\((sa|son) (fille|fils|epouse|mari|"
    r"veuve|veuf|mere|pere)\)|\bchargee? de la succession\b|\bassureur (\w+ ){0,3}?de "
    r"(monsieur|madame|m|mme)\b|"
    # nl
    r"\bals (ouder|ouders|moeder|vader|erfgenaam|weduwe|weduwnaar|bewindvoerder|voogd|"
    r"executeur)\b|\b(aangesteld|benoemd) (als|tot) (\w+ )?(bewindvoerder|voogd|mentor|"
    r"executeur)\b|\bik ben (de |zijn |haar )?(enige )?(bewindvoerder|voogd|mentor|uitvoerder|"
    r"executeur|erfgenaam|weduwe|weduwnaar)\b|\bik ben (zijn|haar) (dochter|zoon|echtgenote|"
    r"echtgenoot|weduwe|vrouw|man)\b|\bik ben de (dochter|zoon|echtgenote|echtgenoot|weduwe) "
    r"van\b|\bregeling van (zijn|haar|de) nalatenschap\b|\bonze gebruiker\b|"
    r"\bstaat onder bewind\b|\bnamens (haar|hem|hen)\b|"
    # de
    r"\bin (ihrem|seinem) namen\b|\b(als|bin) (\w+ ){0,2}?(erwachsenenvertreter\w*|betreuer\w*|"
    r"vormund|nachlassverwalter\w*|testamentsvollstrecker\w*|alleinerbin|alleinerbe|erbin|"
    r"erbe)\b|\b(zur|zum) (\w+ ){0,2}?(erwachsenenvertreter\w*|betreuer\w*|vormund\w*) "
    r"(von|des|der|bestellt)\b|\b(hat|haben) (einen|eine) (beistand|betreuer\w*|vormund)\b|"
    r"\bvollmachten\b|\b(beauftragt|bevollmachtigt) (uns|mich)\b|\buns (\w+ )?beauftragt\b|"
    r"\banwaltlich vertreten\b|"
    # someone's request relayed at their asking: "ma collègue … m'a demandé de vous transmettre
    # sa demande", "she asked me to pass on her request"
    r"\b(m'a|m'ont) (\w+ )?demande de vous (transmettre|faire suivre|faire parvenir) (sa|leur)\b|"
    r"\basked me to (pass on|forward|send you) (his|her|their)\b|"
    r"\b(vroeg|heeft) (me|mij) (\w+ ){0,2}?(zijn|haar|hun) (\w+ )?(verzoek|vraag) (\w+ ){0,3}?"
    r"door te (geven|sturen)\b|"
    r"\b(hat|haben) mich gebeten,? (ihnen )?(seine|ihre) (\w+ )?(anfrage|bitte|antrag)\b"
)
# a cue that names no one represented: the writer themself ("namens mij verstuurd via …"),
# the company ("Intrum acting for you"), an organisation speaking for itself ("on behalf of
# the works council", "namens de bvba …"), or the German noun ("meines Namens", "gleichen
# Namens") that the Dutch "namens" reads
_NOT_REPRESENTED = re.compile(
    r"^\W*(of |for |van |de |d'|von )?(me|myself|mij|mezelf|moi|mich|mir|you|u|vous|sie|us|ons|"
    r"nous|uns)\b|"
    r"^\W*(of |for |van |de |d'|von )?(the |de |het |la |le |l'|der |die |das |des |een |a |an )?"
    r"((?!(that|your|who|which|dat|die|que|qui|dass|uw|votre|vos|ihre?|is|est|ist) )\w+ ){0,2}?"
    r"(works council|council|unit|department|team|police|company|firm|board|"
    r"ondernemingsraad|werknemersafvaardiging|vakbond|directie|bvba|bv|nv|vzw|sa|sprl|srl|"
    r"gmbh|ag|kg|ltd|llc|plc|inc|betriebsrat\w*|personalrat\w*|gewerkschaft|conseil|comite|"
    r"syndicat|societe|entreprise|unternehmen\w*|firma)\b"
)
_FIRM = re.compile(
    r"\b(bvba|bv|nv|vzw|sa|sprl|srl|gmbh|ag|kg|ltd|llc|plc|inc|company|societe|firma|"
    r"unternehmen\w*|entreprise)\b"
)
_CLIENT = re.compile(r"\b(client\w*|mandant\w*|klient\w*|lastge\w+)\b")
_GERMAN_NAME = re.compile(
    r"\b(meines|seines|ihres|deines|unseres|eures|gleichen|eines|des|vollen|und)\s+$"
)
NOT_REPRESENTED_REACH = 60  # how much text after a cue names who is represented

# the writer's relative, named as the one the letter is about: "my father, Harold Bennett",
# "ma maman", "mijn overleden echtgenoot", "meines verstorbenen Mannes"
_RELATIVE = re.compile(
    r"\b(my|our|mijn|onze|m'n|ma|mon|notre|mein|meine|meinen|meinem|meiner|meines|unser|unsere)"
    r" (late |deceased |overleden |verstorbenen? |verstorbene[mr] |minderjarige |minor )?"
    r"(father|mother|mum|mom|dad|son|daughter|husband|wife|child|grandfather|grandmother|"
    r"vader|moeder|papa|mama|zoon|dochter|man|vrouw|echtgenoot|echtgenote|kind|opa|oma|pere|"
    r"mere|maman|fils|fille|mari|epouse|enfant|vater|vaters|mutter|sohn|sohnes|tochter|mann|"
    r"mannes|ehemann|ehemannes|ehefrau|grossvater|grossmutter)\b"
)
# the request is about that person's data: "his account", "zijn klantenfiche", "son numéro de
# portable", "sein Kundenkonto", "send him no newsletter", "welke gegevens u van hem heeft"
_THEIR_DATA = re.compile(
    r"\b(his|her|their) (\w+ ){0,2}?(data|details|account|records?|file|information|number|"
    r"photo|picture|address|e-?mail|profile|card)\b|\bdetails of (his|hers)\b|"
    r"\b(to|about) (him|her)\b|"
    r"\b(zijn|haar|hun) (\w+ ){0,2}?(gegevens|persoonsgegevens|account|klantenaccount|"
    r"klantenfiche|fiche|foto|nummer|gsm-nummer|adres|e-?mailadres|dossier|profiel)\b|"
    r"\bvan (hem|haar)\b|\bop (zijn|haar) naam\b|\b(hem|haar) (geen|niet|niets|van)\b|"
    r"\b(son|sa|ses|leurs?) (\w+ ){0,2}?(donnees|compte|fiche|numero|photo|adresse|dossier|"
    r"profil)\b|\ba son (nom|sujet|attention)\b|\b(le|la) concernant\b|\bne plus (rien )?lui\b|"
    r"\b(sein|seine|seinen|seines|seiner) (\w+ ){0,2}?(daten|konto|kundenkonto|nummer|foto|"
    r"adresse|profil|akte)\b|\b(ihm|ihn)\b"
)
# or that person cannot write: dead, a minor, under guardianship
_CANNOT_WRITE = re.compile(
    r"\b(died|passed away|deceased|dementia|overleden|overlijden|dementerend|decedee?|deces|"
    r"verstorben|gestorben|demenz)\b|\(1[0-7]( jaar| ans| jahre)?\)|\b1[0-7] (ans|jaar|jahre)\b"
)
RELATIVE_REACH = 4  # sentences after the relative is named where their data may be asked of


def _representative(sentences: list[str], lexicons: Sequence[Lexicon]) -> str | None:
    """The first sentence in which a representative says whom they write for."""
    firm = False  # the one represented is a company: its lawyer's "my client" is no person
    for sentence in sentences:
        cues = [m for lex in lexicons for m in lex.rx("on_behalf").finditer(sentence)]
        cues += list(_REPRESENTS.finditer(sentence))
        for m in sorted(cues, key=lambda m: m.start()):
            after = sentence[m.end() : m.end() + NOT_REPRESENTED_REACH]
            if _NOT_REPRESENTED.search(after):
                firm = firm or bool(_FIRM.search(after))
                continue
            if firm and _CLIENT.search(m.group()):
                continue  # "namens de bvba …": "mijn cliënte" is that company
            if m.group().startswith("namens") and _GERMAN_NAME.search(sentence[: m.start()]):
                continue
            return sentence
    return None


def _relative(sentences: list[str]) -> str | None:
    """The sentence naming a relative of the writer's whose data the letter asks about ("my
    son's data … what details of his you still have"), or who cannot write themself (dead, a
    minor); a relative named in passing ("I ordered it for my son") is none."""
    for index, sentence in enumerate(sentences):
        if not _RELATIVE.search(sentence):
            continue
        near = sentences[index : index + RELATIVE_REACH]
        if any(_THEIR_DATA.search(s) for s in near) or _CANNOT_WRITE.search(sentence):
            return sentence
    return None


# a reminder's words beyond the phrase lists': "SECOND NOTICE", "I am following up on my
# e-mail below", "je vous rappelle ma demande", "2. Erinnerung"
_REMINDER = re.compile(
    r"\b(second|third|final|last) notice\b|\b(i am|i'm) following up on my\b|"
    r"\bje vous rappelle (ma|mon|notre|nos|mes)\b|\b(2e|tweede|derde) herinnering\b"
)
# the company's own reminders, received: "ich habe eine Mahnung … erhalten", "een factuur en
# een herinnering", "these reminder emails", "votre cinquième relance automatique"
_THEIR_REMINDER = re.compile(
    r"\b(received|got|receive|ontving|ontvangen|kreeg|krijg|erhalten|bekommen|recu|recois)\b"
    r".{0,40}\b(a|an|een|eine|une|this|these|deze|ces|cette)\b.{0,20}"
    r"\b(reminder|herinnering|mahnung|relance|rappel)|"
    r"\b(a|an|een|eine|une)\b (\w+ ){0,2}?(reminder|herinnering|mahnung|relance|rappel)\b.{0,60}"
    r"\b(received|ontvangen|gekregen|erhalten|bekommen|recu)\b|"
    r"\b(reminder|herinnerings?|mahnungs?|relance|rappel)[- ]?(e-?mails?|mails?|messages?|sms)\b|"
    r"\b(mails?|e-?mails?|messages?) (de )?(relance|rappel)\b|"
    r"\b(these|those|your|ces|vos|votre|deze|die|diese|ihre) (\w+ ){0,2}?(reminders?|relances?|"
    r"rappels?|herinneringen|erinnerungen|mahnungen)\b|"
    r"\b(automatic|automatique|automatische)\b.{0,20}\b(reminder|relance|herinnering)|"
    r"\b(reminder|relance|rappel|herinnering|erinnerung)s? automati\w+|"
    r"\b(payment reminder|betalingsherinnering\w*|zahlungserinnerung\w*|rappel de paiement|"
    r"mahnung (uber|fur|wegen)|mahngebuhr\w*)\b"
)
# no answer, beyond the phrase lists': "the one-month deadline under Article 12(3) GDPR has now
# passed", "heard nothing", "nog steeds niet beantwoord", "sans réponse à mon courrier"
_UNANSWERED = re.compile(
    r"\b(deadline|time limit|period)\b.{0,40}\b(has|have) (now )?(passed|expired|elapsed)\b|"
    r"\bheard nothing\b|\b(no|not even an) (acknowledge?ment|reply|answer|response)\b|"
    r"\bnog (steeds|altijd) niet (beantwoord|behandeld)\b|\bniets (meer )?gehoord\b|"
    r"\bsans (reponse|nouvelles|suite) a (ma|mon|notre)\b|\bni accuse de reception\b|"
    r"\b(keine|ohne) (antwort|reaktion|eingangsbestatigung)\b"
)
# the writer's own request named: "my request was for …", "meine Anfrage vom 12.10.2026",
# "Your extension of the deadline – request of 14 October" (not "our client's request")
_OWN_REQUEST = re.compile(
    r"\b(my|our|ma|mon|notre|mijn|onze|m'n|meine[rmn]?|unsere[rmn]?) (\w+ ){0,2}?(request|"
    r"demande|verzoek|vraag|aanvraag|anfrage|antrag)\b|"
    r"(?<!your )(?<!votre )(?<!uw )(?<!ihre )(?<!ihrer )(?<!ihren )\b(request|demande|verzoek|"
    r"anfrage|antrag) (of|du|van|vom) (\d|1er)"
)
# the earlier request upheld: "I maintain my request", "je maintiens ma demande", "ik
# handhaaf mijn verzoek", "ich halte an meinem Antrag fest"
_MAINTAINED = re.compile(
    r"\b(maintain|uphold|stand by) (\w+ )?(my|our) (\w+ )?(request|objection)\b|"
    r"\bje maintiens\b|\b(handhaaf|behoud) (\w+ )?(mijn|ons) (\w+ )?(verzoek|bezwaar)\b|"
    r"\bhalte (\w+ ){0,3}?(anfrage|antrag|widerspruch|ersuchen)\w* (\w+ )?(fest|aufrecht)\b|"
    r"\bstill (expect|want|require|demand)\b|\bje (demande|exige|attends) toujours\b|"
    r"\bma demande (reste|tient)\b|\b(eis|wil|verwacht|vraag) (\w+ )?(nog steeds|nog altijd)\b|"
    r"\b(forderung|anfrage|antrag) bleibt\b|\b(fordere|verlange|erwarte) (\w+ )?(weiterhin|"
    r"nach wie vor|immer noch|noch immer)\b"
)
_THANKS = re.compile(r"\b(thanks?|thank you|danke|dank|bedankt|merci)\b")
# an earlier request withdrawn: "oubliez ma demande d'hier", "vergeet dat verzoek", "I withdraw
# my request", "ich ziehe meinen Antrag zurück"
_CANCELLED = re.compile(
    r"\b(forget|cancel|withdraw|disregard|ignore) (\w+ ){0,2}?(request|e-?mail|letter|message)\b|"
    r"\b(oubliez|annulez|ignorez|j'annule|je retire|je change d'avis)\b|\bdemande est annulee\b|"
    r"\b(vergeet|negeer|annuleer|trek) (\w+ ){0,2}?(verzoek|vraag|mail|aanvraag)\b|"
    r"\b(intrekken|annuleren)\b|\b(ziehe|widerrufe|storniere) (\w+ ){0,2}?(anfrage|antrag|"
    r"e-?mail|schreiben)\b|\bvergessen sie (\w+ ){0,2}?(anfrage|antrag|e-?mail)\b"
)


# an earlier request told, beyond the phrase lists': "I unsubscribed … on 3 November", "I wrote
# to your info@ address on 17 November", "the original request", "ma demande du 2 novembre",
# "mijn vraag hieronder van 4 november", "bereits am 2.10.2026 habe ich Ihnen mitgeteilt"
_EARLIER_REF = re.compile(
    r"(?<!your )(?<!votre )(?<!uw )(?<!ihre )(?<!ihrer )(?<!ihren )\b(request|demande|verzoek|"
    r"anfrage|antrag) (of|du|van|vom) (\d|1er)|"
    r"\b(the|my|our) (original|initial|first|earlier|previous) (\w+ )?(request|letter|e-?mail|"
    r"application)\b|"
    r"\b(my|our) (\w+ ){0,2}?(request|letter|e-?mail|application) (of|dated|from) (\d|the \d|"
    r"(january|february|march|april|may|june|july|august|september|october|november|"
    r"december))|"
    r"\b(ma|mon|notre|mes) (\w+ ){0,2}?(demande|lettre|courrier|e-?mail|courriel|message|"
    r"opposition) (du|en date du|datee? du) (\d|1er)|"
    r"\b(mijn|onze) (\w+ ){0,2}?(vraag|verzoek|mail|e-?mail|brief|bericht|aanvraag) "
    r"(\w+ )?(van|d\.?d\.?) \d|"
    r"\b(meine[rmn]?|unsere[rmn]?) (\w+ ){0,2}?\w*(anfrage|antrag|mail|schreiben|widerspruch)\w* "
    r"vom \d"
)
# the writer's own earlier act: "I unsubscribed … on 3 November", "je me suis opposé", "ik
# heb … gevraagd", "habe ich Ihnen mitgeteilt"
_EARLIER = re.compile(
    r"\b(i|we) (have |had )?(already |previously |first )?(wrote|written|e-?mailed|unsubscribed|"
    r"objected|opted out|sent you|contacted you)\b|\bje me suis (deja )?(oppose|desinscrit|"
    r"desabonne)\b|\b(j'ai|je vous ai) (deja |bien )?(ecrit|demande|envoye|signale)\b|"
    r"\b(ik|wij|we) (heb|hebben|had|hadden) (\w+ ){0,6}?(gevraagd|"
    r"geschreven|gemaild|uitgeschreven|afgemeld|verzocht)\b|\b(schreef|vroeg|mailde) ik\b|"
    r"\b(habe|hatte) (ich|wir) (ihnen |euch )?(\w+ ){0,8}?(mitgeteilt|geschrieben|gebeten|"
    r"widersprochen|abgemeldet|abbestellt|beantragt|angefragt|verlangt|gefordert)\b"
)


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
    folded = original.folded
    patterns = [lex.rx("on_behalf") for lex in lexicons] + [_REPRESENTS, _RELATIVE]
    for rx in patterns:
        for m in rx.finditer(folded):
            if _NOT_REPRESENTED.search(folded, m.end(), m.end() + NOT_REPRESENTED_REACH):
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
