"""The guard on destructive readings: an erasure (or restriction) read from no sentence that
firmly asks for it is held for a person (confidence under the policy's min_confidence)."""

import pytest

from config.policy import load_policy
from worker.classify import classify, guard
from worker.classify.phrases import LEXICONS
from worker.domain import RequestType

ERASURE = RequestType.ERASURE


def test_the_hold_is_under_the_policys_threshold():
    assert load_policy().classification.min_confidence > guard.HOLD_CONFIDENCE


@pytest.mark.parametrize(
    "text",
    [
        "Please delete my account and all my personal data.",
        "Verwijder al mijn gegevens uit jullie systemen.",
        "Je vous demande d'effacer toutes mes données personnelles.",
        "Bitte löschen Sie alle meine Daten.",
        "Could you tell me what personal information you hold about me, and then delete it?",
        "Ik verzoek u:\n1. mij inzage te geven in mijn gegevens;\n"
        "2. deze gegevens vervolgens te wissen.",
        "Once you have sent me the copy, please erase all my data.",
        "Ik wil dat al mijn gegevens verwijderd worden.",  # "al" before "mijn" is "all"
    ],
)
def test_a_firm_erasure_acts(text):
    got = classify("", text)
    assert ERASURE in got.request_types
    assert got.confidence > guard.HOLD_CONFIDENCE


@pytest.mark.parametrize(
    "text",
    [
        # the effect asked about, as information
        "Bitte teilen Sie mir mit, nach welchen Fristen meine Daten gelöscht werden.",
        # a condition on what the company did
        "If you have already deleted my personal data, please confirm this to me.",
        # a question about the effect
        "Si je supprime l'application, est-ce que mes données sont effacées ?",
    ],
)
def test_a_weak_erasure_is_held(text):
    got = classify("", text)
    if ERASURE in got.request_types:
        assert got.confidence <= guard.HOLD_CONFIDENCE


def test_weak_signs_are_read_in_the_part_that_names_the_effect():
    sentence = "could you tell me what you hold about me, and then delete it?"
    part = guard.Evidence(part=" delete it?", sentence=sentence, governing=sentence)
    assert not guard.weak(part)
    asked_about = guard.Evidence(part=sentence, sentence=sentence, governing=sentence)
    assert guard.weak(asked_about)


def test_a_condition_on_the_data_existing_weakens_nothing():
    s = "if so, please delete them."
    assert guard.firm(guard.Evidence(s, s, s), LEXICONS)
    s = "if you refuse, please delete them."
    assert not guard.firm(guard.Evidence(s, s, s), LEXICONS)


def test_a_restriction_is_held_only_when_every_sentence_is_weak():
    weak = guard.Evidence("if retention prevents erasure, restrict it", "x", "x")
    firm = guard.Evidence("keep my data but do not use them", "x", "x")
    types = (RequestType.RESTRICTION,)
    assert guard.weak_types(types, {RequestType.RESTRICTION: [weak]}, ()) == types
    assert guard.weak_types(types, {RequestType.RESTRICTION: [weak, firm]}, ()) == ()


def test_a_deletion_the_writer_says_they_do_not_ask_for_is_set_aside():
    got = classify(
        "",
        "I object to direct marketing by e-mail. Please note that I am not asking you to "
        "delete my customer record, which I need for warranty claims.",
    )
    assert ERASURE not in got.request_types


def test_a_deletion_the_writer_will_decide_on_later_is_set_aside():
    got = classify(
        "",
        "Bitte schicken Sie mir eine Kopie meiner Daten. Sollten darunter Daten sein, die Sie "
        "nicht mehr benötigen, teilen Sie mir das mit; über eine Löschung entscheide ich dann "
        "selbst.",
    )
    assert got.request_types == (RequestType.ACCESS,)


def test_a_wrong_told_without_consent_negates_no_complaint():
    got = classify(
        "",
        "Ich beschwere mich darüber, dass Sie meine Handynummer ohne meine Zustimmung an "
        "einen Lieferanten weitergegeben haben.",
    )
    assert RequestType.COMPLAINT in got.request_types


def test_every_channel_named_as_such_is_objection_and_opt_out():
    got = classify(
        "",
        "Hiermit widerrufe ich meine Einwilligung in die Zusendung von Newslettern und "
        "widerspreche der Verarbeitung meiner Daten zu Werbezwecken, gleich über welchen Kanal.",
    )
    assert {RequestType.OBJECTION, RequestType.MARKETING_OPT_OUT} <= set(got.request_types)


@pytest.mark.parametrize(
    "subject, text",
    [
        ("Verificatie", "Beste klant,\n\nOm verwijdering te voorkomen, bevestig uw account via "
         "onderstaande link.\n\nMet vriendelijke groet"),
        ("Verify", "Dear user, to avoid deletion of your account, please confirm it below."),
        ("Compte", "Pour éviter la suppression de votre compte, confirmez-le ci-dessous."),
        ("Konto", "Um die Löschung Ihres Kontos zu vermeiden, bestätigen Sie es bitte hier."),
    ],
)  # fmt: skip
def test_a_mail_about_preventing_a_deletion_never_starts_one_unheld(subject, text):
    """ "To avoid deletion, confirm your account": the writer (often a phisher) wants nothing
    deleted; an erasure read from it is held for a person."""
    got = classify(subject, text)
    held = got.confidence < load_policy().classification.min_confidence
    assert ERASURE not in got.request_types or held


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        (
            "Vraag over wissen van gegevens",
            "Hallo,\nIk overweeg om al mijn gegevens bij jullie te laten wissen, maar ik heb nog "
            "een lopend contract. Wat gebeurt er dan met mijn bestellingen?\nGroeten, Wim",
        ),
        (
            "Question about deleting my account",
            "Hello,\nI'm thinking about having my account deleted next year. Would my order "
            "history be lost then?\nThanks, Rob",
        ),
        (
            "Frage zur Löschung",
            "Guten Tag,\nich überlege, ob ich mein Kundenkonto löschen lasse. Bleiben meine "
            "Rechnungen dann abrufbar?\nGruß, Uwe",
        ),
    ],
)
def test_an_erasure_only_considered_under_a_question_title_is_no_erasure(subject, text):
    assert RequestType.ERASURE not in classify(subject, text).request_types


def test_a_question_title_does_not_hide_an_erasure_asked_in_the_body():
    got = classify(
        "Vraag over mijn account",
        "Hallo,\nIk heb geen bestellingen meer lopen. Verwijder mijn account en al mijn "
        "gegevens alstublieft.\nGroeten, Wim",
    )
    assert RequestType.ERASURE in got.request_types


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        ("gegevens", "hallo, mogen jullie al mijn gegevens wissen? ik gebruik het niet meer. Els"),
        (
            "",
            "bjr jai bosser chez vous en 2023. si vous avez encore mes donnees effacer les svp "
            "merci\nSam",
        ),
    ],
)
def test_an_erasure_asked_as_a_question_or_after_an_existence_condition_is_read(subject, text):
    assert RequestType.ERASURE in classify(subject, text).request_types


@pytest.mark.parametrize(
    "text",
    [
        "Hallo,\nIk ben verhuisd. Kunnen jullie het oude adres wissen uit mijn account en "
        "vervangen door Markt 5, 9600 Ronse?\nDank u, Lien",
        "Hello,\nPlease delete my old phone number from my account and replace it with "
        "0470 12 34 56.\nThanks, Joe",
    ],
)
def test_a_value_removed_and_replaced_is_a_correction_not_an_erasure(text):
    got = classify("Adres / address", text).request_types
    assert RequestType.ERASURE not in got
    assert RequestType.RECTIFICATION in got


@pytest.mark.parametrize(
    "sentence",
    [
        "Please erase the requests of the last quarter from the archive folder.",
        "Verwijder gerust de oude aanvragen uit de gedeelde map.",
        "Merci d'effacer les anciennes demandes du dossier partagé.",
        "Bitte löschen Sie die alten Anfragen aus dem Sammelordner.",
    ],
)
def test_an_erasure_of_nobodys_named_data_is_not_firm(sentence):
    evidence = guard.Evidence(
        part=sentence.lower(), sentence=sentence.lower(), governing=sentence.lower()
    )
    assert not guard.firm(evidence, LEXICONS)


@pytest.mark.parametrize(
    "sentence",
    [
        "Please erase all personal data concerning me.",
        "Wis zijn gegevens, zoals hij vroeg.",
        "Effacez ses données, s'il vous plaît.",
        "Bitte löschen Sie unsere Daten.",
    ],
)
def test_an_erasure_of_someones_data_may_be_firm(sentence):
    evidence = guard.Evidence(
        part=sentence.lower(), sentence=sentence.lower(), governing=sentence.lower()
    )
    assert guard.firm(evidence, LEXICONS)
