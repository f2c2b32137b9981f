"""The access report: readable, with the data inside, sealed with AES-256 under its password."""

import io
import json
import re

import pytest
from pypdf import PdfReader
from pypdf.errors import FileNotDecryptedError

from worker.cases.readable import readable
from worker.cases.report import build_report, new_password, seal


def report(records):
    return build_report(
        title="Inzage in uw persoonsgegevens",
        subtitle="Dossier GDPR-2026-000001 · 25 november 2026",
        footer="NV Alsico High Tech",
        sections=[("Doeleinden", ["Uitvoering van het contract", "Facturatie"])],
        data_heading="Uw gegevens",
        tables=readable(records, "nl", {}),
        nothing_found="Wij bewaren geen gegevens over u.",
    )


RECORDS = [
    {
        "source": "crm",
        "table": "customers",
        "key": "id=1",
        "field": "last_name",
        "value": "Peeters",
        "category": "identity",
    },
    {
        "source": "crm",
        "table": "customers",
        "key": "id=1",
        "field": "city",
        "value": "Ronse – Renaix",
        "category": "contact",
    },
    {
        "source": "crm",
        "table": "orders",
        "key": "id=4",
        "field": "total",
        "value": 129.5,
        "category": "contract",
    },  # fmt: skip
]


def test_the_report_is_readable_and_holds_every_field():
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(report(RECORDS))).pages)
    for expected in ("Inzage in uw persoonsgegevens", "Doeleinden", "Peeters", "Ronse", "129,5"):
        assert expected in text


def test_nothing_found_says_so():
    text = PdfReader(io.BytesIO(report([]))).pages[0].extract_text()
    assert "Wij bewaren geen gegevens over u." in text


def test_sealed_report_needs_its_password_and_carries_the_export():
    password = new_password()
    export = json.dumps(RECORDS).encode()
    sealed = seal(report(RECORDS), password, {"gegevens.json": export})
    assert b"Peeters" not in sealed and b"last_name" not in sealed
    reader = PdfReader(io.BytesIO(sealed))
    assert reader.is_encrypted
    assert reader.decrypt("wrong password") == 0
    with pytest.raises(FileNotDecryptedError):
        reader.pages[0].extract_text()
    reader = PdfReader(io.BytesIO(sealed))
    assert reader.decrypt(password) != 0
    encrypt = reader.trailer["/Encrypt"]
    assert (encrypt["/V"], encrypt["/R"]) == (5, 6)  # AES-256 (ISO 32000-2)
    assert reader.attachments["gegevens.json"] == [export]
    assert "Peeters" in reader.pages[0].extract_text()


def test_passwords_are_random_and_typeable():
    a, b = new_password(), new_password()
    assert a != b
    assert re.fullmatch(r"([A-HJ-NP-Z2-9]{4}-){4}[A-HJ-NP-Z2-9]{4}", a)
