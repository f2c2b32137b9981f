"""Round 12, French: classes of wording read from former_heldout10's French letters. Each
sentence is written for this test in the style of its class; none is a corpus letter."""

from worker.classify import classify
from worker.classify.reader import read
from worker.classify.rules import RequestType as T


def _types(text: str, subject: str = "") -> set[T]:
    return set(classify(subject, text).request_types)


# ---- a label, sticker or plate bearing the writer's name, moved or taken off


def test_a_name_sticker_taken_off_a_locker_is_no_erasure():
    text = (
        "Bonjour,\n\nJe quitte l'atelier 3 pour l'atelier 5 la semaine prochaine. Pourriez-vous "
        "enlever le badge avec mon nom sur l'armoire 27 et en coller un sur une armoire de "
        "l'atelier 5 ?\n\nMerci,\nGeorges Lambot"
    )
    assert T.ERASURE not in _types(text)


def test_a_name_plate_removed_from_a_door_is_no_erasure():
    text = (
        "Bonjour,\n\nMon bureau déménage au deuxième étage. Merci de retirer la plaque à mon nom "
        "de la porte du 104.\n\nBien à vous,\nAline Soumoy"
    )
    assert T.ERASURE not in _types(text)


def test_my_name_removed_from_your_files_stays_an_erasure():
    text = (
        "Bonjour,\n\nJe ne travaille plus chez votre client. Merci de retirer mon nom et mes "
        "coordonnées de vos fichiers.\n\nMarc Dethier"
    )
    assert T.ERASURE in _types(text)


# ---- someone else who moved, told in passing


def test_post_for_a_former_occupant_who_moved_is_no_rectification():
    text = (
        "Madame, Monsieur,\n\nVos brochures arrivent encore au nom de Mme Thiry, qui a déménagé "
        "l'an dernier. Je ne souhaite plus recevoir vos brochures papier.\n\nP. Gérard"
    )
    types = _types(text)
    assert T.RECTIFICATION not in types
    assert T.OBJECTION in types


def test_my_own_move_stays_a_rectification():
    text = (
        "Bonjour,\n\nJ'ai déménagé le mois dernier : ma nouvelle adresse est rue Haute 4, 5000 "
        "Namur.\n\nMerci,\nSophie Lecomte"
    )
    assert T.RECTIFICATION in _types(text)


# ---- do not delete while a dispute lasts (art. 18(1)(c))


def test_the_time_before_a_wish_not_to_delete_is_a_restriction():
    text = (
        "Bonjour,\n\nJe conteste la facture de nettoyage de janvier. En attendant que ce "
        "différend soit tranché, je vous prie de ne pas effacer les relevés de passage de mes "
        "tenues, ils me serviront de preuve.\n\nCordialement,\nNadia Bouchez"
    )
    types = _types(text)
    assert T.RESTRICTION in types
    assert T.ERASURE not in types


def test_no_deletion_until_a_case_ends_asked_as_a_noun_is_a_restriction():
    text = (
        "Madame, Monsieur,\n\nEn ma qualité de liquidateur de la société Dupont SRL, je vous "
        "demande de ne procéder à aucune destruction des fiches du personnel de cette société "
        "jusqu'à la fin de la liquidation.\n\nMe A. Hennuy"
    )
    types = _types(text)
    assert T.RESTRICTION in types
    assert T.ERASURE not in types


# ---- a lawyer's "our client, we ask …": the pronoun opens the next clause


def test_our_client_followed_by_we_ask_is_written_on_behalf():
    text = (
        "Madame, Monsieur,\n\nPour sauvegarder les intérêts de notre cliente, nous vous "
        "demandons de conserver ses relevés de pointage jusqu'à l'issue de la procédure en cours "
        "devant le tribunal du travail.\n\nMe R. Colson"
    )
    classification = classify("Conservation de données", text)
    assert classification.on_behalf
    assert T.RESTRICTION in classification.request_types


# ---- a copy of an identity document to destroy; "supprimez ce compte"


def test_a_photocopy_to_be_destroyed_is_an_erasure():
    text = (
        "Bonjour,\n\nÀ l'accueil, on a fait une photocopie de mon permis de conduire pour le "
        "prêt du véhicule. Je souhaite que cette copie soit détruite dès le retour de la "
        "camionnette.\n\nMerci,\nOlivier Masson"
    )
    assert T.ERASURE in _types(text)


def test_delete_this_account_with_a_demonstrative_is_an_erasure():
    text = (
        "Bonjour,\n\nVotre boutique m'a ouvert un espace personnel sans me le demander. "
        "Effacez ce compte client, je n'en ai pas besoin.\n\nLucie Noël"
    )
    classification = classify("Compte", text)
    assert T.ERASURE in classification.request_types
    assert not classification.guessed  # the rules read it, not the model


# ---- how long a thing in general is kept: a question about a policy


def test_how_long_a_document_in_general_is_kept_is_no_access_rule():
    reading = read(
        "",
        "Bonjour,\n\nPar simple curiosité : combien de temps gardez-vous la copie du permis "
        "après la fin d'une location ?\n\nMerci,\nHugo Delhaye",
    )
    assert T.ACCESS not in {m.type for m in reading.matches}


def test_how_long_my_data_are_kept_stays_access():
    text = (
        "Bonjour,\n\nCombien de temps conservez-vous mes données après la fin de mon contrat "
        "?\n\nMerci,\nHugo Delhaye"
    )
    assert T.ACCESS in _types(text)


# ---- a request only announced; what is asked said to be no personal data: read as asking
# nothing on purpose (``declined``), so that the trained second reader does not guess a right


def test_an_access_request_only_announced_with_a_question_where_to_send_it_asks_nothing():
    text = (
        "Bonjour,\n\nUn syndicat propose un modèle de demande d'accès aux données que je vais "
        "vous adresser bientôt. Dois-je l'envoyer à votre siège ou à mon employeur ?\n\n"
        "Merci d'avance,\nCédric Wauters"
    )
    reading = read("Question", text)
    assert reading.classification.request_types == ()
    assert reading.declined


def test_information_said_to_be_no_personal_data_asks_no_right():
    text = (
        "Madame, Monsieur,\n\nPour notre expertise, nous vous saurions gré de nous communiquer "
        "la date du dernier contrôle des gants et leurs certificats. Ces informations ne "
        "constituent pas des données à caractère personnel du travailleur.\n\nCordialement,\n"
        "Bureau d'expertise Leroy"
    )
    reading = read("Expertise", text)
    assert reading.classification.request_types == ()
    assert reading.declined


# ---- a German template pasted under a French preface: the recipients a transfer went to


def test_recipients_of_a_past_transfer_asked_in_a_german_template_is_access_not_portability():
    text = (
        "Bonjour,\n\nVoici le modèle d'une association allemande, merci de me répondre en "
        "français.\n\n***\nSehr geehrte Damen und Herren,\n\nich ersuche Sie gemäß Art. 15 "
        "DSGVO um Auskunft darüber, welche Daten über meine Einkäufe gespeichert sind und an "
        "welche Empfänger (etwa Anbieter von Zahlungsdiensten) diese Daten übermittelt wurden."
        "\n\nMit freundlichen Grüßen\n***\n\nCordialement,\nJulie Masson"
    )
    types = _types(text, "Demande d'information")
    assert T.ACCESS in types
    assert T.PORTABILITY not in types


# ---- a deletion to be avoided, not asked (a phishing mail's threat)


def test_a_deletion_to_be_avoided_is_no_erasure():
    text = (
        "Bonjour,\n\nVotre espace client sera fermé dans 24 heures. Pour éviter la suppression "
        "de vos données, cliquez sur ce lien et confirmez votre mot de passe.\n\nLe service "
        "clients"
    )
    assert T.ERASURE not in _types(text, "Dernier avertissement")


def test_other_ways_of_saying_keep_it_until_the_case_ends_are_restrictions():
    for text in (
        "Bonjour,\n\nJe vous demande de ne procéder à aucun effacement de mes relevés tant que "
        "la procédure est en cours.\n\nPaul Lenoir",
        "Bonjour,\n\nMerci de ne rien effacer de mon dossier en attendant la décision du "
        "tribunal.\n\nPaul Lenoir",
        "Bonjour,\n\nTant que notre différend n'est pas réglé, n'effacez rien de mon historique "
        "de commandes.\n\nPaul Lenoir",
    ):
        types = _types(text)
        assert T.RESTRICTION in types, text
        assert T.ERASURE not in types, text
