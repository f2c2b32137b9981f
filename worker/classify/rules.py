"""The vocabulary the phrase modules are written in: rules, and one language's lexicon.

A ``Rule`` is a regular expression over folded text (see ``normalize.fold``) that signals one
request type with a weight: about 0.9 for an explicit phrase ("right to erasure", "uitschrijven"),
0.75 for a clear everyday phrasing, 0.6 for a weak or indirect cue.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from worker.domain import RequestType

# Targets besides the request types: marketing that is sorted by channel. Electronic channels
# (e-mail, newsletter, SMS) make it an opt-out; post and phone make it an art. 21 objection.
MARKETING = "marketing"  # channel unknown → marketing_opt_out
DIRECT_MARKETING = "direct_marketing"  # channel unknown → objection

# a format stated as a preference ("preferred delivery format: machine-readable"), in any of
# the four languages: how to deliver the copy an access request asks for, no portability
PREFERENCE = (
    r"\b("
    r"preferred|preference|prefer|if possible|where applicable|ideally|bij voorkeur|"
    r"voorkeur|liefst|indien mogelijk|waar mogelijk|idealiter|de preference|"
    r"preferablement|si possible|idealement|le cas echeant|vorzugsweise|bevorzugt\w*|"
    r"wenn moglich|moglichst|idealerweise|gegebenenfalls"
    r")\b"
)

# a ticked box of a pasted form ("[X]", "☒"): the bare name of a right beside it is chosen (an
# unticked one is context, see ``discourse``)
TICKED_BOX = r"\[ ?[xv✓✔] ?\]|[☒☑✅]|\([xv]\)"

STRONG = 0.92
CLEAR = 0.8
WEAK = 0.6


@dataclass(frozen=True)
class Rule:
    target: str  # a RequestType value, MARKETING or DIRECT_MARKETING
    pattern: re.Pattern[str]
    weight: float
    negatable: bool = True  # a negation in the clause ("don't delete") cancels it
    context: re.Pattern[str] | None = None  # must also occur in the same sentence
    mail_context: re.Pattern[str] | None = None  # must also occur somewhere in the mail
    list_sensitive: bool = False  # about a mailing list? then it is an opt-out, not an erasure
    yields_to: RequestType | None = None  # dropped when that type is found in the same sentence
    conditional_drop: bool = False  # dropped, not merely weakened, inside a condition/threat
    context_window: int = 0  # ``context`` may also occur in this many sentences before
    # "profiling": an objection that outranks channel-less marketing cues; "format": a format
    # asked for (csv, machine-readable), which may only say how to deliver an access copy
    tag: str = ""
    unless: re.Pattern[str] | None = None  # the rule does not apply in a sentence holding this


def box_choices(names: dict[RequestType, str]) -> tuple[Rule, ...]:
    """Rules for the bare names of rights (``names``: a type and its words) as the choices of
    a form's tick boxes: they count only in a line that holds a ticked box."""
    return tuple(
        rule(t, rf"\b({words})\b", STRONG, negatable=False, context=TICKED_BOX)
        for t, words in names.items()
    )


def rule(
    target: RequestType | str,
    pattern: str,
    weight: float = CLEAR,
    *,
    negatable: bool = True,
    context: str | None = None,
    mail_context: str | None = None,
    list_sensitive: bool = False,
    yields_to: RequestType | None = None,
    conditional_drop: bool = False,
    context_window: int = 0,
    tag: str = "",
    unless: str | None = None,
) -> Rule:
    return Rule(
        target=str(target),
        pattern=re.compile(pattern),
        weight=weight,
        negatable=negatable,
        context=re.compile(context) if context else None,
        mail_context=re.compile(mail_context) if mail_context else None,
        list_sensitive=list_sensitive,
        yields_to=yields_to,
        conditional_drop=conditional_drop,
        context_window=context_window,
        tag=tag,
        unless=re.compile(unless) if unless else None,
    )


def _rx(patterns: tuple[str, ...]) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p, re.M) for p in patterns)


@dataclass(frozen=True)
class Cues:
    """What marks a sentence of a letter as context rather than a request of the writer's (see
    ``discourse``), and what tells who writes for whom and when (see ``framing``). Regular
    expressions over folded text, like the rules; "(?!)" matches nothing."""

    # a list's lead-in that introduces information to be given ("the following information:",
    # "in particular:"), and the start of one item of information ("the purposes of …",
    # "the existence of …", "the right to lodge a complaint …"): an access request's parts
    information_lead: str = r"(?!)"
    information_item: str = r"(?!)"
    # a head whose object is information ("information about …", "whether …", "the existence
    # of …"): the rights named after it, up to a new verb phrase, are asked about, not exercised
    information_head: str = r"(?!)"
    # what the controller must do besides the right itself: inform, notify, justify, take steps
    # ("art. 17(2) obliges you to inform other controllers", "you must justify this")
    duty: str = r"(?!)"
    # a condition on the controller's stance: "if you object to the erasure", "should you
    # consider that …", "if you cannot identify me": what follows is a fallback, not a request
    reaction: str = r"(?!)"
    # a reservation of rights or a threat: "I reserve the right …", "I will then lodge a
    # complaint with the authority", "further legal steps"
    reservation: str = r"(?!)"
    # a right named ("the right to …", "article 17"): a request only when the writer's own act
    # governs it in the same clause (``speech_act``)
    right_named: str = r"(?!)"
    speech_act: str = r"(?!)"
    # the recipients of a correction or erasure told of it (art. 19): asking who they are is part
    # of that correction or erasure, not an access request
    recipients_notified: str = r"(?!)"
    # an objection to direct marketing as such (art. 21(2)): without a channel named, it covers
    # every channel
    direct_marketing: str = r"(?!)"
    # where a new verb phrase begins inside a sentence ("… and please delete …", "; I also …")
    new_phrase: str = r"(?!)"
    # a company's questions about our compliance (a processing agreement, a supplier
    # questionnaire, its customers' data), a student's or a journalist's: no data subject's
    # request when the writer's own data are never named
    business: str = r"(?!)"
    # a formal salutation that opens a letter ("dear sir or madam", "sehr geehrte damen und
    # herren"): text above it is the sender's own preface
    salutation: str = r"(?!)"
    # a representative writing for the data subject: "on behalf of my mother", "namens"
    on_behalf: str = r"(?!)"
    # a reminder of an earlier request: "reminder", "second request"; or an earlier request
    # (``history``) said to be unanswered ("to date I have received no reply")
    reminder: str = r"(?!)"
    unanswered: str = r"(?!)"
    earlier_request: str = r"(?!)"  # "my request of 3 March", "meine Anfrage vom 20. Januar"
    # a reminder that asks again ("I ask you once more to …", "faire droit à ma demande"): the
    # earlier request is made anew (one that only asks when an answer comes asks nothing new)
    renewal: str = r"(?!)"
    # a complaint lodged with a supervisory authority (done, not threatened: "below is the
    # complaint I submitted to the ICO"), and the line that addresses the authority in a copy
    # of one ("To the Information Commissioner's Office,"): what follows asks the authority
    authority: str = r"(?!)"  # a supervisory authority named
    authority_complaint: str = r"(?!)"
    authority_address: str = r"(?!)"
    # the copied complaint itself, lodged now with the authority ("I am hereby lodging a
    # complaint according to article 77 GDPR"): where it begins, when no address line does
    authority_lodging: str = r"(?!)"
    # what someone else told the writer ("your customer service told me that my account will
    # be deleted", "laut Ihrem Schreiben …"): a report of what another says or does, no request
    reported: str = r"(?!)"
    # Cues only ``framing`` reads, beyond those above. Who is represented: a representative's
    # role ("on her behalf", "power of attorney", "ik ben de bewindvoerder", "en son nom",
    # "Erwachsenenvertreterin von"); the writer's relative named as the one the letter is about,
    # composed of words: ``relative_owner`` ("my", "mijn"), ``relative_state`` ("late",
    # "overleden"), ``relative`` ("father", "moeder", "fils", "Mutter"); that person's data asked
    # about ("his account", "zijn gegevens"), or that person unable to write (dead, a minor)
    represents: str = r"(?!)"
    relative_owner: str = r"(?!)"
    relative_state: str = r"(?!)"
    relative: str = r"(?!)"
    their_data: str = r"(?!)"
    cannot_write: str = r"(?!)"
    # the one "represented" is a company ("bvba", "GmbH"), its lawyer's "client" no person; a
    # German "namens" that is the noun ("meines Namens"): the text before it
    firm: str = r"(?!)"
    client: str = r"(?!)"
    german_name: str = r"(?!)"
    # the writer's own earlier act ("I wrote to you on …", "ik heb … gevraagd"); the earlier
    # request upheld ("I maintain my request"); thanks ("danke nochmals" asks nothing anew); an
    # earlier request withdrawn ("oubliez ma demande d'hier")
    earlier_act: str = r"(?!)"
    maintained: str = r"(?!)"
    thanks: str = r"(?!)"
    cancelled: str = r"(?!)"
    # a complaint lodged with an authority the sentence names ("j'ai saisi la CNIL"), told as
    # done ("I have lodged"); and what makes it one to come or one that may be ("will", "if",
    # "right to", "sinon", "falls"): not lodged
    lodging: str = r"(?!)"
    lodged_before: str = r"(?!)"
    prospect: str = r"(?!)"
    # the text that follows, or one enclosed ("below", "hieronder", "ci-joint", "anbei"), and a
    # complaint named ("complaint", "klacht", "plainte", "Beschwerde")
    below: str = r"(?!)"
    complaint_named: str = r"(?!)"
    # the writer's own request named ("my request", "ma demande", "meine Anfrage"), of words:
    # ``own_owner`` ("my"), ``own_request`` ("request"); or one named by its date ("request of
    # 14 October", "Anfrage vom 12.10."): ``dated_request`` ``dated_of`` a date, not after
    # ``your`` ("your request of …" is the company's)
    own_owner: str = r"(?!)"
    own_request: str = r"(?!)"
    dated_request: str = r"(?!)"
    dated_of: str = r"(?!)"
    your: str = r"(?!)"
    # no one represented after a cue ("on behalf of myself", "namens de bvba", "au nom du
    # comité"), of words: ``not_for`` ("of ", "van "), ``not_whom`` ("me", "mij", "moi"),
    # ``not_the`` ("the ", "het "), ``not_clause`` ("that", "die", "qui": the cue's object ends),
    # ``organisation`` ("works council", "vzw", "GmbH")
    not_for: str = r"(?!)"
    not_whom: str = r"(?!)"
    not_the: str = r"(?!)"
    not_clause: str = r"(?!)"
    organisation: str = r"(?!)"
    # the company's own reminders, received ("ich habe eine Mahnung … erhalten", "these reminder
    # emails", "votre cinquième relance automatique"), of words: ``theirs_receive`` ``theirs_this``
    # … ``theirs_reminder`` ("received … a … reminder"); ``theirs_a`` ``theirs_reminder`` …
    # ``theirs_received``; ``theirs_reminder_mail`` ``theirs_mail`` ("reminder e-mails");
    # ``theirs_these`` ``theirs_reminders`` ("these reminders"); ``theirs_automatic`` …
    # ``theirs_auto_reminder``; ``theirs_reminder_auto`` ("relance automatique"); and whole
    # phrases, ``their_reminder`` ("payment reminder", "Mahngebühr")
    theirs_receive: str = r"(?!)"
    theirs_this: str = r"(?!)"
    theirs_reminder: str = r"(?!)"
    theirs_a: str = r"(?!)"
    theirs_received: str = r"(?!)"
    theirs_reminder_mail: str = r"(?!)"
    theirs_mail: str = r"(?!)"
    theirs_these: str = r"(?!)"
    theirs_reminders: str = r"(?!)"
    theirs_automatic: str = r"(?!)"
    theirs_auto_reminder: str = r"(?!)"
    theirs_reminder_auto: str = r"(?!)"
    their_reminder: str = r"(?!)"
    # the data subject's name after the cue, read word by word (plain alternations of words,
    # folded): titles that may open a name ("Mrs", "mevrouw", "Frau"), kinship and client
    # nouns capitalised in German ("meiner Mutter, Frau …"), particles inside a name ("van",
    # "von", "de"), capitalised words that are no name ("Dear", "Ihre", "Geachte")
    titles: str = r"(?!)"
    relations: str = r"(?!)"
    name_particles: str = r"(?!)"
    not_names: str = r"(?!)"


@dataclass(frozen=True)
class Lexicon:
    """Everything the classifier knows about one language."""

    code: str
    stopwords: frozenset[str]
    rules: tuple[Rule, ...]
    keywords: tuple[str, ...] = ()  # typo repair targets
    protected: tuple[str, ...] = ()  # ordinary words never "repaired" into a keyword
    negation: str = r"(?!)"  # cancels a negatable rule in the same clause
    history: str = r"(?!)"  # "I asked you in March to …": a past request, not this one
    condition: str = r"(?!)"  # "if you don't …", "otherwise …": weakens a rule in the clause
    post_or_phone: str = r"(?!)"  # conventional direct-marketing channels
    electronic: str = r"(?!)"  # electronic marketing channels
    marketing_list: str = r"(?!)"  # "mailing list", "nieuwsbrief" …
    sales_pitch: str = r"(?!)"  # signs of a vendor writing to us
    cut_markers: tuple[str, ...] = ()  # quoted/forwarded blocks start here
    footer_markers: tuple[str, ...] = ()  # confidentiality notices and such
    closings: tuple[str, ...] = ()  # closing formulas: the signature follows
    filler: str = r"(?!)"  # bodies that say nothing ("see subject", "sent from my iPhone")
    # What a removal verb acts on. An erasure cue whose clause names only things that are no
    # personal data ("delete my CV", "remove the late fee", "de vorige factuur verwijderen")
    # is no erasure; one whose clause names only a phone number, in a mail about calls
    # ("delete my number from your call list"), is an objection to phone marketing.
    non_data_object: str = r"(?!)"
    data_object: str = r"(?!)"
    phone_number: str = r"(?!)"
    phone_calls: str = r"(?!)"
    location: str = r"(?!)"  # "from your system": where a thing goes from, not the thing
    superseded: str = r"(?!)"  # "remove my old address": a correction, not an erasure
    self_action: str = r"(?!)"  # "if I delete the app", "I deleted your mail": the writer acts
    # "if I'm not selected, feel free to delete my CV": leave given under a condition, no request
    permission: str = r"(?!)"
    # the writer says nothing is expected of us ("no action is needed on your part"): what the
    # mail tells or copies after it, or told before it without asking, asks nothing of us
    nothing_asked: str = r"(?!)"
    status_question: str = r"(?!)"  # "is my account deleted too?": asks, does not request
    # "ik stuur mijn mail van vorige week nog eens door": the forwarded block is the writer's own
    # earlier mail, so it is read as the request (other quoted or forwarded text is not)
    resent_own: str = r"(?!)"
    # an erasure already done, reported or thanked for: "I received your confirmation that my
    # account was deleted", "thank you for deleting my data so quickly"
    done: str = r"(?!)"
    # a colleague's note above a forwarded mail ("FYI, please pass this on to the DPO"): the
    # forwarded mail is the request
    forward_note: str = r"(?!)"
    # a negation that limits what is asked for, not the asking: "all data you are not legally
    # obliged to keep", "ce que vous n'êtes pas tenus de conserver"
    scope_qualifier: str = r"(?!)"
    # "my account may stay", "keep my account": a wish to keep; an erasure beside it is doubtful
    keep: str = r"(?!)"
    # advertising and list words: a marketing reading without any of them rests on a generic verb
    # ("stop sending anything") and is uncertain
    advertising: str = r"(?!)"
    # How a letter is built: which of its sentences ask and which are context (``discourse``),
    # and who writes to whom about what (``framing``).
    cues: Cues = field(default_factory=lambda: Cues())
    # a likeness of the writer's ("my photo", "ma photo", "mijn foto", "mein Bild"): marketing
    # that uses it is objected to (art. 21), whatever channel the advertising runs in
    likeness: str = r"(?!)"
    compiled: dict[str, re.Pattern[str]] = field(default_factory=dict, compare=False)

    def rx(self, name: str) -> re.Pattern[str]:
        if name not in self.compiled:
            source = getattr(self, name) if hasattr(self, name) else getattr(self.cues, name)
            self.compiled[name] = re.compile(source)
        return self.compiled[name]

    @property
    def cut_rx(self) -> tuple[re.Pattern[str], ...]:
        return _rx(self.cut_markers)

    @property
    def footer_rx(self) -> tuple[re.Pattern[str], ...]:
        return _rx(self.footer_markers)

    @property
    def closing_rx(self) -> tuple[re.Pattern[str], ...]:
        return _rx(self.closings)
