# ruff: noqa: E501  (one phrase pattern per line reads better than a wrapped one)
"""English phrases (folded: lower case, no accents)."""

from worker.classify.rules import CLEAR, DIRECT_MARKETING, MARKETING, STRONG, WEAK, Lexicon, rule
from worker.domain import RequestType as T

_DATA = r"(personal )?(data|information|info|details|records?|file|profile)"
_ME = r"(me|my|myself|i)"
_PRIVACY = r"data|information|privacy|gdpr|personal|e-?mail|newsletter|number|address|calls?|consent|spam|phone"
_ADS = r"\b(newsletters?|promotions?|promotional|promos?|offers|adverts?|advertising|advertisements|ads|marketing|catalogues?|catalogs?|brochures?|leaflets?|flyers?|junk mail|spam|mailings?|sms|texts)\b"
_STOP = r"(stop|quit|cease|no more|no longer|not anymore|don't|do not|dont|never|remove|(be )?removed|take me off|get off|cancel|unsubscribe)"

RULES = (
    # access (art. 15)
    rule(T.ACCESS, r"\b(data )?subject access request\b(?!s)|\bdsar\b", STRONG),
    rule(T.ACCESS, r"\bright (of|to) access\b|\bart(icle)? ?15\b", STRONG),
    rule(T.ACCESS, rf"\baccess to (all )?(of )?(my|the) {_DATA}", STRONG),
    rule(T.ACCESS, rf"\b(a |full |complete )?cop(y|ies) of (all )?(of )?(the |my |any )?{_DATA}", STRONG),
    rule(T.ACCESS, r"\bwhat (personal )?(data|information|info|details)\b.{0,40}\b(you|your company|alsico|you guys)\b.{0,30}\b(have|hold|keep|store|process|collect|got)", CLEAR),
    rule(T.ACCESS, r"\bwhat (else )?((do|does|did) )?(you|your company|alsico|you guys)\b.{0,30}\b(know|have|hold|keep|store|process)\b.{0,25}\b(on|about|of|concerning) me\b", STRONG),
    rule(T.ACCESS, r"\b(which|what) (of )?my (personal )?(data|information|details)\b", CLEAR),
    rule(T.ACCESS, r"\b(tell|show|send|give|provide|email) (me|us)\b.{0,40}\b(data|information|info|details|everything)\b.{0,30}\b(you|your)\b.{0,25}\b(have|hold|keep|store|process)", CLEAR),
    rule(T.ACCESS, r"\b(all|any|the) (personal )?(data|information|info|details)\b.{0,30}\b(have|hold|keep|store|process)\b.{0,25}\b(on|about|concerning|regarding) me\b", CLEAR, yields_to=T.ERASURE),
    rule(T.ACCESS, r"\bhow did you (get|obtain|find|receive)\b.{0,30}\bmy\b|\bwhere did you get (hold of )?my\b", CLEAR),
    rule(T.ACCESS, r"\bdo you (still )?(have|hold|keep|store|process)\b.{0,20}\b(my|any) (personal )?(data|information|details)", CLEAR),
    rule(T.ACCESS, r"\b(a|the|one) copy\b(?! (is|was|has|will|of this))|\boverview of\b", WEAK, context=r"\b(data|information|details)\b"),
    rule(T.ACCESS, r"\b(just|only|simply|merely) (a|the) copy\b", CLEAR),
    rule(T.ACCESS, r"\bwhat (sort|kind|type)s? of (personal )?(data|information|info|stuff|details)\b.{0,40}\b(keep|hold|have|store|collect)\b", CLEAR, context=r"\b(me|my)\b"),
    rule(T.ACCESS, r"\b(everything|all|anything)\b.{0,15}\byou('ve| have| hold| keep| store| got| know)\b.{0,25}\b(on|about|of|concerning) me\b", CLEAR, yields_to=T.ERASURE),
    rule(T.ACCESS, r"\b(which|what|whom) (third parties|recipients|companies|parties|organisations|organizations)\b.{0,40}\b(shared|disclosed|passed|sold|given|sent|transferred)|\bwho (have|has) you (shared|given|passed|sold)\b", CLEAR),
    rule(T.ACCESS, r"\b(which|what) (of (my|our) )?(personal )?(data|information|details)\b.{0,40}\b(affected|leaked|exposed|stolen|compromised|involved|concerned)\b", CLEAR),
    rule(T.ACCESS, r"\bwhat (personal )?(data |information |info |details )?(you|you guys|your company) (hold|keep|store|have stored|have on file|have on record|process)\b(?! (in )?stock)", CLEAR),
    rule(T.ACCESS, r"\b(provide|send|give|supply|disclose|forward|email)\b.{0,15}\b(me|us)\b.{0,25}\b(all|any|every|the)\b.{0,30}\b(records|data|information|documents|files|footage|recordings|details|correspondence)\b.{0,40}\b(containing|about|relating to|related to|concerning|regarding|on|of)\b.{0,15}\b(me|my)\b|\b(know|tell me)\b.{0,15}\b(to whom|who else|who (you|they) (gave|sold|passed|shared))\b", CLEAR),
    # rectification (art. 16)
    rule(T.RECTIFICATION, r"\brectif(y|ication|ied)\b|\bart(icle)? ?16\b", STRONG),
    rule(T.RECTIFICATION, r"\b(correct|fix|update|change|amend|modify)\b.{0,30}\bmy (last |first |family |sur|maiden )?(name|address|e-?mail( address)?|phone( number)?|mobile( number)?|date of birth|birth ?date|details|data|record|spelling|title)\b", CLEAR),
    rule(T.RECTIFICATION, r"\bmy (new |correct |current )?(home |postal )?(address|e-?mail address|phone number|mobile number|(sur|first |last |family |maiden )?name) is( now| actually| really)?\b|\bnew (home |postal )?address\b", CLEAR),
    rule(T.RECTIFICATION, r"\b(got|have|has|listed|recorded|registered|spelled|spelt) (me|my \w+)( down)? as\b", CLEAR, context=r"\b(name|surname|title|address|e-?mail)\b"),
    rule(T.RECTIFICATION, r"\b(i|we) (have |'ve )?(just )?(moved|relocated)\b|\bhave a new (address|e-?mail|name)\b", CLEAR),
    rule(T.RECTIFICATION, r"\b(wrong|incorrect|inaccurate|outdated|misspelt|misspelled|not correct|not accurate|out of date|spelled wrong|typo)\b", CLEAR, context=r"\b(name|address|data|details|birth|e-?mail|record|surname|information)\b"),
    rule(T.RECTIFICATION, r"\b(it|that|mine)('s| is| should be| must be)\s+\S+(\s+\S+){0,3}?,?\s+(and )?not\b", CLEAR, context=r"\b(name|surname|address|e-?mail|spel\w*|birth|number)\b", negatable=False),
    rule(T.RECTIFICATION, r"\b(use|take|note|register|put|replace it with) (down )?(the|my) new (one|address|number|e-?mail)\b|\bthe (new|correct|right) one is\b", CLEAR, context=r"\b(address|number|e-?mail|name)\b"),
    rule(T.RECTIFICATION, r"\bmy (home |postal |e-?mail |phone |mobile )?(address|e-?mail|number|(sur|first |last |family )?name)\b.{0,20}\b(has |have )?changed\b|\b(fix|correct|update|amend) (it|this|that|them)\b", CLEAR, context=r"\b(address|e-?mail|number|name|surname|spel\w*|birth)\b", context_window=1),
    # erasure (art. 17)
    rule(T.ERASURE, rf"\b(delete|erase|remove|wipe|purge|destroy|get rid of)\b.{{0,30}}\b({_ME}|all|any|every|everything)\b", STRONG, list_sensitive=True),
    rule(T.ERASURE, r"\b(my|all|personal)\b.{0,40}\b(deleted|erased|removed|wiped|purged|destroyed)\b", STRONG, list_sensitive=True),
    rule(T.ERASURE, r"\bright to (be forgotten|erasure)\b|\bforget (about )?me\b|\bart(icle)? ?17\b", STRONG),
    rule(T.ERASURE, r"\b(deletion|erasure)\b", CLEAR, list_sensitive=True),
    rule(T.ERASURE, r"\b(take|get) me (off|out of)\b.{0,25}\b(database|databases|files|records|system|systems|crm)\b", STRONG),
    rule(T.ERASURE, r"\b(close|cancel|terminate)\b.{0,10}\bmy account\b", WEAK),
    rule(T.ERASURE, r"\b(want|like|need|have) (it|them|this|that|everything|all of it) (deleted|erased|removed|wiped|destroyed)\b", STRONG),
    rule(T.ERASURE, r"\b(delete|erase|remove|wipe|destroy|purge) (it|them|those|these|that data)\b", CLEAR, context=r"\b(data|information|details|records|account|profile)\b|\bit\b", context_window=1),
    rule(T.ERASURE, r"\b(want|wants|like|need|have|get)\b.{0,50}\b(data|details|information|account|profile|records|everything|it|them)\b.{0,12}\b(deleted|erased|removed|wiped|destroyed|purged|gone)\b", STRONG),
    # restriction (art. 18)
    rule(T.RESTRICTION, r"\brestrict(ion|ed)?\b.{0,35}\bprocess|\bprocess\w*\b.{0,30}\brestrict|\bart(icle)? ?18\b", STRONG),
    rule(T.RESTRICTION, r"\b(stop|suspend|pause|freeze|halt)\b.{0,40}\b(using|processing|use|process)\b.{0,60}\b(until|while|pending|for now|for the time being)\b", CLEAR, negatable=False),
    rule(T.RESTRICTION, r"\b(keep|retain|preserve|hold on to|don't delete|do not delete)\b.{0,50}\b(but|without)\b.{0,30}\b(not |no longer |stop )?(us(e|ing)|process(ing)?)\b", CLEAR, negatable=False),
    rule(T.RESTRICTION, r"\b(while|until|pending|as long as)\b.{0,80}\b(don't|do not|not to|stop)\b.{0,15}\b(use|using|process|processing)\b|\b(don't|do not|not to|stop)\b.{0,15}\b(use|using|process|processing)\b.{0,60}\b(but|while)\b.{0,15}\b(keep|retain|hold|store|preserve)", CLEAR, negatable=False),
    rule(T.RESTRICTION, r"\blimit\b.{0,30}\b(what you do with|the use of|use of|processing of|how you use)\b", STRONG),
    rule(T.RESTRICTION, r"\b(block|freeze|lock|put on hold)\b.{0,15}\bmy (personal )?(data|account|information|file)", CLEAR),
    rule(T.RESTRICTION, r"\bput\b.{0,25}\b(data|account|information|details|file|records)\b.{0,10}\bon (hold|ice)\b", CLEAR),
    rule(T.RESTRICTION, r"\b(us(e|ed|ing)|process(ed|ing)?)\b.{0,20}\b(for )?(anything|nothing) (else|other than|besides|except)\b|\bfor (any|no) other purpose", CLEAR, negatable=False, mail_context=r"\b(keep|keeping|retain|store|hold on to|have to keep|need to keep|archive)\b"),
    # portability (art. 20)
    rule(T.PORTABILITY, r"\bportabilit|\bart(icle)? ?20\b|\bmachine[- ]?readable\b", STRONG),
    rule(T.PORTABILITY, r"\b(csv|json|xml|excel|spreadsheet)\b|\bstructured\b.{0,30}\bformat", CLEAR, context=r"data|information|details|file|export|format|orders|history|records|account|purchases|invoices|profile"),
    rule(T.PORTABILITY, r"\b(transfer|transmit|move|send|port)\b.{0,50}\b(to|into)\b.{0,20}\b(another|a new|other|different|my new|the new)\b.{0,20}\b(provider|supplier|company|employer|service|controller|platform|system|vendor)", CLEAR, context=r"data|information|details|history|records"),
    rule(T.PORTABILITY, r"\bexport\b.{0,30}\b(my|of my|of all|all)\b", CLEAR),
    rule(T.PORTABILITY, r"\b(import|upload|load)\b|\b(send|transfer|pass|give|forward)\b.{0,60}\bto (them|that (provider|supplier|company)|the new \w+|my new \w+|their)\b", CLEAR, mail_context=r"\b(another|new|different|other)\b.{0,25}\b(provider|supplier|vendor|company|employer|system|platform|service|app|website|shop|store|software|tool|bank)\b"),
    # objection (art. 21)
    rule(DIRECT_MARKETING, r"\b(i|we) (hereby |strongly )?object\b|\bobjection\b|\bright to object\b", STRONG),
    rule(T.OBJECTION, r"\bart(icle)? ?21\b", STRONG),
    rule(T.OBJECTION, r"\bprofil(ing|ed|e me)\b|\bsegment(ation|ed|ing)\b|\bautomated decision", CLEAR, negatable=False, tag="profiling"),
    rule(T.OBJECTION, r"\b(stop|quit|cease)\b.{0,10}\b(calling|phoning|ringing|cold calling)\b|\b(don't|do not|dont|never)\b.{0,30}\b(call|phon|ring)(e|ed|ing)?\b.{0,5}\b(me|us|again)\b|\bno (more )?(phone |telephone |cold |sales )?calls\b", STRONG, negatable=False),
    rule(T.OBJECTION, rf"\b{_STOP}\b.{{0,40}}\b(letters|brochures|catalogues?|catalogs?|leaflets|flyers|folders|junk mail|paper mail|post)\b", CLEAR, negatable=False),
    rule(DIRECT_MARKETING, r"\bdirect marketing\b", CLEAR, negatable=False),
    rule(T.OBJECTION, r"\b(stop|no longer|cease)\b.{0,30}\b(using|processing|use|process|sharing|share)\b.{0,25}\bmy (personal )?(data|information|details)", CLEAR, negatable=False, yields_to=T.RESTRICTION),
    rule(T.OBJECTION, r"\blegitimate interest", WEAK, negatable=False),
    rule(T.OBJECTION, r"\b(don't|do not|dont|never|no longer|not)\b.{0,20}\b(want|wish|like)\b.{0,10}\bto be (called|phoned|rung|cold[- ]called|contacted by (phone|telephone))\b", STRONG, negatable=False),
    rule(T.OBJECTION, r"\b(targeted|personali[sz]ed|tailored)\b.{0,15}\b(ads|adverts|advertising|advertisements|offers|marketing|promotions)\b|\b(based on|from|using)\b.{0,10}\bmy (purchase|purchasing|order|browsing|buying) (history|behaviou?r|data|habits)\b|\b(analy[sz]e|analy[sz]ing|track|tracking)\b.{0,20}\bmy (purchases|orders|behaviou?r|browsing|buying)\b", CLEAR, negatable=False, tag="profiling"),
    rule(T.OBJECTION, r"\b(forbid|prohibit|do not authori[sz]e|don't authori[sz]e|do not allow|don't allow|do not permit)\b.{0,25}\b(use|using|process|processing|share|sharing|analy[sz]e|analy[sz]ing)\b", CLEAR, negatable=False, yields_to=T.RESTRICTION),
    rule(T.OBJECTION, r"\b(scor(e|es|ed|ing)|rat(e|es|ed|ing)|rank(s|ed|ing)?|categori[sz](e|es|ed|ing)|classif(y|ies|ied|ying)) (me|us|customers|clients|people|users|buyers)\b|\bbeing (scored|rated|ranked|categori[sz]ed|classified|profiled)\b|\bcustomer scor(e|es|ing)\b", CLEAR, negatable=False, tag="profiling"),
    # marketing opt-out (electronic)
    rule(T.MARKETING_OPT_OUT, r"\bun-?subscri(be|bing|bed|ption)\b", STRONG, negatable=False),
    rule(MARKETING, r"\bopt(ed|ing)?[- ]?out\b|\bwithdraw\b.{0,20}\bconsent\b", CLEAR, negatable=False),
    rule(MARKETING, rf"\b{_STOP}\b.{{0,40}}\b(newsletters?|mailings?|e-?mails?|mails|sms|texts|text messages|promotions?|promotional|offers|advertising|advertisements|adverts|ads|marketing|spam)\b", CLEAR, negatable=False),
    rule(MARKETING, r"\b(newsletters?|e-?mails?|mails|sms|texts|text messages|promotions?|offers|advertising|ads|marketing)\b.{0,30}\b(anymore|any more|no longer|to stop)\b", CLEAR, negatable=False),
    rule(MARKETING, r"\b(stop|quit|cease)\b.{0,15}\b(sending|emailing|mailing|spamming|texting|bombarding)\b", CLEAR, negatable=False),
    rule(T.MARKETING_OPT_OUT, r"\b(mailing|e-?mail|distribution|marketing|contact|newsletter) ?lists?\b", CLEAR, negatable=False),
    rule(MARKETING, r"\b(i want out|count me out|leave me out)\b", CLEAR, negatable=False, mail_context=r"e-?mails?|newsletter|marketing|sms|texts"),
    rule(MARKETING, r"\b(off|from) (your |the |this |that |whatever |any )?(\w+ )?list\b", CLEAR, negatable=False),
    rule(MARKETING, r"\b(don't|do not|dont) (want|need)\b (them|it|these|those|this|any of (it|them|this))\b (anymore|any more|any longer)\b|\b(don't|do not|dont|no longer) (want|wish) to (receive|get) (them|it|these|those|this|that)\b", CLEAR, negatable=False, mail_context=_ADS),
    # complaint
    rule(T.COMPLAINT, r"\b(formal )?complaint\b|\bcomplain(ing)?\b", STRONG, mail_context=_PRIVACY, conditional_drop=True),
    rule(T.COMPLAINT, r"\b(data protection authority|supervisory authority|gegevensbeschermingsautoriteit|ico|gba|apd|dpa|privacy commission)\b", CLEAR, conditional_drop=True, negatable=False),
    rule(T.COMPLAINT, r"\b(appalled|outraged|furious|disgusted|unacceptable|scandalous|shocking|disgraceful|fed up)\b", CLEAR, context=r"\b(data|details|information|privacy|request|leak\w*|breach|hacked|shared|sold|gdpr)\b", mail_context=r"\b(data|privacy|gdpr|delete|deleted|erase\w*|personal|unsubscribe\w*|leak\w*|breach|hacked)\b", conditional_drop=True, negatable=False),
)

LEXICON = Lexicon(
    code="en",
    stopwords=frozenset(
        ["the", "and", "you", "your", "i", "my", "me", "is", "are", "to", "of", "for", "with", "have", "has", "this", "that", "please", "would", "could", "what", "which", "about", "from", "any", "all", "do", "don't", "not", "we", "our", "it", "be", "been", "was", "were", "will", "can", "want", "like", "know", "thank", "thanks", "hello", "hi", "dear", "regards", "kind", "sincerely", "yours", "pls", "plz", "thx"]
    ),
    rules=RULES,
    keywords=(
        "delete", "deleted", "erase", "remove", "removed", "unsubscribe", "unsubscribed", "newsletter",
        "newsletters", "personal", "information", "access", "rectify", "rectification", "correct",
        "address", "restrict", "restriction", "processing", "portability", "objection",
        "profiling", "complaint", "marketing", "forgotten", "erasure", "deletion", "machine",
        "transfer", "calling", "brochures", "catalogue", "promotional", "database", "records",
        "account", "everything", "subscribe", "spelled", "incorrect", "misspelled", "segmentation",
        "authority", "readable", "mailing", "legitimate", "interest", "emails",
    ),
    protected=(
        "deliver", "delivery", "delivered", "remote", "removal", "access", "accept", "collect",
        "project", "subject", "calling", "delegate", "account", "accounts", "personnel",
        "correction", "detail", "records", "recording", "address", "addressed", "interested",
        "interests", "mailed", "transport", "unsubscribe", "processed", "process", "remark",
    ),
    negation=r"\b(nothing|don't|do not|dont|doesn't|does not|didn't|did not|not|never|no need|no reason|rather than|instead of|without|neither|nor)\b(?! (anymore|any more|any longer))",
    history=r"\b(i|we) (have |had |already |previously )*(asked|requested|told|instructed|demanded)\b|\b(asked|requested) (you|alsico) (already|before|previously|in \w+|last \w+)",
    condition=r"\b(otherwise|unless|failing (which|that|this)|or else|or i will|if (you|not|this|that|it|i don't|i do not|i'm not|i am not|we're not|no)\b|in case (you|of no))",
    post_or_phone=r"\b(post|postal|letters?|brochures?|catalogues?|catalogs?|leaflets?|flyers?|folders?|paper|letterbox|mailbox at home|door|phone|telephone|calls?|calling|ring|ringing|by mail to my (home|house))\b",
    electronic=r"\b(e-?mails?|mails|newsletters?|sms|texts?|text messages|whatsapp|online|inbox|electronic|digital)\b",
    marketing_list=r"\b(mailing|e-?mail|distribution|marketing|contact|newsletter|subscriber|subscription|call|calling|phone|sms|text|promo\w*|advertising|sales) ?lists?\b|\bnewsletter|\bmarketing (e-?mails?|communications)",
    sales_pitch=r"\b(we offer|we provide|our (solution|software|platform|tool|experts)s?|(book|schedule) a (demo|call|meeting)|webinar|free trial|partnership|case study|15 minutes|quick call)\b",
    non_data_object=r"\b(cv|resume|(job )?application|invoices?|bills?|credit notes?|quotes?|quotation|orders?|basket|cart|items?|products?|attachments?|drafts?|(e-?mails?|messages?)(?! ?address)|fees?|charges?|surcharges?|return label|labels?|reviews?|comments?|appointments?|reservations?|bookings?|duplicates?|(previous|old|earlier|first|wrong) (one|version|copy|file))\b",
    data_object=r"\b(data|details|information|info|account|profile|records?|history|my file|everything|personal|address|name)\b|\b(delete|erase|remove|forget) (me|us)\b",
    phone_number=r"\b((phone|mobile|telephone|cell|landline) ?)?numbers?\b|\bmobile\b",
    phone_calls=r"\b(calls?|called|calling|ring|rings|ringing|rang|phoned|phoning|cold[- ]call\w*|telemarketing|telesales)\b",
    superseded=r"\b(old|previous|former|outdated|wrong|incorrect) (home |postal |e-?mail |phone |mobile )?(address|number|e-?mail|name|surname)\b",
    self_action=r"\b(if|when|once|after|before) (i|we)\b.{0,10}\b(delete|remove|erase|wipe|uninstall)\b|\b(i|we) (have |had |just |already |accidentally |mistakenly )*(deleted|removed|erased|wiped|uninstalled)\b",
    status_question=r"\b(is|are|was|were|will|would|has|have|does|do)\b (my|the|all|it|they|this|that|everything)\b.{0,30}\b((be|been|get|also|too) )*(deleted|erased|removed|wiped)\b",
    location=r"\b(from|in|on|out of|off) (your|my|the|our|their)( \w+){0,2}",
    cut_markers=(
        r"^-{2,} ?original message ?-{2,}",
        r"^-{2,} ?forwarded message ?-{2,}",
        r"^begin forwarded message",
        r"^on .{0,120}\bwrote:?$",
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
