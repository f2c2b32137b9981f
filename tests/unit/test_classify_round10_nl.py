"""Round 10, Dutch: the classes of wording blind21's Dutch letters showed the reader missing or
misreading. Made-up sentences in the style of each class, one test per class."""

from worker.classify.reader import read
from worker.domain import RequestType as T


def _types(text: str, subject: str = "vraag") -> set[T]:
    return set(read(subject, text).classification.request_types)


def test_a_request_told_in_the_simple_past_asks_nothing_now() -> None:
    text = (
        "Beste, ik vroeg in september inzage en kreeg gisteren het overzicht. "
        "Alles is in orde, bedankt voor de snelle hulp."
    )
    assert _types(text) == set()


def test_other_peoples_requests_the_writer_handles_are_no_request() -> None:
    text = (
        "Geachte, als HR-medewerker behandel ik elke maand verzoeken van werknemers: inzage, "
        "verbetering en wissing. Graag solliciteer ik bij u; mijn cv zit in bijlage."
    )
    assert _types(text) == set()


def test_a_student_of_any_kind_asks_nothing() -> None:
    text = (
        "Hallo, ik ben bachelorstudent rechten en schrijf een bachelorproef over camera's op de "
        "werkvloer. Mag ik u vragen hoe vaak klanten inzage of wissing vragen?"
    )
    assert _types(text) == set()


def test_a_company_certificate_removed_from_a_file_is_no_erasure() -> None:
    text = (
        "Beste, hierbij ons nieuwe veiligheidscertificaat. Kunnen jullie het vervallen "
        "certificaat uit jullie dossier verwijderen?"
    )
    assert T.ERASURE not in _types(text)


def test_data_wiped_on_a_device_is_maintenance() -> None:
    text = (
        "Hoi, de scanner in het magazijn gaat terug naar de leverancier. Kunnen jullie de "
        "gegevens op het toestel wissen voor hij vertrekt?"
    )
    assert T.ERASURE not in _types(text)


def test_seeing_ones_data_disappear_is_erasure_not_access() -> None:
    text = "Goedendag, graag zie ik al mijn gegevens uit jullie bestanden verdwijnen."
    assert _types(text) == {T.ERASURE}


def test_ik_had_graag_dat_is_a_wish_not_a_past_act() -> None:
    text = "Dag, ik had graag dat mijn klantenfiche en alle gegevens verwijderd worden."
    assert _types(text) == {T.ERASURE}


def test_his_data_to_be_deleted_is_no_deletion_already_done() -> None:
    text = (
        "Beste, als ouder van mijn dochter (15 jaar) wens ik dat haar inschrijving en zijn "
        "gegevens verwijderd worden. Mijn zoon (14 jaar) schreef zich ook in: ik wil dat zijn "
        "gegevens verwijderd worden."
    )
    assert T.ERASURE in _types(text)


def test_a_removal_beside_a_list_in_its_own_act_stays_erasure() -> None:
    text = "Beste, verwijder mijn profiel en mijn gegevens, en haal mij van de verzendlijst."
    assert _types(text) == {T.ERASURE, T.MARKETING_OPT_OUT}


def test_a_number_to_be_wiped_from_the_system_is_erasure() -> None:
    text = (
        "Uw monteur belt me privé. Ik wil dat mijn gsm-nummer gewist wordt, ook in het "
        "systeem van de planning."
    )
    assert T.ERASURE in _types(text)


def test_someone_without_e_mail_opts_out_of_nothing_electronic() -> None:
    text = (
        "Ik schrijf voor mijn vader, die geen e-mail gebruikt. Hij krijgt nog altijd uw "
        "folders. Gelieve hem niets meer per post te sturen."
    )
    assert T.MARKETING_OPT_OUT not in _types(text)


def test_everything_you_have_on_me_as_a_removals_object_is_no_access() -> None:
    text = "Kunnen jullie alles wat jullie van mij hebben wissen? Ik ben geen klant meer."
    assert _types(text) == {T.ERASURE}


def test_data_thrown_away_in_everyday_words_is_erasure() -> None:
    text = "Mag alles wat jullie over mij hebben de prullenbak in? Ik bestel toch niet meer."
    assert _types(text) == {T.ERASURE}


def test_an_account_put_on_hold_is_restriction() -> None:
    text = (
        "Iemand heeft met mijn account besteld. Zet mijn account aub stil tot dit is "
        "uitgezocht, maar verwijder niets."
    )
    assert T.RESTRICTION in _types(text)


def test_a_copy_of_records_linked_to_ones_things_is_access() -> None:
    text = (
        "Namens mijn cliënt vraag ik: hij wenst een kopie van alle registraties die aan zijn "
        "personeelskaart gekoppeld zijn."
    )
    assert T.ACCESS in _types(text)


def test_a_copy_of_an_invoice_is_no_request_even_for_the_model() -> None:
    from worker.classify import classify

    text = "Dag, kunnen jullie mij een kopie van factuur 2025-0991 bezorgen? Ik ben ze kwijt."
    assert classify("kopie", text).request_types == ()


def test_a_detail_to_be_added_to_the_file_is_rectification() -> None:
    text = "Gelieve mijn e-mailadres als tweede contact in uw bestand op te nemen."
    assert _types(text) == {T.RECTIFICATION}
