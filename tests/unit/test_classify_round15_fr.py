# ruff: noqa: E501  (one made-up mail per line reads better than a wrapped one)
"""Round 15, French: requests easy to miss beside another one, read from blind25's French
mails (a bare "merci de corriger" after an out-of-date value, what is done with the data / who
sees it / where it came from, a copy of records taken up by "en", a subjunctive "qu'elles
disparaissent de votre base", "ne me téléphonez pas", use narrowed to one purpose). Each mail is
written for this test in the style of its class; none is a corpus mail."""

from worker.classify import classify
from worker.classify.rules import RequestType as T


def _types(text: str, subject: str = "") -> set[T]:
    return set(classify(subject, text).request_types)


# ---- a bare "correct it" after a value said to be out of date: rectification


def test_bare_correct_after_an_old_value_is_a_rectification():
    text = (
        "Bonjour,\n\nMon profil affiche toujours mon ancien nom, Martin ; je m'appelle Dumas "
        "depuis mon mariage. Merci de corriger.\n\nEt je ne veux plus recevoir votre newsletter.\n\n"
        "Hugo Lemaire"
    )
    assert _types(text) == {T.RECTIFICATION, T.MARKETING_OPT_OUT}


def test_bare_correct_of_an_old_price_is_no_rectification():
    text = (
        "Bonjour,\n\nVotre site affiche toujours l'ancien prix de la veste Flame, 89 euros au "
        "lieu de 79. Merci de corriger.\n\nHugo Lemaire"
    )
    assert T.RECTIFICATION not in _types(text)


# ---- what is done with the data, who sees it, where it came from: access


def test_what_you_do_with_it_and_who_sees_it_is_access():
    text = (
        "Bonjour,\n\nVous m'avez fait passer un test de personnalité lors du recrutement. "
        "Dites-moi ce que vous faites de ces résultats et qui les voit.\n\nInès Moreau"
    )
    assert T.ACCESS in _types(text)


def test_where_it_comes_from_beside_a_deletion_is_access_too():
    text = (
        "Bonjour,\n\nJe vois dans mon profil un numéro de téléphone fixe que je n'ai jamais "
        "donné. Effacez-le, et expliquez-moi d'où il provient.\n\nInès Moreau"
    )
    assert _types(text) == {T.ERASURE, T.ACCESS}


def test_where_a_parcel_comes_from_is_no_access():
    text = (
        "Bonjour,\n\nJ'ai reçu un colis que je n'ai pas commandé. Dites-moi d'où il vient, "
        "s'il vous plaît.\n\nInès Moreau"
    )
    assert T.ACCESS not in _types(text)


# ---- a copy of records named just before, taken up by "en": access


def test_copy_of_notes_taken_up_by_en_is_access():
    text = (
        "Bonjour,\n\nLe médecin du travail a pris des notes lors de ma visite ; je voudrais en "
        "obtenir une copie. Ensuite, merci de supprimer mon ancien dossier.\n\nKarim Benali"
    )
    assert _types(text) == {T.ACCESS, T.ERASURE}


def test_copy_of_an_invoice_taken_up_by_en_is_no_access():
    text = (
        "Bonjour,\n\nJe n'ai pas reçu la facture de ma dernière commande ; j'aimerais en "
        "recevoir une copie.\n\nKarim Benali"
    )
    assert T.ACCESS not in _types(text)


# ---- the data wished gone, as a subjunctive consequence: erasure


def test_subjunctive_vanish_from_your_files_is_an_erasure():
    text = (
        "Bonjour,\n\nJe n'ai jamais rien acheté chez vous et vous n'avez aucun motif de garder "
        "mon adresse, qu'elle disparaisse de vos fichiers.\n\nPaul Henrard"
    )
    assert T.ERASURE in _types(text)


def test_not_wanting_them_to_vanish_is_no_erasure():
    text = (
        "Bonjour,\n\nJe change de téléphone et je ne veux pas que mes commandes disparaissent "
        "de votre base. Est-ce que mon historique reste disponible ?\n\nPaul Henrard"
    )
    assert T.ERASURE not in _types(text)


# ---- "ne me téléphonez pas": an objection to calls


def test_do_not_phone_me_with_pas_is_an_objection():
    text = (
        "Bonjour,\n\nMerci pour le devis. Ne m'appelez pas, je préfère être contacté par "
        "écrit.\n\nNadia Lefort"
    )
    assert T.OBJECTION in _types(text)


def test_do_not_phone_me_before_noon_is_no_objection():
    text = (
        "Bonjour,\n\nPour la livraison, ne me téléphonez pas avant midi, je travaille de nuit."
        "\n\nNadia Lefort"
    )
    assert T.OBJECTION not in _types(text)


# ---- use narrowed to one purpose: restriction, not objection


def test_use_narrowed_to_one_purpose_is_a_restriction():
    text = (
        "Bonjour,\n\nD'accord pour garder mes données le temps légal. Je vous demande seulement "
        "de ne plus les utiliser pour autre chose que la facturation.\n\nMarc Dubois"
    )
    assert _types(text) == {T.RESTRICTION}


def test_no_longer_using_them_at_all_stays_no_restriction():
    text = (
        "Bonjour,\n\nJe vous demande de ne plus utiliser mes données pour vos campagnes "
        "publicitaires.\n\nMarc Dubois"
    )
    assert T.RESTRICTION not in _types(text)
