"""The machine-readable zone, names and printed markers: pure functions, no subprocess."""

from datetime import date

import pytest

from tests.fixtures.idcopies import (
    break_check_digit,
    icao_check_digit,
    national_register_number,
    redact_nrn,
    td1_mrz,
    td3_mrz,
)
from worker.idcheck.markers import find_markers
from worker.idcheck.mrz import check_digit, document_hash, find_mrz, parse_date
from worker.idcheck.names import NameMatch, compare, compare_all

TODAY = date(2026, 11, 25)
CARD = dict(
    surname="Peeters",
    given_names="Jan Maria",
    doc_number="592123456789",
    birth=date(1985, 3, 1),
    expiry=date(2031, 6, 30),
)

# ICAO Doc 9303 part 5 (TD1) and part 4 (TD3) specimen zones
ICAO_TD1 = (
    "I<UTOD231458907<<<<<<<<<<<<<<<",
    "7408122F1204159UTO<<<<<<<<<<<6",
    "ERIKSSON<<ANNA<MARIA<<<<<<<<<<",
)
ICAO_TD3 = (
    "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
    "L898902C36UTO7408122F1204159ZE184226B<<<<<10",
)


@pytest.mark.parametrize(
    ("field", "digit"),
    [
        ("D23145890", "7"),
        ("740812", "2"),
        ("120415", "9"),
        ("L898902C3", "6"),
        ("ZE184226B<<<<<", "1"),
        ("<<<<<<", "0"),
        ("AB2134<<<", "5"),
    ],
)
def test_check_digit_matches_icao_and_the_fixture(field: str, digit: str) -> None:
    assert check_digit(field) == digit
    assert icao_check_digit(field) == digit


def test_icao_specimens() -> None:
    td1 = find_mrz("\n".join(ICAO_TD1), today=date(2010, 1, 1))
    assert td1 is not None and td1.format == "TD1"
    assert td1.checks == {
        "document_number": True,
        "birth_date": True,
        "expiry": True,
        "composite": True,
    }
    assert (td1.surname, td1.given_names, td1.expiry) == (
        "ERIKSSON",
        "ANNA MARIA",
        date(2012, 4, 15),
    )
    td3 = find_mrz("\n".join(ICAO_TD3), today=date(2010, 1, 1))
    assert td3 is not None and td3.format == "TD3" and td3.document_kind == "passport"
    assert all(td3.checks.values()), td3.checks
    assert td3.document_number == "L898902C3"


def test_belgian_card_with_a_12_digit_number() -> None:
    lines = td1_mrz(**CARD)
    assert lines[0].startswith("IDBEL592123456<")  # ICAO long-number form
    mrz = find_mrz("\n".join(lines), today=TODAY)
    assert mrz is not None
    assert mrz.document_number == "592123456789"
    assert mrz.document_kind == "id_card" and mrz.issuer == "BEL"
    assert all(v is True for v in mrz.checks.values())
    assert mrz.expiry == date(2031, 6, 30)
    assert mrz.holder_name == "PEETERS, JAN MARIA"


def test_the_register_number_is_never_part_of_the_result() -> None:
    nrn = national_register_number(CARD["birth"])
    mrz = find_mrz("\n".join(td1_mrz(**CARD)), today=TODAY)
    assert nrn not in repr(mrz)


@pytest.mark.parametrize(
    ("line", "pos", "failed"),
    [
        (0, 18, {"document_number", "composite"}),
        (1, 6, {"birth_date", "composite"}),
        (1, 14, {"expiry", "composite"}),
        (1, 29, {"composite"}),
    ],
)
def test_each_wrong_check_digit_is_named(line: int, pos: int, failed: set[str]) -> None:
    mrz = find_mrz("\n".join(break_check_digit(td1_mrz(**CARD), line, pos)), today=TODAY)
    assert mrz is not None
    assert set(mrz.failed) == failed


def test_a_changed_field_fails_the_composite_even_with_its_own_digit_recomputed() -> None:
    genuine = td1_mrz(**CARD)
    forged = td1_mrz(**{**CARD, "expiry": date(2031, 6, 28)})
    assert forged[1][29] != genuine[1][29]
    # the forger fixed the expiry's check digit but kept the old composite
    line2 = forged[1][:29] + genuine[1][29]
    mrz = find_mrz("\n".join((genuine[0], line2, genuine[2])), today=TODAY)
    assert mrz is not None and mrz.failed == ("composite",)


@pytest.mark.parametrize("fill", ["X", "<", "#"])
def test_blacked_out_register_number_leaves_the_other_digits(fill: str) -> None:
    lines = redact_nrn(td1_mrz(**CARD), fill=fill)
    mrz = find_mrz("\n".join(lines), today=TODAY)
    assert mrz is not None
    assert mrz.checks["document_number"] and mrz.checks["birth_date"] and mrz.checks["expiry"]
    assert mrz.checks["composite"] is None
    assert mrz.redacted == ("optional_data",)


def test_register_number_removed_from_the_text_layer() -> None:
    l1, l2, l3 = td1_mrz(**CARD)
    mrz = find_mrz("\n".join((l1, l2[:18], l3)), today=TODAY)
    assert mrz is not None and mrz.checks["composite"] is None and not mrz.failed


def test_ocr_spacing_and_look_alikes_are_tolerated() -> None:
    l1, l2, l3 = td1_mrz(**CARD)
    spaced = " ".join(l1[i : i + 5] for i in range(0, 30, 5))
    l2_ocr = l2.replace("0", "O", 2)  # digits read as letters in the date fields
    text = f"BELGIË BELGIQUE\nsome noise 12\n{spaced}\n{l2_ocr}\n{l3[:-2]}\n"
    mrz = find_mrz(text, today=TODAY)
    assert mrz is not None and all(mrz.checks.values()), mrz and mrz.checks


def test_zone_run_together_in_one_text_line() -> None:
    mrz = find_mrz("".join(td1_mrz(**CARD)), today=TODAY)
    assert mrz is not None and not mrz.failed


def test_passport_and_names_with_accents() -> None:
    lines = td3_mrz(
        "Müller-Lüdenscheidt",
        "Ångström Éloïse",
        "EM1234567",
        date(1990, 2, 28),
        date(2030, 1, 1),
        sex="F",
        nationality="DEU",
        issuer="D",
    )
    assert lines[0].startswith("P<D<<MULLER<LUDENSCHEIDT<<ANGSTROM<ELOISE")
    mrz = find_mrz("\n".join(lines), today=TODAY)
    assert mrz is not None and not mrz.failed and mrz.document_kind == "passport"
    assert compare_all(mrz.surname, mrz.given_names, ["Eloise Müller-Lüdenscheidt"]) == "match"


def test_no_zone_in_ordinary_text() -> None:
    assert find_mrz("Dear sir,\nplease delete my data.\nINVOICE 2026-000123\n") is None
    assert find_mrz("") is None


def test_dates_and_centuries() -> None:
    assert parse_date("850301", birth=True, today=TODAY) == date(1985, 3, 1)
    assert parse_date("100301", birth=True, today=TODAY) == date(2010, 3, 1)
    assert parse_date("310630", birth=False, today=TODAY) == date(2031, 6, 30)
    assert parse_date("990101", birth=False, today=TODAY) == date(1999, 1, 1)
    assert parse_date("851301", birth=True) is None
    assert parse_date("85O301", birth=True) is None


def test_document_hash_is_stable_and_hides_the_number() -> None:
    h = document_hash("BEL", "592123456789")
    assert h == document_hash("bel", "592-1234567-89") and len(h) == 64
    assert "592123456789" not in h and h != document_hash("BEL", "592123456788")


# ---------------------------------------------------------------------------------------------
# names


@pytest.mark.parametrize(
    ("surname", "given", "claimed", "expected"),
    [
        ("PEETERS", "JAN MARIA", "Jan Peeters", NameMatch.MATCH),
        ("PEETERS", "JAN MARIA", "peeters jan", NameMatch.MATCH),
        ("PEETERS", "JAN MARIA", "Peeters, Jan", NameMatch.MATCH),
        ("PEETERS", "JAN MARIA", "J. Peeters", NameMatch.MATCH),
        ("PEETERS", "JAN MARIA", "Dhr. Peeters", NameMatch.MATCH),
        ("PEETERS", "JAN MARIA", "Maria Peeters", NameMatch.MATCH),  # a middle name
        ("PEETERS", "JAN MARIA", "jan.peeters@mail.example", NameMatch.MATCH),
        ("DUPONT", "FRANCOISE", "Françoise Dupont", NameMatch.MATCH),
        ("VAN DEN BROECK", "MARIE LOUISE", "Marie-Louise Vandenbroeck", NameMatch.MATCH),
        ("VAN DEN BROECK", "MARIE LOUISE", "M. Van den Broeck", NameMatch.MATCH),
        ("MUELLER", "JOERG", "Jörg Müller", NameMatch.MATCH),
        ("MULLER", "JORG", "Jörg Müller", NameMatch.MATCH),
        (
            "VERSCHUEREN DE LA ROCHEFOUC",
            "ANNE",
            "Anne Verschueren de la Rochefoucauld",
            NameMatch.MATCH,
        ),  # truncated in the MRZ
        ("JANSSENS", "MARIE", "Marie Peeters", NameMatch.PARTIAL),  # married name?
        ("PEETERS", "JAN MARIA", "Els Peeters", NameMatch.MISMATCH),  # a relative's card
        ("PEETERS", "JAN MARIA", "Sophie Dubois", NameMatch.MISMATCH),
        ("VAN DEN BROECK", "MARIE", "Pieter Van Damme", NameMatch.MISMATCH),  # particles only
        ("PEETERS", "JAN", "", NameMatch.UNKNOWN),
        ("PEETERS", "JAN", "Dr.", NameMatch.UNKNOWN),
    ],
)
def test_name_comparison(surname: str, given: str, claimed: str, expected: NameMatch) -> None:
    assert compare(surname, given, claimed) == expected


def test_best_of_several_claimed_names() -> None:
    assert compare_all("PEETERS", "JAN", ["ACME Sales", "Jan Peeters"]) == NameMatch.MATCH
    assert compare_all("PEETERS", "JAN", ["Sophie Dubois", "Els Peeters"]) == NameMatch.MISMATCH
    assert compare_all("PEETERS", "JAN", []) == NameMatch.UNKNOWN


# ---------------------------------------------------------------------------------------------
# markers


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("BELGIË BELGIQUE BELGIEN BELGIUM\nIDENTITEITSKAART CARTE D'IDENTITÉ", "id_card"),
        ("Bundesrepublik Deutschland PERSONALAUSWEIS IDENTITY CARD", "id_card"),
        ("KONINKRIJK BELGIË PASPOORT PASSEPORT REISEPASS PASSPORT", "passport"),
        ("RÉPUBLIQUE FRANÇAISE CARTE NATIONALE D'IDENTITÉ", "id_card"),
    ],
)
def test_markers(text: str, kind: str) -> None:
    markers = find_markers(text)
    assert markers.document_kind == kind and markers.looks_like_identity_document


def test_no_markers_in_a_letter() -> None:
    markers = find_markers("Please pass the invoice to accounting. Thanks, Jan")
    assert not markers.looks_like_identity_document and markers.document_kind == ""
