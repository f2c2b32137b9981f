# ruff: noqa: E501  (one phrase pattern per line reads better than a wrapped one)
"""English phrases (folded: lower case, no accents)."""

from worker.classify.rules import (
    CLEAR,
    DIRECT_MARKETING,
    MARKETING,
    STRONG,
    WEAK,
    Cues,
    Lexicon,
    box_choices,
    rule,
)
from worker.domain import RequestType as T

_DATA = r"(personal )?(data|information|info|details|records?|file|profile)"
_ME = r"(me|my|myself|i)"
_PRIVACY = r"data|information|privacy|gdpr|personal|e-?mail|newsletter|number|address|calls?|consent|spam|phone"
_STAY = r"\b(stay|remain|keep me|be kept|still be) (on|in|subscribed)\b|\bcontinue (to receive|receiving|getting)\b"
_ADS = r"\b(newsletters?|promotions?|promotional|promos?|offers|adverts?|advertising|advertisements|ads|marketing|catalogues?|catalogs?|brochures?|leaflets?|flyers?|junk mail|spam|mailings?|sms|texts)\b"
_STOP = r"(stop|quit|cease|no more|no longer|not anymore|don't|do not|dont|never(?! (heard|given|gave|signed|agreed|consented|asked|bought|ordered|had|been|used|met|subscribed|registered|opted))|remove|(be )?removed|take me off|get off|cancel|unsubscribe)"


# which data were kept after an erasure, and why ("tell me which data, if any, you have kept and
# on what legal basis"): part of that erasure (art. 17(3)), no access request
# the negation on the subject of a deletion: "that none of them be deleted", "that no records
# about my shifts are destroyed" (a hold, not an erasure)
_NONE_DELETED = r"\b(none|nothing|no part|no (\w+ )?(records?|data|documents?|files?|e-?mails?|footage|information))\b( (of|about|on|concerning|relating to) (\w+ ){1,3}?)? ?(be|are|is|gets?) (\w+ )?(deleted|erased|removed|destroyed|purged|altered|overwritten)\b"
_KEPT = r"\b(kept|retained|keep|retain|not (been )?(deleted|erased))\b.{0,30}\b(on what|legal basis|and why|which basis)\b|\bif any\b.{0,40}\b(kept|retained)\b"

# what a pronoun stands for is a thing of business, not the writer's data, when the same
# sentence does something else to it that only a thing takes: "wipe it and reset it before you
# rent it out", "cancel it and erase it from your ledger"
_THING_NOT_DATA = (
    r"\b(reset|reformat|refurbish|repair|recalibrate|refund|void|credit|reissue|restock)\b (it|them)\b"
    r"|\b(rent|hire|lend|send|ship) (it|them) out\b"
    r"|\bfrom (your|the|our) (ledger|books|accounts payable|accounts receivable|accounting|bookkeeping)\b"
)

# a copy of a document of the company's or of a product, not of the writer's data: "a copy of
# the technical data sheet", "a copy of the data protection impact assessment"
_COMPANY_DOC = (
    r"\bcop(y|ies) of (the |your |this |that |any )?(\w+ ){0,2}?(data ?sheets?|datasheets?|sds|"
    r"spec(ification)? sheets?|manuals?|brochures?|catalogu?es?|price ?lists?|certificates? of "
    r"(conformity|compliance|analysis)|test reports?|data protection impact assessments?|dpias?|"
    r"privacy (policy|notice|statement)|data processing agreement|retention (policy|schedule))\b"
)

# messages that serve an order or an appointment, not advertising
_SERVICE_MESSAGES = (
    r"\b(delivery|deliveries|shipping|shipment|dispatch|tracking|parcel|order|courier|appointment|"
    r"fitting|service|invoice|payment|account) (updates?|notifications?|alerts?|texts?|messages?|"
    r"confirmations?|reminders?|notices?|status)\b"
)

RULES = (
    # how my data are kept and who sees them (art. 15 information about my own data)
    rule(
        T.ACCESS,
        r"\b(like|want|wish|need) to know\b.{0,40}\bhow\b.{0,20}\bmy\b.{0,60}\b(are|is) (stored|protected|secured|kept|processed|used)\b",
        CLEAR,
    ),
    # access (art. 15)
    # "could you let me see my file?": the customer file, the record kept on me
    # what an earlier answer left out, asked for: "send me the missing e-mails and call notes"
    rule(
        T.ACCESS,
        r"\b(send|provide|give|forward|supply)\b (me )?(\w+ ){0,2}?(missing|remaining|outstanding|rest of the|withheld) (\w+ ){0,2}?(data|e-?mails|records|notes|recordings|information|documents|messages|files|call notes)\b",
        CLEAR,
    ),
    rule(
        T.ACCESS,
        r"\b(see|view|inspect|consult|look at|look into|read)\b.{0,20}\bmy (customer |client |personal )?(file|files|record|records|dossier)\b",
        CLEAR,
    ),
    rule(T.ACCESS, r"\b(data )?subject access request\b(?!s)|\bdsar\b", STRONG),
    # "my access request of 2 November" (a reminder names what it reminds of)
    rule(T.ACCESS, r"\b(my|our|an|the) (data )?access request\b(?!s)", CLEAR),
    rule(T.ACCESS, r"\bright (of|to) access\b|\bart(icle)? ?15\b", STRONG),
    rule(T.ACCESS, rf"\baccess to (all )?(of )?(my|the) {_DATA}", STRONG),
    rule(
        T.ACCESS,
        # not a company's document named after data: "a copy of the data protection impact
        # assessment", "the data processing agreement", "the data sheet"
        rf"\b(a |full |complete )?cop(y|ies) of (all )?(of )?(the |my |any )?{_DATA}(?! ?(protection|processing agreement|retention policy|sheets?)\b)",
        STRONG,
    ),
    rule(
        T.ACCESS,
        r"\bwhat (personal )?(data|information|info|details)\b.{0,40}\b(you|your company|alsico|you guys)\b.{0,30}\b(have|hold|keep|store|process|collect|got)",
        CLEAR,
    ),
    rule(
        T.ACCESS,
        r"\bwhat (else )?((do|does|did) )?(you|your company|alsico|you guys)\b.{0,30}\b(know|have|hold|keep|store|process)\b.{0,25}\b(on|about|of|concerning) me\b",
        STRONG,
    ),
    rule(T.ACCESS, r"\b(which|what) (of )?my (personal )?(data|information|details)\b", CLEAR),
    rule(
        T.ACCESS,
        r"\b(tell|show|send|give|provide|email) (me|us)\b.{0,40}\b(data|information|info|details|everything)\b.{0,30}\b(you|your)\b.{0,25}\b(have|hold|keep|store|process)",
        CLEAR,
        # which data were kept after an erasure, and on what basis: part of that erasure
        unless=_KEPT,
    ),
    rule(
        T.ACCESS,
        r"\b(all|any|the) (personal )?(data|information|info|details)\b.{0,30}\b(have|hold|keep|store|process)\b.{0,25}\b(on|about|concerning|regarding) me\b",
        CLEAR,
        yields_to=T.ERASURE,
        # a noun phrase, not yet a request: "I contest the accuracy of the data you hold about me"
        context=r"\b(send|give|provide|cop(y|ies)|see|know|access|list|overview|tell|show|what|which|obtain|receive|get|disclose|e-?mail|forward|request|want|like|need|share)\b",
    ),
    rule(
        T.ACCESS,
        r"\bhow did you (get|obtain|find|receive)\b.{0,30}\bmy\b|\bwhere did you get (hold of )?my\b|\bwhere (does|do|did) my\b.{0,30}\bcome from\b|\b(where|who) did you get (it|this|that|them|those|these)( from)?\b.{0,5}$",
        CLEAR,
    ),
    rule(
        T.ACCESS,
        r"\bdo you (still )?(have|hold|keep|store|process)\b.{0,20}\b(my|any) (personal )?(data|information|details)",
        CLEAR,
    ),
    rule(
        T.ACCESS,
        r"\b(a|the|one) copy\b(?! (is|was|has|will|of this|of (my|your|the|an?|his|her) (id|identity|passport|driving|driver's|residence)\b|of (my|the|our|your|this|that) (complaint|letter|e-?mail|request|invoice|order|contract|reply|answer|judgment|court order|power of attorney)\b|of (the |your |this |that )?(\w+ ){0,2}?(data ?sheets?|datasheets?|sds|spec(ification)? sheets?|manuals?|brochures?|catalogu?es?|price ?lists?|certificates? of (conformity|compliance|analysis)|test reports?|drawings?)\b))|\boverview of\b",
        WEAK,
        context=r"\b(data|information|details)\b(?! ?(sheets?|protection|processing agreement|retention policy)\b)",
        # "our client does not, at this stage, ask for a copy": a copy declined for now
        unless=r"\b(does not|do not|don't|doesn't|not)\b,?( (at this|at the moment|for now|yet)( stage| point| time)?,?)? (ask|request|want|need|asking|requesting)\b",
    ),
    rule(T.ACCESS, r"\b(just|only|simply|merely) (a|the) copy\b", CLEAR),
    # a copy in everyday words: "can you send me a screenshot or printout of what's in my
    # account", "email me a print-out of my details"; not "a screenshot of the error message"
    rule(
        T.ACCESS,
        r"\b(send|give|email|e-mail|mail|post|provide|forward|do)\b (me |us )?(a |an )?(screen ?shots?|print ?-?outs?)( or (a |an )?(screen ?shots?|print ?-?outs?|cop(y|ies)))?\b.{0,10}\b(of|showing)\b",
        CLEAR,
        context=r"\b(what'?s|whats|what is|everything) (in|on|stored|held|kept)\b|\bmy (\w+ )?(account|details|data|record|file|profile|information|info)\b|\b(you|u) (have|hold|keep|store)\b",
    ),
    # processing frozen in everyday words: "pls don't do anything with my details for now",
    # "don't touch my account until the dispute is settled" (the negation is the request itself)
    rule(
        T.RESTRICTION,
        r"\b(don'?t|do not|dont)\b (do anything|change anything|touch anything|touch)\b.{0,12}\b(with|to|in|on)? ?my (\w+ )?(details|data|information|info|account|records?|file|profile)\b",
        CLEAR,
        negatable=False,
        context=r"\b(for now|for the time being|yet|until|till|til|pending|in the meantime|meanwhile|while|at the moment|for the moment)\b",
        context_window=1,
    ),
    rule(
        T.ACCESS,
        r"\b(what|which) (sort|kind|type|categor(y|ie))s? of (personal )?(data|information|info|stuff|details)\b.{0,40}\b(keep|hold|have|store|collect|process|use)\b",
        CLEAR,
        context=r"\b(me|my)\b",
    ),
    rule(
        T.ACCESS,
        r"\b(everything|all|anything)\b.{0,15}\byou('ve| have| hold| keep| store| got| know)\b.{0,25}\b(on|about|of|concerning) me\b",
        CLEAR,
        yields_to=T.ERASURE,
    ),
    rule(
        T.ACCESS,
        r"\b(which|what|whom) (other )?(third parties|recipients|companies|parties|organisations|organizations|partners)\b.{0,40}\b(shared|disclosed|passed|sold|given|sent|transferred|share|disclose|pass|sell|give|send|transfer)|\bwho (have|has) you (shared|given|passed|sold)\b",
        CLEAR,
    ),
    rule(
        T.ACCESS,
        r"\b(which|what) (of (my|our) )?(personal )?(data|information|details)\b.{0,40}\b(affected|leaked|exposed|stolen|compromised|involved|concerned)\b",
        CLEAR,
    ),
    rule(
        T.ACCESS,
        r"\bwhat (personal )?(data |information |info |details )?(you|you guys|your company) (hold|keep|store|have stored|have on file|have on record|process)\b(?! (in )?stock)",
        CLEAR,
    ),
    rule(
        T.ACCESS,
        r"\b(provide|send|give|supply|disclose|forward|email)\b.{0,15}\b(me|us)\b.{0,25}\b(all|any|every|the)\b.{0,30}\b(records|data|information|documents|files|footage|recordings|details|correspondence)\b.{0,40}\b(containing|about|relating to|related to|concerning|regarding|on|of)\b.{0,15}\b(me|my)\b|\b(know|tell me)\b.{0,15}\b(to whom|who else|who (you|they) (gave|sold|passed|shared))\b",
        CLEAR,
    ),
    rule(
        T.ACCESS,
        r"\bwhat (exactly )?(is|'s|are|have you got|do you have) (\w+ )?(stored|held|kept|on file|on record|recorded|registered)\b.{0,20}\b(about|on|for|under) me\b",
        CLEAR,
    ),
    # an old value replaced by a new one ("replace X with Y"): a correction of that field
    rule(
        T.RECTIFICATION,
        r"\breplac\w* (\w+ ){0,8}?(with|by)\b",
        CLEAR,
        context=r"\b(address|number|name|e-?mail|date|iban|phone|surname)\b",
    ),
    # rectification (art. 16)
    # "please replace my old e-mail address with …": one value for another
    rule(
        T.RECTIFICATION,
        r"\b(replace|swap)\b.{0,40}\b(with|by)\b",
        CLEAR,
        context=r"\bmy (old |current |previous )?(\w+ )?(address|e-?mail\w*|(phone |mobile |account )?number|name|surname|phone)\b",
    ),
    rule(T.RECTIFICATION, r"\brectif(y|ication|ied)\b|\bart(icle)? ?16\b", STRONG),
    rule(
        T.RECTIFICATION,
        r"\b(correct|fix|update|change|amend|modify)\b.{0,30}\bmy (last |first |family |sur|maiden )?(name|address|e-?mail( address)?|phone( number)?|mobile( number)?|date of birth|birth ?date|details|data|record|spelling|title)\b",
        CLEAR,
    ),
    # a new value told ("my surname is now …"), not where the name is shown ("my name is on the
    # locker") nor a use to stop ("my number is no longer used for calls": an objection). A
    # name told bare is the writer introducing themselves ("Hello, my name is Ann Smith and I
    # work at …", "my first name is Tom, I ordered …"): a name is only a correction when told
    # as the right or new one ("my correct surname is …", "my name is now …", "my name is
    # actually …", "my name is Janssens, not Jansens"); not "my phone number is taken off the rota"
    rule(
        T.RECTIFICATION,
        r"\bmy (new |correct |current )?(home |postal )?(address|e-?mail address|phone number|mobile number) is( now| actually| really)?\b(?! (on|printed|written|shown|displayed|visible|listed|mentioned|stitched|embroidered|used|taken|removed|deleted|erased|dropped)\b| (no longer|not|never) (be )?(used|called|contacted|shared|sold|passed on|given out)\b)"
        r"|\bmy ((new|correct|current|real|right|proper|legal|full|married|maiden) (sur|first |last |family )?name is|(sur|first |last |family |maiden )?name is (now|actually|really|in fact|correctly|properly|officially)\b|(sur|first |last |family |maiden )?name is\b(?=[^.,;!?]{1,40}, not\b))(?! (on|printed|written|shown|displayed|visible|listed|mentioned|stitched|embroidered|used)\b)"
        r"|\bnew (home |postal )?address\b",
        CLEAR,
    ),
    rule(
        T.RECTIFICATION,
        r"\b(got|have|has|listed|recorded|registered|spelled|spelt) (me|my \w+)( down)? as\b",
        CLEAR,
        context=r"\b(name|surname|title|address|e-?mail)\b",
    ),
    # where the record's post goes, changed: "send all future letters to my new address", "direct
    # further correspondence to me, no longer to my mother"
    rule(
        T.RECTIFICATION,
        r"\b(send|address|direct|post|forward)\b (all |any )?(future|further|subsequent|upcoming) (correspondence|letters|post|mail|statements|invoices)\b (\w+ ){0,3}?(to|at) (me|us|my|the|our|this)\b",
        CLEAR,
        negatable=False,
        context=r"\b(new address|(and not|instead of|rather than|no longer|not) (to|at)\b)",
    ),
    rule(
        # a record entry to be put right: "have that entry corrected", "fix the flag on my file"
        T.RECTIFICATION,
        r"\b(entry|listing|registration|flag|marker)\b.{0,30}\b(corrected|fixed|rectified|amended)\b|\b(correct|fix|amend)\b.{0,20}\b(entry|listing|registration|flag|marker)\b",
        CLEAR,
    ),
    rule(
        T.RECTIFICATION,
        r"\b(i|we) (have |'ve )?(just )?(moved|relocated)\b|\bhave a new (address|e-?mail|name)\b",
        CLEAR,
        context=r"\b(address|adress|new|update|change|correct|post|send|sent|deliver\w*|live|living|now at)\b",
        context_window=1,
    ),
    rule(
        T.RECTIFICATION,
        r"\b(wrong|incorrect|inaccurate|outdated|misspelt|misspelled|not correct|not accurate|out of date|spelled wrong|typo)\b",
        CLEAR,
        unless=r"\b(sent|send|mailed|e-?mailed|posted|wrote|written|addressed|went|forwarded|delivered)\b.{0,30}\bto (the |a )?wrong\b",
        context=r"\b(name|address|data|details|birth|e-?mail|record|surname|information)\b",
    ),
    rule(
        T.RECTIFICATION,
        r"\b(it|that|mine)('s| is| should be| must be)\s+\S+(\s+\S+){0,3}?,?\s+(and )?not\b",
        CLEAR,
        context=r"\b(name|surname|address|e-?mail|spel\w*|birth|number)\b",
        negatable=False,
    ),
    rule(
        T.RECTIFICATION,
        r"\b(use|take|note|register|put|replace it with) (down )?(the|my) new (one|address|number|e-?mail)\b|\bthe (new|correct|right) one is\b",
        CLEAR,
        context=r"\b(address|number|e-?mail|name)\b",
    ),
    rule(
        T.RECTIFICATION,
        r"\bmy (home |postal |e-?mail |phone |mobile )?(address|e-?mail|number|(sur|first |last |family )?name)\b.{0,20}\b(has |have )?changed\b|\b(fix|correct|update|amend) (it|this|that|them)\b",
        CLEAR,
        context=r"\b(address|e-?mail|number|name|surname|spel\w*|birth)\b",
        context_window=1,
    ),
    # a dead address or number ("no longer in use"), not a use stopped ("no longer used for …")
    rule(
        T.RECTIFICATION,
        r"\b(no longer|not) (exists?|valid|active|in use|working|works|used(?! (for|to)\b)|monitored)\b|\b(doesn't|does not|don't) (exist|work) any ?(more|longer)\b|\bis (now )?(closed|deactivated|defunct)\b",
        CLEAR,
        context=r"\b(address|e-?mail|inbox|mailbox|number|phone)\b",
        negatable=False,
    ),
    rule(
        T.RECTIFICATION,
        r"\b(use|send|mail|write to|contact me)\b.{0,50}\b(from now on|going forward|in future|in the future|henceforth|from today)\b",
        CLEAR,
        unless=r"\b(not|don't|do not|never|no longer|stop)\b",
        negatable=False,  # the negations are what ``unless`` excludes
        context=r"\bmy (\w+ )?(address|e-?mail|number|phone)\b",
        context_window=1,
    ),
    # erasure (art. 17)
    rule(
        T.ERASURE,
        rf"\b(delete|erase|remove|wipe|purge|destroy|get rid of)\b.{{0,30}}\b({_ME}|all|any|every|everything)\b",
        STRONG,
        list_sensitive=True,
    ),
    # a relative's data, asked by a parent or a family member: "please delete our son's account"
    # (whose data they are, and the mandate, the framing leaves to staff: on_behalf)
    rule(
        T.ERASURE,
        r"\b(delete|erase|remove|wipe|close)\b (\w+ ){0,2}?(our|my) (son|daughter|child|kid|mother|mum|mom|father|dad|husband|wife|partner|grandmother|grandfather)(['’]s)? (\w+ )?(account|data|details|profile|file|records?|information|photos?|pictures?)\b",
        STRONG,
        list_sensitive=True,
    ),
    rule(
        T.ERASURE,
        r"\b(my|all|personal)\b.{0,40}\b(deleted|erased|removed|wiped|purged|destroyed)\b",
        STRONG,
        list_sensitive=True,
        unless=_NONE_DELETED,  # "that no records about my shifts are deleted": a hold
    ),
    # my item to come off an internal, operational list or system (no mailing list): "make sure
    # my private mobile number comes off the call-out list and out of the shift system", "my
    # name should be taken off the staff directory"
    rule(
        T.ERASURE,
        r"\bmy (\w+ ){0,2}?(number|phone number|mobile|mobile number|address|e-?mail( address)?|name|details|photo|picture)\b (comes?|is taken|gets taken|be taken|are taken|is removed|gets removed|be removed|goes|go) (off|out of|from)\b.{0,40}\b(rota|roster|call-?out list|on-?call list|standby list|shift (system|plan|schedule|rota)|(staff|phone|internal|team|employee) (list|directory)|directory|intranet|database|systems?)\b",
        CLEAR,
    ),
    rule(
        T.ERASURE,
        r"\bright to (be forgotten|erasure)\b|\b(want|wish|like|ask|asking) to be forgotten\b|\bforget (about )?me\b|\bart(icle)? ?17\b",
        STRONG,
    ),
    rule(
        T.ERASURE,
        r"\b(deletion|erasure)\b",
        CLEAR,
        list_sensitive=True,
        # a policy's deletion reported, a deletion asked to be halted: no erasure asked
        unless=r"\b(policy|policies|schedule|procedure|rules?|practice) (provides?|provided|foresees?|requires?|says|states|prescribes?|allows?) (for )?(the )?(automatic |routine |scheduled )?(deletion|erasure)\b|\b(deletion|erasure)\b.{0,40}\b(has been|is|be|was) (suspended|stopped|halted|paused|put on hold|on hold|postponed)\b",
    ),
    rule(
        # the formal subjunctive: "(our client) asks that all data … be deleted"
        T.ERASURE,
        r"\b(ask|asks|asking|request|requests|requesting|demand|demands|require|requires|insist|insists)\b (that )?.{0,90}\b(be|are) (\w+ )?(deleted|erased|removed|destroyed|purged)\b",
        CLEAR,
        list_sensitive=True,
        # a hold, not an erasure: "we ask that none of them be deleted or altered", "that no
        # records are destroyed" (read as restriction below)
        unless=_NONE_DELETED,
    ),
    rule(
        T.ERASURE,
        r"\b(take|get) (me|(my|his|her|their) (\w+ ){0,3}?(data|details|information|name|names|address|number|e-?mail|e-?mail address))(?<!\bname) (off|out of)\b.{0,25}\b(database|databases|files|records|system|systems|crm)\b|\b(take|get) me (off|out of)\b.{0,25}\b(database|databases|files|records|system|systems|crm)\b",
        STRONG,
    ),
    # the same, in the passive: "I'd like to be taken off your database"
    rule(
        T.ERASURE,
        r"\b(i|we)\b.{0,25}\bto be (taken|removed|deleted|erased|wiped|struck) (off|out of|from)\b.{0,25}\b(database|databases|files|records|system|systems|crm)\b",
        STRONG,
    ),
    # asked as a question of what may be done: "can those old scans be wiped?", "could the
    # recordings of him be taken out?" (a status question, "will it be deleted?", is not)
    rule(
        T.ERASURE,
        r"\b(can|could) (those|these|they|it|that|this|the|my|his|her|our|their) (\w+ ){0,4}?be (deleted|erased|wiped|removed|destroyed|purged|taken (out|off|down))\b",
        CLEAR,
        list_sensitive=True,
    ),
    # data kept out of use while they are checked (art. 18(1)(a)): "I would prefer that these
    # figures were not used until they have been checked"
    rule(
        T.RESTRICTION,
        r"\b(not|no longer) (be |being )?(used|processed|relied on|acted on)\b.{0,120}\buntil\b.{0,40}\b(checked|verified|corrected|rectified|resolved|clarified|confirmed|settled|remeasured|re-measured|reviewed)\b",
        CLEAR,
        negatable=False,
    ),
    rule(
        # what is processed, asked about (also for a client: "which personal data concerning him
        # you process"); "to whom it has been disclosed"
        T.ACCESS,
        r"\b(know|learn|find out|tell|told|inform\w*|confirm|list|overview)\b.{0,30}\bwhich (personal )?(data|information|details)\b.{0,80}\b(process|processes|processed|hold|holds|held|store|stores|stored|keep|keeps|kept|have|has)\b|\bto whom\b.{0,40}\b(disclosed|shared|passed|sold|transferred|given|provided)\b",
        CLEAR,
        unless=_KEPT,
    ),
    # questions of art. 15(1)(c) and (d): who received the data, how long they stay
    rule(
        T.ACCESS,
        r"\b(which|what) (\w+ )?(partners|companies|firms|third parties|recipients|organi[sz]ations)\b"
        r".{0,30}\b(received|got|have received|were given|obtained)\b.{0,20}\bmy\b|"
        r"\bhow long (do|will) you (keep|store|retain|hold)\b.{0,40}\b(my|data|information)\b",
        CLEAR,
    ),
    rule(T.ERASURE, r"\b(close|cancel|terminate)\b.{0,10}\bmy account\b", WEAK),
    # a title or a closing wish: "Objection to direct marketing and account closure"
    rule(T.ERASURE, r"\b(account|profile) (closure|deletion|removal|cancellation)\b", CLEAR),
    rule(
        T.ERASURE,
        r"\b(want|like|need|have) (it|them|this|that|everything|all of it) (deleted|erased|removed|wiped|destroyed)\b",
        STRONG,
    ),
    rule(
        T.ERASURE,
        r"\b(delete|erase|remove|wipe|destroy|purge) (it|them|those|these|that data)\b",
        CLEAR,
        context=r"\b(data|information|details|records|account|profile)\b|\bit\b",
        context_window=1,
        unless=_THING_NOT_DATA,
    ),
    rule(
        T.ERASURE,
        r"\b(want|wants|like|need|have|get)\b.{0,50}\b(data|details|information|account|profile|records|everything|it|them)\b.{0,12}\b(deleted|erased|removed|wiped|destroyed|purged|gone)\b",
        STRONG,
        # "tell me what you did to get it deleted there": what was done, asked about
        unless=r"\b(what|which steps|how)\b (\w+ ){0,2}?(you|they|your company) (did|have done|had done|took|have taken|undertook|are doing) to\b",
    ),
    # a wrong entry, asked to be put right: "could that please be put right everywhere?"
    rule(
        T.RECTIFICATION,
        r"\b(can|could|would) (that|this|it|they|those|these|the \w+|my \w+|his \w+|her \w+) (please )?be (put right|corrected|rectified|amended)\b"
        # an expectation put in plain words: "I expect this to be fixed", "I want it corrected"
        r"|\b(i|we) (expect|want|need|would like) (that|this|it|them|those|these|the \w+|my \w+) (to be )?(put right|corrected|rectified|amended|fixed)\b",
        CLEAR,
        context=r"\b(name|surname|address|birth|spelt|spelled|spelling|entered|recorded|registered|wrong|incorrect|mistake)\b",
        context_window=1,
    ),
    # restriction (art. 18)
    rule(
        T.RESTRICTION,
        r"\brestrict(ion|ed)?\b.{0,35}\bprocess|\bprocess\w*\b.{0,30}\brestrict|\bart(icle)? ?18\b",
        STRONG,
    ),
    rule(
        T.RESTRICTION,
        r"\b(stop|suspend|pause|freeze|halt)\b.{0,40}\b(using|processing|use|process)\b.{0,60}\b(until|while|pending|for now|for the time being)\b",
        CLEAR,
        negatable=False,
    ),
    rule(
        T.RESTRICTION,
        r"\b(keep|retain|preserve|hold on to|(don't|do not|must not|mustn't|may not|should not|shouldn't|cannot|can't|are not to) (\w+ ){0,2}?(delete|erase|destroy))\b.{0,50}\b(but|without)\b.{0,30}\b(not |no longer |stop )?(us(e|ing)|process(ing)?)\b",
        CLEAR,
        negatable=False,
    ),
    rule(
        T.RESTRICTION,
        r"\b(while|until|till|pending|as long as)\b.{0,80}\b(don't|do not|not to|stop|no longer)\b.{0,30}\b(use|using|process|processing|pass|passing|share|sharing|disclose|disclosing|transfer|transferring|hand|handing|send|sending)\b|\b(until|till|pending)\b.{0,60}\b(fixed|corrected|resolved|sorted|rectified|verified|checked|settled|closed)\b.{0,40}\b(for nothing|for anything|nothing|don't|do not|stop|freeze|on hold)\b|\b(don't|do not|not to|stop)\b.{0,15}\b(use|using|process|processing)\b.{0,60}\b(but|while)\b.{0,15}\b(keep|retain|hold|store|preserve)",
        CLEAR,
        negatable=False,
    ),
    rule(
        T.RESTRICTION,
        r"\blimit\b.{0,30}\b(what you do with|the use of|use of|processing of|how you use)\b",
        STRONG,
    ),
    rule(
        T.RESTRICTION,
        r"\b(block|freeze|lock|put on hold)\b.{0,15}\bmy (personal )?(data|account|information|file)",
        CLEAR,
    ),
    rule(
        T.RESTRICTION,
        r"\bput\b.{0,25}\b(data|account|information|details|file|records)\b.{0,10}\bon (hold|ice)\b",
        CLEAR,
    ),
    # the data put in a held state, in plain words: "I want my data frozen", "my file put on
    # ice"; a state reported ("my account was blocked") is no request
    rule(
        T.RESTRICTION,
        r"\bmy (personal )?(data|details|information|file|records)\b.{0,25}\b(frozen|blocked|locked|put on hold|on hold|on ice|parked)\b",
        CLEAR,
        unless=r"\b(was|were|been|got|is|are|remain|remains)\b (\w+ )?(frozen|blocked|locked|on hold|on ice|parked)\b",
    ),
    rule(
        T.RESTRICTION,
        r"\b(us(e|ed|ing)|process(ed|ing)?)\b.{0,20}\b(for )?(anything|nothing) (else|other than|besides|except)\b|\bfor (any|no) other purpose",
        CLEAR,
        negatable=False,
        mail_context=r"\b(keep|keeping|retain|store|hold on to|have to keep|need to keep|archive)\b",
    ),
    # keep, do not delete, until a claim is settled (art. 18(1)(c)): a litigation hold
    rule(
        T.RESTRICTION,
        r"\b(do not|don't|not to|never) (delete|erase|destroy|remove|alter)\b.{0,40}\b(until|while|pending|as long as)\b|\b(preserve|retain|keep)\b.{0,40}\b(records|data|documents|materials|evidence|information)\b.{0,60}\b(prevent|against|from|no|without)\b.{0,20}\b(deletion|alteration|destruction)\b|\b(litigation|legal|retention|preservation) hold\b|\bpreservation (notice|request|letter|demand)\b|\b(suspend|halt|pause|stop|disable|switch off|turn off|override)\b (any |all |the |your )?(routine|automatic|automated|scheduled|regular|standard|periodic|usual|normal)\b (\w+ ){0,2}?(deletion|erasure|destruction|purg\w*|overwrit\w*|clean-?ups?|disposal)",
        CLEAR,
        negatable=False,
    ),
    # portability (art. 20)
    rule(T.PORTABILITY, r"\bportabilit|\bart(icle)? ?20\b", STRONG),
    # a format asked for; stated as a preference ("preferred delivery format: machine-readable"),
    # it says how to deliver the copy an access request asks for
    rule(
        T.PORTABILITY,
        r"\bmachine[- ]?readable\b",
        STRONG,
        tag="format",
    ),
    rule(
        T.PORTABILITY,
        r"\b(csv|json|xml|excel|spreadsheet)\b|\bstructured\b.{0,30}\bformat",
        CLEAR,
        context=r"data|information|details|file|export|format|orders|history|records|account|purchases|invoices|profile",
        tag="format",
    ),
    rule(
        T.PORTABILITY,
        r"\b(transfer|transmit|move|send|port)\b.{0,50}\b(to|into)\b.{0,20}\b(another|a new|other|different|my new|the new)\b.{0,20}\b(provider|supplier|company|employer|service|controller|platform|system|vendor)",
        CLEAR,
        context=r"data|information|details|history|records",
    ),
    rule(T.PORTABILITY, r"\bexport\b.{0,30}\b(my|of my|of all|all)\b", CLEAR),
    rule(
        T.PORTABILITY,
        r"\b(import|upload|load)\b|\b(send|transfer|pass|give|forward)\b.{0,60}\bto (them|that (provider|supplier|company)|the new \w+|my new \w+|their)\b",
        CLEAR,
        mail_context=r"\b(another|new|different|other)\b.{0,25}\b(provider|supplier|vendor|company|employer|system|platform|service|app|website|shop|store|software|tool|bank)\b",
    ),
    # objection (art. 21)
    rule(
        DIRECT_MARKETING,
        r"\b(i|we) (hereby |strongly |also |further |expressly |explicitly |specifically |therefore )*object\b|\bobjection\b|\bright to object\b",
        STRONG,
        # an objection named as what a question is about, not made: "Question about objection",
        # "a query regarding the right to object", "Objection - question"
        unless=r"\b(question|query|enquiry|inquiry)s? (about|on|regarding|concerning|re:?) (an |the |a )?(objections?|(the )?right to object)\b|^\W*objections?\W+(question|query|enquiry|inquiry)s?\W*$",
    ),
    rule(T.OBJECTION, r"\bart(icle)? ?21\b", STRONG),
    # consent to appear in the company's video or photos taken back: "she would rather not be in
    # it", "I no longer want to appear in the campaign" (art. 21, as a photo in advertising)
    rule(
        T.OBJECTION,
        r"\b(would rather|'d rather|prefers? not to|prefer not to|(do|does) not want to|(don't|doesn't) want to|no longer wants? to|no longer wish(es)? to)( not)? (be|appear|feature|be shown|be featured) (in|on) (it|them|the (\w+ ){0,2}?(video|photos?|film|clips?|footage|pictures?|brochure|adverts?|advertisement|campaign|website|poster))\b",
        CLEAR,
        negatable=False,
        mail_context=r"\b(videos?|photos?|photographs?|film|clips?|footage|pictures?)\b",
    ),
    rule(
        T.OBJECTION,
        r"\bprofil(ing|ed|e me)\b|\bsegment(ation|ed|ing)\b|\bautomated decision",
        CLEAR,
        negatable=False,
        tag="profiling",
        # profiling as the topic of a request, or asked about: "a request concerning automated
        # decision-making and profiling", "confirm whether you carry out profiling"
        unless=r"\b(concerning|regarding|in relation to|relating to|related to|with regard to) (any )?(automated decision[- ]making|profiling)\b|\bwhether you (\w+ ){0,2}?(carry out|perform|use|engage in|make|apply)\b"
        # profiling named as what a question is about: "Profiling question", "a query about
        # automated decisions"
        r"|\b(profiling|automated decision[- ]making) (question|query|enquiry|inquiry)s?\b|\b(question|query|enquiry|inquiry)s? (about|on|regarding|concerning|re) (\w+ )?(profiling|automated decision)",
    ),
    rule(
        T.OBJECTION,
        r"\b(stop|quit|cease)\b.{0,10}\b(calling|phoning|ringing|cold calling)\b|\b(don't|do not|dont|never)\b( \w+){0,3} (call|phone|ring|phoning|calling|ringing)\b.{0,5}\b(me|us|again)\b|\bno (more )?(phone |telephone |cold |sales )?calls\b|\b(don't|do not|dont) (want|need)\b.{0,15}\b(phone |telephone |cold |sales |marketing )calls\b",
        STRONG,
        negatable=False,
    ),
    rule(
        T.OBJECTION,
        rf"\b{_STOP}\b.{{0,40}}\b(letters|brochures|catalogues?|catalogs?|leaflets|flyers|folders|junk mail|paper mail|post)\b",
        CLEAR,
        negatable=False,
    ),
    rule(DIRECT_MARKETING, r"\bdirect marketing\b", CLEAR, negatable=False),
    rule(
        T.OBJECTION,
        r"\b(stop|no longer|cease)\b.{0,30}\b(using|processing|use|process|sharing|share)\b.{0,25}\bmy (personal )?(data|information|details)",
        CLEAR,
        negatable=False,
        yields_to=T.RESTRICTION,
    ),
    rule(T.OBJECTION, r"\blegitimate interest", WEAK, negatable=False),
    # "please don't share my details with your partners": an objection to the disclosure
    rule(
        T.OBJECTION,
        r"\b(don't|do not|dont|never)\b (\w+ )?(share|sell|pass on|pass|disclose|give|hand)\b (on )?my (personal )?(data|details|information|e-?mail address|address|(phone |mobile )?number)\b",
        CLEAR,
        negatable=False,
        yields_to=T.RESTRICTION,
    ),
    rule(
        T.OBJECTION,
        r"\b(don't|do not|dont|never|no longer|not)\b.{0,20}\b(want|wish|like)\b.{0,10}\bto be (called|phoned|rung|cold[- ]called|contacted by (phone|telephone))\b",
        STRONG,
        negatable=False,
    ),
    rule(
        T.OBJECTION,
        r"\b(targeted|personali[sz]ed|tailored)\b.{0,15}\b(ads|adverts|advertising|advertisements|offers|marketing|promotions)\b|\b(based on|from|using)\b.{0,10}\bmy (purchase|purchasing|order|browsing|buying) (history|behaviou?r|data|habits)\b|\b(analy[sz]e|analy[sz]ing|track|tracking)\b.{0,20}\bmy (purchases|orders|behaviou?r|browsing|buying)\b",
        CLEAR,
        negatable=False,
        tag="profiling",
    ),
    rule(
        T.OBJECTION,
        r"\b(forbid|prohibit|do not authori[sz]e|don't authori[sz]e|do not allow|don't allow|do not permit)\b.{0,25}\b(use|using|process|processing|share|sharing|analy[sz]e|analy[sz]ing)\b",
        CLEAR,
        negatable=False,
        yields_to=T.RESTRICTION,
    ),
    rule(
        T.OBJECTION,
        r"\b(scor(e|es|ed|ing)|rat(e|es|ed|ing)|rank(s|ed|ing)?|categori[sz](e|es|ed|ing)|classif(y|ies|ied|ying)) (me|us|customers|clients|people|users|buyers)\b|\bbeing (scored|rated|ranked|categori[sz]ed|classified|profiled)\b|\bcustomer scor(e|es|ing)\b",
        CLEAR,
        negatable=False,
        tag="profiling",
    ),
    # marketing opt-out (electronic)
    rule(
        T.MARKETING_OPT_OUT,
        r"\bun-?subscri(be|bing|bed|ption)\b",
        STRONG,
        negatable=False,
        # an earlier request taken back: "please ignore my mail asking to be unsubscribed"
        unless=r"\b(ignore|disregard|forget|withdraw|cancel|scrap)\b (my|the|that|this) (\w+ ){0,4}?(mail|e-?mail|message|request|letter|note)\b",
    ),
    rule(
        MARKETING,
        r"\bopt(ed|ing)?[- ]?out\b",
        CLEAR,
        negatable=False,
    ),
    # consent to marketing withdrawn; consent to the processing as a whole withdrawn beside an
    # erasure is part of that erasure
    rule(
        MARKETING,
        r"\b(withdraw\w*|revok\w*)\b.{0,20}\bconsent\b|\bconsent\b.{0,60}\b(withdrawn|revoked)\b",
        CLEAR,
        negatable=False,
        context=r"\b(marketing|advertising|advertisements?|adverts?|promotional|promotions?|newsletters?|unsolicited|commercial|e-?mails?|sms|texts|offers|mailings?|contacted|contact me)\b",
    ),
    rule(
        MARKETING,
        rf"\b{_STOP}\b.{{0,40}}\b(newsletters?|mailings?|(e-?mails?|mails)(?! ?(address|account|inbox))|sms|texts|text messages|promotions?|promotional|offers|advertising|advertisements|adverts|ads|marketing|spam)\b",
        CLEAR,
        negatable=False,
        unless=_STAY,
        yields_to=T.RESTRICTION,
    ),
    rule(
        MARKETING,
        r"\b(newsletters?|e-?mails?|mails|sms|texts|text messages|promotions?|offers|advertising|ads|marketing)\b(?! ?(address|account|inbox|partners?|networks?|agenc(y|ies)|platforms?|compan(y|ies)|firms?|providers?|vendors?|cookies?|trackers?|pixels?|identifiers?|ids?)\b)(?!-)(?!.{0,30}\b(exist|work|valid|in use))\S*\b.{0,30}\b(anymore|any more|no longer|to stop)\b",
        CLEAR,
        negatable=False,
    ),
    rule(
        MARKETING,
        r"\b(stop|quit|cease)\b.{0,15}\b(sending|emailing|mailing|spamming|texting|bombarding)\b",
        CLEAR,
        negatable=False,
        yields_to=T.RESTRICTION,
        # service messages, not advertising: "stop texting me delivery updates"
        unless=_SERVICE_MESSAGES,
    ),
    rule(
        T.MARKETING_OPT_OUT,
        r"\b(mailing|e-?mail|distribution|marketing|contact|newsletter) ?lists?\b",
        CLEAR,
        negatable=False,
        # staying on a list; something that went out to a list (a report of a leak)
        unless=_STAY
        + r"|\b(were|was|got|been|being) (sent|forwarded|copied|mailed|e-?mailed|circulated|distributed)\b.{0,80}\bto\b.{0,50}\blists?\b",
    ),
    # marketing named just before, stopped by a pronoun: "your sales team keeps ringing me
    # about offers. Please make that stop", "the promo texts again - can you make them stop?"
    rule(
        MARKETING,
        r"\b(make|get) (that|it|this|them|those|these|the calls|the texts|the e-?mails) (to )?(stop|end|cease)\b",
        CLEAR,
        negatable=False,
        context=r"\b(sales|salesm[ae]n|reps?|telemarketing|telesales|cold[- ]call\w*|newsletters?|mailings?|promotions?|promos?|promotional|offers|adverts?|advertising|marketing|spam|range|deals?)\b",
        context_window=1,
    ),
    # off a mailing named just before, by a pronoun: "the newsletter still arrives. Please take
    # me off it", "those promo texts keep coming, can you remove me from them?"
    rule(
        MARKETING,
        r"\b(take|get|remove|drop|strike|cross) me (off|from|out of) (it|that|them|this|those|these|that one)\b",
        CLEAR,
        negatable=False,
        context=r"\b(newsletters?|mailings?|e-?mails?|mails|sms|texts|text messages|promotions?|promos?|offers|adverts?|advertising|marketing|mailing list|catalogues?|brochures?|spam)\b",
        context_window=1,
    ),
    rule(
        MARKETING,
        r"\b(i want out|count me out|leave me out)\b",
        CLEAR,
        negatable=False,
        mail_context=r"e-?mails?|newsletter|marketing|sms|texts",
    ),
    rule(
        MARKETING,
        r"(?<!\bmissing )(?<!\babsent )(?<!\bomitted )(?<!\bleft out )\b(off|from) (all |every |any |each )?(of )?(your |the |this |that |these |those |whatever |any )?(\w+ )?lists?\b(?! of)"
        # a list the writer sent us, not one of ours: "one name was missing from the list we
        # sent", "take the names from the list I attached"
        r"(?! (that |which )?(we|i) (\w+ )?(sent|gave|provided|shared|submitted|mailed|e-?mailed|forwarded|attached|uploaded)\b)",
        CLEAR,
        negatable=False,
        # "delete my details from the list you gave to that company": an erasure
        yields_to=T.ERASURE,
    ),
    rule(
        MARKETING,
        # "delete me from all your lists and from your database": every list, beside the
        # erasure (which may be refused in part, a legal hold), as in the other languages
        r"\b(off|from) (all|every|each)( of)? (your |the |these |those )?(\w+ )?lists\b(?! of)",
        CLEAR,
        negatable=False,
    ),
    rule(
        MARKETING,
        r"\b(don't|do not|dont) (want|need)\b (them|it|these|those|this|any of (it|them|this))\b (anymore|any more|any longer)\b|\b(don't|do not|dont|no longer) (want|wish) to (receive|get) (them|it|these|those|this|that)\b",
        CLEAR,
        negatable=False,
        mail_context=_ADS,
    ),
    # "no more publicity", "I do not want any more advertising": marketing, sorted by channel
    rule(
        MARKETING,
        r"\b(no|any) (more|further) (publicity|advertising|advertisements?|adverts?|ads|promotions?|promotional \w+|marketing|newsletters?|commercial \w+)\b",
        CLEAR,
        negatable=False,
    ),
    # unsolicited communications refused: marketing, sorted by channel
    rule(
        MARKETING,
        r"\bunsolicited (communications?|messages?|mail|e-?mails?|marketing|advertising|post|calls?|offers)\b",
        CLEAR,
        negatable=False,
    ),
    # complaint
    rule(
        # personal data handled carelessly: the writer complains about how it is handled
        T.COMPLAINT,
        r"\b(careless\w*|sloppy|sloppily|negligen\w*|irresponsibl\w*|reckless\w*|cavalier|play(ing)? fast and loose|unhappy|dissatisfied|not (at all |very )?(happy|satisfied|pleased))\b",
        CLEAR,
        context=r"\b(data|information|details|privacy|e-?mail addresses|handle[sd]?|handling|treat\w*)\b",
        conditional_drop=True,
        negatable=False,
    ),
    rule(
        T.COMPLAINT,
        r"\b(formal )?complaints?\b(?! (handling|records?|procedures?|process|department|forms?|team|numbers?|references?|logs?|policy))|\bcomplain(ing)?\b",
        STRONG,
        unless=r"\bwhen (i|we) (had )?complain\w*\b|\bcomplain\w* (about|of|over) (a |an |the |my |our )?(late |missing |wrong |damaged |delayed )?(delivery|deliveries|order|invoice|parcel|product|bill|shipment)\b",
        mail_context=_PRIVACY,
        conditional_drop=True,
    ),
    rule(
        T.COMPLAINT,
        r"\b(data protection authority|supervisory authority|gegevensbeschermingsautoriteit|ico|gba|apd|dpa|privacy commission)\b",
        CLEAR,
        conditional_drop=True,
        negatable=False,
        # the authority as where the writer read something: "on the website of the data
        # protection authority", "the ICO's guidance says", "a template from the DPA"
        unless=r"\b(website|web ?site|site|web ?page|page|guidance|guidelines|faq|leaflet|template|model letter|publication)s? (of|from|by|on) (the |your )?(\w+ ){0,2}?(data protection authority|supervisory authority|ico|dpa|privacy commission)\b|\b(data protection authority|supervisory authority|ico|dpa|privacy commission)('s)? (website|web ?site|site|web ?page|page|guidance|guidelines|faq|template|model letter)\b"
        # "DPA" as a data processing agreement, a contract: "under the DPA signed in March",
        # "clause 4 of our DPA", "the DPA we concluded"
        r"|\b(under|per|in line with|pursuant to|clause \d+ of|annex \w+ (to|of)|signed|sign|concluded|agreed) (the|our|a|that|this|your) dpa\b|\b(the|our|that|this) dpa (signed|concluded|agreed|we (have )?(signed|concluded|agreed)|in place|between)\b",
    ),
    rule(
        T.COMPLAINT,
        r"\b(appalled|outraged|furious|disgusted|unacceptable|scandalous|shocking|disgraceful|fed up)\b",
        CLEAR,
        context=r"\b(data|details|information|privacy|request|leak\w*|breach|hacked|shared|sold|gdpr)\b",
        mail_context=r"\b(data|privacy|gdpr|delete|deleted|erase\w*|personal|unsubscribe\w*|leak\w*|breach|hacked)\b",
        conditional_drop=True,
        negatable=False,
    ),
)

# round 7 (tuned fresh letters): ways of asking the rules did not know
RULES += (
    # a copy of a named record about the writer: "a copy of the footage in which he appears",
    # "a copy of the interview notes", "a copy of what was recorded about me"
    rule(
        T.ACCESS,
        r"\b(request|requesting|ask for|asking for|like|have|want|need|send|provide|give|get|receive|obtain)\b.{0,25}\b(a |full |complete )?cop(y|ies) of\b(?! (my|the|our|your|this|that|an?|his|her) (id|identity|passport|driving|driver's|invoice|order|contract|complaint|letter|request|reply|answer|judgment|court order|power of attorney|delivery|receipt|quote|quotation|bill|credit note|death certificate)\b)",
        CLEAR,
        context=r"\b(about (me|him|her|us)|(i|he|she) (appear|appears|am|is)|recorded|footage|recordings?|notes|scores?|results?|assessments?|forms?|records?|reference|appraisals?|cctv|camera|screenshots?|logs?|stills|photos?|file|monitoring|surveillance|gdpr)\b",
        unless=_COMPANY_DOC,
    ),
    # what was recorded or is held about the writer: "what they hold on me", "the scores
    # recorded about me", "what was recorded about this"
    rule(
        T.ACCESS,
        r"\b(send|give|provide|show|tell|know|see|copy of|list of|learn|find out|what|which)\b.{0,50}\b(recorded|logged|noted|written down|held|kept|stored|registered|hold|holds|keep|have|got) (about|on) (me|him|her|us|this)\b",
        CLEAR,
    ),
    # who saw, opened or received the writer's data
    rule(
        T.ACCESS,
        r"\b((like|want|wish|need) to know|tell (me|us)|let (me|us) know|confirm|ask for|request)\b.{0,60}\b(who|which (\w+ )?(people|persons|addresses|colleagues|staff|employees|recipients|companies|parties)) (else )?(exactly )?(has |have |had )?(seen|opened|read|viewed|accessed|received|looked at|copied|been given|access to)\b|\b(forwarded|passed|shared|given|disclosed|sent)\b.{0,60}\b(and )?to whom\b",
        CLEAR,
    ),
    # "which of my orders were used", "did you give my e-mail address to X"
    rule(
        T.ACCESS,
        r"\bwhich of my (\w+ ){0,4}?(were|was|are|is|have been|has been) (used|shared|processed|taken|passed|given|sent)\b|\bdid you (give|pass|share|send|sell|forward|disclose|hand)\b.{0,10}\bmy\b.{0,60}\bto\b",
        CLEAR,
    ),
    # "confirm what details are on my account", "confirm what other personal data you hold"
    rule(
        T.ACCESS,
        r"\b(confirm|tell (me|us)|let (me|us) know|know|list)\b (exactly )?(what|which) (other |else )?(personal )?(data|details|information|info) (you|your|are|is|have|do)\b",
        CLEAR,
    ),
    # the source of the data (art. 14(2)(f), 15(1)(g))
    rule(
        T.ACCESS,
        r"\b(from )?(which|what) sources?\b.{0,30}\b(my|data|information|details)\b|\b(my )?(personal )?(data|information|details) (originate|came from|come from)\b",
        CLEAR,
    ),
    # "I want to see all my clock-in times", "can I see the form you filled in?"
    rule(
        T.ACCESS,
        r"\b(i (want|would like|'d like|need|wish) to|can i|could i|may i|let me) (please )?(see|view|inspect|have a look at|look at)\b.{0,60}\b(times|forms?|records?|notes|file|data|logs?|history|footage|recordings?|reports?|assessments?|scores?|results?|information|details|photos?)\b",
        CLEAR,
    ),
    # named records of the writer's own: "let me have the notes from my appraisal", "receive
    # the recordings of my calls"
    rule(
        T.ACCESS,
        r"\b(send|give|provide|let me have|receive|obtain|forward|supply|release)\b (me |us )?(with )?(\w+ ){0,2}?(the|all|any) (\w+ ){0,2}?(notes|recordings?|footage|minutes|records|logs|transcripts?|screenshots?|scores|assessments?|appraisals?)\b (of|from|about|on|concerning|relating to|made of) (me|my)\b",
        CLEAR,
    ),
    # a field put right: "correct my result in the register", "correct the incident log",
    # "correct my company name"
    rule(
        T.RECTIFICATION,
        r"\b(correct|rectify|amend|fix)\b (my|the|his|her|our|that|your) (\w+ ){0,2}?(name|title|record|records|result|results|status|entry|log|register|file|profile|details|data|listing|information|reference)\b",
        CLEAR,
    ),
    # a new value given: "change the address to the depot address", "update the job title to
    # 'Welder'", "change it to show no contact person"
    rule(
        T.RECTIFICATION,
        r"\b(change|update|correct|amend|set)\b (my|the|his|her|our) (\w+ ){0,2}?(name|title|address|e-?mail( address)?|number|status|result|record|profile|entry|details|listing|iban|bank account|role|position|department) to\b",
        CLEAR,
    ),
    rule(
        T.RECTIFICATION,
        r"\b(change|update|correct|amend)\b (it|this|that|them) to\b",
        CLEAR,
        context=r"\b(name|title|address|e-?mail|number|status|result|record|profile|entry|register|job|details|listing|iban|bank|lists me|shows me)\b",
        context_window=1,
    ),
    # a value or setting held on the writer's own record, changed: "please set the language
    # on my customer account to French", "update the salutation in my file to Ms"
    rule(
        T.RECTIFICATION,
        r"\b(change|update|correct|amend|set|switch)\b (the |my )?(\w+ ){0,2}?(on|in|of) my (customer |client |personal )?(record|file|account|profile|details|data)\b.{0,20}\bto\b",
        CLEAR,
        unless=r"\bpass ?(word|code)\b|\bpin\b",
    ),
    # the value the record must hold: "make sure my billing address is …", "please ensure the
    # name on the account is …"; not "make sure my number is taken off the rota" (an erasure)
    rule(
        T.RECTIFICATION,
        r"\b(make sure|ensure|see to it)\b (that )?(my|the) (\w+ ){0,2}?(address|e-?mail( address)?|name|surname|(phone |mobile )?number|date of birth|iban|bank account)( (on|in|of) (my|the) (\w+ )?(account|record|file|profile))? (is|reads|says|shows)\b(?! (no longer|not|never|taken|removed|deleted|erased|dropped)\b)",
        CLEAR,
    ),
    # a duplicate or old account of the writer's let go: "the old login can go", "the second
    # account may be deleted"
    rule(
        T.ERASURE,
        r"\b(other|old|older|second|duplicate|extra|spare|unused|former|first|superfluous) (customer |user |webshop |online )?(accounts?|logins?|profiles?|user ?names?|registrations?) (can|may|should|could) (go|be (deleted|removed|closed|erased|dropped|deactivated|scrapped))\b",
        CLEAR,
    ),
    # "the bank account you have is old, new one is …; please change it"
    rule(
        T.RECTIFICATION,
        r"\b(please )?(change|update|correct) (it|this|that|them)\b",
        CLEAR,
        context=r"\b(old|new one|new number|new address|wrong|incorrect|outdated|no longer)\b",
        context_window=1,
    ),
    # a named item deleted: "delete the scan from your systems", "delete the photo", "delete the
    # notes of that hearing", "delete the medical information from his application file"
    rule(
        T.ERASURE,
        r"\b(delete|erase|destroy|purge|wipe)\b (the|that|this|these|those|his|her|their) (\w+ ){0,3}?(photos?|pictures?|images?|scans?|notes|recordings?|footage|copies|cop(y|ies) of|information|data|records?|files?|documents?|certificates?|attachments?|profile|details)\b",
        CLEAR,
        list_sensitive=True,
    ),
    rule(
        T.ERASURE,
        r"\b(delete|erase|destroy|purge|wipe)\b (the|that|this|these|those|his|her|their|it|them)\b.{0,60}\bfrom (your|the|his|her|my|our|their|all) (\w+ ){0,2}?(systems?|files?|database|databases|records|mailbox|server|servers|archive|crm|drive|intranet|website|site|page)\b",
        CLEAR,
        list_sensitive=True,
    ),
    # taken off a website: "take that review and my name down from your website"
    rule(
        T.ERASURE,
        r"\btake (\w+ ){0,6}?down\b|\btake down\b|\btake (it|them|this|that|those|these) off\b(?! (your|the|my|all|any|every)\b.{0,30}\blists?\b)",
        CLEAR,
        context=r"\b(website|site|page|post|posts|intranet|online|linkedin|facebook|instagram|banner|photo|photos|picture|pictures|image|images|video|videos|face|name|review|profile|pdf)\b",
        context_window=1,
    ),
    # portability: a file to hand on ("send me the scan file, so I can give it to a tailor")
    rule(
        T.PORTABILITY,
        r"\b(send|give|provide|export)\b.{0,40}\bfile\b.{0,80}\bso (that )?(i|we) (can|could) (give|pass|take|send|use|upload|import|hand|bring)\b",
        CLEAR,
    ),
    # restriction: "hold off on deleting", "keep my data as it is until"
    rule(
        T.RESTRICTION,
        r"\b(hold off|wait) (on|with) (deleting|erasing|the deletion|the erasure|removing)\b|\b(keep|leave|retain)\b.{0,30}\b(as it is|as they are|unchanged|untouched)\b.{0,30}\buntil\b",
        CLEAR,
        negatable=False,
    ),
    # restriction until a dispute is settled: "until the correction has been made the record
    # is not used in my review"
    rule(
        T.RESTRICTION,
        r"\b(until|till|pending|while)\b.{0,80}\b((is|are|was|be) not|not be|isn't|aren't)( \w+)? (used|shared|processed|disclosed|passed on|relied on)\b|\b(don't|do not|not to)\b (\w+ )?(use|share|process|disclose|pass on)\b.{0,60}\b(until|till|pending)\b",
        CLEAR,
        negatable=False,
    ),
    # a hold: "preserve the footage … and do not delete it under your retention schedule"; not
    # an account the writer wants to go on using ("please keep my account, don't delete it, I
    # order again in March", "keep my subscription active and don't remove me"): nothing is to
    # be kept out of use (unless it is kept as proof: "keep my account, I need it for the court")
    rule(
        T.RESTRICTION,
        r"\b(preserve|retain|keep|secure)\b.{0,100}\b(and |but )?(do not|don't|not to|never)\b (delete|erase|destroy|overwrite|remove)\b",
        CLEAR,
        negatable=False,
        unless=r"^(?!.*\b(proof|evidence|dispute|disputed|claim|court|tribunal|lawyer|solicitor|union|investigation|until|pending|while)\b).*\b(keep|retain)\b (my|our|the) (\w+ )?(account|subscription|membership|login|customer number|loyalty card)\b(?! (data|records?|history|details|information|logs?)\b)",
    ),
    # an objection to tracking or monitoring: "I object to the tracking of my opens and clicks"
    rule(
        T.OBJECTION,
        r"\b(i|we) (\w+ )?object to (the |any |your |my |all )?(tracking|monitoring|profil\w*|analys\w*|analyz\w*|scoring|surveillance|tracking pixels)\b",
        CLEAR,
        negatable=False,
        tag="profiling",
    ),
    # restriction: who may see it: "could my certificates only be seen by payroll"
    rule(
        T.RESTRICTION,
        r"\bonly (be )?(seen|accessed|used|viewed|read|opened|processed|handled) by\b",
        CLEAR,
    ),
)

# round 8 (blind18, issue 12): general request forms × action verbs of a right × the writer's own
# things, instead of one verb+object pair per letter. What the company keeps of the writer: a
# photo, a scan, a recording, a chat, notes, a file, entries, readings, answers, an account …
_OWN_ITEM = r"(photos?|photographs?|pictures?|pics|images?|selfies?|portraits?|scans?|(3d|body) (models?|scans?)|videos?|footage|recordings?|chats?|chat (logs?|history|histories|transcripts?)|conversations?|transcripts?|notes|files?|records?|entries|entry|history|logs?|profiles?|accounts?|data|details|information|info|measurements|readings|results|scores|answers|responses|assessments?|appraisals?|copies|documents?|certificates?|attachments?|cv|resume|fingerprints?|biometrics?|location data|gps data|(e-?mail |home |postal )?address(es)?|(phone |mobile )?numbers?|face|voice)"
# what is recorded about the writer, asked to be seen or sent
_RECORDED = r"(photos?|photographs?|pictures?|pics|images?|scans?|videos?|footage|recordings?|camera (records?|images?|footage)|chats?|chat (logs?|history|transcripts?)|transcripts?|notes|readings|measurements|scores|answers|responses|logs?|entries|personal data|data|information|records?|(personnel|hr|customer|employee|training|medical) (file|record)s?|file on me|history|timesheets?|clock-?ins?|badge (data|records?|history))"
_ASK_SEE = r"(see|view|get|have|receive|obtain|read|look at|have a look at|check|access|consult|inspect|download)"

RULES += (
    # erasure: a removal verb over one of the writer's things: "could you wipe that chat?",
    # "please delete the photos and the 3D model", "get rid of my old scans"
    rule(
        T.ERASURE,
        rf"\b(delete|erase|remove|wipe|purge|destroy|shred|scrub|get rid of|scrap|bin|trash|dispose of|throw away)\b (out )?(the|that|this|these|those|my|our|his|her|their|any|all)( of)?( the| my| our| his| her| their| those| these| that)? (\w+ ){{0,4}}?{_OWN_ITEM}\b",
        CLEAR,
        list_sensitive=True,
    ),
    # access asked as a question: "can I see the list of what I bought with my badge?", "could we
    # have the camera pictures of that day?"
    rule(
        T.ACCESS,
        rf"\b(can|could|may|might) (i|we) (please )?(also )?(just )?{_ASK_SEE}\b (\w+ ){{0,3}}?(the|my|a|all|any|our|those|these|that|this|what|which|everything)\b.{{0,50}}?\b({_RECORDED}|(list|overview|summary|record|log|printout) of (what|everything|all|my|the (times|days|dates|hours|purchases|transactions))|what (i|we|you|they))\b",
        CLEAR,
        # the writer's own things, not a product's photos or a stock report
        context=r"\b(my|me|mine|myself|him|her|his)\b",
    ),
    # the same as an order or a wish: "send me the pictures of the entry and exit", "I want the
    # recordings of my calls", "show us the notes they made"
    rule(
        T.ACCESS,
        rf"\b((please |could you |can you |would you |kindly )(send|give|show|forward|e-?mail|provide|share|release)|(i|we) (want|would like|'d like|need|wish to (have|see|receive|get))) (me |us )?(with )?(a copy of |copies of )?(the|all|any|those|these|that|this|my)\b (\w+ ){{0,4}}?{_RECORDED}\b ((of|from|about|on|concerning|relating to|made of|taken of|showing) (me|my|him|his|her|us|our)\b|(that |which )?(you|they|your \w+) (took|made|recorded|hold|have|kept|keep|store|stored|logged|collected) |in which (i|he|she) )",
        CLEAR,
    ),
    # what is recorded, kept or known about the writer, and who saw it: "I would like to know what
    # is recorded each time it is scanned", "I want to know what information about me was used"
    rule(
        T.ACCESS,
        r"\b((would |'d )?like to know|want to know|wish to know|need to know|tell (me|us)|let (me|us) know|(can|could|would) you (please )?(tell|show|explain to) (me|us)|confirm|find out|learn)\b (exactly |precisely |also |please )?(what|which|who|whom|whether|how long|where)\b.{0,80}\b(recorded|stored|kept|keep|held|hold|logged|scanned|collected|used|shared|passed|transferred|disclosed|forwarded|saw|seen|see|access|accessed|data|information|details|readings|photos|pictures|footage|recordings)\b",
        CLEAR,
        # what the company needs of the writer to act ("let me know what details you need"), or
        # must keep despite an erasure ("where you are required to retain data, tell us which")
        unless=_KEPT
        + r"|\b(you )?(need|require)\b.{0,15}\b(from me|from us|to (process|verify|identify|handle|complete|ship|deliver))\b|\b(you|we) (need|require)\b|\b(required|obliged|bound|obligated|entitled) to (retain|keep|store)\b",
        # the writer's own (or a represented person's) data, not a stock of goods
        context=r"\b(i|me|my|mine|myself|he|him|his|she|her|client)\b",
    ),
    # a copy of a record sent: "send me a copy of the entry and exit pictures please"
    rule(
        T.ACCESS,
        rf"\b(send|give|provide|forward|e-?mail|share|let me have)\b (me |us )?(a |full |complete )?cop(y|ies) of (the|my|all|any|those|these|that|this) (\w+ ){{0,4}}?{_RECORDED}\b",
        CLEAR,
        unless=_COMPANY_DOC,
    ),
    # "confirm whether you hold any personal data about her at all"
    rule(
        T.ACCESS,
        r"\b(confirm|tell (me|us)|let (me|us) know|inform (me|us)|know|check)\b.{0,20}\b(whether|if)\b (\w+ ){0,2}?(you|your company|alsico|they) (still |actually |even |also )?(hold|have|keep|store|process|retain|use)\b.{0,30}\b(data|information|details|records)\b",
        CLEAR,
    ),
    # the art. 15(1) confirmation asked for as a noun, often an item under "I request:":
    # "confirmation as to whether or not you process my personal data", "confirmation whether
    # personal data concerning me are being processed"
    rule(
        T.ACCESS,
        r"\bconfirmation (as to |of )?(whether|if|that) (or not )?((you|your company|alsico|they) (\w+ )?(process|processes|processing|hold|holds|holding|store|stores|keep|keeps|use|uses)\b.{0,20}\b(my|me)\b|(any )?(my )?personal data (concerning|relating to|about) me (are|is) (being )?processed)",
        CLEAR,
        # "whether or not" is the article's wording, no negation; a real one is excluded
        negatable=False,
        unless=r"\b(do not|don't|not) (need|want|require|requesting|asking for|ask for)\b",
    ),
    # to whom it went: "confirm the date on which her data was transferred and to whom"
    rule(
        T.ACCESS,
        r"\b(confirm|tell|know|let \w+ know|inform|find out|learn|disclose|explain|state|ask)\b.{0,100}\bto whom\b(?! it may concern)",
        CLEAR,
    ),
    # restriction: the use kept to one purpose: "keep it only for the clothes", "use my
    # measurements only to make my uniform"
    rule(
        T.RESTRICTION,
        r"\b(keep|use|process|hold|store|retain)\b (it|them|this|that|these|those|the data|my (\w+ ){0,2}?(data|details|information|measurements|sizes|scans?|photos?|results|readings|weight)) (only|just|solely|exclusively|strictly) (for|to)\b",
        CLEAR,
        negatable=False,
    ),
    # restriction: a hold put passively: "that the footage is preserved and not deleted while
    # proceedings are pending"
    rule(
        T.RESTRICTION,
        r"\b(preserved|retained|kept|secured|saved)\b (and|but) (are |is |be )?not (be )?(deleted|erased|destroyed|overwritten|removed)\b|\bnot (be )?(deleted|erased|destroyed|overwritten)\b (\w+ ){0,3}?(while|until|till|pending|as long as)\b"
        # and with the negation on the subject: "that none of them be deleted or altered pending
        # the outcome", "that no records are destroyed until the claim is settled"
        rf"|{_NONE_DELETED}(,? or (\w+ ){{0,2}}?(deleted|erased|destroyed|altered|overwritten|removed|changed|amended))? (\w+ ){{0,3}}?(while|until|till|pending|as long as|before)\b",
        CLEAR,
        negatable=False,
    ),
    # the portability's purpose: a file to load elsewhere ("as a spreadsheet so I can load it
    # into my training app")
    rule(
        T.PORTABILITY,
        r"\bso (that )?(i|we) (can|could) (load|import|upload|put|transfer|move|feed|sync)\b (it |them |this |these |that |those |the data |the file )?(in|into|to|with|on) (my|our|another|a new|a different|the new) (\w+ ){0,2}?(app|application|tool|system|software|platform|provider|supplier|service|device|watch|account|tracker|program|programme)\b",
        CLEAR,
    ),
    # a complaint made now, in so many words ("I am making a formal complaint", "I am
    # complaining about how careless you are"); it stays beside a condition on something else
    rule(
        T.COMPLAINT,
        r"\b(i|we)('m| am| are|'re)? (also |hereby |now |therefore )?(making|lodging|filing|raising|submitting|registering|putting in) (a |this |my )?(formal |official )?complaint\b|\b(i|we)('m| am| are|'re) (also |hereby |now |therefore )?(formally |officially )?complaining\b",
        STRONG,
        unless=r"\bcomplain\w* (about|of|over) (a |an |the |my |our )?(late |missing |wrong |damaged |delayed )?(delivery|deliveries|order|invoice|parcel|product|bill|shipment|size|sizes|quality)\b",
    ),
    # a complaint told as an exposure: "a group with 200 people who can all see my number now"
    rule(
        T.COMPLAINT,
        r"\b(\d+|all|other|many|hundreds of|dozens of|strangers|everyone|everybody|anyone|anybody|colleagues|customers)\b (\w+ ){0,3}?(who |which )?(can|could) (all |now |also |still |easily )*(see|read|view|access)\b (my|our|his|her|their)\b (\w+ ){0,2}?(number|address|e-?mail|name|details|data|information|photo|payslip|salary|diagnosis|file)",
        CLEAR,
        negatable=False,
    ),
    # an automated decision: a person asked to look again (art. 22)
    rule(
        T.OBJECTION,
        r"\b(a (real |human |living )?(person|human|human being|member of staff)|human (review|intervention|being))\b.{0,40}\b(look at|review|check|reassess|re-?examine|decide|assess|reconsider|go over)\b|\bnot (by )?a (computer|machine|algorithm|bot)\b|\b(reviewed|looked at|checked|reassessed|re-?examined|decided|assessed|reconsidered) (again |anew )?by a (real |human |living )?(person|human|human being|member of staff)\b",
        CLEAR,
        negatable=False,
        mail_context=r"\b(automated|automatic|automatically|algorithm\w*|computer|credit (check|assessment|score|scoring)|scor(e|ing))\b",
        tag="profiling",
    ),
    # an objection put for someone: "she objects to the transfer of her personal data"
    rule(
        T.OBJECTION,
        r"\b(he|she|they|client|clients|member|members|user|users|customer|employee|employees|mr \w+|ms \w+|mrs \w+) (also |hereby |further |therefore |expressly )?(objects?|opposes?)\b(, [^,]{0,40},)? to\b.{0,60}\b(process\w*|use|using|transfer\w*|disclos\w*|shar\w*|data|information|details|profil\w*|track\w*|monitor\w*|scans?|logs?|readings|recordings?|footage|photos?|marketing|analys\w*|analyz\w*|cameras?|cctv)\b",
        CLEAR,
    ),
    # contact stopped on a named channel: "please don't contact me again by phone" (sorted by
    # channel: post and phone an objection, e-mail and texts an opt-out)
    rule(
        MARKETING,
        r"\b(don't|do not|dont|never|stop|no longer)\b (\w+ ){0,2}?(contact|contacting|message|messaging|approach|approaching)\b (me|us)\b (\w+ ){0,2}?(by|on|via|over|through) (the )?(phone|telephone|mobile|my mobile|my phone|whatsapp|sms|text|e-?mail)\b",
        CLEAR,
        negatable=False,
    ),
    # tracking refused: "please stop tracking me for ads", "I don't want to be followed"
    rule(
        T.OBJECTION,
        r"\b(stop|quit|cease|no more|don't|do not|dont|never)\b (\w+ ){0,2}?(tracking|following|profiling|monitoring|retargeting|tracing) (me|us|my)\b|\b(don't|do not|dont|no longer) (want|wish|like) (\w+ )?to be (followed|tracked|profiled|monitored|retargeted)\b",
        CLEAR,
        negatable=False,
        tag="profiling",
    ),
    # the source asked: "could you tell me where you got my date of birth from?"
    rule(
        T.ACCESS,
        r"\bwhere (\w+ ){0,2}?(you|your company|alsico|they|your (rep|sales rep|recruiter|colleague|staff)) (got|get|obtained|found|received|bought|took) (hold of )?(my|her|his|their|our)\b",
        CLEAR,
    ),
    # the source asked indirectly: "I'd like to know how you got my consent", "please explain how
    # your company obtained my e-mail address"
    rule(
        T.ACCESS,
        r"\b((like|want|wish|need) to know|tell (me|us)|explain( to (me|us))?|let (me|us) know|inform (me|us))\b.{0,15}\bhow (\w+ ){0,3}?(you|your company|alsico|they) (\w+ ){0,2}?(got|get|obtained|obtain|received|collected|came by|acquired) (hold of )?(my|her|his|their|our)\b",
        CLEAR,
    ),
    # art. 15(1)(h): "meaningful information about the logic involved"
    rule(T.ACCESS, r"\bmeaningful information (about|on|concerning|regarding) the logic\b", CLEAR),
    # art. 15(1)(h) asked as a question: "I'd like to know whether you use my order history to
    # make automated decisions about me, and what logic is behind it"
    rule(
        T.ACCESS,
        r"\b(know|learn|find out|tell me|inform me|confirm|explain)\b.{0,20}\b(whether|if)\b (you|your company|alsico|your (systems?|software))\b.{0,80}\b(automated decisions?|automated decision[- ]making|profil(e|es|ing)|score|scoring)\b|\b(what|which) logic\b",
        CLEAR,
        context=r"\b(my|me)\b",
    ),
    # the writer's own data still wanted, said plainly at the end of a letter: "I still want
    # my data.", "I need my information please."
    rule(
        T.ACCESS,
        r"\bi (still |really |just |do )?(want|need|would like|'d like) (to (get|receive|have|see) )?(all )?(of )?my (personal )?(data|information|details)( (now|please|too|as well|from you))?\W*$",
        CLEAR,
    ),
    # the data recorded against a name, asked for (also for others: "provide each of them with
    # the data recorded against their name")
    rule(
        T.ACCESS,
        r"\b(provide|send|give|supply|forward|release)\b (me |us |them |him |her |each of them |each member )?(with )?(a copy of )?(the|all|any) (\w+ ){0,2}?(data|information|details|records?|logs?|readings) (that )?(is |are |was |were )?(recorded|logged|held|kept|stored|collected|processed) (against|about|on|under|for|in|relating to) (me|my|him|his|her|them|their|us|our)\b",
        CLEAR,
    ),
    # whether the company does something with the writer's data: "confirm whether you carry out
    # automated decision-making concerning me"
    rule(
        T.ACCESS,
        r"\b(confirm|tell (me|us)|let (me|us) know|inform (me|us))\b.{0,20}\b(whether|if)\b (\w+ ){0,2}?(you|your company|alsico|they) (\w+ )?(carry out|perform|engage in|use|apply|make)\b.{0,60}\b(concerning|about|regarding|on|of) (me|him|her|them)\b",
        CLEAR,
    ),
    # restriction asked by name, of a named thing: "restrict access to the old name", "restrict the
    # scan logs so that they are used only for the laundry"
    rule(
        T.RESTRICTION,
        rf"\brestrict\b (\w+ ){{0,2}}?((access to|the use of|use of|the processing of|processing of) )?((the|my|his|her|their|those|these|our) (\w+ ){{0,2}}?({_OWN_ITEM}|names?|logs?)|(the )?processing)\b",
        CLEAR,
        # "so that it is not shown" limits what is shown; only a negated restrict is none
        negatable=False,
        unless=r"\b(don't|do not|dont|not|no need to|never) (\w+ )?restrict\b",
    ),
    rule(
        T.RESTRICTION,
        r"\b(they|it|this|that|them|the data|my data|the logs|these|those) (are|is|be) (only |solely |exclusively |strictly )?used (only |solely |exclusively |strictly )(for|to)\b|\b(are|is|be) used (only|solely|exclusively|strictly) (for|to)\b",
        CLEAR,
        negatable=False,
        # the terms an organisation sets on a list of others' names it hands over ("we ask that
        # the attached roster be used only for the badges"): its own conditions as a controller
        unless=r"\b(list|lists|spreadsheet|roster|rota|attachment|register|names|participant list|guest list)\b (\w+ ){0,2}?(be|is|are) (\w+ )?used\b",
    ),
    # an erasure put as a wish about a thing: "I would like his webshop account to be closed and
    # deleted"
    rule(
        T.ERASURE,
        rf"\b(want|like|wish|need|ask for|request)\b (\w+ ){{0,4}}?{_OWN_ITEM} to be (\w+ (and|or) )?(deleted|erased|removed|wiped|destroyed|purged)\b",
        CLEAR,
        list_sensitive=True,
    ),
    # "I want my photos gone", "I'd like those recordings deleted"
    rule(
        T.ERASURE,
        rf"\b(want|wants|like|need|needs)\b (my|the|those|these|that|this|our|his|her|their|all) (\w+ ){{0,3}}?{_OWN_ITEM} (\w+ )?(deleted|erased|removed|wiped|destroyed|purged|gone|taken down|taken off)\b",
        CLEAR,
        list_sensitive=True,
    ),
    # "please delete whatever you have on me": the plea governs its verb, whatever a negation
    # before it says of something else ("I don't want it stored, so please delete it")
    rule(
        T.ERASURE,
        rf"\b(please|kindly|pls)\b (just |also |now )?(delete|erase|remove|wipe|destroy|purge)\b (\w+ ){{0,4}}?({_OWN_ITEM}|whatever|everything|all|it|them|me)\b",
        CLEAR,
        negatable=False,
        list_sensitive=True,
        unless=_THING_NOT_DATA,
    ),
    # a part of a public text about the writer, taken out: "please remove that part of your reply"
    rule(
        T.ERASURE,
        r"\b(remove|delete|erase|take down|take out|edit out|cut)\b (that|the|this|those|these) (part|parts|bit|bits|section|passage|line|lines|sentence|sentences|mention|mentions|reference|references)\b",
        CLEAR,
        context=r"\b(my|me|private|personal|name|order number|history|address|number)\b",
        context_window=2,
    ),
    # consent never asked, told as a grievance: "nobody asked me if I agree, not happy about that"
    rule(
        T.COMPLAINT,
        r"\b(nobody|no one|noone|you never|never) (asked|told|informed|consulted) (me|us)\b.{0,40}\b(agree|agreed|consent|consented|permission|okay|ok)\b",
        CLEAR,
        negatable=False,
    ),
    # use of one of the writer's things stopped: "stop using my photo in your catalogue", "no
    # longer use the footage of me" (art. 21; a hold until something is settled is restriction)
    rule(
        T.OBJECTION,
        rf"\b(stop|quit|cease|no longer|don't|do not|dont|never again)\b (\w+ ){{0,2}}?(using|use|showing|show|publishing|publish|displaying|display|posting|post|sharing|share)\b (my|the|those|these|that|this|our|his|her|their) (\w+ ){{0,3}}?{_OWN_ITEM}\b",
        CLEAR,
        negatable=False,
        yields_to=T.RESTRICTION,
        unless=r"\b(don't|do not|dont) (need|have) to stop\b",
    ),
    # "I don't want my photo used for advertising": a use refused for a purpose
    rule(
        T.OBJECTION,
        rf"\b(don't|do not|dont|no longer|never) (want|wish|agree to|accept|consent to)\b (my|the|those|these|that|this|our|his|her|their) (\w+ ){{0,3}}?{_OWN_ITEM} (to be |being )?(used|shown|published|displayed|shared|posted|passed on|analy[sz]ed) (for|in|on|by|to)\b",
        CLEAR,
        negatable=False,
        yields_to=T.RESTRICTION,
    ),
    # a correction asked of a named thing: "could you fix the entry in my file", "please put my
    # record right", "update the spelling on my badge"
    rule(
        T.RECTIFICATION,
        r"\b(please|kindly|could you|can you|would you|i (want|would like|'d like|need|ask) you to)\b (also |just )?(fix|correct|update|amend|adjust|put right|set right|rectify)\b (my|the|that|this|your|his|her|their) (\w+ ){0,3}?(entry|entries|record|records|spelling|name|surname|title|date of birth|birth ?date|address|number|e-?mail address|details|data|file|profile|listing|status|register|job title|role|gender|marker|badge|payslips?|information|result|results|score|scores|hours|timesheets?|clock-?ins?)\b",
        CLEAR,
        unless=r"\b(for|on|of|in) (the |this |that |my |our )?(order|invoice|quote|quotation|shipment|parcel|po|delivery|basket)\b|\b(order|invoice|po)s? (no|nr|number|#)?\.? ?\d"
        # the contact for a contract between organisations: "update your records for our
        # service agreement"
        r"|\b(for|under|on) our (\w+ ){0,2}?(agreement|contract)\b",
    ),
    rule(
        T.RECTIFICATION,
        r"\b(put|set) (it|this|that|them|my \w+|the \w+) right\b",
        CLEAR,
        context=r"\b(name|address|record|entry|file|data|details|wrong|incorrect|spelling|number|date)\b",
        context_window=1,
    ),
    # a consent to keeping given ("it's fine with me that you store my sizes until the project
    # ends", "I don't mind if you keep it"): read, and found to ask for nothing (the rule never
    # counts; no second reader guesses a hold over it)
    rule(
        T.RESTRICTION,
        r"\b((it is|it's|that is|that's) (ok|okay|fine|alright|all right)( for me| with me| by me)?|(i am|i'm) (ok|okay|fine|happy|content) with it|i (don't|do not) mind|i (agree|consent))\b,? (that|if) (you|alsico|your company|the company|they) (\w+ )?(keep|store|hold|retain|save|use)\b",
        CLEAR,
        negatable=False,
        unless=r"\b(keep|store|hold|retain|save|use)\b",
    ),
    # an answer thanked for ("thanks for sending the chat transcript"): read, and found to ask for
    # nothing (the rule never counts; no second reader guesses over it)
    rule(
        T.ACCESS,
        r"\b(thanks|thank you|many thanks)\b (\w+ ){0,2}?for (sending|providing|forwarding|the|your)\b.{0,40}\b(transcript|copy|copies|file|overview|export|recordings?|footage|data|information)\b",
        CLEAR,
        unless=r"\b(thanks|thank you)\b",
    ),
)

# round 14 (blind24, issue 12)
RULES += (
    # what an access answer left out, asked for after it: "Thanks for the file. It doesn't
    # include the notes your rep made about me. Please send those too.", "the copy you sent has
    # none of my call recordings; could you send them as well?" (not an invoice or an order left
    # out of a parcel: "the box did not include my invoice, please send it")
    rule(
        T.ACCESS,
        r"\b(send|give|provide|forward|add|include|share|e-?mail)\b (me |us )?(also |please |over )?(those|these|them|that|it|the rest)\b(?! (of|to|back)\b)",
        CLEAR,
        context=r"\b(doesn't|does not|didn't|did not|don't|do not|isn't|is not|wasn't|was not|aren't|are not|weren't|were not|has no|had no|have no|contains no|included no)\b (\w+ ){0,2}?(include|included|contain|contained|cover|covered|show|showed|list|listed|mention|mentioned|have|had|none of|any of|in it|in there)\b(?! (the |my |your |our |any )?(\w+ )?(invoices?|bills?|receipts?|orders?|quotes?|quotations?|delivery notes?|contracts?|price ?lists?|catalogu?es?|credit notes?|labels?|manuals?)\b).{0,100}\b(about me|on me|of me|concerning me|regarding me|my)\b|\b(has|have|had|contains?|contained|includes?|included) (none|nothing) of\b.{0,60}\b(about me|on me|my)\b|\b(missing|left out|omitted|not included|incomplete)\b.{0,100}\b(about me|on me|concerning me|regarding me)\b",
        context_window=1,
        mail_context=r"\b(thanks?|thank you|received|got|sent me|you sent|you provided)\b.{0,40}\b(file|copy|copies|data|export|overview|records|documents|answer|reply|response|zip|pdf|download)\b|\b(data|access|subject access|dsar|gdpr) request\b",
    ),
    # a record entry told as still holding an old value, and a new one given in its place: "My
    # emergency contact in the HR system is still my ex-wife. Please replace it with my brother.",
    # "my bank account on file is the old one; change it to …" (not goods to exchange: "my zip is
    # broken, please replace it with a new one")
    rule(
        T.RECTIFICATION,
        r"\b(replace|swap|substitute|change)\b (it|that|this|them|him|her)( please)? (with|by|to|for)\b",
        CLEAR,
        context=r"\bmy (\w+ ){0,2}?(emergency contact|contact person|next of kin|beneficiary|bank (account|details)|iban|account number|(job )?title|department|role|position|manager|supervisor|team|site|location|status|entry|listing|record|details|name|surname|address|number|e-?mail|phone|photo|picture)\b.{0,80}\b(is|are|says|shows|lists|reads|has)( still| currently| now| wrongly| incorrectly)\b|\b(still|currently|wrongly|incorrectly) (says|shows|lists|reads|has|is|are) (my|the old|the previous|the former|an old|the wrong)\b",
        context_window=1,
        unless=r"\b(broken|damaged|faulty|defective|torn|worn|size|bigger|smaller|larger|a new one|a new pair|spare|refund)\b",
    ),
)

_CONTROLLER = r"(you|your company|your organi[sz]ation|your firm|alsico|the company|the controller|controllers?)"
_ACT = r"(delete|erase|remove|stop|cease|send|provide|give|correct|rectify|update|amend|unsubscribe|restrict|block|confirm|tell|let|inform|forward|transfer|export|cancel|close|take)"

CUES = Cues(
    information_lead=r"\b(following|these|below) (information|details|points|questions|items|data)\b|\bin particular\b|\bincluding\b|\b(information|details|particulars) (about|on|regarding|concerning|as to)\b|\b(i would like to|i want to|i wish to) (know|receive|be told)\b|\b(tell|inform|let) me (know )?(the following|as follows)\b|\b(provide|send|give) me (with )?the following\b",
    information_item=r"^(and |or )?(the |any |all |a |an )?(confirmation of (my|the) (other )?rights?|purposes?|categor(y|ies)|recipients?|existence|right|rights|envisaged|period|duration|storage|retention|source|sources|origin|logic|significance|consequences|safeguards|legal basis|information|meaningful|where|whether|how long|which|what|who|to whom|details|criteria|third countr\w*|transfers?)\b",
    # "whether" asks for information, except as a restriction's term ("pending the verification
    # whether your legitimate grounds override mine", art. 18(1)(d))
    information_head=r"\b(information|details|explanation|particulars|confirmation) (about|on|regarding|concerning|as to|of whether)\b|\bthe existence of\b|(?<!verification )(?<!verifying )(?<!assessment )(?<!assessing )(?<!determination )(?<!determining )\bwhether\b|\b(tell|inform|notify|advise|let) (me|us) (know )?(\w+ ){0,2}?(about|of|if|whether|when|how)\b|\b(know|understand|learn|find out) (if|whether)\b",
    duty=rf"\b{_CONTROLLER} (are |is |were |will be )?(also |therefore |further |legally |thus |then )*(obliged|required|bound|obligated|under an obligation|must|have to|has to|shall|need to|needs to)\b (\w+ ){{0,3}}?(inform|notify|communicate|tell|justify|explain|take|document|state|give reasons|answer|respond|reply|indicate|specify|demonstrate|prove|pass on|forward|record|keep a record|ensure)\b|(?<!\bi )(?<!\bwe )\b(obliges|requires|compels|oblige|require|obliging|requiring) (you|the controller|controllers|companies|the company)\b|\b(the controller|controllers|a controller) (shall|must|is obliged|are obliged|has to|have to)\b",
    reaction=rf"\b(if|should|in case|in the event that|where|insofar as|to the extent that) {_CONTROLLER} (\w+ ){{0,2}}?(object|oppose|refuse(?! to)|reject|decline|deny|consider|believe|think|are of the opinion|take the view|intend not|rely|invoke|claim|see (any )?(reason|ground)|have (any )?(reason|ground|doubt|question|concern)|need (further|more|additional|any)|require (further|more|additional|any)|cannot identify|can ?not identify|are unable to identify|are not able to identify|are not (certain|sure)|doubt)|\b(if|should|where|in case|to the extent that|insofar as) (any )?(legal |statutory )?(retention|storage|record-keeping) (obligations?|duties|periods?|requirements?)\b|\b(if|where|insofar as|to the extent that|should) (you are|you're|you were|you be) (legally |statutorily )?(obliged|required|bound|obligated) to (retain|keep|store)\b|\b(if|where|should) (the |my )?(data|erasure|deletion|a complete erasure|complete erasure) (cannot|can not|may not|could not) be (deleted|erased|carried out)\b|\b(if|where|should) (the |a )?(complete )?(erasure|deletion) (is|be|proves) (not possible|impossible)\b",
    reservation=r"\b(i|we) (hereby |expressly |explicitly )*reserve (the right|all (my |our )?rights|the option)\b|\b(i|we) (will|shall|would|'ll|may|might|can|am entitled to|reserve the right to) (then |otherwise |also |have to |be forced to |be obliged to |not hesitate to |be compelled to |further |immediately |without further notice )*(lodge|file|submit|make|bring|take|contact|inform|notify|turn to|approach|involve|refer|escalate|report|complain|seek|pursue|go to|initiate|instruct)\b.{0,80}\b(complaint|authority|authorities|ico|commissioner|cnil|apd|gba|dpa|ombudsman|court|courts|lawyer|solicitor|legal|action|steps|proceedings|remedies)\b|\b(otherwise|failing (which|that|this)|or else)\b.{0,60}\b(complaint|authority|ico|commissioner|court|legal|steps|action|lawyer)\b|\b(further |legal |judicial )(steps|action|proceedings|measures|remedies)\b|\b(if|should) (i|we) (do )?not (receive|hear|get)\b|\bwithout further (notice|warning)\b|\bor (else )?(i|we)('ll| will| shall| am going to| go| file| take)\b",
    # a question about the law, with anyone as its subject, names a right and asks for none: "is
    # it correct that a customer can object to direct marketing at any time?", "can people ask
    # for a copy of their file?", "does an employee have the right to see his file?"
    right_named=r"\brights? (to|of) (\w+ ){0,3}?(access|rectification|erasure|be forgotten|restriction|portability|object|lodge|correct|have|obtain|request)\b|\bart(icle)?s? ?\d{2}\b|\b(is it|isn't it|is that|it is) (correct|true|right|so|the case) that (a |an |any |the |every )?(customers?|clients?|consumers?|persons?|people|individuals?|data subjects?|employees?|users?|members?|someone|somebody|anyone|anybody|everyone|everybody|one) (\w+ ){0,2}?(can|may|could|is allowed to|are allowed to|(is|are) entitled to|(has|have) (the|a) right to)\b|\b(can|may|could) (a |an |any |the |every )?(customers?|clients?|consumers?|persons?|people|individuals?|data subjects?|employees?|users?|members?|someone|somebody|anyone|anybody|everyone|everybody|one) (\w+ ){0,2}?(object|ask|request|demand|withdraw|opt out|refuse|obtain|get|see|have)\b|\b(does|do) (a |an |any |the |every )?(customers?|clients?|consumers?|persons?|people|individuals?|data subjects?|employees?|users?|members?|someone|somebody|anyone|anybody|everyone|everybody|one) (\w+ ){0,2}?have (the |a )?right to\b",
    # (a third person's wish is a representative's request, not "whenever they want", "as
    # they wish", "what they want": a time or a manner)
    speech_act=rf"\b(i|we) (?!(can|could|may|might)\b)(\w+ ){{0,2}}?(request|ask|demand|require|want|wish|would like|object|withdraw|revoke|exercise|invoke|assert|make use of|claim|apply|instruct|urge|expect|insist)\b|\bwriting to (exercise|request|ask|invoke|make use|submit|object|apply)\b|\b(please|kindly)\b(?! (note|be (aware|advised|informed))\b)|^{_ACT}\b|\b(this is|this e-?mail is|this letter is|treat this (e-?mail|letter|message) as) (a|my)\b|(?<!\bwhenever )(?<!\bwhen )(?<!\bif )(?<!\bas )(?<!\bwhat )(?<!\bwherever )\b(he|she|they|client|clients|members?|employees?) (also |hereby |further |therefore |expressly )?(objects?|requests?|asks?|wish|wishes|wants?|demands?)\b",
    recipients_notified=r"\bart(icle)? ?19\b|\b(inform|notify|tell|communicate)\w*\b.{0,60}\brecipients?\b|\brecipients?\b.{0,60}\b(informed|notified|told)\b|\blet\b.{0,100}\bknow (of|about) the (correction|rectification|erasure|deletion|change)\b",
    direct_marketing=r"\bdirect marketing\b",
    new_phrase=rf"[;]|\b(and|but|also|then|so|therefore)\b,? (please|kindly|i|we)\b|\b(and|but|then) {_ACT}\b|\b(and|or) (then|afterwards|subsequently|thereafter|after that|next|also)\b",
    business=r"\b(this is an automated (message|e-?mail|notification)|data processing agreement|processing agreement|sub-?processors?|(supplier|vendor) (assessment|questionnaire|audit|evaluation|onboarding|due diligence)|security questionnaire|compliance questionnaire|due diligence|iso ?27001|soc ?2|technical and organi[sz]ational measures|our (customers|employees|staff|clients|members)'? (personal )?data|personal data of our (customers|employees|staff|clients|members))\b|\b(my|our) (thesis|dissertation|research|study|article|paper|survey|report|story)\b|\bi am (a |an )?(\w+ )?(student|journalist|researcher|reporter)\b|\bfor (an|my|our) (article|thesis|research|studies)\b"
    # an invitation to an event, a training or a conference: "join us in Brussels on 3 May",
    # "seats are limited", "register now"
    r"|\bjoin us (in|at|on|for)\b|\b(seats|places|spaces) are limited\b|\b(register|sign up|book your (seat|place|ticket)) (now|today|here|online)\b"
    # a colleague asking how we handle a request in general, before anything was asked of us:
    # "how do we handle an access request at the depot?", "do we log it as a subject access
    # request?"
    r"|\bhow (do|should|shall|would) we (\w+ )?(handle|process|deal with|log|record|answer|respond to|treat)\b|\b(do|should|shall|must) we (log|record|register|treat|handle|classify|file) (it|this|that|them) as\b"
    # a text sent for information, asking for no one: "we are not writing on behalf of any
    # individual member and do not expect a reply"
    r"|\b(not|never) (writing|acting) (on behalf of|for) (any|an|a single|a particular|a specific) (individual|particular|specific|named|single)?\b"
    r"|\b(do not|don't|did not) (expect|need|require) (a|any) (reply|response|answer)\b",
    salutation=r"(?m)^(dear (sir|madam|sirs|data protection|privacy|dpo|team|customer service|alsico)|to whom it may concern|ladies and gentlemen)\b",
    on_behalf=r"(?<!\bnot writing )(?<!\bnot acting )\b(on behalf of(?! (any|an) (individual|particular|specific|single)\b)|for and on behalf of|acting for|in the name of|as (the )?(legal |court[- ]appointed )?(guardian|representative|attorney|lawyer|solicitor|executor|administrator|parent|agent|counsel) (of|for) (my|our|mr|mrs|ms|miss|dr|the late|his|her)|(hold|holds|have|has) (a |the )?(lasting |enduring |general )?power of attorney|(i|we) represent|(my|our) client|on (his|her|their) behalf|(authori[sz]ed|mandated|instructed|asked) (us|me) to act)\b|\b(writing|write) (to you )?(for|about a request for) my (father|mother|dad|mum|mom|son|daughter|husband|wife|grandfather|grandmother|brother|sister|partner)\b",
    # the company's own reminder ("votre rappel de paiement", "your reminder") is none of ours
    reminder=r"(?<!\byour )(?<!\byour payment )\b(reminder|second request|third request|final request|follow[- ]up (on|to|of) my (\w+ )?(request|letter|e-?mail)|chasing (up )?my (\w+ )?(request|letter|e-?mail))\b|\b(second|third|final|last) notice\b|\b(i am|i'm) following up on my\b",
    unanswered=r"\b(no (reply|answer|response|reaction)|not (been )?(answered|replied|responded)|unanswered|neither\b.{0,40}\bnor|(have|has) (not|still not) (yet )?(received|heard|replied|answered|responded)|haven't (yet )?(received|heard)|(i|we) (am|are) still waiting|(deadline|period|month) (has|have) (now )?(expired|passed|elapsed)|to date\b.{0,40}\b(nothing|no|neither))\b|\b(deadline|time limit|period)\b.{0,40}\b(has|have) (now )?(passed|expired|elapsed)\b|\bheard nothing\b|\b(no|not even an) (acknowledge?ment|reply|answer|response)\b",
    earlier_request=r"\b(my|our) (\w+ ){0,2}?(request|letter|e-?mail|application|message) (of|dated|from|sent on|on) (the )?\d|\b(i|we) (have |had )?(already |previously )?(sent|wrote|posted|mailed|addressed|e-?mailed|submitted) (to )?(you )?(the |my |a |an |this |our )?(letter|e-?mail|request|message|application)\b|\b(the|my|our) (original|initial|first|earlier|previous) (\w+ )?(request|letter|e-?mail|application)\b|\b(my|our) (\w+ ){0,2}?(request|letter|e-?mail|application) (of|dated|from) (\d|the \d|(january|february|march|april|may|june|july|august|september|october|november|december))",
    # … and what the writer still expects of it: "I still expect the records", "we are still
    # waiting for the copy of my data"
    renewal=r"\bstill (expect|want|require|await|need)\b (the|my|our|a|an|your) |\b(am|are) still waiting (for|on) (the|my|our|a|your) (\w+ ){0,2}?(records?|data|cop(y|ies)|files?|information|documents?|details|footage|recordings?)\b|\b(once (again|more)|again|anew|renew\w*|reiterat\w*|repeat\w*)\b.{0,60}\b(request|ask|demand|provide|comply|respond|answer)\b|\b(request|ask|demand|provide|comply|respond|answer)\b.{0,60}\b(once (again|more)|again|anew)\b|\b(comply|deal) with my (\w+ ){0,2}request\b|\b(respond|reply) to my (\w+ ){0,2}request\b|\bremind you of my\b|\b(the )?(information|data|copy|documents|answer|reply|response) (that )?(i|we) (asked|requested|asked you) for\b|\b(treat|consider) this (\w+ )?as a reminder\b|\b(answer|fulfil|fulfill|process|complete|grant|honou?r|action) my (\w+ ){0,2}request\b|\b(carry out|execute|implement|act on|deal with) my (\w+ ){0,2}request\b",
    authority=r"\b(ico|information commissioner\w*|commissioner|supervisory authorit(y|ies)|data protection (authorit(y|ies)|commission)|dpa|cnil|apd|gba|edpb|autoriteit persoonsgegevens|gegevensbeschermingsautoriteit)\b",
    authority_complaint=r"^(?=.*\b(ico|information commissioner\w*|commissioner|supervisory authority|data protection (authority|commission)|dpa|cnil|apd|gba|edpb|autoriteit persoonsgegevens|gegevensbeschermingsautoriteit|art(ikel|icle|\.)? ?77)\b)(?=.*\b(complaint)\b).*\b(lodged|filed|submitted|made|sent|addressed|copy of (my|the|our) complaint)\b",
    authority_address=r"^(complaint (to|with) (the )?|to|dear|attn:?|for the attention of|att:?)\b.{0,80}\b(ico|information commissioner\w*|commissioner|supervisory authority|data protection (authority|commission)|dpa|cnil|apd|gba|edpb|autoriteit persoonsgegevens|gegevensbeschermingsautoriteit)\b",
    authority_lodging=r"^(?=.*\b(ico|information commissioner\w*|commissioner|supervisory authority|data protection (authority|commission)|dpa|cnil|apd|gba|edpb|autoriteit persoonsgegevens|gegevensbeschermingsautoriteit|art(ikel|icle|\.)? ?77)\b).*(\b(i|we) (am |are )?(hereby |herewith |now )?(lodg(e|ing)|fil(e|ing)|submit(ting)?|mak(e|ing)|bring(ing)?) (a |this |my |the following )?(formal )?complaint\b|\bi am lodging this complaint with you\b)",
    reported=r"\b(it|the (text|message|e-?mail|sms|letter|mail|notice|banner|footer)) (said|says|read|reads|stated)\b|\b(told|informed|assured|notified|advised|promised) (me|us)\b|\b(said|wrote|replied|answered|explained|announced|claimed|stated) (to (me|us) )?that\b|\baccording to (you|your)\b|\b(your|the) (message|letter|e-?mail|mail|reply|notice|answer|note) (saying|stating|telling me|informing me|to say)\b",
    represents=r"\bon (his|her|their) behalf\b|\bpower of attorney\b|\bletters? of administration\b|\bas (his|her|their) (\w+ ){0,2}?(son|daughter|child|husband|wife|widow|widower|partner|parents?|mother|father|guardian|executor|executrix|administrator|heir|attorney|representative|carer)\b|\b(i am|i'm|we are) (his|her|their|the) (legal )?(guardian|executor|executrix|attorney|representative|administrator)\b|\bas a parent\b|\b(authori[sz]ed|instructed|mandated) (us|me) to act\b|\b(as )?(he|she) is a minor\b|\b(insurer|solicitors?|lawyers?|attorneys?|representatives?) of (mr|mrs|ms|miss|dr)\b|\basked me to (pass on|forward|send you) (his|her|their)\b",
    relative_owner=r"my|our",
    relative_state=r"late|deceased|minor",
    relative=r"father|mother|mum|mom|dad|son|daughter|husband|wife|child|grandfather|grandmother",
    their_data=r"\b(his|her|their) (\w+ ){0,2}?(data|details|account|records?|file|information|number|photo|picture|address|e-?mail|profile|card)\b|\b(father|mother|mum|mom|dad|son|daughter|husband|wife|child|grandfather|grandmother)(['’]s|s['’]) (\w+ ){0,2}?(data|details|account|records?|file|information|number|photos?|pictures?|address|e-?mail|profile|card)\b|\bdetails of (his|hers)\b|\b(to|about) (him|her)\b",
    cannot_write=r"\b(died|passed away|deceased|dementia)\b|\(1[0-7]\)",
    firm=r"\b(ltd|llc|plc|inc|company)\b",
    client=r"\b(client\w*)\b",
    earlier_act=r"\b(i|we) (have |had )?(already |previously |first )?(wrote|written|e-?mailed|unsubscribed|objected|opted out|sent you|contacted you)\b",
    maintained=r"\b(maintain|uphold|stand by) (\w+ )?(my|our) (\w+ )?(request|objection)\b|\bstill (expect|want|require|demand)\b",
    thanks=r"\b(thanks?|thank you)\b",
    cancelled=r"\b(forget|cancel|withdraw|disregard|ignore) (\w+ ){0,2}?(request|e-?mail|letter|message)\b",
    lodging=r"\b(i am|i'm|we are|i have|i've|we have|i|we) (\w+ ){0,2}?(lodg\w+|fil(ed|ing)|submitt\w+|made|making) (a |my |the |this |our )?(formal )?complaint\b|\bcomplaint (that )?(i|we) (have )?(\w+ )?(lodged|filed|submitted|made)\b",
    lodged_before=r"\b(i have|i've|we have) (\w+ )?(lodged|filed|submitted)\b",
    prospect=r"\b(will|would|shall|could|might|may|going to|right to|if|unless|otherwise)\b",
    below=r"\b(below|underneath|hereunder|here is|herewith|enclosed|attached)\b",
    complaint_named=r"\b(complain\w*)",
    own_owner=r"my|our",
    own_request=r"request",
    dated_request=r"request",
    dated_of=r"of",
    your=r"your",
    not_for=r"of |for ",
    not_whom=r"me|myself|you|us",
    not_the=r"the |a |an ",
    not_clause=r"that|your|who|which|is",
    organisation=r"works council|council|unit|department|team|police|company|firm|board|ltd|llc|plc|inc",
    theirs_receive=r"received|got|receive",
    theirs_this=r"a|an|this|these",
    theirs_reminder=r"reminder",
    theirs_a=r"a|an",
    theirs_received=r"received",
    theirs_reminder_mail=r"reminder",
    theirs_mail=r"e-?mails?|mails?|messages?|sms",
    theirs_these=r"these|those|your",
    theirs_reminders=r"reminders?",
    theirs_automatic=r"automatic",
    theirs_auto_reminder=r"reminder",
    theirs_reminder_auto=r"reminder",
    their_reminder=r"\b(payment reminder)\b",
    titles=r"mr|mrs|ms|miss|dr|prof|sir|madam",
    name_particles=r"di|da|dos|del",
    not_names=r"i|the|my|our|your|his|her|their|she|he|it|they|we|you|a|an|this|that|dear",
)

# the bare names of rights as a pasted form's ticked choices ("[X] ...")
RULES += box_choices(
    {
        T.ACCESS: r"access|copy|information",
        T.RECTIFICATION: r"rectification|correction",
        T.ERASURE: r"erasure|deletion",
        T.RESTRICTION: r"restriction",
        T.PORTABILITY: r"portability",
        T.OBJECTION: r"objection",
    }
)

LEXICON = Lexicon(
    code="en",
    cues=CUES,
    likeness=r"\b(photos?|photographs?|pictures?|images?|likeness|portraits?|videos?|footage|testimonials?)\b",
    stopwords=frozenset(
        [
            "the",
            "and",
            "you",
            "your",
            "i",
            "my",
            "me",
            "is",
            "are",
            "to",
            "of",
            "for",
            "with",
            "have",
            "has",
            "this",
            "that",
            "please",
            "would",
            "could",
            "what",
            "which",
            "about",
            "from",
            "any",
            "all",
            "do",
            "don't",
            "not",
            "we",
            "our",
            "it",
            "be",
            "been",
            "was",
            "were",
            "will",
            "can",
            "want",
            "like",
            "know",
            "thank",
            "thanks",
            "hello",
            "hi",
            "dear",
            "regards",
            "kind",
            "sincerely",
            "yours",
            "pls",
            "plz",
            "thx",
        ]
    ),
    rules=RULES,
    keywords=(
        "delete",
        "deleted",
        "erase",
        "remove",
        "removed",
        "unsubscribe",
        "unsubscribed",
        "newsletter",
        "newsletters",
        "personal",
        "information",
        "access",
        "rectify",
        "rectification",
        "correct",
        "address",
        "restrict",
        "restriction",
        "processing",
        "portability",
        "objection",
        "profiling",
        "complaint",
        "marketing",
        "forgotten",
        "erasure",
        "deletion",
        "machine",
        "transfer",
        "calling",
        "brochures",
        "catalogue",
        "promotional",
        "database",
        "records",
        "account",
        "everything",
        "subscribe",
        "spelled",
        "incorrect",
        "misspelled",
        "segmentation",
        "authority",
        "readable",
        "mailing",
        "legitimate",
        "interest",
        "emails",
    ),
    protected=(
        # inflections of a keyword are no misspellings of it: a past tense is not the noun or the
        # request ("beschwerte" is not "Beschwerde", "complained" not "complaint")
        "complained",
        "deliver",
        "delivery",
        "delivered",
        "remote",
        "removal",
        "access",
        "accept",
        "collect",
        "project",
        "subject",
        "calling",
        "delegate",
        "account",
        "accounts",
        "personnel",
        "correction",
        "detail",
        "records",
        "recording",
        "address",
        "addressed",
        "interested",
        "interests",
        "mailed",
        "transport",
        "unsubscribe",
        "processed",
        "process",
        "remark",
    ),
    # a request only announced for later ("I will ask you to delete them", "we shall then
    # request their erasure"): nothing is asked now; nor one only supposed, in a question about
    # how the right works ("if I ask you for a copy of my data, how long does it take?", "what
    # happens if I request erasure?", "should we ever make an access request, is it free?"),
    # but not a polite "if I may ask you to …" nor "if I could ask you to …"
    negation=r"\b(i|we) (will|shall|'ll|may|might) (then |later |also |at that point )?(ask|request|demand|require) (you |that )?\b|\b(if|in case|should|suppose|supposing) (i|we) (ever |later |one day |some day |decide to |decided to |want to |wanted to |were to |was to |did )*(ask|asked|request|requested|apply|applied)\b|\b(if|in case|should|suppose|supposing) (i|we) (ever |later |one day |some day |decide to |decided to |want to |wanted to |were to |was to |did )*(make|made|submit|submitted|send|sent|file|filed|put in) (a|an) (\w+ ){0,3}?request\b|\bno (\w+ )?(requested|asked for|wanted)\b|\b(prevent|avoid|stop|against) (any |the |all )?(deletion|erasure|destruction|removal)\b|\b(nothing|don't|do not|dont|doesn't|does not|didn't|did not|not|never|no need|no reason|rather than|instead of|without|neither|nor)\b(?! (anymore|any more|any longer))",
    # a past request, also one among others ("I have also asked my bank to delete …"), and a
    # request disclaimed before the asking in the same sentence ("I am not, at this stage,
    # asking you to delete …", "we are not, for now, requesting …")
    history=r"\b(i|we) (have |had |already |previously |also )*(asked|requested|told|instructed|demanded)\b|\b(am|are) not,? (\w+,? ){0,4}?(asking|requesting|demanding)\b|\b(asked|requested) (you|alsico) (already|before|previously|in \w+|last \w+)|\b(i|we) (have |had |already |previously |recently |just |earlier |also )*(sent|submitted|filed|made|lodged) (you )?(a|an|my|the)\b.{0,30}\brequest|\bmy (\w+ ){0,2}request\b.{0,60}\b(ignored|ignoring|ignore|unanswered|not (been )?answered|no (reply|answer|response))|\bmy (\w+ ){0,2}request (was|had been) (for|to|about)\b",
    condition=r"\b(otherwise|unless|failing (which|that|this)|or else|or i will|if (you|not|this|that|it|i don't|i do not|i'm not|i am not|we're not|no)\b|in case (you|of no))|\bshould (you|this|that) (not|fail)\b",
    post_or_phone=r"\b(post|postal|(?<!\bthis )(?<!\bmy )(?<!\bour )(?<!\bfollowing )(?<!\bformal )letters?\b(?! (below|above|attached|enclosed|dated|of \d))|brochures?|catalogues?|catalogs?|leaflets?|flyers?|folders?|paper|letterbox|mailbox at home|door|phone|telephone|calls?|calling|ring|ringing|by mail to my (home|house))\b",
    electronic=r"\b(e-?mails?|mails|newsletters?|sms|texts?|text messages|texting|whatsapp|online|inbox|electronic|digital)\b",
    marketing_list=r"\b(mailing|e-?mail|distribution|marketing|contact|newsletter|subscriber|subscription|call|calling|phone|sms|text|promo\w*|advertising|sales|suppression|do not (contact|mail|call)|opt-?out) ?lists?\b|\b(all|every|any)( of)?( your| the| those| these)? lists?\b(?! of)|\byour lists\b(?! of)|\bnewsletter(?![- ](and[- ]\w+[- ])?accounts?\b)|\bmarketing (e-?mails?|communications)|\bfrom (your |the |all )?(direct )?marketing\b",
    sales_pitch=r"\b(we offer|\d+[- ]minutes? (call|chat|demo|meeting)|would you be open to|(our|the) (ai |new )?(\w+ )?(tool|platform|software|solution) (reads|tags|drafts|automates|triages)|we provide|our (solution|software|platform|tool|experts)s?|(book|schedule) a (demo|call|meeting)|webinar|free trial|partnership|case study|15 minutes|quick call|free (audit|assessment|consultation|health check|gap analysis)|our (consultancy|agency|package|consultants)|would you be available for|we help (companies|businesses|smes|manufacturers))\b",
    resent_own=r"\b(following up on|further to|following) my (earlier |previous |original |last |first )?(e-?mail|message|request|letter) below\b|\b(forwarding|resending|re-sending|sending|forward)\b.{0,20}\b(again|once more)?\b.{0,20}\bmy (earlier |previous |original |last |first )?(e-?mail|message|request|letter)\b|\bmy (earlier|previous|original|last|first) (e-?mail|message|request|letter)\b.{0,40}\b(below|again|forwarded)\b|\bsee my (e-?mail|message|request) below\b",
    done=r"\bconfirmation that\b.{0,80}\b(deleted|erased|removed|anonymi[sz]ed)\b|\b(confirming|confirmed|confirmation of) (the |that |our |my )?(\w+ )?(erasure|deletion|removal)\b|\b(received|got|had|saw|read) (your |the |a )?(\w+ )?(confirmation|e-?mail|mail|message|notice|reply|letter)\b.{0,80}\b(deleted|erased|removed|anonymi[sz]ed)\b|\byou (have |had )?confirmed\b.{0,80}\b(deleted|erased|removed)\b|\b(thanks|thank you|many thanks|thanks again|thank you again) for (\w+ )?(deleting|erasing|removing|the (\w+ )?(deletion|erasure|removal)|your (quick |swift |prompt |fast )?(handling|help|confirmation))\b",
    forward_note=r"\b(fyi|for your information|for info|(automatically|auto-?) ?forwarded|passing on (a|an|this|the) (\w+ )?(request|message|note|e-?mail)|(asked|asking) me to (pass|forward) (this|it) on|could you (please )?action|please action|please (\w+ ){0,5}(handle|forward|deal with|pass (it |this )?on|pass on|look into)|forwarding (this|the below|below))\b|\b(can|could|would) you (\w+ ){0,4}?(handle|pick (this|it) up|take (this|it) (on|over)|deal with|look into|follow (this |it )?up)\b",
    scope_qualifier=r"\b(which|that|what)? ?(you|your company) (are|is) (not|no longer) (legally |strictly |statutorily )?(obliged|required|bound|obligated) to (retain|keep|store|hold)\b|\b(you )?(do not|don't|no longer) (legally )?(need|have) to (retain|keep|store|hold)\b|\bno longer (needed|necessary|required)\b|\bnot (legally )?(needed|necessary|required) (any more|anymore|any longer)?\b|\bwithout (\w+ )?(delay|undue delay)\b",
    keep=r"\b(keep|retain)\b.{0,15}\b(my )?(account|profile|customer account)\b|\b(account|profile)\b.{0,20}\b(stay|remain)\b|\b(don't|do not|not|nothing)\b.{0,10}\b(delete|erase|remove|close)\b|\b(to|will) (avoid|prevent)\b.{0,40}\b(deletion|being deleted|removal|suspension|closure|deactivation)\b|\b(avoid|prevent) (the |your |account )?(deletion|removal|suspension|closure|deactivation)\b",
    advertising=r"\b(newsletters?|promotions?|promotional|promos?|offers|deals|discounts?|sales|adverts?|advertising|advertisements|ads|marketing|catalogues?|catalogs?|brochures?|leaflets?|flyers?|junk|spam|mailings?|sms|texts?|unsubscri\w*|opt(ed|ing)?[- ]?out|list|consent)\b",
    # the writer says nothing is expected of us: "so no action needed on your side", "nothing
    # to do yet", "you don't need to do anything", "this is a general question"
    nothing_asked=r"\bno (further |other |immediate )?(action|steps?) (is |are )?(needed|required|necessary|expected|called for)\b|\bnothing (\w+ )?(for you |you need )?to do (yet|for now|at (this|the) (moment|stage)|on your (side|part|end)|for the (moment|time being))\b|\b(you )?(do not|don't|dont) (need|have) to (do|action) anything\b|\b(this|it) is (just |only |simply |merely )?a general (question|enquiry|inquiry|query)\b",
    permission=r"\b(feel free|(you are|you're) free to|by all means|don't hesitate to|do not hesitate to)\b",
    non_data_object=r"\b(price ?lists?|tariffs?|catalogues?|catalogs?|stock|inventory|product (photos?|pictures?|images?|pages?)|invoices?|bills?|credit notes?|quotes?|quotation|orders?|basket|cart|items?|products?|attachments?|drafts?|(e-?mails?|messages?)(?! ?address)|fees?|charges?|surcharges?|return label|labels?|reviews?|comments?|appointments?|reservations?|bookings?|duplicates?|(previous|old|earlier|first|wrong) (one|version|copy|file))\b",
    data_object=r"\b(data|details|information|info|account|profile|records?|history|my file|everything|personal|address|name)\b|\b(system|systems|database|databases|crm)\b.{0,5}\b(altogether|completely|entirely|permanently|for good)\b|\b(delete|erase|remove|forget) (me|us)\b",
    phone_number=r"\b((phone|mobile|telephone|cell|landline) ?)?numbers?\b|\bmobile\b",
    # not a duty roster: "the weekend call-out list", "the on-call rota" are no phone calls
    phone_calls=r"(?<!\bon-)(?<!\bon )\b(calls?|called|calling|ring|rings|ringing|rang|phoned|phoning|cold[- ]call\w*|telemarketing|telesales)\b(?![- ]?outs? (list|rota|roster|duty|duties|schedule|rotas))",
    superseded=r"\b(old|previous|former|outdated|wrong|incorrect) (home |postal |e-?mail |phone |mobile )?(address|number|e-?mail|name|surname)\b",
    self_action=r"\b(if|when|once|after|before) (i|we)\b.{0,10}\b(delete|remove|erase|wipe|uninstall)\b|\b(i|we) (have |had |just |already |accidentally |mistakenly )*(deleted|removed|erased|wiped|uninstalled)\b|\b(deleted|removed|erased|closed|uninstalled)\b.{0,30}\b(myself|ourselves)\b",
    status_question=r"\b(is|are|was|were|will|would|has|have|does|do)\b (my|the|all|it|they|this|that|everything)\b.{0,30}\b((be|been|get|also|too) )*(deleted|erased|removed|wiped)\b",
    location=r"\b(from|in|on|out of|off) (your|my|the|our|their)( \w+){0,2}",
    cut_markers=(
        r"^-{2,} ?original message ?-{2,}",
        r"^-{2,} ?forwarded message ?-{2,}",
        r"^begin forwarded message",
        r"^on .{0,120}\bwrote:?$",
        r"^-{2,} ?on .{0,120}\bwrote:? ?-*$",
        r"^from: .*\n(sent|date): ",
        r"^_{10,}$",
    ),
    footer_markers=(
        r"(this|the) (e-?mail|message|communication)( and any (files|attachments)( transmitted with it)?)? (is|are|may be|contains?) (strictly )?(confidential|privileged)",
        r"if you (are not|have received this).{0,60}(intended recipient|in error)",
        r"please consider the environment before printing",
        r"\bdisclaimer\b",
        r"^sent from my (iphone|ipad|android|samsung|mobile|galaxy)",
        r"registered (office|in)\b.{0,60}(company|vat|no)",
    ),
    closings=(
        r"^(kind |best |warm |many )?regards\b",
        r"^(yours )?(sincerely|faithfully|truly)\b",
        r"^(thanks|thank you)( in advance| very much| a lot)?[,.!]?$",
        r"^(best|cheers|br|kr)[,.!]?$",
        r"^best wishes\b",
    ),
    filler=r"^(see subject|as per subject|subject says it all|see above|as above|sent from my \w+)\W*$",
)
