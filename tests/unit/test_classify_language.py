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
