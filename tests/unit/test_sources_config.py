"""The data map's file format: the shipped map is valid, a bad one fails with one line naming the
key; the pure parts of the operations (holds, anonymising, reading staff input)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import yaml
from sqlalchemy import types as satypes

from worker.datamap.config import (
    SourcesConfigError,
    expand_env,
    load_sources,
    parse_sources,
)
from worker.datamap.engine import DataMap, DataMapError, add_years, coerce, own_holds
from worker.datamap.graph import parents_first

SHIPPED = Path(__file__).resolve().parents[2] / "config" / "sources.yaml"


def minimal() -> dict:
    return {
        "holds": {
            "accounting": {"years": 10, "description": "Accounting law"},
            "claim": {"label": {"en": "A legal claim", "nl": "Een rechtsvordering"}},
        },
        "sources": {
            "crm": {
                "url": "sqlite:///x.sqlite3",
                "tables": {
                    "people": {
                        "find": {"email": "email"},
                        "category": "identity",
                        "columns": {"email": {"category": "contact"}, "name": None},
                    },
                    "orders": {
                        "find": {"column": "person_id", "references": "people.id"},
                        "category": "contract",
                        "retain": [
                            {"hold": "accounting", "from": "ordered_on"},
                            {"hold": "claim", "while": {"column": "disputed", "equals": True}},
                        ],
                        "columns": {"ordered_on": None},
                    },
                },
                "flags": {"restricted": {"targets": {"table": "people", "set": {"r": True}}}},
            }
        },
    }


def error_of(data: dict) -> str:
    with pytest.raises(SourcesConfigError) as info:
        parse_sources(data, "sources.yaml")
    message = str(info.value)
    assert "\n" not in message
    return message


def test_the_shipped_map_is_valid_and_covers_every_category_and_purpose():
    spec = load_sources(SHIPPED)
    crm = spec.sources["crm"]
    assert crm.url == "sqlite:///var/demo-crm.sqlite3"
    categories = {t.category_of(c) for t in crm.tables.values() for c in t.columns}
    assert {"identity", "contact", "contract", "payments", "interactions"} <= categories
    assert {"behaviour_preferences", "consents"} <= categories
    assert set(crm.flags) == {
        "marketing_email", "marketing_sms", "marketing_post", "marketing_phone", "profiling",
        "segmentation", "restricted",
    }  # fmt: skip
    order = parents_first(crm)
    assert order.index("customers") < order.index("orders") < order.index("invoices")
    assert order.index("invoices") < order.index("payments")


def test_a_minimal_map_parses():
    spec = parse_sources(minimal())
    orders = spec.sources["crm"].tables["orders"]
    assert orders.retain[0].from_ == "ordered_on"
    assert orders.retain[1].while_[0].column == "disputed"
    assert spec.sources["crm"].tables["people"].columns["name"].anonymise.how == "null"


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda d: d["sources"]["crm"]["tables"]["people"].update(colums={}),
         "sources.crm.tables.people.colums: unknown key"),
        (lambda d: d["sources"]["crm"]["tables"]["people"].update(erase="shred"),
         "sources.crm.tables.people.erase:"),
        (lambda d: d["sources"]["crm"]["tables"]["orders"]["retain"][0].update(hold="acounting"),
         "sources.crm.tables.orders.retain[0].hold: unknown hold 'acounting'"),
        (lambda d: d["holds"]["accounting"].pop("years"),
         "sources.crm.tables.orders.retain[0].years: 'from' needs years"),
        (lambda d: d["sources"]["crm"]["tables"]["orders"].update(
            find={"column": "person_id", "references": "persons.id"}),
         "sources.crm.tables.orders.find[0].references: no table 'persons'"),
        (lambda d: d["sources"]["crm"]["tables"]["orders"].update(find={"column": "person_id"}),
         "sources.crm.tables.orders.find[0]: give either 'email' or 'column' with 'references'"),
        (lambda d: d["sources"]["crm"]["tables"]["people"]["columns"].update(
            phone={"category": "phones"}),
         "sources.crm.tables.people.columns.phone.category:"),
        (lambda d: d["sources"]["crm"]["tables"]["people"]["columns"].update(
            phone={"anonymise": "shred"}),
         "sources.crm.tables.people.columns.phone.anonymise: write null, hash, keep, {set: VALUE}"),
        (lambda d: d["sources"]["crm"]["flags"].update(spam={"targets": []}),
         "sources.crm.flags.spam:"),
        (lambda d: d["sources"]["crm"]["tables"]["people"].update(
            find={"column": "boss_id", "references": "orders.id"}),
         "form a cycle"),
        (lambda d: d["sources"]["crm"].pop("url"), "sources.crm.url: required key missing"),
        (lambda d: d["sources"]["crm"].update(url="${NO_SUCH_VARIABLE_HERE}"),
         "sources.crm.url: environment variable NO_SUCH_VARIABLE_HERE is not set"),
        (lambda d: d["sources"]["crm"]["tables"]["orders"]["retain"][1]["while"].update(
            is_null=True),
         "give exactly one of 'equals' or 'is_null'"),
        (lambda d: d["sources"]["crm"]["tables"]["people"].update(key=["id; drop"]),
         "not a plain SQL name"),
    ],
)  # fmt: skip
def test_a_bad_map_fails_with_one_line_naming_the_key(change, expected):
    data = minimal()
    change(data)
    assert expected in error_of(data)


def test_a_file_that_is_not_yaml_or_not_there(tmp_path: Path):
    bad = tmp_path / "sources.yaml"
    bad.write_text("sources: [\n", "utf-8")
    with pytest.raises(SourcesConfigError, match=r"not valid YAML \(line"):
        DataMap.load(bad)
    with pytest.raises(FileNotFoundError):
        DataMap.load(tmp_path / "absent.yaml")


def test_urls_come_from_the_environment_or_their_default(tmp_path: Path, monkeypatch):
    assert expand_env("${A:-sqlite:///a.db}", {}) == "sqlite:///a.db"
    assert expand_env("postgresql://${U}@h/${D}", {"U": "u", "D": "d"}) == "postgresql://u@h/d"
    data = minimal()
    data["sources"]["crm"]["url"] = "${CRM_URL_FOR_TEST}"
    path = tmp_path / "s.yaml"
    path.write_text(yaml.safe_dump(data), "utf-8")
    monkeypatch.setenv("CRM_URL_FOR_TEST", "sqlite:///elsewhere.db")
    assert DataMap.load(path).spec.sources["crm"].url == "sqlite:///elsewhere.db"
    assert DataMap.load(path, urls={"crm": "sqlite://"}).spec.sources["crm"].url == "sqlite://"


def test_a_missing_sqlite_file_is_an_error_not_a_new_database(tmp_path: Path):
    data = minimal()
    data["sources"]["crm"]["url"] = f"sqlite:///{tmp_path}/absent.sqlite3"
    datamap = DataMap(parse_sources(data))
    with pytest.raises(DataMapError, match="does not exist"):
        datamap.find("a@b.example")
    assert not (tmp_path / "absent.sqlite3").exists()
    report = datamap.purge_expired_holds(date(2030, 1, 1))
    assert report["skipped_sources"] == ["crm"] and report["rows"] == 0


def test_holds_count_years_from_the_date_and_last_while_the_condition_stands():
    spec = parse_sources(minimal())
    orders = spec.sources["crm"].tables["orders"]
    today = date(2026, 11, 25)
    assert own_holds(orders, spec, {"ordered_on": date(2014, 3, 10)}, today) == []
    assert own_holds(orders, spec, {"ordered_on": date(2023, 5, 12)}, today) == [
        ("accounting", date(2033, 5, 12))
    ]
    assert own_holds(orders, spec, {"ordered_on": "2016-11-25", "disputed": True}, today) == [
        ("claim", None)
    ]
    assert own_holds(orders, spec, {"ordered_on": None}, today) == [("accounting", None)]
    assert add_years(date(2024, 2, 29), 10) == date(2034, 2, 28)


def test_staff_input_is_read_in_the_column_type():
    assert coerce(satypes.Date(), "1980-03-15") == date(1980, 3, 15)
    assert coerce(satypes.Boolean(), "nee") is False
    assert coerce(satypes.Integer(), " 7 ") == 7
    assert coerce(satypes.String(5), "Demir") == "Demir"
    with pytest.raises(DataMapError, match="not a valid date"):
        coerce(satypes.Date(), "15/03/1980")
    with pytest.raises(DataMapError, match="longer than 5"):
        coerce(satypes.String(5), "Demirci")
