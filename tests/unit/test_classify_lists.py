"""Being taken off lists (issue 15/12): a marketing opt-out, never an erasure; "all lists" and
"no more publicity" stop every channel (worker/marketing.py), a named post or phone channel adds
the objection; removal from a database, a customer file or the systems stays an erasure.
Phrasings that appear in no corpus file."""

import pytest

from worker.classify import classify
from worker.domain import RequestType as T
from worker.marketing import ALL_CHANNELS, channels_asked

OPT_OUT_EVERY_CHANNEL = [
    "Please unsubscribe me from all lists. Thanks, Ann",
    "Delete me from every mailing list you keep, thank you.",
    "Bonjour, supprimez-moi de toutes vos listes. Merci, Paul",
    "Bonjour, enlevez mon adresse de toutes vos listes d'envoi. Merci, Paul",
    "Bonjour, je ne veux plus recevoir de publicité. Merci, Paul",
    "Hallo, verwijder mij van al jullie lijsten. Groeten, Jan",
    "Hallo, schrap me uit alle verzendlijsten aub. Groeten, Jan",
    "Hallo, ik wil me uitschrijven van al jullie lijsten. Groeten, Jan",
    "Guten Tag, bitte löschen Sie mich aus allen Verteilern. Grüße, Max",
    "Guten Tag, tragen Sie mich bitte aus allen Listen aus. Grüße, Max",
    "Guten Tag, keine Reklame mehr bitte. Grüße, Max",
]


@pytest.mark.parametrize("text", OPT_OUT_EVERY_CHANNEL)
def test_off_all_lists_is_an_opt_out_on_every_channel(text: str) -> None:
    reading = classify("", text)
    assert reading.request_types == (T.MARKETING_OPT_OUT,)
    assert reading.confidence >= 0.6  # acted on without a person: stopping marketing harms no one
    assert channels_asked(reading.evidence_for(T.MARKETING_OPT_OUT)) == ALL_CHANNELS


@pytest.mark.parametrize(
    "text",
    [
        "Hello, take me off your lists please. Regards, Tom",
        "Could you strike my e-mail address from your contact lists? Thanks",
        "Merci de me rayer de vos listes d'envoi.",
        "Kunnen jullie mij van jullie verzendlijsten halen?",
        "Bitte entfernen Sie mich aus Ihren Kontaktlisten.",
    ],
)
def test_off_a_list_is_no_erasure(text: str) -> None:
    assert classify("", text).request_types == (T.MARKETING_OPT_OUT,)


@pytest.mark.parametrize(
    "text",
    [
        "Remove me from all your lists and stop phoning me.",
        "Retirez-moi de toutes vos listes et ne me téléphonez plus.",
        "Haal me van al jullie lijsten en bel me niet meer op.",
        "Streichen Sie mich aus allen Listen und rufen Sie mich nicht mehr an.",
    ],
)
def test_all_lists_and_calls_is_objection_and_opt_out(text: str) -> None:
    reading = classify("", text)
    assert set(reading.request_types) == {T.OBJECTION, T.MARKETING_OPT_OUT}


@pytest.mark.parametrize(
    "text",
    [
        "Please remove me from your database. Regards, Tom",
        "Delete me from all your lists and from your database please. Regards, Tom",
        "Please remove me from your list of customers and delete my data.",
        "Supprimez-moi de votre base de données, s'il vous plaît.",
        "Verwijder mij uit al jullie bestanden en systemen. Groeten, Jan",
        "Guten Tag, bitte löschen Sie mich aus Ihrer Kundendatenbank. Grüße, Max",
    ],
)
def test_removal_from_where_the_data_is_kept_stays_an_erasure(text: str) -> None:
    assert T.ERASURE in classify("", text).request_types


@pytest.mark.parametrize(
    "text",
    [
        "Delete me from all your lists and from your database.",
        "Verwijder mij uit al jullie lijsten en uit jullie databank.",
        "Retirez-moi de toutes vos listes et supprimez mes données de votre base.",
        "Streichen Sie mich aus allen Listen und löschen Sie meine Daten aus Ihrer Datenbank.",
    ],
)
def test_every_list_and_the_database_is_erasure_and_opt_out(text: str) -> None:
    # the opt-out stands at once even where the erasure is refused in part (a legal hold)
    assert set(classify("", text).request_types) == {T.ERASURE, T.MARKETING_OPT_OUT}


def test_one_list_named_with_a_delete_stays_an_erasure() -> None:
    text = "Please delete my details from the list you gave to that company."
    assert classify("", text).request_types == (T.ERASURE,)
