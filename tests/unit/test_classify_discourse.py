"""The reading of a letter as a privacy officer reads it (issue 12): what the writer asks is
read, the context around it is not; each reading carries its evidence and the letter's framing
(a representative, a reminder, a copy of a complaint to the authority, the writer's own
language). Phrasings written for these tests, in the four languages; none is a corpus letter."""

from datetime import date

import pytest

from worker.classify import classify
from worker.classify.framing import parse_dates
from worker.domain import Language
from worker.domain import RequestType as T

ACCESS_LIST = """Dear Sir or Madam,

I request a copy of my personal data and the following information:
- the purposes of the processing;
- the existence of the right to request rectification or erasure, or to object;
- the right to lodge a complaint with a supervisory authority;
- the existence of automated decision-making, including profiling.

Kind regards,
Jo Parker
"""

CONTEXT = [
    # an enumeration of what the controller must tell is part of the access request
    (ACCESS_LIST, (T.ACCESS,)),
    (
        "Ik verzoek u om inzage in mijn gegevens, met informatie over het recht op rectificatie, "
        "wissing en bezwaar en over het recht om een klacht in te dienen.",
        (T.ACCESS,),
    ),
    # what the company must do besides, and conditions on its stance
    (
        "I request the erasure of my personal data. Article 17(2) obliges you to inform other "
        "controllers that I have requested the erasure of any links to, or copies of, those data."
        " If you object to the requested erasure, you must justify it.",
        (T.ERASURE,),
    ),
    (
        "Je m'oppose au traitement de mes données à des fins de prospection par téléphone. Merci "
        "de m'indiquer si cette opposition entraîne la suppression de mon compte.",
        (T.OBJECTION,),
    ),
    (
        "Bitte berichtigen Sie meine Adresse: sie lautet Hauptstraße 4, Köln. Sie sind "
        "verpflichtet, allen Empfängern die Berichtigung mitzuteilen.",
        (T.RECTIFICATION,),
    ),
    # a reservation or threat is no complaint
    (
        "Please send me a copy of my data within one month. Otherwise I will lodge a complaint "
        "with the ICO.",
        (T.ACCESS,),
    ),
    (
        "Gelieve mijn gegevens te wissen. Ik behoud mij het recht voor om juridische stappen te "
        "ondernemen.",
        (T.ERASURE,),
    ),
    # a right named without the writer's act
    ("Under Article 21 GDPR data subjects have the right to object.", ()),
]

STILL_ASKED = [
    # the writer's own act governs the right
    ("Pursuant to Article 17 GDPR, I request that you delete my data.", (T.ERASURE,)),
    ("I am writing to exercise my right of access under Article 15.", (T.ACCESS,)),
    # a complaint to us is a complaint
    ("I want to complain about how carelessly you handled my personal data.", (T.COMPLAINT,)),
    # consent to marketing withdrawn; unsolicited mail refused
    (
        "Bitte löschen Sie meine Daten. Meine Einwilligung in Werbe-E-Mails widerrufe ich.",
        (T.ERASURE, T.MARKETING_OPT_OUT),
    ),
    # a photo in advertising is objected to, whatever channel the advertising uses
    ("I object to the use of my photo in your online advertising.", (T.OBJECTION,)),
]


@pytest.mark.parametrize(("text", "types"), CONTEXT + STILL_ASKED)
def test_rights_are_read_only_where_the_writer_asks(text, types):
    assert classify("", text).request_types == types


def test_each_type_carries_the_sentences_it_was_read_from_as_written():
    got = classify(
        "Löschung",
        "Sehr geehrte Damen und Herren,\n\nbitte löschen Sie alle meine Daten. Außerdem möchte "
        "ich keine Newsletter mehr erhalten.\n\nMit freundlichen Grüßen\nA. Groß",
    )
    assert got.request_types == (T.ERASURE, T.MARKETING_OPT_OUT)
    assert got.evidence_for(T.ERASURE)[0] == "Löschung"
    assert "bitte löschen Sie alle meine Daten." in got.evidence_for(T.ERASURE)
    assert got.evidence_for(T.MARKETING_OPT_OUT) == (
        "Außerdem möchte ich keine Newsletter mehr erhalten.",
    )
    assert "löschen" not in repr(got)  # the requester's words stay out of logs


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("I am writing on behalf of my mother, Margaret Ellis, who is 91.", "Margaret Ellis"),
        ("Namens mijn vader, de heer Willem Bakker, verzoek ik inzage.", "Willem Bakker"),
        ("Je vous écris au nom de ma mère, Madame Jeanne Dubois.", "Jeanne Dubois"),
        ("Ich schreibe im Namen meiner Mutter, Frau Helga Schulz.", "Helga Schulz"),
        ("We act for our client, who asks for a copy of her data.", ""),
    ],
)
def test_a_representative_is_recognised_with_the_data_subject_named(text, name):
    got = classify("", text + " Please send a copy of the data you hold about her.")
    assert got.on_behalf
    assert got.data_subject == name


def test_a_reminder_carries_the_earlier_request_and_its_date():
    got = classify(
        "Herinnering",
        "Op 14 januari 2025 heb ik u verzocht om inzage in mijn gegevens. Tot op heden heb ik "
        "geen antwoord ontvangen. Ik verzoek u nogmaals mij een kopie te sturen.",
    )
    assert got.reminder and got.first_written == date(2025, 1, 14)
    assert got.request_types == (T.ACCESS,)


def test_a_question_about_an_earlier_request_is_a_reminder_that_asks_nothing_new():
    got = classify(
        "Stand van zaken",
        "Op 3 maart 2025 stuurde ik een verzoek om mijn gegevens in te kijken. Ik heb nog niets "
        "gehoord. Wanneer mag ik een antwoord verwachten?",
    )
    assert got.reminder and got.first_written == date(2025, 3, 3)
    assert got.request_types == ()


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("on 3 march 2025 and on 2025-04-01", [date(2025, 4, 1), date(2025, 3, 3)]),
        ("vom 20.01.2025, am 9. november 2026", [date(2025, 1, 20), date(2026, 11, 9)]),
        ("le 1er mars 2025", [date(2025, 3, 1)]),
        ("march 3rd, 2025", [date(2025, 3, 3)]),
        ("op 31 februari 2025", []),
    ],
)
def test_dates_in_four_languages(text, dates):
    assert sorted(parse_dates(text)) == sorted(dates)


def test_a_copy_of_a_complaint_to_the_authority_is_flagged_and_asks_nothing_else_of_us():
    got = classify(
        "Copy of my complaint",
        "For your information, below is the complaint I submitted today to the ICO.\n\n"
        "To the Information Commissioner's Office,\n\nI wish to lodge a complaint against NV "
        "Alsico. I asked them on 2 January 2025 to delete my data; they did not. I ask you to "
        "order them to delete my data.",
    )
    assert got.authority_complaint
    assert got.request_types == (T.COMPLAINT,)
    assert got.first_written == date(2025, 1, 2)


def test_a_threat_to_complain_to_the_authority_is_no_authority_complaint():
    got = classify(
        "", "Please delete my data. If you do not, I will lodge a complaint with the CNIL."
    )
    assert not got.authority_complaint
    assert got.request_types == (T.ERASURE,)


def test_the_writers_own_words_decide_the_language():
    got = classify(
        "Subject access request",
        "Beste,\n\nHieronder mijn verzoek. U mag gerust in het Nederlands antwoorden.\n\n"
        "Dear Sir or Madam,\n\nUnder Article 15 GDPR I request a copy of all personal data you "
        "hold about me.\n\nKind regards,\nRuben Claes",
    )
    assert got.language == Language.NL
    assert got.request_types == (T.ACCESS,)


def test_a_newsletter_about_rights_asks_for_nothing():
    text = (
        "Dear customer,\n\nWe have updated our privacy notice. You can ask us for a copy of your "
        "personal data, ask us to correct or delete it, object to how we use it and ask for it "
        "in a portable format. You also have the right to complain to your data protection "
        "authority. You do not need to do anything. Thank you for shopping with us, and see the "
        "full notice on our website for the details of every change we made this month."
    )
    got = classify("We've updated our privacy notice", text)
    assert got.request_types == ()
    assert not got.guessed


FORWARDED = (
    "Van: Sanne de Vries <sanne@mail.example>\nVerzonden: maandag 9 november 2026\n"
    "Onderwerp: inzage\n\nGeachte,\n\nIk verzoek hierbij om inzage in mijn persoonsgegevens "
    "en een kopie ervan.\n\nMet vriendelijke groet,\nSanne de Vries"
)


def test_a_forward_the_parser_set_apart_is_read_when_passed_on():
    got = classify("FW: inzage", "FYI, please pass this on to the privacy team.", FORWARDED)
    assert got.request_types == (T.ACCESS,)
    assert got.passed_on
    assert got.language == Language.NL  # the requester's language, not the colleague's note
    assert "Ik verzoek hierbij om inzage" in got.evidence_for(T.ACCESS)[0]


def test_a_forward_beside_the_writers_own_request_is_not_read():
    got = classify(
        "",
        "Please delete my account. My earlier mail is attached for reference, "
        "it shows I already asked once, and I would like this done this week.",
        FORWARDED,
    )
    assert got.request_types == (T.ERASURE,)
    assert not got.passed_on


def test_a_forward_inside_the_text_is_read_the_same_way():
    text = "FYI, please pass this on to the privacy team.\n\n" + FORWARDED
    got = classify("FW: inzage", text)
    assert got.request_types == (T.ACCESS,) and got.passed_on
    assert got.language == Language.NL


def test_no_cue_lost_a_quantifier_to_string_formatting():
    """Cues are written as f-strings: a quantifier written {0,4} instead of {{0,4}} becomes the
    tuple "(0, 4)" and silently matches nothing."""
    from dataclasses import fields

    from worker.classify.phrases import LEXICONS

    for lex in LEXICONS:
        patterns = [getattr(lex.cues, f.name) for f in fields(lex.cues)]
        patterns += [r.pattern.pattern for r in lex.rules]
        for pattern in patterns:
            assert "(0, " not in pattern and "(1, " not in pattern, (lex.code, pattern[:80])


@pytest.mark.parametrize(
    "text",
    [
        "Please erase all my data. If you are legally obliged to retain some of it, restrict "
        "the processing of those data.",
        "Bitte löschen Sie meine Daten. Sofern Sie gesetzlich zur Aufbewahrung verpflichtet "
        "sind, schränken Sie die Verarbeitung bitte ein.",
        "Gelieve mijn gegevens te wissen. Indien u wettelijk verplicht bent om sommige gegevens "
        "te bewaren, beperk dan de verwerking.",
        "Veuillez effacer mes données. Si vous êtes tenu de conserver certaines données, "
        "limitez-en le traitement.",
    ],
)
def test_what_to_do_if_erasure_is_not_allowed_asks_for_nothing_more(text):
    assert classify("", text).request_types == (T.ERASURE,)
