# ruff: noqa: E501  (one phrase pattern per line reads better than a wrapped one)
"""French phrases, Belgian usage included (folded: lower case, no accents)."""

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

_DON = r"(donnees|informations|infos|coordonnees|renseignements|dossier)"
_WHAT = r"(nom|prenom|nom de famille|adresse|e-?mail|adresse e-?mail|numero|numero de telephone|gsm|date de naissance|donnees|coordonnees|orthographe)"
# ("cette adresse" is the mailbox written to; a lot, order or parcel number is no one's data)
_PRIVACY = r"donnees|vie privee|rgpd|gdpr|personnel|e-?mail|newsletter|numero(?!s? (de |d')(lot|commande|facture|serie|suivi|colis|article|reference)s?\b)|(?<!cette )(?<!m')(?<!s')\badresses?\b|appel|consentement|spam|telephone|courriel|gsm"
_ADS = r"\b(textos?|newsletters?|pubs?|publicites?|promotions?|promos?|offres|catalogues?|prospectus|brochures?|depliants|toutes-boites|folders|mailings?|spams?|sms|infolettres?|lettres? d'information)\b"
_NOMORE = (
    # "ne … plus" refuses, but not where it tells what the writer no longer is or does: "je
    # ne suis plus chez ce client et je reçois encore vos messages", "je ne travaille plus
    # chez vous", "je ne fais plus partie de l'équipe", "n'est plus mon numéro" (the messages
    # are told of, not refused); "je ne suis plus intéressé par vos offres" still refuses
    r"(plus de|arretez|arreter|cessez|cesser|stop|stoppez|"
    r"ne (?!(suis|sommes|sont|est|etais|etait|travaille|travaillons|fais|faisons|fait) plus\b(?! interess))(\w+ )?plus|"
    r"n'(?!(est|etes|etait|etais|habite|habitons)\b)\w+ plus|aucune?|pas de)"
    # "je n'ai reçu aucune réponse", "pas de nouvelles": no refusal of anything
    r"(?! (reponse|nouvelles?|suite|retour|reaction|accuse)\b)"
)
_EMEDIA = r"(e-?mails?|mails?|courriels?|textos?|messages textes?|newsletters?|lettres? d'information|infolettres?|pubs?|publicites?|sms|offres|promotions?|promos?|messages|spams?|sollicitations|communications commerciales|informations commerciales|marketing)"


# Classes for the general rules below: how a request is put (a wish, a question, an imperative,
# a polite formula), what a right's action verbs are, and what the writer's own data are.
_ASK = r"(merci de|merci d'|veuillez|peux-tu|pourrais-tu|tu peux|tu pourrais|vous pouvez|vous pourriez|pouvez-vous|pourriez-vous|pouvez vous|pourriez vous|voulez-vous|voudriez-vous|pourrais-je|puis-je|est-ce que (vous pouvez|vous pourriez|je peux|je pourrais)|(est-il|serait-il|est-ce) possible (de|d')|je (vous )?(demande|prie) (de |d')?|nous vous (demandons|prions) (de |d')?|(je|nous) (voudrais|voudrions|souhaite|souhaitons|souhaiterais|veux|voulons|desire|tiens a)|j'(aimerais|exige|insiste pour)|je (vous )?(remercie|saurais gre) (de |d')?)"
# the writer's own things that a removal, a copy or a correction acts on
_MINE = r"(photos?|photographies?|videos?|images?|enregistrements?|films?|conversations?|chats?|discussions?|echanges|historiques?|reponses|notes|fichiers?|fiches?|dossiers?|profils?|donnees|informations|infos|coordonnees|renseignements|cv|candidatures?|empreintes?|scans?|mesures|releves|resultats?|scores?|evaluations?|publications?|posts?|temoignages?|diagnostics?|pointages?|localisations?|positions?|plaques?|signatures?|nom|adresses?|numeros?|coordonnees)"
_DET = r"(la |le |les |l'|ces |cette |cet |ce |mes |mon |ma |toutes les |toutes mes |tous les |leurs? |ses |son |sa |vos |votre )"
_REMOVE = r"(supprim\w*|effac\w*|retir(er|ez|iez)|enlev(er|ez|iez)|ot(er|ez|iez)|detrui\w*|detruis\w*|flout\w*|jet(er|ez)|fai\w* disparaitre)"
_SEE = r"(recevoir|obtenir|voir|consulter|lire|connaitre|savoir|regarder|visionner|recuperer|avoir (acces a|une copie (de|des|du)|copie (de|des|du)|la liste|le detail|le releve))"
# things that are goods, not the writer's data: "les fiches techniques", "les photos de la veste
# rouge", "l'évaluation de vos fournisseurs" (guards of the general rules)
_GOODS = r"\b(fiches?|dossiers?|photos?|images?|videos?|evaluations?|notes|releves|historiques?|documents|rapports?) (techniques?|produits?|commerciale?s?|de presentation|(de|des|du|d') ?(la |cette |vos |nos |ce |cet |les |l')?(veste|vestes|produits?|modeles?|articles?|gants|chaussures|vetements|catalogue|collection|fournisseurs?|tarifs?|prix|commandes?|livraisons?|marchandises?|offre))\b"
# the writer's data named as theirs: "sur moi", "mes pointages", "enregistrées pour ma voiture"
# a thing that bears the writer's name, moved or taken off ("retirer l'étiquette avec mon nom du
# casier", "enlever le badge à mon nom"): a practical move, no erasure of their data
_LABEL = r"\b(etiquettes?|autocollants?|stickers?|plaques?( nominatives?)?|plaquettes?|badges?|ecussons?|broderies?|marquages?|porte-noms?|pancartes?|cartons?) (\w+ )?(avec|a|au|portant|qui porte|marquee?s? (a|de|avec)|brodee?s? (a|de|avec)|imprimee?s? (a|de|avec)) (mon|ma|mes|son|sa|ses|leur|notre) (nom|prenom|initiales|numero|matricule)\b"
_MYDATA = r"(sur moi|me concernant|a mon sujet|a mon propos|a mon nom|(mes|mon|ma) (\w+ )?(donnees|heures|pointages|enregistrements?|images|photos|videos|notes|evaluations?|resultats?|scores?|echanges|conversations|appels|badges?|passages|trajets|deplacements|positions|localisations?|releves?|mesures|scans|fiches?|dossiers?|informations|historique|profil|fichier)|(enregistre|collecte|stocke|conserve|note|consigne|garde|detenu|capte|mesure|trace|scanne|filme|photographie)e?s? (\w+ ){0,3}?(pour|sur|par|de|avec|a propos de) (moi|ma|mon|mes))"


RULES = (
    # --- general rules: a way of asking, a right's action verb and the writer's own data ---
    # erasure: "merci d'effacer la conversation et ces données", "pouvez-vous retirer la vidéo",
    # "supprimez ces réponses", "je veux que vous enleviez les photos"
    rule(
        T.ERASURE,
        rf"\b{_ASK}\b.{{0,40}}?\b{_REMOVE}\b (\w+ ){{0,3}}?{_DET}(\w+ )?{_MINE}\b|(^\s*|[:;]\s*){_REMOVE}[- ](\w+ ){{0,2}}?{_DET}(\w+ )?{_MINE}\b|\b(et|puis|aussi|donc) {_REMOVE} (\w+ ){{0,2}}?{_DET}(\w+ )?{_MINE}\b|\b(que vous|qu'on) {_REMOVE} (\w+ ){{0,2}}?{_DET}(\w+ )?{_MINE}\b",
        CLEAR,
        list_sensitive=True,
        unless=rf"\b(ancienne?|precedente?|mauvaise?) (adresse|numero|e-?mail|nom)\b|{_GOODS}|{_LABEL}",
    ),
    # "je ne veux pas que mon diagnostic soit dans mon dossier RH": out of where it is kept
    rule(
        T.ERASURE,
        r"\b(ne (veux|souhaite|desire|voudrais|tiens) (pas|plus)|refuse) que (mon|ma|mes|cette|ces|ce|cet|le|la|les|l') ?(\w+ ){0,3}?(soit|soient|figure\w*|reste\w*|apparaiss\w*|se trouve\w*|continue\w* a (figurer|apparaitre)) (encore |toujours )?(dans|sur|en ligne)\b",
        CLEAR,
        negatable=False,
    ),
    # access: "je voudrais recevoir les heures enregistrées pour ma voiture", "puis-je voir
    # mes pointages", "je veux savoir ce qu'il y a sur moi"
    rule(
        T.ACCESS,
        rf"\b{_ASK}\b.{{0,30}}?\b{_SEE}\b.{{0,80}}?\b{_MYDATA}\b",
        CLEAR,
        unless=rf"\b(mes|ma|mon|vos|votre|la|les|le) (commandes?|factures?|livraisons?|colis|paiements?|remboursements?|retours?|devis)\b|{_GOODS}",
    ),
    # the data named in the sentence before and taken up by "en" or "les": "si vous detenez
    # des donnees sur moi, merci de m'en communiquer la liste", "... puis de les effacer"
    rule(
        T.ACCESS,
        r"\b(m'en|nous en|lui en|leur en) (\w+ )?(communiquer|transmettre|envoyer|fournir|donner|remettre|faire parvenir) (la liste|le detail|une copie|un apercu|un releve|le contenu)\b",
        CLEAR,
        context=r"\b(donnees|informations|coordonnees|renseignements)\b",
        context_window=1,
    ),
    # a copy of a named record: "me communiquer l'enregistrement, le score ou l'évaluation",
    # "obtenir copie des documents relatifs à sa pension"
    rule(
        T.ACCESS,
        r"(\b(me|nous|lui|leur) |\bm')(communiquer|transmettre|envoyer|fournir|faire parvenir|donner|remettre|montrer)\b (\w+ ){0,2}?(la |le |les |l'|ces |cette |cet |ce |toutes les |tous les )(\w+ )?(enregistrements?|images|photos|videos|notes|evaluations?|scores?|dossiers?|fiches?|historiques?|pointages|releves|proces-verbaux|echanges|conversations|donnees (enregistrees|collectees|conservees))\b",
        CLEAR,
        unless=rf"\b(ci-joint\w*|en annexe|jointe?s?)\b|{_GOODS}",
    ),
    rule(
        T.ACCESS,
        r"\b(obtenir|recevoir|avoir|envoyer|transmettre|communiquer|fournir|demande)\b (\w+ ){0,2}?(une )?copie (de |des |du |d')(\w+ ){0,2}?(documents|pieces|rapports?|declarations?|attestations?|dossiers?|fiches?|enregistrements?|images|photos|videos|evaluations?|notes|proces-verbaux|echanges|courriels|e-?mails|messages)\b",
        CLEAR,
        unless=rf"\b(ci-joint\w*|en annexe|jointe?s?|vous trouverez)\b|{_GOODS}",
    ),
    # the communication of the data asked as a noun: "la demande de communication de l'ensemble
    # des données la concernant"
    rule(
        T.ACCESS,
        rf"\b(communication|transmission|remise)\b (de |des |d')(l'ensemble (de |des )|toutes? )?(ses |mes |leurs |les )?{_DON}\b.{{0,40}}\b((me|le|la|les|leur|lui) concernant|sur moi|a (mon|son|leur) sujet)",
        CLEAR,
    ),
    # the same with a possessive: "(traiter ma demande :) communication de mes donnees", but
    # not their disclosure to others ("la communication de mes donnees a des tiers")
    rule(
        T.ACCESS,
        rf"\bcommunication (de |d')(l'ensemble (de |des )|toutes? )?(mes|ses|leurs) {_DON}\b(?!,? (\w+ )?(a|aux|au|vers|entre) )",
        CLEAR,
        unless=r"\b(oppose\w*|opposition|refuse\w*|interdi\w*|cess\w*|arret\w*)\b",
    ),
    # questions about what is kept on me: "c'est quoi qu'il enregistre sur moi ?", "ce qu'il
    # contient à mon sujet", "qui lui a donné mon numéro ?", "qui peut les voir"
    rule(
        T.ACCESS,
        r"\b(ce qu'|ce que |quoi (exactement )?qu'|qu'est-ce qu'|qu'est-ce que )(il|elle|ils|elles|on|vous|votre \w+|la \w+|le \w+) (\w+ ){0,2}?(enregistr\w*|contien\w*|stock\w*|collect\w*|sai\w*|a|ont|gard\w*|conserv\w*|not\w*|capt\w*|mesur\w*|transmet\w*|transmis|voi\w*|recu|detien\w*)\b.{0,30}\b(sur moi|me concernant|a mon sujet|a mon propos|de moi)\b",
        CLEAR,
    ),
    rule(
        T.ACCESS,
        r"\bqui (vous |lui |leur |nous )?(a|ont|aurait|auraient) (donne|transmis|communique|fourni|vendu|passe|refile|file|cede)\b.{0,20}\b(mon|ma|mes)\b",
        CLEAR,
    ),
    rule(
        T.ACCESS,
        r"\bqui (peut|peuvent|pourra|pourront|a pu|ont pu|a|ont) (les |la |le |l'|y )?(voir|consulter|lire|regarder|visionner|acceder)\b",
        CLEAR,
        context=r"\b(donnees|informations|images|enregistrements?|videos?|photos?|scans?|badges?|mesures|dossier|fiche|mes|mon|ma)\b",
        context_window=1,
    ),
    rule(
        T.ACCESS,
        r"\b(liste|noms?|identites?) (des|de ces|de toutes les) (personnes|destinataires|tiers|entreprises|societes|services|collegues|responsables|organismes|partenaires)\b.{0,30}\b(a qui|auxquel\w*|qui (ont|a|avaient|peuvent) (eu |pu )?(acces|recu|vu|consulte|lu))",
        CLEAR,
    ),
    rule(
        T.ACCESS,
        r"\b(savoir|connaitre)\b.{0,80}\bet a qui\b",
        CLEAR,
        context=r"\b(mes|mon|ma|moi)\b",
    ),
    # an answer to an access request to be completed: "pourriez-vous compléter votre réponse"
    rule(
        T.ACCESS,
        r"\b(complet\w*) (votre|la|cette) (reponse|communication|liste|copie|envoi)\b",
        CLEAR,
        mail_context=r"\b(demande d'acces|destinataires|duree de conservation|origine de mes|mes donnees)\b",
    ),
    # the logic of an automated decision (art. 15(1)(h)): "des informations utiles concernant
    # la logique sous-jacente"
    rule(
        T.ACCESS,
        r"\b(informations?|explications?) (utiles |claires |detaillees |significatives )?(sur|concernant|quant a|relatives? a) la logique\b",
        CLEAR,
    ),
    # rectification: "merci de corriger vos données", "pouvez-vous adapter mes heures"
    rule(
        T.RECTIFICATION,
        rf"\b{_ASK}\b.{{0,30}}?\b(corriger|rectifier|modifier|changer|adapter|mettre a jour|actualiser|completer|ajuster|revoir)\b (\w+ ){{0,2}}?{_DET}(\w+ )?(donnees|informations|dossier|fiche|profil|heures|pointages|evaluation|date|statut|historique|coordonnees|nom|adresse|numero|mention|score|resultat)s?\b",
        CLEAR,
        unless=r"\b(commande|facture|livraison|taille|mot de passe)\b",
    ),
    # objection: "elles s'opposent à ce que …" (a representative tells the data subjects' will)
    rule(
        DIRECT_MARKETING,
        r"\b(il|elle|ils|elles|client\w*|cliente|mandant\w*|membres|travailleurs|employes|salaries|infirmieres|affilies|collegues|personnel) (\w+ ){0,2}?s'oppos(e|ent)\b",
        STRONG,
        negatable=False,
        unless=r"\b(litige|conflit|differend|desaccord|proces|contentieux|rien ne)\b.{0,15}\bs'oppos",
    ),
    # "je ne veux pas que ces scans servent à contrôler mes horaires": no use of them
    rule(
        T.OBJECTION,
        r"\b(ne (veux|souhaite|desire|voudrais|tiens) (pas|plus)|refuse|m'oppose a ce) que (\w+ ){0,5}?(serv\w*|utilis\w*|exploit\w*|analys\w*|transmi\w*|partag\w*|communiqu\w*|publi\w*|diffus\w*|affich\w*|controle\w*|surveill\w*|evalu\w*)\b",
        CLEAR,
        negatable=False,
        yields_to=T.RESTRICTION,
    ),
    # stop using my things: "arrêtez de publier ma photo", "ne plus utiliser ces images",
    # "n'affichez plus mon nom"
    rule(
        T.OBJECTION,
        rf"\b(ne (\w+ )?plus |n'\w+ plus |cessez (de |d')|cesser (de |d')|arretez (de |d')|arreter (de |d')|cessiez (de |d')|arretiez (de |d'))(\w+ )?(utilis\w*|exploit\w*|analys\w*|publi\w*|diffus\w*|montr\w*|affich\w*|partag\w*|employ\w*)\b (\w+ ){{0,2}}?{_DET}(\w+ )?{_MINE}\b|\bn'(utilis|exploit|analys|publi|diffus|montr|affich|partag|employ)\w* plus (\w+ ){{0,2}}?{_DET}(\w+ )?{_MINE}\b",
        CLEAR,
        negatable=False,
        yields_to=T.RESTRICTION,
    ),
    # no more approaches: "ne plus me solliciter", "cessez de me contacter" (sorted by channel)
    rule(
        DIRECT_MARKETING,
        r"\bne (\w+ )?plus (me |m')?(solliciter|contacter|relancer|approcher|demarcher|importuner|deranger|harceler)\b|\b(cessez|arretez|cesser|arreter) de (me |m')(solliciter|contacter|relancer|importuner|deranger|harceler)\b|\b(cessez|arretez|cesser|arreter|stoppez|stopper)\b (ces|ses|leurs|tous ces|tous vos|tout) (appels|coups de fil|sollicitations|relances)\b",
        CLEAR,
        negatable=False,
    ),
    # what was published without my leave taken off where it is shown: "sans mon accord …
    # que ma photo soit retirée de votre page LinkedIn" (an objection to its use; deleting it
    # from the files is erasure, read apart; a model whose contract ran out asks an erasure)
    rule(
        T.OBJECTION,
        r"\b(retir\w*|enlev\w*)\b.{0,40}\b(de|sur|du|des) (votre |vos |la |le |l'|ce |cette |ces )?(pages?|site|site web|site internet|reseaux sociaux|linkedin|facebook|instagram|publicites?|brochures?|affiches?|catalogues?|campagnes?|depliants?)\b",
        CLEAR,
        context=r"\bsans que\b.{0,40}\b(mon|ma) (avis|accord|autorisation|consentement|permission)\b|\bsans (mon|ma|aucun|aucune) (accord|autorisation|consentement|permission|avis)\b|\bsans (m'|me )(en )?(avoir )?(demander|demande|prevenir|prevenu|consulter|consulte|avertir|averti|informer|informe)\b",
        context_window=2,
    ),
    # since when, to whom, why my things are passed on or kept: "je voudrais savoir depuis quand
    # ces relevés sont envoyés", "m'indiquer à qui mes mesures ont été transmises"
    rule(
        T.ACCESS,
        r"\b(savoir|connaitre|m'indiquer|me dire|me preciser|indiquez-moi|dites-moi)\b (\w+ ){0,2}?(depuis quand|depuis combien de temps|a qui|pourquoi|dans quel but|sur quelle base)\b.{0,60}\b(envoye|transmis|communique|collecte|enregistre|conserve|utilise|partage|traite|stocke|transfere)e?s?\b",
        CLEAR,
        context=r"\b(mes|mon|ma|me concernant|sur moi|a mon sujet)\b",
        context_window=1,
    ),
    # complaint: "je proteste contre la transmission de mes données"
    rule(
        T.COMPLAINT,
        r"\bje proteste\b|\bje (tiens a )?(exprimer|signaler) (mon|ma) (mecontentement|indignation|protestation)\b",
        CLEAR,
        mail_context=_PRIVACY,
        conditional_drop=True,
        negatable=False,
    ),
    # an old value replaced by a new one ("replace X with Y"): a correction of that field
    rule(
        T.RECTIFICATION,
        r"\bremplac\w* (\w+ ){0,8}?par\b",
        CLEAR,
        context=r"\b(adresse|numero|nom|e-?mail|courriel|date|iban|telephone|rue)\b",
    ),
    # a contested value corrected by a pronoun: "C'est inexact … Je vous demande de la corriger"
    rule(
        T.RECTIFICATION,
        r"\b(demande|prie|merci|veuillez|pouvez-vous|pourriez-vous) (\w+ ){0,2}?(de )?(la|le|les|l') ?(corriger|rectifier|modifier|mettre a jour)\b|\b(corrigez|rectifiez)[- ](la|le|les)\b",
        CLEAR,
        context=r"\b(inexact\w*|errone\w*|faux|fausse\w*|incorrect\w*|conteste\w*|exactitude|erreur)\b",
        context_window=2,
    ),
    # round 15: a bare "correct it" after a value the writer says is out of date: "mon compte
    # affiche toujours mon ancien service … Merci de corriger.", "l'adresse que vous citez n'est
    # plus la mienne … Merci de la corriger", "c'est désormais Dupont, pouvez-vous mettre à jour ?"
    rule(
        T.RECTIFICATION,
        r"\b(merci|veuillez|pouvez-vous|pourriez-vous|je vous (demande|prie)) (de |d')?(la |le |les |l')?(corriger|rectifier|modifier|mettre a jour|actualiser)\b",
        CLEAR,
        context=r"\b(ancien(ne)?s?|n'est plus|ne sont plus|plus a jour|perimee?s?|obsoletes?|toujours (mon|ma|mes|l'ancien\w*)|encore (mon|ma|mes|l'ancien\w*)|(ma|mon) (nouvelle?|nouveau)|maintenant|desormais)\b",
        context_window=2,
        mail_context=r"\b(nom|prenom|adresse|e-?mail|numero|telephone|gsm|service|fonction|date de naissance|coordonnees|donnees|compte|profil)\b",
        unless=r"\b(commandes?|factures?|livraisons?|devis|tailles?|colis)\b",
    ),
    # to whom my data were passed: "m'indiquer à quelles entreprises mes coordonnées ont été
    # transmises" (the recipients, art. 15(1)(c))
    rule(
        T.ACCESS,
        r"\b(indiquer|preciser|communiquer|dire|savoir|connaitre)\b.{0,30}\b(a qui|a quel(le)?s?|quel(le)?s? (destinataires|tiers|entreprises|societes))\b.{0,80}\b(transmis\w*|communique\w*|donne\w*|vendu\w*|cede\w*)\b",
        CLEAR,
    ),
    # access
    # "je voudrais consulter mon dossier client": le dossier tenu sur moi
    # what an earlier answer left out, asked for: "send me the missing e-mails and call notes"
    rule(
        T.ACCESS,
        r"\b(envoyer|communiquer|transmettre|fournir|envoyez|communiquez|transmettez|fournissez)\b.{0,30}\b(donnees|e-?mails|courriels|documents|messages|notes|enregistrements|fichiers|informations) (\w+ )?manquant(e)?s\b",
        CLEAR,
    ),
    rule(
        T.ACCESS,
        r"\b(consulter|voir|acceder a|regarder|lire)\b.{0,20}\b(mon|ma) (dossier|fiche)( client)?\b",
        CLEAR,
    ),
    # how long my data are kept, in the indicative: "combien de temps vous gardez mon CV",
    # "pendant combien de temps il les garde" (art. 15(1)(d))
    rule(
        T.ACCESS,
        r"\bcombien de temps\b.{0,40}\b(gardez|conservez|garde|conserve|gardent|conservent|garderez|conserverez|(sont|seront|est|sera) (encore )?(conserve|garde)e?s?)\b|\b(sont|seront|est|sera) (encore )?(conserve|garde)e?s?\b.{0,30}\bcombien de temps\b",
        CLEAR,
        # the writer's (or their relative's) data, not a thing in general ("combien de temps
        # gardez-vous la copie des cartes d'identité ?" asks how a policy goes)
        context=r"\b(donnees|informations|infos|coordonnees|cv|dossier|fiche|images|enregistrements?|numero|adresse|mes|mon|ma|ses|son|sa|leurs?)\b",
    ),
    # what was written, passed on or erased about me: "savoir ce que l'agence a transmis sur
    # moi", "ce qui est ecrit a mon sujet", "ce qui a ete efface exactement"
    rule(
        T.ACCESS,
        r"\b(savoir|connaitre|voir|lire)\b (\w+ ){0,2}?ce (qu'|que |qui )(\w+ ){0,4}?(transmis|ecrit|note|enregistre|efface|supprime|communique|conserve|collecte|retenu|consigne)e?s?\b",
        CLEAR,
    ),
    # who can see it: "qui y a acces", "qui a acces a mon dossier"
    rule(
        T.ACCESS,
        r"\bqui (y )?(a|ont|aura|auront) acces\b",
        CLEAR,
        context=r"\b(donnees|informations|cv|dossier|fiche|images|enregistrements?|badge|messages|mes|mon|ma)\b",
        context_window=1,
    ),
    # where my data come from: "m'indiquer la source exacte de mes donnees" (art. 14/15(1)(g))
    rule(
        T.ACCESS,
        r"\b(indiquer|communiquer|preciser|connaitre|savoir|dire|indiquez|precisez)\b.{0,25}\b(la |les )?(source|sources|origine|provenance)\b.{0,30}\b(mes|de mes) (donnees|coordonnees|informations|adresse|numero)\b",
        CLEAR,
    ),
    # a copy of a named record about me: "une copie de ma fiche d'evaluation", "de la fiche
    # qui me concerne", "des images sur lesquelles j'apparais"
    rule(
        T.ACCESS,
        r"\bcopie\b.{0,15}\b(de |des |d')(ma |mon |mes |la |le |les |l'|ces |cette |cet |ce )?(fiche|fiches|evaluations?|images|enregistrements?|notes|photos?|videos|historique|echanges|mesures|releves|scans)\b",
        CLEAR,
        unless=r"\bcopie\b.{0,15}\b(de |des |d')(la |le |les |l')?(fiche|fiches|evaluations?|images|enregistrements?|notes|photos|videos|historique|echanges)\b.{0,20}\b(ci-joint\w*|en annexe|jointe?s?)\b",
    ),
    rule(
        # an imperative with "moi": "communiquez-moi mes donnees", "envoyez-moi une copie de mon dossier"
        T.ACCESS,
        rf"\b(communiquez|transmettez|envoyez|fournissez|montrez|donnez)[- ]moi\b (\w+ ){{0,3}}?(mes|toutes mes|l'ensemble de mes|les) {_DON}\b",
        CLEAR,
        yields_to=T.PORTABILITY,
    ),
    rule(T.ACCESS, r"\bdroit d'?acces\b|\bart(icle)? ?15\b", STRONG),
    rule(
        T.ACCESS,
        r"\bacces\b.{0,10}\b(a|aux) (toutes )?(mes|les|l'ensemble de mes) (donnees|informations)",
        STRONG,
    ),
    # access asked as a noun to a record of the writer's: "je vous demande l'accès à mon
    # dossier de candidature", "je souhaite un accès à mes évaluations", "merci de me donner
    # accès à ma fiche"; a question how long access takes in general ("combien de temps pour
    # obtenir l'accès à ses données ?") names nobody's own record
    rule(
        T.ACCESS,
        rf"\b{_ASK}\b.{{0,25}}?\b(l'|un |plein |le plein |(me |m')(donner|accorder|ouvrir|octroyer) (l'|un )?)acces\b (complet |integral |total )?(a |au |aux )(\w+ ){{0,2}}?{_MYDATA}",
        CLEAR,
        unless=rf"\b(mon|ma|mes) (compte|espace|portail|application|appli|session|badge|casier|vestiaire)\b(?! client)|{_GOODS}",
    ),
    rule(
        T.ACCESS,
        rf"\bcopie\b.{{0,20}}\b(de |des |d')(toutes )?(mes|les|l'ensemble des?|mon)? ?{_DON}",
        STRONG,
    ),
    rule(
        T.ACCESS,
        r"\bquel(le)?s? (autres )?(sont les )?(donnees|informations|infos)\b.{0,70}\b(avez|detenez|conservez|traitez|possedez|disposez|stockez|gardez|collecte\w*|enregistre\w*|detenues|conservees|traitees|utilisez|utilisees|transmettez|transmet|transmettent|transmises|communiquez|communiquees|partagez|partagees|recevez|recoit|envoyez)\b",
        CLEAR,
    ),
    rule(
        T.ACCESS,
        r"\bce que vous (savez|avez|detenez|conservez|gardez|possedez|stockez|enregistrez)\b.{0,50}\b(sur moi|me concernant|de moi|a mon (sujet|propos))\b|\bce qu'il y a\b.{0,30}\b(sur moi|me concernant|a mon (sujet|nom))\b",
        STRONG,
    ),
    rule(
        T.ACCESS,
        rf"\b(communiquer|transmettre|envoyer|obtenir|consulter|connaitre|savoir|avoir acces|communiquez|transmettez|envoyez)\b.{{0,50}}\b{_DON}\b.{{0,40}}\b((me|le|la|les|leur|lui) concernant|sur moi|a mon sujet|que (vous|votre (societe|entreprise|firme)) (avez|detenez|possedez|conservez|traitez|traite|detient|possede|conserve))",
        CLEAR,
    ),
    # round 15: what is done with the data, who sees it, where it came from, asked of data
    # named by a pronoun or a demonstrative: "je veux savoir ce que vous faites de ces réponses
    # et qui les voit", "supprimez-la, et dites-moi d'où elle vient", "expliquez-moi à quoi
    # servent ces informations"
    rule(
        T.ACCESS,
        r"\b(savoir|connaitre|dites-moi|dites-nous|indiquez-moi|expliquez-moi|precisez-moi)\b.{0,20}?(\bd'ou (elle|il|elles|ils) (vient|viennent|provien\w*)\b|\bce que vous (faites|avez fait|comptez faire) (de|d'|avec) (ces|cette|ce|cet|mes|mon|ma|ses|leurs|elles|eux)\b|\ba quoi (servent|sert|serviront|vont servir)\b|\bqui (les|la|le|l'|y) (voi(t|ent)|li(t|sent)|consult\w*|a acces|ont acces)\b)",
        CLEAR,
        context=r"\b(donnees|informations|infos|coordonnees|reponses|resultats?|evaluations?|tests?|date de naissance|numero|adresse|nom|photos?|videos?|images?|notes|dossier|cv|profil|enregistrements?)\b",
        context_window=2,
        unless=rf"\b(commandes?|factures?|livraisons?|colis|retards?|paiements?)\b|{_GOODS}",
    ),
    # round 15: a copy of records named just before, taken up by "en": "votre collègue a pris
    # des notes ; j'aimerais en recevoir une copie", "vous avez enregistré l'appel : pouvez-vous
    # m'en envoyer une copie ?"
    rule(
        T.ACCESS,
        r"\ben (recevoir|obtenir|avoir) (une )?copie\b|\b(m'en|nous en) (\w+ )?(communiquer|transmettre|envoyer|fournir|donner|remettre|faire parvenir) (une )?copie\b",
        CLEAR,
        context=r"\b(notes|enregistr\w*|photos?|videos?|images?|donnees|informations|dossier|fiche|evaluations?|proces-verbal|compte rendu|rapport d'entretien|conversations?)\b",
        context_window=1,
        unless=rf"\b(factures?|commandes?|devis|contrats?|bons? de livraison)\b|{_GOODS}",
    ),
    rule(
        T.ACCESS,
        r"\b(comment|ou) (avez-vous|vous avez|avez vous)\b.{0,30}\b(obtenu|eu|recu|trouve|recupere)\b|\bd'ou (viennent|proviennent|vient|provient)\b.{0,30}\b(mes|mon|ma)\b|\bd'ou (vous )?(le |la |les |l')?(tenez|avez|sortez)(-vous)?\b|\bd'ou (tenez|sortez)-vous\b",
        CLEAR,
    ),
    rule(
        T.ACCESS,
        rf"\b(detenez|possedez|avez|conservez|traitez)[- ]vous\b.{{0,30}}\b{_DON}\b",
        CLEAR,
    ),
    rule(
        T.ACCESS,
        r"\b(une|la) copie\b(?! (est|a ete|sera|de (ce|cette|la presente)|de (ma|votre|sa|la|une) (carte d'identite|piece d'identite|passeport|permis)|de (ma|mon|la|le|notre|votre|cette|ce) (plainte|lettre|courrier|e-?mail|demande|facture|commande|contrat|reponse|jugement|procuration|relance)\b))",
        WEAK,
        context=r"\b(donnees|informations)\b",
    ),
    # questions of art. 15(1)(c) and (d) in the present: to whom the data go, how long they stay
    rule(
        T.ACCESS,
        r"\ba qui\b.{0,20}\b(transmettez|communiquez|vendez|donnez)[- ]vous\b.{0,60}\b(mes|mon|ma)\b|"
        r"\bcombien de temps\b.{0,20}\b(conservez|gardez)[- ]vous\b.{0,60}\b(mes|mon|ma|donnees)\b",
        CLEAR,
    ),
    rule(
        T.ACCESS,
        r"\ba qui\b.{0,50}\b(transmis|communique|vendu|donne|partage)\w*",
        CLEAR,
        context=r"\b(donnees|informations|coordonnees|adresse|numero)\b",
    ),
    rule(
        T.ACCESS,
        r"\bquel(le)?s? (de mes )?(donnees|informations|infos|coordonnees)\b.{0,40}\b(concernee|touchee|volee|exposee|compromise|divulguee|fuite)s?\b",
        CLEAR,
    ),
    rule(
        T.ACCESS,
        r"\b(savoir|connaitre|indiquer|dire)\b.{0,20}\b(a qui|avec qui|qui d'autre)\b",
        CLEAR,
    ),
    rule(
        # the recipients: "a quelles (autres) societes avez-vous communique mes donnees ?"
        T.ACCESS,
        r"(\ba qui\b|\bquel(le)?s? (autres? )?(societes|entreprises|tiers|destinataires|partenaires|organismes|personnes)\b).{0,30}\b(communique|transmis|vendu|partage|cede|donne|transfere)e?s?\b.{0,25}\b(mes|mon|ma)\b",
        CLEAR,
    ),
    rule(
        T.ACCESS,
        r"\b(me les|me la|me le|me l') ?(communiquer|transmettre|envoyer|faire parvenir|montrer|fournir)\b|\b(communiquez|transmettez|envoyez|montrez)[- ](les|la|le)[- ]moi\b",
        CLEAR,
        context=r"\b(donnees|informations|infos|renseignements|dossier)\b.{0,40}\b(sur moi|me concernant|a mon sujet|vous (avez|detenez|possedez|conservez))\b|\b(vous (avez|detenez|possedez|conservez))\b.{0,40}\b(donnees|informations|infos|renseignements)\b",
        context_window=2,
        yields_to=T.PORTABILITY,
    ),
    # rectification
    # "remplacez mon ancienne adresse e-mail par …": une valeur par une autre
    rule(
        T.RECTIFICATION,
        r"\b(remplac\w*)\b.{0,40}\bpar\b",
        CLEAR,
        context=r"\b(mon|ma|mes) (ancien\w* |actuel\w* )?(\w+ )?(adresse|e-?mail\w*|numero|nom|telephone|gsm)\b",
    ),
    rule(
        # a correction asked in the passive or through a third party: "je demande que cette
        # mention soit corrigee", "merci de faire corriger cela partout"
        T.RECTIFICATION,
        r"\bque (\w+ ){0,4}?(soit|soient) (corrig\w*|rectifi\w*|mis a jour|mise a jour)|\bfaire (corriger|rectifier)\b|\b(corriger|rectifier|corrigez|rectifiez) (cela|ceci|ca|cette (erreur|mention|information|donnee))\b",
        CLEAR,
    ),
    rule(
        # incomplete data completed: "ajoutez ma version des faits au dossier", "joindre mes
        # observations a ma fiche"
        T.RECTIFICATION,
        r"\b(ajout\w*|joindre|joignez|joigniez|integr\w*|complet\w*)\b.{0,30}\b(ma version|mes observations|mes commentaires|mon commentaire|ma declaration|ma reponse|mes explications|une declaration complementaire)\b",
        CLEAR,
        context=r"\b(dossier|fiche|donnees|profil|compte)\b",
    ),
    rule(T.RECTIFICATION, r"\brectifi\w*|\bart(icle)? ?16\b", STRONG),
    rule(
        T.RECTIFICATION,
        rf"\b(corrige\w*|modifie\w*|change\w*|mettre a jour|mettez a jour|mise a jour|actualise\w*|adapte\w*)\b.{{0,30}}\b(mon|ma|mes) {_WHAT}\b",
        CLEAR,
    ),
    rule(
        T.RECTIFICATION,
        r"\b(n'est|ne sont) plus (valable|valide|correct|correcte|a jour|d'actualite|utilise|active|attribue)e?s?\b|\b(n'existe|n'existent|ne fonctionne|ne fonctionnent|ne marche) plus\b|\ble nouveau (numero )?est\b",
        CLEAR,
        context=r"\b(numero|adresse|nom|e-?mail|gsm|coordonnees)\b",
    ),
    rule(
        # "pouvez-vous la mettre a jour ?", "mettre mon dossier client a jour"
        T.RECTIFICATION,
        r"\b(mettre|mettez|mettiez|mette)\b.{0,40}\ba jour\b",
        CLEAR,
        context=r"\b(nom|prenom|adresse|numero|gsm|e-?mail|dossier|coordonnees|donnees|compte)\b",
        context_window=1,
    ),
    rule(
        # a value that is now another: "mon adresse est desormais …", "je porte desormais le nom"
        T.RECTIFICATION,
        r"\b(est|sont|porte|devient|s'ecrit|s'appelle)\b (desormais|dorenavant|maintenant)\b",
        CLEAR,
        context=r"\b(nom|adresse|numero|gsm|e-?mail|coordonnees)\b",
    ),
    rule(
        T.RECTIFICATION,
        r"\bj'?ai demenage\b|\bdemenag\w*|\b(ma |mon )?nouvelle? (adresse|e-?mail|adresse e-?mail|nom)\b",
        CLEAR,
        # someone else who moved, told in passing ("au nom de l'ancien locataire, qui a
        # déménagé"): mail for a former occupant corrects none of the writer's data
        unless=r"\bqui (a|ont|avait|avaient|aurait|auraient|est|sont|etait) (\w+ )?demenage",
    ),
    rule(
        T.RECTIFICATION,
        r"\b((?<!\bpar )erreur\w*|errone\w*|incorrect\w*|inexact\w*|mal orthographi\w*|mal ecrit\w*|mal (note|notee|saisi|saisie|encode|encodee|enregistre|enregistree|transcrit|transcrite|retranscrit|retranscrite|orthographie|orthographiee)s?|faute\w*|pas correct\w*|plus a jour|obsolete|faux|fausses?)\b",
        CLEAR,
        unless=r"\b(envoye|ecrit|adresse|expedie)e?s? (par erreur )?a (la|une|un|le) (mauvaise?|fausse?) (adresse|personne|service)\b",
        context=r"\b(nom|prenom|adresse|donnees|naissance|e-?mail|orthographe|coordonnees|informations|dossier|mentionne\w*)\b",
    ),
    rule(
        T.RECTIFICATION,
        r"\bc'est\b.{1,60}\bet (non|pas)\b|\b(il|elle) (faut|faudrait) (lire|ecrire)\b",
        CLEAR,
        context=r"\b(nom|prenom|adresse|e-?mail|orthographe|orthographie\w*|ecrit|naissance|numero)\b",
        negatable=False,
    ),
    rule(
        T.RECTIFICATION,
        rf"\b(mon|ma|mes) {_WHAT}\b.{{0,25}}\b(a change|ont change|a ete change\w*|est change\w*)\b|\ble nouveau,? c'est\b|\b(corrigez|rectifiez|modifiez|changez|adaptez)[- ](les|la|le)\b",
        CLEAR,
        context=r"\b(nom|prenom|adresse|numero|gsm|e-?mail|donnees|informations|dossier|coordonnees)\b",
        context_window=1,
    ),
    rule(
        # "merci d'utiliser desormais mon adresse …", "ecrivez-moi dorenavant a …"
        T.RECTIFICATION,
        r"\b(utilis\w*|ecri\w*|envoy\w*|contact\w*)\b.{0,40}\b(desormais|dorenavant|a l'avenir|a partir de maintenant|a partir d'aujourd'hui)\b|\b(desormais|dorenavant)\b.{0,15}\b(utilis\w*|ecri\w*|envoy\w*)\b",
        CLEAR,
        unless=r"\b(ne|n'|pas|plus|jamais)\b",
        negatable=False,  # the negations are what ``unless`` excludes
        context=r"\b(mon|ma|mes) (\w+ )?(adresse|e-?mail|numero|gsm)\b",
        context_window=1,
    ),
    # erasure
    rule(
        T.ERASURE,
        r"\b(supprim\w*|effac\w*|detrui\w*)\b.{0,40}\b((mes|mon|ma|moi|toutes|tout|me)\b|m'|l'ensemble\b)",
        STRONG,
        list_sensitive=True,
    ),
    # the writer's own deletion told ("j'ai supprime par erreur le mail"): read, so that the
    # self-action guard declines it and the mail counts as read and found to ask nothing
    rule(
        T.ERASURE,
        r"\bj'?ai (deja |bien |accidentellement |par erreur )?(supprime|efface|desinstalle)\w*\b",
        CLEAR,
        list_sensitive=True,
    ),
    # the wish that the company no longer hold them: "je ne veux plus que vous ayez mes
    # coordonnees", "je refuse que vous conserviez mes donnees"
    rule(
        T.ERASURE,
        r"\b(je|nous) (ne (veux|voulons|souhaite|souhaitons|desire) (plus|pas)|refuse|refusons|n'accepte plus|n'acceptons plus) que (vous|votre societe|votre entreprise) (\w+ )?(ayez|gardiez|conserviez|deteniez|possediez|stockiez|disposiez)\b (\w+ ){0,2}?(de )?(mes|mon|ma|nos)\b",
        CLEAR,
        negatable=False,
    ),
    rule(
        T.ERASURE,
        r"\bretir\w*\b.{0,20}\b(moi|mes donnees|mon nom|mes coordonnees|mon adresse)\b",
        CLEAR,
        list_sensitive=True,
        unless=_LABEL,
    ),
    rule(
        T.ERASURE,
        r"\b(mes|mon|ma|toutes|tout)\b.{0,50}\b(supprim\w*|effac\w*|detrui\w*)",
        STRONG,
        list_sensitive=True,
    ),
    rule(
        T.ERASURE,
        r"\b(supprim|effac|detrui)\w*-(les|la|le)\b|\b(qu'?(elles|ils)|les|la|le) (soient |soit )?(supprim\w*|effac\w*|detrui\w*)",
        CLEAR,
        context=r"\b(donnees|informations|infos|coordonnees|dossier)\b",
        context_window=1,
    ),
    rule(
        T.ERASURE,
        r"\bdroit a l'?oubli\b|\bdroit a l'effacement\b|\boubliez[- ]moi\b|\bart(icle)? ?17\b",
        STRONG,
    ),
    rule(
        # someone else's record ("d'effacer sa fiche client") or one named by a demonstrative
        # ("supprimer ces messages prives", "effacer ces donnees")
        T.ERASURE,
        r"\b(supprim|effac|detrui)\w*\b (\w+ ){0,2}?(sa|son|ses|leur|leurs|ces|cette|cet|ce) (\w+ )?(fiche|fiches|dossier|compte|profil|donnees|coordonnees|informations|messages|photos|videos|images|enregistrements|cv)\b",
        CLEAR,
        list_sensitive=True,
    ),
    rule(
        # "que les messages personnels soient supprimes", "qu'elles soient effacees"
        T.ERASURE,
        r"\bque (\w+ ){0,4}?(soit|soient) (supprim|effac|detrui)\w*",
        CLEAR,
        context=r"\b(donnees|informations|infos|coordonnees|dossier|fiche|compte|profil|messages|photos|videos|images|cv|enregistrements|(photo)?copies?|scans?)\b",
        list_sensitive=True,
    ),
    rule(
        # the same wish said outright: "je demande que les messages personnels soient supprimes"
        T.ERASURE,
        r"\b(demande|demandons|veux|voulons|voudrais|souhaite|souhaitons|souhaiterais|exige|exigeons|aimerais) (\w+ ){0,2}?que\b.{0,60}?\b(soit|soient) (supprim|effac|detrui)\w*",
        STRONG,
        context=r"\b(donnees|informations|infos|coordonnees|dossier|fiche|compte|profil|messages|photos|videos|images|cv|enregistrements|(photo)?copies?|scans?)\b",
        list_sensitive=True,
    ),
    rule(
        # the pictures I am on: "supprimer les photos sur lesquelles j'apparais"
        T.ERASURE,
        r"\b(supprim|effac|detrui|retir)\w*\b.{0,20}\b(photos?|videos?|images?|enregistrements?)\b.{0,30}\b(j'apparais|je figure|je suis visible|me representent|on me voit)\b",
        CLEAR,
    ),
    rule(
        # "effacer les donnees collectees par ces cookies", "supprimer l'integralite des donnees"
        T.ERASURE,
        r"\b(supprim|effac|detrui)\w*\b (\w+ ){0,2}?(les|l'ensemble des|toutes les|l'integralite des) (donnees|informations|coordonnees)\b",
        CLEAR,
        list_sensitive=True,
    ),
    # removal from where the company stores things: "les supprimer de vos serveurs", "effacer
    # ces enregistrements de vos archives"
    rule(
        T.ERASURE,
        r"\b(supprim|effac|detrui)\w*\b.{0,30}?\b(de|sur|dans) (vos|votre|tous vos|toutes vos) (serveurs?|systemes?|archives|bases? de donnees|fichiers|disques?|cloud|stockage)\b",
        CLEAR,
        list_sensitive=True,
    ),
    rule(
        T.ERASURE,
        r"\b(suppression|effacement)\b",
        CLEAR,
        list_sensitive=True,
        # a deletion to be avoided or prevented ("pour éviter la suppression de votre compte"):
        # the opposite of asking for it
        unless=r"\b(eviter|evitez|empecher|empechez|prevenir|bloquer) (\w+ ){0,2}?(la |l'|cette |une |toute )(suppression|effacement)\b",
    ),
    rule(
        T.ERASURE,
        r"\b(de|hors de) (vos|votre) (fichiers?|bases? de donnees|systemes?|registres?)\b",
        CLEAR,
        list_sensitive=True,
    ),
    rule(T.ERASURE, r"\b(fermer|cloturer|fermez|cloturez|resilier)\b.{0,20}\bcompte\b", WEAK),
    rule(
        T.ERASURE,
        r"\b(veux|voudrais|souhaite|souhaiterais|aimerais)\b.{0,40}\b(donnees|compte|profil|tout|informations|dossier)\b.{0,20}\b(disparaiss\w*|disparu\w*|disparaitre)\b",
        STRONG,
    ),
    # round 15: the data wished gone from where they are kept, as a subjunctive consequence:
    # "vous n'avez aucune raison de conserver mes coordonnées, qu'elles disparaissent de votre
    # base", "que mon profil disparaisse de vos fichiers"
    rule(
        T.ERASURE,
        r"(^|[,:;]\s*|\bet )qu(e |')(\w+ ){0,3}?disparaiss\w* (de|des) (votre|vos|la|le|les|cette|ce) (\w+ )?(base|bases|fichiers?|systemes?|listes?|registres?|crm|donnees|site|catalogue)\b",
        CLEAR,
        # the wish opens its own clause (after a comma, a colon or "et"), so the negation of the
        # reason before it ("vous n'avez aucune raison de les garder, qu'elles disparaissent")
        # does not cancel it, and "je ne veux pas qu'elles disparaissent" never matches
        negatable=False,
    ),
    # restriction
    rule(
        T.RESTRICTION, r"\blimit\w*\b.{0,40}\b(traitement|utilisation)\b|\bart(icle)? ?18\b", STRONG
    ),
    rule(
        T.RESTRICTION,
        r"\b(geler|bloquer|suspendre|gelez|bloquez|suspendez|gel|blocage|suspension)\b.{0,40}\b(traitement|donnees|utilisation|dossier|compte)",
        CLEAR,
    ),
    # the data put in a held state, in plain words: "que mes données soient gelées",
    # "mettez-les en pause"; a state reported ("mon compte a été bloqué") is no request
    rule(
        T.RESTRICTION,
        r"\b(donnees|infos|informations|dossier|fiche)\b.{0,30}\b(gelees?|geles?|bloquees?|suspendues?|mises? en (pause|attente|veille|suspens)|mis en (pause|attente|veille|suspens))\b|\b(mettez|mettre|mettiez)\b.{0,25}\ben (pause|veille|suspens)\b",
        CLEAR,
        context=r"\b(donnees|infos|informations|dossier|fiche|compte)\b",
        unless=r"\b(a|ont|avait|avaient|est|sont|etait|etaient) (ete )?(\w+ )?(gelee?s?|bloquee?s?|suspendue?s?)\b",
    ),
    rule(
        T.RESTRICTION,
        r"\b(conserver|gardez|garder|conservez)\b.{0,50}\bmais\b.{0,50}\b(utilis\w*|trait\w*)|\b(ne|n')\b.{0,30}\b(effacer|supprimer|detruire|jeter)\b.{0,40}\bmais\b.{0,40}\b(plus|pas|non plus)\b.{0,20}\b(utilis\w*|trait\w*|exploit\w*)",
        CLEAR,
        negatable=False,
    ),
    rule(
        T.RESTRICTION,
        r"\b(en attendant|jusqu'a|le temps|tant que)\b.{0,80}\b(plus|pas|rien)\b.{0,30}\b(utilis\w*|trait\w*|serv(e|ent|ir)|envoy\w*|transmet\w*|partag\w*|communiqu\w*|diffus\w*)|\b(plus|pas)\b.{0,30}\b(utilis\w*|trait\w*|serv(e|ent|ir))\b.{0,60}\b(en attendant|jusqu'a|le temps)\b|\b(en attendant|jusqu'a|tant que)\b.{0,80}\b(n'|ne )(utilis|trait|envoy|transmet|partag)\w* (plus|pas|rien)\b|\b(utilis|trait)\w* (plus|pas)\b.{0,60}\b(en attendant|jusqu'a|le temps|tant que)\b",
        CLEAR,
        negatable=False,
    ),
    rule(
        T.RESTRICTION,
        r"\b(a|pour) (aucune autre fin|aucun autre usage|rien d'autre)\b|\ba d'autres fins\b",
        CLEAR,
        negatable=False,
        mail_context=r"\b(conserv\w*|gard\w*|archiv\w*)\b",
    ),
    # round 15: the use narrowed to one purpose: "ne plus utiliser ces données pour autre chose
    # que la comptabilité", "ne les traitez plus que pour la facturation"
    rule(
        T.RESTRICTION,
        r"\b(ne (\w+ )?plus|n'(\w+ )?plus) (\w+ )?(utilis\w*|trait\w*|exploit\w*)\b.{0,40}\b(pour autre chose que|a d'autres fins que|sauf pour|hormis pour|excepte pour)\b|\bne (les |la |le |l')?(utilisez|traitez|exploitez) plus que (pour|dans)\b",
        CLEAR,
        negatable=False,
    ),
    # keep, do not delete, until a claim is settled (art. 18(1)(c))
    rule(
        T.RESTRICTION,
        r"\bne (\w+ )?(supprimez|effacez|detruisez|modifiez|pas supprimer|pas effacer|pas detruire)\b.{0,40}\b(jusqu|tant que|pendant|en attendant)\b|\b(conserver|conservez|preserver|preservez)\b.{0,160}\b(sans|ne pas|aucune|a aucune) (les )?(supprim|effac|detrui|modifi)\w*|\b(conserver|conservez|preserver|preservez|garder|gardez)\b.{0,80}\b(jusqu'a (la fin|l'issue|la cloture|le terme|la conclusion|le reglement) (de la |du |de ma |de l'|de cette |de ce |des )(\w+ )?(procedure|proces|litige|enquete|contre-expertise|expertise|affaire|differend|contestation|instruction)|pendant (toute )?la (duree de la )?procedure|dans la perspective (de la|d'une) procedure|en vue (de la|d'une) procedure)\b|\b(conserver|conservez|preserver|preservez)\b.{0,120}\b(ne (pas )?proceder|sans proceder) a (aucune|la|une) (suppression|effacement|destruction)\b",
        CLEAR,
        negatable=False,
    ),
    # the same with the time before the wish ("tant que le litige dure, ne supprimez pas …"), or
    # no deletion asked as a noun until the end of a case ("ne procéder à aucune destruction
    # des fichiers jusqu'à la clôture de la procédure")
    rule(
        T.RESTRICTION,
        r"\b(tant que|jusqu'a ce que|en attendant|pendant (toute )?la duree)\b.{0,80}(\bne (\w+ )?(supprimez|effacez|detruisez|pas supprimer|pas effacer|pas detruire|rien supprimer|rien effacer|rien detruire)\b|\bn'(effacez|effaciez|effacer) (rien|pas|aucune?)\b)|\b(ne (\w+ )?rien (supprimer|effacer|detruire)|n'(effacez|effaciez) rien)\b.{0,60}\b(jusqu'a|tant que|en attendant)\b|\bne (pas )?proceder a (aucune?|la moindre) (suppression|effacement|destruction)\b.{0,160}\b(jusqu'a|tant que|en attendant|pendant (toute )?la duree)\b|\b(tant que|jusqu'a ce que|en attendant)\b.{0,80}\bne (pas )?proceder a (aucune?|la moindre) (suppression|effacement|destruction)\b",
        CLEAR,
        negatable=False,
    ),
    # portability
    rule(T.PORTABILITY, r"\bportabilit\w*|\bart(icle)? ?20\b", STRONG),
    rule(
        T.PORTABILITY,
        r"\blisible par (une )?machine",
        STRONG,
        tag="format",
    ),
    rule(
        T.PORTABILITY,
        r"\b(csv|json|xml|excel)\b|\bformat (structure|electronique|numerique|courant)",
        CLEAR,
        tag="format",
        context=r"donnees|informations|fichier|format|export",
        # formats named in a question that asks for nothing, only which it would be: "un
        # fichier CSV, un PDF ?", "c'est en Excel ou en PDF ?" ("pouvez-vous m'envoyer mes
        # données en CSV ?" asks for them)
        unless=r"^(?![^?]*\b(pouvez|pourriez|voulez|voudriez|merci|veuillez|svp|envoy\w*|transm\w*|fourni\w*|export\w*|transf\w*|recuper\w*|moyen de|possible de|possibilite de|puis-je|recevoir|obtenir|souhaite|souhaiterais|voudrais|aimerais|veux|demande)\b)[^.!?]*\b(csv|json|xml|excel)\b[^.!?]*\?\s*$",
    ),
    rule(
        T.PORTABILITY,
        r"\b(transferer|transmettre|transferez|transmettez|transfert)\b.{0,60}\b(a|vers|chez|au) (un |une |mon |ma |mon futur |mon nouvel |le nouveau |la nouvelle )?(autre|nouveau|nouvel|nouvelle|futur)\b",
        CLEAR,
        context=r"donnees|informations|dossier|historique",
    ),
    rule(T.PORTABILITY, r"\bexport\w*\b", CLEAR, context=r"donnees|informations"),
    rule(
        T.PORTABILITY,
        r"\b(transmettre|envoyer|fournir|donner|transferer)\b.{0,40}\b(mes donnees|fichier|format)\b",
        CLEAR,
        mail_context=r"\b(autre|nouveau|nouvel|nouvelle)\b.{0,20}\b(fournisseur|prestataire|employeur|societe)\b",
    ),
    # objection
    rule(
        DIRECT_MARKETING,
        r"(?<!\bmalgre mon )(?<!\bmalgre ma )(?<!\bmalgre cette )(?<!\bmalgre notre )(?<!\bmalgre son )(?<!\bmalgre leur )\bopposition\b|(?<!\bqui )\bm'?oppose\w*\b|\bje m'oppose|\bje m'y oppose|\bopposer\b|\bdroit d'opposition",
        STRONG,
        negatable=False,
        # "un litige m'oppose à votre société": a dispute, no objection
        unless=r"\b(litige|conflit|differend|desaccord|proces|contentieux)\b.{0,15}\bm'oppose"
        # whether the writer may object, asked: "est-ce que je peux m'opposer à ça ?", "puis-je
        # m'y opposer ?", "ai-je le droit de m'opposer à ce traitement ?", "est-il possible de
        # s'opposer …?": a question about the right, the objection not made (an objection is
        # made by saying it: "je m'oppose", "merci de noter mon opposition")
        + r"|(\b(est-ce que|est ce que) (je|j'|on) (peux|pourrais|peut|pourrait|ai le droit de|aurais le droit de)|\b(puis-je|pourrais-je|peut-on|pourrait-on|ai-je le droit de|aurais-je le droit de)|\b(est-il|serait-il|est-ce) possible (de|d')|\bje (peux|pourrais))( (vraiment|encore|aussi|quand meme|toujours))? (m'|m'y |s'|s'y |nous |nous y |me |y )?(oppos\w*|faire (opposition|valoir (mon|le) droit d'opposition))\b[^.!?]*\?"
        # a subject that names a question's topic ("Question sur l'opposition")
        + r"|^(questions?|infos?|informations?|renseignements?) (sur|concernant|a propos de|au sujet de|relatives? a) ",
    ),
    rule(
        T.OBJECTION,
        r"(?<!\bviolation de l')(?<!\bnon-respect de l')(?<!\bvioler l')\bart(icle)? ?21\b",
        STRONG,
    ),
    rule(
        T.OBJECTION,
        r"\bprofilage\b|\bsegmentation\b|\bprofil (commercial|marketing)|\bdecision automatisee|\b(me|nous) profiler\b",
        CLEAR,
        negatable=False,
        tag="profiling",
    ),
    # an authorisation to use one's (or one's child's) image withdrawn: "je retire mon
    # autorisation pour l'utilisation en ligne de l'image de mon fils"
    rule(
        T.OBJECTION,
        r"\b(retire|retirons|revoque|revoquons|retirer|revoquer)\b (\w+ )?(mon|notre|son|leur|l') (autorisation|accord|consentement)\b.{0,80}\b(image|images|photos?|videos?|portraits?|droit a l'image)\b",
        CLEAR,
    ),
    # stop passing my things on: "arretez de communiquer mon numero prive aux clients", "cessez
    # de transmettre mes coordonnees a vos partenaires"
    rule(
        T.OBJECTION,
        r"\b(arretez|cessez|arreter|cesser|ne plus) (de |d')?(\w+ )?(communiquer|transmettre|partager|donner|diffuser|vendre|transferer|refiler|divulguer)\b (\w+ ){0,2}?(mes|mon|ma)\b",
        CLEAR,
        negatable=False,
        # for the time a dispute is cleared up, a freeze: "en attendant que ce soit éclairci,
        # gelez mon dossier et ne transmettez plus rien à mon employeur", "tant que ce n'est
        # pas réglé, cessez de communiquer mes heures": a restriction, no objection
        yields_to=T.RESTRICTION,
    ),
    rule(
        T.OBJECTION,
        # the wish that the calls stop, in the subjunctive: "je ne veux plus que vous m'appeliez
        # pour vos promotions", "je refuse qu'on me téléphone", "je ne souhaite pas que vos
        # vendeurs me rappellent"
        r"\b(ne (veux|souhaite|desire|voudrais|tiens) (plus|pas)|refuse) (que |qu')(vous|on|l'on|(vos|votre) \w+) (me |m'|nous )?(r?appel(iez|le|lent)|telephon(iez|e|ent)|contact(iez|e|ent) (\w+ )?par telephone)\b|"
        r"\b(ne (plus|pas|jamais) (m'|me |nous )?(appeler|telephoner|appelez|telephonez|rappeler))|\b(arretez|cessez|stop|arreter|cesser)\b.{0,20}\b(de m'appeler|de me telephoner|les appels|vos appels|d'appeler|le harcelement telephonique)|\bne m'appelez (plus|pas|jamais)\b|\bne me (telephonez|rappelez) (plus|pas|jamais)\b(?! (avant|apres|entre|pendant|ce|cette|aujourd'hui|demain)\b)|\b(plus d'|aucun )(appels?|coups de fil)\b|\bdemarchage telephonique\b|\bappels?\b.{0,40}\b(cesser|arreter|stop|plus)\b",
        STRONG,
        negatable=False,
    ),
    rule(
        T.OBJECTION,
        rf"\b{_NOMORE}\b.{{0,40}}\b(courriers? (postaux|papier)|courriers?\b(?! electronique)|prospectus|catalogues?|brochures?|depliants|toutes-boites|folders|lettres)\b|\b{_NOMORE}\b.{{0,40}}\b(par (la )?poste|dans (ma|la) boite aux lettres)\b",
        CLEAR,
        negatable=False,
    ),
    # "démarchage", "me démarcher", "démarché par téléphone"; not "mes démarches administratives"
    rule(
        DIRECT_MARKETING,
        r"\bdemarch(age\w*|er|ee?s?|ent|ez|ait|aient|eurs?|euses?)\b(?<!\bdemarche)(?<!\bdemarches)|\b(me|nous|m'|vous me|on me) demarche(s|z|nt)?\b|\b(suis|sommes|etre|ete|est|sont) demarche(e|s|es)?\b|\bdemarches? (commerciale?s?|telephoniques?|publicitaires?|a domicile)\b",
        CLEAR,
        negatable=False,
    ),
    rule(
        DIRECT_MARKETING,
        r"\bmarketing direct\b|\bprospection( commerciale)?\b",
        CLEAR,
        negatable=False,
    ),
    rule(
        T.OBJECTION,
        r"\b(n'utilisez plus|cessez d'utiliser|arretez d'utiliser|ne plus utiliser|cesser d'utiliser|arreter d'utiliser|ne plus traiter|cessez de traiter)\b.{0,30}\b((mes|mon|ma)\b|(cette|ces|cet|ce) (\w+ )?(photos?|videos?|images?|enregistrements?|donnees|informations|coordonnees|mention)\b)",
        CLEAR,
        negatable=False,
        yields_to=T.RESTRICTION,
    ),
    rule(T.OBJECTION, r"\binteret legitime\b", WEAK, negatable=False),
    rule(
        T.OBJECTION,
        r"\bne (\w+ )?(plus|jamais) (etre )?(appele|rappele|telephone)e?s?\b|\bne (\w+ )?(plus|jamais) (etre )?(contacte|sollicite|demarche)e?s? par telephone\b",
        STRONG,
        negatable=False,
    ),
    rule(
        T.OBJECTION,
        r"\b(pubs?|publicites?|offres|annonces|marketing|promotions?) (ciblee?s?|personnalisee?s?)\b|\b(sur (la )?base|en fonction|a partir|au vu) de mes (achats|commandes|habitudes)\b|\b(habitudes|comportement|historique) d'achats?\b",
        CLEAR,
        negatable=False,
        tag="profiling",
    ),
    rule(
        T.OBJECTION,
        r"\b(vous )?interdi\w*\b.{0,40}\b(utiliser|traiter|exploiter|partager|transmettre|analyser)\b",
        CLEAR,
        negatable=False,
        yields_to=T.RESTRICTION,
    ),
    rule(
        T.OBJECTION,
        r"\b(scoring|notation|score) (des )?(clients|commercial)\b|\bprofils? (clients?|commerciaux|marketing|d'achat)\b|\b(m'attribuer|attribuer) un score\b",
        CLEAR,
        negatable=False,
        tag="profiling",
    ),
    # marketing opt-out
    rule(T.MARKETING_OPT_OUT, r"\bdes-?abonn\w*|\bdes-?inscri\w*", STRONG, negatable=False),
    rule(
        MARKETING,
        rf"\b{_NOMORE}\b.{{0,60}}\b{_EMEDIA}\b",
        CLEAR,
        negatable=False,
        yields_to=T.RESTRICTION,
        # the e-mail is the way of a reply ("si vous n'avez aucune donnee, une confirmation par
        # courriel suffit"), in a sentence with no advertising in it
        unless=r"(?s)^(?!.*\b(newsletters?|pubs?|publicit\w*|promo\w*|offres|marketing|commerciale?s?|infolettres?|sollicitations?|prospection|spams?)\b).*\b(reponse|confirmation|copie|retour|accuse de reception|repondre|confirmer)\b (\w+ ){0,3}?par (courriel|e-?mail|mail)\b",
    ),
    rule(
        MARKETING,
        r"\b(retir|revoqu)\w*\b.{0,30}\bconsentement\b|\bconsentement\b.{0,80}\b(retir|revoqu)\w*",
        CLEAR,
        negatable=False,
        context=r"\b(prospection|publicit\w*|marketing|commerci\w*|newsletters?|infolettres?|promo\w*|offres|non sollicit\w*|e-?mails?|courriels?|sms|sollicitations?|demarchage)\b",  # pour la prospection; pour tout traitement: l'effacement
    ),
    rule(
        MARKETING,
        r"(\b(retir|enlev|supprim|ot)\w*[- ]moi|\b(me|m') ?(retir|enlev|ot)\w*)\b.{0,20}\b(de |d')(toutes )?(la|votre|vos|cette|ces|les) (liste|listes|mailing|newsletter|envois)",
        CLEAR,
        negatable=False,
    ),
    rule(
        T.MARKETING_OPT_OUT,
        r"\b(liste|listes) (de |d')(diffusion|distribution|mailing|contacts?|envoi)\b|\bmailing ?list",
        CLEAR,
        negatable=False,
    ),
    rule(
        MARKETING,
        r"\bje n'en (veux|souhaite|desire) plus\b|\bj'en (veux|veut|desire) (plus|pas)\b|\bne (veux|souhaite|desire) plus (les|la|le|en) recevoir\b|\bne plus (les|la|le|en) recevoir\b|\bn'en veux plus\b",
        CLEAR,
        negatable=False,
        mail_context=_ADS,
    ),
    # a bare "STOP" (the SMS reply keyword) in a mail about electronic advertising
    rule(
        T.MARKETING_OPT_OUT,
        r"^(stop|stop svp|stop merci|stop stop)\W*$",
        CLEAR,
        negatable=False,
        mail_context=r"\b(sms|textos?|newsletters?|infolettres?|e-?mails?|mails?|courriels?)\b.{0,40}\b(promo\w*|pub\w*|publicit\w*|offres|commerci\w*|marketing)\b|\b(promo\w*|pubs?|publicit\w*|offres|commerci\w*|marketing)\b.{0,40}\b(sms|textos?|newsletters?|infolettres?|e-?mails?|mails?|courriels?)\b",
    ),
    # unsolicited communications refused: marketing, sorted by channel
    rule(
        MARKETING,
        r"\b(communications?|messages?|courriers?|courriels?|sollicitations?|publicites?|offres) (\w+ )?non (sollicite|desire)e?s?\b",
        CLEAR,
        negatable=False,
    ),
    # complaint
    rule(
        # personal data handled carelessly: the writer complains about how it is handled
        T.COMPLAINT,
        r"\b(negligen\w*|irresponsable\w*|desinvolt\w*|amateuris\w*|a la legere|jouez avec|joue avec|comme bon vous semble|mecontent\w*|insatisfait\w*|pas (du tout |tres )?satisfait\w*)\b",
        CLEAR,
        context=r"\b(donnees|informations|vie privee|adresses e-?mail|coordonnees|traite\w*|gere\w*|gestion)\b",
        conditional_drop=True,
        negatable=False,
    ),
    rule(
        T.COMPLAINT,
        r"\bplainte\b|\bje me plains\b|\bme plaindre\b|\breclamation\b",
        STRONG,
        mail_context=_PRIVACY,
        unless=r"\b(plainte|reclamation)s? (a mon sujet|contre moi|me concernant|a mon encontre)\b|\b(s'est|se sont|s'etait) plaint\w* de moi\b",
        conditional_drop=True,
    ),
    rule(
        T.COMPLAINT,
        r"\b(autorite de protection des donnees|autorite de controle|apd|gba|cnil|commission vie privee)\b",
        CLEAR,
        conditional_drop=True,
        negatable=False,
        # the authority cited as a source of guidance ("la CNIL a rappele que", "selon l'APD",
        # "les recommandations de la CNIL") or the writer's own dealings with it at work: no
        # complaint of the writer's
        unless=r"\b(autorite de protection des donnees|autorite de controle|apd|gba|cnil|commission vie privee)\b( \w+){0,4}? (a|ont|avait|avaient) (\w+ )?(rappele|recommande|publie|precise|souligne|estime|juge|considere|confirme)\b|\b(selon|d'apres|(les |des )?(recommandations|lignes directrices|guides?|avis) de) (l'|la )(autorite|apd|cnil|gba)\b|\b(mon|ma|mes|notre|nos) (\w+ )?(experience|pratique|relations?|contacts?|echanges) (\w+ ){0,3}?(avec|aupres de) (l'|la )(autorite|apd|cnil|gba)\b",
    ),
    rule(
        T.COMPLAINT,
        r"\b(inadmissible|inacceptable|scandaleu\w*|scandale|indigne\w*|furieu\w*|(?<!\ben )outre\w*|choque\w*)\b",
        CLEAR,
        context=r"\b(donnees|informations|vie privee|demande|fuite|piratage|pirate\w*|transmis|vendu\w*|partage\w*|accord|consentement|autorisation)\b",
        context_window=1,
        mail_context=r"\b(donnees|vie privee|rgpd|gdpr|supprim\w*|effac\w*|personnel\w*|desabonn\w*|fuite|pirat\w*)\b",
        conditional_drop=True,
        negatable=False,
    ),
)

_VOUS = r"(vous|votre (societe|entreprise|organisation)|alsico|le responsable( du traitement)?|les responsables( du traitement)?)"
_ACTE = r"(supprimez|effacez|envoyez|communiquez|transmettez|corrigez|rectifiez|cessez|arretez|retirez|desinscrivez|fournissez|indiquez|confirmez|bloquez|limitez)"

CUES = Cues(
    information_lead=r"\b(informations?|elements|points|renseignements|precisions) suivant(e)?s\b|\bnotamment\b|\ben particulier\b|\by compris\b|\b(informations?|renseignements?|precisions) (sur|concernant|relatives? a|quant a)\b|\b(m'indiquer|me communiquer|me preciser|me faire savoir|m'informer|indiquez-moi|communiquez-moi) (ce qui suit|les (elements|points) suivants)\b|\b(m'indiquer|me communiquer|me preciser|me faire savoir|me dire|m'informer|me fournir|nous indiquer|nous communiquer|indiquez-moi|communiquez-moi|precisez-moi)\s*:\s*$",
    information_item=r"^(et |ou )?(les? |la |l'|des |toute |tous |toutes )?(finalites?|categories?|destinataires?|existence|droit|droits|duree|durees|periode|conservation|source|sources|origine|logique|importance|consequences|garanties|base (legale|juridique)|informations?|lorsque|si|quelles?|quels?|qui|criteres|pays tiers|transferts?)\b",
    information_head=r"\b(informations?|renseignements?|precisions?|explications?|confirmation) (sur|concernant|relatives? a|quant a|au sujet de)\b|\bl'existence (du|de|d')\b|\b(savoir|indiquer|dire|preciser|informer|confirmer|faire savoir|me dire|m'indiquer|m'informer|me preciser|me confirmer|nous dire) (\w+ ){0,2}?si\b",
    duty=rf"\b{_VOUS} (etes |est |serez |sont )?(egalement |donc |legalement |en outre |alors )*(tenu|tenus|tenue|oblige|obliges|obligee|contraint|devez|doit|devrez|avez l'obligation|a l'obligation)\b (de |d')?(\w+ ){{0,3}}?(informer|notifier|communiquer|indiquer|justifier|motiver|expliquer|prendre|documenter|preciser|demontrer|prouver|transmettre|repondre|veiller|aviser)\b|\bvous (oblige|obligent|impose|imposent|contraint|contraignent)\b|\b(le responsable du traitement|les responsables du traitement) (doit|doivent|est tenu|sont tenus)\b"
    # the company's future duty acknowledged: "je sais que vous devrez ensuite supprimer mes
    # données" (no request of the writer's)
    + r"|\b(je sais|je comprends|j'ai (bien )?compris|je suis (bien )?consciente?|je n'ignore pas|il est (bien )?normal|c'est (bien )?normal|bien sur) (bien |parfaitement )?(que |qu')(vous|votre (societe|entreprise|service)|la societe|l'entreprise|vos services) (\w+ ){0,2}?(devrez|devez|devrait|devriez|devra|allez devoir|serez tenus?|etes tenus?|serez obliges?|etes obliges?)\b",
    reaction=rf"\b(si|au cas ou|dans le cas ou|dans l'hypothese ou|pour le cas ou|si jamais|dans la mesure ou) {_VOUS} (\w+ ){{0,2}}?(vous opposez|vous opposiez|vous oppose|opposez|refusez(?! de)|refusiez(?! de)|rejetez|declinez|estimez|estimiez|considerez|consideriez|pensez|jugez|croyez|invoquez|deviez (refuser|vous opposer|rejeter)|avez (des |un |une )?(doutes?|motifs?|raisons?|besoin|questions?)|ne pouvez pas m'identifier|n'etes pas en mesure de m'identifier|ne parvenez pas a m'identifier)|\b(si|dans la mesure ou|au cas ou|lorsque) (des |une |les )?(obligations? (legales? |reglementaires? )?de conservation|durees? (legales? )?de conservation)\b|\b(si|dans la mesure ou|au cas ou) (vous etes|vous seriez) (legalement )?(tenu|tenus|tenue|oblige|obliges|obligee) de conserver\b|\b(si|au cas ou) (l'effacement|la suppression) (n'est pas possible|est impossible|ne peut pas etre)\b"
    # an option only described, the writer's request as its exception: "sauf si je demandais
    # leur suppression", "à moins que je ne demande l'effacement"
    + r"|\b(sauf (si|lorsque|quand)|a moins que|a moins qu') (je|j'|nous|le candidat|la candidate|la personne concernee|l'interesse\w*) ?(ne |n')?(\w+ ){0,2}?(demande|demandais|demandait|demanderais|demandiez|sollicite|sollicitais|exerce|exercais|m'oppose|m'opposais|retire|retirais|fais|faisais)\b"
    # the writer's request only supposed, in a question about how it goes: "si on demande la
    # portabilité de ses données, dans quel format les reçoit-on ?", "si je vous demandais une
    # copie, combien de temps faut-il ?", "si j'exerce mon droit d'accès, c'est gratuit ?"
    + r"|\b(si|au cas ou|dans le cas ou) (on|l'on|je|j') ?(vous |leur |en )?(demande|demandais|demanderais|fais une demande|faisais une demande|exerce|exercais|voulais|souhaitais|introduis|introduisais)\b(?=[^.!?]*\?)",
    reservation=r"\bje me reserve (le droit|la possibilite)\b|\b(je|nous) (vous |leur )?(demanderai|demanderais|demanderons|demanderions|exigerai|exigerais|reclamerai|reclamerais)\b|\bsous reserve de\b|\b(je|nous) (me |nous )?(verrai|verrais|verrons|serai|serais|serons) (alors |dans ce cas )?(contraint|contrainte|contraints|oblige|obligee|obliges|dans l'obligation)\b|\b(je|nous) (saisirai|saisirais|saisirons|deposerai|deposerais|deposerons|introduirai|introduirais|porterai|porterais|m'adresserai|m'adresserais|contacterai|contacterais|informerai|alerterai)\b.{0,80}\b(plainte|cnil|apd|autorite|tribunal|justice|avocat|recours)\b|\b(sinon|a defaut|faute de quoi|sans quoi)\b.{0,80}\b(plainte|cnil|apd|autorite|tribunal|justice|avocat|recours|juridiques?)\b|\b(demarches|poursuites|actions|recours|voies|mesures) (juridiques|judiciaires|legales|de droit)\b|\bsans reponse de votre part\b|\ben l'absence de (reponse|reaction)\b|\bj'ai (egalement |aussi )?le droit de (deposer|introduire|saisir|porter)\b|\bou (bien )?(je|nous) (saisis|saisirai|porte|porterai|depose|deposerai|vais|irai|contacte|contacterai)\b",
    # a notice's whole list of rights addressed to the reader: "vous disposez d'un droit
    # d'accès, de rectification, …", "vous pouvez introduire une réclamation auprès de …"
    right_named=r"\b(vous|chaque personne|toute personne|la personne concernee|l'utilisateur|le client) (disposez|dispose|beneficiez|beneficie|jouissez|jouit) (egalement |aussi |notamment |a tout moment )*(d'un|du|des|d'une|de|d') (\w+ )?droits? [^.;!?]*|\b(vous|on|toute personne|chacun|le client|l'utilisateur) (pouvez|peut|pourrez|pourra|avez le droit d'|a le droit d'|disposez du droit d'|etes en droit d') ?(egalement |aussi |a tout moment |toujours |en outre )*(introduire|deposer|adresser|porter|formuler) (une )?(reclamation|plainte)\b[^.;!?]*|"
    + r"\b(les|des|ces|aux) demandes (d'|de )(\w+ ){0,2}?(acces|rectification|effacement|suppression|opposition|portabilite|limitation)\b|\bdroits? (d'|de l'|a l'|au |a la |de |a |d'introduire |de deposer )(\w+ ){0,2}?(l'|la |le )?(acces|rectification|effacement|suppression|oubli|limitation|portabilite|opposition|opposer|reclamation|plainte)|\bart(icle)?s? ?\d{2}\b",
    speech_act=rf"\b(je|nous) (?!ne (le |la |les |l'|vous |leur )*(demande|demandons|sollicite|exige|reclame) (pas|rien|plus)\b)(vous )?(\w+ ){{0,2}}?(demande|demandons|prie|prions|sollicite|sollicitons|souhaite|souhaitons|veux|voulons|voudrais|voudrions|exige|exigeons|requiers|oppose|opposons|retire|retirons|revoque|revoquons|exerce|exercons|invoque|invoquons|fais valoir|faisons valoir|reclame|reclamons|vous mets en demeure)\b|\bveuillez\b|\bmerci de\b|\bs'il vous plait\b|\bsvp\b|^{_ACTE}\b|\bpar la presente\b|\bje vous (ecris|adresse) (pour|afin de)\b|^([a-z0-9][\).] |- )(lui |leur |me |m'|nous )?(communiquer|effacer|supprimer|rectifier|corriger|transmettre|fournir|limiter|cesser|confirmer|indiquer)\b|\b(il|elle|ils|elles|mon client|ma cliente|mes clients|notre (client|cliente|utilisat\w*|membre|mandant\w*|affilie\w*)|les heritiers|les travailleurs|l'interesse\w*) (vous |nous |me |m')?(egalement |aussi |par ailleurs |donc |en outre |formellement |enfin )?(demande|demandent|prie|prient|sollicite|sollicitent|souhaite|souhaitent|exige|exigent|s'oppose|s'opposent|retire|retirent|exerce|exercent|reclame|reclament)\b|\bje reitere\b",
    recipients_notified=r"\bart(icle)? ?19\b|\b(notifi|inform|communiqu|avert)\w*\b.{0,60}\bdestinataires?\b|\bdestinataires?\b.{0,60}\b(informes?|notifies?|avertis)\b",
    direct_marketing=r"\bprospection\b|\bmarketing direct\b",
    new_phrase=rf"[;]|\b(et|mais|puis|donc|ainsi|aussi|par ailleurs|en outre)\b,? (je|veuillez|merci de|nous)\b|\b(et|mais|puis) {_ACTE}\b|\b(et|ou) (ensuite|puis|apres cela|par la suite|egalement|aussi)\b",
    # (also a request only announced, the writer asking where to send it: "la demande d'accès
    # que je compte vous envoyer"; and what is asked said to be no personal data: "ces
    # informations ne constituent pas des données à caractère personnel")
    business=r"\b(contrat de sous-traitance|accord de traitement des donnees|sous-traitants? ulterieurs?|questionnaire (fournisseur|de securite|de conformite|rgpd)|evaluation (\w+ ){0,2}?(des |de nos )?fournisseurs?|accord de sous-traitance|demandes (d'acces|de rectification|d'effacement)\b.{0,60}\bde nos (agents|clients|salaries|employes|membres|utilisateurs|collaborateurs)|due diligence|iso ?27001|mesures techniques et organisationnelles|donnees (personnelles )?de nos (clients|salaries|employes|collaborateurs|membres))\b|\b(mon|ma|notre) (memoire|these|recherche|etude|article|enquete|reportage)\b|\bje suis (un |une )?(etudiant|etudiante|journaliste|chercheur|chercheuse)\b|\bpour (un|mon|notre) (article|memoire|reportage)\b|\b(vous invite|vous convie)\w* (\w+ ){0,2}?(a|au|aux) (sa |son |notre |la |le |une |un )?(matinee|journee|soiree|seance|session|formation|conference|seminaire|webinaire|atelier|colloque|petit-dejeuner)\b|\binscription (gratuite|obligatoire|offerte)\b|\bnotre (agence|bureau|societe|cabinet|equipe|studio)\b.{0,40}\b(propose|offre)\b|\bsouhaitez-vous (recevoir )?(un|une|notre) (devis|offre|proposition|demonstration)\b|\bje ne (vous )?demande rien\b|\bdemande (d'acces|de copie|d'effacement|de suppression|de rectification)\b.{0,60}\bque (je|nous) (compte|comptons|vais|allons|pense|pensons|prevois|prevoyons) (vous )?(envoyer|adresser|introduire|faire parvenir)\b|\b(ces|les) (informations|elements|renseignements|documents|pieces) (demande\w* )?ne (constituent|sont) pas des donnees (a caractere personnel|personnelles)\b",
    salutation=r"(?m)^(madame,? monsieur|monsieur,? madame|mesdames,? messieurs|a qui de droit|madame la|monsieur le|chere madame|cher monsieur)\b",
    on_behalf=r"\b(au nom (de|du|d'|des)|en tant que (\w+ )?(representants? legaux|representante? legale?|parents?|tuteur|tutrice|mandataire|avocate?)|pour le compte (de|du|d'|des)|en (ma |sa |notre |leur )?qualite de (representant|representante|tuteur|tutrice|curateur|curatrice|mandataire|avocat|avocate|parent|conseil)|(mon|ma|notre) (client|cliente|mandant|mandante)|mandate par|je represente|nous representons|procuration)\b|\b(j'?ecris|ecris|je vous ecris) (\w+ ){0,2}?pour (mon|ma) (pere|mere|fils|fille|mari|epouse|femme|grand-pere|grand-mere|frere|soeur|compagnon|compagne)\b|\ben (son|leur) nom\b|\ben qualite d'(assureur|avocat|avocate|administrat\w*|heritier\w*|delegue\w*|representant\w*|mandataire|executeur\w*)|\b(designee?s?|nommee?s?) (comme )?(administrat\w*|tuteur|tutrice|curat\w*|mandataire)|\b(charge|chargee|chargees|charges) de la succession\b|\bles heritiers\b|\bm'ont mandate\w*",
    # the company's own reminder ("votre rappel de paiement", "your reminder") is none of ours
    reminder=r"(?<!\bvotre )(?<!\bvos )\b(rappel|relance|deuxieme demande|seconde demande|troisieme demande|je me permets de (vous )?(relancer|rappeler))\b|\bje vous rappelle (ma|mon|notre|nos|mes)\b",
    unanswered=r"\b(sans reponse|aucune reponse|pas de reponse|pas (encore )?(repondu)|rest(e|ee) (lettre morte|sans suite)|toujours (pas|aucune|sans) (de |d')?(reponse|nouvelles)|je reste (toujours )?(dans l'attente|sans nouvelles)|(le )?delai (d'un mois )?(est|a) (desormais |aujourd'hui )?(expire|ecoule|depasse)|a ce jour\b.{0,40}\b(rien|aucune|pas))\b|\bsans (reponse|nouvelles|suite) a (ma|mon|notre)\b|\bni accuse de reception\b",
    earlier_request=r"\b(ma|mon|notre|nos|mes) (\w+ ){0,2}?(demande|lettre|courrier|e-?mail|courriel|message) (du|en date du|datee du|envoyee? le|adressee? le) (\d|1er)|\b(je|nous) vous (ai|avais|avons|avions) (\w+ ){0,3}?(adresse|envoye|transmis|ecrit|fait parvenir)\b|\bj'ai (\w+ ){0,3}?(adresse|envoye|transmis|fait parvenir) (une|ma|un|mon) (\w+ )?(demande|lettre|courrier|e-?mail|courriel)\b|\b(ma|mon|notre|mes) (\w+ ){0,2}?(demande|lettre|courrier|e-?mail|courriel|message|opposition) (du|en date du|datee? du) (\d|1er)",
    renewal=r"\b(a nouveau|de nouveau|une nouvelle fois|encore une fois|reitere\w*|renouvelle\w*|relancer|je maintiens (\w+ )?ma demande|ou en est ma demande)\b|\b(faire droit|donner suite|repondre|satisfaire) a (ma|notre) (\w+ )?demande\b|\b(traiter|traitez|executer|executez) (enfin |rapidement |sans plus tarder )?(ma|notre) demande\b|\bles (informations|donnees|documents|elements) (que (je vous ai|j'ai) )?demande(e)?s\b|\bce que (je vous ai|j'ai) demande\b",
    authority=r"\b(cnil|apd|autorite de protection des donnees|autorite de controle|commission nationale de l'informatique et des libertes|gba|cnpd|commission vie privee)\b",
    authority_complaint=r"^(?=.*\b(cnil|apd|autorite de protection des donnees|autorite de controle|commission nationale de l'informatique et des libertes|gba|cnpd|art(ikel|icle|\.)? ?77)\b)(?=.*\b(plainte|reclamation)\b).*\b(depose|deposee|introduit|introduite|adresse|adressee|envoye|envoyee|saisi|transmis|transmise|copie de (ma|la|notre) (plainte|reclamation))\b",
    authority_address=r"^((plainte|reclamation) (aupres de|a|adressee a) (la |l')?|a l'attention de|a l'attention|a|madame la presidente|monsieur le president)\b.{0,80}\b(cnil|apd|autorite de protection des donnees|autorite de controle|commission nationale de l'informatique et des libertes|gba|cnpd)\b",
    authority_lodging=r"^(?!.*\b(si (ca|cela|ce|vous|rien|je)|sinon|a defaut|faute de quoi|sans quoi|au cas ou)\b)(?=.*\b(cnil|apd|autorite de protection des donnees|autorite de controle|commission nationale de l'informatique et des libertes|gba|cnpd|art(ikel|icle|\.)? ?77)\b).*(\b(je|nous) (vous )?(depose|deposons|introduis|introduisons|adresse|adressons|porte|portons|forme|formons),? (par la presente,? |ici )?(une |cette |ma |la presente )?(plainte|reclamation)\b|\bpar la presente,? (je|nous) (depose|introduis|deposons|introduisons) (une )?(plainte|reclamation)\b)",
    reported=r"\b(m'a|m'ont|nous a|nous ont|m'avait|m'avaient|nous avait|nous avaient|m'avez|m'aviez|nous avez|nous aviez) (\w+ ){0,2}?(dit|informee?|indique|explique|ecrit|repondu|assure|annonce|affirme|precise|promis)\b|\bselon (vous|votre|vos)\b"
    # what a letter or notice said: "une lettre disant que mes données seraient gardées …"
    + r"|\b(lettre|courrier|mail|e-?mail|courriel|message|avis|notice|politique|texte|formulaire|contrat|document) (\w+ ){0,3}?(disant|indiquant|precisant|expliquant|stipulant|mentionnant|annoncant|qui disait|qui indiquait|qui precisait) (que |qu')",
    represents=r"\ben (son|leur) nom\b|\bau nom de (celle|celui|ceux|celles)-ci\b|\bm'ont mandatee?s?\b|\bmandatee? par (monsieur|madame|m|mme|mon|ma|mes|les|nos)\b|\ben (ma |sa |notre )?qualite d'(administrat\w+|heriti\w+|ayant droit|executeur)|\b(designee?|nommee?) (comme |en qualite d')?(administrat\w+|tut\w+|curat\w+|mandataire)|\badministrat(eur|rice) (provisoire |judiciaire )?des biens\b|\ben tant que (\w+ ){0,2}?(fille|fils|epouse|epoux|mari|veuve|veuf|heritiere?|administrat\w+|mere|pere|parents?)\b|\bje suis (sa|son) (fille|fils|epouse|mari|veuve|veuf|tut\w+|administrat\w+|heriti\w+|mere|pere)\b|\((sa|son) (fille|fils|epouse|mari|veuve|veuf|mere|pere)\)|\bchargee? de la succession\b|\bassureur (\w+ ){0,3}?de (monsieur|madame|m|mme)\b|\b(m'a|m'ont) (\w+ )?demande de vous (transmettre|faire suivre|faire parvenir) (sa|leur)\b",
    relative_owner=r"ma|mon|notre",
    relative=r"pere|mere|maman|fils|fille|mari|epouse|enfant",
    their_data=r"\b(son|sa|ses|leurs?) (\w+ ){0,2}?(donnees|compte|fiche|numero|photo|adresse|dossier|profil)\b|\ba son (nom|sujet|attention)\b|\b(le|la) concernant\b|\bne plus (rien )?lui\b",
    cannot_write=r"\b(decedee?|deces)\b|\(1[0-7]( ans)?\)|\b1[0-7] ans\b",
    firm=r"\b(sa|sprl|srl|societe|entreprise)\b",
    earlier_act=r"\bje me suis (deja )?(oppose|desinscrit|desabonne)\b|\b(j'ai|je vous ai) (deja |bien )?(ecrit|demande|envoye|signale)\b",
    maintained=r"\bje maintiens\b|\bje (demande|exige|attends) toujours\b|\bma demande (reste|tient)\b",
    thanks=r"\b(merci)\b",
    cancelled=r"\b(oubliez|annulez|ignorez|j'annule|je retire|je change d'avis)\b|\bdemande est annulee\b",
    lodging=r"\b(j'|je |nous )(ai |avons )?(introdui\w*|depos\w*|adresse|porte|forme) (\w+ ){0,2}?(une |ma |cette |la )?(plainte|reclamation)\b|\bj'ai (\w+ )?saisi\b",
    lodged_before=r"\b(j'ai|nous avons) (\w+ )?(depose|introduit|saisi)\b",
    prospect=r"\b(vais|pourrais|pourrai|droit d|si|sinon|a defaut|faute de)\b|\b\w+(erai|erais|irai|irais)\b",
    below=r"\b(ci-dessous|ci-apres|voici|ci-joint\w*|en annexe)\b",
    complaint_named=r"\b(plainte|reclamation)",
    own_owner=r"ma|mon|notre",
    own_request=r"demande",
    dated_request=r"demande",
    dated_of=r"du",
    your=r"votre",
    not_for=r"de |d'",
    # ("pour notre cliente, nous vous demandons": after a comma, "nous" starts the next clause)
    not_whom=r"moi|(?<![,;:] )(?<![,;:])(vous|nous)",
    not_the=r"la |le |l'|des ",
    not_clause=r"que|qui|votre|vos|est",
    organisation=r"conseil|comite|syndicat|societe|entreprise|sa|sprl|srl",
    theirs_receive=r"recu|recois",
    theirs_this=r"une|ces|cette",
    theirs_reminder=r"relance|rappel",
    theirs_a=r"une",
    theirs_received=r"recu",
    theirs_reminder_mail=r"relance|rappel",
    theirs_these=r"ces|vos|votre",
    theirs_reminders=r"relances?|rappels?",
    theirs_automatic=r"automatique",
    theirs_auto_reminder=r"relance",
    theirs_reminder_auto=r"relance|rappel",
    their_reminder=r"\b(rappel de paiement)\b|\b(mails?|e-?mails?|messages?) (de )?(relance|rappel)\b",
    titles=r"madame|mme|mlle|monsieur|m",
    name_particles=r"de|du|le|la|des",
    not_names=r"ma|mon|mes|notre|nos|sa|son|ses|il|elle|je|nous|cher|chere",
)

# the bare names of rights as a pasted form's ticked choices ("[X] ...")
RULES += box_choices(
    {
        T.ACCESS: r"acces",
        T.RECTIFICATION: r"rectification",
        T.ERASURE: r"effacement|suppression",
        T.RESTRICTION: r"limitation",
        T.PORTABILITY: r"portabilite",
        T.OBJECTION: r"opposition",
    }
)

LEXICON = Lexicon(
    code="fr",
    cues=CUES,
    likeness=r"\b(photos?|photographies?|images?|portraits?|videos?|effigie)\b",
    stopwords=frozenset(
        [
            "le",
            "la",
            "les",
            "des",
            "du",
            "un",
            "une",
            "et",
            "est",
            "je",
            "vous",
            "votre",
            "vos",
            "mes",
            "mon",
            "ma",
            "pas",
            "ne",
            "que",
            "qui",
            "pour",
            "avec",
            "sur",
            "dans",
            "au",
            "aux",
            "ce",
            "cette",
            "il",
            "elle",
            "nous",
            "sont",
            "suis",
            "ai",
            "avez",
            "merci",
            "bonjour",
            "madame",
            "monsieur",
            "cordialement",
            "salutations",
            "plus",
            "tres",
            "bien",
            "souhaite",
            "voudrais",
            "veuillez",
            "pouvez",
            "moi",
            "ou",
            "d'avance",
            "etre",
            "avoir",
            "faire",
            "j'ai",
            "c'est",
            "n'est",
            "svp",
            "stp",
        ]
    ),
    rules=RULES
    # a field of mine corrected to a value quoted: "merci de corriger mon service en « Bloc B »"
    # (not an order, a size, an appointment)
    + (
        rule(
            T.RECTIFICATION,
            rf"\b{_ASK}\b.{{0,30}}?\b(corriger|rectifier|modifier|changer|mettre a jour|adapter)\b (mon|ma|mes) (\w+ ){{1,3}}?en\s*\"",
            CLEAR,
            unless=r"\b(commandes?|factures?|livraisons?|tailles?|mot de passe|rendez-vous|reservations?|abonnements?|formules?|forfaits?|options?)\b",
        ),
    ),
    keywords=(
        "supprimer",
        "supprimez",
        "supprimiez",
        "effaciez",
        "suppression",
        "donnees",
        "personnelles",
        "desabonner",
        "desinscrire",
        "newsletter",
        "rectifier",
        "rectification",
        "corriger",
        "modifier",
        "adresse",
        "limitation",
        "traitement",
        "portabilite",
        "opposition",
        "profilage",
        "plainte",
        "effacer",
        "effacement",
        "publicites",
        "courriels",
        "recevoir",
        "demenage",
        "telephoner",
        "prospectus",
        "catalogues",
        "consentement",
        "informations",
        "coordonnees",
    ),
    protected=(
        # inflections of a keyword are no misspellings of it: a past tense is not the noun or the
        # request ("beschwerte" is not "Beschwerde", "complained" not "complaint")
        "effacez",
        "rectifiez",
        "desinscrit",
        "desinscrite",
        "desinscrivez",
        "donnee",
        "interet",
        "telephone",
        "telephonez",  # "ne me téléphonez plus": no misspelt "téléphoner"
        "telephonent",
        "adresser",
        "adresses",
        "traitee",
        "traites",
        "recevez",
        "recevons",
        "modifie",
        "informe",
        "information",
        "supprime",
        "supprimee",
        "supprimees",
        "supprimes",
        "effaces",
        "effacees",
        "corrige",
        "corrigez",  # "corrigez-les": an imperative, no misspelt "corriger"
        "plaint",
        "plaintes",
        "effacee",
        "personnes",
        "personnel",
        "recevrai",
        "recevra",
    ),
    negation=r"\b(pas|jamais|rien|aucune?|sans|ni|non|plutot que|au lieu de)\b(?! (plus|le mien|la mienne|les miens|les miennes|a moi|a voir)\b)"
    # a request imagined of anyone, in a question how it goes ("combien de temps pour obtenir une
    # copie de ses données quand on la demande ?"): "quand on la demande" names nobody's act
    r"|\b(quand|lorsqu'|lorsque|si|des qu'|une fois qu') ?on (la |le |les |en |lui )?(demande|reclame|sollicite)\b",
    # also a request made of someone else, told: "je leur ai demandé d'effacer …" (asked of a
    # former employer, not of us)
    history=r"\bj'?ai (deja |pourtant |deja |bien )*(demande|sollicite|reclame|exige|ecrit)\b|\bje (leur|lui) ai (deja |pourtant |aussi |egalement |bien )*(demande|sollicite|reclame|exige)\b|\b(oubliez|annulez|ignorez|laissez tomber|j'annule|je retire) (ma|mon|notre) (\w+ ){0,2}?(demande|requete)\b|\b(je|nous) vous (ai|avais|avons|avions) (deja |pourtant |bien )*(demande|sollicite|reclame|exige|ecrit|envoye|adresse)\b|\bavais demande\b|\bj'?ai (deja |bien )?(envoye|introduit|adresse|fait|soumis|depose) (une|ma|votre)\b.{0,30}\bdemande|\bma (\w+ ){0,2}demande\b.{0,60}\b(ignor\w*|sans reponse|aucune reponse|pas de reponse)"
    # a right exercised elsewhere, told: "j'ai exercé mon droit à l'effacement auprès de la société
    # de transport" (asked of another company, not of us)
    + r"|\bj'ai (deja |aussi |egalement |bien )*(exerce|fait valoir|invoque) (mon|mes|ce|ces|le|les) droits?\b(?=[^.;]{0,120}\baupres (de |du |des |d')(?!vous\b|votre\b|vos\b|alsico\b))",
    condition=r"\bsi c'est (bien |vraiment )?(vous|votre (societe|entreprise)) qui\b|\bsi (ca|cela|ce|vous|ils|elles?) (continue|continuez|continuent|recommence|recommencez|recommencent|persiste|persistez|persistent|se reproduit|se repete)\b|\b(sinon|a defaut|faute de quoi|sans quoi|a moins que|dans le cas contraire|si (vous|cela|ce|ca|je|rien)\b[^,:;]{0,50}\b(pas|jamais|rien|plus))\b|\bsi ce n\'est pas (le cas|fait)\b",
    post_or_phone=r"\b(poste|postaux|postale?s?|papier|(?<!\bce )(?<!\bmon )(?<!\bnotre )(?<!\bpresent )courriers?\b(?! electronique| ci-dessous| ci-joint| du \d| recommande)|prospectus|catalogues?|brochures?|depliants|toutes-boites|boite aux lettres|telephon\w*|appels?|appeler|appelez|gsm)\b"
    # calls in the other persons and moods: "que vous m'appeliez pour vos promotions", "qu'on
    # m'appelle", "vos vendeurs m'appellent" (not "je m'appelle Julie", a name; nor "je vous
    # rappelle que", a reminder)
    + r"|(?<!\bje )\b(m'|nous )(appeliez|appelle|appellent|appelions)\b",
    electronic=r"\b(e-?mails?|mails?|courriels?|textos?|newsletters?|lettres? d'information|infolettres?|sms|electronique|en ligne|whatsapp|boite mail|boite de reception|numerique)\b",
    marketing_list=r"\btoutes (vos |les |ces )?listes\b(?! (de |des |d')(clients?|personnel|salaries))|\bvos listes\b(?! (de |des |d')(clients?|personnel|salaries))|\b(liste|listes|fichier|fichiers) (de |d')?(diffusion|distribution|mailing|contacts?|envoi|prospection|appels?|sms|e-?mails?|newsletter|promo\w*|publicit\w*|marketing)\b|\bfichier (marketing|publicitaire|commercial|postal)|\bnewsletter|\blettre d'information|\bmailing|\b(de|des) (votre|vos) (prospection|marketing)\b|\b(de|hors de) (tous )?vos (envois|mailings|campagnes|communications)( (commerciaux|commerciales|publicitaires|promotionnel\w*))?\b",
    sales_pitch=r"\b(nous (vous )?proposons|notre (solution|logiciel|plateforme|expertise)|nos (services|solutions|produits)|rendez-vous de|demonstration|webinaire|webinar|essai gratuit|partenariat|notre cabinet|nos consultants|je vous propose (un|une)\b.{0,30}\b(audit|diagnostic|demo\w*|rendez-vous|appel|entretien|offre)|(audit|diagnostic|bilan|consultation|entretien) (gratuit|offert)|quand seriez-vous disponible|nous accompagnons)\b",
    resent_own=r"\b(je vous )?(re)?(transfere|transmets|renvoie|envoie)\b.{0,30}\b(mon|ma)\b.{0,25}\b(mail|e-?mail|message|courriel|demande|lettre)\b|\b(mon|ma) (precedente?|dernier|derniere|premier|premiere)? ?(mail|e-?mail|message|courriel|demande)\b.{0,40}\b(ci-dessous|a nouveau|de nouveau)\b",
    done=r"\bconfirmation (que|du fait que)\b.{0,80}\b(supprime\w*|efface\w*|detruit\w*)|\bconfirmation (de (la |votre |ma )?(demande (d'|de ))?)(effacement|suppression)\b|\b(recu|eu|lu) (votre |la |le |un |une )?(\w+ )?(confirmation|mail|e-?mail|message|courriel|reponse|courrier)\b.{0,80}\b(supprime\w*|efface\w*|detruit\w*)\b|\bvous (m'|nous )?(avez|aviez) (bien )?confirme\b.{0,80}\b(supprim\w*|effac\w*)\b|\bmerci (beaucoup |bien |encore )?(pour|d'avoir)\b.{0,40}\b(suppression|effacement|supprime\w*|efface\w*|traitement rapide|votre rapidite)\b",
    forward_note=r"\b(pour info\w*|pour (traitement|suite a donner|action|attribution)|merci de (\w+ ){0,5}(transmettre|traiter|faire suivre)|(a|pour) transmettre|a traiter)\b|\b(pouvez|pourriez)[- ]vous (\w+ ){0,4}?(traiter|prendre en charge|en occuper|faire suivre|transmettre|(lui|leur) repondre)\b|\bc'est pour vous\b|\bje vous (transfere|transmets|fais suivre) (ce|cette|la|le|l') (\w+ )?(mail|e-?mail|message|courriel|demande|lettre)\b"
    # a colleague passing someone's mail on: "je vous fais suivre la question d'un client"
    + r"|\bje vous (le |la |les )?(transfere|fais suivre|transmets|renvoie)\b",
    # also what the law keeps out of the object: "sauf les factures que la loi vous oblige a
    # conserver", "ce que vous etes legalement tenus de garder"
    scope_qualifier=r"\b(a l'exception|a l'exclusion|hormis|excepte|exception faite)\b (de |des |du |d')?[^,;.()]*|\b(que|qu'|dont) (la loi|la legislation|le droit|vous) (vous )?(oblige|impose|etes (legalement )?(tenus?|obliges?)|devez)( legalement)? (a |de |d')(conserver|garder|archiver)\b|\b(que vous|que votre societe|qui) (n'etes|n'etes plus|n'est|ne sont|n'avez) (pas|plus) (legalement |strictement )?(tenus?|obliges?|necessaires?|utiles?|besoin)( de (conserver|garder))?\b|\bsans (\w+ )?(delai|tarder|retard)\b",
    keep=r"\b(garder|gardez|conserver|conservez)\b.{0,15}\b(mon )?(compte|profil)\b|\b(compte|profil)\b.{0,20}\b(reste|rester|restent)\b|\b(ne (supprimez|effacez|fermez) (pas|rien)|pas (supprimer|effacer|fermer)|rien (supprimer|effacer))\b|\b(pour|afin d') ?(eviter|empecher)\b.{0,40}\b(suppression|effacement|desactivation|suspension|fermeture|supprime\w*)\b",
    advertising=r"\b(newsletters?|infolettres?|lettres? d'information|pubs?|publicit\w*|promo\w*|offres|soldes|reductions?|catalogues?|prospectus|brochures?|depliants|toutes-boites|folders|mailings?|spams?|sms|textos?|marketing|commerciale?s?|des-?abonn\w*|des-?inscri\w*|liste|listes|consentement)\b",
    permission=r"\b(n'hesitez pas|libre a vous|vous etes libres?)\b",
    non_data_object=r"\b(tarifs?|grilles? tarifaires?|catalogues?|stocks?|inventaires?|articles? (en )?doublons?|fiches? produits?|photos? (du |de |des )?produits?|(notre|nos) (ancien |ancienne |anciens |anciennes )?(rib|iban)|factures?|notes? de credit|devis|commandes?|panier|produits?|pieces? jointes?|annexes?|messages?|frais|penalites?|etiquettes?|avis|commentaires?|rendez-vous|reservations?|(version|facture|copie) (precedente|ancienne|erronee|en double)|(ancienne|premiere|precedente) (version|facture|copie))\b",
    data_object=r"\bmessages (prives|personnel\w*)\b|\b(donnees|informations|infos|coordonnees|compte|profil|dossier|tout|toutes|moi|adresse|nom|historique|renseignements)\b",
    phone_number=r"\b(numeros?|gsm|portable)\b",
    phone_calls=r"\b(appel\w*|appell\w*|telephon\w*|rappel\w*|teleprospection|telemarketing|demarchage)\b",
    superseded=r"\b(ancienne?|precedente?|mauvaise?) (adresse|numero|e-?mail|nom)\b|\bl'ancienne?\b(?! (commande|facture|version|compte|profil|fiche|dossier)\b)|\b(adresse|numero|e-?mail) (precedente?|erronee?|obsolete)\b",
    self_action=r"\b(si|quand|lorsque|une fois que|apres que) (je|j')\s?.{0,10}(supprime|efface|desinstalle)\w*|\bj'ai (deja |bien |accidentellement |par erreur )?(supprime|efface|desinstalle)\w*|\bje (l'|les )ai (deja |aussitot |immediatement )?(supprime|efface|detruit|desinstalle)\w*|\b(supprime|efface|desinstalle)\w* moi-meme\b|\bmoi-meme\b[^()]{0,40}\b(supprime|efface|desinstalle)(?!r\b|z\b)\w*",
    status_question=r"\b(est|sont|sera|seront|a ete|ont ete|est-il|est-elle|sont-elles|sont-ils|ont-elles|ont-ils|a-t-il|a-t-elle|(bien )?ete)\b.{0,20}\b(supprim|effac)\w*",
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
        # a newsletter's own footer: why you get it, and its unsubscribe link
        r"^vous recevez (cette|ce) (lettre|newsletter|infolettre|message|courriel|e-?mail)\b.{0,30}\b(parce que|car) vous (etes|avez)\b",
        r"^(se desabonner|pour vous desabonner,? cliquez ici|cliquez ici pour vous desabonner|desabonnement)\W*$",
        r"(dit|deze) (e-?mail|bericht)\b.{0,60}vertrouwelijk",
        r"(this|the) (e-?mail|message)\b.{0,60}(confidential|privileged)",
    ),
    closings=(
        r"^(bien |tres )?cordialement\b",
        r"^(meilleures |sinceres |mes )?salutations\b",
        r"^(bien a (vous|toi)|a bientot|merci d'avance|merci par avance|d'avance merci|bonne journee|belle journee)\b",
        # "je vous prie d'agréer …" closes; "je vous prie de corriger …" asks
        r"^(je vous prie|nous vous prions),? (de (bien )?vouloir )?(d'agreer|agreer|de recevoir|recevoir|d'accepter|accepter|de croire|croire|(madame|monsieur|cher|chere)\b)",
        r"^veuillez (agreer|accepter|recevoir|croire)\b",
        r"^(met vriendelijke groet(en)?|kind regards|best regards|mvg)\b",
    ),
    filler=r"^(voir (l')?objet|cf\.? objet|voir ci-dessus|envoye de mon \w+)\W*$",
    # the writer says nothing is expected of us: "aucune action n'est attendue de votre part",
    # "aucune autre démarche n'est nécessaire de votre part", "vous n'avez rien à faire"
    nothing_asked=r"\baucune (autre |nouvelle )?(action|demarche|intervention|mesure|suite) (particuliere |supplementaire )?n'est (donc )?(attendue|necessaire|requise|demandee) de votre part\b|\b(ne (necessite|demande|requiert) aucune (action|demarche|intervention) de votre part)\b|\bvous n'avez (donc )?rien a faire\b"
    # a request or complaint prepared and not sent: "j'avais déjà rédigé une plainte …, mais ce
    # ne sera pas nécessaire"
    + r"|\b(j'avais|j'ai|nous avions|nous avons) (deja |meme |bien |aussi )*(prepare|redige|ecrit|prevu) (une|un|ma|mon|notre|nos|mes|des) (\w+ ){0,3}?(plainte|reclamation|demandes?|lettre|courrier)\b.{0,200}\b(ne sera|ne serait|n'est|ne seront|ne seraient|ne sont) (donc |finalement |plus |pas )+(necessaires?|utiles?|d'actualite)\b",
)
