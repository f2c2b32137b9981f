# ruff: noqa: E501  (one phrase pattern per line reads better than a wrapped one)
"""German phrases (folded: lower case, no umlauts: "löschen" → "loschen", "ß" → "ss")."""

from worker.classify.rules import CLEAR, DIRECT_MARKETING, MARKETING, STRONG, WEAK, Lexicon, rule
from worker.domain import RequestType as T

_DAT = r"(personenbezogenen |personlichen |gespeicherten )?(daten|informationen|infos|angaben|kundendaten|datensatz)\b"
_WHAT = r"(name|namen|nachname|nachnamen|vorname|vornamen|adresse|anschrift|e-?mail(-?adresse)?|telefonnummer|handynummer|nummer|geburtsdatum|daten|angaben|kontaktdaten|schreibweise)"
_PRIVACY = r"daten|datenschutz|dsgvo|privat|person|e-?mail|newsletter|nummer|adresse|anruf|einwilligung|spam|telefon|werbung"
_ADS = r"\b(werbung|werbe\w*|newsletter\w*|prospekte?|kataloge?|flyer|broschuren|angebote|promotions?|spam|mailings?|sms|postwurf\w*)\b"
_NOMORE = r"(keine|keinerlei|nicht mehr|nie mehr|nie wieder|nicht langer|stoppen|stoppt|aufhoren|einstellen|unterlassen|stop)"
_EMEDIA = r"(e-?mails?|mails?|newsletter\w*|werbe-?e?-?mails?|werbemails?|werbung|werbenachrichten|sms|angebote|spam|nachrichten|marketing\w*|promotions?|infomails?)"

RULES = (
    # access
    rule(T.ACCESS, r"\bauskunft\w*|\bselbstauskunft", STRONG, context=r"daten|gespeichert|dsgvo|15|person|uber mich|verarbeit|auskunftsrecht|auskunftsersuchen"),
    rule(T.ACCESS, r"\bart(ikel)? ?15\b", STRONG),
    rule(T.ACCESS, r"\bwas (sie|ihr|du|ihre firma)\b.{0,40}\b(uber|von) mich\b.{0,40}\b(gespeichert|wissen|wisst|haben|habt|speichern|verarbeiten|gesammelt|abgelegt)", STRONG),
    rule(T.ACCESS, rf"\bwelche {_DAT}\b.{{0,70}}\b(gespeichert|speichern|verarbeiten|verarbeitet|haben|habt|hat|besitzen|vorliegen|liegen|gesammelt|erhoben)\b", CLEAR),
    rule(T.ACCESS, rf"\bkopie\b.{{0,20}}\b(meiner|aller|der|von meinen|von allen)\b.{{0,30}}\b{_DAT}", STRONG),
    # (not when the writer contests those data: "ich bestreite die Richtigkeit der Daten, die Sie
    # über mich gespeichert haben" asks to correct or restrict, not for a copy)
    rule(T.ACCESS, r"^(?!.*\b(bestreit\w*|richtigkeit|unrichtig\w*|falsch\w*)\b).*?\b(uber mich|zu meiner person|von mir)\b.{0,40}\b(gespeichert|gesammelt|verarbeitet|vorliegen|vorhanden)", CLEAR),
    rule(T.ACCESS, r"\bwo (haben|hat|habt) (sie|ihr)\b.{0,30}\bher\b|\bwoher (haben|hat|habt) (sie|ihr|ihre firma)\b|\bwie (sind|kommen|kamen) (sie|ihr)\b.{0,30}\b(an )?(meine|meinen|mein)\b", CLEAR),
    rule(T.ACCESS, rf"\b(haben|speichern|verarbeiten|besitzen) (sie|ihr)\b.{{0,30}}\b{_DAT}\b.{{0,30}}\b(uber mich|von mir|zu meiner person)", CLEAR),
    rule(T.ACCESS, r"\b(eine|die) kopie\b(?! (dieser|dieses|ist|geht|wurde|ging))|\bubersicht\b", WEAK, context=r"\b(daten|informationen)\b"),
    rule(T.ACCESS, r"\ban wen\b.{0,50}\b(weitergegeben|ubermittelt|verkauft|gegeben)", CLEAR),
    rule(T.ACCESS, rf"\bwelche (meiner|von meinen) {_DAT}|\b(wissen|erfahren|mitteilen|sagen|nennen|auflisten)\b.{{0,25}}\bwelche (meiner |von meinen |meine )?{_DAT}", CLEAR),
    rule(T.ACCESS, rf"\bwelche (meiner |von meinen )?{_DAT}.{{0,60}}\b(betroffen|gestohlen|abgeflossen|kompromittiert|geleakt|entwendet)\b", CLEAR),
    rule(T.ACCESS, r"\b(wissen|erfahren|mitteilen|sagen)\b.{0,20}\b(an wen|mit wem|wer noch)\b", CLEAR),
    # rectification
    rule(T.RECTIFICATION, r"\bberichtig\w*|\bart(ikel)? ?16\b", STRONG),
    rule(T.RECTIFICATION, rf"\b(korrigier\w*|andern|andert|anderung|aktualisier\w*|anpassen|passen|richtigstell\w*|berichtig\w*)\b.{{0,40}}\b(meine?n?|meiner) {_WHAT}\b|\b(meine?n?|meiner) (neue |neuen )?{_WHAT}\b.{{0,50}}\b(korrigier\w*|andern|geandert|aktualisier\w*|anpassen|angepasst|richtigstell\w*|berichtig\w*)\b", CLEAR),
    rule(T.RECTIFICATION, r"\bumgezogen\b|\bumzug\b|\bneue (adresse|anschrift|e-?mail-?adresse|telefonnummer)\b|\b(meine|die) neue\b.{0,10}\b(adresse|anschrift|lautet)\b", CLEAR),
    rule(T.RECTIFICATION, r"\b(falsch\w*|fehlerhaft\w*|unrichtig\w*|inkorrekt\w*|veraltet\w*|nicht (mehr )?(korrekt|richtig|aktuell)|tippfehler|schreibfehler)\b", CLEAR, context=r"\b(name|namen|nachname|vorname|adresse|anschrift|daten|geburtsdatum|geschrieben|e-?mail|schreibweise)\b"),
    rule(T.RECTIFICATION, r"\b(richtig|korrekt) (ist|lautet|ware|waere)\b|\b(es|das|er|sie) (ist|lautet|heisst)\b.{1,60}\b(und nicht|statt)\b", CLEAR, context=r"\b(name|namen|nachname|vorname|adresse|anschrift|e-?mail\w*|geschrieben|schreibweise|geburtsdatum|\w*nummer)\b", negatable=False),
    rule(T.RECTIFICATION, rf"\b(meine?n?|meiner) (neue |neuen )?{_WHAT}\b.{{0,30}}\b(hat sich (geandert|verandert)|ist neu|geandert)\b|\b(korrigieren|andern|berichtigen) sie (sie|es|das|diese)\b", CLEAR, context=r"\b(name|namen|nachname|adresse|anschrift|\w*nummer|e-?mail\w*|daten|angaben|geburtsdatum)\b", context_window=1),
    # erasure
    rule(T.ERASURE, r"\b(losch\w*|loesch\w*|entfern\w*|vernicht\w*)\b.{0,40}\b(meine\w*|mein|mich|alle\w*|samtlich\w*|konto|kundenkonto|daten)\b", STRONG, list_sensitive=True),
    rule(T.ERASURE, r"\b(meine\w*|mein|mich|alle\w*|samtlich\w*|konto|kundenkonto|daten)\b.{0,50}\b(losch\w*|geloscht|geloescht|loesch\w*|entfern\w*|vernicht\w*)", STRONG, list_sensitive=True),
    rule(T.ERASURE, r"\bvergessen( zu)? werden|\bvergessenwerden\b|\bart(ikel)? ?17\b", STRONG),
    rule(T.ERASURE, r"\b(loschung|loeschung|datenloschung)\b", CLEAR, list_sensitive=True),
    rule(T.ERASURE, r"\b(konto|kundenkonto|account|profil)\b.{0,30}\b(schliessen|kundigen|auflosen|deaktivieren)\b", WEAK),
    rule(T.ERASURE, r"\b(will|mochte|mochten|wollen|wunsche)\b.{0,40}\b(daten|konto|kundenkonto|profil|alles)\b.{0,20}\b(weg|verschwinden|verschwunden)\b", STRONG),
    # restriction
    rule(T.RESTRICTION, r"\beinschrank\w*\b|\bart(ikel)? ?18\b", STRONG, context=r"verarbeit|nutzung|verwendung|daten|18"),
    rule(T.RESTRICTION, r"\b(aussetzen|setzen\b.{0,50}\baus|aussetzung|ruhen lassen|ruhen)\b|\bnur noch (zu )?(speichern|aufbewahren)\b", CLEAR, context=r"verarbeit|nutzung|verwendung|daten"),
    rule(T.RESTRICTION, r"\bsperr\w*\b.{0,30}\b(daten|konto|kundenkonto|datensatz)\b|\b(daten|konto|datensatz)\b.{0,30}\bsperr\w*", CLEAR),
    rule(T.RESTRICTION, r"\b(vorerst|vorlaufig|vorubergehend|bis|solange|zunachst)\b.{0,70}\bnicht (mehr |weiter |langer )?(zu )?(verwenden|nutzen|verarbeiten|benutzen)\b|\bnicht (mehr |weiter |langer )?(zu )?(verwenden|nutzen|verarbeiten|benutzen)\b.{0,70}\b(bis|solange|vorerst|vorlaufig)\b", CLEAR, negatable=False),
    rule(T.RESTRICTION, r"\b(aufbewahren|behalten|speichern)\b.{0,40}\baber\b.{0,40}\bnicht\b.{0,30}\b(verwenden|nutzen|verarbeiten|benutzen)", CLEAR, negatable=False),
    rule(T.RESTRICTION, r"\b(fur nichts anderes|zu keinem anderen zweck|fur keine anderen zwecke|fur keinen anderen zweck)\b", CLEAR, negatable=False, mail_context=r"\b(aufbewahr\w*|speicher\w*|behalt\w*|archivier\w*)\b"),
    # portability
    rule(T.PORTABILITY, r"\bubertragbarkeit|\bdatenubertrag\w*|\bmaschinenlesbar\w*|\bart(ikel)? ?20\b", STRONG),
    rule(T.PORTABILITY, r"\b(csv|json|xml|excel)\b|\bstrukturiert\w*\b.{0,30}\bformat", CLEAR, context=r"daten|datei|format|export"),
    rule(T.PORTABILITY, r"\b(ubertrag\w*|ubermitteln|ubermittelt|weitergeben|mitnehmen|umziehen)\b", CLEAR, context=r"\b(neue\w*|andere\w*)\b.{0,20}\b(anbieter|arbeitgeber|firma|unternehmen|dienstleister|lieferanten?|verantwortlichen|plattform|system)|\banbieter|\banbieterwechsel"),
    rule(T.PORTABILITY, r"\bexport\w*\b", CLEAR, context=r"daten"),
    rule(T.PORTABILITY, r"\b(hochladen|importieren|einlesen|heraus|herausgeben|mitnehmen)\b", CLEAR, context=r"\b(datei|daten\w*|format)\b"),
    # objection
    rule(DIRECT_MARKETING, r"\bwiderspr\w*|\bwiderspruch\w*", STRONG, negatable=False),
    rule(T.OBJECTION, r"\bart(ikel)? ?21\b", STRONG),
    rule(T.OBJECTION, r"\bprofiling\b|\bprofilbildung\b|\bprofil\w* (erstellen|erstellt|anlegen)|\bsegmentier\w*|\bautomatisierte entscheidung", CLEAR, negatable=False, tag="profiling"),
    rule(T.OBJECTION, r"\b(rufen sie mich|ruft mich|ruf mich)\b.{0,20}\b(nicht mehr|nie mehr|nie wieder|nicht)\b.{0,10}\ban\b|\b(keine|keinerlei)\b.{0,20}\b(anrufe|telefonanrufe|werbeanrufe|telefonwerbung)\b|\b(anrufe|anrufen|telefonanrufe|werbeanrufe|telefonwerbung|telefonisch\w*)\b.{0,40}\b(unterlassen|einstellen|aufhoren|nicht mehr|stoppen|sofort)\b|\b(nicht mehr|nie wieder|nie mehr)\b.{0,20}\b(anrufen|kontaktieren telefonisch|telefonisch)\b|\b(auf|aufhoren|unterlassen|nicht mehr)\b.{0,20}\b(mich )?anzurufen\b", STRONG, negatable=False),
    rule(T.OBJECTION, rf"\b{_NOMORE}\b.{{0,40}}\b(briefe|werbebriefe|prospekte|kataloge?|postwurf\w*|post|briefwerbung|postwerbung|papierwerbung|flyer|broschuren)\b|\bbriefkasten\b|\bper post\b", CLEAR, negatable=False),
    rule(DIRECT_MARKETING, r"\bdirekt(werbung|marketing)\b|\bdirekte werbung\b", CLEAR, negatable=False),
    rule(T.OBJECTION, r"\b(verwendung|nutzung|verarbeitung|weitergabe)\b.{0,40}\b(meiner|von meinen)\b.{0,30}\bdaten\b.{0,40}\b(einstellen|unterlassen|stoppen|beenden)|\b(nicht mehr|nicht langer)\b.{0,20}\b(verwenden|nutzen|verarbeiten|weitergeben)\b", CLEAR, negatable=False, yields_to=T.RESTRICTION),
    rule(T.OBJECTION, r"\bberechtigte\w* interesse", WEAK, negatable=False),
    rule(T.OBJECTION, r"\b(nicht mehr|nie mehr|nie wieder|keinesfalls)\b.{0,25}\b(angerufen|telefonisch (kontaktiert|angesprochen|belastigt))\b", STRONG, negatable=False),
    rule(T.OBJECTION, r"\b(personalisierte|zielgerichtete|gezielte|individualisierte|massgeschneiderte)n? (werbung|angebote|anzeigen|werbeanzeigen)\b|\b(auf (basis|grundlage)|anhand) (meines|meiner|meinen|meiner) (kaufverhalten\w*|einkauf\w*|bestellungen|surfverhalten\w*|kaufhistorie)\b|\b(kaufverhalten\w*|surfverhalten\w*|einkaufsverhalten\w*|nutzungsverhalten\w*)\b", CLEAR, negatable=False, tag="profiling"),
    rule(T.OBJECTION, r"\b(untersage|untersagen|verbiete|verbieten)\w*\b.{0,70}\b(verwenden|nutzen|verarbeiten|weitergeben|auswerten|analysieren)\b", CLEAR, negatable=False, yields_to=T.RESTRICTION),
    rule(T.OBJECTION, r"\b(kunden|kauf|werbe)?profil(e|en)?\b(?! (loschen|entfernen))|\b(marketing|werbe|kunden)analyse\w*|\bscoring\b|\bkundenbewertung\w*", CLEAR, negatable=False, tag="profiling", context=r"\b(verwend\w*|nutz\w*|erstell\w*|anleg\w*|auswert\w*|analys\w*|werb\w*|marketing\w*)\b"),
    # marketing opt-out
    rule(T.MARKETING_OPT_OUT, r"\babmeld\w*|\bmelden sie mich\b.{0,40}\bab\b|\bmeldet mich\b.{0,40}\bab\b|\babbestell\w*|\baustrag\w*|\btragen sie mich\b.{0,40}\baus\b|\bausgetragen\b|\babgemeldet\b", STRONG, negatable=False),
    rule(MARKETING, rf"\b{_NOMORE}\b.{{0,40}}\b{_EMEDIA}\b", CLEAR, negatable=False),
    rule(MARKETING, rf"\b{_EMEDIA}\b.{{0,50}}\b(nicht mehr|nicht langer|abbestellen|stoppen|einstellen|unterlassen)\b", CLEAR, negatable=False),
    rule(T.MARKETING_OPT_OUT, r"\b(verteiler\w*|mailingliste|mailing-liste|e-?mail-?liste|newsletter-?liste)\b", CLEAR, negatable=False),
    rule(MARKETING, r"\bwiderruf\w*\b.{0,40}\beinwilligung|\beinwilligung\b.{0,40}\bwiderruf\w*|\beinwilligung\b.{0,30}\bzuruck", CLEAR, negatable=False),
    rule(MARKETING, r"\b(will|mochte|brauche)\b (ich )?(sie|die|das|diese|es|den|ihn)\b.{0,10}\b(nicht mehr|nicht langer|nie wieder)\b|\bdarauf kann ich verzichten\b", CLEAR, negatable=False, mail_context=_ADS),
    # complaint
    rule(T.COMPLAINT, r"\bbeschwer\w*", STRONG, mail_context=_PRIVACY, conditional_drop=True),
    rule(T.COMPLAINT, r"\b(datenschutzbehorde|aufsichtsbehorde|datenschutzaufsicht|landesdatenschutzbeauftragte\w*|gba|apd)\b", CLEAR, conditional_drop=True, negatable=False),
    rule(T.COMPLAINT, r"\b(verargert|emport|inakzeptabel|unverschamt|skandal\w*|frechheit|unzumutbar|wutend|entsetzt)\b", CLEAR, context=r"\b(daten\w*|kundendaten|datenschutz|datenleck|hacker\w*|weitergegeben|verkauft|anfrage|antrag|abgeflossen|geleakt)\b", mail_context=r"\b(daten\w*|datenschutz|dsgvo|losch\w*|personenbezogen\w*|abmeld\w*|datenleck|hacker\w*)\b", conditional_drop=True, negatable=False),
)

LEXICON = Lexicon(
    code="de",
    stopwords=frozenset(
        ["der", "die", "das", "und", "ich", "mich", "mir", "mein", "meine", "meiner", "sie", "ihr", "ihre", "ihnen", "nicht", "ist", "sind", "bitte", "mit", "fur", "auf", "dass", "zu", "von", "den", "dem", "des", "ein", "eine", "einen", "wie", "was", "welche", "haben", "habe", "hat", "mochte", "wurde", "konnen", "sehr", "geehrte", "geehrter", "damen", "herren", "freundlichen", "grussen", "gruss", "danke", "vielen", "hallo", "auch", "noch", "oder", "aber", "wenn", "uber"]
    ),
    rules=RULES,
    keywords=(
        "loschen", "loschung", "geloscht", "personenbezogenen", "daten", "abmelden",
        "abbestellen", "newsletter", "auskunft", "berichtigung", "berichtigen", "korrigieren",
        "einschrankung", "verarbeitung", "datenubertragbarkeit", "widerspruch", "widerspreche",
        "profiling", "beschwerde", "gespeichert", "werbung", "anschrift", "adresse",
        "umgezogen", "entfernen", "maschinenlesbar", "einwilligung", "widerrufen", "anrufe",
        "datenschutzbehorde", "aufsichtsbehorde", "werbebriefe", "kataloge",
    ),
    protected=(
        "gespeist", "informationen", "losung", "losungen", "adressen", "beschwert", "speichern", "verarbeitet",
        "anruf", "anrufen", "einwilligen", "werben", "wurden", "aktuell",
    ),
    negation=r"\b(nichts|nicht|kein|keine|keinen|keiner|nie|niemals|ohne|statt|anstatt|weder)\b(?! (mehr|langer|wieder)\b)",
    history=r"\b(habe|hatte)\b.{0,50}\b(gebeten|beantragt|verlangt|gefordert|aufgefordert)\b",
    condition=r"\b(sonst|andernfalls|ansonsten|widrigenfalls|es sei denn|(wenn|falls|sollten) (sie|ihr|ich|dies|das)\b.{0,60}\b(nicht|keine?|nie))\b",
    post_or_phone=r"\b(post|postalisch|briefe?|werbebriefe?|prospekte?|kataloge?|postwurf\w*|briefkasten|papier\w*|flyer|broschuren|telefon\w*|anruf\w*|angerufen)\b",
    electronic=r"\b(e-?mails?|mails?|newsletter\w*|werbe-?e?-?mails?|werbemails?|sms|online|elektronisch\w*|whatsapp|digital\w*|posteingang|infomails?)\b",
    marketing_list=r"\b(verteiler\w*|mailingliste|mailing-liste|e-?mail-?liste|newsletter\w*|sms-?liste\w*|werbeliste\w*|anrufliste\w*|telefonliste\w*|anrufdatei\w*|call-?liste\w*)\b",
    sales_pitch=r"\b(wir bieten|unsere (losung|dienstleistung\w*|software|plattform|produkte|expertise)|unser (tool|beratungsangebot)|unsere experten|demo|webinar|kostenlos(e|en) test|partnerschaft|unverbindlich\w* (gesprach|termin))\b",
    non_data_object=r"\b(lebenslauf|bewerbung\w*|rechnung\w*|gutschrift\w*|angebot|kostenvoranschlag|bestellung\w*|warenkorb|produkt\w*|anhang|anhange|nachricht\w*|(e-?mail|mail)s?(?!-?adresse)|gebuhr\w*|mahngebuhr\w*|etikett\w*|rucksendeetikett\w*|bewertung\w*|kommentar\w*|termin\w*|reservierung\w*|(die|das|den) alten?|(alte|vorherige|falsche|doppelte|erste)n? (version|datei|fassung))\b",
    data_object=r"\b(daten|kundendaten|informationen|angaben|konto|kundenkonto|profil|datensatz|alles|mich|adresse|anschrift|namen?|historie|verlauf)\b",
    phone_number=r"\b(telefon|handy|mobil|festnetz)?-?nummer\w*",
    phone_calls=r"\b(anruf\w*|anzurufen|angerufen|ruft|rufen|telefonisch\w*|telefonwerbung|werbeanruf\w*|telefonmarketing)\b",
    superseded=r"\b(alte|alten|vorherige|vorherigen|falsche|falschen|fruhere|fruheren) (\w*adresse|anschrift|\w*nummer|namen?|nachnamen?)\b",
    self_action=r"\b(wenn|falls|sobald|nachdem) ich\b.{0,40}\b(losche|entferne|deinstalliere)\b|\bich habe\b.{0,40}\b(geloscht|entfernt|deinstalliert)\b",
    status_question=r"\b(wird|werden|ist|sind|wurde|wurden)\b (mein|meine|das|die|alle|es)\b.{0,30}\b(geloscht|entfernt)\b",
    location=r"\b(aus|von|in|im|auf) (ihrem|ihrer|ihren|meinem|meiner|dem|der|den|eurem|eurer)( \w+){0,2}",
    cut_markers=(
        r"^-{2,} ?(ursprungliche|original) nachricht ?-{2,}",
        r"^-{2,} ?weitergeleitete nachricht ?-{2,}",
        r"^am .{0,140}\bschrieb\b.{0,80}:?$",
        r"^von: .*\n(gesendet|datum|sent): ",
        r"^-{2,} ?original message ?-{2,}",
        r"^on .{0,120}\bwrote:?$",
        r"^_{10,}$",
    ),
    footer_markers=(
        r"diese (e-?mail|nachricht)( und (alle|etwaige|ihre) anhange?)? (enthalt|ist|kann)\b.{0,60}(vertraulich|rechtlich geschutzt)",
        r"wenn sie nicht der (richtige|beabsichtigte) (adressat|empfanger)",
        r"^von meinem (iphone|ipad|android|samsung|smartphone) gesendet",
        r"^gesendet von meinem",
        r"(this|the) (e-?mail|message)\b.{0,60}(confidential|privileged)",
    ),
    closings=(
        r"^(mit )?(freundlichen|besten|herzlichen|lieben|vielen) grussen\b",
        r"^(mfg|lg|vg|viele grusse|beste grusse|liebe grusse|gruss|grusse|hochachtungsvoll|danke im voraus|vielen dank im voraus)\b",
        r"^(kind regards|best regards|cordialement|met vriendelijke groet(en)?)\b",
    ),
    filler=r"^(siehe betreff|s\.? betreff|siehe oben|von meinem \w+ gesendet)\W*$",
)
