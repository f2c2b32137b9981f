"""The data map on a second company unlike the demo CRM (samples/bike_shop.py): a web shop (in
PostgreSQL with a schema, or SQLite), a helpdesk and a recruitment database in SQLite, tied by
the shop's customer number. A ticket typed with only that number is found, reported and erased;
JSON columns are exported as JSON and erased by path; invoice lines are kept as long as their
invoice; a join table keyed by candidate and pool shows the pools' names, and the shared pools
are never erased; a message is "provided" when the customer wrote it; decoys stay untouched."""

from __future__ import annotations

import json
import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml
from sqlalchemy import MetaData, create_engine, select, text
from sqlalchemy.exc import SAWarning

from samples import bike_shop
from worker.cases.statutory import statutory, statutory_for
from worker.datamap import DataMap

pytestmark = pytest.mark.integration

MAP = Path(__file__).resolve().parents[2] / "samples" / "bike_shop.sources.yaml"
SOFIE, TOM = bike_shop.SOFIE, bike_shop.TOM
TODAY = bike_shop.TODAY
SOURCES = ("shop", "helpdesk", "recruitment")


@dataclass
class Bikes:
    urls: dict[str, str]
    schema: str | None
    tmp: Path

    def datamap(self, change: Any = None) -> DataMap:
        """The sample map on these databases (`change(data)` edits it first)."""
        data = yaml.safe_load(MAP.read_text("utf-8"))
        for name, url in self.urls.items():
            data["sources"][name]["url"] = url
        data["sources"]["shop"]["schema"] = self.schema or ""
        if change is not None:
            change(data)
        path = self.tmp / f"map-{id(data)}.yaml"
        path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "utf-8")
        return DataMap.load(path)

    def rows(self) -> dict[str, set[tuple]]:
        """Every row of every table of the three systems (not the ledgers), by source.table."""
        out: dict[str, set[tuple]] = {}
        for name, url in self.urls.items():
            engine = create_engine(url)
            md = MetaData(schema=self.schema if name == "shop" else None)
            with warnings.catch_warnings():  # SQLite: expression indexes are not reflected
                warnings.simplefilter("ignore", SAWarning)
                md.reflect(engine)
            with engine.connect() as conn:
                for table in md.sorted_tables:
                    if table.name != "gdpr_erasure_ledger":
                        out[f"{name}.{table.name}"] = {
                            tuple(_hashable(v) for v in row) for row in conn.execute(select(table))
                        }
            engine.dispose()
        return out

    def execute(self, source: str, sql: str) -> None:
        engine = create_engine(self.urls[source])
        with engine.begin() as conn:
            conn.execute(text(sql))
        engine.dispose()

    def table(self, source: str, name: str) -> str:
        return f"{self.schema}.{name}" if source == "shop" and self.schema else name


def _hashable(value: Any) -> Any:
    """A jsonb value (a dict in PostgreSQL) as its JSON text, so that rows fit in a set."""
    return json.dumps(value, sort_keys=True) if isinstance(value, dict | list) else value


@pytest.fixture(params=["sqlite", "postgresql"])
def bikes(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Bikes]:
    """Shop in SQLite or in PostgreSQL (schema shop); helpdesk and recruitment in SQLite."""
    urls = {name: f"sqlite:///{tmp_path}/{name}.sqlite3" for name in SOURCES}
    schema = None
    if request.param == "postgresql":
        urls["shop"] = request.getfixturevalue("postgres_url")
        schema = "shop"
    bike_shop.create(urls["shop"], urls["helpdesk"], urls["recruitment"], n_customers=60, seed=5)
    yield Bikes(urls, schema, tmp_path)


@pytest.fixture
def datamap(bikes: Bikes) -> Iterator[DataMap]:
    dm = bikes.datamap()
    yield dm
    dm.close()


def by_table(records) -> dict[str, list]:  # noqa: ANN001
    out: dict[str, list] = {}
    for r in records:
        out.setdefault(f"{r.source}.{r.table}", []).append(r)
    return out


def test_the_map_fits_the_databases(datamap: DataMap):
    assert datamap.check() == []
    assert datamap.size() == {"sources": 3, "tables": 9, "fields": 39}


def test_a_ticket_typed_with_only_the_customer_number_is_found_and_decoys_are_not(
    datamap: DataMap,
):
    counts = datamap.find(SOFIE).counts()
    assert counts == {
        "shop": {"customers": 1, "orders": 2, "invoices": 2, "invoice_lines": 3},
        "helpdesk": {"tickets": 2, "ticket_messages": 3},
        "recruitment": {"candidates": 1, "pool_members": 2, "pools": 2},
    }
    tickets = {r.key: r.values for r in next(t for t in datamap.find(SOFIE).tables
                                             if t.table == "tickets").rows}  # fmt: skip
    # the mailed one (address in other case) and the phoned one (number only), not "1000010"
    assert set(tickets) == {"id=1", "id=2"}
    assert tickets["id=2"]["customer_no"] == "100001" and "requester_email" not in tickets["id=2"]
    # same surname, another address; the address at another domain: not hers
    assert datamap.find("sofie.claessens@mail.example").counts()["shop"]["customers"] == 1
    candidates = datamap.find("sofie.claes@mail.example.com").counts()
    assert candidates == {"recruitment": {"candidates": 1}}
    assert datamap.find(TOM).counts() == {
        "recruitment": {"candidates": 1, "pool_members": 1, "pools": 1}
    }
    assert not datamap.find("nobody@mail.example")


def test_export_gives_json_as_json_labels_looked_up_names_and_provenance_per_row(
    datamap: DataMap,
):
    records = datamap.export(SOFIE)
    tables = by_table(records)
    prefs = next(r for r in tables["shop.customers"] if r.field == "preferences")
    assert prefs.value["delivery"]["instructions"] == "back door, ring twice"
    assert prefs.value["topics"] == ["city", "e-bike"]
    cv = next(r for r in tables["recruitment.candidates"] if r.field == "cv")
    assert cv.value["skills"] == ["wheel truing", "e-bike diagnostics"]
    exported = json.dumps([r.as_dict("nl") for r in records], ensure_ascii=False)
    assert "{'" not in exported and "'frame_size'" not in exported  # never Python's repr
    assert json.loads(exported)[0]["label"] == "Klantnummer"

    country = next(r for r in tables["shop.customers"] if r.field == "country_code")
    assert (country.value, country.shown) == ("BE", "Belgium")
    assert country.label("fr") == "Pays" and country.table_label("de") == "Kundenkonto"
    assert country.source_label("nl") == "Webwinkel"
    pools = sorted(r.shown for r in tables["recruitment.pool_members"] if r.field == "pool_id")
    assert pools == ["Bike mechanics", "Future openings"]
    assert {r.key for r in tables["recruitment.pool_members"]} == {
        "candidate_id=1,pool_id=1", "candidate_id=1,pool_id=3",
    }  # fmt: skip

    provided = by_table(datamap.export(SOFIE, provided_only=True))
    bodies = [r.value for r in provided["helpdesk.ticket_messages"] if r.field == "body"]
    assert bodies == ["My battery lasts only 20 km since last week."]  # hers, not the agents'
    assert "recruitment.pools" not in provided and "shop.invoices" not in provided


def test_erasure_follows_the_map_across_the_three_systems(bikes: Bikes, datamap: DataMap):
    before = bikes.rows()
    report = datamap.erase(SOFIE, TODAY)
    after = bikes.rows()
    text_of_report = json.dumps(report, ensure_ascii=False)
    assert "Claes" not in text_of_report and "100001" not in text_of_report

    (shell,) = [r for r in after["shop.customers"] if r[0] == 1]
    names = [c.name for c in bike_shop.shop_tables(None).tables["customers"].columns]
    shell = dict(zip(names, shell, strict=True))
    assert shell["email"] == "erased-1@invalid.example"  # unique, NOT NULL: a placeholder
    assert (shell["first_name"], shell["last_name"], shell["phone"]) == ("(erased)",) * 2 + (None,)
    assert shell["customer_no"] == 100001
    prefs = shell["preferences"]
    prefs = json.loads(prefs) if isinstance(prefs, str) else prefs
    assert prefs == {"frame_size": "S", "topics": ["city", "e-bike"],
                     "delivery": {"street": None, "city": "Gent"}}  # fmt: skip

    # the 2014 invoice (hold ended) is gone with its order and line; 2024's stays, lines too,
    # kept from their invoice's date, without the name engraved
    assert sorted(r[0] for r in after["shop.invoices"] if r[1] in (1, 2)) == [2]
    lines = sorted((r[0], r[2], r[5]) for r in after["shop.invoice_lines"] if r[1] in (1, 2))
    assert lines == [(2, "e-bike battery", None), (3, "lock", None)]
    assert [r[0] for r in after["shop.orders"] if r[1] == 1] == [2]

    # helpdesk: the closed mailed ticket and its messages are gone; the open phone ticket is
    # kept while open, without its call-back number, with its message
    tickets = {r[0]: r for r in after["helpdesk.tickets"]}
    assert 1 not in tickets and 3 in tickets and tickets[3] in before["helpdesk.tickets"]
    assert json.loads(tickets[2][7]) == {"shop": "Gent"}
    assert [r[0] for r in after["helpdesk.ticket_messages"] if r[1] in (1, 2)] == [3]

    # recruitment: the 2022 application (hold ended) and its memberships are gone; the pools,
    # shared by everyone, are all there; the application at another domain is untouched
    assert not [r for r in after["recruitment.candidates"] if r[1] == SOFIE]
    assert not [r for r in after["recruitment.pool_members"] if r[0] == 1]
    assert after["recruitment.pools"] == before["recruitment.pools"]
    assert [r for r in before["recruitment.candidates"] if r[1].endswith(".com")] == [
        r for r in after["recruitment.candidates"] if r[1].endswith(".com")
    ]

    # nobody else lost anything: exactly Sofie's rows changed
    changed = {t: len(before[t] - after[t]) for t in before if before[t] != after[t]}
    assert changed == {
        "shop.customers": 1, "shop.orders": 1, "shop.invoices": 1, "shop.invoice_lines": 2,
        "helpdesk.tickets": 2, "helpdesk.ticket_messages": 2, "recruitment.candidates": 1,
        "recruitment.pool_members": 2,
    }  # fmt: skip
    assert report["totals"] == {"deleted": 9, "anonymised": 1, "retained": 6}
    labels = report["hold_labels"]
    assert set(labels) == {"accounting", "open_ticket"} and labels["accounting"]["nl"]

    again = datamap.erase(SOFIE, TODAY)
    assert again["tables"] == [] and bikes.rows() == after
    # what is kept is still shown to her (through each source's ledger)
    assert datamap.find(SOFIE).counts() == {
        "shop": {"orders": 1, "invoices": 1, "invoice_lines": 2},
        "helpdesk": {"tickets": 1, "ticket_messages": 1},
    }


def test_explain_says_what_erasure_does_and_changes_nothing(bikes: Bikes, datamap: DataMap):
    before = bikes.rows()
    explained = datamap.explain(SOFIE, TODAY, "nl")
    json.dumps(explained)
    assert bikes.rows() == before
    text_of_it = json.dumps(explained, ensure_ascii=False)
    assert "Sint-Pietersnieuwstraat" not in text_of_it and "Claes" not in text_of_it
    report = datamap.erase(SOFIE, TODAY)
    done = {(t["source"], t["table"]): t for t in report["tables"]}
    for source in explained["sources"]:
        for table in source["tables"]:
            e = table["erasure"]
            if not any(e[k] for k in ("delete", "anonymise", "keep_held")):
                assert (source["source"], table["table"]) not in done
                continue
            did = done[(source["source"], table["table"])]
            assert (e["delete"], e["anonymise"], e["keep_held"]) == (
                did["deleted"], did["anonymised"], did["retained_rows"],
            ), table["table"]  # fmt: skip
    lines = next(t for s in explained["sources"] for t in s["tables"]
                 if t["table"] == "invoice_lines")  # fmt: skip
    assert lines["holds"] == [{"hold": "accounting", "rows": 2, "until": "2034-03-19",
                               "label": "facturen worden 10 jaar bewaard volgens de boekhoud- "
                               "en btw-wetgeving"}]  # fmt: skip
    engraving = next(f for f in lines["fields"] if f["field"] == "engraving")
    assert engraving["label"] == "Gravure" and engraving["when_held"] == "emptied (NULL)"


def test_holds_end_on_their_day_or_when_their_condition_stops(bikes: Bikes, datamap: DataMap):
    datamap.erase(SOFIE, TODAY)
    datamap.erase(TOM, TODAY)
    kept_cv = [r for r in bikes.rows()["recruitment.candidates"] if r[1] == TOM]
    assert json.loads(kept_cv[0][3]) == {"experience": [{"employer": "Decathlon", "years": 2}]}
    assert datamap.purge_expired_holds(date(2027, 1, 1))["rows"] == 0  # the ticket is open
    bikes.execute("helpdesk", "UPDATE tickets SET status = 'closed' WHERE id = 2")
    closed = datamap.purge_expired_holds(date(2027, 1, 2))
    assert closed["rows"] == 2 and "helpdesk" not in datamap.find(SOFIE).counts()
    assert datamap.purge_expired_holds(date(2027, 6, 16))["rows"] == 1  # Tom's application
    assert not datamap.find(TOM)
    assert datamap.purge_expired_holds(date(2034, 3, 20))["rows"] == 4
    assert not datamap.find(SOFIE)


def test_flags_and_rectification_reach_the_right_rows(bikes: Bikes, datamap: DataMap):
    flags = datamap.set_flags(SOFIE, ["marketing_email", "marketing_sms"])
    assert flags["unmapped"] == ["marketing_sms"] and flags["rows"] == 1
    fixed = datamap.rectify(TOM, "candidates", "full_name", "Tom Maes-Peeters")
    assert fixed == {"table": "candidates", "field": "full_name", "sources": ["recruitment"],
                     "rows": 1, "changed": 1}  # fmt: skip
    assert datamap.names_for(TOM) == ("Tom Maes-Peeters",)
    assert datamap.names_for(SOFIE) == ("Sofie Claes",)


def test_each_source_states_its_own_purposes_and_the_company_text_covers_the_rest(
    datamap: DataMap,
):
    own = {datamap.source_label(s, "fr"): datamap.source_statutory(s, "fr") for s in SOURCES}
    assert own["Boutique en ligne"] == {}  # the shop says nothing of its own
    company = statutory("fr")
    tom = statutory_for("fr", {"Recrutement": own["Recrutement"]})
    assert [p["category"] for p in tom["purposes"]] == ["Recrutement"]  # recruitment only
    assert tom["recipients"] == ["Recrutement: Les responsables qui vous reçoivent en entretien"]
    assert tom["complaint"] == company["complaint"]  # what no source states: the company's
    sofie = statutory_for("fr", own)
    assert sofie["purposes"][: len(company["purposes"])] == company["purposes"]
    assert [p["category"] for p in sofie["purposes"][len(company["purposes"]) :]] == [
        "Service clientèle", "Recrutement",
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda d: d["sources"]["helpdesk"]["tables"]["tickets"]["columns"].update(
            priority=None), "source helpdesk: table tickets has no column priority"),
        (lambda d: d["sources"]["shop"]["tables"]["invoices"]["retain"][0].update(
            **{"from": "total_eur"}),
         "source shop: invoices.retain[0].from: total_eur is not a date (number)"),
        (lambda d: d["sources"]["recruitment"]["tables"]["pool_members"].update(
            key="candidate_id"), "source recruitment: pool_members: the key (candidate_id) is "
         "neither the primary key nor unique"),
        (lambda d: d["sources"]["shop"].update(schema="nosuch"), "source shop: no schema nosuch"),
        (lambda d: d["sources"]["helpdesk"]["tables"]["tickets"]["find"][1].update(
            references="shop.customers.created_at"),
         "source helpdesk: tickets.customer_no cannot match shop.customers.created_at"),
        (lambda d: d["sources"]["shop"]["tables"]["customers"]["columns"]["phone"].update(
            anonymise={"set": 42}), "source shop: customers.phone: the replacement 42 does not "
         "fit a text column"),
        (lambda d: d["sources"]["shop"]["tables"]["customers"]["columns"]["country_code"].update(
            lookup={"table": "countries", "key": "code", "show": "label"}),
         "source shop: customers.country_code.lookup: table countries has no column label"),
    ],
)  # fmt: skip
def test_sources_check_names_every_problem_in_one_line(bikes: Bikes, change, expected: str):
    dm = bikes.datamap(change)
    problems = dm.check()
    assert any(p.startswith(expected) for p in problems), problems
    assert all("\n" not in p for p in problems)
    dm.close()


def test_a_missing_index_is_named_with_the_statement_that_adds_it(bikes: Bikes):
    bikes.execute("helpdesk", "DROP INDEX ix_tickets_customer_no")
    bikes.execute("shop", f"DROP INDEX {bikes.schema + '.' if bikes.schema else ''}"
                          "ix_customers_email_lower")  # fmt: skip
    dm = bikes.datamap()
    customers = bikes.table("shop", "customers")
    assert sorted(dm.check()) == [
        "source helpdesk: no index serves tickets by customer_no: CREATE INDEX "
        "ix_tickets_customer_no ON tickets (customer_no)",
        f"source shop: no index serves {customers} by lower(email): CREATE INDEX "
        f"ix_customers_email_lower ON {customers} (lower(email))",
    ]
    assert dm.find(SOFIE)  # slower, not wrong
    dm.close()
