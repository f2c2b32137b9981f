"""The data map on the demo CRM, on SQLite and on PostgreSQL: find, export, erase (holds kept,
the rest gone, twice is as once), purge when holds end, flags, rectification; for a person with
data in every table and for nobody."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
import yaml
from sqlalchemy import MetaData, create_engine, select, update

from samples import demo_crm
from worker.datamap import DataMap, DataMapError, subject_hash
from worker.datamap.values import keyed_hash

pytestmark = pytest.mark.integration

SHIPPED = Path(__file__).resolve().parents[2] / "config" / "sources.yaml"
JAN, MARIE, UNKNOWN = demo_crm.JAN, demo_crm.MARIE, demo_crm.UNKNOWN
TODAY = date(2026, 11, 25)
EVERY_TABLE = {t.name for t in demo_crm.TABLES}
PERSONAL_VALUES = ("Peeters", "jan.peeters", "Kerkstraat", "475 12 34 56", "81.82.12.34")


@pytest.fixture(params=["sqlite", "postgresql"])
def crm_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path}/crm.sqlite3"
    else:
        url = request.getfixturevalue("postgres_url")
    demo_crm.create(url, n_customers=40, seed=7)
    yield url


@pytest.fixture
def datamap(crm_url: str) -> Iterator[DataMap]:
    dm = DataMap.load(SHIPPED, urls={"crm": crm_url})
    yield dm
    dm.close()


def snapshot(url: str) -> dict[str, set[tuple]]:
    """Every row of every demo table (not the ledger)."""
    engine = create_engine(url)
    with engine.connect() as conn:
        out = {t.name: set(conn.execute(select(t)).all()) for t in demo_crm.TABLES}
    engine.dispose()
    return out


def rows_of(snap: dict[str, set[tuple]], table: str, **where: object) -> list[tuple]:
    columns = [c.name for c in getattr(demo_crm, table).columns]
    return [r for r in snap[table] if all(r[columns.index(k)] == v for k, v in where.items())]


def test_jan_is_found_in_every_table_marie_in_one_and_nobody_for_unknown(datamap: DataMap):
    jan = datamap.find("  Jan.Peeters@MAIL.example ")
    assert {t.table for t in jan.tables} == EVERY_TABLE
    counts = jan.counts()["crm"]
    assert counts["orders"] == 3 and counts["contacts"] == 1 and counts["web_events"] == 5
    assert set(jan.categories) >= {
        "identity", "contact", "contract", "payments", "interactions", "behaviour_preferences",
        "consents",
    }  # fmt: skip
    # contacts are found by their own address: Jan's colleague at the same firm is not his
    (contact,) = next(t for t in jan.tables if t.table == "contacts").rows
    assert contact.values["email"] == JAN
    marie = datamap.find(MARIE)
    assert marie.counts() == {"crm": {"newsletter_subscriptions": 1}}
    nobody = datamap.find(UNKNOWN)
    assert not nobody and nobody.tables == () and nobody.counts() == {}


def test_export_gives_every_field_and_portability_only_what_was_provided(datamap: DataMap):
    records = datamap.export(JAN)
    json.dumps([r.__dict__ for r in records])  # JSON-able
    assert {r.table for r in records} == EVERY_TABLE
    fields = {(r.table, r.field) for r in records}
    assert ("customers", "birth_date") in fields and ("marketing_segments", "score") in fields
    birth = next(r for r in records if r.field == "birth_date")
    assert birth.value == "1980-03-14" and birth.category == "identity" and birth.key == "id=1"
    provided = datamap.export(JAN, provided_only=True)
    assert provided and all(r.provided_by_subject for r in provided)
    assert {(r.table, r.field) for r in provided} < fields
    assert not any(r.table == "marketing_segments" for r in provided)  # inferred, not provided
    assert datamap.export(UNKNOWN) == [] and datamap.export(UNKNOWN, provided_only=True) == []


def test_erasure_keeps_held_rows_intact_and_removes_the_rest(datamap: DataMap, crm_url: str):
    before = snapshot(crm_url)
    report = datamap.erase(JAN, TODAY)
    json.dumps(report)
    text = json.dumps(report)
    assert not any(v.lower() in text.lower() for v in PERSONAL_VALUES)
    after = snapshot(crm_url)
    by_table = {t["table"]: t for t in report["tables"]}

    # the 2014 order (hold ended in 2024) is gone with its invoice and payment; 2023 and 2025 stay
    kept_orders = rows_of(after, "orders", customer_id=1)
    assert sorted(r[3] for r in kept_orders) == [date(2023, 5, 12), date(2025, 9, 2)]
    for row in kept_orders:
        assert row in before["orders"]  # untouched
    assert by_table["orders"]["deleted"] == 1 and by_table["orders"]["retained_rows"] == 2
    assert by_table["invoices"]["deleted"] == 1 and by_table["payments"]["deleted"] == 1
    holds = {(r["hold"], r["until"]) for r in by_table["invoices"]["retained"]}
    # an invoice is kept as long as its payment (which points to it) is
    assert holds == {
        ("legal_claim", None),
        ("contract_retention", "2033-05-14"),
        ("contract_retention", "2035-09-12"),
    }
    assert "contract_retention" in report["holds"] and "legal_claim" in report["holds"]
    kept_invoices = [r for r in before["invoices"] if r in after["invoices"]]
    assert len([r for r in kept_invoices if r[2].startswith("INV-J")]) == 2

    # everything else of Jan's is gone; the customer row stays, anonymised
    for table in ("newsletter_subscriptions", "interactions", "web_events", "marketing_segments"):
        assert rows_of(after, table, customer_id=1) == [], table
        assert by_table[table]["deleted"] >= 1
    assert not any(r[2] == JAN for r in after["contacts"])
    (shell,) = rows_of(after, "customers", id=1)
    assert shell[1] is None and shell[2] is None and shell[3] == "(erased)"
    assert by_table["customers"]["anonymised"] == 1

    # nobody else lost anything: Jan's colleague, his firm, every other customer
    for table in EVERY_TABLE:
        lost = before[table] - after[table]
        mine = {
            "customers": 1, "contacts": 1, "orders": 1, "invoices": 1, "payments": 1,
            "newsletter_subscriptions": 1, "interactions": 2, "web_events": 5,
            "marketing_segments": 1,
        }[table]  # fmt: skip
        assert len(lost) == mine, table
    assert any(r[2] == "els.vermeulen@vermeulen-bouw.example" for r in after["contacts"])

    # a second run changes nothing and reports nothing new
    again = datamap.erase(JAN, TODAY)
    assert again["tables"] == [] and again["totals"] == {
        "deleted": 0, "anonymised": 0, "retained": 0,
    }  # fmt: skip
    assert snapshot(crm_url) == after

    # what is kept is still shown to Jan on an access request (found through the ledger)
    assert datamap.find(JAN).counts() == {"crm": {"orders": 2, "invoices": 2, "payments": 2}}


def test_erasing_nobody_changes_nothing(datamap: DataMap, crm_url: str):
    before = snapshot(crm_url)
    report = datamap.erase(UNKNOWN, TODAY)
    assert report["tables"] == [] and report["totals"]["deleted"] == 0
    assert snapshot(crm_url) == before


def test_marie_is_erased_completely(datamap: DataMap, crm_url: str):
    report = datamap.erase(MARIE, TODAY)
    assert [(t["table"], t["deleted"]) for t in report["tables"]] == [
        ("newsletter_subscriptions", 1)
    ]
    assert not datamap.find(MARIE)


def test_purge_erases_what_was_kept_once_each_hold_has_ended(datamap: DataMap, crm_url: str):
    datamap.erase(JAN, TODAY)
    nothing = datamap.purge_expired_holds(date(2030, 1, 1))
    assert nothing["rows"] == 0 and nothing["tables"] == [] and nothing["subjects"] == 1

    # 2036: the contract holds are over; the invoice under the open claim and its order stay
    report = datamap.purge_expired_holds(date(2036, 1, 1))
    json.dumps(report)
    assert report["rows"] == 4
    assert datamap.find(JAN).counts() == {"crm": {"orders": 1, "invoices": 1}}
    again = datamap.purge_expired_holds(date(2036, 1, 1))
    assert again["rows"] == 0 and again["tables"] == []

    # the claim is settled: the last rows go
    engine = create_engine(crm_url)
    with engine.begin() as conn:
        conn.execute(update(demo_crm.invoices).values(legal_claim_open=False))
    engine.dispose()
    final = datamap.purge_expired_holds(date(2036, 1, 2))
    assert final["rows"] == 2 and not datamap.find(JAN)
    assert datamap.purge_expired_holds(date(2036, 1, 3))["subjects"] == 0
    ledger = snapshot_ledger(crm_url)
    assert ledger and all(r["purged_on"] is not None for r in ledger)
    assert {r["subject_hash"] for r in ledger} == {subject_hash(JAN)}


def snapshot_ledger(url: str) -> list[dict]:
    engine = create_engine(url)
    md = MetaData()
    md.reflect(engine, only=["gdpr_erasure_ledger"])
    with engine.connect() as conn:
        rows = [dict(r) for r in conn.execute(select(md.tables["gdpr_erasure_ledger"])).mappings()]
    engine.dispose()
    return rows


def test_flags_are_set_once_and_released_only_where_the_map_says(datamap: DataMap, crm_url):
    purposes = ["marketing_email", "marketing_sms", "marketing_post", "profiling", "restricted"]
    first = datamap.set_flags(JAN, purposes)
    json.dumps(first)
    assert first["changed"] == 6 and first["unmapped"] == []
    after = snapshot(crm_url)
    (sub,) = rows_of(after, "newsletter_subscriptions", customer_id=1)
    assert sub[4] is False and sub[5] is False and sub[10] is True  # consents off, restricted
    (jan,) = rows_of(after, "customers", id=1)
    assert jan[14] is False and jan[15] is True and jan[16] is False and jan[18] is True
    second = datamap.set_flags(JAN, purposes)
    assert second["changed"] == 0 and second["rows"] == first["rows"]
    assert snapshot(crm_url) == after

    released = datamap.clear_flags(JAN, ["restricted", "marketing_email"])
    assert released["changed"] == 2
    assert [t["purpose"] for t in released["not_releasable"]] == ["marketing_email"]
    (jan,) = rows_of(snapshot(crm_url), "customers", id=1)
    assert jan[18] is False
    assert datamap.clear_flags(JAN, ["restricted"])["changed"] == 0

    nobody = datamap.set_flags(UNKNOWN, purposes)
    assert nobody["rows"] == 0 and nobody["changed"] == 0
    with pytest.raises(DataMapError, match="unknown purpose 'spam'"):
        datamap.set_flags(JAN, ["spam"])


def test_rectification_changes_the_field_once(datamap: DataMap, crm_url: str):
    report = datamap.rectify(JAN, "customers", "birth_date", "1980-03-15")
    assert report == {
        "table": "customers", "field": "birth_date", "sources": ["crm"], "rows": 1, "changed": 1,
    }  # fmt: skip
    assert datamap.rectify(JAN, "customers", "birth_date", "1980-03-15")["changed"] == 0
    (jan,) = rows_of(snapshot(crm_url), "customers", id=1)
    assert jan[9] == date(1980, 3, 15)
    assert datamap.rectify(UNKNOWN, "customers", "last_name", "X")["rows"] == 0
    with pytest.raises(DataMapError, match="customers.id is not a personal field"):
        datamap.rectify(JAN, "customers", "id", "5")
    with pytest.raises(DataMapError, match="invoices.billing_name is not rectifiable"):
        datamap.rectify(JAN, "invoices", "billing_name", "J. Peeters")
    with pytest.raises(DataMapError, match="customers.birth_date: not a valid date"):
        datamap.rectify(JAN, "customers", "birth_date", "15/03/1980")


def test_the_map_is_checked_against_the_schema(crm_url: str, tmp_path: Path):
    data = yaml.safe_load(SHIPPED.read_text("utf-8"))
    data["sources"]["crm"]["url"] = crm_url
    data["sources"]["crm"]["tables"]["orders"]["columns"]["order_dt"] = None
    path = tmp_path / "sources.yaml"
    path.write_text(yaml.safe_dump(data), "utf-8")
    dm = DataMap.load(path)
    assert dm.check() == ["source crm: table orders has no column order_dt"]
    with pytest.raises(DataMapError, match="no column order_dt"):
        dm.find(JAN)
    dm.close()


def test_hash_and_anonymise_in_held_rows(crm_url: str, tmp_path: Path):
    """A hashed column (keyed with the installation's secret), and a column cleared even in a
    row kept under a hold."""
    data = yaml.safe_load(SHIPPED.read_text("utf-8"))
    data["hash_secret"] = "a-secret-of-this-installation"
    data["sources"]["crm"]["url"] = crm_url
    tables = data["sources"]["crm"]["tables"]
    tables["customers"]["columns"]["email"] = {"category": "contact", "anonymise": "hash"}
    tables["invoices"]["columns"]["notes"] = {"category": "interactions", "erase_when_held": True}
    path = tmp_path / "sources.yaml"
    path.write_text(yaml.safe_dump(data), "utf-8")
    dm = DataMap.load(path)
    report = dm.erase(JAN, TODAY)
    invoices = next(t for t in report["tables"] if t["table"] == "invoices")
    assert invoices["anonymised_in_retained"] == 1
    after = snapshot(crm_url)
    (shell,) = rows_of(after, "customers", id=1)
    assert shell[1] == keyed_hash(JAN, "a-secret-of-this-installation") != subject_hash(JAN)
    assert all(r[9] is None for r in after["invoices"] if r[2].startswith("INV-J"))
    assert dm.erase(JAN, TODAY)["tables"] == []
    assert snapshot(crm_url) == after
    dm.close()


def test_the_demo_crm_is_deterministic_and_created_once(tmp_path: Path):
    a, b = f"sqlite:///{tmp_path}/a.sqlite3", f"sqlite:///{tmp_path}/b.sqlite3"
    first = demo_crm.create(a, n_customers=25, seed=3)
    assert first["created"] and first["customers"] == 25
    demo_crm.create(b, n_customers=25, seed=3)
    assert snapshot(a) == snapshot(b)
    again = demo_crm.create(a, n_customers=25, seed=3)
    assert again == {"created": False, "customers": 25, "rows": {}}
    engine = create_engine(a)
    with engine.connect() as conn:
        indexes = set(
            conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'index'").scalars()
        )
        plan = " ".join(
            str(r[-1])
            for r in conn.exec_driver_sql(
                "EXPLAIN QUERY PLAN SELECT * FROM customers WHERE lower(email) = 'x'"
            )
        )
    engine.dispose()
    assert {"ix_customers_email_lower", "ix_orders_customer_id"} <= indexes
    assert "ix_customers_email_lower" in plan  # the lookup by address uses the index
    assert demo_crm.main(["create", "--url", a]) == 0
