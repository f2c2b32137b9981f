"""The access/portability package as the requester reads it: the data map's labels in their
language, local dates, yes/no, JSON as JSON, one block per row, what staff withheld marked;
one PDF under one password with the machine-readable files inside."""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from worker.cases.deliverable import seal_package
from worker.cases.readable import local_date, readable, show_value
from worker.cases.release import check_redactions
from worker.cases.staff import StaffError
from worker.cases.statutory import statutory
from worker.datamap import DataMap, Record
from worker.domain import Language
from worker.render import ReplyRenderer

REPO = Path(__file__).resolve().parents[2]
LABELS = {
    "first_name": {"nl": "Voornaam", "fr": "Prénom", "en": "First name", "de": "Vorname"},
    "marketing_post": {"nl": "Reclame per post", "fr": "Publicité par courrier",
                       "en": "Advertising by post", "de": "Werbung per Post"},
    "items": {"nl": "Artikelen", "fr": "Articles", "en": "Items", "de": "Artikel"},
    "order_date": {"nl": "Besteldatum", "fr": "Date de commande", "en": "Order date",
                   "de": "Bestelldatum"},
    "notes": {"nl": "Notities", "fr": "Notes", "en": "Notes", "de": "Notizen"},
}  # fmt: skip
TABLES = {
    "customers": {"nl": "Klantgegevens", "fr": "Données client", "en": "Customer details",
                  "de": "Kundendaten"},
    "orders": {"nl": "Bestellingen", "fr": "Commandes", "en": "Orders", "de": "Bestellungen"},
}  # fmt: skip
DOC = {"size": "L", "colour": "navy"}


def rec(table: str, key: str, field: str, value, kind: str = "text", **kw) -> Record:
    return Record(
        "crm", table, key, field, kw.pop("category", "identity"), value,
        kw.pop("provided", True), kind=kind, field_labels=LABELS[field],
        table_labels=TABLES[table], source_labels={"nl": "Klantenbestand", "en": "Customers"},
        **kw,
    )  # fmt: skip


RECORDS = [
    rec("customers", "id=1", "first_name", "Jan"),
    rec("customers", "id=1", "marketing_post", True, "bool", category="consents"),
    rec("orders", "id=4", "order_date", "2024-03-14", "date", category="contract"),
    rec("orders", "id=4", "items", [DOC], "json", category="contract"),
    rec("orders", "id=5", "order_date", "2025-01-02", "date", category="contract"),
    rec("orders", "id=5", "notes", "customer refuses payment", category="interactions",
        provided=False, review=True),
]  # fmt: skip


def test_yes_and_no_are_words_of_the_language():
    words = {lang: statutory(lang)["report"] for lang in ("nl", "fr", "en", "de")}
    assert [show_value(True, "bool", lang, words[lang]) for lang in words] == [
        "ja", "oui", "yes", "ja"]  # fmt: skip
    assert show_value(False, "bool", "de", words["de"]) == "nein"


def test_dates_are_written_the_languages_way_and_times_in_brussels():
    assert local_date("1980-03-14", "nl") == "14 maart 1980"
    assert local_date("1980-03-14", "fr") == "14 mars 1980"
    assert local_date("1980-03-14", "de") == "14. März 1980"
    # 23:30 UTC on 5 December is already 6 December in Brussels
    assert local_date("2026-12-05T23:30:00+00:00", "nl") == "6 december 2026, 00:30"
    assert local_date("2026-07-01T10:00:00+00:00", "en") == "1 July 2026, 12:00"  # summer time
    assert local_date("2013-02-04T10:12:00", "nl") == "4 februari 2013, 10:12"  # as stored
    assert local_date("not a date", "nl") == "not a date"


def test_json_is_shown_as_json_and_numbers_the_languages_way():
    shown = show_value([DOC], "json", "nl", {})
    assert json.loads(shown) == [DOC] and "'" not in shown
    assert show_value(1234.5, "number", "nl", {}) == "1.234,5"
    assert show_value(1234.5, "number", "en", {}) == "1,234.5"


def test_one_block_per_row_under_the_tables_label_and_no_column_names():
    texts = statutory("nl")
    rows = [{**r.as_dict("nl"), "kind": r.kind} for r in RECORDS]
    tables = readable(rows, "nl", texts)
    assert [t.heading for t in tables] == [
        "Klantenbestand — Klantgegevens", "Klantenbestand — Bestellingen"]  # fmt: skip
    customers, orders = tables
    assert len(customers.blocks) == 1 and customers.blocks[0].heading == ""
    assert [b.heading for b in orders.blocks] == ["Gegeven 1", "Gegeven 2"]
    lines = [line for t in tables for b in t.blocks for line in b.lines]
    assert {line.label for line in lines} == {
        "Voornaam", "Reclame per post", "Besteldatum", "Artikelen", "Notities"}  # fmt: skip
    assert ("Reclame per post", "ja") in {(x.label, x.value) for x in lines}
    assert ("Besteldatum", "14 maart 2024") in {(x.label, x.value) for x in lines}
    shown = " ".join(f"{x.label} {x.value} {x.category}" for x in lines)
    for raw in ("first_name", "True", "2024-03-14", "{'size'", "consents", "behaviour_"):
        assert raw not in shown
    assert texts["categories"]["consents"]["name"] in shown


@pytest.mark.parametrize("redaction", ["orders.notes", "orders.notes@id=5", "orders@id=5"])
def test_what_staff_withhold_is_said_and_not_shown(redaction):
    texts = statutory("en")
    rows = [{**r.as_dict("en"), "kind": r.kind} for r in RECORDS]
    lines = [
        line for t in readable(rows, "en", texts, [redaction]) for b in t.blocks for line in b.lines
    ]
    assert "customer refuses payment" not in {x.value for x in lines}
    assert texts["report"]["withheld"] in {x.value for x in lines}
    assert ("First name", "Jan") in {(x.label, x.value) for x in lines}


def test_redactions_are_checked():
    assert check_redactions(["orders.notes", " orders@id=5 ", "orders.notes@a=1,b=2"]) == [
        "orders.notes", "orders@id=5", "orders.notes@a=1,b=2"]  # fmt: skip
    for bad in ("orders", "orders.notes; drop", "", "a.b.c"):
        with pytest.raises(StaffError):
            check_redactions([bad])


def open_package(sealed) -> PdfReader:
    reader = PdfReader(io.BytesIO(sealed.content))
    assert reader.is_encrypted and reader.decrypt(sealed.password) != 0
    return reader


def test_access_and_portability_are_one_pdf_under_one_password():
    provided = [r for r in RECORDS if r.provided_by_subject]
    sealed = seal_package(ref="GDPR-2026-000007", lang="nl", today=date(2026, 12, 6),
                          company="NV Alsico High Tech", access=RECORDS, portability=provided,
                          redactions=["orders.notes"])  # fmt: skip
    assert sealed.filename == "GDPR-2026-000007-access-portability.pdf"
    reader = open_package(sealed)
    text = "".join(p.extract_text() for p in reader.pages)
    assert "Uw persoonsgegevens (art. 15 en 20 AVG)" in text
    assert "6 december 2026" in text and "Voornaam" in text and "Klantgegevens" in text
    assert "customer refuses payment" not in text and "first_name" not in text
    assert "True" not in text
    names = set(reader.attachments)
    assert names == {"GDPR-2026-000007-access.json", "GDPR-2026-000007-portability.json",
                     "GDPR-2026-000007-portability.csv"}  # fmt: skip
    exported = json.loads(reader.attachments["GDPR-2026-000007-access.json"][0])
    (notes,) = [r for r in exported if r["field"] == "notes"]
    assert notes["value"] is None and notes["withheld"] is True
    (items,) = [r for r in exported if r["field"] == "items"]
    assert items["value"] == [DOC] and items["label"] == "Artikelen"
    assert "customer refuses payment" not in json.dumps(exported)
    csv_text = reader.attachments["GDPR-2026-000007-portability.csv"][0].decode("utf-8-sig")
    assert "Jan" in csv_text and "customer refuses payment" not in csv_text


def test_portability_alone_has_no_statutory_text_and_carries_json_and_csv():
    sealed = seal_package(ref="GDPR-2026-000008", lang="fr", today=date(2026, 12, 6),
                          company="NV Alsico", access=None, portability=RECORDS[:2])  # fmt: skip
    reader = open_package(sealed)
    text = "".join(p.extract_text() for p in reader.pages)
    assert "art. 20 du RGPD" in text and "Prénom" in text and "oui" in text
    assert statutory("fr")["report"]["purposes"] not in text
    assert {n.rsplit(".", 1)[1] for n in reader.attachments} == {"json", "csv"}


@pytest.mark.parametrize("lang", ["nl", "fr", "en", "de"])
def test_the_password_by_text_message_is_short_and_on_a_line_of_its_own(lang):
    rendered = ReplyRenderer().render("password_sms", Language(lang), {
        "company": "NV Alsico High Tech", "ref": "GDPR-2026-000123",
        "password": "K7QM-2XHP-9WRT-C4NB-ZE3A"})  # fmt: skip
    assert "\nK7QM-2XHP-9WRT-C4NB-ZE3A\n" in rendered.body
    assert "GDPR-2026-000123" in rendered.body and len(rendered.body) <= 160


def test_the_shipped_map_names_fields_for_the_rectification_reply():
    from worker.cases.rectification import labelled

    datamap = DataMap.load(REPO / "config" / "sources.yaml")
    changes = [{"table": "customers", "field": "phone"}, {"table": "contacts", "field": "phone"}]
    assert labelled(datamap, changes, "nl") == [
        {"table": "Klantgegevens", "field": "Telefoon"},
        {"table": "Contactpersoon bij een zakelijke klant", "field": "Telefoon"},
    ]
    assert labelled(datamap, [{"table": "x", "field": "y"}], "de") == [{"table": "x", "field": "y"}]
    # the fields a person reads before release, and the mobile number for the password
    assert ("newsletter_subscriptions", "phone") in datamap.mobile_fields()
    spec = datamap.spec.sources["crm"].tables
    assert spec["interactions"].columns["notes"].review
    assert spec["interactions"].columns["agent"].review
    assert spec["invoices"].columns["notes"].review
    assert not spec["customers"].columns["first_name"].review
