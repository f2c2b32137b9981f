# ruff: noqa: E501  (one phrase pattern per line reads better than a wrapped one)
"""Dutch phrases, Flemish usage included (folded: lower case, no accents)."""

from worker.classify.rules import CLEAR, DIRECT_MARKETING, MARKETING, STRONG, WEAK, Lexicon, rule
from worker.domain import RequestType as T

_GEG = r"(persoonlijke |persoonsgebonden )?(persoons)?(gegevens|data|informatie|info|dossier|klantendossier|klantgegevens|contactgegevens)"
_JUL = r"(jullie|u|uw|je|gij|ge|jij)"
_WHAT = r"(naam|achternaam|voornaam|familienaam|adres|e-?mail(adres)?|mailadres|telefoon(nummer)?|gsm(-?nummer)?|nummer|geboortedatum|gegevens|adresgegevens|contactgegevens|straat|huisnummer)"
_PRIVACY = r"gegevens|privacy|gdpr|avg|persoonlijk|e-?mail|nieuwsbrief|nummer|adres|bellen|toestemming|spam|telefoon|gsm|data"
_ADS = r"\b(reclame\w*|promo\w*|aanbieding\w*|nieuwsbrie\w+|newsletters?|folders?|brochures?|catalog\w*|mailings?|publiciteit|spam|sms\w*|drukwerk)\b"
_NOMORE = r"(geen|niet meer|niet langer|nooit meer|stop|stoppen|stopzetten|stopt)"
_EMEDIA = r"(mails?|e-?mails?|mailtjes|mailings?|nieuwsbrie\w+|newsletters?|sms\w*|berichten|reclame\w*|promoties?|promomails?|aanbiedingen|aanbieding|publiciteit|spam|marketing\w*)"

RULES = (
    # access
    rule(T.ACCESS, r"\binzage\w*|\binzagerecht|\brecht op (toegang|inzage)|\bart(ikel)? ?15\b", STRONG),
    rule(T.ACCESS, rf"\bwat (weten|weet|hebben|heeft|bewaren|bewaart) {_JUL}\b.{{0,30}}\b(over|van) (mij|me)\b", STRONG),
    rule(T.ACCESS, rf"\bwelke {_GEG}\b.{{0,60}}\b(hebben|heeft|bewaren|bewaart|verwerken|verwerkt|bezitten|bezit|kennen|houden|beschikken|beschikt|opgeslagen|verzameld|bijgehouden|bijhouden|bijhoudt|opslaan|gebruiken|gebruikt|weten|zitten|staan|gelekt|gedeeld|doorgegeven|verkocht)\b", CLEAR),
    rule(T.ACCESS, rf"\bkopie\b.{{0,20}}\b(van|met)\b.{{0,15}}\b(mijn|de|alle|al mijn|uw) {_GEG}", STRONG),
    rule(T.ACCESS, rf"\b{_GEG}\b.{{0,40}}\b(opvragen|op te vragen|inkijken|in te kijken|inzien|in te zien|raadplegen|te raadplegen)\b", STRONG),
    rule(T.ACCESS, rf"\bwat {_JUL} (allemaal )?(over|van) (mij|me)\b.{{0,40}}\b(weten|weet|hebben|bijhouden|bewaren|opgeslagen|verzameld|kennen)", STRONG),
    rule(T.ACCESS, rf"\b(hoe|waar) (komen|zijn|hebben|halen|heeft|haalt|komt) {_JUL}\b.{{0,40}}\b(mijn|me|mij)\b", CLEAR),
    rule(T.ACCESS, rf"\b(stuur|bezorg|geef|bezorgen|bezorgt|sturen|bezorg|laat)\b.{{0,20}}\b(mij|me)\b.{{0,40}}\b{_GEG}\b", CLEAR),
    rule(T.ACCESS, rf"\boverzicht\b.{{0,25}}\b{_GEG}", CLEAR),
    rule(T.ACCESS, rf"\b(hebben|bewaren|verwerken|bezitten|hebt|heeft|bewaart) {_JUL}\b.{{0,30}}\b{_GEG}\b.{{0,25}}\b(over|van) (mij|me)\b", CLEAR),
    rule(T.ACCESS, r"\b(een|de|die) kopie\b(?! (is|werd|wordt|gaat|van deze|van dit))|\bkopie ervan\b", WEAK, context=r"\b(gegevens|data|informatie|persoonsgegevens)\b"),
    rule(T.ACCESS, rf"\b{_JUL} (nog |nog steeds |ook |eigenlijk )*{_GEG} (over|van) (mij|me)\b", CLEAR),
    rule(T.ACCESS, r"\baan wie\b.{0,50}\b(doorgegeven|gegeven|verkocht|bezorgd|gedeeld|doorgestuurd)", CLEAR, yields_to=T.RECTIFICATION),
    rule(T.ACCESS, rf"\bwelke van (mijn|m'n) {_GEG}|\b(weten|vernemen|horen)\b.{{0,20}}\bwelke\b.{{0,20}}\b{_GEG}\b", CLEAR),
    rule(T.ACCESS, rf"\bwelke {_GEG}\b.{{0,60}}\b(betrokken|getroffen|gestolen|buitgemaakt|uitgelekt|gelekt|gehackt)\b", CLEAR),
    rule(T.ACCESS, r"\b(weten|vernemen|horen|laten weten)\b.{0,20}\b(aan wie|met wie|wie nog)\b", CLEAR),
    # rectification
    rule(T.RECTIFICATION, r"\b(rectificatie|rechtzetting|rechtzetten|rechtgezet|recht te zetten|rectificeren)\b|\bart(ikel)? ?16\b", STRONG),
    rule(T.RECTIFICATION, rf"\b(verbeter\w*|corrigeer\w*|corrigeren|wijzig\w*|aanpassen|aan te passen|pas\b.{{0,20}}\baan|update\w*|veranderen|te veranderen|verander)\b.{{0,30}}\bmijn {_WHAT}\b", CLEAR),
    rule(T.RECTIFICATION, rf"\bmijn (oude |nieuwe? |huidige )?{_WHAT}\b (is|werd|zijn) (veranderd|gewijzigd|niet (meer )?juist|fout)\b", CLEAR),
    rule(T.RECTIFICATION, rf"\bmijn (oude |nieuwe? |huidige )?{_WHAT}\b.{{0,50}}\b(verbeteren|te verbeteren|corrigeren|te corrigeren|aanpassen|aan te passen|wijzigen|te wijzigen|veranderen|te veranderen|updaten|aangepast|gewijzigd|verbeterd|gecorrigeerd|rechtzetten|recht te zetten)\b", CLEAR),
    rule(T.RECTIFICATION, r"\b(ben|zijn) (pas |onlangs |recent |net )?verhuisd\b|\bverhuis\w*\b|\bmijn nieuwe? (adres|e-?mailadres|mailadres|naam)\b|\bnieuw adres\b", CLEAR),
    rule(T.RECTIFICATION, r"\b(fout\w*|verkeerd\w*|onjuist\w*|niet juist|niet correct|niet meer (juist|correct|actueel)|verouderd\w*|foutief\w*|misspeld|gespeld)\b", CLEAR, context=r"\b(\w*naam|\w*adres|gegevens|gespeld|geboortedatum|e-?mail\w*|spelling)\b"),
    rule(T.RECTIFICATION, r"\b(het|dat|die|hij|deze) (is|moet( zijn)?|hoort te zijn)\b.{1,60}\b(en niet|in plaats van|ipv)\b", CLEAR, context=r"\b(\w*naam|\w*adres|e-?mail\w*|gespeld|spelling|geboortedatum|\w*nummer)\b", negatable=False),
    rule(T.RECTIFICATION, rf"\bmijn {_WHAT}\b.{{0,25}}\b(is|zijn|werd) (veranderd|gewijzigd|nieuw)\b|\b(verbeter|corrigeer|pas)\b (het|dat|die|ze|dit)( aan)?\b", CLEAR, context=r"\b(\w*naam|\w*adres|\w*nummer|gsm|e-?mail\w*|gegevens|geboortedatum)\b", context_window=1),
    # erasure
    rule(T.ERASURE, r"\b(mijn|alle|al|me|mij|alles|account|profiel)\b.{0,50}\b(verwijder\w*|wis|wissen|gewist|schrap\w*|geschrapt|vernietig\w*|uitvegen)\b", STRONG, list_sensitive=True),
    rule(T.ERASURE, r"\b(verwijder\w*|wis|wissen|schrap\w*|vernietig\w*)\b.{0,40}\b(mijn|alle|al|me|mij|alles|account|profiel|gegevens)\b", STRONG, list_sensitive=True),
    rule(T.ERASURE, r"\b(gegevens|account|alles|profiel) (wist|verwijdert|schrapt)\b", STRONG, list_sensitive=True),
    rule(T.ERASURE, r"\b(gegevens|ze|die|deze|dit|dat|het|alles)\b.{0,30}\b(verwijderen|te verwijderen|wissen|te wissen|schrappen|te schrappen|vernietigen|te vernietigen)\b", CLEAR, list_sensitive=True),
    rule(T.ERASURE, r"\bvergeten (te )?worden\b|\brecht om vergeten|\bvergeet (mij|me)\b|\b(mij|me) (volledig |helemaal |compleet |voorgoed )?vergeten\b|\bart(ikel)? ?17\b", STRONG),
    rule(T.ERASURE, rf"\bhaal (mij|me|mijn gegevens|mijn naam)\b.{{0,25}}\buit\b|\buit {_JUL} (bestand|bestanden|databank|databanken|database|systeem|systemen|gegevensbank|klantenbestand|registers?|crm)\b", STRONG, list_sensitive=True),
    rule(T.ERASURE, r"\b(verwijdering|gegevenswissing|wissing)\b", CLEAR, list_sensitive=True),
    rule(T.ERASURE, r"\b(account|profiel|klantenaccount|klantaccount)\b.{0,30}\b(opheffen|op te heffen|opheft|afsluiten|af te sluiten|afsluit|sluiten|opzeggen)\b", WEAK),
    rule(T.ERASURE, r"\b(wil|wens|vraag|graag)\b.{0,40}\b(gegevens|account|profiel|alles|dossier)\b.{0,20}\b(weg|verdwenen)\b", STRONG),
    rule(T.ERASURE, r"\b(ze|die|deze|gegevens|alles|het|data)\b.{0,30}\b(gewist|verwijderd|geschrapt|vernietigd) (worden|wordt|zijn|is)\b", CLEAR, list_sensitive=True),
    # restriction
    rule(T.RESTRICTION, r"\bbeperk\w*\b.{0,40}\bverwerk|\bverwerk\w*\b.{0,40}\bbeperk|\bart(ikel)? ?18\b", STRONG),
    rule(T.RESTRICTION, r"\b(tijdelijk|voorlopig|even)\b.{0,50}\b(niet (meer )?(gebruiken|verwerken)|stopzetten|stop|stoppen|bevriezen|blokkeren|opschorten|on hold)\b", CLEAR, negatable=False),
    rule(T.RESTRICTION, r"\b(opschort\w*|op te schorten|schort\b.{0,30}\bop)\b", CLEAR, context=r"gebruik|verwerk|gegevens"),
    rule(T.RESTRICTION, r"\b(blokkeer|blokkeren|bevries|bevriezen|opschorten)\b.{0,30}\b(mijn|gegevens|account)|\bmijn (gegevens|account|dossier)\b.{0,30}\b(blokkeren|bevriezen|opschorten)", CLEAR),
    rule(T.RESTRICTION, r"\b(zolang|totdat|tot)\b.{0,80}\b(niet|geen)\b.{0,80}\b(gebruik\w*|verwerk\w*|doorgegeven|doorgeven|gedeeld|delen)\b|\b(niet|geen)\b.{0,30}\b(gebruik\w*|verwerk\w*)\b.{0,50}\b(zolang|totdat|tot (de|het|er|dat))\b|\b(gebruik\w*|verwerk\w*)\b.{0,20}\b(niet|geen)\b.{0,50}\b(zolang|totdat|tot (de|het|er|dat))\b", CLEAR, negatable=False),
    rule(T.RESTRICTION, r"\b(bewaren|bijhouden|houden|hou|houd|bewaar)\b.{0,40}\b(maar|doch)\b.{0,40}\b((niet|geen|nergens|niets)\b.{0,30}\b(gebruik\w*|verwerk\w*)|(gebruik\w*|verwerk\w*)\b.{0,30}\b(niet|nergens|niets) (meer|langer))", CLEAR, negatable=False),
    rule(T.RESTRICTION, r"\b(nergens|niets) (anders|meer) voor\b|\bvoor niets anders\b|\bvoor geen ander(e)? doel", CLEAR, negatable=False, mail_context=r"\b(bijhouden|bewaren|bijhoudt|bewaart|houden)\b"),
    # portability
    rule(T.PORTABILITY, r"overdraagbaar\w*|\bmachine ?leesba+r|\bart(ikel)? ?20\b", STRONG),
    rule(T.PORTABILITY, r"\b(csv|json|xml|excel|gestructureerd\w*)\b", CLEAR, context=r"gegevens|data|bestand|formaat|export"),
    rule(T.PORTABILITY, r"\b(overdragen|over te dragen|overzetten|over te zetten|doorsturen|door te sturen|overmaken|over te maken|overbrengen|over te brengen|meenemen|mee te nemen)\b", CLEAR, context=r"\b(andere|nieuwe|ander|nieuw)\b.{0,20}\b(leverancier|werkgever|bedrijf|aanbieder|firma|dienstverlener|partij|systeem|platform)|\b(leverancier|werkgever|aanbieder|dienstverlener)\b"),
    rule(T.PORTABILITY, r"\bexport\w*\b", CLEAR, context=r"gegevens|data"),
    # objection
    rule(DIRECT_MARKETING, r"\b(maak|maken|teken|tekenen|aantekenen|dien|dienen|wil)\b.{0,20}\bbezwaar\b|\bbezwaar\b.{0,25}\b(aan|tegen|in)\b|\bverzet\w* (mij|me|ik mij|ik me)?\s?tegen\b|\brecht (van|op) verzet\b", STRONG, negatable=False),
    rule(T.OBJECTION, r"\bart(ikel)? ?21\b", STRONG),
    rule(T.OBJECTION, r"\bprofiler\w*|\bprofielen\b|\bprofiel (van mij )?(opstellen|opmaken|aanleggen)|\bsegment\w*|\bgeautomatiseerde besluit", CLEAR, negatable=False, tag="profiling"),
    rule(T.OBJECTION, r"\b(bel|belt|bellen|opbellen|contacteren|telefoneren)\b.{0,40}\b(niet meer|nooit meer|niet langer)\b|\b(niet|nooit) (meer|langer)\b.{0,30}\b(bellen|opbellen|op te bellen|te bellen|telefonisch|gebeld)\b|\b(stop|stoppen|gedaan)\b.{0,20}\b(met )?(bellen|telefoontjes|telefonisch|oproepen)\b|\bgeen (telefoontjes|telefonische|oproepen)\b|\b(telefoontjes|oproepen)\b.{0,40}\b(stoppen|ophouden|stopzetten|gedaan)\b", STRONG, negatable=False),
    rule(T.OBJECTION, r"\b(geen|niet meer|stop|stoppen|nooit meer)\b.{0,40}\b(folders|brieven|brief|catalogus|catalogi|brochures?|drukwerk|reclamedrukwerk|post|papieren)\b", CLEAR, negatable=False),
    rule(DIRECT_MARKETING, r"\bdirect ?marketing\b|\bdirecte marketing\b", CLEAR, negatable=False),
    rule(T.OBJECTION, r"\bgebruik\w*\b.{0,30}\bgegevens\b.{0,40}\b(niet meer|niet langer|stopzetten|stoppen)\b|\b(stop|stopzetten|stoppen)\b.{0,30}\b(gebruik|verwerking|delen)\b.{0,20}\b(van )?mijn (persoons)?gegevens", CLEAR, negatable=False, yields_to=T.RESTRICTION),
    rule(T.OBJECTION, r"\bgerechtvaardigd\w* belang", WEAK, negatable=False),
    rule(T.OBJECTION, r"\b(gerichte|gepersonaliseerde|persoonlijke) (reclame|advertenties|aanbiedingen|marketing|promoties)\b|\bop (basis|grond) van (mijn|m'n) (aankopen|aankoopgedrag|aankoopgeschiedenis|surfgedrag|bestellingen)\b|\b(aankoopgedrag|surfgedrag|koopgedrag|aankoopgeschiedenis)\b", CLEAR, negatable=False, tag="profiling"),
    rule(T.OBJECTION, r"\b(verbied|verbiedt|verbieden|ontzeg)\b.{0,40}\b(gebruik\w*|verwerk\w*|delen|analyse\w*)\b", CLEAR, negatable=False, yields_to=T.RESTRICTION),
    rule(T.OBJECTION, r"\b(klant|koop|aankoop)?(profiel\w*|scores?|scoring) (opmaken|opstellen|maken|aanleggen|bijhouden|berekenen|toekennen)\b|\bklantprofiel\w*|\bscoren\b|\bingedeeld in (categorieen|groepen|segmenten)\b", CLEAR, negatable=False, tag="profiling"),
    # marketing opt-out
    rule(T.MARKETING_OPT_OUT, r"\buit ?(te )?schrijv\w*|\bschrijf\b.{0,25}\buit\b|\buitgeschreven\b|\bafmeld\w*|\bmeld\b.{0,20}\baf\b|\bafgemeld\b", STRONG, negatable=False),
    rule(MARKETING, rf"\b{_NOMORE}\b.{{0,40}}\b{_EMEDIA}\b", CLEAR, negatable=False),
    rule(MARKETING, rf"\b{_EMEDIA}\b.{{0,50}}\b(niet meer|niet langer|nooit meer|stoppen|stopzetten|stop)\b", CLEAR, negatable=False),
    rule(MARKETING, r"\b(stop|stoppen|gedaan)\b.{0,5}\b(daar|er|hier)mee\b|\b(daar|er|hier)mee\b.{0,10}\b(stoppen|ophouden)\b", CLEAR, negatable=False),
    rule(MARKETING, r"\bvan (uw|uwe|jullie|je|de|die) (\w+ )?(nieuwsbrief|mailinglijst|verzendlijst|lijst|mailing)\b", CLEAR, negatable=False),
    rule(T.MARKETING_OPT_OUT, r"\b(mailinglijst|verzendlijst|mailinglist|mailinglijsten|adressenlijst|mailing ?lijst)\b", CLEAR, negatable=False),
    rule(MARKETING, r"\btoestemming\b.{0,30}\b(in ?trekken|in te trekken|intrek|trek)\b|\btrek\b.{0,30}\btoestemming\b.{0,10}\bin\b", CLEAR, negatable=False),
    rule(MARKETING, r"\b(daar|hier|er) wil ik (van ?af|niets (meer )?van weten)\b|\bwil (ik )?(ze|die|dat|deze|dit|het|er) niet (meer|langer)( ontvangen| krijgen)?\b|\bhoef (ik )?(ze|die|dat|het|deze|dit) niet (meer)?\b", CLEAR, negatable=False, mail_context=_ADS),
    # complaint
    rule(T.COMPLAINT, r"\bklacht\w*|\bbeklag\w*|\bklaag\b|\bklagen\b", STRONG, mail_context=_PRIVACY, conditional_drop=True),
    rule(T.COMPLAINT, r"\b(gegevensbeschermingsautoriteit|privacycommissie|toezichthoud\w*|gba|apd)\b", CLEAR, conditional_drop=True, negatable=False),
    rule(T.COMPLAINT, r"\b(onaanvaardbaar|onacceptabel|schandalig|schandaal|verontwaardigd|woedend|kwaad|boos|ontoelaatbaar|ongehoord)\b", CLEAR, context=r"\b(gegevens|data|privacy|verzoek|vraag|lek\w*|datalek|gehackt|hack\w*|doorgegeven|verkocht|gedeeld)\b", mail_context=r"\b(gegevens|privacy|gdpr|avg|verwijder\w*|persoonlijk\w*|uitschrijv\w*|lek\w*|gehackt)\b", conditional_drop=True, negatable=False),
)

LEXICON = Lexicon(
    code="nl",
    stopwords=frozenset(
        ["de", "het", "een", "en", "van", "ik", "mijn", "jullie", "u", "uw", "niet", "dat", "die", "dit", "is", "zijn", "wil", "graag", "om", "te", "met", "voor", "op", "aan", "bij", "ook", "maar", "nog", "wel", "geen", "zou", "kunnen", "willen", "hebben", "heb", "heeft", "wat", "welke", "mij", "me", "gelieve", "beste", "geachte", "groeten", "vriendelijke", "dank", "alvast", "bedankt", "hallo", "dag", "goedemiddag", "goedemorgen", "mvg", "ge", "gij", "zijt", "hoe", "waarom", "daarom", "aub"]
    ),
    rules=RULES,
    keywords=(
        "verwijderen", "verwijder", "verwijderd", "gegevens", "persoonsgegevens", "uitschrijven",
        "nieuwsbrief", "nieuwsbrieven", "inzage", "inzagerecht", "kopie", "verbeteren",
        "corrigeren", "aanpassen", "wijzigen", "beperking", "verwerking", "overdraagbaarheid",
        "bezwaar", "profilering", "klacht", "vergeten", "bestanden", "databank", "afmelden",
        "mailinglijst", "verzendlijst", "reclame", "geboortedatum", "verhuisd", "telefoontjes",
        "opbellen", "overdragen", "leverancier", "machineleesbaar", "gegevensbeschermingsautoriteit",
        "toestemming", "intrekken", "schrappen", "folders", "brieven", "opvragen",
    ),
    protected=(
        "gegeven", "catalogus", "portabiliteit", "bestand", "verwerkt", "verwijst", "verwijzen", "vergeet", "vergeten",
        "bestek", "kopen", "wijziging", "berichten", "bezwaren", "klachten", "geboren",
        "beperkt", "aanpak", "brieven", "bedrijven", "verbetering", "verwerken", "verwijdering",
        "verhuizen", "gegevensbank", "reclames",
    ),
    negation=r"\b(niets|nie|niet|geen|nooit|hoeft|hoeven|hoef|in plaats van|zonder|noch)\b(?! (meer|langer)\b)",
    history=r"\b(gevraagd|verzocht|aangevraagd|gemaild|gevraagd hebben)\b|\bvroeg (ik|ik al)\b",
    condition=r"\b(anders|zo niet|indien|tenzij|bij gebrek aan|zoniet)\b|\bof (anders )?(ik|we|wij) (dien|dienen|stap|stappen|ga|gaan|zal|zullen|trek|trekken)\b|\b(als|wanneer) (jullie|u|je|ge|dat|dit|het|ik)\b.{0,50}\b(niet|geen)\b",
    post_or_phone=r"\b(post|per post|brieven|brief|folders?|catalogus|catalogi|brochures?|drukwerk|(brieven)?bus|papier\w*|telefo\w*|bellen|gebeld|opbellen|oproepen|gsm)\b",
    electronic=r"\b(e-?mails?|mails?|mailtjes|nieuwsbrie\w+|newsletters?|sms\w*|online|elektronisch\w*|whatsapp|digita\w*|inbox|mailbox)\b",
    marketing_list=r"\b(mailinglijst|verzendlijst|mailinglist|mailing ?lijst|adressenlijst|nieuwsbrie\w+|newsletter|reclamelijst|mailings?|sms-?lijst\w*|promolijst\w*|bellijst\w*|belbestand\w*|telefoonlijst\w*|call ?list)\b",
    sales_pitch=r"\b(wij bieden|we bieden|onze (oplossing|diensten|software|producten|expertise|tool)|(vrijblijvend|kort) (gesprek|kennismakingsgesprek)|demo|webinar|gratis proef|samenwerking)\b",
    non_data_object=r"\b(cv|sollicitatie\w*|factu+r\w*|creditnota\w*|offerte\w*|bestelling\w*|winkelmand\w*|product\w*|bijlage\w*|(e-?mail|mailtje|bericht)(?!adres)\w*|kosten|boete\w*|toeslag\w*|retourlabel\w*|label|review\w*|afspraak|afspraken|reservatie\w*|reservering\w*|(vorige|oude|eerste|foute|dubbele) (versie|exemplaar|bestand))\b",
    data_object=r"\b(gegevens|persoonsgegevens|data|info\w*|account\w*|profiel|dossier\w*|klantendossier|alles|mij|me|adres\w*|naam|geschiedenis|historiek)\b",
    phone_number=r"\b(telefoon|gsm|mobiel|vast)?-?nummers?\b|\bgsm\b",
    phone_calls=r"\b(bel|belt|bellen|belde|belden|bellijst\w*|belbestand\w*|gebeld|opbellen|opgebeld|telefoontjes?|telefonisch\w*|oproepen|telemarketing)\b",
    superseded=r"\b(oude|vorige|vroegere|foute|verkeerde) (\w*adres|\w*nummer|\w*naam|e-?mail\w*)\b",
    self_action=r"\b(als|wanneer|indien|nadat|eens) (ik|we|wij)\b.{0,40}\b(verwijder\w*|wis|wist|gewist)\b|\b(ik|we|wij) (heb|hebben|had|hadden)\b.{0,30}\b(verwijderd|gewist)\b",
    status_question=r"\b(is|zijn|wordt|worden|werd|werden|blijft)\b (mijn|de|het|alle|die|dat|alles)\b.{0,30}\b(verwijderd|gewist)\b",
    location=r"\b(uit|van|in|op) (jullie|uw|mijn|het|de|je|m'n)( \w+){0,2}",
    cut_markers=(
        r"^-{2,} ?(oorspronkelijk|origineel) bericht ?-{2,}",
        r"^-{2,} ?doorgestuurd bericht ?-{2,}",
        r"^op .{0,140}\b(schreef|heeft .{0,40} geschreven)\b.{0,80}:?$",
        r"^van: .*\n(verzonden|datum|sent): ",
        r"^-{2,} ?original message ?-{2,}",
        r"^-{2,} ?message d'origine ?-{2,}",
        r"^le .{0,140}\ba ecrit ?:?$",
        r"^on .{0,120}\bwrote:?$",
        r"^from: .*\n(sent|date): ",
        r"^de ?: .*\n(envoye|date) ?: ",
        r"^_{10,}$",
    ),
    footer_markers=(
        r"(dit|deze) (e-?mail|bericht)(bericht)?( en (eventuele|alle|de) bijlagen?)? (is|zijn|kan|bevat)\b.{0,40}(vertrouwelijk|uitsluitend bestemd)",
        r"indien (u|je) (niet de|dit bericht).{0,80}(geadresseerde|bestemmeling|per vergissing|onterecht)",
        r"^verzonden (vanaf|van) mijn (iphone|ipad|android|samsung|gsm|smartphone)",
        r"denk aan het milieu",
        r"ce (message|courriel|e-?mail)( et (ses|toutes) (pieces jointes|annexes))? (est|sont) (strictement )?confidentiel",
        r"(this|the) (e-?mail|message)( and any (files|attachments))? (is|are|may be|contains?) (strictly )?(confidential|privileged)",
    ),
    closings=(
        r"^(met )?(vriendelijke|beste|hartelijke|hoogachtende|vriendelijke) groet(en)?\b",
        r"^(mvg|vg|groetjes|groeten|hoogachtend|met de meeste hoogachting|dank bij voorbaat|alvast bedankt|bedankt|dank u|dank je)\b\W*$",
        r"^(cordialement|bien cordialement|salutations|kind regards|best regards)\b",
    ),
    filler=r"^(zie onderwerp|zie onderwerpregel|zie titel|zie hierboven|verzonden vanaf mijn \w+)\W*$",
)
