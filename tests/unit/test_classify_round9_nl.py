"""Round 9, Dutch: the classes of wording blind20's Dutch letters showed the reader missing or
misreading. Made-up sentences in the style of each class, one test per class."""

from worker.classify.reader import read
from worker.domain import RequestType as T


def _types(text: str, subject: str = "vraag") -> set[T]:
    return set(read(subject, text).classification.request_types)


def test_a_part_of_a_pasted_letter_to_be_ignored_asks_nothing() -> None:
    text = (
        "Dag, ik stuur u een modelbrief van een vriendin door. Mijn account moet blijven. "
        "Het deel over verwijderen mag u gerust negeren."
    )
    assert T.ERASURE not in _types(text)


def test_a_step_only_considered_is_no_request() -> None:
    text = (
        "Beste, ik overweeg om mijn klantenaccount bij jullie te laten verwijderen. "
        "Kan ik dan nog mijn lopende bestelling volgen? Ik beslis later."
    )
    assert T.ERASURE not in _types(text)


def test_an_organisations_address_or_the_authoritys_name_in_a_text_asks_nothing() -> None:
    text = (
        "Goedemiddag, een tip: op uw website is het adres van de Gegevensbeschermingsautoriteit "
        "verouderd. Verder vraag ik niets."
    )
    assert _types(text) == set()


def test_an_unsolicited_quote_is_a_sales_pitch() -> None:
    text = (
        "Geachte, wij zagen dat uw privacytekst enkel in het Engels is. Uw klanten hebben "
        "nochtans recht op uitleg over hun rechten: inzage, bezwaar. Mag ik u vrijblijvend een "
        "offerte bezorgen voor de vertaling?"
    )
    assert _types(text) == set()


def test_a_thanks_for_past_cooperation_is_no_sales_pitch() -> None:
    text = (
        "Hallo, we stoppen met onze bestellingen. Verwijder daarna mijn account en gegevens. "
        "Bedankt voor de goede samenwerking."
    )
    assert T.ERASURE in _types(text)


def test_then_between_a_removal_verb_and_its_object() -> None:
    text = "Goedendag, ik bestel niet meer bij jullie. Verwijder daarna mijn account."
    assert T.ERASURE in _types(text)


def test_taken_off_a_newsletter_with_zet() -> None:
    text = "Hoi, die nieuwsbrief komt elke dag, dat is te veel. Zet mij er maar af aub."
    assert T.MARKETING_OPT_OUT in _types(text)


def test_the_language_recorded_is_a_field_to_correct() -> None:
    text = (
        "Dag, alle brieven komen in het Engels. "
        "Gelieve mijn taalvoorkeur te wijzigen naar Nederlands."
    )
    assert T.RECTIFICATION in _types(text)


def test_a_wrong_street_is_a_wrong_address() -> None:
    text = "Hallo, op mijn account staat mijn straat fout: het is Kerkstraat 8. Graag aanpassen."
    assert T.RECTIFICATION in _types(text)


def test_advertising_stopped_on_channels_listed() -> None:
    text = "Goedemorgen, ik wil enkel dat de reclame stopt, per sms en per brief."
    assert {T.OBJECTION, T.MARKETING_OPT_OUT} <= _types(text)


def test_the_mail_an_objection_was_sent_by_is_no_channel() -> None:
    text = (
        "Meneer, in juni heb ik per mail bezwaar gemaakt tegen telefonische verkoop. "
        "Toch word ik nog gebeld. Bel mij niet meer."
    )
    assert T.MARKETING_OPT_OUT not in _types(text)


def test_records_of_the_writers_badge() -> None:
    text = "Goedemorgen, ik wil een overzicht van alle registraties van mijn badge in maart."
    assert T.ACCESS in _types(text)


def test_how_the_data_were_handled_judged_is_a_complaint() -> None:
    text = (
        "Beste, mijn foto staat zonder toestemming op jullie site. Verwijder die foto. "
        "Ik vind het echt niet kunnen hoe daarmee omgegaan is."
    )
    assert T.COMPLAINT in _types(text)


def test_the_promised_copy_asked_again() -> None:
    text = (
        "Dag, u schreef mij dat ik binnen de week een kopie van mijn gegevens zou krijgen. "
        "Ik heb nog niets ontvangen. Graag nu die kopie."
    )
    assert T.ACCESS in _types(text)


def test_a_short_imperative_for_a_record_named_before() -> None:
    text = "Hallo, hebben jullie nog opnames van mijn telefoongesprekken? Wis die aub."
    assert T.ERASURE in _types(text)


def test_a_request_after_a_quoted_copy_of_a_complaint_is_made_of_us() -> None:
    text = (
        "Geachte, hierbij een kopie van de klacht die ik gisteren heb ingediend bij de "
        'Gegevensbeschermingsautoriteit.\n\n"In mei vroeg ik de firma om inzage in mijn '
        'gegevens. Ik kreeg geen antwoord. Ik vraag de GBA dit te onderzoeken."\n\n'
        "Ik vraag u opnieuw mij inzage te geven in mijn persoonsgegevens."
    )
    assert {T.ACCESS, T.COMPLAINT} <= _types(text)


def test_a_number_no_longer_mine_is_to_be_erased() -> None:
    text = (
        "Hallo, schrap het oude telefoonnummer in uw klantenbestand; dat is al lang niet meer "
        "van mij."
    )
    assert T.ERASURE in _types(text)
