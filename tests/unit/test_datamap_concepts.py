"""The data map's newer concepts without a database: what the file may say (links across sources,
JSON paths, keys that are personal, holds on related rows, labels, per-source texts, the hash's
secret) and the pure parts behind them (JSON erased by path, values carried across a link,
exports as JSON, the statutory text per source, hold labels in the erasure reply)."""

from __future__ import annotations

import json
from datetime import date, datetime
from decimal import Decimal

import pytest
from sqlalchemy import types as satypes

from worker.cases.erasure import report_lists
from worker.cases.statutory import statutory, statutory_for
from worker.datamap.config import Anonymise, Column, SourcesConfigError, parse_sources
from worker.datamap.graph import path_to, sources_first
from worker.datamap.records import Record
from worker.datamap.values import (
    anonymised,
    erase_paths,
    exported,
    jsonable,
    keyed_hash,
    linked_values,
)

SECRET = "sixteen-chars-or-more"


def two_sources() -> dict:
    """A shop and a helpdesk whose tickets are tied to the shop's customer number."""
    return {
        "holds": {"accounting": {"years": 10, "label": "10 years of accounting law"}},
        "sources": {
            "helpdesk": {
                "url": "sqlite:///h.sqlite3",
                "tables": {
                    "tickets": {
                        "find": [
                            {"email": "email"},
                            {"column": "customer_no", "references": "shop.customers.number"},
                        ],
                        "category": "interactions",
                        "columns": {"subject": None, "details": {"json": True}},
                    }
                },
            },
            "shop": {
                "url": "sqlite:///s.sqlite3",
                "tables": {
                    "customers": {
                        "find": {"email": "email"},
                        "category": "identity",
                        "columns": {"name": {"label": {"nl": "Naam", "en": "Name"}}},
                    },
                    "orders": {
                        "find": {"column": "customer_id", "references": "customers.id"},
                        "category": "contract",
                        "columns": {"total": None},
                    },
                    "lines": {
                        "find": {"column": "order_id", "references": "orders.id"},
                        "category": "contract",
                        "retain": [{"hold": "accounting", "from": "orders.ordered_on"}],
                        "columns": {"product": None},
                    },
                },
            },
        },
    }


def error_of(data: dict) -> str:
    with pytest.raises(SourcesConfigError) as info:
        parse_sources(data, "sources.yaml")
    assert "\n" not in str(info.value)
    return str(info.value)


def test_a_map_over_two_linked_sources_parses_and_orders_the_linked_one_last():
    spec = parse_sources(two_sources())
    assert sources_first(spec) == ["shop", "helpdesk"]
    ticket = spec.sources["helpdesk"].tables["tickets"]
    assert ticket.find[1].other_source == "shop" and ticket.find[1].parent == (
        "customers",
        "number",
    )
    assert path_to(spec.sources["shop"], "lines", "orders") == [
        ("lines", "order_id", "orders", "id")
    ]
    assert spec.sources["shop"].tables["customers"].columns["name"].label["nl"] == "Naam"
    assert spec.holds["accounting"].label_in("de") == "10 years of accounting law"


def _tickets(d: dict) -> dict:
    return d["sources"]["helpdesk"]["tables"]["tickets"]


def _shop(d: dict) -> dict:
    return d["sources"]["shop"]["tables"]


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda d: _tickets(d)["find"][1].update(references="crm.customers.number"),
         "sources.helpdesk.tables.tickets.find[1].references: no source 'crm'"),
        (lambda d: _tickets(d)["find"][1].update(references="shop.clients.number"),
         "no table 'clients' in source shop"),
        (lambda d: _tickets(d)["find"][1].update(references="helpdesk.tickets.id"),
         "write TABLE.COLUMN within a source"),
        (lambda d: _shop(d)["customers"].update(
            find={"column": "ticket_id", "references": "helpdesk.tickets.id"}),
         "sources: the 'references' between"),
        (lambda d: _shop(d)["customers"]["columns"].update(id=None),
         "columns.id: part of the key, so erasure can only keep it"),
        (lambda d: _tickets(d)["columns"].update(details={"anonymise": {"paths": {"a": None}}}),
         "anonymise: paths need 'json: true'"),
        (lambda d: _tickets(d)["columns"].update(subject={"anonymise": "hash"}),
         "sources.helpdesk.tables.tickets.columns.subject.anonymise: a hash needs the "
         "installation's secret"),
        (lambda d: _shop(d)["customers"]["columns"].update(name={"label": {"es": "Nombre"}}),
         "label: unknown language 'es'"),
        (lambda d: d["holds"].update(silent={}),
         "holds.silent: give a label (per language) or a description"),
        (lambda d: _shop(d)["lines"]["retain"][0].update(**{"from": "tickets.opened_at"}),
         "no table 'tickets' in this source"),
        (lambda d: _shop(d)["orders"].update(retain=[{"hold": "accounting",
                                                      "from": "lines.shipped_on"}]),
         "lines is not a table that orders references"),
        (lambda d: _shop(d)["orders"].update(erase="keep", retain=[{"hold": "accounting",
                                                                    "from": "total"}]),
         "a table that erasure keeps (erase: keep) needs no holds"),
        (lambda d: _shop(d)["orders"]["columns"].update(
            total={"lookup": {"table": "orders", "show": "x"}}), "cannot look itself up"),
        (lambda d: _shop(d)["orders"].update(provided={"column": "customers.vip", "equals": True}),
         "provided: a column of this table only"),
        (lambda d: d["sources"]["shop"].update(ledger="orders"), "is the ledger's name"),
    ],
)  # fmt: skip
def test_a_bad_map_fails_with_one_line_naming_the_key(change, expected):
    data = two_sources()
    change(data)
    assert expected in error_of(data)


def test_the_hash_has_its_secret_and_holds_need_no_raw_ids():
    data = two_sources()
    _tickets(data)["columns"]["subject"] = {"anonymise": "hash"}
    data["hash_secret"] = "short"
    assert "hash_secret: at least 16 characters" in error_of(data)
    data["hash_secret"] = SECRET
    assert parse_sources(data).hash_secret == SECRET


# ---------------------------------------------------------------------------------------------
# JSON


DOC = {
    "name": "Tom Maes",
    "contact": {"phone": "+32 486 12 12 12", "city": "Aalst"},
    "experience": [{"employer": "Decathlon", "years": 2}, {"employer": "Velo", "years": 1}],
}


def rules(paths: dict) -> Anonymise:
    return Column.model_validate({"json": True, "anonymise": {"paths": paths}}).anonymise


def test_a_json_document_is_erased_by_path_and_only_there():
    spec = rules({"name": {"set": "(erased)"}, "contact.phone": "remove",
                  "experience.*.employer": None, "nothing.here": None})  # fmt: skip
    assert erase_paths(DOC, spec.paths, None) == {
        "name": "(erased)",
        "contact": {"city": "Aalst"},
        "experience": [{"employer": None, "years": 2}, {"employer": None, "years": 1}],
    }
    assert DOC["contact"]["phone"] == "+32 486 12 12 12"  # the original is left as it was
    hashed = erase_paths(DOC, rules({"contact.phone": "hash"}).paths, SECRET)
    assert hashed["contact"]["phone"] == keyed_hash("+32 486 12 12 12", SECRET)


def test_anonymising_writes_back_what_the_column_holds():
    spec = rules({"contact": "remove"})
    changed, new = anonymised(spec, json.dumps(DOC), column_type=satypes.Text(), key_text="7",
                              secret=None)  # fmt: skip
    assert changed and isinstance(new, str) and "contact" not in json.loads(new)
    changed, new = anonymised(spec, DOC, column_type=satypes.JSON(), key_text="7", secret=None)
    assert changed and new == {k: v for k, v in DOC.items() if k != "contact"}
    assert anonymised(spec, new, column_type=satypes.JSON(), key_text="7", secret=None) == (
        False, new,
    )  # fmt: skip
    placeholder = Anonymise(how="set", value="erased-{key}@invalid.example")
    assert anonymised(placeholder, "a@b.example", column_type=None, key_text="17",
                      secret=None) == (True, "erased-17@invalid.example")  # fmt: skip
    hashed = Anonymise(how="hash")
    changed, value = anonymised(hashed, " A@B.example", column_type=None, key_text="1",
                                secret=SECRET)  # fmt: skip
    assert changed and value == keyed_hash("a@b.example", SECRET) != keyed_hash("a@b.example", "x")
    assert anonymised(hashed, value, column_type=None, key_text="1", secret=SECRET)[0] is False


def test_exports_carry_json_as_json():
    column = Column.model_validate({"json": True})
    assert exported(column, satypes.Text(), json.dumps(DOC)) == DOC
    assert exported(column, satypes.Text(), "not json") == "not json"
    assert exported(Column(), satypes.JSON(), {"when": date(2024, 1, 2)}) == {"when": "2024-01-02"}
    assert jsonable({"a": [Decimal("1.50"), datetime(2024, 1, 2, 3, 4)]}) == {
        "a": [1.5, "2024-01-02T03:04:00"]
    }


def test_values_cross_a_link_in_the_linked_column_s_type():
    assert linked_values({100001, None}, satypes.String(20)) == ["100001"]
    assert sorted(linked_values({"100001", " 7 ", "C-3"}, satypes.Integer())) == [7, 100001]
    assert linked_values({"x"}, satypes.String()) == ["x"]


# ---------------------------------------------------------------------------------------------
# What the requester reads


def test_a_record_names_its_field_in_the_reader_s_language():
    record = Record("shop", "customers", "id=1", "name", "identity", "Sofie", True,
                    field_labels={"nl": "Naam", "en": "Name"},
                    table_labels={"en": "Customer account"})  # fmt: skip
    assert record.label("nl") == "Naam" and record.label("fr") == "Name"
    assert record.table_label("de") == "Customer account" and record.source_label("de") == "shop"
    assert record.as_dict("nl")["label"] == "Naam" and "label" not in record.as_dict()
    bare = Record("crm", "customers", "id=1", "city", "contact", "Ronse", True)
    assert bare.label("fr") == "city"


def test_each_source_s_own_text_and_the_company_text_for_the_rest():
    company = statutory("en")
    recruitment = {
        "purposes": [{"purpose": "Assessing applications", "legal_basis": "Art. 6(1)(b)"}],
        "retention": [{"data": "CVs", "period": "1 year"}],
    }
    only = statutory_for("en", {"Recruitment": recruitment})
    assert only["purposes"] == [{"category": "Recruitment", "purpose": "Assessing applications",
                                 "legal_basis": "Art. 6(1)(b)"}]  # fmt: skip
    assert only["retention"] == [{"data": "Recruitment: CVs", "period": "1 year"}]
    assert only["recipients"] == company["recipients"]  # not stated: the company's
    both = statutory_for("en", {"Web shop": {}, "Recruitment": recruitment})
    assert both["purposes"] == [*company["purposes"], only["purposes"][0]]
    assert statutory_for("en", {"Web shop": {}}) == company


def test_the_erasure_reply_names_a_hold_by_the_map_s_label():
    report = {
        "tables": [{"table": "candidates", "category": "identity", "retained": [
            {"hold": "recruitment_claims", "until": "2027-06-15", "rows": 1},
            {"hold": "contract_retention", "until": "2034-01-01", "rows": 1}]}],
        "holds": {"recruitment_claims": "One year after an application",
                  "contract_retention": "Contract data, kept 10 years"},
        "hold_labels": {"recruitment_claims": {"nl": "een jaar na uw sollicitatie",
                                               "en": "one year after your application"}},
    }  # fmt: skip
    _, kept = report_lists(report, "nl")
    assert kept[0]["label"] == "een jaar na uw sollicitatie"
    assert kept[1]["label"] is None  # the template's own wording for the shipped hold
    _, kept = report_lists(report, "fr")
    assert (kept[0]["label"], kept[0]["description"]) == (None, "one year after your application")


def test_portability_csv_and_the_pdf_show_a_json_document_as_json():
    from worker.cases.deliverable import as_csv, record_dicts
    from worker.cases.readable import show_value

    record = Record("recruitment", "candidates", "id=1", "cv", "identity", DOC, True,
                    field_labels={"nl": "Cv"})  # fmt: skip
    rows = record_dicts([record], "nl")
    assert rows[0]["value"] == DOC and rows[0]["label"] == "Cv"
    csv_text = as_csv(rows).decode("utf-8-sig")
    assert '""name"": ""Tom Maes""' in csv_text and "{'name'" not in csv_text
    shown = show_value(DOC, "json", "nl", {})
    assert json.loads(shown) == DOC and "'" not in show_value({"a": "b"}, "json", "nl", {})
