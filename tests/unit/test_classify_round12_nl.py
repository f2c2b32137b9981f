"""Round 12, Dutch: the classes of wording the former held-out set heldout10's Dutch letters
showed the reader missing or misreading. Made-up sentences in the style of each class, one
test per class."""

from worker.classify import classify
from worker.classify.reader import read
from worker.domain import RequestType as T


def _types(text: str, subject: str = "vraag") -> set[T]:
    return set(read(subject, text).classification.request_types)


def test_an_authority_named_as_where_a_template_was_found_is_no_complaint() -> None:
    text = (
        "Beste, deze tekst heb ik overgenomen van de website van de toezichthouder. "
        "Ik verzoek u om inzage in de persoonsgegevens die u over mij verwerkt."
    )
    assert _types(text) == {T.ACCESS}


def test_a_retention_duty_preventing_erasure_is_a_condition() -> None:
    text = (
        "Geachte, ik verzoek u al mijn persoonsgegevens te wissen. Mocht een fiscale "
        "bewaarplicht dat beletten, dan moet de verwerking van die gegevens worden beperkt."
    )
    assert _types(text) == {T.ERASURE}


def test_blocking_a_thing_that_is_no_record_is_no_restriction() -> None:
    text = (
        "Dag, uw bestelwagens blokkeren elke ochtend mijn garagepoort. Ik wil ook graag de "
        "camerabeelden zien waarop ik sta."
    )
    assert T.RESTRICTION not in _types(text)


def test_a_time_limit_with_niet_negates_no_restriction() -> None:
    text = (
        "Geachte, ik verzoek u op grond van artikel 18 AVG het gebruik van mijn gegevens te "
        "beperken zolang het geschil niet is opgelost, en ze niet door te geven aan derden."
    )
    assert T.RESTRICTION in _types(text)


def test_a_request_planned_for_later_with_a_draft_shown_asks_nothing() -> None:
    text = (
        "Hallo,\n\nIk ben van plan om binnenkort een verzoek tot wissing te versturen. Aan "
        "wie richt ik dat best?\n\n--- concept ---\nGeachte, ik verzoek u al mijn "
        "persoonsgegevens te verwijderen.\n--- einde ---\n\nGroeten,\nJan"
    )
    assert classify("vraag over adres", text).request_types == ()


def test_kinds_of_model_letters_studied_are_no_requests() -> None:
    text = (
        "Beste, in de cursus hebben we voorbeeldbrieven besproken van de "
        "gegevensbeschermingsautoriteit: een inzageverzoek en een bezwaar tegen direct "
        "marketing. Mogen we uw logo gebruiken in de presentatie?"
    )
    assert _types(text) == set()


def test_what_the_news_says_companies_must_delete_is_hearsay() -> None:
    text = (
        "Dag, gisteren hoorde ik op de radio dat bedrijven alles moeten wissen na een jaar. "
        "Moet ik iets doen om de nieuwsbrief te blijven ontvangen?"
    )
    assert T.ERASURE not in _types(text)


def test_an_unsubscription_asked_before_without_sign_of_failure_is_history() -> None:
    text = (
        "hoi, in september heb ik gevraagd om me af te melden van de nieuwsbrief. Sindsdien "
        "niet meer inloggen in de webshop. wat is er aan de hand?"
    )
    assert T.MARKETING_OPT_OUT not in _types(text)


def test_an_unsubscription_asked_before_that_failed_still_counts() -> None:
    text = (
        "Beste, in september heb ik gevraagd om me af te melden van de nieuwsbrief, maar ik "
        "krijg hem nog steeds."
    )
    assert T.MARKETING_OPT_OUT in _types(text)


def test_permission_to_delete_this_mail_is_no_erasure() -> None:
    text = (
        "Hallo, er stond een verkeerde naam op de pakbon, dat wilde ik even melden. Mijn "
        "gegevens hebben jullie niet nodig, dit bericht mogen jullie gerust verwijderen."
    )
    assert T.ERASURE not in _types(text)


def test_asked_to_send_which_measures_were_stored_is_access() -> None:
    text = (
        "Goeiedag, kan de afspraak een week later? En kunt u mij laten weten welke gegevens "
        "u bij de inschrijving over mij hebt genoteerd?"
    )
    assert _types(text) == {T.ACCESS}


def test_an_overview_of_records_on_my_name_is_access() -> None:
    text = "Beste, ik wil een overzicht van alle registraties van werkschoenen op mijn naam."
    assert _types(text) == {T.ACCESS}


def test_who_saw_my_document_and_whether_it_was_passed_on_is_access() -> None:
    text = (
        "Dag, wie heeft mijn medisch attest bij jullie allemaal ingekeken? En hebben jullie "
        "het doorgegeven aan derden?"
    )
    assert _types(text) == {T.ACCESS}


def test_a_document_to_be_destroyed_instead_of_returned_is_erasure() -> None:
    text = (
        "Hallo, graag dat voorschrift en de scans ervan te vernietigen in plaats van het naar "
        "mijn werkgever te sturen."
    )
    assert _types(text) == {T.ERASURE}


def test_the_undersigned_in_the_third_person_makes_the_request() -> None:
    text = (
        "Ondergetekende, Piet Janssens, klant sinds 2010, verzoekt u overeenkomstig artikel "
        "16 AVG zijn foutieve geboortedatum in uw klantenbestand te verbeteren."
    )
    assert T.RECTIFICATION in _types(text)


def test_other_rights_named_and_set_aside_are_not_asked() -> None:
    text = (
        "Geachte, ik verzoek u mijn adres te corrigeren. Ik weet dat ik nog andere rechten "
        "heb, zoals inzage en wissing, maar die oefen ik nu niet uit."
    )
    assert _types(text) == {T.RECTIFICATION}


def test_a_copy_of_the_corrected_data_confirms_the_correction() -> None:
    text = (
        "Geachte, gelieve mijn naam in uw bestand te verbeteren en mij daarna een kopie van de "
        "gecorrigeerde gegevens te sturen."
    )
    assert _types(text) == {T.RECTIFICATION}


def test_a_record_described_at_length_with_an_aside_is_to_be_erased() -> None:
    text = (
        "Geachte, ik vraag u om de aantekening over mijn ziekteverlof die niet door de "
        'arbeidsarts is opgesteld (in de map "verzuim") te verwijderen.'
    )
    assert T.ERASURE in _types(text)


def test_channels_listed_after_the_stop_both_count() -> None:
    text = "Beste, ik wil geen promoties meer krijgen, niet via sms en ook niet per brief."
    assert _types(text) == {T.MARKETING_OPT_OUT, T.OBJECTION}
