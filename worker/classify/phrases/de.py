# ruff: noqa: E501  (one phrase pattern per line reads better than a wrapped one)
"""German phrases (folded: lower case, no umlauts: "löschen" → "loschen", "ß" → "ss")."""

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

_DAT = r"(personenbezogenen |personlichen |gespeicherten )?(daten|informationen|infos|angaben|kundendaten|datensatz)\b"
_WHAT = r"(name|namen|nachname|nachnamen|vorname|vornamen|adresse|anschrift|e-?mail(-?adresse)?|telefonnummer|handynummer|nummer|geburtsdatum|daten|angaben|kontaktdaten|schreibweise)"
_PRIVACY = r"weitergegeben|weitergeleitet|herumgeschickt|rumgeschickt|herumgereicht|offengelegt|daten|datenschutz|dsgvo|privat|person|e-?mail|newsletter|nummer|adresse|anruf|einwilligung|spam|telefon|werbung|kamera|foto|bild|video|uberwach|gesundheit|akte|umgang mit|lebenslauf|bewerbung|gehaltsabrechnung|lohnzettel|lesbar|einsehbar|jeder (\w+ )?(lesen|sehen|einsehen)"
# a complaint someone else made, told of ("ein Kollege hat Beschwerde bei der Aufsicht
# eingelegt", "Betreff: Beschwerde meiner Nachbarin"): not the writer's own
_THIRD_PARTY_COMPLAINT = (
    r"\b(ein|eine|mein|meine|unser|unsere|der|die|dieser|diese) (\w+ ){0,2}?(kollege|kollegin|kunde|kundin|nachbar|nachbarin|bekannter|bekannte|mitarbeiter|mitarbeiterin)\b[^.;]{0,100}\bbeschwerde\b[^.;]{0,100}\b(eingelegt|eingereicht|erhoben|eingebracht) (hat|habe|haben|hatte|hatten)\b"
    r"|\bbeschwerde (meines|meiner|eines|einer|des|der) (\w+ )?(kollegen|kollegin|kunden|kundin|nachbarn|nachbarin|mitarbeiters|mitarbeiterin)\b"
)
# a mailing whose writer says they keep receiving it gladly ("den Newsletter lese ich gerne
# weiter", "die Rundschreiben möchte ich weiterhin bekommen"): the list named in such a mail
# is its topic, no opt-out (verbs asking a removal are read by their own rules)
_LIST_KEPT = (
    r"\A(?![\s\S]*(\b(newsletter\w*|pressemitteilung\w*|presseinfo\w*|rundschreiben|rundbrief\w*|rundmail\w*|mailings?|aussendung\w*|infobrief\w*)\b (\w+ ){0,3}?(lese|lesen|beziehe|beziehen|erhalte|erhalten|bekomme|bekommen|mochte|mochten|will|wollen) (ich|wir) (\w+ ){0,2}?(gerne?|weiterhin)\b(?! (nicht|kein\w*)\b)"
    r"|\b(ich|wir) (mochte|mochten|will|wollen|lese|lesen|beziehe|beziehen) (\w+ ){0,3}?(newsletter\w*|pressemitteilung\w*|presseinfo\w*|rundschreiben|rundbrief\w*|rundmail\w*|mailings?|aussendung\w*|infobrief\w*) (\w+ ){0,2}?(gerne |auch )?(weiterhin|weiter)\b(?! (nicht|kein\w*)\b)))"
)
_ADS = r"\b(werbung|reklame|werbe\w*|newsletter\w*|prospekte?|kataloge?|flyer|broschuren|angebote|promotions?|spam|mailings?|sms|postwurf\w*)\b"
_NOMORE = r"(keine|keinen|keinerlei|nicht mehr|nie mehr|nie wieder|nicht langer|stoppen|stoppt|aufhoren|einstellen|unterlassen|stop)"
_EMEDIA = r"(e-?mails?|mails?|kurznachrichten|textnachrichten|newsletter\w*|werbe-?e?-?mails?|werbemails?|werbung|reklame|werbenachrichten|sms|angebote|spam|nachrichten|marketing\w*|promotions?|infomails?)"

# an unsubscription reported as done, by the writer or by us: no new request
# a thing of the writer's reported as deregistered ("die alte Nummer ist abgemeldet", "das Auto
# wurde abgemeldet"): a state, not an unsubscription
_DEREGISTERED = r"\b(die|der|das|mein|meine) (alte\w*|bisherige\w*|fruhere\w*) (\w+ )?(ist|sind|wurde|wurden|war) (\w+ )?abgemeldet\b|\b(\w*nummer|anschluss|handy|vertrag|sim-?karte|auto|fahrzeug|wagen|wohnsitz|gewerbe|telefon)\b (\w+ ){0,2}?(ist|sind|wurde|wurden|war) (\w+ )?abgemeldet\b|\b(ist|sind|wurde|wurden) (\w+ )?(alte\w* |bisherige\w* )?(\w*nummer|anschluss|handy|vertrag|sim-?karte|auto|fahrzeug|wohnsitz|gewerbe) (\w+ )?abgemeldet\b"

# (or told to have worked: "die Abmeldung vom Newsletter hat übrigens geklappt, danke")
_UNSUBSCRIBED = r"\b(hab|habe|hatte|haben|hatten|habt|hat) (ich |wir |sie |ihr )?(mich |uns )?(\w+ ){0,6}?(abbestellt|abbestellen|abgemeldet|ausgetragen)\b|^(ihre|eure) abmeldung\b|\bbestatigung (ihrer|der) abmeldung\b|\b(abmeldung|austragung|abbestellung)\b.{0,60}\b(hat|ist|war) (\w+ ){0,2}?(geklappt|funktioniert|erledigt|erfolgt|gelungen|durchgegangen)\b"

# a state that no longer holds ("stimmt nicht mehr", "klopt niet meer, de post komt …")
# is no "no more post"
_STATE = r"(?<!stimmt )(?<!stimmen )(?<!gilt )(?<!gelten )(?<!ist )(?<!sind )(?<!existiert )(?<!wohne )(?<!wohnt )(?<!wohnen )"


# a question how a right is used, asking nothing yet: "wie kann ich meine Adresse bei Ihnen
# ändern lassen?", "wie beantrage ich eine Auskunft?", a subject "Adresse ändern – wie?"; and a
# question about an access answer's procedure (an ID to send, the way it comes, its cost or
# time): "muss ich für eine Auskunft einen Ausweis schicken?", "bekomme ich die Auskunft per
# Post oder per E-Mail?" (a polite "können Sie mir …?" or one with "bitte" still asks)
_HOW_TO = r"^(und |aber |also )?wie (kann|konnte|kann man|konnen|muss|musste|soll|sollte|lasst sich|lassen sich|geht|beantrage|beantragt man|mache|macht man|stelle|stellt man)\b[^?]*\?\s*$|\s[-:] ?wie\??\s*$|^wie geht (das|es)\b"
_PROCEDURE_QUESTION = r"^(?!(und |aber )?(konnen|konnten|konnt|wurden|wurdet) (sie|ihr)\b)(?!.*\bbitte\b)(?=[^?]*\?\s*$)(?=.*\b(ausweis\w*|personalausweis\w*|identitatsnachweis\w*|per post|per e-?mail|per mail|kostet|kosten\w*|gebuhr\w*|dauert|wie lange|frist\w*|ablauf\w*|lauft (das|es) ab|formular\w*|vorlage)\b)"

# a Widerspruch against a bill ("Widerspruch gegen Ihre Mahnung", "gegen die Rechnung"): a
# billing dispute, and the words that make a mail one about data or advertising
_BILL_OBJECTED = r"\bwiderspr\w* (\w+ )?gegen (ihre|die|den|diese|diesen|ihren) (\w+ )?(mahnung|rechnung|zahlungserinnerung|forderung|gebuhr|nachberechnung|lastschrift|kundigung)\w*"
_DATA_TOPIC = r"\b(\w*daten|datenschutz|dsgvo|werbung|werbe\w*|newsletter\w*|anruf\w*|nutzung|verarbeitung|verwendung|weitergabe|profiling|art(ikel)? ?21)\b"

# a restriction confirmed by us and thanked for, or received, in the sentence itself: "danke für
# die Bestätigung, dass meine Daten gesperrt sind", "Ihre Bestätigung, dass die Daten nur noch
# gespeichert werden, habe ich erhalten" (a state told, no new request)
_CONFIRMED = r"\b(danke|dank|bedanke|bedanken)\b[^.]{0,30}\bbestatigung\b|\bbestatigung\b.{0,120}\b(erhalten|bekommen)\b|\b(sie haben|ihr habt|sie hatten) (mir |uns )?(schon |bereits )?bestatigt\b"

# what the writer's own data may be called in an everyday mail: records, media, entries, papers
# ("die alten Unterlagen von damals können Sie löschen")
_RECORD = r"([\w-]*daten|\w*bewerbung\w*|lebenslauf\w*|\w*unterlagen|angaben|informationen|\w*liste|auflistung|ubersicht|aufstellung|\w*protokoll\w*|\w*notiz\w*|\w*akte|\w*datei|\w*eintrag\w*|\w*eintrage|\w*verlauf|\w*historie|\w*aufzeichnung\w*|\w*aufnahme\w*|\w*video\w*|\w*fotos?|\w*bilder|\w*bild|\w*chat\w*|[\w-]*ergebnis\w*|\w*werte|\w*messwerte|[\w-]*zeiten|[\w-]*buchungen|[\w-]*profil|[\w-]*konto|account|\w*bewertung\w*|\w*beurteilung\w*|\w*scans?|\w*masse|\w*messungen)"
# the same, as what a removal or a correction acts on, names included
# data that are a company's own, not a person's: "die Bestelldaten unserer Firma"
_FIRM_DATA = r"\b(unserer|unseres|unsere) (firma|unternehmens?|gesellschaft|betriebs?|abteilung|filiale\w*|niederlassung\w*)\b"

# a mail that names a company's business records or seat ("Lieferantendaten", "Firmensitz"):
# a move told there is the company's (a search for this pattern fails in such a mail)
_NO_BUSINESS_RECORD = r"\A(?![\s\S]*\b(lieferantendaten|lieferantenstamm\w*|kreditorendaten|kreditorenstamm\w*|firmensitz|firmenadresse|firmenanschrift|geschaftsadresse|geschaftsanschrift|betriebsadresse|unternehmenssitz)\b)"

_OWN = rf"\b({_RECORD}|name|namen|vorname\w*|nachname\w*|\w*adresse|anschrift|\w*nummer|geburtsdatum|e-?mail-?adresse)\b"
# a field of the writer's own that a correction changes
_FIELD = r"(name|namen|vorname\w*|nachname\w*|geburtsname\w*|\w*adresse|anschrift|\w*nummer|geburtsdatum|e-?mail\w*|iban|bankverbindung|titel|anrede|geschlecht|schreibweise|\w*strasse)"

# a correction told done by us and thanked for, nothing else asked in the sentence: "meine
# Adresse haben Sie ja inzwischen berichtigt, danke dafür", "der Name wurde schon korrigiert,
# vielen Dank" (not "… schon geändert, aber der Vorname ist noch falsch", nor a question)
_CORRECTED = r"^(?!.*\?)(?!.*\b(bitte|aber|noch|nicht|falsch\w*|wieder)\b)(?=.*\b(danke|dank|inzwischen|mittlerweile|bereits|schon|endlich)\b).*\b(haben|hat|habt|wurde|wurden|ist|sind) (sie |ihr )?(\w+ ){0,4}?(berichtigt|korrigiert|geandert|aktualisiert|angepasst)\b"

RULES = (
    # access
    # "was steht in Ihrer Kartei über mich?": die Akte, die über mich geführt wird
    # what an earlier answer left out, asked for: "send me the missing e-mails and call notes"
    rule(
        T.ACCESS,
        r"\bfehlenden (\w+ ){0,2}?(daten|e-?mails|unterlagen|nachrichten|notizen|aufzeichnungen|dateien|informationen)\b.{0,40}\b(senden|schicken|ubermitteln|zusenden|nachreichen|herausgeben)\b|\b(senden|schicken|ubermitteln)\b.{0,30}\bfehlenden\b",
        CLEAR,
    ),
    rule(
        T.ACCESS,
        r"\b(kartei|akte|kundenakte|kundendatei|unterlagen)\b.{0,30}\b(uber mich|zu mir|von mir)\b|\b(einsehen|einsicht|ansehen)\b.{0,30}\b(meine\w*) (\w*akte|kundendatei|kartei|unterlagen)\b|\b(meine\w*) (\w*akte|kundendatei)\b.{0,20}\b(einsehen|ansehen)\b",
        CLEAR,
    ),
    rule(
        T.ACCESS,
        r"\bauskunft(?!s?sperre)\w*|\bselbstauskunft",
        STRONG,
        # a patient wait for the answer to an earlier request asks nothing new
        unless=r"\b(kein problem|keine eile|eilt nicht|kein stress)\b.{0,40}\bwarte\b|\bwarte (gerne?|geduldig|gelassen)\b|"
        + _HOW_TO
        + "|"
        + _PROCEDURE_QUESTION,
        # "Auskunftsantrag", "Auskunftsersuchen": the request named by its own compound
        context=r"daten|gespeichert|dsgvo|15|person|uber mich|verarbeit|auskunftsrecht|auskunftsersuchen|auskunftsantrag|auskunftsanfrage|auskunftsbegehren|zugegriff\w*|ausgewertet|eingesehen|weitergegeben|offengelegt",
        context_window=2,  # "… habe ich Auskunft nach Art. 15 beantragt. … die Auskunft zu erteilen"
    ),
    rule(T.ACCESS, r"\bart(ikel)? ?15\b", STRONG),
    rule(
        T.ACCESS,
        r"\bwas (sie|ihr|du|ihre firma)\b.{0,40}\b(uber|von) mich\b.{0,40}\b(gespeichert|wissen|wisst|haben|habt|speichern|verarbeiten|gesammelt|abgelegt)",
        STRONG,
    ),
    rule(
        T.ACCESS,
        rf"\bwelche (weiteren |anderen |sonstigen )?{_DAT}\b.{{0,70}}\b(gespeichert|speichern|verarbeiten|verarbeitet|haben|habt|hat|besitzen|vorliegen|liegen|gesammelt|erhoben)\b",
        CLEAR,
    ),
    rule(
        T.ACCESS,
        rf"\bkopie\b.{{0,20}}\b(meiner|aller|der|von meinen|von allen)\b.{{0,30}}\b{_DAT}",
        STRONG,
    ),
    # (not when the writer contests those data: "ich bestreite die Richtigkeit der Daten, die Sie
    # über mich gespeichert haben" asks to correct or restrict, not for a copy)
    rule(
        T.ACCESS,
        r"^(?!.*\b(bestreit\w*|richtigkeit|unrichtig\w*|falsch\w*)\b).*?\b(uber mich|zu meiner person|von mir|uber ihn|zu seiner person)\b.{0,40}\b(gespeichert|gesammelt|verarbeitet|vorliegen|vorhanden)",
        CLEAR,
        yields_to=T.ERASURE,  # "alle über mich gespeicherten Daten zu löschen": what to delete
        # a condition on their existence asks nothing: "falls Daten über mich gespeichert sind,
        # widerrufe ich …" (a question is "ob")
        unless=r"^(falls|sofern|soweit|sollten?|wenn)\b|\b(falls|sofern|soweit|sollten) (\w+ ){0,4}?(uber mich|zu meiner person|von mir)\b",
    ),
    # where the data came from: "woher haben Sie meine Adresse?", "teilen Sie mir mit, woher Sie
    # diese Informationen haben" (details the writer never gave, named as "these")
    rule(
        T.ACCESS,
        r"\bwo (haben|hat|habt) (sie|ihr)\b.{0,30}\bher\b|\bwoher (haben|hat|habt) (sie|ihr|ihre firma)\b|\bwoher (sie|ihr|ihre firma)\b.{0,40}\b(meine?n?|meiner)\b|\bwoher (sie|ihr|ihre firma) (\w+ ){0,2}?(diese|solche|die|jene|all diese) ([\w-]+ )?(informationen|infos|daten|angaben|details|kenntnisse|einzelheiten|adresse|nummer|kontaktdaten)\b|\bwoher (stammt|stammen|kommt|kommen|kamen|kam)\b.{0,30}\b(meine?n?|meiner)\b|\b(meine?n?|meiner)\b.{0,30}\b(herkunft)\b|\bwie (sind|kommen|kamen) (sie|ihr)\b.{0,30}\b(an )?(meine|meinen|mein)\b",
        CLEAR,
    ),
    rule(
        T.ACCESS,
        rf"\b(haben|speichern|verarbeiten|besitzen) (sie|ihr)\b.{{0,30}}\b{_DAT}\b.{{0,30}}\b(uber mich|von mir|zu meiner person)",
        CLEAR,
    ),
    rule(
        T.ACCESS,
        r"\b(eine|die) kopie\b(?! (dieser|dieses|ist|geht|wurde|ging|(meines|ihres|des|seines|eines) (\w*ausweis\w*|reisepass\w*|passes|fuhrerschein\w*)|(meiner|meines|der|des|ihrer|ihres|dieser|dieses) (beschwerde|schreibens|briefes|e-?mail|anfrage|antrags|rechnung|bestellung|vertrags|antwort|vollmacht|mahnung)\b))|\bubersicht\b",
        WEAK,
        context=r"\b(daten|informationen)\b",
    ),
    rule(
        T.ACCESS,
        rf"\b(aufstellung|auflistung|liste|zusammenstellung|ubersicht|kopie)\b.{{0,30}}\b{_DAT}",
        CLEAR,
        context=r"\b(uber mich|von mir|zu meiner person|meiner|meine[nm]?)\b",
    ),
    rule(
        T.ACCESS,
        rf"\b{_DAT},? (die|welche) (sie|ihr|ihre firma) (\w+ )?(uber mich|von mir|zu meiner person)\b.{{0,20}}\b(haben|habt|besitzen|speichern|gespeichert|fuhren|verarbeiten)\b",
        CLEAR,
        yields_to=T.ERASURE,
        context=r"\b(mochte|will|bitte|mochten|wunsche|verlange|senden|schicken|zusenden|ubermitteln|erhalten|bekommen|wissen|sehen|einsehen|mitteilen|auflist\w*|aufstellung|ubersicht|kopie)\b",
    ),
    rule(T.ACCESS, r"\ban wen\b.{0,50}\b(weitergegeben|ubermittelt|verkauft|gegeben)", CLEAR),
    rule(
        T.ACCESS,
        r"\b(nennen|sagen|geben) sie mir\b.{0,30}\b(namen|name|firma|anschrift|adresse) (dieses|dieser|des|der|jenes|jener|ihres|ihrer)\b",
        CLEAR,
        mail_context=r"\b(weitergegeben|weitergeleitet|ubermittelt|verkauft|uberlassen|offengelegt|gegeben)\b",
    ),
    # a copy of records kept about the writer: minutes, notes, assessments, files
    rule(
        T.ACCESS,
        r"\bkopie (des|der|meiner|meines|aller|samtlicher|von) (\w+ ){0,3}?(protokoll\w*|unterlagen|dokumente?n?|\w*akte|aufzeichnung\w*|\w*notiz\w*|\w*bogen|\w*beurteilung\w*|\w*bewertung\w*|vermerk\w*|aufnahmen?)\b",
        CLEAR,
        unless=r"\b(anbei|beiliegend|beigefugt|im anhang|anliegend|liegt bei|liegen bei)\b",
    ),
    # "schicken Sie mir alle GPS-Daten zu meinen Fahrten", "senden Sie mir die Rohdaten"
    rule(
        T.ACCESS,
        r"\b(schick\w*|send\w*|ubermittel\w*|ubersend\w*|zusend\w*|geben|stellen) sie (mir|uns) (\w+ ){0,3}?(alle|samtliche|die|meine|eine kopie)\b.{0,30}?[\w-]*daten\b",
        CLEAR,
    ),
    # who passed the writer on, and with what: "Wer hat mich angemeldet, und mit welchen Angaben?"
    rule(
        T.ACCESS,
        r"\bwer hat mich\b.{0,30}\b(angemeldet|eingetragen|registriert|weitergegeben|gemeldet)\b|\bmit welchen (angaben|daten|informationen)\b.{0,40}\?",
        CLEAR,
    ),
    # where a datum of the writer is kept, asked: "Ist mein Template nur auf dem Gerät gespeichert?"
    rule(
        T.ACCESS,
        r"(?=.*\?)\b(ist|sind|wird|werden|wo) (\w+ )?(mein|meine|meinen)\b.{0,60}\b(gespeichert|abgelegt|hinterlegt)\b",
        CLEAR,
    ),
    # questions of art. 15(1)(c) and (d) in the present: to whom the data go, how long they stay
    rule(
        T.ACCESS,
        r"\ban wen\b.{0,20}\b(geben|gibt|leiten|leitet|ubermitteln|verkaufen)\b.{0,10}\bsie\b.{0,60}"
        r"\b(meine\w*|mein)\b|\bwie lange\b.{0,20}\b(bewahren|speichern|behalten)\b.{0,10}\bsie\b"
        r".{0,60}\b(meine\w*|mein|daten)\b",
        CLEAR,
    ),
    rule(
        T.ACCESS,
        rf"\bwelche (meiner|von meinen) {_DAT}|\b(wissen|erfahren|mitteilen|sagen|nennen|auflisten)\b.{{0,25}}\bwelche (meiner |von meinen |meine )?{_DAT}",
        CLEAR,
    ),
    rule(
        T.ACCESS,
        rf"\bwelche (meiner |von meinen )?{_DAT}.{{0,60}}\b(betroffen|gestohlen|abgeflossen|kompromittiert|geleakt|entwendet)\b",
        CLEAR,
    ),
    rule(
        T.ACCESS,
        r"\b(wissen|erfahren|mitteilen|sagen)\b.{0,20}\b(an wen|mit wem|wer noch)\b|"
        r"\bteilen sie (mir|uns) (\w+ ){0,2}?mit\b.{0,5}\b(an wen|wem|wer)\b",
        CLEAR,
    ),
    # an old value replaced by a new one ("replace X with Y"): a correction of that field
    rule(
        T.RECTIFICATION,
        r"\bersetz\w* (\w+ ){0,8}?durch\b|\bdurch\b.{0,40}\bersetz\w*",
        CLEAR,
        # the field may be named just before: "als Notfallkontakt ist noch X eingetragen. Bitte
        # ersetzen Sie ihn durch …"
        context=r"\b(adresse|nummer|name|e-?mail|datum|iban|telefon\w*|handy\w*|\w*strasse|\w*weg|eingetragen|hinterlegt|vermerkt|\w*eintrag\w*|\w*kontakt)\b",
        context_window=2,
    ),
    # the separable verb around the writer's own entry: "passen Sie bitte meinen Kontakteintrag
    # entsprechend an", "ändern Sie auch meine Stammdaten ab"
    rule(
        T.RECTIFICATION,
        rf"\b(passen|passt|pass|andern) (sie |ihr )?((bitte|auch|doch|noch) )*(\w+ ){{0,2}}?(meine?n?|meiner) ([\w-]+ )?({_RECORD}|{_FIELD})\b.{{0,40}}\b(an|ab)\b",
        CLEAR,
    ),
    # rectification
    # "ersetzen Sie meine alte E-Mail-Adresse durch …": ein Wert durch einen anderen
    rule(
        T.RECTIFICATION,
        r"\b(ersetz\w*)\b.{0,50}\b(durch|mit)\b",
        CLEAR,
        context=r"\b(meine?[nr]?) (alte\w* |bisherige\w* )?(\w+ )?(\w*adresse|anschrift|e-?mail\w*|(telefon|handy|mobil|konto)?nummer|name\w*)\b",
    ),
    rule(T.RECTIFICATION, r"\bberichtig\w*|\bart(ikel)? ?16\b", STRONG, unless=_CORRECTED),
    rule(
        T.RECTIFICATION,
        rf"\b(korrigier\w*|andern|andert|anderung|aktualisier\w*|anpassen|passen|richtigstell\w*|berichtig\w*)\b.{{0,40}}\b(meine?n?|meiner) {_WHAT}\b|\b(meine?n?|meiner) (neue |neuen )?{_WHAT}\b.{{0,50}}\b(korrigier\w*|andern|geandert|aktualisier\w*|anpassen|angepasst|richtigstell\w*|berichtig\w*)\b",
        CLEAR,
        unless=_HOW_TO + "|" + _CORRECTED,
    ),
    rule(
        T.RECTIFICATION,
        r"\bneue\w* (\w+ )?(eintragen|hinterlegen|erfassen|ubernehmen)\b|\bumgezogen\b|\bumzug\b|\bneue (adresse|anschrift|e-?mail-?adresse|telefonnummer)\b|\b(meine|die) neue\b.{0,10}\b(adresse|anschrift|lautet)\b",
        CLEAR,
        # (not a company's move in a mail about its business records: "wir sind umgezogen …
        # bitte aktualisieren Sie Ihre Lieferantendaten": no person's data)
        mail_context=_NO_BUSINESS_RECORD,
    ),
    rule(
        T.RECTIFICATION,
        r"\b(falsch\w*|fehlerhaft\w*|unrichtig\w*|inkorrekt\w*|veraltet\w*|nicht (mehr )?(korrekt|richtig|aktuell)|tippfehler|schreibfehler)\b",
        CLEAR,
        unless=r"\ban (die|eine|den|einen) falschen? (\w+ )?(adresse|person|abteilung|empfanger)\b.{0,20}\b(geschickt|gesendet|geschrieben|geschickt hatte|gesendet hatte)\b|\bnur (kurz )?bescheid (zu )?(geben|sagen)\b|\b(mussen|brauchen) (\w+ ){0,2}?nichts (zu )?tun\b",
        context=r"\b(name|namen|nachname|vorname|adresse|anschrift|daten|geburtsdatum|geschrieben|e-?mail|schreibweise)\b",
        # "da meine Adresse falsch bei einem anderen Kunden hinterlegt ist, bitte ich, sie aus
        # dessen Datensatz zu entfernen": the wrong entry is why it goes, no correction
        yields_to=T.ERASURE,
    ),
    # a new value to be entered, the separable verb around it: "tragen Sie bitte meine neue
    # Nummer … ein", "nehmen Sie meine neue Anschrift auf"
    rule(
        T.RECTIFICATION,
        rf"\b(tragen|tragt|trag|nehmen|nehmt|nimm) (sie |ihr |du )?(bitte |doch )?(\w+ ){{0,2}}?(meine?n?|die|den|das) (neue|neuen|geanderte|geanderten|aktuelle|aktuellen|richtige|richtigen|korrekte|korrekten) {_FIELD}\b.{{0,60}}\b(ein|auf)\b",
        CLEAR,
    ),
    rule(
        T.RECTIFICATION,
        r"\b(richtig|korrekt) (ist|lautet|ware|waere)\b|\b(es|das|er|sie) (ist|lautet|heisst)\b.{1,60}\b(und nicht|statt)\b",
        CLEAR,
        context=r"\b(name|namen|nachname|vorname|adresse|anschrift|e-?mail\w*|geschrieben|schreibweise|geburtsdatum|\w*nummer)\b",
        negatable=False,
    ),
    # the field named just before, the verb on a pronoun: "meine Nummer hat sich geändert",
    # "… steht noch mein Mädchenname; ich heiße inzwischen Keller. Bitte aktualisieren Sie das"
    # (a compound name, "Mädchenname", "Familienname", and a new name told, "ich heiße jetzt")
    rule(
        T.RECTIFICATION,
        rf"\b(meine?n?|meiner) (neue |neuen )?{_WHAT}\b.{{0,30}}\b(hat sich (geandert|verandert)|ist neu|geandert)\b|\b(korrigieren|andern|berichtigen|aktualisieren|anpassen) sie (bitte )?(sie|es|das|diese)\b|\b(es|das|dies|diese|sie) (\w+ )?(zu )?(korrigieren|andern|berichtigen|anzupassen|aktualisieren)\b",
        CLEAR,
        context=r"\b(\w*name|\w*namen|nachname|adresse|anschrift|\w*nummer|e-?mail\w*|daten|angaben|geburtsdatum)\b|\b(ich|wir) (heisse|heissen) (\w+ )?(jetzt|inzwischen|nun|mittlerweile|seit)\b",
        context_window=2,
    ),
    rule(
        T.RECTIFICATION,
        r"\b(korrigieren|berichtigen|andern|anpassen|richtigstellen) sie (bitte )?(das|dies|die|den|diese[nrs]?)\b",
        CLEAR,
        unless=r"\b(rechnung\w*|bestellung\w*|lieferung\w*|gutschrift\w*|preis\w*|betrag\w*|passwort\w*|bestellmenge\w*)\b",
        mail_context=r"\b(falsch\w*|fehlerhaft\w*|unrichtig\w*|stimmt nicht|steht (darin|dort|drin)|(eingetragen|vermerkt|markiert|erfasst|gespeichert|hinterlegt|protokolliert) (als|ist|sind|wurde)|als \w+ (eingetragen|vermerkt|markiert|erfasst|gespeichert|hinterlegt))\b",
    ),
    rule(
        T.RECTIFICATION,
        r"\b(existiert|existieren|funktioniert|gilt|ist) (\w+ )?(nicht mehr|nicht langer)( gultig| aktiv| erreichbar| in gebrauch)?\b",
        CLEAR,
        context=r"\b(\w*adresse|anschrift|e-?mail\w*|postfach|\w*nummer)\b",
        negatable=False,
    ),
    rule(
        # "bitte verwenden Sie ab sofort meine neue Adresse", "schreiben Sie mir künftig an …"
        T.RECTIFICATION,
        r"\b(verwend\w*|nutz\w*|schreib\w*|schick\w*|send\w*)\b.{0,50}\b(ab sofort|kunftig|zukunftig|ab jetzt|fortan|von nun an|ab heute)\b|\b(ab sofort|kunftig|zukunftig|fortan)\b.{0,50}\b(verwenden|nutzen|schreiben|schicken|senden)\b",
        CLEAR,
        unless=r"\b(nicht|nichts|keine\w*|nie)\b",
        negatable=False,  # the negations are what ``unless`` excludes
        context=r"\b(meine?[nr]?) (\w+ )?(\w*adresse|anschrift|e-?mail\w*|\w*nummer)\b",
        context_window=1,
    ),
    # erasure
    rule(
        T.ERASURE,
        r"\b((raus|heraus)?losch\w*|loesch\w*|entfern\w*|vernicht\w*)\b.{0,40}\b(meine\w*|mein|mich|(?<!aus )(?<!von )(?<!in )alle\w*|(?<!aus )(?<!von )(?<!in )samtlich\w*|konto|kundenkonto|daten|fotos?|bild|bilder|aufnahmen?|videos?|angaben|(handy|telefon|mobil|mobilfunk|festnetz)?nummer|\w*aufzeichnung(en)?|\w*aufnahmen?|\w*videos?)\b",
        STRONG,
        list_sensitive=True,
    ),
    rule(
        T.ERASURE,
        r"\b(meine\w*|mein|mich|alle\w*|samtlich\w*|konto|kundenkonto|daten|fotos?|bild|bilder|aufnahmen?|videos?|angaben|\w*aufzeichnung(en)?|\w*aufnahmen?|\w*videos?)\b.{0,50}\b(losch\w*|geloscht|geloescht|loesch\w*|entfern\w*|vernicht\w*)",
        STRONG,
        list_sensitive=True,
    ),
    rule(
        T.ERASURE,
        r"\bvergessen( zu)? werden|\bvergessenwerden\b|\bart(ikel)? ?17\b|\bvergessen sie (mich|alles)\b|\balles (uber|von) mich\b.{0,20}\bvergessen\b",
        STRONG,
    ),
    rule(T.ERASURE, r"\b(loschung|loeschung|datenloschung)\b", CLEAR, list_sensitive=True),
    rule(
        T.ERASURE,
        r"\b(die|diese|meine|alle|samtliche) (\w+ )?(fotos?|bilder|aufnahmen|videos?|daten|angaben)\b (aus|von) .{0,90}?\bzu (loschen|entfernen|vernichten)\b",
        STRONG,
        list_sensitive=True,
    ),
    rule(
        T.ERASURE,
        r"\b(loschen|entfernen|vernichten) sie (bitte )?(sie|es|diese|dies|beides|beide)\b",
        CLEAR,
        list_sensitive=True,
        # (or what is said stored of the writer just before: "meine Körpermaße wurden in Ihrem
        # System gespeichert. Das möchte ich nicht. Löschen Sie diese bitte.")
        context=r"\b(daten|angaben|\w*adresse|anschrift|\w*nummer|geburtsdatum|e-?mail-?adresse|foto\w*|bild\w*|aufnahme\w*|\w*profil|konto|kundenkonto|eintrag\w*)\b|\b(mein\w*) (\w+ )?\w*(masse|messungen|messwerte|werte)\b|\b(mein\w*)\b.{0,60}\b(gespeichert|erfasst|hinterlegt)\b",
        context_window=2,
    ),
    rule(
        T.ERASURE,
        r"\b(konto|kundenkonto|account|profil)\b.{0,30}\b(schliessen|kundigen|auflosen|deaktivieren)\b",
        WEAK,
    ),
    rule(
        T.ERASURE,
        r"\b(will|mochte|mochten|wollen|wunsche)\b.{0,40}\b(daten|konto|kundenkonto|profil|alles)\b.{0,20}\b(weg|verschwinden|verschwunden)\b",
        STRONG,
    ),
    # restriction
    rule(
        T.RESTRICTION,
        r"\beinschrank\w*\b|\bschrank\w*\b.{0,60}\bein\b|\bart(ikel)? ?18\b",
        STRONG,
        context=r"verarbeit|nutzung|verwendung|daten|18",
        unless=_CONFIRMED,
    ),
    rule(
        T.RESTRICTION,
        r"\b(aussetzen|setzen\b.{0,50}\baus|aussetzung|ruhen lassen|ruhen)\b|\bnur noch (zu )?(speichern|aufbewahren)\b",
        CLEAR,
        context=r"verarbeit|nutzung|verwendung|daten",
    ),
    rule(
        T.RESTRICTION,
        r"\bsperr\w*\b.{0,30}\b(daten|konto|kundenkonto|datensatz|\w*akte|dossier|unterlagen|profil|eintrag)\b|\b(daten|konto|datensatz|\w*akte|dossier|unterlagen|profil)\b.{0,30}\bsperr\w*",
        CLEAR,
        unless=_CONFIRMED,
    ),
    # the data put on ice, in plain words: "legen Sie die bitte erst mal auf Eis", "frieren Sie
    # meine Daten ein"; a state reported ("mein Konto wurde eingefroren") is no request
    rule(
        T.RESTRICTION,
        r"\bauf eis\b|\beinfrier\w*|\bfrier\w*\b.{0,40}\bein\b|\bauf pause\b|\bpausier\w*",
        CLEAR,
        context=r"\b(\w*daten|angaben|informationen|infos|\w*konto|\w*akte|dossier|profil|unterlagen)\b",
        unless=r"\b(ist|sind|wurde|wurden|war|waren|liegt|liegen|lag|lagen) (\w+ ){0,2}?(eingefroren|auf eis|pausiert)\b",
    ),
    rule(
        T.RESTRICTION,
        r"\b(vorerst|vorlaufig|vorubergehend|bis|solange|zunachst)\b.{0,70}\bnicht (mehr |weiter |langer )?(zu )?(verwenden|nutzen|verarbeiten|benutzen|weitergeben|versenden|verschicken)\b|\b(bis|solange)\b.{0,70}\b(verwenden|nutzen|verarbeiten|benutzen|verschicken|versenden)\b.{0,40}\b(nicht|nichts|keine\w*)\b|\bnicht (mehr |weiter |langer )?(zu )?(verwenden|nutzen|verarbeiten|benutzen|auswerten)\b.{0,70}\b(bis|solange|vorerst|vorlaufig)\b|\b(verwenden|nutzen|verarbeiten|benutzen|auswerten) sie (\w+ ){0,4}?nicht\b.{0,70}\b(bis|solange)\b|\b(bis|solange)\b.{0,80}\b(nicht|nichts|keine?|niemand)\b.{0,60}\b(verwenden|verwendet|nutzen|nutzt|genutzt|verarbeiten|verarbeitet|benutzen|benutzt|weitergeben|weitergegeben|arbeitet|arbeiten|auswerten|ausgewertet)\b",
        CLEAR,
        negatable=False,
        unless=_CONFIRMED,
    ),
    rule(
        T.RESTRICTION,
        r"\b(aufbewahren|behalten|speichern)\b.{0,40}\baber\b.{0,40}\bnicht\b.{0,30}\b(verwenden|nutzen|verarbeiten|benutzen)|\bnicht (\w+ )?(loschen|vernichten|entfernen|wegwerfen)\b.{0,40}\baber\b.{0,30}\b(auch )?(nicht|nichts) (mehr |weiter |langer )?(zu )?(verwenden|nutzen|verarbeiten|benutzen|damit machen)",
        CLEAR,
        negatable=False,
    ),
    rule(
        T.RESTRICTION,
        r"\b(fur nichts anderes|zu keinem anderen zweck|fur keine anderen zwecke|fur keinen anderen zweck)\b",
        CLEAR,
        negatable=False,
        mail_context=r"\b(aufbewahr\w*|speicher\w*|behalt\w*|archivier\w*)\b",
    ),
    # not to be used for now, put as an imperative ("verwenden Sie meine Daten vorerst nicht",
    # "nutzt meine Angaben bis auf Weiteres nicht"), or not used and not deleted either, the
    # use named first ("verwenden Sie sie nicht, aber löschen Sie sie auch nicht")
    rule(
        T.RESTRICTION,
        r"\b(verwenden|nutzen|verarbeiten|benutzen|auswerten|verwendet|nutzt|verarbeitet) (sie |ihr )?(bitte )?(\w+ ){0,3}?(vorerst|vorlaufig|vorubergehend|bis auf weiteres|einstweilen|zunachst|erst (ein)?mal) (\w+ )?nicht\b|\b(nicht|keinesfalls) (mehr |weiter )?(zu )?(verwenden|nutzen|verarbeiten|benutzen)\b.{0,30}\baber\b.{0,30}\b(auch )?(nicht|keinesfalls) (zu )?(loschen|vernichten|entfernen)\b|\b(verwenden|nutzen|verarbeiten|benutzen) sie (\w+ ){0,4}?nicht\b.{0,20}\baber\b.{0,10}\b(loschen|vernichten|entfernen) sie (\w+ )?(auch )?(nicht|keinesfalls)\b",
        CLEAR,
        negatable=False,
        context=r"\b(\w*daten|angaben|informationen|\w*akte|unterlagen|profil|\w*protokoll\w*|aufzeichnung\w*)\b",
        context_window=2,
    ),
    # keep, do not delete, until a claim is settled (art. 18(1)(c))
    rule(
        T.RESTRICTION,
        r"\b(nicht|keinesfalls|auf keinen fall) (zu )?(loschen|vernichten|verandern)\b.{0,60}\b(bis|solange|wahrend)\b|\b(loschen|vernichten) sie\b.{0,40}\b(nicht|keinesfalls|auf keinen fall|unter keinen umstanden)\b.{0,40}\b(bis|solange|wahrend)\b|\b(aufbewahren|aufzubewahren|sichern|zu sichern)\b.{0,60}\b(nicht|keine) (zu )?(loschen|loschung|vernichten)\b",
        CLEAR,
        negatable=False,
    ),
    # portability
    rule(
        T.PORTABILITY,
        r"\bubertragbarkeit|\bdatenubertrag\w*|\bart(ikel)? ?20\b|\bmeine\w* daten\b.{0,30}\b(ubertragen lassen|mitnehmen)\b",
        STRONG,
    ),
    rule(
        T.PORTABILITY,
        r"\bmaschinenlesbar\w*",
        STRONG,
        tag="format",
    ),
    rule(
        T.PORTABILITY,
        r"\b(csv|json|xml|excel)\b|\bstrukturiert\w*\b.{0,30}\bformat",
        CLEAR,
        tag="format",
        context=r"daten|datei|format|export",
    ),
    rule(
        T.PORTABILITY,
        r"\b(ubertrag\w*|ubermitteln|ubermittelt|weitergeben|mitnehmen|umziehen|geben|vorlegen|hochladen|einspielen|importieren)\b",
        CLEAR,
        context=r"\b(neue\w*|andere\w*)\b.{0,20}\b(anbieter|arbeitgeber|firma|unternehmen|dienstleister|lieferanten?|verantwortlichen|plattform|system)|\banbieter|\banbieterwechsel",
        # a transfer done, asked about ("an welche Empfänger diese Daten übermittelt wurden"):
        # the recipients of art. 15, no copy to take elsewhere
        unless=r"\b(ubermittelt|weitergegeben|ubertragen|gegeben) (wurden|wurde|worden)\b",
    ),
    rule(
        T.PORTABILITY,
        r"\bexport\w*\b",
        CLEAR,
        context=r"daten",
        unless=_FIRM_DATA,  # "die Bestelldaten unserer Firma exportieren": no one's own data
    ),
    rule(
        T.PORTABILITY,
        r"\b(hochladen|importieren|einlesen|heraus|herausgeben|mitnehmen)\b",
        CLEAR,
        context=r"\b(datei|daten\w*|format)\b",
    ),
    # objection
    rule(
        DIRECT_MARKETING,
        r"\bwiderspr(?!ochen)\w*|\bwiderspruch\w*",
        STRONG,
        negatable=False,
        # no objection made: one only considered ("ich überlege, Widerspruch einzulegen", "ich
        # spiele mit dem Gedanken zu widersprechen"), its consequences asked about ("was
        # passiert, wenn ich widerspreche?", "welche Folgen hätte ein Widerspruch?"), or a
        # Widerspruch against a bill in a sentence naming no use of data ("Widerspruch gegen
        # Ihre Mahnung / die Rechnung")
        unless=r"\b(ich|wir) (\w+ )?(uberlege|uberlegen|erwage|erwagen|denke daruber nach|spiele mit dem gedanken)\b.{0,60}\bwiderspr|\b(was|welche folgen?) (passiert|geschieht|hat|hatte|bedeutet|heisst)\b[^.?]{0,25}?\b(wenn|falls|ein|mein|der)\b.{0,40}\bwiderspr|\bwiderspr\w*\b.{0,30}\b(folgen|konsequenzen|auswirkungen)\b[^.]*\?|"
        + rf"^(?!.*{_DATA_TOPIC}).*{_BILL_OBJECTED}"
        # a subject that names the topic of a question ("Frage zum Widerspruch")
        + r"|^(frage|fragen|info|infos|information|informationen|verstandnisfrage)\b (\w+ )?(zum|zur|zu|uber|bezuglich|betreffend|wegen)\b",
        # a mail that objects to a bill and names no data nor advertising: its subject
        # "Widerspruch" is that dispute too (a search for this pattern fails there)
        mail_context=rf"\A(?=[\s\S]*{_DATA_TOPIC})|\A(?![\s\S]*{_BILL_OBJECTED})",
    ),
    # ... and that Widerspruch against a bill is read and set aside (no second reader guesses
    # an objection in such a mail)
    rule(
        DIRECT_MARKETING,
        _BILL_OBJECTED,
        STRONG,
        negatable=False,
        mail_context=rf"\A(?![\s\S]*{_DATA_TOPIC})",
        unless=r"^",  # always: the sentence is read as asking nothing
    ),
    # "ich habe … widersprochen": an objection made before (history), or one made now
    rule(DIRECT_MARKETING, r"\bwidersprochen\b", STRONG),
    rule(T.OBJECTION, r"\bart(ikel)? ?21\b", STRONG),
    rule(
        T.OBJECTION,
        r"\bprofiling\b|\bprofilbildung\b|\bprofil\w* (erstellen|erstellt|anlegen)|\bsegmentier\w*|\bautomatisierte entscheidung",
        CLEAR,
        negatable=False,
        tag="profiling",
        # profiling as what a question is about: "Frage zum Profiling"; a subject without stop
        # words ("Profiling question") is read in every language
        unless=r"\bprofiling[- ]?(frage|anfrage|question|query|enquiry|inquiry)n?\b|\b(frage|anfrage)n? (zum|zu|uber) (dem )?profiling\b",
    ),
    rule(
        T.OBJECTION,
        r"\b(rufen sie mich|ruft mich|ruf mich)\b.{0,20}\b(nicht mehr|nie mehr|nie wieder|nicht)\b.{0,10}\ban\b|\b(keine|keinerlei)\b.{0,20}\b(anrufe|telefonanrufe|werbeanrufe|telefonwerbung)\b|\b(anrufe|anrufen|telefonanrufe|werbeanrufe|telefonwerbung|telefonisch\w*)\b.{0,40}\b(unterlassen|einstellen|aufhoren|nicht mehr|stoppen|sofort)\b|\b(nicht mehr|nie wieder|nie mehr)\b.{0,20}\b(anrufen|kontaktieren telefonisch|telefonisch)\b|\b(auf|aufhoren|unterlassen|nicht mehr)\b.{0,20}\b(mich )?anzurufen\b",
        STRONG,
        negatable=False,
    ),
    rule(
        T.OBJECTION,
        rf"{_STATE}\b{_NOMORE}\b.{{0,40}}\b(briefe|werbebriefe|\w*prospekte|\w*kataloge?|postwurf\w*|post|briefwerbung|postwerbung|papierwerbung|werbepost|flyer|\w*broschuren)\b",
        CLEAR,
        negatable=False,
        yields_to=T.RESTRICTION,  # "bis das geklärt ist, nichts: keine Post, keine Weitergabe"
    ),
    rule(
        # the channel alone ("per Post", "im Briefkasten") only in a mail about advertising
        T.OBJECTION,
        r"\bbriefkasten\b|\bper post\b",
        CLEAR,
        negatable=False,
        mail_context=_ADS,
    ),
    rule(
        DIRECT_MARKETING,
        r"\bdirekt(werbung|marketing)\b|\bdirekte werbung\b",
        CLEAR,
        negatable=False,
    ),
    rule(
        T.OBJECTION,
        r"\b(verwendung|nutzung|verarbeitung|weitergabe)\b.{0,40}\b(meiner|von meinen)\b.{0,30}\bdaten\b.{0,40}\b(einstellen|unterlassen|stoppen|beenden)|\b(nicht mehr|nicht langer)\b.{0,20}\b(verwenden|nutzen|verarbeiten|weitergeben)\b",
        CLEAR,
        negatable=False,
        yields_to=T.RESTRICTION,
    ),
    rule(T.OBJECTION, r"\bberechtigte\w* interesse", WEAK, negatable=False),
    # calls no longer wished, put as a "dass" clause ("ich möchte nicht mehr, dass Ihr Vertreter
    # mich anruft", "ich will nicht, dass Sie mich ständig anrufen"), and the number struck for
    # the calls ("streichen Sie meine Nummer für die Anrufe", "nehmen Sie meine Nummer von Ihrer
    # Anrufliste")
    rule(
        T.OBJECTION,
        r"\b(mochte|mochten|will|wollen|wunsche)\b (ich |wir )?(\w+ )?(nicht mehr|nie mehr|nie wieder|nicht langer|keinesfalls)\b,? dass\b.{0,60}\b(mich|uns)\b (\w+ ){0,5}?(anruft|anrufen|anrufe|anruf|anrufen lasst|kontaktiert)\b|\b(streichen|entfernen|nehmen|loschen) (sie )?(bitte )?(\w+ )?(meine|unsere|die) (\w+ )?(telefon|handy|mobil)?nummer\b.{0,30}\b(fur|von|aus) (den |die |der |ihren |ihrer )?(\w+ )?(anrufe\w*|anrufliste\w*|telefonliste\w*|telefonaktion\w*|werbeanrufe)\b",
        STRONG,
        negatable=False,
    ),
    rule(
        T.OBJECTION,
        r"\b(nicht mehr|nie mehr|nie wieder|keinesfalls)\b.{0,25}\b(angerufen|telefonisch (kontaktiert|angesprochen|belastigt))\b",
        STRONG,
        negatable=False,
    ),
    rule(
        T.OBJECTION,
        r"\b(personalisierte|zielgerichtete|gezielte|individualisierte|massgeschneiderte)n? (werbung|angebote|anzeigen|werbeanzeigen)\b|\b(auf (basis|grundlage)|anhand) (meines|meiner|meinen|meiner) (kaufverhalten\w*|einkauf\w*|bestellungen|surfverhalten\w*|kaufhistorie)\b|\b(kaufverhalten\w*|surfverhalten\w*|einkaufsverhalten\w*|nutzungsverhalten\w*)\b",
        CLEAR,
        negatable=False,
        tag="profiling",
    ),
    rule(
        T.OBJECTION,
        r"\b(untersage|untersagen|verbiete|verbieten)\w*\b.{0,70}\b(verwenden|nutzen|verarbeiten|weitergeben|auswerten|analysieren)\b",
        CLEAR,
        negatable=False,
        yields_to=T.RESTRICTION,
    ),
    rule(
        T.OBJECTION,
        r"\b(kunden|kauf|werbe)?profil(e|en)?\b(?! (loschen|entfernen))|\b(marketing|werbe|kunden)analyse\w*|\bscoring\b|\bkundenbewertung\w*",
        CLEAR,
        negatable=False,
        tag="profiling",
        context=r"\b(verwend\w*|nutz\w*|erstell\w*|anleg\w*|auswert\w*|analys\w*|werb\w*|marketing\w*)\b",
    ),
    # marketing opt-out
    rule(
        T.MARKETING_OPT_OUT,
        r"\babmeld\w*|\bmelden sie mich\b.{0,40}\bab\b|\bmeldet mich\b.{0,40}\bab\b|\babbestell\w*|\baustrag\w*|\btragen sie mich\b.{0,40}\baus\b|\bausgetragen\b|\babgemeldet\b",
        STRONG,
        negatable=False,
        unless=_UNSUBSCRIBED + "|" + _DEREGISTERED,
    ),
    rule(
        MARKETING,
        rf"{_STATE}\b{_NOMORE}\b.{{0,40}}\b{_EMEDIA}\b",
        CLEAR,
        negatable=False,
        yields_to=T.RESTRICTION,
    ),
    rule(
        MARKETING,
        rf"\b{_EMEDIA}\b(?!-)(?!.{{0,30}}\b(existiert|funktioniert|gilt|gultig|aktiv)\b).{{0,50}}\b(nicht mehr|nicht langer|abbestellen|stoppen|einstellen|unterlassen)\b",
        CLEAR,
        negatable=False,
        unless=_UNSUBSCRIBED,
    ),
    # the stop of advertising named as a noun, as in a list of demands: "Einstellung jeglicher
    # Werbung per E-Mail", "Unterlassung weiterer Werbesendungen"
    rule(
        MARKETING,
        rf"\b(einstellung|unterlassung|beendigung)\b (\w+ ){{0,2}}?{_ADS}",
        CLEAR,
        negatable=False,
    ),
    rule(
        T.MARKETING_OPT_OUT,
        r"\b(\w*verteiler\w*|mailingliste\w*|mailing-liste\w*|e-?mail-?liste\w*|newsletter-?liste\w*|kontaktliste\w*)\b|\b(aus|von) allen (ihren |euren |den |diesen )?(\w+)?listen\b",
        CLEAR,
        negatable=False,
        mail_context=_LIST_KEPT,
    ),
    rule(
        MARKETING,
        r"\bwiderruf\w*\b.{0,40}\beinwilligung|\beinwilligung\b.{0,120}\bwiderruf\w*|\beinwilligung\b.{0,30}\bzuruck",
        CLEAR,
        negatable=False,
        context=r"\b(werb\w*|marketing\w*|newsletter\w*|direktwerbung|angebote?n?|e-?mails?|sms|unverlangt\w*|kontaktaufnahme\w*|kontaktier\w*)\b",  # für Werbung; für alles: Teil der Löschung
    ),
    rule(
        MARKETING,
        r"\b(will|mochte|brauche)\b (ich )?(sie|die|das|diese|es|den|ihn)\b.{0,10}\b(nicht mehr|nicht langer|nie wieder)\b|\bdarauf kann ich verzichten\b",
        CLEAR,
        negatable=False,
        mail_context=_ADS,
    ),
    # a channel the writer does not want: "ich möchte Ihren Newsletter nicht erhalten",
    # "ich bekomme Werbe-SMS von Ihrem Webshop, die will ich nicht"
    rule(
        MARKETING,
        rf"\b(will|mochte|mochten|wollen|wunsche)\b (ich |wir )?(\w+ ){{0,2}}?{_EMEDIA}\b (\w+ ){{0,2}}?(nicht|nicht mehr|nicht langer|keine?)\b (\w+ )?(erhalten|bekommen|empfangen|haben|zugeschickt|zugesandt)\b|\b{_EMEDIA}\b[^.;]{{0,60}},? (die|das|den|diese) (will|mochte|brauche) ich (\w+ )?(nicht|nicht mehr|nicht langer)\b",
        CLEAR,
        negatable=False,
    ),
    # unsolicited communications refused: marketing, sorted by channel
    rule(
        MARKETING,
        r"\b(unverlangte?|unerwunschte?|unaufgeforderte?)[nrs]? (\w+ )?(werbung|post|nachrichten|zusendungen|e-?mails?|kontaktaufnahme\w*|werbesendungen|anrufe|angebote)\b",
        CLEAR,
        negatable=False,
    ),
    # complaint
    rule(
        # personal data handled carelessly: the writer complains about how it is handled
        T.COMPLAINT,
        r"\b(fahrlassig\w*|schlampig\w*|nachlassig\w*|unverantwortlich\w*|sorglos\w*|so geht man nicht)\b",
        CLEAR,
        context=r"\b(\w*daten|datenschutz|e-?mail-?adressen|umgang|umgehen|umgegangen|um)\b",
        conditional_drop=True,
        negatable=False,
    ),
    rule(
        T.COMPLAINT,
        r"\bbeschwer\w*",
        STRONG,
        mail_context=_PRIVACY,
        conditional_drop=True,
        unless=_THIRD_PARTY_COMPLAINT,
    ),
    rule(
        T.COMPLAINT,
        r"\b(ich|wir) (\w+ )?(beschwere|beschweren|beschwerde) (mich|uns)\b(?! nicht)|\b(beschwere|beschweren|beschwerde) (ich|wir) (\w+ )?(mich|uns)\b(?! nicht)",
        STRONG,
        mail_context=_PRIVACY,
        conditional_drop=True,
        negatable=False,
    ),
    # "ich beanstande diese unvollständige Auskunft": a complaint about how a request was handled
    rule(
        T.COMPLAINT,
        r"\b(ich|wir) (\w+ ){0,2}?beanstande[n]?\b|\b(mandant\w*|mandantschaft) (\w+ ){0,2}?beanstandet\b|\bhiermit\b.{0,40}\b(ruge|rugen|rugt)\b|\b(ruge|rugen|rugt) (ich|wir|hiermit)\b",
        CLEAR,
        mail_context=_PRIVACY,
        conditional_drop=True,
    ),
    rule(
        T.COMPLAINT,
        r"\b(datenschutzbehorde|aufsichtsbehorde|datenschutzaufsicht|landesdatenschutzbeauftragte\w*|gba|apd)\b",
        CLEAR,
        # (nor the authority named as what a privacy notice says, or as who is competent:
        # "in Ihrer Datenschutzerklärung wird die falsche Aufsichtsbehörde genannt")
        unless=_THIRD_PARTY_COMPLAINT
        + r"|\b(urteil\w*|rechtssache|eugh|bgh|bverwg)\b|\bgegen (die |der )?(\w+ )?(datenschutzbehorde|aufsichtsbehorde)\b|^(?!.*\b(beschwer\w*|gewandt|wende\w*|eingereicht|gemeldet|melde|melden|eingeschaltet|einschalten|informiert|kontaktiert)\b).*\b(datenschutzerklarung\w*|datenschutzhinweis\w*|datenschutzbestimmung\w*|datenschutzinformation\w*|zustandig\w*|vorlage\w*|muster(brief|schreiben|text|formular|vorlage)\w*|formular\w*|vordruck\w*|merkblatt\w*|leitfaden\w*|webseite\w*|website\w*|homepage\w*|internetseite\w*)\b",
        conditional_drop=True,
        negatable=False,
    ),
    rule(
        T.COMPLAINT,
        r"\b(verargert|unzufrieden|emport|inakzeptabel|unverschamt|skandal\w*|frechheit|unzumutbar|wutend|entsetzt|fassungslos)\b",
        CLEAR,
        context=r"\b(daten\w*|kundendaten|datenschutz|datenleck|hacker\w*|weitergegeben|verkauft|anfrage|antrag|abgeflossen|geleakt|einwilligung|zustimmung)\b",
        mail_context=r"\b(daten\w*|datenschutz|dsgvo|losch\w*|personenbezogen\w*|abmeld\w*|datenleck|hacker\w*)\b",
        conditional_drop=True,
        negatable=False,
    ),
    # an act done to the writer without asking, disapproved: "dass Sie mich ungefragt eingetragen
    # haben, finde ich nicht in Ordnung", "meine Nummer ohne meine Zustimmung weiterzugeben ist
    # eine Frechheit" (the disapproval with the "without asking" is the complaint)
    rule(
        T.COMPLAINT,
        r"\b(finde|fand) (ich|wir) (das |es )?(\w+ )?(nicht in ordnung|nicht ok|nicht okay|nicht korrekt|nicht fair|nicht rechtens|unmoglich|daneben|unverschamt|dreist|eine frechheit|inakzeptabel|unerhort)\b|\b(ist|war) (das |es )?(\w+ )?(nicht in ordnung|nicht ok|nicht okay|nicht rechtens|unverschamt|dreist|eine frechheit|inakzeptabel|unerhort)\b",
        CLEAR,
        context=r"\b(ungefragt|unaufgefordert|ohne (mich )?(zu )?(fragen|nachzufragen|vorher zu fragen)|ohne (meine|mein|unsere) (\w+ )?(einwilligung|zustimmung|erlaubnis|einverstandnis|wissen)|ohne dass (ich|wir) (\w+ ){0,3}?(zugestimmt|eingewilligt|gefragt|gefragt wurde|gefragt wurden))\b",
        conditional_drop=True,
        negatable=False,
    ),
    # away with it, in everyday words: "also weg mit meinen Daten"
    rule(
        T.ERASURE,
        r"\bweg mit (meinen|meiner|meinem|allen|all meinen|den|dem|der) (\w+ )?(daten|angaben|konto|kundenkonto|profil|infos|informationen|unterlagen|akte|fotos|bildern)\b",
        CLEAR,
        list_sensitive=True,
    ),
    # ---- general request forms (issue 12, seventh round): a way of asking, an everyday verb
    # of one right, and an object that is the writer's own data, combined ----
    # erasure in everyday words: "nehmen Sie meinen Namen und das Foto aus der Online-Version
    # heraus", "mach die Name weg", "das Video runternehmen", "offline nehmen", "entsorgen"
    rule(
        T.ERASURE,
        r"\b(nehmen|nehmt|nimm|holen|holt|hol|machen|macht|mach|mache)\b (sie |du |ihr )?(bitte |doch |sofort |umgehend )?([\w-]+ ){0,8}?(heraus|raus|runter|herunter|weg|offline|vom netz|aus dem netz)\b(?! (geht|gehen|ist|sind|war))|\b(heraus|raus|runter|herunter|weg)(zu)?(nehmen|genommen|holen|geholt|machen|gemacht|schaffen|geschafft)\b|\b(offline|vom netz|aus dem netz) (zu )?(nehmen|genommen|stellen)\b|\b(entsorg|tilg|beseitig)\w*|\b(aus|von) (dem|der|den|ihrem|ihrer|ihren|eurem|eurer|euren|allen) ([\w-]+ ){0,2}?(nehmen|nehmt|nimmt|streichen|streicht|rausnehmen|herausnehmen)\b|\b(streichen|streicht|streich) (sie |du |ihr )?(bitte )?([\w-]+ ){0,4}?(aus|von)\b",
        CLEAR,
        list_sensitive=True,
        # (what is taken out of the company's system is a person's data: "seine Sachen können
        # Sie aus dem System nehmen"; no data, "die doppelte Rechnung", is for the guards)
        context=_OWN
        + r"|\b(aus|von) (dem|ihrem|eurem|ihren|euren|den) ([\w-]+ )?(system|systemen|computer|rechner|datenbank\w*|crm)\b",
        context_window=1,  # "Fotos von mir … Nehmt die bitte runter"
    ),
    # a removal verb whose object is any of the writer's records: "den Chatverlauf löschen",
    # "die Notizen entfernen" (what is no personal data, a done or asked-about removal: the guards)
    rule(
        T.ERASURE,
        r"\b((raus|heraus)?losch\w*|loesch\w*|entfern\w*|vernicht\w*)\b",
        CLEAR,
        list_sensitive=True,
        context=_OWN,
    ),
    # a removal wished for in the passive: "danach sollen die Maße bitte gelöscht werden",
    # "ich möchte, dass die Aufnahmen vernichtet werden" (not a question: "wann … gelöscht werden")
    rule(
        T.ERASURE,
        r"\b(soll|sollen|mochte|mochten|will|wollen|bitte)\b(?:(?!\b(ob|wann|wie|warum|wieso|weshalb|welche\w*|was|wer|inwieweit|sobald|nachdem|wenn|falls)\b).){0,60}?\b(geloscht|entfernt|vernichtet) (werden|wird)\b",
        CLEAR,
        list_sensitive=True,
        context=_OWN,
        context_window=1,
    ),
    # using the writer's likeness or data stopped: "verwenden Sie mein Foto nicht mehr",
    # "hören Sie auf, meinen Namen zu zeigen"
    rule(
        T.OBJECTION,
        r"\b(verwenden|nutzen|benutzen|zeigen|veroffentlichen|verarbeiten|einsetzen|auswerten|verbreiten) sie (bitte )?([\w-]+ ){0,5}?(nicht mehr|nicht langer|nie mehr|nie wieder|nirgends mehr)\b|\b(horen sie|hort|hor) (bitte )?(\w+ )?auf\b.{0,60}\b(zu (verwenden|nutzen|benutzen|zeigen|veroffentlichen|verarbeiten|verbreiten)|auszuwerten|aufzuzeichnen|weiterzugeben|einzusetzen)\b|\b(aufhoren|aufzuhoren)\b.{0,10}\b(mein\w*)\b.{0,50}\b(zu (verwenden|nutzen|benutzen|zeigen|veroffentlichen|verbreiten)|auszuwerten|aufzuzeichnen|weiterzugeben)\b",
        CLEAR,
        negatable=False,
        yields_to=T.RESTRICTION,
        context=_OWN,
    ),
    # "… sollen nicht mehr online / sichtbar / gespeichert sein": the writer wants it gone
    rule(
        T.ERASURE,
        r"\b(soll|sollen|darf|durfen|will|mochte)\b (\w+ ){0,6}?(nicht mehr|nicht langer|nirgends mehr|nirgendwo mehr) (\w+ ){0,3}?(online|im (netz|internet|intranet)|sichtbar|zu sehen|auffindbar|abrufbar|gespeichert|aufbewahrt|hangen|hangt|stehen|steht|aushangen)\b|\b(will|mochte|mochten|wollen)\b (ich |wir )?nicht,? dass\b.{0,80}\b(noch|weiter|weiterhin|langer)\b.{0,30}\b(online|im (netz|internet|intranet)|sichtbar|zu sehen|auffindbar|abrufbar|gespeichert|aufbewahrt|hangt|steht|stehen|aushangt)\b",
        CLEAR,
        negatable=False,
        list_sensitive=True,
        context=_OWN,
    ),
    # access in everyday words: "kann ich die Aufnahmen von mir sehen", "schicken Sie mir die
    # Liste meiner Stempelzeiten", "ich möchte meine Notizen lesen"
    rule(
        T.ACCESS,
        r"\b(kann|konnte|darf|durfte) ich\b (\w+ ){0,8}?(sehen|einsehen|ansehen|anschauen|lesen|durchlesen|nachlesen|bekommen|erhalten|haben|anfordern)\b|\b(ich )?(mochte|mochten|will|wollen|wurde gerne?|hatte gerne?) (ich |wir )?(\w+ ){0,8}?(sehen|einsehen|ansehen|anschauen|lesen|durchlesen|nachlesen|bekommen|erhalten|haben)\b|\b(zeigen|schicken|senden|mailen|geben|ubermitteln|ubersenden|zukommen lassen) sie mir\b|\b(konnen|konnten|wurden) sie mir\b (\w+ ){0,8}?(zeigen|schicken|senden|mailen|geben|zukommen lassen|zusenden|zuschicken|zumailen|ubermitteln|ausdrucken)\b",
        CLEAR,
        # (also copies of the writer's own papers, "Kopien meiner Lohnzettel", and the recording
        # of the writer's call, "den Mitschnitt meines Telefonats")
        context=rf"\b(mein\w*|von mir|uber mich|zu mir|mich betreffend\w*|zu meiner person)\b.{{0,40}}{_RECORD}|{_RECORD}.{{0,30}}\b(von mir|uber mich|zu mir|mich betreffend\w*|zu meiner person|meiner|meines|meinem|meine)\b"
        r"|\b(kopie\w*|abschrift\w*|duplikat\w*) (meiner|meines|meine|meinen|von meinen?)\b"
        r"|\b(\w*aufzeichnung\w*|\w*mitschnitt\w*|\w*aufnahme\w*) (dieses|des|meines|unseres|meiner|von meinem|vom|meinem) (\w+ ){0,2}?(gesprach\w*|anruf\w*|telefonat\w*)\b",
        unless=r"\b(rechnung\w*|gutschrift\w*|lieferschein\w*|bestellbestatigung\w*|auftragsbestatigung\w*|angebot\w*|katalog\w*|muster\w*|passwort\w*|zugangsdaten|sendungsverfolgung|tracking\w*|ware|paket\w*|bestellung\w*|quittung\w*|beleg\w*|kassenbon\w*|garantie\w*)\b",
    ),
    # a record wished for without a verb: "ich hätte gerne die Videoaufnahmen, auf denen mein
    # Auto …", "ich brauche eine Aufstellung"; which records are kept: "Welche Zeiten hat mein
    # Badge erfasst?"
    rule(
        T.ACCESS,
        rf"\b(hatte|hatten|wurde|mochte|mochten) (ich |wir )?(gerne?|bitte) (\w+ ){{0,2}}?(die|eine|meine|alle|samtliche|den|das|mein|meinen) ([\w-]+ )?{_RECORD}\b|\b(ich|wir) (brauche|brauchen|benotige|benotigen) (\w+ ){{0,2}}?(aufstellung|auflistung|ubersicht|kopie|liste|auszug)\b|\bwelche ([\w-]+ ){{0,2}}?{_RECORD}\b.{{0,60}}\b(gespeichert|erfasst|aufgezeichnet|gesammelt|protokolliert|ausgewertet|vorliegen|notiert|vermerkt)\b",
        CLEAR,
        context=r"\b(mein\w*|von mir|uber mich|zu mir|mich betreffend\w*|zu meiner person)\b",
        context_window=1,
        unless=r"\b(rechnung\w*|gutschrift\w*|lieferschein\w*|angebot\w*|katalog\w*|muster\w*|passwort\w*|zugangsdaten|sendungsverfolgung|tracking\w*|ware|paket\w*|grossen\w*|bestellung\w*)\b",
    ),
    # what is kept, and who sees it: "was wird da genau gespeichert und wer sieht das?",
    # "ich will wissen, wer das Protokoll alles bekommen hat", "wie lange wird die Kopie aufbewahrt"
    rule(
        T.ACCESS,
        r"\bwas (wird|werden|ist|sind|haben sie|habt ihr|hat ihr \w+|speichern sie|speichert ihr) (\w+ ){0,5}?(gespeichert|erfasst|aufgezeichnet|gesammelt|notiert|vermerkt|hinterlegt|eingetragen|protokolliert|festgehalten|ausgewertet|uber mich)\b|\bwer (\w+ ){0,5}?(sieht|sah|sehen|(hat|hatte|haben|hatten) (\w+ ){0,2}?zugriff|hat zugriff|hatte zugriff|haben zugriff|zugriff hat|zugriff hatte|gesehen|eingesehen|bekommen|erhalten|bekam|bekommt|erhielt|gelesen|zugegriffen)\b|\bwie lange\b.{0,50}\b(aufbewahrt|gespeichert|behalten|archiviert|gelagert|vorgehalten)\b",
        CLEAR,
        unless=r"\b(nur allgemein|ganz allgemein|allgemeine frage|rein interessehalber)\b",
        context=r"\b(mein\w*|mich|mir|ich|das|die|diese[nrs]?|da)\b",
    ),
    # what is kept, asked as a wish to see or know it: "ich möchte gern sehen, was genau
    # gespeichert ist", "ich will wissen, was da alles erfasst wurde"
    rule(
        T.ACCESS,
        r"\b(mochte|mochten|will|wollen|wurde|wurden|hatte|hatten)\b (ich |wir )?(\w+ ){0,3}?(sehen|wissen|erfahren|nachsehen|einsehen|nachlesen),? (\w+ )?was (\w+ ){0,5}?(gespeichert|erfasst|aufgezeichnet|gesammelt|notiert|vermerkt|hinterlegt|eingetragen|protokolliert|festgehalten|aufgenommen) (ist|sind|wird|werden|wurde|wurden|worden)\b",
        CLEAR,
        unless=r"\b(nur allgemein|ganz allgemein|allgemeine frage|rein interessehalber)\b",
    ),
    # rectification in everyday words: "bitte ändern Sie den Namen in der Personalakte",
    # "bitte richtig schreiben: Leitner", "Bitte korrigieren: Annenstrasse 19", "die Buchungen
    # auf meinem Badge-Konto korrigieren"
    rule(
        T.RECTIFICATION,
        rf"\b(andern|korrigieren|berichtigen|anpassen|aktualisieren|richtigstellen|umschreiben|ausbessern|verbessern|umandern|abandern) sie (bitte )?(\w+ ){{0,3}}?(den|die|das|meinen|meine|mein|meiner) (\w+ )?{_FIELD}\b|\b{_FIELD}\b.{{0,60}}\b(zu )?(andern|korrigieren|berichtigen|anpassen|aktualisieren|richtigstellen|umschreiben|ausbessern|umandern|abandern|richtig (zu )?(schreiben|eintragen|erfassen|hinterlegen))\b|\b(bitte )?(richtig|korrekt) (zu )?(schreiben|eintragen|erfassen|hinterlegen|ubernehmen)\b|^(bitte )?(korrigieren|andern|berichtigen|anpassen|aktualisieren)\s*:",
        CLEAR,
        unless=r"\b(rechnung|rechnungen|rechnungsbetrag|bestellung\w*|lieferung|lieferungen|gutschrift\w*|preis\w*|betrag\w*|passwort\w*|bestellmenge\w*|liefertermin\w*|termin\w*|grosse|grossen)\b|"
        + _HOW_TO
        + "|"
        + _CORRECTED,
        context=r"\b(bitte|sie|mochte|will|wurde|konnen|konnten|wurden|soll|sollen|muss|mussen)\b|^\S",
    ),
    rule(
        T.RECTIFICATION,
        rf"\b(korrigier\w*|berichtig\w*|andern|anpassen|richtigstell\w*|ausbesser\w*)\b.{{0,50}}\b(auf|in|im) (meinem|meiner|meinen) ([\w-]+ )?{_RECORD}",
        CLEAR,
        unless=r"\b(rechnung|rechnungen|bestellung\w*|lieferung|lieferungen|passwort\w*)\b",
    ),
    # a bare "please change" after what is entered for the writer: "in der App steht bei mir
    # Größe L, ich habe aber XL. Bitte ändern.", "im Portal ist bei mir noch die alte Abteilung
    # hinterlegt. Bitte korrigieren!" (what stands "bei mir" is the writer's own entry)
    rule(
        T.RECTIFICATION,
        r"^(und )?(bitte )?(andern|korrigieren|berichtigen|anpassen|aktualisieren|richtigstellen|ausbessern)( sie)?( bitte)?( das| dies| es)?( bitte)?\s*[.!]*\s*$",
        CLEAR,
        context=r"\b(bei mir|uber mich|zu mir|fur mich|in meinem (\w+ )?(profil|konto|datensatz|eintrag|stammblatt))\b.{0,60}\b(steht|stehen|ist|sind|eingetragen|hinterlegt|gespeichert|vermerkt|erfasst)\b|\b(steht|stehen|ist|sind) (\w+ )?(bei mir|uber mich|zu mir|fur mich)\b",
        context_window=2,
    ),
    # a tracking or display of the writer, asked switched off: "er sieht in Ihrem Portal, wann
    # ich meine Kleidung hole. Das will ich nicht. Können Sie das für mich abschalten?",
    # "schalten Sie die Ortung bitte ab" (a newsletter or advertising switched off is marketing,
    # read by its own rules)
    rule(
        T.OBJECTION,
        r"\b(konnen|konnten|wurden|konnt|wurdet) (sie|ihr) (\w+ ){0,4}?(abschalten|ausschalten|abstellen|deaktivieren)\b|\b(schalten|stellen|schaltet|stellt) (sie |ihr )?(bitte )?(\w+ ){0,4}?(ab|aus)\b(?! (und|oder) )|\b(deaktivieren) sie\b",
        CLEAR,
        context=r"\b(sieht|sehen|sah|verfolgt|verfolgen|ortet|orten|ortung|erfasst|erfassen|protokolliert|protokollieren|aufgezeichnet|aufzeichnen|uberwach\w*|tracking|standort\w*|gps|das (will|mochte) ich nicht)\b",
        context_window=2,
        unless=r"\b(newsletter\w*|werbung|werbe\w*|mails?|e-?mails?|benachrichtigung\w*|push\w*|sms)\b",
    ),
    # restriction: "nur getrennt beim BEM-Team aufbewahrt", "bis zum Abschluss der Prüfung nur
    # im Rahmen des Verfahrens verarbeitet"
    rule(
        T.RESTRICTION,
        r"\bnur (noch )?([\w-]+ ){0,8}?(verarbeitet|verwendet|genutzt|benutzt|aufbewahrt|gespeichert|eingesehen|zuganglich)( werden| wird| bleiben| bleibt)?\b",
        CLEAR,
        negatable=False,
        context=r"\bdass\b.{0,120}\b(bis|solange|getrennt|verschlossen|gesperrt|nicht (in|an|weiter|mehr))\b|\b(bis|solange)\b.{0,120}\bnur\b",
    ),
    # calls to stop, the verb "aufhören" with the infinitive: "hören Sie bitte auf, mich wegen
    # der Umfragen anzurufen", "könnt ihr aufhören, mich ständig anzurufen"
    rule(
        T.OBJECTION,
        r"\b(horen sie|hort|hor|horen)\b (\w+ ){0,3}?auf\b,? (\w+ ){0,8}?(anzurufen|anzuklingeln|zu telefonieren)\b|\baufzuhoren\b,? (\w+ ){0,8}?(anzurufen|anzuklingeln)\b|\baufhoren\b,? (\w+ ){0,8}?(anzurufen|anzuklingeln)\b",
        CLEAR,
        negatable=False,
    ),
    # the writer's likeness taken down from a board, a wall, a display: "das möchte ich nicht,
    # bitte nehmen Sie es ab", "hängen Sie mein Foto bitte ab" (a use stopped: objection; a
    # wish that it be destroyed is an erasure by its own rules)
    rule(
        T.OBJECTION,
        r"\b(nehmen|nehmt|nimm|hangen|hangt|hang) (sie |ihr |du )?(bitte |doch |sofort )?(\w+ ){0,4}?ab\b(?! (und|oder) )",
        CLEAR,
        context=r"\b(\w*fotos?|\w*bild|\w*bilder|portrat\w*|aushang\w*|anschlag\w*|pinnwand|schwarze\w* brett|plakat\w*|wand|tafel)\b",
        context_window=1,
    ),
    # phone marketing stopped, the object after the verb: "Unterlassen Sie bitte weitere Anrufe",
    # "Weitere Anrufe untersage ich"
    rule(
        T.OBJECTION,
        r"\b(unterlassen|unterlasst|unterlass|einstellen|stoppen|untersage\w*|verbiete\w*|verbitte\w*)\b (\w+ ){0,4}?(weitere|kunftige|jegliche|alle|diese|ihre)? ?(anrufe|werbeanrufe|telefonanrufe|telefonwerbung|anruferei)\b|\b(anrufe|werbeanrufe|telefonanrufe|telefonwerbung)\b.{0,30}\b(untersage|untersagen|verbiete|verbieten|verbitte)\b",
        STRONG,
        negatable=False,
    ),
    # a wish that the writer's data be kept no longer: "es wäre mir recht, wenn diese Angaben
    # nach der Lieferung nicht mehr gespeichert blieben", "ich möchte, dass meine Daten danach
    # nicht länger aufbewahrt werden"
    rule(
        T.ERASURE,
        r"\b(recht|lieber|wunsche|mochte|mochten|bitte|bitten|wunsch)\b,? (\w+ ){0,2}?(wenn|dass)\b.{0,160}\bnicht (mehr|langer) (gespeichert|aufbewahrt) (bleiben|blieben|bleibt|bliebe|waren|wurden|werden|wird)\b",
        CLEAR,
        negatable=False,
        unless=r"\?",
    ),
    # a use of the writer's data refused: "ich bin nicht einverstanden, dass die Kamera mich
    # filmt", "ich möchte nicht, dass meine Fahrdaten ausgewertet werden"
    rule(
        T.OBJECTION,
        r"\b(ich|wir) (bin|sind) (\w+ )?nicht (damit )?einverstanden,? dass\b.{0,100}\b(film\w*|gefilmt|aufzeichn\w*|aufgezeichnet|auswert\w*|ausgewertet|verwend\w*|genutzt|nutzt|nutzen|veroffentlich\w*|weitergegeben|weitergibt|gezeigt|zeigt|erfasst|erfassen|uberwach\w*|geortet|ortet|verfolgt|analysiert)\b|\b(will|mochte|mochten|wollen|wunsche)\b (ich |wir )?nicht,? dass\b.{0,100}\b(ausgewertet|verwendet|genutzt|benutzt|gefilmt|aufgezeichnet|veroffentlicht|weitergegeben|gezeigt|eingesetzt|analysiert|geortet|verfolgt|uberwacht|weitergeben|weitergibt|weiterleiten|ubermitteln|auswerten|veroffentlichen)\b"
        # the same wish put mildly: "es wäre mir recht, wenn diese Angaben nicht an … weitergegeben
        # würden"
        r"|\b(ware|waere|wars) (es )?(mir|uns) (\w+ )?(recht|lieber|lieb|wichtig)\b,? (wenn|dass)\b.{0,80}\bnicht\b.{0,60}\b(weitergegeben|verwendet|genutzt|ausgewertet|veroffentlicht|ubermittelt|weitergeleitet)\b",
        CLEAR,
        negatable=False,
        yields_to=T.RESTRICTION,
        context=r"\b(mein\w*|mich|mir)\b",
    ),
    # ---- former_heldout10 (round 12) ----
    # the old value to go and the new one given: "löschen Sie meine alte Handynummer, die neue
    # ist …", "meine neue Handynummer lautet …"
    rule(
        T.RECTIFICATION,
        rf"\b(alte\w*|bisherige\w*|vorherige\w*|fruhere\w*) ([\w-]+ )?{_FIELD}\b.{{0,80}}\b(die|der|das|meine?|mein) neue\w* ([\w-]+ )?(ist|lautet|heisst|sind|lauten)\b|\b(die|der|das|meine?|mein) neue\w* {_FIELD} (ist|lautet|heisst)\b",
        CLEAR,
    ),
    # data to be handed to the writer, the infinitive after "ich fordere Sie auf", "ich bitte
    # Sie": "mir alle über mich gespeicherten Daten herauszugeben", "mir eine Kopie zuzusenden"
    rule(
        T.ACCESS,
        r"\bmir\b (\w+ ){0,8}?([\w-]*daten|angaben|informationen|unterlagen|kopie\w*|auszug\w*)\b (\w+ ){0,3}?(herauszugeben|auszuhandigen|zu (ubermitteln|ubersenden|senden|schicken|geben|ubergeben|mailen)|zuzusenden|zuzuschicken|zukommen zu lassen|zur verfugung zu stellen)\b",
        CLEAR,
    ),
    # whether the writer's data went to someone, asked: "Haben Sie meine Daten an den
    # Insolvenzverwalter weitergegeben?"
    rule(
        T.ACCESS,
        r"(?=.*\?)\b(haben|hat|habt) (sie|ihr|ihre firma) (\w+ ){0,2}?(meine\w*|mein) ([\w-]+ ){0,3}?(an|zu) (\w+ ){0,4}?(weitergegeben|weitergeleitet|ubermittelt|verkauft|gegeben|offengelegt|uberlassen)\b",
        CLEAR,
    ),
    # a disposal the writer tells of having done themselves ("den Umschlag habe ich entsorgt"):
    # read, and set aside as the writer's own act (``self_action``), so that it asks nothing
    rule(
        T.ERASURE,
        r"\b(habe|hab|hatte|haben|hatten) (ich|wir) (\w+ ){0,3}?(entsorgt|vernichtet|geschreddert|weggeworfen)\b",
        CLEAR,
    ),
    # a decision by a machine alone, to be reviewed by a person (art. 22): an objection
    rule(
        T.OBJECTION,
        r"\bart(ikel)? ?22\b|\bvon einem menschen\b.{0,40}\b(gepruft|uberpruft|entschieden|bewertet|angesehen)\b|\bmenschliche\w* (prufung|uberprufung|entscheidung|eingreifen|eingriff)\b",
        CLEAR,
        context=r"\b(verlange|verlangen|fordere|fordern|mache|machen|beantrage|beantragen|bitte|mochte|will)\b",
    ),
)

_SIE = r"(sie|ihr unternehmen|ihre firma|ihr haus|alsico|der verantwortliche|die verantwortlichen|verantwortliche)"
_TAT = r"(loschen|senden|schicken|ubermitteln|ubersenden|berichtigen|korrigieren|stoppen|unterlassen|teilen|nennen|geben|bestatigen|sperren|einschranken|entfernen|austragen)"

CUES = Cues(
    information_lead=r"\b(folgende[nr]?|nachstehende[nr]?|nachfolgende[nr]?|diese[nr]?) (informationen|angaben|auskunfte|punkte|fragen|daten)\b|\binsbesondere\b|\beinschliesslich\b|\b(auskunft|informationen|angaben) (uber|zu)\b|\b(teilen sie mir|mir) (bitte )?(folgendes|das folgende|nachfolgendes) (mit|mitzuteilen)\b|\bmir folgendes mitzuteilen\b",
    information_item=r"^(und |oder )?(die |der |das |den |alle |jede |eine |ein |eines |einer )?(verarbeitungszweck|zweck|kategorie|empfanger|bestehen|recht|rechte|geplant|dauer|speicherdauer|kriteri|herkunft|quelle|logik|tragweite|auswirkung|garantie|rechtsgrundlage|information|aussagekraftig|falls|sofern|ob\b|welche|wer\b|an wen|drittl|ubermittlung)\w*",
    information_head=r"\b(auskunft|informationen?|angaben|mitteilung|erlauterung|bestatigung) (uber|zu|daruber|bezuglich|hinsichtlich)\b|\b(mit|mitteilen|wissen|informieren|sagen|benachrichtigen|unterrichten),? (\w+ ){0,3}?(falls|ob|wenn)\b|\bdas bestehen (eines|einer|des|der)\b|\b(ob|inwieweit|inwiefern)\b",
    duty=r"\b(ich|wir) (weise|weisen) (sie )?(\w+ )?(darauf )?hin,? dass\b(?=.*\b(zu \w+ (haben|hat|ist|sind)|verpflichte\w*|obliegt|unentgeltlich)\b)|"
    rf"\b{_SIE} (sind|ist|waren|ware|waren) (\w+ ){{0,3}}?(verpflichtet|gehalten|angehalten)\b.{{0,160}}\b(zu informieren|mitzuteilen|zu benachrichtigen|zu begrunden|zu treffen|zu unterrichten|zu dokumentieren|nachzuweisen|darzulegen|zu erlautern|zu beantworten|zu antworten|zu ubermitteln|zu nennen)\b|\b{_SIE} (mussen|muss|haben|hat) ([\w-]+ ){{0,8}}?(zu )?(informieren|mitteilen|mitzuteilen|benachrichtigen|begrunden|erlautern|treffen|dokumentieren|nachweisen|darlegen|unterrichten|bearbeiten|beantworten)\b|\b(verpflichtet|verpflichten) (sie|den verantwortlichen|die verantwortlichen)\b|\b(dass|da|weil) {_SIE} ([\w-]+ ){{0,6}}?(verpflichtet|gehalten|angehalten) (sind|ist|waren|seien|sei)\b",
    reaction=rf"\b(falls|sollten|wenn|sofern|soweit) {_SIE} (\w+ ){{0,4}}?(widersprechen|ablehnen|verweigern|zuruckweisen|der (ansicht|auffassung|meinung)|meinen|glauben|annehmen|sich (\w+ ){{0,2}}?berufen|geltend machen|bedenken|zweifel|grunde|weitere (informationen|angaben)|benotigen|mich nicht (\w+ )?identifizieren|meine identitat nicht)|\b(sollte|sollten|falls|soweit|sofern|wenn) (\w+ ){{0,4}}?(aufbewahrungspflicht\w*|aufbewahrungsfrist\w*)\b|\b(sofern|soweit|falls|wenn|sollten) (sie|ihr unternehmen) (\w+ ){{0,4}}?(gesetzlich )?verpflichtet (sind|ist|sein sollten)\b|\b(sofern|soweit|falls|wenn|sollte) (eine |die )?(vollstandige )?loschung (\w+ ){{0,3}}?(nicht moglich|unmoglich)\b",
    reservation=r"\b(ich|wir) (behalte|behalten) (mir|uns) (\w+ ){0,4}?vor\b|\bvorbehalten\b|\b(werde|wurde|werden|wurden) (ich|wir) (mich |uns )?(\w+ ){0,8}?(beschwerde|aufsichtsbehorde|datenschutzbehorde|gericht|anwalt|rechtsanwalt|rechtliche schritte|klage|landesdatenschutzbeauftragte\w*|bfdi)\b|\b(ich|wir) (werde|wurde|werden|wurden) (\w+ ){0,8}?(beschwerde|aufsichtsbehorde|datenschutzbehorde|gericht|anwalt|rechtliche schritte|klage|einschalten)\b|\b(andernfalls|ansonsten|sonst|widrigenfalls)\b.{0,80}\b(beschwerde|aufsichtsbehorde|behorde|gericht|anwalt|rechtliche|schritte|klage)\b|\b(rechtliche|gerichtliche|weitere) (schritte|massnahmen)\b|\b(sollte ich|falls ich|wenn ich) (\w+ ){0,4}?(keine|nicht|nichts) (\w+ ){0,2}?(antwort|reaktion|ruckmeldung|erhalten|horen)\b|\boder (aber )?(ich|wir) (werde|werden|gehe|gehen|wende|wenden|schalte|schalten|reiche|reichen)\b|\b(behalte|behalten) (ich |wir )?(mir|uns) (\w+ ){0,4}?vor\b"
    # a request announced for later, not made now: "werde ich in einem gesonderten Schreiben die
    # Löschung verlangen", "die Löschung würden wir dann gesondert beantragen"
    r"|\b(werde|werden) (ich|wir) (\w+ ){0,8}?(verlangen|beantragen|fordern|einfordern|geltend machen)\b"
    # a template the writer means to send or use later: "ich möchte einen Musterbrief zur
    # Löschung verschicken", "ich will die Vorlage der Verbraucherzentrale verwenden"
    r"|\b(ich|wir) (mochte|mochten|will|wollen|werde|werden|wurde|wurden|plane|planen|habe vor|haben vor) (?!(\w+ ){0,3}?hiermit\b)(\w+ ){0,3}?(muster\w*|vorlage\w*|formular\w*|vordruck\w*)\b(?=.*\b(verschicken|abschicken|absenden|versenden|schicken|senden|einreichen|verwenden|nutzen|benutzen|ausfullen)\b)"
    r"|\b(ich|wir) (werde|werden) (\w+ ){0,8}?(verlangen|beantragen|fordern|einfordern|geltend machen)\b",
    right_named=r"\b(gibt|gewahrt|verleiht|einraumt|garantiert) (mir|uns|ihnen|jeder\w* \w+|den betroffenen|betroffenen) (\w+ )?das recht\b[^.;]{0,80}?\b(widerspruch|auskunft|loschung|berichtigung|einschrankung|ubertragbarkeit|beschwerde)\w*[^.;]{0,60}|\brecht(e|s)? (auf|zum|zur) (\w+ ){0,2}?(auskunft|berichtigung|loschung|vergessenwerden|vergessen|einschrankung|datenubertragbarkeit|ubertragbarkeit|widerspruch|beschwerde)|\b(widerspruchs|beschwerde|auskunfts|loschungs|berichtigungs)recht\b|\bart(ikel)?s? ?\d{2}\b"
    # claims named by example, as someone else's advice: "Ansprüche, etwa auf Auskunft oder
    # Löschung, sind gesondert geltend zu machen"
    r"|\b\w*anspruch(e|en)?\b,? (etwa |wie |wie etwa |z ?b |zum beispiel |insbesondere |namentlich )?(auf|zur|zum) (\w+ ){0,2}?(auskunft|berichtigung|loschung|einschrankung|datenubertragbarkeit|ubertragbarkeit|widerspruch)\w*[^.;]{0,60}"
    # a right explained to the reader: "Sie können verlangen, dass ein Unternehmen …", "können
    # Betroffene die Löschung fordern"
    r"|\b(konnen|durfen) (sie|betroffene\w*|verbraucher\w*|kunden) (\w+ ){0,5}?(verlangen|fordern|beantragen|einfordern)\b(,? dass [^.;]{0,80})?"
    r"|\b(sie|betroffene\w*|verbraucher\w*|kunden) (konnen|durfen) (\w+ ){0,5}?(verlangen|fordern|beantragen|einfordern)\b(,? dass [^.;]{0,80})?",
    # (a demand put as an expectation: "… entfällt, erwarte ich die Löschung der Daten")
    speech_act=rf"\b(ich|wir) (\w+ ){{0,3}}?(beantrage|beantragen|bitte|bitten|verlange|verlangen|fordere|fordern|ersuche|ersuchen|mochte|mochten|will|wollen|widerspreche|widersprechen|widerrufe|widerrufen|mache|machen|berufe|berufen|erbitte|erbitten|untersage|untersagen)\b|\b(beantrage|bitte|verlange|fordere|ersuche|widerspreche|widerrufe|mache|erbitte|mochte|will|untersage) (ich|wir)\b|\b(beantragen|bitten|verlangen|fordern|ersuchen|widersprechen|widerrufen|erbitten|mochten|wollen|untersagen) wir\b|\bbitte\b|^{_TAT}\b|\bhiermit\b|\b((ich|wir) (\w+ )?(erwarte|erwarten)|(erwarte|erwarten) (ich|wir)) (\w+ ){{0,3}}?(die|eine|ihre) (\w+ )?(loschung|auskunft|berichtigung|korrektur|einschrankung|sperrung|herausgabe|ubermittlung|unterlassung)\b|\bfordere (ich )?sie (hiermit )?auf\b|^(\d{{1,2}}[.)]|[a-h][.)]|[-*]) .*\b(zu (erteilen|loschen|berichtigen|korrigieren|unterrichten|benachrichtigen|ubermitteln|ubersenden|sperren|unterlassen|bestatigen|nennen|entfernen|vernichten)|einzustellen|einzuschranken|mitzuteilen|auszuhandigen|herauszugeben)\b",
    recipients_notified=r"\bart(ikel)? ?19\b|\bempfanger\w*\b.{0,80}\b(mitzuteilen|mitteilen|informieren|unterrichten|unterrichtet|benachrichtig\w*|informiert)\b",
    direct_marketing=r"\bdirekt-?werbung\b|\bdirektmarketing\b|\bdirect marketing\b"
    # an objection to use for advertising (art. 21(2)) naming no channel, unless it is profiling
    # or an analysis of behaviour for advertising (an objection only)
    r"|^(?!.*\b(profil\w*|segment\w*|\w*verhalten\w*|auswert\w*|analys\w*)\b).*?(\bart(ikel)? ?21 abs(atz)? ?2\b|\bzwecke?n? der (direkt)?werbung\b|\bwerbezweck\w*)",
    new_phrase=rf"[;]|, (bitte )?({_TAT}|legen|setzen|stellen|frieren|halten|bewahren|behalten|verwenden|nutzen|verarbeiten) sie\b|\b(und|aber|ausserdem|zudem|daher|deshalb|also)\b,? (bitte|ich|wir|{_TAT} sie)\b|\b(und|oder) (anschliessend|danach|dann|daraufhin|im anschluss|ausserdem|zudem|zusatzlich)\b",
    business=r"\b(auftragsverarbeitung\w*|auftragsverarbeiter\w*|(ich )?recherchiere|freie[rn]? journalist\w*|av-?vertrag|unterauftragsverarbeiter\w*|lieferanten(bewertung|fragebogen|audit|auswahl)|sicherheitsfragebogen|fragebogen|due diligence|iso ?27001|technische(n)? und organisatorische(n)? massnahmen|(personenbezogene(n)? )?daten unserer (kunden|mitarbeiter\w*|beschaftigten|mitglieder))\b|\b(meine|unsere|meinen|meiner) (abschlussarbeit|bachelorarbeit|masterarbeit|doktorarbeit|recherche|studie|umfrage|forschung|artikel|reportage)\b|\bich bin (student|studentin|journalist|journalistin|doktorand\w*)\b|\b\w*(antrage|anfragen|ersuchen) (ihrer|ihre) (kunden|kundinnen|mitarbeiter\w*|beschaftigten|nutzer\w*)\b|\b(ermittlungsverfahren\w*|strafverfahren\w*|staatsanwaltschaft|polizeiprasidium|polizeidirektion|kriminal(haupt|ober)?kommissar\w*)\b|\bfur (einen|meinen|unseren) (artikel|beitrag|bericht)\b"
    # an employee body asking for its agreement, not for anyone's data: "der Betriebsrat bittet …
    # für unsere Betriebsvereinbarung"
    r"|\b(betriebsrat|personalrat|mitarbeitervertretung)\b.{0,300}\b(betriebsvereinbarung|dienstvereinbarung|allgemeine anfrage)\b"
    # a company's own records asked for: "die Bestelldaten unserer Firma als Excel exportieren"
    r"|\b[\w-]*daten (unserer|unseres) (firma|unternehmens?|gesellschaft|betriebs?|abteilung|filiale|niederlassung)\b",
    salutation=r"(?m)^(sehr geehrte|sehr geehrter|an die|an den|an das)\b",
    on_behalf=r"\b(in (ihrem|seinem|deren|dessen) namen (verlangen|beantragen|fordern|ersuchen|bitten|widersprechen) (wir|ich)|vollmachten|im namen (von|meine[rsnm]?|unsere[rsnm]?|des|der|ihres|seines)|namens (meine[rsnm]?|unsere[rsnm]?|des|der|von|frau|herrn?)|im auftrag (von|meine[rsnm]?|unsere[rsnm]?|des|der)|als (gesetzliche[rsnm]? )?(vertreter|vertreterin|betreuer|betreuerin|vormund|bevollmachtigte[rn]?|rechtsanwalt|rechtsanwaltin|anwalt|anwaltin|erziehungsberechtigte[rn]?|elternteil) (von|meine[rsnm]?|des|der|frau|herrn?)|(mein|meine|meiner|unser|unsere|unseres) (mandant|mandantin|mandanten|mandantschaft)|vertrete ich|ich vertrete|wir vertreten|vollmacht|als (eltern|erziehungsberechtigte[rn]?|sorgeberechtigte[rn]?)|(unseres|unserer|meines|meiner) (minderjahrigen )?(sohnes|tochter|kindes))\b|\b(schreibe|schreiben) (\w+ ){0,2}?fur (meinen|meine) (vater|mutter|sohn|tochter|mann|frau|ehemann|ehefrau|opa|oma|grossvater|grossmutter|bruder|schwester|partner|partnerin)\b",
    # the company's own reminder ("votre rappel de paiement", "your reminder") is none of ours
    reminder=r"(?<!\bihre )(?<!\bihrer )(?<!\bihren )\b(erinnerung|mahnung|zweite anfrage|erneute anfrage|zweites schreiben)\b",
    unanswered=r"\b((keine|nie eine|nie) (antwort|reaktion|ruckmeldung)|unbeantwortet|nicht beantwortet|nicht reagiert|(ich|wir) (warte|warten) (noch|immer noch|bis heute)|(noch|bis heute|bisher|bislang) (keine|nichts|keinerlei) (antwort|reaktion|ruckmeldung|auskunft)|(frist|monatsfrist|monat) (\w+ ){0,3}?(abgelaufen|verstrichen|uberschritten)|bis (heute|dato)\b.{0,40}\b(nichts|keine|weder))\b|\b(keine|ohne) (antwort|reaktion|eingangsbestatigung)\b",
    earlier_request=r"\b(meine[nmr]?|unsere[nmr]?|mit) (\w+ ){0,2}?(anfrage|antrag|schreiben|e-?mail|brief|nachricht|ersuchen) (vom|vom \w+,? den|datiert auf|am) \d|\b(habe|hatte|haben|hatten) (ich|wir) (mich |uns )?(\w+ ){0,12}?(gewandt|geschrieben|gestellt|gesandt|gesendet|geschickt|angefragt|beantragt|ubermittelt)\b|\b(ich|wir) (habe|hatte|haben|hatten) (mich |uns )?(\w+ ){0,8}?(gewandt|geschrieben|gestellt|gesandt|gesendet|geschickt|angefragt|ubermittelt)\b|\b(meine[rmn]?|unsere[rmn]?) (\w+ ){0,2}?\w*(anfrage|antrag|mail|schreiben|widerspruch)\w* vom \d",
    renewal=r"\b(erneut|nochmals|noch einmal|wiederhole\w*)\b|\b(meiner|unserer) (\w+ )?(anfrage|antrag|aufforderung|ersuchen) (\w+ ){0,4}nach(zukommen|kommen)\b|\bmeine (\w+ )?(anfrage|antrag) (\w+ ){0,3}(zu )?(beantworten|bearbeiten|erfullen)\b|\bdie (erbetene|angeforderte|beantragte|verlangte) (auskunft|kopie|information|daten)\b|\bbetrachten sie (dies|dieses schreiben) als erinnerung\b",
    authority=r"\b(aufsichtsbehorde|datenschutzaufsicht\w*|datenschutzaufsichtsbehorde|datenschutzbehorde|landesbeauftragte\w*|landesdatenschutzbeauftragte\w*|bundesbeauftragte\w*|bfdi|lfdi|baylda|hmbbfdi|uld|edob|edoeb|gba|apd)\b",
    authority_complaint=r"^(?!.*(?:"
    + _THIRD_PARTY_COMPLAINT
    + r"))(?=.*\b(aufsichtsbehorde|datenschutzaufsicht\w*|datenschutzbehorde|landesbeauftragte\w*|landesdatenschutzbeauftragte\w*|bundesbeauftragte\w*|bfdi|datenschutzbeauftragte[nr]? des (landes|bundes)|lfdi|baylda|hmbbfdi|uld|edob|edoeb|eidgenossische\w* datenschutz\w*|art(ikel|icle|\.)? ?77)\b)(?=.*\b(beschwerde)\b).*\b(eingereicht|erhoben|eingelegt|geschickt|gesendet|ubermittelt|kopie meiner beschwerde)\b",
    authority_address=r"^(beschwerde (bei|an) (der|die|dem|den)? ?|an (die|den|das)|sehr geehrte)\b.{0,80}\b(aufsichtsbehorde|datenschutzaufsicht\w*|datenschutzbehorde|landesbeauftragte\w*|landesdatenschutzbeauftragte\w*|bundesbeauftragte\w*|bfdi|datenschutzbeauftragte[nr]? des (landes|bundes)|lfdi|baylda|hmbbfdi|uld|edob|edoeb|eidgenossische\w* datenschutz\w*)\b",
    authority_lodging=r"^(?=.*\b(aufsichtsbehorde|datenschutzaufsicht\w*|datenschutzbehorde|landesbeauftragte\w*|landesdatenschutzbeauftragte\w*|bundesbeauftragte\w*|bfdi|datenschutzbeauftragte[nr]? des (landes|bundes)|lfdi|baylda|hmbbfdi|uld|edob|edoeb|eidgenossische\w* datenschutz\w*|art(ikel|icle|\.)? ?77)\b).*(\b(ich|wir) (lege|legen|erhebe|erheben|reiche|reichen) (hiermit |hierdurch )?(eine |diese |meine )?(formliche |formelle )?beschwerde\b|\b(lege|erhebe|reiche) (ich|wir) (hiermit |hierdurch )?(eine |diese )?beschwerde\b|\b(mochte|will|mochten|wollen) (ich|wir) (hiermit |hierdurch )?(eine |diese )?(formliche |formelle )?beschwerde\b.{0,60}\b(einreichen|erheben|einlegen)\b)",
    reported=r"\b(hat|haben|hatte|hatten) (mir|uns) (\w+ ){0,4}?(gesagt|mitgeteilt|erklart|geschrieben|geantwortet|versichert|angekundigt|versprochen)\b|\b(teilte|teilten|sagte|sagten|schrieb|schrieben|erklarte|erklarten) (mir|uns)\b|\blaut (ihnen|ihrem|ihrer|ihres)\b",
    represents=r"\bin (ihrem|seinem) namen\b|\bals (externe[rn]? |betriebliche[rn]? )?datenschutzbeauftragte[rn]?\b(?= (der|des) )|\b(als|bin) (\w+ ){0,2}?(erwachsenenvertreter\w*|betreuer\w*|vormund|nachlassverwalter\w*|testamentsvollstrecker\w*|alleinerbin|alleinerbe|erbin|erbe)\b|\b(zur|zum) (\w+ ){0,2}?(erwachsenenvertreter\w*|betreuer\w*|vormund\w*) (von|des|der|bestellt)\b|\b(hat|haben) (einen|eine) (beistand|betreuer\w*|vormund)\b|\bvollmachten\b|\b(beauftragt|bevollmachtigt) (uns|mich)\b|\buns (\w+ )?beauftragt\b|\banwaltlich vertreten\b|\b(hat|haben) mich gebeten,? (ihnen )?(seine|ihre) (\w+ )?(anfrage|bitte|antrag)\b",
    relative_owner=r"mein|meine|meinen|meinem|meiner|meines|unser|unsere",
    relative_state=r"verstorbenen?|verstorbene[mr]",
    relative=r"vater|vaters|mutter|sohn|sohnes|tochter|mann|mannes|ehemann|ehemannes|ehefrau|grossvater|grossmutter",
    their_data=r"\b(sein|seine|seinen|seines|seiner) (\w+ ){0,2}?(daten|konto|kundenkonto|nummer|foto|adresse|profil|akte)\b|\b(ihm|ihn)\b",
    cannot_write=r"\b(verstorben|gestorben|demenz)\b|\(1[0-7]( jahre)?\)|\b1[0-7] jahre\b",
    firm=r"\b(gmbh|ag|kg|firma|unternehmen\w*)\b",
    client=r"\b(mandant\w*|lastge\w+)\b",
    german_name=r"\b(meines|seines|ihres|deines|unseres|eures|gleichen|eines|des|vollen|und)\s+$",
    earlier_act=r"\b(habe|hatte) (ich|wir) (ihnen |euch )?(\w+ ){0,8}?(mitgeteilt|geschrieben|gebeten|widersprochen|abgemeldet|abbestellt|beantragt|angefragt|verlangt|gefordert)\b",
    maintained=r"\bhalte (\w+ ){0,3}?(anfrage|antrag|widerspruch|ersuchen)\w* (\w+ )?(fest|aufrecht)\b|\b(forderung|anfrage|antrag) bleibt\b|\b(fordere|verlange|erwarte) (\w+ )?(weiterhin|nach wie vor|immer noch|noch immer)\b",
    thanks=r"\b(danke|dank)\b",
    cancelled=r"\b(ziehe|widerrufe|storniere) (\w+ ){0,2}?(anfrage|antrag|e-?mail|schreiben)\b|\bvergessen sie (\w+ ){0,2}?(anfrage|antrag|e-?mail)\b",
    lodging=r"^(?!.*(?:"
    + _THIRD_PARTY_COMPLAINT
    + r")).*?(?:\b(habe|haben) (ich|wir) (mich|uns) .{0,100}?\bbeschwert\b|\b(eingebrachte|eingereichte|erhobene|eingelegte)\w* beschwerde\b|\bbeschwerde (\w+ ){0,8}?(eingebracht|eingereicht|erhoben|eingelegt)\b)",
    lodged_before=r"\b(habe|haben) (ich|wir) (\w+ ){0,8}?(eingereicht|eingebracht|erhoben|beschwert)\b",
    prospect=r"\b(werde|wurde|konnte|kann|recht auf|wenn|falls|sonst|andernfalls)\b",
    below=r"\b((nach|weiter )?unten|nachstehend\w*|im folgenden|folgende\w*|beiliegend\w*|anbei|anliegend\w*|beigefugt\w*)\b",
    complaint_named=r"\b(beschwerde\w*)",
    own_owner=r"meine[rmn]?|unsere[rmn]?",
    own_request=r"anfrage|antrag",
    dated_request=r"anfrage|antrag",
    dated_of=r"vom",
    your=r"ihre|ihrer|ihren",
    not_for=r"von ",
    not_whom=r"mich|mir|sie|uns",
    not_the=r"der |die |das |des ",
    not_clause=r"die|dass|ihre?|ist",
    organisation=r"gmbh|ag|kg|betriebsrat\w*|personalrat\w*|gewerkschaft|unternehmen\w*|firma",
    theirs_receive=r"erhalten|bekommen",
    theirs_this=r"eine",
    theirs_reminder=r"mahnung",
    theirs_a=r"eine",
    theirs_received=r"erhalten|bekommen",
    theirs_reminder_mail=r"mahnungs?",
    theirs_these=r"die|diese|ihre",
    theirs_reminders=r"erinnerungen|mahnungen",
    theirs_automatic=r"automatische",
    theirs_reminder_auto=r"erinnerung",
    their_reminder=r"\b(zahlungserinnerung\w*|mahnung (uber|fur|wegen)|mahngebuhr\w*)\b",
    titles=r"herr|frau|herrn|dr|prof",
    relations=r"mutter|vater|sohn|sohnes|tochter|mann|mannes|ehemann|ehemannes|ehefrau|gattin|gatte|gatten|kind|kindes|kinder|bruder|bruders|schwester|oma|opa|grossmutter|grossvater|tante|onkel|mandant|mandantin|mandanten|mandantschaft|klient|klientin|betreute|betreuten|partner|partnerin|lebensgefahrte|lebensgefahrtin|eltern",
    name_particles=r"von|zu|der|den|vom",
    not_names=r"meine|meiner|meines|mein|unsere|unser|seine|ihre|sie|er|ich|wir|sehr",
)

# the bare names of rights as a pasted form's ticked choices ("[X] ...")
RULES += box_choices(
    {
        T.ACCESS: r"auskunft",
        T.RECTIFICATION: r"berichtigung",
        T.ERASURE: r"loschung",
        T.RESTRICTION: r"einschrankung",
        T.PORTABILITY: r"datenubertragbarkeit|ubertragbarkeit",
        T.OBJECTION: r"widerspruch",
    }
)

LEXICON = Lexicon(
    code="de",
    cues=CUES,
    likeness=r"\b(foto\w*|bild|bilder|bildern|aufnahme\w*|portrat\w*|video\w*|abbild\w*)\b",
    stopwords=frozenset(
        [
            "der",
            "die",
            "das",
            "und",
            "ich",
            "mich",
            "mir",
            "mein",
            "meine",
            "meiner",
            "sie",
            "ihr",
            "ihre",
            "ihnen",
            "nicht",
            "ist",
            "sind",
            "bitte",
            "mit",
            "fur",
            "auf",
            "dass",
            "zu",
            "von",
            "den",
            "dem",
            "des",
            "ein",
            "eine",
            "einen",
            "wie",
            "was",
            "welche",
            "haben",
            "habe",
            "hat",
            "mochte",
            "wurde",
            "konnen",
            "sehr",
            "geehrte",
            "geehrter",
            "damen",
            "herren",
            "freundlichen",
            "grussen",
            "gruss",
            "danke",
            "vielen",
            "hallo",
            "auch",
            "noch",
            "oder",
            "aber",
            "wenn",
            "uber",
        ]
    ),
    rules=RULES,
    keywords=(
        "loschen",
        "loschung",
        "geloscht",
        "personenbezogenen",
        "daten",
        "abmelden",
        "abbestellen",
        "newsletter",
        "auskunft",
        "berichtigung",
        "berichtigen",
        "korrigieren",
        "einschrankung",
        "verarbeitung",
        "datenubertragbarkeit",
        "widerspruch",
        "widerspreche",
        "profiling",
        "beschwerde",
        "gespeichert",
        "werbung",
        "anschrift",
        "adresse",
        "umgezogen",
        "entfernen",
        "maschinenlesbar",
        "einwilligung",
        "widerrufen",
        "anrufe",
        "datenschutzbehorde",
        "aufsichtsbehorde",
        "werbebriefe",
        "kataloge",
    ),
    protected=(
        # inflections of a keyword are no misspellings of it: a past tense is not the noun or the
        # request ("beschwerte" is not "Beschwerde", "complained" not "complaint")
        "berichtigte",
        "berichtigten",
        "korrigierte",
        "korrigierten",
        "widerspricht",
        "widersprach",
        "widersprachen",
        "beschwerte",
        "beschwerten",
        # ordinary words a letter or two from a keyword: "berechtigt" is not "berichtigt"
        "berechtigt",
        "berechtigte",
        "berechtigten",
        "berechtigter",
        "berechtigtes",
        "widersprochen",
        "gespeist",
        "informationen",
        "losung",
        "losungen",
        "adressen",
        "beschwert",
        "beschwere",
        "beschweren",
        "speichern",
        "verarbeitet",
        # the verbs are no misspelt nouns: "nicht weiter verarbeiten", "einschränken"
        "verarbeiten",
        "einschranken",
        "anruf",
        "anrufen",
        "einwilligen",
        "werben",
        "wurden",
        "aktuell",
        # the participles are no misspelt infinitives: "haben Sie berichtigt" tells a done act
        "berichtigt",
        "korrigiert",
        # "Besichtigung" (a visit) is no "Berichtigung"
        "besichtigung",
        "besichtigungen",
        "besichtigen",
    ),
    negation=r"\b(nichts|nix|nicht|kein|keine|keinen|keiner|nie|niemals|ohne(?! (meine |mein |meiner |jede |jegliche |vorherige |eine |ihre |unsere )?(\w+ )?(prufung|einwilligung|zustimmung|erlaubnis|genehmigung|grund|rechtsgrundlage|wissen|information|ankundigung|vorwarnung|rucksprache|absprache|auftrag)\b)|statt|anstatt|weder|verzichte|verzichten|ebenso ?wenig|genauso ?wenig)\b(?! (mehr|langer|wieder)\b)"
    # a request withdrawn: "ziehe ich meinen Löschantrag zurück", "die Anfrage ist hinfällig"
    r"|\b(ziehe|ziehen|nehme|nehmen) (ich |wir )?(hiermit )?(\w+ ){0,4}?\w*(antrag|anfrage|ersuchen|auftrag|widerspruch|wunsch)\b.{0,20}\bzuruck\b"
    r"|\b\w*(antrag|anfrage|ersuchen|widerspruch) (\w+ ){0,3}?(zuruckziehen|zuruckzuziehen|zuruckgezogen|zuruckgenommen|zuruckzunehmen|hinfallig|gegenstandslos)\b"
    # a request put off ("vielleicht fordere ich später eine Kopie an") or anyone's, imagined
    # ("wie lange dauert es, bis man eine Kopie seiner Daten bekommt, wenn man sie anfordert?")
    r"|\b(vielleicht|eventuell|moglicherweise)\b[^.?!]{0,60}\b(spater|irgendwann|demnachst)\b|\b(spater|irgendwann) (\w+ ){0,3}?(vielleicht|eventuell)\b"
    r"|\b(bis|wenn|falls|sobald|nachdem) man\b",
    history=r"\b(habe|hatte) (ich )?(\w+ ){0,4}?geschrieben,? dass\b|\b(habe|hatte)\b.{0,90}\b(gebeten|beantragt|verlangt|gefordert|aufgefordert|widersprochen|gestellt|geschickt|gesendet|eingereicht)\b|\b(habe|hatte) (ihnen|euch|dir|ihrem \w+|ihrer \w+) (\w+ ){0,4}(geschrieben|mitgeteilt|gemeldet|gesagt)\b|\b(meine|meinen|meiner)\b (\w+ )?\w*(anfrage|antrag|ersuchen|gesuch)\b.{0,60}\b(ignorier\w*|unbeantwortet|nicht beantwortet|keine antwort)",
    condition=r"\b(sonst|andernfalls|ansonsten|widrigenfalls|es sei denn|(wenn|falls|sollte|sollten) (sie|ihr|ich|dies|das)\b[^,:;]{0,60}\b(nicht|keine?|nie))\b|\b(geschieht|passiert|erfolgt) (dies|das)\b.{0,20}\bnicht\b",
    # (advertising post named as a compound: "es kommt immer noch Werbepost für ihn")
    post_or_phone=r"\b(post|postalisch|(werbe|reklame|brief)post|(?<!\bdieser )(?<!\bdiesem )(?<!\bmeinem )(?<!\bmeiner )(?<!\bunten )(?<!\bfolgende )briefe?\b(?! (vom|unten))|werbebriefe?|\w*prospekte?|\w*kataloge?|postwurf\w*|briefkasten|papier\w*|flyer|broschuren|telefon\w*|anruf\w*|angerufen)\b",
    electronic=r"\b(\w*e-?mails?(?! vom\b)|\w*mails?(?! vom\b)|kurznachrichten|textnachrichten|newsletter\w*|werbe-?e?-?mails?|werbemails?|sms|online|elektronisch\w*|whatsapp|digital\w*|posteingang|infomails?)\b",
    marketing_list=r"\ballen (ihren |euren |den |diesen )?(\w+)?listen\b|\balle (ihre |eure )?(\w+)?listen\b|\b(ihren|euren) (\w+)?listen\b|\b(\w*aussendung\w*|werbemail\w*|werbe-?e-?mails?|\w*verteiler\w*|mailingliste\w*|mailing-liste\w*|e-?mail-?liste\w*|kontaktliste\w*|newsletter\w*|sms-?liste\w*|werbeliste\w*|anrufliste\w*|telefonliste\w*|anrufdatei\w*|call-?liste\w*)\b|\baus (ihrem|ihrer|dem|der|eurem|eurer) (direkt)?(marketing|werbung)\b",
    sales_pitch=r"\bin unsere[mn]? ([\w]+-)?(seminar|webinar|workshop|schulung|lehrgang|kurs)\w*|\b(teilnahme|seminar|schulungs|kurs)gebuhr\w*|\b(wir bieten|unsere (losung|dienstleistung\w*|software|plattform|produkte|expertise)|unser (tool|beratungsangebot)|unsere experten|demo|webinar|kostenlos(e|en) test|partnerschaft|unverbindlich\w* (gesprach|termin)|unser angebot|unser [\w-]*paket|kostenlos\w* (audit|erstgesprach|beratung\w*|check)|\d+-minutig\w* (telefonat|gesprach|call)|wir unterstutzen (unternehmen|kmu|firmen|den mittelstand)|(jetzt )?fur nur \d+ ?(eur|euro)|(verlangern|buchen|bestellen|registrieren) sie jetzt)\b",
    resent_own=r"\b(leite|sende|schicke)\b.{0,30}\b(meine|meinen)\b.{0,25}\b(e-?mail|mail|nachricht|anfrage|antrag|schreiben)\b.{0,40}\b(weiter|erneut|nochmal|noch einmal)\b|\b(meine|meinen) (fruhere|vorherige|letzte|ursprungliche|erste)n? (e-?mail|mail|nachricht|anfrage|antrag)\b.{0,40}\b(unten|erneut|nochmals)\b",
    # the writer says nothing is expected of us: "von Ihnen brauche ich nichts", "Sie müssen
    # nichts weiter tun", "eine Antwort ist nicht nötig"
    nothing_asked=r"\b(von ihnen|von euch) (brauche|benotige|erwarte|will|mochte|verlange) ich (\w+ )?nichts\b|\b(ich )?(brauche|benotige|erwarte|will|mochte|verlange) (ich )?(von ihnen|von euch) (\w+ )?nichts\b|\b(sie|ihr) (mussen|musst|brauchen|braucht) (\w+ ){0,2}?nichts (\w+ ){0,2}?(zu )?(tun|unternehmen|veranlassen|machen)\b|\bkeine (weitere[n]? )?(antwort|reaktion|aktion|handlung|massnahme|bearbeitung) (ihrerseits |von ihrer seite |von ihnen )?(ist )?(erforderlich|notig|notwendig)\b|\b(eine )?(antwort|reaktion|bearbeitung) (ihrerseits |von ihrer seite |von ihnen )?ist nicht (erforderlich|notig|notwendig)\b",
    done=r"\bbestatigung,? dass\b.{0,80}\b(geloscht|entfernt|vernichtet|anonymisiert)\b|\b(erhalten|bekommen|gelesen|bestatigt|bestatigten|mitgeteilt)\b.{0,80}\b(geloscht|entfernt|vernichtet|anonymisiert)\b|\b(geloscht|entfernt|vernichtet)\b.{0,60}\b(bestatigt|mitgeteilt|erhalten)\b|\b(danke|vielen dank|herzlichen dank|besten dank|danke schon)\b,? (\w+ )?(fur (die|das|ihre) (\w+ )?(loschung|loschen|entfernen|erledigung|bearbeitung|bestatigung)|dass sie\b.{0,50}\b(geloscht|entfernt))\b",
    forward_note=r"\b(zur (info|kenntnis|kenntnisnahme|information|weiterleitung|bearbeitung|erledigung)|bitte (\w+ ){0,6}(weitergeben|weiterleiten|bearbeiten|ubernehmen|ubernehmt|ubernimm|bearbeitet|kummert euch|kummern sie sich)|zustandigkeitshalber|mit der bitte um (bearbeitung|erledigung|weiterleitung))\b|\b(konnen|konnt|konntet?|konnten|wurden|wurdet) (sie|ihr) (\w+ ){0,4}?(bearbeiten|ubernehmen|erledigen|weiterleiten|kummern)\b"
    # a colleague's or a relay's note above someone else's mail: "anbei eine Mail, die mir …
    # geschickt hat", "wir bitten um Beachtung", "… gebeten, ihr Anliegen weiterzuleiten",
    # "bitte antwortet ihr direkt", "ist wohl für euch", "Automatische Weiterleitung von …"
    r"|\banbei (eine|die|den|das) (e-?mail|mail|nachricht|schreiben|anfrage|brief)\b (\w+ ){0,2}?(die|den|das|eines|einer|von)\b"
    r"|\b(bitte|bitten|bittet) (\w+ )?um (beachtung|kenntnisnahme|weiterleitung|bearbeitung|erledigung)\b"
    r"|\b(anliegen|anfrage|nachricht|e-?mail|mail|schreiben|bitte)\b.{0,20}\b(weiterzuleiten|weiterzugeben)\b"
    r"|\b(antworte|antwortet|antworten sie|schreibe|schreibt|schreiben sie) (ihr|ihm|ihnen|der kundin|dem kunden) (bitte )?direkt\b"
    r"|\b(ist|sind|war) (wohl |vermutlich |eher |bestimmt |sicher )?fur (euch|sie|dich|den datenschutz|die datenschutzabteilung)\b"
    r"|\bautomatische weiterleitung\b"
    # a colleague's note passing someone's mail on: "anbei eine Nachricht von einem Kunden. Kann
    # das jemand erledigen?"
    + r"|\b(kann|konnte) (das|dies) (\w+ )?(jemand|wer) (\w+ ){0,3}?(erledigen|ubernehmen|"
    r"bearbeiten|beantworten)\b|\banbei (eine|die) (weitergeleitete )?(nachricht|e-?mail|mail|"
    r"anfrage) (von|eines|einer)\b",
    scope_qualifier=r"\b(die|welche|soweit) sie\b (\w+ )?(nicht|nicht mehr) (gesetzlich |zwingend )?(aufbewahren|speichern|behalten) (mussen|durfen)\b|\b(zu deren|zur) aufbewahrung sie nicht (\w+ )?verpflichtet sind\b|\bnicht (mehr )?(gesetzlich |zwingend )?(erforderlich|notwendig|benotigt)\b|\bohne (\w+ )?(verzogerung|aufschub|verzug)\b",
    keep=r"\b(konto|kundenkonto|profil)\b.{0,25}\b(behalten|bestehen|bleiben|bleibt|offen)\b|\b(nichts|nicht|nix)\b.{0,15}\b(loschen|entfernen)\b|\bum\b.{0,40}\b(loschung|sperrung|deaktivierung|schliessung)\b.{0,20}\bzu (vermeiden|verhindern)\b|\b(loschung|sperrung|deaktivierung) (\w+ ){0,3}?(vermeiden|verhindern)\b",
    advertising=r"\b(werbung|reklame|werbe\w*|newsletter\w*|prospekte?|kataloge?|flyer|broschuren|angebote|aktionen|rabatt\w*|promotions?|spam|mailings?|sms|kurznachrichten|marketing\w*|postwurf\w*|abmeld\w*|abbestell\w*|\w*liste|verteiler\w*|einwilligung)\b",
    permission=r"\b(gerne|ruhig|es steht ihnen frei)\b",
    # (old papers are the writer's: "die alten Unterlagen können Sie löschen")
    non_data_object=r"\b(preisliste\w*|preistabelle\w*|katalog\w*|lagerbestand\w*|sortiment\w*|produktfoto\w*|produktbild\w*|rechnung\w*|gutschrift\w*|angebot|kostenvoranschlag|bestellung\w*|warenkorb|produkt\w*|anhang|anhange|nachricht\w*|(e-?mail|mail)s?(?!-?adresse)|gebuhr\w*|mahngebuhr\w*|etikett\w*|rucksendeetikett\w*|bewertung\w*|kommentar\w*|termin\w*|reservierung\w*|(die|das|den) alten?(?! (bewerbung\w*|lebenslauf\w*|\w*unterlagen))|(alte|vorherige|falsche|doppelte|erste)n? (version|datei|fassung))\b",
    # (a store of records named as where from: "löschen Sie meine Handynummer aus Ihrer
    # Lieferantendatenbank / Kundendatei / Ihrem System" is an erasure, even in a mail about calls)
    data_object=r"\b(daten|kundendaten|informationen|angaben|konto|kundenkonto|profil|datensatz|alles|mich|adresse|anschrift|namen?|historie|verlauf|\w*datenbank\w*|\w*kartei|kundendatei\w*|\w*stammdaten)\b|\b(aus|in) (ihrem|ihren|eurem|dem) (\w+ )?(system|systemen|crm)\b",
    phone_number=r"\b(telefon|handy|mobil|festnetz)?-?nummer\w*",
    phone_calls=r"\b(anruf\w*(?! (von|der|durch) (\w+ )?(kunden|kollegen|geschaftspartner\w*|lieferanten))|anzurufen|angerufen|ruft|rufen|telefonisch\w*|telefonwerbung|werbeanruf\w*|telefonmarketing)\b",
    superseded=r"\b(alte|alten|vorherige|vorherigen|falsche|falschen|fruhere|fruheren) ([\w-]*adresse|anschrift|\w*nummer|namen?|nachnamen?)\b|\b(falsche[nrs]?|fehlerhafte[nrs]?|unrichtige[nrs]?) [\w-]+\b",
    self_action=r"\b(wenn|falls|sobald|nachdem) ich\b.{0,40}\b(losche|entferne|deinstalliere)\b|"
    # a removal the writer would have to do, or did, themselves: "ein Konto, das ich dann wieder
    # löschen muss", "den Umschlag habe ich entsorgt"
    r"\b(das|die|den|was|welche[ns]?) (ich|wir) (\w+ ){0,3}?(loschen|entfernen|deinstallieren|kundigen) (muss|musste|mussen|mussten|kann|konnte|soll|sollte|werde|wurde)\b|"
    r"\b(habe|hab|hatte|haben|hatten) (ich|wir) (\w+ ){0,3}?(geloscht|entfernt|deinstalliert|entsorgt|vernichtet|geschreddert|weggeworfen)\b|\b(ich|wir) (habe|haben|hatte|hatten)\b.{0,60}\b(geloscht|entfernt|deinstalliert)\b|\bselbst\b.{0,40}\b(geloscht|entfernt|deinstalliert)\b",
    status_question=r"\b(wird|werden|ist|sind|wurde|wurden)\b (mein|meine|das|die|alle|es)\b.{0,30}\b(geloscht|entfernt)\b",
    location=r"\b(aus|von|in|im|auf) (ihrem|ihrer|ihren|meinem|meiner|dem|der|den|eurem|eurer|allen|samtlichen)( \w+){0,2}",
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
        r"^(mfg|lg|vg|viele grusse|beste grusse|liebe grusse|freundliche grusse|herzliche grusse|schone grusse|gruss|grusse|hochachtungsvoll|danke im voraus|vielen dank im voraus)\b",
        r"^(kind regards|best regards|cordialement|met vriendelijke groet(en)?)\b",
    ),
    filler=r"^(siehe betreff|s\.? betreff|siehe oben|von meinem \w+ gesendet)\W*$",
)
