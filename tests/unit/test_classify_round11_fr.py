"""Round 11, French: classes of wording read from blind22's French letters. Each sentence is
written for this test in the style of its class; none is a corpus letter."""

from worker.classify import classify
from worker.classify.rules import RequestType as T


def _types(text: str, subject: str = "") -> set[T]:
    return set(classify(subject, text).request_types)


# ---- an erasure asked of someone else, told


def test_an_erasure_asked_of_another_company_told_is_no_request():
    text = (
        "Bonjour,\n\nÀ la fin de mon contrat chez Transports Meuse, je lui ai demandé de "
        "supprimer toutes mes données, ce qui a été fait.\n\nPouvez-vous me dire quand je dois "
        "rendre mon badge d'accès au dépôt ?\n\nMerci,\nLéa Martin"
    )
    assert T.ERASURE not in _types(text)


# ---- the writer says nothing is expected of us


def test_a_deletion_done_by_the_writer_with_nothing_expected_of_us():
    text = (
        "Madame, Monsieur,\n\nHier soir, j'ai fermé moi-même mon espace client via le bouton "
        "« Effacer mon profil ». Je vous en informe par souci de clarté ; aucune démarche "
        "n'est requise de votre part.\n\nCordialement,\nPaul Renard"
    )
    assert _types(text, "Effacement de mon profil") == set()


def test_a_copy_of_a_letter_to_another_company_for_information_asks_nothing():
    text = (
        "Bonjour,\n\nCi-dessous, pour votre information, la lettre que j'ai adressée ce matin à "
        "la mutuelle. Vous n'avez rien à faire.\n\nMarc Lenoir\n\n---\nMutuelle Santé Plus\n"
        "Madame, Monsieur, je vous demande de supprimer l'ensemble des données me concernant "
        "(article 17 RGPD).\nMarc Lenoir"
    )
    assert _types(text) == set()


def test_a_request_before_no_other_action_needed_still_stands():
    text = (
        "Bonjour,\n\nMerci de supprimer mon compte client et toutes mes données. Aucune autre "
        "action n'est nécessaire de votre part.\n\nJulie Caron"
    )
    assert T.ERASURE in _types(text)
