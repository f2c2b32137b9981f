"""The framing of a request mail (issue 12): who writes for whom, whether it reminds of an
earlier request and since when, whether it copies a complaint lodged with the authority.
Phrasings written for these tests, in the four languages; none is a corpus letter."""

from datetime import date

import pytest

from worker.classify import classify
from worker.classify.framing import parse_dates

# ---- representatives


@pytest.mark.parametrize(
    "text",
    [
        # a role the writer holds for someone
        "I hold a registered lasting power of attorney for my aunt. Please send me a copy of "
        "the data you hold about her.",
        "As her son and executor I ask for a copy of the personnel file you kept on my mother.",
        "Par jugement du 3 mai 2026, j'ai été désignée administratrice des biens de Monsieur "
        "Paul Renard. Je vous demande de supprimer son compte client.",
        "Ik ben de bewindvoerder van mevrouw Anna Claes. Gelieve haar geen reclame meer te sturen.",
        "Ich wurde zur Betreuerin von Herrn Karl Brandt bestellt. Bitte löschen Sie sein "
        "Kundenkonto.",
        "Zwölf Beschäftigte haben uns beauftragt (Vollmachten anbei). In ihrem Namen verlangen "
        "wir Auskunft über die gespeicherten Daten.",
        # a relative whose data the mail asks about, or who cannot write themself
        "My father, Tom Hale, is 88. Please delete his customer account and stop the catalogues.",
        "Mon fils Léo (15 ans) a fait un stage chez vous. Merci d'effacer son numéro de "
        "portable de vos fichiers.",
        "Mijn moeder is vorige maand overleden. Ze krijgt nog steeds jullie nieuwsbrief, wilt "
        "u dat stopzetten?",
        "Mein Mann ist im Oktober verstorben. Bitte schicken Sie ihm keine Werbung mehr.",
    ],
)
def test_a_representative_is_recognised_by_their_role_or_the_person_asked_about(text):
    assert classify("", text).on_behalf


@pytest.mark.parametrize(
    "text",
    [
        # a parent mentions their child in passing: the request is the writer's own
        "I ordered the jacket for my son last year. Please delete my account and my data.",
        "Ik heb vorig jaar schoenen voor mijn dochter besteld. Verwijder mijn account a.u.b.",
        # the writer themself, through a platform
        "Dit verzoek wordt namens mij verstuurd via een privacydienst. Ik vraag inzage in "
        "mijn gegevens.",
        # the German noun, not the Dutch "namens"
        "Ich widerspreche der Verwendung meines Namens und meines Fotos in Ihrer Werbung.",
        # an organisation speaking for itself, the company's own agent
        "On behalf of the works council: we ask to see the impact assessment before any decision.",
        "I received a letter from a collection agency acting for you. Please tell me which "
        "of my data you passed on.",
        # a company's lawyer: "my client" is that company
        "Ik treed op namens de bvba Bouw Peeters. Mijn cliënte betwist uw factuur en vraagt "
        "inzage in het dossier.",
    ],
)
def test_no_representative_where_the_writer_asks_for_themself(text):
    assert not classify("", text).on_behalf


def test_the_relative_is_the_data_subject_named():
    got = classify("", "My mother, Margaret Ellis, died in May. Please close her account.")
    assert got.on_behalf and got.data_subject == "Margaret Ellis"


# ---- reminders and the date first written


@pytest.mark.parametrize(
    ("subject", "text", "first"),
    [
        (
            "",
            "Gent, 20 november 2025. Mijn vraag van 15 september jl. om mijn gegevens te "
            "wissen is nog steeds niet beantwoord.",
            date(2025, 9, 15),
        ),
        (
            "STILL getting your newsletter",
            "London, 1 December 2025. I unsubscribed on 3 November and wrote to you on 17 "
            "November, and heard nothing. Unsubscribe me.",
            date(2025, 11, 3),
        ),
        (
            "Nochmals: Werbeanrufe",
            "Köln, 30.11.2025. Bereits am 1. Oktober habe ich Ihnen mitgeteilt, dass ich keine "
            "Werbeanrufe wünsche. Ich widerspreche erneut jeder Werbung per Telefon.",
            date(2025, 10, 1),
        ),
        (
            "Rappel",
            "Sans réponse à mon courrier du 12/09/2025, je vous rappelle ma demande d'accès.",
            date(2025, 9, 12),
        ),
        (
            "Second notice",
            "I asked you two months ago for a copy of my data and have had no reply.",
            None,  # a relative date is not recorded: a deadline cannot run from it
        ),
    ],
)
def test_a_reminder_is_read_with_the_date_first_written(subject, text, first):
    got = classify(subject, text)
    assert got.reminder
    assert got.first_written == first


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        # the company's reminders, received
        ("Re: You left something in your cart!", "Please stop these reminder emails."),
        ("Re: petite relance", "C'est votre cinquième relance automatique. Arrêtez."),
        (
            "Mahnung",
            "Ich habe eine Mahnung erhalten für Schuhe, die ich nie bestellt habe. In der "
            "Mahnung steht meine alte Adresse.",
        ),
        # an earlier request withdrawn
        (
            "",
            "Vorige week vroeg ik om mijn account te verwijderen. Vergeet dat verzoek: ik wil "
            "mijn account toch houden, wij bestellen opnieuw in januari.",
        ),
        # a complaint to us telling of the unanswered request is a complaint, not a reminder
        # when it does not ask again
        (
            "Copy of my complaint",
            "I have lodged a complaint with the ICO today: I asked you for my data on 2 "
            "March 2025 and had no reply.",
        ),
    ],
)
def test_no_reminder_where_none_is_made(subject, text):
    assert not classify(subject, text).reminder


def test_a_lawyers_reference_to_the_original_request_dates_it_without_a_reminder():
    got = classify(
        "Subject access request",
        "On her behalf we ask again for a copy of all data concerning our client. The time "
        "limit runs from the date of the original request, 3 November 2025.",
    )
    assert got.on_behalf
    assert got.first_written == date(2025, 11, 3)


@pytest.mark.parametrize(
    ("text", "reference", "dates"),
    [
        (
            "on 3 november and 17 november",
            date(2025, 12, 1),
            [date(2025, 11, 3), date(2025, 11, 17)],
        ),
        ("le 1er octobre", date(2025, 12, 1), [date(2025, 10, 1)]),
        ("am 1. oktober", date(2025, 12, 1), [date(2025, 10, 1)]),
        ("op 15 september jl.", date(2025, 12, 1), [date(2025, 9, 15)]),
        ("march 3rd", date(2025, 12, 1), [date(2025, 3, 3)]),
        ("sie schrieben mir am 11.11. dass", date(2025, 12, 1), [date(2025, 11, 11)]),
        # nearest the reference, not after it: a December date read in January is last year's
        ("on 20 december", date(2026, 1, 5), [date(2025, 12, 20)]),
        ("two months ago, vorige week, il y a trois semaines", date(2025, 12, 1), []),
        # without a reference, only full dates
        ("on 3 november", None, []),
    ],
)
def test_dates_without_a_year_are_read_near_the_reference(text, reference, dates):
    assert parse_dates(text, reference) == dates


# ---- complaints lodged with the authority


@pytest.mark.parametrize(
    "text",
    [
        "You extended the deadline without reason. I am therefore lodging a complaint with the "
        "Information Commissioner's Office today. I maintain my request: delete my account.",
        "Par ailleurs, j'introduis ce jour une plainte auprès de l'Autorité de protection des "
        "données pour absence de réponse.",
        "Sans réponse de votre part, j'ai déposé hier une plainte auprès de la CNIL.",
        "Über die Verzögerung habe ich mich heute beim Landesbeauftragten für Datenschutz "
        "Nordrhein-Westfalen beschwert.",
        "Anbei eine Kopie meiner heute bei der Datenschutzbehörde eingebrachten Beschwerde.",
    ],
)
def test_a_complaint_lodged_with_the_authority_is_flagged(text):
    assert classify("", text).authority_complaint


@pytest.mark.parametrize(
    "text",
    [
        "Je m'oppose à toute prospection. Si ça continue, je porte plainte à l'APD.",
        "I will lodge a complaint with the ICO if I have no answer within a month.",
        "À défaut, je saisirai l'Autorité de protection des données.",
    ],
)
def test_a_complaint_threatened_is_no_authority_complaint(text):
    assert not classify("", text).authority_complaint


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        (
            "Pause",
            "Bonjour,\nje pars six mois. Pouvez-vous bloquer mon compte (pas de rappel de taille, "
            "pas de commandes automatiques) ? Ne supprimez rien.\nMerci, Anne",
        ),
        (
            "Pasdag verzetten",
            "Dag Ellen,\nonze pasdag moet verzet worden. Mag de oude afspraak uit jullie planning, "
            "dan krijgt niemand een verkeerde herinnering? En verwijder mijn oude gsm-nummer "
            "uit jullie bestand.\nGroeten, Bart",
        ),
        (
            "Caméras",
            "Madame,\nje me permets de rappeler que la CCT n° 68 encadre la surveillance par "
            "caméras. Je m'oppose à ce que mes images soient conservées.\nK. Diallo",
        ),
    ],
)
def test_a_reminder_word_about_something_else_is_no_reminder(subject, text):
    assert not classify(subject, text).reminder


def test_a_reminder_in_the_subject_or_with_an_earlier_request_is_one():
    assert classify(
        "Rappel : demande d'accès",
        "Bonjour,\nje vous prie de m'envoyer une copie de mes données.\nAnne",
    ).reminder
    assert classify(
        "Mijn gegevens",
        "Geachte,\nDit is een herinnering: op 3 november vroeg ik u om inzage in mijn gegevens, "
        "en ik kreeg geen antwoord. Stuur mij een kopie.\nBart",
    ).reminder


def test_a_representative_denied_is_none():
    got = classify(
        "Briefing",
        "Dear Sir or Madam,\nWe are not writing on behalf of any individual member. Please send "
        "me a copy of the personal data you hold about me.\nJo Price",
    )
    assert not got.on_behalf


def test_wondering_is_no_earlier_request():
    got = classify(
        "Vraag",
        "Dag,\nIk vroeg me af: als ik van werk verander, worden mijn naam en maten dan "
        "verwijderd? Gewoon uit nieuwsgierigheid, ik vraag nog niets.\nTom",
    )
    assert not got.reminder
