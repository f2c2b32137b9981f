"""Round 13, Dutch: the classes of wording the blind23 split's Dutch letters showed the reader
misreading (rights named but not asked, letters that ask nothing). Made-up sentences in the
style of each class, one test per class."""

from worker.classify.reader import read
from worker.domain import RequestType as T


def _types(text: str, subject: str = "vraag") -> set[T]:
    return set(read(subject, text).classification.request_types)


def test_a_request_filed_with_someone_else_told_with_a_long_object_asks_nothing() -> None:
    text = (
        "Beste, ik heb vorige maand bij de vorige eigenaar van het pand een verzoek tot "
        "inzage en verwijdering van mijn gegevens ingediend, en dat is intussen afgehandeld. "
        "Kunnen jullie de volgende factuur per post sturen?"
    )
    assert _types(text) == set()


def test_a_hedged_future_request_is_no_request_now() -> None:
    text = (
        "Dag, ik verhuis binnenkort naar het buitenland en zal later eventueel vragen om "
        "mijn klantenaccount te schrappen. Voorlopig hoeft er niets te gebeuren."
    )
    assert T.ERASURE not in _types(text)
    text = (
        "Goedemiddag, wellicht zal ik ooit verzoeken om al mijn gegevens te wissen, maar "
        "nu nog niet. Bedankt voor de snelle levering."
    )
    assert T.ERASURE not in _types(text)


def test_in_that_case_after_an_exception_is_a_condition_not_a_request() -> None:
    text = (
        "Geachte, ik verzoek u mijn klantenprofiel te verwijderen, tenzij een fiscale "
        "bewaartermijn dat verhindert. In dat geval beperkt u de verwerking van die gegevens "
        "tot wat de fiscus vereist."
    )
    assert _types(text) == {T.ERASURE}


def test_a_remedy_stated_for_the_readers_dissatisfaction_is_no_complaint() -> None:
    text = (
        'Beste, de verzekeraar schreef mij: "Bent u niet tevreden over ons antwoord, dan kunt '
        'u zich wenden tot de Gegevensbeschermingsautoriteit."\n\nWilt u mijn voornaam in '
        "uw bestand verbeteren? Die is fout gespeld."
    )
    assert _types(text) == {T.RECTIFICATION}


def test_a_mandate_to_request_for_someone_is_no_past_request() -> None:
    text = (
        "Geachte, mijn moeder heeft mij gevraagd (machtiging in bijlage) om namens haar een "
        "kopie op te vragen van alle gegevens die u over haar bewaart."
    )
    assert T.ACCESS in _types(text)


def test_a_number_to_be_removed_from_a_contact_store_is_erasure_not_objection() -> None:
    text = (
        "Hallo, ik word nog steeds gebeld door uw verkoopdienst. Kunt u mijn telefoonnummer "
        "verwijderen uit uw klantgegevens?"
    )
    assert T.ERASURE in _types(text)


def test_no_sales_calls_with_an_adjective_is_an_objection() -> None:
    text = "Dag, ik wil geen commerciële telefoontjes meer van uw firma."
    assert _types(text) == {T.OBJECTION}


def test_a_personal_request_in_a_press_mail_is_read() -> None:
    text = (
        "Dag, voor een artikel over duurzame kledij zoek ik bedrijven die willen meewerken. "
        "Iets anders: uw verkoper belt elke maand naar mijn werknummer. Ik wil geen "
        "commerciële telefoontjes meer ontvangen."
    )
    assert _types(text) == {T.OBJECTION}


def test_part_of_a_list_named_is_no_marketing_list() -> None:
    text = (
        "Goedemorgen, kunnen jullie in mijn personeelsgegevens de oude pasfoto vervangen door "
        "de nieuwe in bijlage? De rest van de lijst klopt."
    )
    assert _types(text) == {T.RECTIFICATION}


def test_which_data_an_answer_already_explained_is_no_access_request() -> None:
    text = (
        "Beste, hartelijk dank voor uw antwoord. Fijn dat zo helder toegelicht werd welke "
        "gegevens u aan de drukkerij doorgeeft en hoe lang u ze bewaart."
    )
    assert _types(text) == set()
