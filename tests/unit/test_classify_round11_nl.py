"""Round 11, Dutch: the classes of wording blind22's Dutch letters showed the reader missing or
misreading. Made-up sentences in the style of each class, one test per class."""

from worker.classify import classify
from worker.classify.reader import read
from worker.domain import RequestType as T


def _types(text: str, subject: str = "vraag") -> set[T]:
    return set(read(subject, text).classification.request_types)


def test_a_request_announced_for_a_later_letter_is_not_made_now() -> None:
    text = (
        "Geachte, graag ontvang ik een kopie van de persoonsgegevens die u over mij verwerkt. "
        "Blijkt de verwerking onrechtmatig, dan zal ik u later in een aparte brief verzoeken "
        "al mijn gegevens te verwijderen."
    )
    assert _types(text) == {T.ACCESS}


def test_a_past_request_told_with_its_addressee_first_is_history() -> None:
    text = (
        "Beste, mijn oude bank heb ik gevraagd mijn gegevens te wissen na het sluiten van "
        "mijn rekening."
    )
    assert T.ERASURE not in _types(text)


def test_niet_before_an_attributive_participle_negates_nothing() -> None:
    text = (
        "Geachte, wegens een discussie over niet betaalde huurgelden verzoek ik u mij een "
        "kopie te bezorgen van de persoonsgegevens die u over mij verwerkt."
    )
    assert _types(text) == {T.ACCESS}


def test_an_impersonal_passive_request_is_no_past_request() -> None:
    text = "Geachte, verzocht wordt om de wissing van alle persoonsgegevens van ondergetekende."
    assert _types(text) == {T.ERASURE}


def test_a_channel_compound_names_marketing_mail() -> None:
    text = "Beste, ik wil geen e-mailnieuwsbrieven meer ontvangen van uw winkel."
    assert _types(text) == {T.MARKETING_OPT_OUT}


def test_a_copy_of_a_letter_to_another_company_asks_nothing_of_us() -> None:
    text = (
        "Beste,\n\nZodat u het weet, stuur ik u een kopie van mijn brief aan de verhuurder."
        "\n\nGroeten,\nPiet\n\n--- kopie ---\nAan: Verhuur bv\nGeachte, ik verzoek u "
        "al mijn persoonsgegevens te wissen.\nPiet\n"
    )
    assert classify("Kopie van mijn brief", text).request_types == ()


def test_a_guardian_with_the_appointment_between_asks_for_the_ward() -> None:
    text = (
        "Geachte, als door de rechtbank benoemde bewindvoerder van mijn zus verzoek ik u alle "
        "gegevens van mijn zus uit uw bestanden te verwijderen."
    )
    reading = read("vraag", text).classification
    assert reading.request_types == (T.ERASURE,)
    assert reading.on_behalf
