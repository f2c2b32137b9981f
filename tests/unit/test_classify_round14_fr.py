"""Round 14, French: classes of wording read from blind24's French mails (a freeze while a
dispute is cleared up, calls refused in the subjunctive, what the writer no longer is, access
asked as a noun, whether one may object, a request only supposed in a question about how it
goes, a subject that names a right as a question). Each mail is written for this test in the
style of its class; none is a corpus mail."""

from worker.classify import classify
from worker.classify.rules import RequestType as T


def _types(text: str, subject: str = "") -> set[T]:
    return set(classify(subject, text).request_types)


# ---- "ne plus rien transmettre" inside a freeze until a dispute is cleared up: restriction


def test_stop_passing_on_until_cleared_up_is_a_restriction_only():
    text = (
        "Bonjour,\n\nJe conteste les heures qui figurent dans mon relevé. Tant que ce n'est pas "
        "réglé, merci de bloquer mon dossier et de ne plus rien transmettre à mon chef de "
        "chantier.\n\nCordialement,\nSamir Haddad"
    )
    assert _types(text) == {T.RESTRICTION}


def test_stop_passing_my_details_to_partners_stays_an_objection():
    text = (
        "Bonjour,\n\nCessez de transmettre mes coordonnées à vos partenaires commerciaux, "
        "s'il vous plaît.\n\nLuc Marchal"
    )
    assert T.OBJECTION in _types(text)


# ---- calls refused in the subjunctive: phone marketing, an objection


def test_calls_refused_in_the_subjunctive_are_an_objection():
    text = (
        "Bonjour,\n\nJe ne souhaite plus que vos vendeurs m'appellent pour vos offres du "
        "moment.\n\nMerci,\nClaire Masson"
    )
    types = _types(text)
    assert T.OBJECTION in types
    assert T.MARKETING_OPT_OUT not in types


def test_a_name_given_with_m_appelle_names_no_phone_channel():
    text = (
        "Bonjour,\n\nJe m'appelle Claire Masson et je ne veux plus recevoir vos promotions par "
        "e-mail.\n\nMerci"
    )
    types = _types(text)
    assert T.MARKETING_OPT_OUT in types
    assert T.OBJECTION not in types


# ---- what the writer no longer is ("je ne suis plus chez …") refuses nothing


def test_no_longer_at_the_employer_refuses_no_messages():
    text = (
        "Bonjour,\n\nPouvez-vous supprimer mon adresse e-mail de vos fichiers ? Je ne suis plus "
        "employée chez Nettoyages Dumont et je reçois encore vos messages pour les retouches.\n\n"
        "Sophie"
    )
    assert _types(text) == {T.ERASURE}


def test_no_longer_interested_in_offers_still_refuses_them():
    text = "Bonjour,\n\nJe ne suis plus intéressée par vos offres par e-mail.\n\nSophie Lenoir"
    assert T.MARKETING_OPT_OUT in _types(text)


# ---- access asked as a noun to a record of the writer's


def test_access_asked_as_a_noun_to_my_file_is_access():
    text = (
        "Bonjour,\n\nJe vous demande l'accès à mon dossier de formation, avec les résultats "
        "des tests.\n\nBien à vous,\nKarim Benali"
    )
    reading = classify("", text)
    assert set(reading.request_types) == {T.ACCESS}
    assert not reading.guessed


def test_access_granted_to_my_record_asked_is_access():
    reading = classify(
        "", "Bonjour,\n\nMerci de m'accorder l'accès à ma fiche de porteur.\n\nKarim"
    )
    assert set(reading.request_types) == {T.ACCESS}
    assert not reading.guessed


def test_a_general_question_on_access_delays_asks_no_access():
    text = (
        "Bonjour,\n\nEn général, combien de temps faut-il pour obtenir l'accès à ses données "
        "chez vous ?\n\nKarim Benali"
    )
    assert T.ACCESS not in _types(text)


# ---- whether the writer may object, asked: a question about the right


def test_may_i_object_asked_is_no_objection():
    text = (
        "Bonjour,\n\nVotre appli utilise ma pointure pour vos études de marché. Puis-je m'y "
        "opposer ? Et dans ce cas, est-ce que je peux encore commander ?\n\nNadia Fontaine"
    )
    assert _types(text) == set()


def test_an_objection_made_with_a_question_after_it_stays_an_objection():
    text = (
        "Bonjour,\n\nJe m'oppose à l'utilisation de ma pointure pour vos études de marché. "
        "Est-ce que je peux encore commander normalement ?\n\nNadia Fontaine"
    )
    assert T.OBJECTION in _types(text)


# ---- a request only supposed, in a question about how it goes; a subject naming a right as
# a question over such a body; formats named as a question


def test_a_supposed_request_in_a_how_question_asks_nothing():
    text = (
        "Bonjour,\n\nSi je demandais la portabilité de mes données, est-ce que vous les "
        "envoyez en Excel ou en CSV ?\n\nJe compare simplement les fournisseurs.\n\nMarc Leclercq"
    )
    assert _types(text, "Portabilité : comment ça marche ?") == set()


def test_a_question_subject_over_a_body_that_asks_stands():
    text = (
        "Bonjour,\n\nOui, merci d'envoyer mes mensurations et mon historique de commandes en "
        "CSV à notre nouveau fournisseur.\n\nMarc Leclercq"
    )
    assert T.PORTABILITY in _types(text, "Portabilité ?")


def test_a_writer_asking_for_a_csv_copy_as_a_question_asks_it():
    text = (
        "Bonjour,\n\nPouvez-vous m'envoyer mes données en CSV ? Je change de fournisseur.\n\n"
        "Marc Leclercq"
    )
    assert T.PORTABILITY in _types(text)


def test_a_right_named_as_a_question_subject_over_a_supposed_request_asks_nothing():
    text = (
        "Bonjour,\n\nSi je vous demande la portabilité de mes mesures, combien de temps faut-il "
        "compter ?\n\nMarc"
    )
    assert _types(text, "Portabilité – délai ?") == set()


def test_formats_named_in_a_question_ask_for_no_portability():
    text = (
        "Bonjour,\n\nVos porteurs reçoivent-ils leurs mesures par écrit ? Un fichier Excel, un "
        "CSV ?\n\nMarc"
    )
    assert _types(text, "Question") == set()
