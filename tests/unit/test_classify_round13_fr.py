"""Round 13, French: classes of wording read from blind23's French letters (rights named but
not asked, letters that ask nothing). Each sentence is written for this test in the style of its
class; none is a corpus letter."""

from worker.classify import classify
from worker.classify.reader import read
from worker.classify.rules import RequestType as T


def _types(text: str, subject: str = "") -> set[T]:
    return set(classify(subject, text).request_types)


# ---- a right exercised with another company, told


def test_erasure_exercised_with_another_company_is_no_erasure():
    text = (
        "Bonjour,\n\nUn sous-traitant de votre livreur m'a démarché par téléphone. J'ai déjà "
        "exercé mon droit à l'effacement auprès de cette entreprise de livraison, qui a tout "
        "supprimé.\n\nPourriez-vous me dire quelles données vous lui avez transmises ?\n\n"
        "Paul Renard"
    )
    types = _types(text)
    assert T.ERASURE not in types
    assert T.ACCESS in types


def test_erasure_asked_of_us_stays_an_erasure():
    text = (
        "Bonjour,\n\nJ'exerce mon droit à l'effacement : merci de supprimer toutes mes données "
        "de vos fichiers.\n\nPaul Renard"
    )
    assert T.ERASURE in _types(text)


# ---- the writer's request only as the exception to a policy described


def test_kept_unless_i_ask_for_deletion_is_no_erasure():
    text = (
        "Bonjour,\n\nVotre courrier indiquait que mon dossier serait conservé un an, sauf si "
        "je demandais son effacement. Avez-vous encore des postes de magasinier cet été ?\n\n"
        "Merci,\nTom Dubois"
    )
    assert _types(text) == set()


# ---- a fallback taken up by "à défaut"


def test_a_defaut_at_least_delete_is_a_fallback_of_the_correction():
    text = (
        "Madame, Monsieur,\n\nVotre fiche indique que j'ai échoué au test de sécurité, alors que "
        "je l'ai réussi. Je vous demande de corriger ce résultat. À défaut, effacez au moins "
        "cette note de ma fiche.\n\nLucie Marchal"
    )
    types = _types(text)
    assert T.RECTIFICATION in types
    assert T.ERASURE not in types


# ---- the company's future duty acknowledged


def test_deletion_known_to_come_later_is_no_erasure():
    text = (
        "Bonjour,\n\nPouvez-vous m'envoyer mes relevés de pointage dans un fichier CSV que je "
        "pourrai importer ailleurs ? Je comprends bien que vous devrez les effacer après mon "
        "départ, mais je voudrais les garder.\n\nMerci,\nNadia Colin"
    )
    types = _types(text)
    assert T.ERASURE not in types
    assert T.PORTABILITY in types


# ---- a complaint prepared and not sent


def test_a_complaint_drafted_and_not_needed_asks_nothing():
    text = (
        "Madame, Monsieur,\n\nMerci pour votre intervention rapide : le panneau qui affichait nos "
        "noms a été retiré. J'avais même rédigé une plainte à la CNIL, mais elle ne sera "
        "finalement pas nécessaire.\n\nBien à vous,\nLes Moreau"
    )
    assert _types(text) == set()


# ---- a privacy notice quoted: its list of rights asks nothing


def test_a_quoted_notice_listing_rights_asks_only_the_correction():
    text = (
        "Bonjour,\n\nVotre site précise : « Vous disposez d'un droit d'accès, d'effacement, "
        "d'opposition et à la portabilité de vos données. Vous pouvez également introduire une "
        'réclamation auprès de la CNIL. »\n\nMerci de changer mon équipe en "Logistique '
        'nuit" dans votre application.\n\nSarah Petit'
    )
    assert _types(text) == {T.RECTIFICATION}


def test_changing_an_appointment_to_a_day_is_no_rectification():
    # the rules read no correction (the trained model's guess is for a person to confirm)
    text = 'Bonjour,\n\nPourriez-vous changer mon rendez-vous en "mardi" ?\n\nMerci,\nJ. Noël'
    assert T.RECTIFICATION not in read("", text).classification.request_types
