"""Round 9, French: classes of wording read from blind20's French letters. Each sentence is
written for this test in the style of its class; none is a corpus letter."""

from worker.classify import classify
from worker.classify.rules import RequestType as T


def _types(text: str, subject: str = "") -> set[T]:
    return set(classify(subject, text).request_types)


# ---- no request


def test_an_invitation_to_an_event_on_gdpr_asks_nothing():
    text = (
        "Madame, Monsieur,\n\nL'association vous convie à son atelier du 4 mars à Namur. Au "
        "menu : traiter une demande d'effacement, l'opposition au profilage et la prospection "
        "commerciale.\n\nInscription gratuite. Pour ne plus recevoir nos courriers, répondez "
        "NON.\n\nLe bureau"
    )
    assert _types(text) == set()


def test_a_vendor_offering_a_service_asks_nothing():
    text = (
        "Bonjour,\n\nVos formulaires en ligne ne permettent pas à vos clients d'exercer leurs "
        "droits (accès, rectification, suppression). Notre bureau d'études propose une refonte "
        "complète.\n\nSouhaitez-vous une offre ?\n\nJean Dupuis"
    )
    assert _types(text) == set()


def test_a_writer_who_says_they_ask_nothing_asks_nothing():
    text = (
        "Bonjour,\n\nVotre page vie privée cite encore l'ancienne commission vie privée au "
        "lieu de l'Autorité de protection des données pour les plaintes.\n\nJe ne demande rien, "
        "c'est juste pour information."
    )
    assert _types(text) == set()


# ---- a right cited, declined or announced for later


def test_a_right_cited_and_declined_is_no_request():
    text = (
        "Bonjour,\n\nJe sais que j'ai le droit de demander la suppression de mon compte, mais je "
        "ne le demande pas aujourd'hui. J'aimerais savoir quelles données vous avez sur moi."
    )
    assert _types(text) == {T.ACCESS}


def test_a_request_announced_for_later_is_no_request_now():
    text = (
        "Bonjour,\n\nMon adresse enregistrée est erronée (rue du Parc 8 au lieu de 18). "
        "Corrigez-la s'il vous plaît. Si ce n'est pas fait ce mois-ci, je vous demanderai "
        "l'effacement de mon dossier."
    )
    assert _types(text) == {T.RECTIFICATION}


# ---- corrections


def test_an_imperative_with_a_pronoun_after_a_contested_value_corrects_it():
    text = "Bonjour,\n\nMes pointures enregistrées sont inexactes. Corrigez-les avant la commande."
    assert T.RECTIFICATION in _types(text)


def test_a_value_badly_recorded_is_a_correction():
    text = "Bonjour,\n\nMon prénom a été mal encodé sur ma carte de fidélité."
    assert T.RECTIFICATION in _types(text)


# ---- access


def test_a_copy_of_records_named_by_a_demonstrative_is_access():
    text = (
        "Bonjour,\n\nVotre technicien a relevé mes mesures lors de l'essayage. Je voudrais "
        "recevoir une copie de ces mesures."
    )
    assert T.ACCESS in _types(text)


def test_since_when_my_records_are_passed_on_is_access():
    text = (
        "Bonjour,\n\nVotre badgeuse enregistre mes passages. Je voudrais savoir depuis quand "
        "ces données sont transmises à mon responsable."
    )
    assert T.ACCESS in _types(text)


# ---- marketing, objection, complaint


def test_no_answer_refuses_no_advertising():
    text = (
        "Bonjour,\n\nLe 2 mai je vous ai demandé d'effacer mes données ; je n'ai reçu aucune "
        "réponse et je reçois encore vos catalogues."
    )
    assert T.OBJECTION not in _types(text)


def test_my_address_taken_off_your_mailings_is_a_marketing_opt_out():
    text = (
        "Bonjour,\n\nJe reçois vos e-mails publicitaires sans l'avoir demandé. Retirez mon "
        "adresse de vos envois."
    )
    got = _types(text)
    assert T.MARKETING_OPT_OUT in got and T.ERASURE not in got


def test_a_photo_published_without_leave_taken_off_a_page_is_an_objection():
    text = (
        "Bonjour,\n\nMa photo figure sur votre page Facebook sans mon accord. Merci de la "
        "retirer de votre page."
    )
    assert T.OBJECTION in _types(text)


def test_an_outraged_judgement_of_what_was_done_just_before_is_a_complaint():
    text = (
        "Bonjour,\n\nVous avez publié mon portrait sans m'avoir demandé mon accord. C'est "
        "inadmissible. Effacez cette photo de vos fichiers."
    )
    assert T.COMPLAINT in _types(text)
