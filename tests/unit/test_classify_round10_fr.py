"""Round 10, French: classes of wording read from blind21's French letters. Each sentence is
written for this test in the style of its class; none is a corpus letter."""

from worker.classify import classify
from worker.classify.reader import LEXICONS, read
from worker.classify.rules import RequestType as T


def _types(text: str, subject: str = "") -> set[T]:
    return set(classify(subject, text).request_types)


def _rules(text: str, subject: str = "") -> set[T]:
    return set(read(subject, text).classification.request_types)


# ---- no erasure: a delete verb before a word that only begins like "me", "ma", "mon"


def test_deleting_a_document_before_putting_a_new_one_online_is_no_erasure():
    text = (
        "Bonjour,\n\nLa fiche technique du gant de soudeur sur votre site date de 2019. "
        "Pourriez-vous supprimer la vieille version et mettre la nouvelle en ligne ?\n\nMerci"
    )
    assert T.ERASURE not in _types(text)


def test_wiping_a_returned_device_is_no_erasure():
    text = (
        "Bonjour,\n\nJe vous rends le scanner de prêt. Merci de supprimer la mémoire interne "
        "avant de le remettre en service.\n\nBien à vous"
    )
    assert T.ERASURE not in _types(text)


def test_a_deletion_told_as_the_writers_own_is_read_and_declined():
    # read and found to ask nothing, so that no model guess stands in for the rules
    text = (
        "Bonjour, pourriez-vous m'envoyer le catalogue sur papier ? J'ai supprimé par erreur "
        "le PDF reçu. Merci, Paul"
    )
    reading = read("", text)
    assert reading.classification.request_types == ()
    assert reading.declined


# ---- no request


def test_requests_of_others_handled_at_work_are_no_request():
    text = (
        "Madame, Monsieur,\n\nJe postule au poste de délégué à la protection des données. "
        "Pendant quatre ans, j'ai géré les demandes de rectification et d'effacement des "
        "patients d'une clinique.\n\nMon CV est joint.\n\nCordialement,\nLuc Martin"
    )
    assert _rules(text) == set()


def test_the_authority_cited_as_guidance_is_no_complaint():
    text = (
        "Bonjour,\n\nVotre formulaire exige mon numéro de registre national pour une simple "
        "commande. La CNIL a rappelé plusieurs fois que ce n'est pas nécessaire.\n\nJe vous le "
        "signale, sans plus.\n\nMarc"
    )
    assert T.COMPLAINT not in _rules(text)


def test_a_product_complaint_written_to_this_address_is_no_request():
    text = (
        "Madame, Monsieur,\n\nJ'écris à cette adresse car personne ne répond au service "
        "après-vente. Les chaussures livrées (numéros de lot 44-17) se décollent après une "
        "semaine. Je demande un échange.\n\nAlain"
    )
    assert _rules(text, "Réclamation - chaussures défectueuses") == set()


def test_indignation_on_a_supposition_is_a_condition():
    fr = next(lex for lex in LEXICONS if lex.code == "fr")
    sentence = "et si c'est vous qui les avez vendues, je trouve cela scandaleux."
    assert fr.rx("condition").search(sentence)


def test_a_reply_by_email_is_no_marketing_opt_out():
    text = (
        "Bonjour,\n\nAvez-vous encore des données sur moi ? Si vous n'en avez aucune, une "
        "réponse par e-mail me convient.\n\nJulie"
    )
    assert T.MARKETING_OPT_OUT not in _rules(text)


# ---- the type asked


def test_what_the_law_obliges_you_to_keep_narrows_an_erasure():
    text = (
        "Madame, Monsieur,\n\nJe vous demande de supprimer ses données, sauf les pièces que la "
        "loi vous oblige à conserver.\n\nCordialement"
    )
    assert T.ERASURE in _rules(text)


def test_data_taken_up_by_a_pronoun_from_the_sentence_before():
    text = (
        "Bonjour,\n\nJ'ignore si vous avez encore des données sur moi. Dans ce cas, merci de "
        "m'en transmettre la liste puis de les effacer.\n\nRémi"
    )
    assert {T.ACCESS, T.ERASURE} <= _rules(text)


def test_being_profiled_no_more_is_an_objection():
    text = "Bonjour,\n\nJe préférerais que mes visites ne servent plus à me profiler.\n\nEmma"
    assert T.OBJECTION in _rules(text)


def test_stop_passing_my_number_on_is_an_objection():
    text = "Bonjour,\n\nCessez de transmettre mon adresse privée aux fournisseurs.\n\nNadia"
    assert T.OBJECTION in _rules(text)


def test_the_wish_that_you_no_longer_hold_my_data_is_an_erasure():
    text = "Bonjour,\n\nJe refuse que vous conserviez mes coordonnées. Merci.\n\nB. Laurent"
    assert T.ERASURE in _rules(text)


def test_communication_of_my_data_as_a_noun_is_access():
    text = (
        "Bonjour,\n\nJe vous rappelle mon courrier du 3 mars : communication de mes "
        "informations, dans les meilleurs délais.\n\nClaire"
    )
    assert T.ACCESS in _rules(text)


def test_an_image_use_authorisation_withdrawn_is_an_objection():
    text = (
        "Madame,\n\nJe revoque mon accord pour la diffusion sur votre site des photos de mon "
        "fils.\n\nPierre"
    )
    assert T.OBJECTION in _rules(text)


def test_removal_from_your_servers_with_an_exception_is_an_erasure():
    text = (
        "Bonjour,\n\nMerci d'effacer ces vidéos de vos serveurs, à l'exception du catalogue "
        "papier déjà imprimé.\n\nLéa"
    )
    assert T.ERASURE in _rules(text)
