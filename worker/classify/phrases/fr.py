# ruff: noqa: E501  (one phrase pattern per line reads better than a wrapped one)
"""French phrases, Belgian usage included (folded: lower case, no accents)."""

from worker.classify.rules import CLEAR, DIRECT_MARKETING, MARKETING, STRONG, WEAK, Lexicon, rule
from worker.domain import RequestType as T

_DON = r"(donnees|informations|infos|coordonnees|renseignements|dossier)"
_WHAT = r"(nom|prenom|nom de famille|adresse|e-?mail|adresse e-?mail|numero|numero de telephone|gsm|date de naissance|donnees|coordonnees|orthographe)"
_PRIVACY = r"donnees|vie privee|rgpd|gdpr|personnel|e-?mail|newsletter|numero|adresse|appel|consentement|spam|telephone|courriel|gsm"
_ADS = r"\b(newsletters?|pubs?|publicites?|promotions?|promos?|offres|catalogues?|prospectus|brochures?|depliants|toutes-boites|folders|mailings?|spams?|sms|infolettres?|lettres? d'information)\b"
_NOMORE = r"(plus de|arretez|arreter|cessez|cesser|stop|stoppez|ne (\w+ )?plus|n'\w+ plus|aucune?|pas de)"
_EMEDIA = r"(e-?mails?|mails?|courriels?|newsletters?|lettres? d'information|infolettres?|pubs?|publicites?|sms|offres|promotions?|promos?|messages|spams?|sollicitations|communications commerciales|informations commerciales|marketing)"

RULES = (
    # access
    rule(T.ACCESS, r"\bdroit d'?acces\b|\bart(icle)? ?15\b", STRONG),
    rule(T.ACCESS, r"\bacces\b.{0,10}\b(a|aux) (toutes )?(mes|les|l'ensemble de mes) (donnees|informations)", STRONG),
    rule(T.ACCESS, rf"\bcopie\b.{{0,20}}\b(de |des |d')(toutes )?(mes|les|l'ensemble des?|mon)? ?{_DON}", STRONG),
    rule(T.ACCESS, r"\bquel(le)?s? (sont les )?(donnees|informations|infos)\b.{0,70}\b(avez|detenez|conservez|traitez|possedez|disposez|stockez|gardez|collecte\w*|enregistre\w*|detenues|conservees|traitees)\b", CLEAR),
    rule(T.ACCESS, r"\bce que vous (savez|avez|detenez|conservez|gardez|possedez)\b.{0,30}\b(sur moi|me concernant|de moi|a mon (sujet|propos))\b", STRONG),
    rule(T.ACCESS, rf"\b(communiquer|transmettre|envoyer|obtenir|consulter|connaitre|savoir|avoir acces|communiquez|transmettez|envoyez)\b.{{0,50}}\b{_DON}\b.{{0,40}}\b(me concernant|sur moi|a mon sujet|que vous (avez|detenez|possedez|conservez|traitez))", CLEAR),
    rule(T.ACCESS, r"\b(comment|ou) (avez-vous|vous avez|avez vous)\b.{0,30}\b(obtenu|eu|recu|trouve|recupere)\b|\bd'ou (viennent|proviennent|vient)\b.{0,30}\b(mes|mon|ma)\b", CLEAR),
    rule(T.ACCESS, rf"\b(detenez|possedez|avez|conservez|traitez)[- ]vous\b.{{0,30}}\b{_DON}\b", CLEAR),
    rule(T.ACCESS, r"\b(une|la) copie\b(?! (est|a ete|sera|de (ce|cette|la presente)))", WEAK, context=r"\b(donnees|informations)\b"),
    rule(T.ACCESS, r"\ba qui\b.{0,50}\b(transmis|communique|vendu|donne|partage)\w*", CLEAR, context=r"\b(donnees|informations|coordonnees|adresse|numero)\b"),
    rule(T.ACCESS, r"\bquel(le)?s? (de mes )?(donnees|informations|infos|coordonnees)\b.{0,40}\b(concernee|touchee|volee|exposee|compromise|divulguee|fuite)s?\b", CLEAR),
    rule(T.ACCESS, r"\b(savoir|connaitre|indiquer|dire)\b.{0,20}\b(a qui|avec qui|qui d'autre)\b", CLEAR),
    # rectification
    rule(T.RECTIFICATION, r"\brectifi\w*|\bart(icle)? ?16\b", STRONG),
    rule(T.RECTIFICATION, rf"\b(corrige\w*|modifie\w*|change\w*|mettre a jour|mettez a jour|mise a jour|actualise\w*|adapte\w*)\b.{{0,30}}\b(mon|ma|mes) {_WHAT}\b", CLEAR),
    rule(T.RECTIFICATION, r"\b(n'est|ne sont) plus (valable|valide|correct|correcte|a jour|d'actualite|utilise)s?\b|\ble nouveau (numero )?est\b", CLEAR, context=r"\b(numero|adresse|nom|e-?mail|gsm|coordonnees)\b"),
    rule(T.RECTIFICATION, r"\bj'?ai demenage\b|\bdemenag\w*|\b(ma |mon )?nouvelle? (adresse|e-?mail|adresse e-?mail|nom)\b", CLEAR),
    rule(T.RECTIFICATION, r"\b(erreur\w*|errone\w*|incorrect\w*|inexact\w*|mal orthographi\w*|mal ecrit\w*|faute\w*|pas correct\w*|plus a jour|obsolete|faux|fausses?)\b", CLEAR, context=r"\b(nom|prenom|adresse|donnees|naissance|e-?mail|orthographe|coordonnees|informations|dossier|mentionne\w*)\b"),
    rule(T.RECTIFICATION, r"\bc'est\b.{1,60}\bet (non|pas)\b|\b(il|elle) (faut|faudrait) (lire|ecrire)\b", CLEAR, context=r"\b(nom|prenom|adresse|e-?mail|orthographe|orthographie\w*|ecrit|naissance|numero)\b", negatable=False),
    rule(T.RECTIFICATION, rf"\b(mon|ma|mes) {_WHAT}\b.{{0,25}}\b(a change|ont change|a ete change\w*|est change\w*)\b|\ble nouveau,? c'est\b|\b(corrigez|rectifiez|modifiez|changez|adaptez)[- ](les|la|le)\b", CLEAR, context=r"\b(nom|prenom|adresse|numero|gsm|e-?mail|donnees|informations|dossier|coordonnees)\b", context_window=1),
    # erasure
    rule(T.ERASURE, r"\b(supprim\w*|effac\w*|detrui\w*)\b.{0,40}\b(mes|mon|ma|moi|toutes|tout|me|m'|l'ensemble)", STRONG, list_sensitive=True),
    rule(T.ERASURE, r"\bretir\w*\b.{0,20}\b(moi|mes donnees|mon nom|mes coordonnees|mon adresse)\b", CLEAR, list_sensitive=True),
    rule(T.ERASURE, r"\b(mes|mon|ma|toutes|tout)\b.{0,50}\b(supprim\w*|effac\w*|detrui\w*)", STRONG, list_sensitive=True),
    rule(T.ERASURE, r"\b(qu'?(elles|ils)|les|la|le) (soient |soit )?(supprim\w*|effac\w*|detrui\w*)", CLEAR, context=r"\b(donnees|informations|infos|coordonnees|dossier)\b"),
    rule(T.ERASURE, r"\bdroit a l'?oubli\b|\bdroit a l'effacement\b|\boubliez[- ]moi\b|\bart(icle)? ?17\b", STRONG),
    rule(T.ERASURE, r"\b(suppression|effacement)\b", CLEAR, list_sensitive=True),
    rule(T.ERASURE, r"\b(de|hors de) (vos|votre) (fichiers?|bases? de donnees|systemes?|registres?)\b", CLEAR, list_sensitive=True),
    rule(T.ERASURE, r"\b(fermer|cloturer|fermez|cloturez|resilier)\b.{0,20}\bcompte\b", WEAK),
    rule(T.ERASURE, r"\b(veux|voudrais|souhaite|souhaiterais|aimerais)\b.{0,40}\b(donnees|compte|profil|tout|informations|dossier)\b.{0,20}\b(disparaiss\w*|disparu\w*|disparaitre)\b", STRONG),
    # restriction
    rule(T.RESTRICTION, r"\blimit\w*\b.{0,40}\b(traitement|utilisation)\b|\bart(icle)? ?18\b", STRONG),
    rule(T.RESTRICTION, r"\b(geler|bloquer|suspendre|gelez|bloquez|suspendez|gel|blocage|suspension)\b.{0,40}\b(traitement|donnees|utilisation|dossier|compte)", CLEAR),
    rule(T.RESTRICTION, r"\b(conserver|gardez|garder|conservez)\b.{0,50}\bmais\b.{0,50}\b(utilis\w*|trait\w*)", CLEAR, negatable=False),
    rule(T.RESTRICTION, r"\b(en attendant|jusqu'a|le temps|tant que)\b.{0,80}\b(plus|pas)\b.{0,30}\b(utilis\w*|trait\w*)|\b(plus|pas)\b.{0,30}\b(utilis\w*|trait\w*)\b.{0,60}\b(en attendant|jusqu'a|le temps)\b|\b(utilis|trait)\w* (plus|pas)\b.{0,60}\b(en attendant|jusqu'a|le temps|tant que)\b", CLEAR, negatable=False),
    rule(T.RESTRICTION, r"\b(a|pour) (aucune autre fin|aucun autre usage|rien d'autre)\b|\ba d'autres fins\b", CLEAR, negatable=False, mail_context=r"\b(conserv\w*|gard\w*|archiv\w*)\b"),
    # portability
    rule(T.PORTABILITY, r"\bportabilit\w*|\blisible par (une )?machine|\bart(icle)? ?20\b", STRONG),
    rule(T.PORTABILITY, r"\b(csv|json|xml|excel)\b|\bformat (structure|electronique|numerique|courant)", CLEAR, context=r"donnees|informations|fichier|format|export"),
    rule(T.PORTABILITY, r"\b(transferer|transmettre|transferez|transmettez|transfert)\b.{0,60}\b(a|vers|chez|au) (un |une |mon |ma |mon futur |mon nouvel |le nouveau |la nouvelle )?(autre|nouveau|nouvel|nouvelle|futur)\b", CLEAR, context=r"donnees|informations|dossier|historique"),
    rule(T.PORTABILITY, r"\bexport\w*\b", CLEAR, context=r"donnees|informations"),
    rule(T.PORTABILITY, r"\b(transmettre|envoyer|fournir|donner|transferer)\b.{0,40}\b(mes donnees|fichier|format)\b", CLEAR, mail_context=r"\b(autre|nouveau|nouvel|nouvelle)\b.{0,20}\b(fournisseur|prestataire|employeur|societe)\b"),
    # objection
    rule(DIRECT_MARKETING, r"\bopposition\b|\bm'?oppose\w*\b|\bje m'oppose|\bopposer\b|\bdroit d'opposition", STRONG, negatable=False),
    rule(T.OBJECTION, r"\bart(icle)? ?21\b", STRONG),
    rule(T.OBJECTION, r"\bprofilage\b|\bsegmentation\b|\bprofil (commercial|marketing)|\bdecision automatisee", CLEAR, negatable=False, tag="profiling"),
    rule(T.OBJECTION, r"\b(ne (plus|pas|jamais) (m'|me |nous )?(appeler|telephoner|appelez|telephonez|rappeler))|\b(arretez|cessez|stop|arreter|cesser)\b.{0,20}\b(de m'appeler|de me telephoner|les appels|vos appels|d'appeler|le harcelement telephonique)|\bne m'appelez plus\b|\bne me (telephonez|rappelez) plus\b|\b(plus d'|aucun )(appels?|coups de fil)\b|\bdemarchage telephonique\b|\bappels?\b.{0,40}\b(cesser|arreter|stop|plus)\b", STRONG, negatable=False),
    rule(T.OBJECTION, rf"\b{_NOMORE}\b.{{0,40}}\b(courriers? (postaux|papier)|courriers?\b(?! electronique)|prospectus|catalogues?|brochures?|depliants|toutes-boites|folders|lettres)\b|\b{_NOMORE}\b.{{0,40}}\b(par (la )?poste|dans (ma|la) boite aux lettres)\b", CLEAR, negatable=False),
    rule(DIRECT_MARKETING, r"\bdemarch\w*", CLEAR, negatable=False),
    rule(DIRECT_MARKETING, r"\bmarketing direct\b|\bprospection( commerciale)?\b", CLEAR, negatable=False),
    rule(T.OBJECTION, r"\b(n'utilisez plus|cessez d'utiliser|arretez d'utiliser|ne plus utiliser|cesser d'utiliser|arreter d'utiliser|ne plus traiter|cessez de traiter)\b.{0,30}\b(mes|mon|ma)\b", CLEAR, negatable=False, yields_to=T.RESTRICTION),
    rule(T.OBJECTION, r"\binteret legitime\b", WEAK, negatable=False),
    rule(T.OBJECTION, r"\bne (\w+ )?(plus|jamais) (etre )?(appele|rappele|telephone)e?s?\b|\bne (\w+ )?(plus|jamais) (etre )?(contacte|sollicite|demarche)e?s? par telephone\b", STRONG, negatable=False),
    rule(T.OBJECTION, r"\b(pubs?|publicites?|offres|annonces|marketing|promotions?) (ciblee?s?|personnalisee?s?)\b|\b(sur (la )?base|en fonction|a partir|au vu) de mes (achats|commandes|habitudes)\b|\b(habitudes|comportement|historique) d'achats?\b", CLEAR, negatable=False, tag="profiling"),
    rule(T.OBJECTION, r"\b(vous )?interdi\w*\b.{0,40}\b(utiliser|traiter|exploiter|partager|transmettre|analyser)\b", CLEAR, negatable=False, yields_to=T.RESTRICTION),
    rule(T.OBJECTION, r"\b(scoring|notation|score) (des )?(clients|commercial)\b|\bprofils? (clients?|commerciaux|marketing|d'achat)\b|\b(m'attribuer|attribuer) un score\b", CLEAR, negatable=False, tag="profiling"),
    # marketing opt-out
    rule(T.MARKETING_OPT_OUT, r"\bdes-?abonn\w*|\bdes-?inscri\w*", STRONG, negatable=False),
    rule(MARKETING, rf"\b{_NOMORE}\b.{{0,60}}\b{_EMEDIA}\b", CLEAR, negatable=False),
    rule(MARKETING, r"\bretir\w*\b.{0,30}\bconsentement\b|\bconsentement\b.{0,30}\bretir\w*", CLEAR, negatable=False),
    rule(MARKETING, r"\b(retir|enlev|supprim|ot)\w*[- ]moi\b.{0,20}\b(de |d')(la|votre|vos|cette|ces) (liste|listes|mailing|newsletter|envois)", CLEAR, negatable=False),
    rule(T.MARKETING_OPT_OUT, r"\b(liste|listes) de (diffusion|distribution|mailing|contacts?|envoi)\b|\bmailing ?list", CLEAR, negatable=False),
    rule(MARKETING, r"\bje n'en (veux|souhaite|desire) plus\b|\bne (veux|souhaite|desire) plus (les|la|le|en) recevoir\b|\bne plus (les|la|le|en) recevoir\b|\bn'en veux plus\b", CLEAR, negatable=False, mail_context=_ADS),
    # complaint
    rule(T.COMPLAINT, r"\bplainte\b|\bje me plains\b|\bme plaindre\b|\breclamation\b", STRONG, mail_context=_PRIVACY, conditional_drop=True),
    rule(T.COMPLAINT, r"\b(autorite de protection des donnees|autorite de controle|apd|gba|cnil|commission vie privee)\b", CLEAR, conditional_drop=True, negatable=False),
    rule(T.COMPLAINT, r"\b(inadmissible|inacceptable|scandaleu\w*|scandale|indigne\w*|furieu\w*|outre\w*|choque\w*)\b", CLEAR, context=r"\b(donnees|informations|vie privee|demande|fuite|piratage|pirate\w*|transmis|vendu\w*|partage\w*)\b", mail_context=r"\b(donnees|vie privee|rgpd|gdpr|supprim\w*|effac\w*|personnel\w*|desabonn\w*|fuite|pirat\w*)\b", conditional_drop=True, negatable=False),
)

LEXICON = Lexicon(
    code="fr",
    stopwords=frozenset(
        ["le", "la", "les", "des", "du", "un", "une", "et", "est", "je", "vous", "votre", "vos", "mes", "mon", "ma", "pas", "ne", "que", "qui", "pour", "avec", "sur", "dans", "au", "aux", "ce", "cette", "il", "elle", "nous", "sont", "suis", "ai", "avez", "merci", "bonjour", "madame", "monsieur", "cordialement", "salutations", "plus", "tres", "bien", "souhaite", "voudrais", "veuillez", "pouvez", "moi", "ou", "d'avance", "etre", "avoir", "faire", "j'ai", "c'est", "n'est", "svp", "stp"]
    ),
    rules=RULES,
    keywords=(
        "supprimer", "supprimez", "supprimiez", "effaciez", "suppression", "donnees", "personnelles", "desabonner",
        "desinscrire", "newsletter", "rectifier", "rectification", "corriger", "modifier",
        "adresse", "limitation", "traitement", "portabilite", "opposition", "profilage",
        "plainte", "effacer", "effacement", "publicites", "courriels", "recevoir", "demenage",
        "telephoner", "prospectus", "catalogues", "consentement", "informations", "coordonnees",
    ),
    protected=(
        "donnee", "interet", "telephone", "adresser", "adresses", "traitee", "traites", "recevez", "recevons", "modifie",
        "informe", "information", "supprime", "supprimee", "supprimees", "supprimes", "effaces", "effacees", "corrige", "plaint", "plaintes", "effacee",
        "personnes", "personnel", "recevrai", "recevra",
    ),
    negation=r"\b(pas|jamais|rien|aucune?|sans|ni|non|plutot que|au lieu de)\b(?! (plus)\b)",
    history=r"\bj'?ai (deja |pourtant |deja |bien )*(demande|sollicite|reclame|exige|ecrit)\b|\bavais demande\b",
    condition=r"\b(sinon|a defaut|faute de quoi|sans quoi|a moins que|dans le cas contraire|si (vous|cela|ce|ca|je|rien)\b.{0,50}\b(pas|jamais|rien|plus))\b",
    post_or_phone=r"\b(poste|postaux|postal|papier|courriers?(?! electronique)|prospectus|catalogues?|brochures?|depliants|toutes-boites|boite aux lettres|telephone\w*|appels?|appeler|appelez|gsm)\b",
    electronic=r"\b(e-?mails?|mails?|courriels?|newsletters?|lettres? d'information|infolettres?|sms|electronique|en ligne|whatsapp|boite mail|boite de reception|numerique)\b",
    marketing_list=r"\b(liste|listes|fichier|fichiers) (de |d')?(diffusion|distribution|mailing|contacts?|envoi|prospection|appels?|sms|e-?mails?|newsletter|promo\w*|publicit\w*|marketing)\b|\bfichier (marketing|publicitaire|commercial|postal)|\bnewsletter|\blettre d'information|\bmailing",
    sales_pitch=r"\b(nous (vous )?proposons|notre (solution|logiciel|plateforme|expertise)|nos (services|solutions|produits)|rendez-vous de|demonstration|webinaire|webinar|essai gratuit|partenariat)\b",
    non_data_object=r"\b(cv|candidature|factures?|notes? de credit|devis|commandes?|panier|produits?|pieces? jointes?|annexes?|messages?|frais|penalites?|etiquettes?|avis|commentaires?|rendez-vous|reservations?|(version|facture|copie) (precedente|ancienne|erronee|en double)|(ancienne|premiere|precedente) (version|facture|copie))\b",
    data_object=r"\b(donnees|informations|infos|coordonnees|compte|profil|dossier|tout|toutes|moi|adresse|nom|historique|renseignements)\b",
    phone_number=r"\b(numeros?|gsm|portable)\b",
    phone_calls=r"\b(appel\w*|appell\w*|telephon\w*|rappel\w*|teleprospection|telemarketing|demarchage)\b",
    superseded=r"\b(ancienne?|precedente?|mauvaise?) (adresse|numero|e-?mail|nom)\b|\b(adresse|numero|e-?mail) (precedente?|erronee?|obsolete)\b",
    self_action=r"\b(si|quand|lorsque|une fois que|apres que) (je|j')\s?.{0,10}(supprime|efface|desinstalle)\w*|\bj'ai (deja |bien |accidentellement |par erreur )?(supprime|efface|desinstalle)\w*",
    status_question=r"\b(est|sont|sera|seront|a ete|ont ete|est-il|est-elle|sont-elles|sont-ils)\b.{0,20}\b(supprim|effac)\w*",
    location=r"\b(de|dans|sur|hors de) (vos|votre|mon|ma|mes|la|le|l')( ?\w+){0,2}",
    cut_markers=(
        r"^-{2,} ?message d'origine ?-{2,}",
        r"^-{2,} ?message transfere ?-{2,}",
        r"^le .{0,140}\ba ecrit ?:?$",
        r"^de ?: .*\n(envoye|date) ?: ",
        r"^-{2,} ?(original message|oorspronkelijk bericht) ?-{2,}",
        r"^op .{0,140}\bschreef\b.{0,80}:?$",
        r"^on .{0,120}\bwrote:?$",
        r"^_{10,}$",
    ),
    footer_markers=(
        r"ce (message|courriel|e-?mail)( et (ses|toutes) (pieces jointes|annexes)( eventuelles)?)? (est|sont|peut|contient)\b.{0,40}(confidentiel|strictement)",
        r"si vous (n'etes pas|avez recu).{0,80}(destinataire|par erreur)",
        r"^envoye (de|depuis) mon (iphone|ipad|android|samsung|smartphone)",
        r"pensez a l'environnement",
        r"(dit|deze) (e-?mail|bericht)\b.{0,60}vertrouwelijk",
        r"(this|the) (e-?mail|message)\b.{0,60}(confidential|privileged)",
    ),
    closings=(
        r"^(bien |tres )?cordialement\b",
        r"^(meilleures |sinceres |mes )?salutations\b",
        r"^(bien a (vous|toi)|a bientot|merci d'avance|merci par avance|d'avance merci|bonne journee|belle journee)\b",
        r"^(je vous prie|veuillez agreer)\b",
        r"^(met vriendelijke groet(en)?|kind regards|best regards|mvg)\b",
    ),
    filler=r"^(voir (l')?objet|cf\.? objet|voir ci-dessus|envoye de mon \w+)\W*$",
)
