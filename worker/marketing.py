"""Which marketing channels a person wants stopped, read from the sentences their opt-out or
objection was read from. Pure: words in, channel codes out.

The channel codes are the data map's purposes (config/sources.yaml `purposes:`):
`marketing_email`, `marketing_sms`, `marketing_post`, `marketing_phone`. A person who asks for
no advertising at all ("all your lists", "plus aucune publicité", "geen reclame meer", "keine
Werbung mehr") means every channel; one who names post or the telephone means those too. An
objection to direct marketing (art. 21(2)-(3)) is told from one on personal grounds (profiling,
the person's particular situation, art. 21(1)): only the first needs no proof at all.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

EMAIL, SMS, POST, PHONE = "marketing_email", "marketing_sms", "marketing_post", "marketing_phone"
ALL_CHANNELS = (EMAIL, SMS, POST, PHONE)

_CHANNEL_WORDS = {
    EMAIL: (
        r"e-?mails?|newsletters?|nieuwsbrie(?:f|ven)|mailings?|courriels?|mails?"
        r"|lettres? d'information|e-?mail-?werbung|rundschreiben"
    ),
    SMS: r"sms(?:'?jes|-?berichten|en)?|texts?(?: messages?)?|textos?|kurznachrichten",
    POST: (
        r"post(?:al)?|by mail|letters?|brochures?|catalog(?:ue)?s?|folders?|flyers?|leaflets?"
        r"|drukwerk|reclamedrukwerk|brievenbus|brieven|per brief|courriers?|la poste|postaux"
        r"|postales?|prospectus|papier|briefpost|per post|postwurf\w*|prospekte?|katalog\w*"
        r"|werbebriefe?|briefkasten"
    ),
    PHONE: (
        r"(?:tele)?phone|telephone calls?|calls?|calling|ring(?:ing)?|t[ée]l[ée]phon\w*|appel\w*"
        r"|m'appel\w*|d[ée]marchage|telefo(?:on|nisch\w*)|bel(?:len|t)|gebeld|telefon\w*|anrufe?n?"
        r"|anrufe|rufen|belt u|opbellen"
    ),
}
_CHANNELS = {
    code: re.compile(rf"\b(?:{words})\b", re.IGNORECASE) for code, words in _CHANNEL_WORDS.items()
}

# "all advertising", "all lists", "no more publicity", in the four languages
_EVERY_CHANNEL = re.compile(
    r"\b(?:"
    r"(?:all|any)(?: more)?(?: (?:of )?(?:your|the))? "
    r"(?:advertising|advertisements?|adverts?|marketing|publicity|promotions?|lists?"
    r"|mailing lists?|channels?|commercial \w+)"
    r"|no (?:more )?(?:advertising|marketing|publicity|promotions?)(?: at all| whatsoever)?"
    r"|(?:advertising|marketing|publicity) (?:at all|whatsoever|of any kind)"
    r"|(?:all|any|every)(?: of)?(?: your| the| those| these)? (?:\w+ )?lists?(?! of)"
    r"|every (?:channel|list)|by any (?:means|channel)"
    r"|(?:plus )?aucune? (?:publicit[ée]|pub|prospection|sollicitation|offre)s?"
    r"|toutes? (?:vos |les )?(?:listes?|publicit[ée]s?|canaux|offres|sollicitations)"
    r"|tous (?:vos |les )?(?:canaux|fichiers|envois)"
    r"|plus (?:\w+ ){0,2}?de (?:publicit[ée]s?|pubs?)"
    r"|geen (?:enkele )?reclame(?: meer)?|geen (?:publiciteit|reclamedrukwerk|marketing)(?: meer)?"
    r"|alle (?:reclame|lijsten|kanalen|marketing|mailinglijsten|publiciteit)"
    r"|al (?:uw|jullie) (?:lijsten|bestanden|kanalen)|nergens meer"
    r"|(?:alle|al (?:uw|jullie)) \w*lijsten"
    r"|keine (?:werbung|reklame|werbepost|werbeanrufe|werbemails?)(?: mehr)?"
    r"|keinerlei (?:werbung|reklame)|jegliche (?:werbung|reklame)"
    r"|(?:aus |von )?allen (?:listen|verteilern|kanälen)|alle (?:listen|kanäle|werbung)"
    r"|allen (?:ihren |euren |den )?\w*(?:listen|verteilern)|alle (?:ihre |eure )?\w*listen"
    r"|überhaupt keine werbung"
    r")\b",
    re.IGNORECASE,
)

# what speaks of direct marketing (an objection that names only this needs no proof)
_MARKETING = re.compile(
    r"\b(?:marketing|advertis\w*|adverts?|publicit\w*|promotion\w*|promotional|newsletters?"
    r"|mailings?|offers?|reclame\w*|nieuwsbrie\w*|aanbiedingen|publicité|pub|prospection"
    r"|démarchage|d[ée]marchage|sollicitations?|offres? commerciales?|werbung|werbe\w*"
    r"|reklame|direktwerbung|unsubscribe|uitschrijven|désinscri\w*|abmelden|catalog\w*"
    r"|katalog\w*|brochures?|folders?|prospekte?|drukwerk)\b",
    re.IGNORECASE,
)
# what speaks of an objection on personal grounds: profiling, legitimate interest, the person's
# situation, or processing other than marketing
_PERSONAL_GROUNDS = re.compile(
    r"\b(?:profil\w*|segment\w*|legitimate interests?|gerechtvaardigd\w* belang"
    r"|int[ée]r[êe]ts? l[ée]gitimes?|berechtigte\w* interesse\w*|particular situation"
    r"|bijzondere situatie|situation particuli[èe]re|besondere\w* situation"
    r"|art(?:icle|ikel)?\.? ?21 ?\(1\)"
    r"|analy[sz]\w*|tracking|cookies?|scoring|automated|geautomatiseerd\w*|automatis\w*)\b",
    re.IGNORECASE,
)


# the letter itself is no marketing channel ("by this letter I object …")
_THIS_LETTER = re.compile(
    r"\b(?:this|my|ce|cette|mon|ma|deze|dit|mijn|diese[mn]?|meine[mn]?|mit) "
    r"(?:letter|courrier|lettre|brief|schreiben|e-?mail|mail|message|bericht)\b",
    re.IGNORECASE,
)


# words that make "no more advertising" cover everything even beside a named channel (not the
# intensifiers of a negation: "no advertising at all by post" means post)
_EVERY_QUANTIFIER = re.compile(
    r"\b(?:(?<!\bat )all|every|by any (?:means|channel)|any (?:of )?(?:your |the )?(?:\w+ )?lists?"
    r"|toutes?|tous|alle[nr]?|al (?:uw|jullie)|nergens)\b",
    re.IGNORECASE,
)


def _sentence_channels(sentence: str) -> set[str]:
    named = {code for code in ALL_CHANNELS if _CHANNELS[code].search(sentence)}
    if _EVERY_CHANNEL.search(sentence) and (not named or _EVERY_QUANTIFIER.search(sentence)):
        # "no more advertising" alone, or "all your lists … and no calls": every channel;
        # "plus de publicité par e-mail" names its channel and means that one
        return set(ALL_CHANNELS)
    return named


def channels_asked(sentences: Iterable[str]) -> tuple[str, ...]:
    """The marketing channels the sentences name, in ALL_CHANNELS order; every channel when
    one of them asks for no advertising at all without narrowing it to a named channel."""
    wanted: set[str] = set()
    for sentence in sentences:
        for part in _SENTENCE_END.split(_THIS_LETTER.sub(" ", sentence)):
            wanted |= _sentence_channels(part)
    return tuple(code for code in ALL_CHANNELS if code in wanted)


def opt_out_channels(sentences: Iterable[str], default: Iterable[str]) -> tuple[str, ...]:
    """What an opt-out stops: the policy's default channels, and every channel it names."""
    wanted = set(default) | set(channels_asked(sentences))
    return tuple(code for code in ALL_CHANNELS if code in wanted)


def direct_marketing_only(sentences: Iterable[str]) -> bool:
    """An objection that speaks only of direct marketing (or only of its channels), nothing of
    profiling or the person's particular situation (art. 21(2)-(3), not 21(1))."""
    text = " ".join(sentences)
    if not text.strip() or _PERSONAL_GROUNDS.search(text):
        return False
    return bool(_MARKETING.search(text) or channels_asked([text]) or _EVERY_CHANNEL.search(text))


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")


def no_marketing_sentences(text: str) -> tuple[str, ...]:
    """The sentences of a mail that ask for no advertising at all ("no advertising at all, on
    all your lists"), as written; questions are no such request."""
    found = []
    for sentence in _SENTENCE_END.split(text):
        sentence = sentence.strip()
        if sentence and not sentence.endswith("?") and _EVERY_CHANNEL.search(sentence):
            found.append(sentence)
    return tuple(found)
