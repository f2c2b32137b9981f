"""A second company, unlike the demo CRM, for docs/sources.md's walk-through, the tests and the
benchmark: Cyclone Bikes BV (Ghent) keeps its personal data in three systems of its own.

- The web shop (PostgreSQL in production, in schema `shop`; SQLite works too): customers with a
  customer number and a JSON column of preferences, orders, invoices and invoice lines (which
  have no date of their own: they are kept as long as their invoice), and a lookup table of
  countries.
- The helpdesk (SQLite): tickets, some typed by an agent on the phone with only the web shop's
  customer number, a JSON column of details, and messages written by the customer or an agent.
- Recruitment (SQLite): candidates with their CV as a JSON document, talent pools they belong to
  (a join table whose key is the candidate and the pool) and the pools themselves, shared by
  every member.

    python samples/bike_shop.py create --shop URL --helpdesk URL --recruitment URL
                                      [--customers N] [--seed S] [--schema shop] [--reset]

Fake, deterministic data plus known people: sofie.claes@mail.example is a customer (no. 100001)
with an invoice from 2014 (its 10-year hold has ended) and one from 2024, a ticket she mailed,
a phone ticket typed with only her customer number (still open), and an application with a CV;
decoys carry the same surname, a customer number that starts with hers, and her address at
another domain. tom.maes@mail.example only applied for a job (2026). The config that maps it is
samples/bike_shop.sources.yaml; the indexes the map needs are made after the rows.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections.abc import Sequence
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    Numeric,
    String,
    Table,
    Text,
    create_engine,
    func,
    inspect,
    select,
    text,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.engine import Connection, Engine, make_url
from sqlalchemy.schema import CreateTable

SOFIE = "sofie.claes@mail.example"
TOM = "tom.maes@mail.example"
SOFIE_NO = 100001
TODAY = date(2026, 11, 25)  # the day the tests and the benchmark act on
Json = Text().with_variant(JSONB(), "postgresql")  # jsonb in PostgreSQL, a text in SQLite


def shop_tables(schema: str | None) -> MetaData:
    md = MetaData(schema=schema)
    Table("countries", md, Column("code", String(2), primary_key=True),
          Column("name", String(60), nullable=False))  # fmt: skip
    Table(
        "customers", md,
        Column("id", Integer, primary_key=True),
        Column("customer_no", Integer, nullable=False, unique=True),
        Column("email", String(254), nullable=False, unique=True),
        Column("first_name", String(100)),
        Column("last_name", String(100)),
        Column("phone", String(40)),
        Column("country_code", String(2), ForeignKey("countries.code")),
        Column("preferences", Json),
        Column("newsletter", Boolean, nullable=False),
        Column("created_at", DateTime, nullable=False),
    )  # fmt: skip
    Table(
        "orders", md,
        Column("id", Integer, primary_key=True),
        Column("customer_id", Integer, ForeignKey("customers.id"), nullable=False),
        Column("order_no", String(20), nullable=False),
        Column("ordered_on", Date, nullable=False),
        Column("delivery_address", String(300)),
    )  # fmt: skip
    Table(
        "invoices", md,
        Column("id", Integer, primary_key=True),
        Column("order_id", Integer, ForeignKey("orders.id"), nullable=False),
        Column("invoice_no", String(20), nullable=False),
        Column("invoice_date", Date, nullable=False),
        Column("billing_name", String(200)),
        Column("total_eur", Numeric(10, 2), nullable=False),
    )  # fmt: skip
    Table(
        "invoice_lines", md,
        Column("id", Integer, primary_key=True),
        Column("invoice_id", Integer, ForeignKey("invoices.id"), nullable=False),
        Column("product", String(100), nullable=False),
        Column("quantity", Integer, nullable=False),
        Column("unit_price_eur", Numeric(10, 2), nullable=False),
        Column("engraving", String(100)),  # a name engraved on the frame
    )  # fmt: skip
    return md


def helpdesk_tables() -> MetaData:
    md = MetaData()
    Table(
        "tickets", md,
        Column("id", Integer, primary_key=True),
        Column("customer_no", String(20)),  # typed by an agent: text, often the only tie
        Column("requester_email", String(254)),
        Column("channel", String(10), nullable=False),  # web, mail, phone
        Column("subject", String(200), nullable=False),
        Column("status", String(10), nullable=False),  # open, closed
        Column("opened_at", DateTime, nullable=False),
        Column("details", Text),  # JSON: bike serial, a call-back number, the shop visited
    )  # fmt: skip
    Table(
        "ticket_messages", md,
        Column("id", Integer, primary_key=True),
        Column("ticket_id", Integer, ForeignKey("tickets.id"), nullable=False),
        Column("author", String(10), nullable=False),  # customer, agent
        Column("body", Text, nullable=False),
        Column("sent_at", DateTime, nullable=False),
    )  # fmt: skip
    return md


def recruitment_tables() -> MetaData:
    md = MetaData()
    Table(
        "candidates", md,
        Column("id", Integer, primary_key=True),
        Column("email", String(254), nullable=False),
        Column("full_name", String(200), nullable=False),
        Column("cv", Text),  # JSON: contact, experience, skills, a photo's file name
        Column("applied_for", String(100), nullable=False),
        Column("status", String(20), nullable=False),  # applied, interviewed, rejected, hired
        Column("applied_at", Date, nullable=False),
    )  # fmt: skip
    Table("pools", md, Column("id", Integer, primary_key=True),
          Column("name", String(100), nullable=False), Column("owner", String(100)))  # fmt: skip
    Table(
        "pool_members", md,
        Column("candidate_id", Integer, ForeignKey("candidates.id"), primary_key=True),
        Column("pool_id", Integer, ForeignKey("pools.id"), primary_key=True),
        Column("added_on", Date, nullable=False),
    )  # fmt: skip
    return md


def indexes(md: MetaData) -> list[Index]:
    """The indexes the data map needs: every address found case-insensitively, every reference
    (unique columns and primary keys have theirs)."""
    t = md.tables
    key = (lambda name: f"{md.schema}.{name}") if md.schema else (lambda name: name)
    if key("customers") in t:
        c, o, i, li = (t[key(n)] for n in ("customers", "orders", "invoices", "invoice_lines"))
        return [
            Index("ix_customers_email_lower", func.lower(c.c.email)),
            Index("ix_orders_customer_id", o.c.customer_id),
            Index("ix_invoices_order_id", i.c.order_id),
            Index("ix_invoice_lines_invoice_id", li.c.invoice_id),
        ]
    if "tickets" in t:
        return [
            Index("ix_tickets_email_lower", func.lower(t["tickets"].c.requester_email)),
            Index("ix_tickets_customer_no", t["tickets"].c.customer_no),
            Index("ix_ticket_messages_ticket_id", t["ticket_messages"].c.ticket_id),
        ]
    return [
        Index("ix_candidates_email_lower", func.lower(t["candidates"].c.email)),
        Index("ix_pool_members_pool_id", t["pool_members"].c.pool_id),
    ]


# ---------------------------------------------------------------------------------------------
# The rows

FIRST = ("Sofie", "Lars", "Emma", "Jonas", "Lotte", "Wout", "Fien", "Arne", "Nora", "Milan",
         "Julie", "Senne", "Camille", "Louis", "Manon", "Hugo")  # fmt: skip
LAST = ("Claessens", "Maes", "Peeters", "Wouters", "Dumont", "Lambert", "De Wilde", "Verhaeghe",
        "Goethals", "Mertens", "Renard", "Bogaert", "Smet", "Laporte")  # fmt: skip
PRODUCTS = (("city bike", "649.00"), ("gravel bike", "1899.00"), ("helmet", "79.95"),
            ("rear light", "24.50"), ("pannier bag", "89.00"), ("service: yearly check",
            "95.00"), ("e-bike battery", "549.00"), ("lock", "59.90"))  # fmt: skip
COUNTRIES = (("BE", "Belgium"), ("NL", "Netherlands"), ("FR", "France"), ("DE", "Germany"),
             ("LU", "Luxembourg"))  # fmt: skip
SUBJECTS = ("flat tyre", "delivery date", "warranty", "invoice copy", "battery range",
            "gear shifting")  # fmt: skip
POOLS = ((1, "Bike mechanics", "HR"), (2, "Shop staff Ghent", "HR"),
         (3, "Future openings", "HR"))  # fmt: skip


class Rows:
    def __init__(self) -> None:
        self.rows: dict[str, list[dict[str, Any]]] = {}
        self.next: dict[str, int] = {}

    def add(self, table: str, **values: Any) -> int:
        if "id" not in values and table != "pool_members":
            values["id"] = self.next.get(table, 1)
        self.next[table] = max(self.next.get(table, 1), int(values.get("id", 0)) + 1)
        self.rows.setdefault(table, []).append(values)
        return int(values.get("id", 0))

    def size(self) -> int:
        return sum(len(r) for r in self.rows.values())


def _customer(
    out: Rows, email: str, first: str, last: str, created: datetime, prefs: dict[str, Any]
) -> int:
    cid = out.next.get("customers", 1)
    return out.add(
        "customers", id=cid, customer_no=100000 + cid, email=email, first_name=first,
        last_name=last, phone=f"+32 4{70 + cid % 29} {cid % 90 + 10} {cid % 83 + 10} 00",
        country_code="BE", preferences=json.dumps(prefs), newsletter=cid % 3 == 0,
        created_at=created,
    )  # fmt: skip


def _sale(out: Rows, customer: int, day: date, name: str, lines: list[tuple[str, str, str]]) -> int:
    order_no, invoice_no = out.next.get("orders", 1), out.next.get("invoices", 1)
    order = out.add("orders", customer_id=customer, order_no=f"WO-{order_no:07d}",
                    ordered_on=day, delivery_address="Veldstraat 1, 9000 Gent")  # fmt: skip
    total = sum(float(price) for _, price, _ in lines)
    invoice = out.add("invoices", order_id=order, invoice_no=f"CB-{invoice_no:07d}",
                      invoice_date=day + timedelta(days=1), billing_name=name,
                      total_eur=f"{total:.2f}")  # fmt: skip
    for product, price, engraving in lines:
        out.add("invoice_lines", invoice_id=invoice, product=product, quantity=1,
                unit_price_eur=price, engraving=engraving or None)  # fmt: skip
    return invoice


def known_people(shop: Rows, helpdesk: Rows, recruitment: Rows) -> None:
    """Sofie (customer 100001, everywhere), her decoys, Tom (recruitment only)."""
    sofie = _customer(
        shop, SOFIE, "Sofie", "Claes", datetime(2013, 4, 2, 18, 30),
        {"frame_size": "S", "topics": ["city", "e-bike"],
         "delivery": {"street": "Sint-Pietersnieuwstraat 41", "city": "Gent",
                      "instructions": "back door, ring twice"}},
    )  # fmt: skip
    _sale(shop, sofie, date(2014, 6, 3), "Sofie Claes", [("city bike", "649.00", "")])
    _sale(shop, sofie, date(2024, 3, 18), "Sofie Claes",
          [("e-bike battery", "549.00", ""), ("lock", "59.90", "SOFIE C.")])  # fmt: skip
    claessens = _customer(shop, "sofie.claessens@mail.example", "Sofie", "Claessens",
                          datetime(2015, 1, 7, 9, 0), {"frame_size": "M"})  # fmt: skip
    _sale(shop, claessens, date(2023, 2, 1), "Sofie Claessens", [("helmet", "79.95", "")])
    # 100001 typed into the helpdesk; "1000010" is someone else's number that starts with it
    mailed = helpdesk.add("tickets", customer_no=None, requester_email="Sofie.Claes@Mail.Example",
                          channel="mail", subject="warranty", status="closed",
                          opened_at=datetime(2024, 5, 2, 10, 0),
                          details=json.dumps({"bike_serial": "WB-2024-88812"}))  # fmt: skip
    helpdesk.add("ticket_messages", ticket_id=mailed, author="customer",
                 body="My battery lasts only 20 km since last week.",
                 sent_at=datetime(2024, 5, 2, 10, 0))  # fmt: skip
    helpdesk.add("ticket_messages", ticket_id=mailed, author="agent",
                 body="Please bring it to the shop; we will test it under warranty.",
                 sent_at=datetime(2024, 5, 2, 14, 5))  # fmt: skip
    phoned = helpdesk.add("tickets", customer_no=str(SOFIE_NO), requester_email=None,
                          channel="phone", subject="delivery date", status="open",
                          opened_at=datetime(2026, 11, 20, 16, 45),
                          details=json.dumps({"callback_phone": "+32 470 55 44 33",
                                              "shop": "Gent"}))  # fmt: skip
    helpdesk.add("ticket_messages", ticket_id=phoned, author="agent",
                 body="Customer called: when is the new rear light delivered? Call back.",
                 sent_at=datetime(2026, 11, 20, 16, 45))  # fmt: skip
    helpdesk.add("tickets", customer_no="1000010", requester_email=None, channel="phone",
                 subject="flat tyre", status="closed", opened_at=datetime(2025, 8, 1, 9, 0),
                 details=None)  # fmt: skip
    for pool_id, name, owner in POOLS:
        recruitment.add("pools", id=pool_id, name=name, owner=owner)
    applied = recruitment.add(
        "candidates", email=SOFIE, full_name="Sofie Claes", applied_for="Bike mechanic",
        status="rejected", applied_at=date(2022, 9, 1),
        cv=json.dumps({"contact": {"phone": "+32 470 55 44 33", "address": "Gent"},
                       "experience": [{"employer": "Velo Gent", "years": 3}],
                       "skills": ["wheel truing", "e-bike diagnostics"],
                       "photo": "sofie.jpg"}),
    )  # fmt: skip
    recruitment.add("pool_members", candidate_id=applied, pool_id=1, added_on=date(2022, 9, 20))
    recruitment.add("pool_members", candidate_id=applied, pool_id=3, added_on=date(2022, 9, 20))
    recruitment.add(
        "candidates", email="sofie.claes@mail.example.com", full_name="Sofie Claes",
        applied_for="Shop assistant", status="applied", applied_at=date(2026, 10, 1),
        cv=json.dumps({"contact": {"phone": "+32 499 00 00 00"}}),
    )  # fmt: skip
    tom = recruitment.add(
        "candidates", email=TOM, full_name="Tom Maes", applied_for="Shop assistant",
        status="rejected", applied_at=date(2026, 6, 15),
        cv=json.dumps({"contact": {"phone": "+32 486 12 12 12", "address": "Aalst"},
                       "experience": [{"employer": "Decathlon", "years": 2}], "photo": None}),
    )  # fmt: skip
    recruitment.add("pool_members", candidate_id=tom, pool_id=2, added_on=date(2026, 7, 1))


def customer(shop: Rows, helpdesk: Rows, recruitment: Rows, rng: random.Random) -> None:
    first, last = rng.choice(FIRST), rng.choice(LAST)
    cid = shop.next.get("customers", 1)
    created = datetime(2012, 1, 1) + timedelta(minutes=rng.randrange(7_000_000))
    email = f"{first.lower()}.{last.lower().replace(' ', '')}.{cid}@example.be"
    _customer(shop, email, first, last, created,
              {"frame_size": rng.choice("SML"), "topics": rng.sample(
                  ["city", "racing", "gravel", "e-bike", "kids"], 2)})  # fmt: skip
    span = max((TODAY - created.date()).days, 1)
    for _ in range(rng.choice((0, 1, 1, 2, 3))):
        lines = [(p, price, "") for p, price in rng.sample(PRODUCTS, rng.randint(1, 3))]
        _sale(shop, cid, created.date() + timedelta(days=rng.randrange(span)),
              f"{first} {last}", lines)  # fmt: skip
    if rng.random() < 0.3:
        by_phone = rng.random() < 0.5
        ticket = helpdesk.add(
            "tickets", customer_no=str(100000 + cid) if by_phone else None,
            requester_email=None if by_phone else email, channel="phone" if by_phone else "web",
            subject=rng.choice(SUBJECTS), status="open" if rng.random() < 0.1 else "closed",
            opened_at=created + timedelta(days=rng.randrange(span)),
            details=json.dumps({"bike_serial": f"WB-{rng.randint(10000, 99999)}"}),
        )  # fmt: skip
        for author in ("customer", "agent")[: rng.randint(1, 2)]:
            helpdesk.add("ticket_messages", ticket_id=ticket, author=author, body="Handled.",
                         sent_at=created + timedelta(days=rng.randrange(span)))  # fmt: skip
    if rng.random() < 0.02:
        applied = recruitment.add(
            "candidates", email=email, full_name=f"{first} {last}",
            applied_for=rng.choice(("Bike mechanic", "Shop assistant")),
            status=rng.choice(("applied", "rejected", "hired")),
            applied_at=TODAY - timedelta(days=rng.randrange(2000)),
            cv=json.dumps({"contact": {"phone": "+32 470 00 00 00"}, "skills": ["sales"]}),
        )  # fmt: skip
        recruitment.add("pool_members", candidate_id=applied, pool_id=rng.choice((1, 2, 3)),
                        added_on=TODAY - timedelta(days=rng.randrange(900)))  # fmt: skip


# ---------------------------------------------------------------------------------------------
# Writing


def _engine(url: str) -> Engine:
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "", ":memory:"):
        Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
    return create_engine(parsed)


def _flush(conn: Connection, md: MetaData, out: Rows) -> None:
    for table in md.sorted_tables:
        rows = out.rows.get(table.name)
        if not rows:
            continue
        names = [c.name for c in table.columns]
        if conn.dialect.name == "postgresql" and conn.dialect.driver == "psycopg":
            qualified = f"{table.schema}.{table.name}" if table.schema else table.name
            raw = conn.connection.driver_connection
            sql = f"COPY {qualified} ({','.join(names)}) FROM STDIN"
            with raw.cursor() as cur, cur.copy(sql) as copy:  # type: ignore[union-attr]
                for row in rows:
                    copy.write_row([row.get(n) for n in names])
        else:
            conn.execute(table.insert(), [{n: row.get(n) for n in names} for row in rows])
        rows.clear()


def _fresh(conn: Connection, md: MetaData, reset: bool) -> bool:
    """Whether the tables had to be made (False: present, left as they are)."""
    if reset:
        md.drop_all(conn, checkfirst=True)
    first = md.sorted_tables[0]
    if inspect(conn).has_table(first.name, schema=first.schema):
        return False
    if md.schema and conn.dialect.name == "postgresql":
        conn.execute(text(f'CREATE SCHEMA IF NOT EXISTS "{md.schema}"'))
    for table in md.sorted_tables:
        conn.execute(CreateTable(table))
    return True


def create(
    shop_url: str,
    helpdesk_url: str,
    recruitment_url: str,
    n_customers: int = 200,
    seed: int = 11,
    schema: str | None = "shop",
    reset: bool = False,
    progress: bool = False,
) -> dict[str, Any]:
    """Creates the three systems (a present system is left as it is). `schema` is the shop's
    PostgreSQL schema (ignored in SQLite). Returns {"created": bool, "rows": {table: n}}."""
    engines = {name: _engine(url) for name, url in
               (("shop", shop_url), ("helpdesk", helpdesk_url),
                ("recruitment", recruitment_url))}  # fmt: skip
    try:
        shop_schema = schema if engines["shop"].dialect.name == "postgresql" else None
        mds = {"shop": shop_tables(shop_schema), "helpdesk": helpdesk_tables(),
               "recruitment": recruitment_tables()}  # fmt: skip
        made = {}
        for name, engine in engines.items():
            with engine.begin() as conn:
                made[name] = _fresh(conn, mds[name], reset)
        if not any(made.values()):
            return {"created": False, "rows": {}}
        if not all(made.values()):
            raise RuntimeError("some systems are there and some not: --reset to make all three")
        outs = {name: Rows() for name in engines}
        rng = random.Random(seed)
        conns = {name: engine.connect() for name, engine in engines.items()}
        counts: dict[str, int] = {}
        try:
            outs["shop"].rows["countries"] = [{"code": c, "name": n} for c, n in COUNTRIES]
            known_people(outs["shop"], outs["helpdesk"], outs["recruitment"])
            while outs["shop"].next["customers"] <= n_customers:
                customer(outs["shop"], outs["helpdesk"], outs["recruitment"], rng)
                if sum(o.size() for o in outs.values()) >= 50_000:
                    _count_and_flush(conns, mds, outs, counts)
                    if progress:
                        print(f"  {outs['shop'].next['customers'] - 1:,} customers",
                              file=sys.stderr)  # fmt: skip
            _count_and_flush(conns, mds, outs, counts)
            for name, conn in conns.items():
                for index in indexes(mds[name]):
                    index.create(conn)
                if conn.dialect.name == "postgresql":
                    _sequences(conn, mds[name])
                conn.commit()
        finally:
            for conn in conns.values():
                conn.close()
        for engine in engines.values():
            with engine.connect() as conn:
                conn.execution_options(isolation_level="AUTOCOMMIT").exec_driver_sql("ANALYZE")
        return {"created": True, "rows": counts}
    finally:
        for engine in engines.values():
            engine.dispose()


def _count_and_flush(
    conns: dict[str, Connection], mds: dict[str, MetaData], outs: dict[str, Rows],
    counts: dict[str, int],
) -> None:  # fmt: skip
    for name, conn in conns.items():
        for table, rows in outs[name].rows.items():
            counts[table] = counts.get(table, 0) + len(rows)
        _flush(conn, mds[name], outs[name])


def _sequences(conn: Connection, md: MetaData) -> None:
    for table in md.sorted_tables:
        if "id" in table.c and table.c.id.primary_key and len(table.primary_key.columns) == 1:
            qualified = f"{table.schema}.{table.name}" if table.schema else table.name
            conn.exec_driver_sql(
                f"SELECT setval(pg_get_serial_sequence('{qualified}', 'id'), "
                f"(SELECT coalesce(max(id), 1) FROM {qualified}))"
            )


def customers_count(shop_url: str, schema: str | None = "shop") -> int:
    engine = _engine(shop_url)
    try:
        md = shop_tables(schema if engine.dialect.name == "postgresql" else None)
        customers = md.tables[f"{md.schema}.customers" if md.schema else "customers"]
        with engine.connect() as conn:
            return int(conn.execute(select(func.count()).select_from(customers)).scalar_one())
    finally:
        engine.dispose()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python samples/bike_shop.py", description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )  # fmt: skip
    sub = parser.add_subparsers(dest="command", required=True)
    make = sub.add_parser("create", help="create the three systems (kept as they are)")
    make.add_argument("--shop", default="sqlite:///var/bike-shop.sqlite3")
    make.add_argument("--helpdesk", default="sqlite:///var/bike-helpdesk.sqlite3")
    make.add_argument("--recruitment", default="sqlite:///var/bike-recruitment.sqlite3")
    make.add_argument("--customers", type=int, default=200, metavar="N")
    make.add_argument("--seed", type=int, default=11, metavar="S")
    make.add_argument("--schema", default="shop", help="the shop's PostgreSQL schema")
    make.add_argument("--reset", action="store_true", help="drop the tables first")
    make.add_argument("--progress", action="store_true")
    args = parser.parse_args(argv)
    if args.customers < 2:
        print("error: --customers: at least 2 (the known people)", file=sys.stderr)
        return 2
    try:
        result = create(args.shop, args.helpdesk, args.recruitment, args.customers, args.seed,
                        args.schema, args.reset, args.progress)  # fmt: skip
    except Exception as exc:  # noqa: BLE001 - one line, no traceback, no password
        print(f"error: {type(exc).__name__}: {str(exc).splitlines()[0][:200]}", file=sys.stderr)
        return 1
    if result["created"]:
        print("created: " + ", ".join(f"{t} {n}" for t, n in result["rows"].items()))
    else:
        print("already present (--reset to recreate)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
