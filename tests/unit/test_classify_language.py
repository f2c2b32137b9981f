"""Each language's phrases are read in the sentences written in that language (and the mail's own
language), so a word of one language is never read as another's ("wissen": to know in German, to
erase in Dutch)."""

from __future__ import annotations

from worker.classify.language import sentence_languages
from worker.classify.phrases import LEXICONS
from worker.classify.reader import read
from worker.domain import RequestType

ALL = frozenset({"nl", "fr", "en", "de"})


def test_a_german_sentence_is_read_in_german_and_the_mails_language():
    assert sentence_languages(
        "ich will wissen, was sie uber mich gespeichert haben.", "de", LEXICONS
    ) == {"de"}
    assert sentence_languages(
        "ich will wissen, was sie uber mich gespeichert haben.", "nl", LEXICONS
    ) == {"de", "nl"}


def test_a_sentence_without_stop_words_may_be_in_any_language():
    assert sentence_languages("dsgvo art. 15 - inzageverzoek", "en", LEXICONS) == ALL


def test_a_sentence_that_mixes_two_languages_is_read_in_both():
    got = sentence_languages("please delete mijn gegevens en mijn account", "en", LEXICONS)
    assert {"en", "nl"} <= got


def test_the_german_wissen_is_no_dutch_erasure():
    reading = read(
        "Frage",
        "Guten Tag,\nich will wissen, wer das Protokoll der Anprobe alles bekommen hat und "
        "wie lange es aufbewahrt wird.\nGruss\nJonas Weber",
    ).classification
    assert RequestType.ERASURE not in reading.request_types
    assert RequestType.ACCESS in reading.request_types


def test_the_dutch_wissen_is_still_an_erasure():
    reading = read(
        "Gegevens", "Hallo,\nkunnen jullie al mijn gegevens wissen?\nGroeten, An"
    ).classification
    assert reading.request_types == (RequestType.ERASURE,)


def test_a_pasted_english_letter_under_a_dutch_preface_is_read_in_english():
    reading = read(
        "Verzoek",
        "Zie hieronder mijn verzoek, graag een antwoord in het Nederlands.\n\n"
        "Dear Sir or Madam,\nI hereby request a copy of all personal data you hold about me "
        "under Article 15 GDPR.\nYours faithfully,\nEls Peeters",
    ).classification
    assert reading.language.value == "nl"
    assert reading.request_types == (RequestType.ACCESS,)


def test_a_german_preface_signed_above_a_separator_and_an_english_template_is_german():
    reading = read(
        "Löschantrag",
        "Guten Tag,\n\nich schicke Ihnen die Vorlage unten so, wie ich sie gefunden habe. Eine "
        "Antwort auf Deutsch wäre mir lieber.\n\nFreundliche Grüße\nPeter Lang\n\n---\n"
        "To whom it may concern,\n\nUnder Article 17 GDPR I request that you erase all personal "
        "data concerning me without undue delay. I also withdraw any consent I have given to "
        "you for the processing of my data, and I ask that you confirm the erasure to me in "
        "writing when it is done.\n\nPeter Lang, Hauptstraße 3, 50667 Köln",
    ).classification
    assert reading.language.value == "de"
    assert RequestType.ERASURE in reading.request_types


def test_a_colleagues_note_under_a_forward_subject_that_names_a_right_passes_the_mail_on():
    reading = read(
        "FW: Datenübertragung",
        "Hallo team,\n\nDeze mail kwam binnen op de klantendienst. Ik denk dat het voor jullie "
        "is.\n\nGroeten,\nLies\n\n-----Oorspronkelijk bericht-----\nVan: Karl Berger\n"
        "Verzonden: maandag 30 november 2026\nOnderwerp: Datenübertragung\n\nGuten Tag, ich "
        "möchte meine bei Ihnen gespeicherten Daten in einem maschinenlesbaren Format erhalten, "
        "um sie zu einem anderen Anbieter mitzunehmen. Gruß, Karl Berger",
    ).classification
    assert reading.passed_on
    assert reading.language.value == "de"
    assert RequestType.PORTABILITY in reading.request_types
