"""A demo CRM with every category of personal data the data map knows, for the README's first
command (scripts/demo creates it), the tests and the benchmark; the worker never creates it:

    python samples/demo_crm.py create [--url URL] [--customers N] [--seed S] [--reset]

Fake, deterministic data (the same URL, N and seed give the same rows), plus three known people:
jan.peeters@mail.example has data in every table (an order from 2014 whose 10-year hold has
ended, one from 2023 whose invoice is under an open legal claim, one from 2025), and is also a
contact person of a business customer; marie.dubois@mail.example only subscribed to the
newsletter; nobody has unknown@mail.example. Creating again leaves a present CRM as it is
(`--reset` drops and recreates it). The indexes the data map needs (lower(email), every
reference) are created after the rows, which is faster for a large CRM.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
import unicodedata
from collections.abc import Sequence
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    DateTime,
    Engine,
    Float,
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
)
from sqlalchemy.engine import Connection, make_url
from sqlalchemy.schema import CreateTable

DEFAULT_URL = "sqlite:///var/demo-crm.sqlite3"
DEFAULT_CUSTOMERS = 200
DEFAULT_SEED = 42
JAN = "jan.peeters@mail.example"
MARIE = "marie.dubois@mail.example"
UNKNOWN = "unknown@mail.example"
LAST_DAY = date(2025, 11, 20)  # the generated history ends here

metadata = MetaData()

customers = Table(
    "customers",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("email", String(254)),
    Column("first_name", String(100)),
    Column("last_name", String(100)),
    Column("phone", String(40)),
    Column("street", String(200)),
    Column("postal_code", String(10)),
    Column("city", String(100)),
    Column("country", String(2)),
    Column("birth_date", Date),
    Column("company", String(200)),
    Column("vat_number", String(20)),
    Column("language", String(2)),
    Column("created_at", DateTime),
    Column("marketing_post", Boolean, nullable=False, default=False),
    Column("marketing_phone", Boolean, nullable=False, default=False),
    Column("profiling", Boolean, nullable=False, default=True),
    Column("segmentation", Boolean, nullable=False, default=True),
    Column("restricted", Boolean, nullable=False, default=False),
)
contacts = Table(
    "contacts",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("customer_id", Integer, ForeignKey("customers.id"), nullable=False),
    Column("email", String(254)),
    Column("first_name", String(100)),
    Column("last_name", String(100)),
    Column("phone", String(40)),
    Column("job_title", String(100)),
    Column("created_at", DateTime),
)
orders = Table(
    "orders",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("customer_id", Integer, ForeignKey("customers.id"), nullable=False),
    Column("order_number", String(20), nullable=False),
    Column("order_date", Date, nullable=False),
    Column("status", String(20), nullable=False),
    Column("delivery_street", String(200)),
    Column("delivery_postal_code", String(10)),
    Column("delivery_city", String(100)),
    Column("items", Text),
    Column("total_eur", Numeric(10, 2)),
)
invoices = Table(
    "invoices",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("order_id", Integer, ForeignKey("orders.id"), nullable=False),
    Column("invoice_number", String(20), nullable=False),
    Column("invoice_date", Date, nullable=False),
    Column("billing_name", String(200)),
    Column("billing_address", String(300)),
    Column("vat_number", String(20)),
    Column("amount_eur", Numeric(10, 2)),
    Column("legal_claim_open", Boolean, nullable=False, default=False),
    Column("notes", Text),
)
payments = Table(
    "payments",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("invoice_id", Integer, ForeignKey("invoices.id"), nullable=False),
    Column("paid_at", Date, nullable=False),
    Column("method", String(20), nullable=False),
    Column("iban", String(40)),
    Column("card_last4", String(4)),
    Column("account_holder", String(200)),
    Column("amount_eur", Numeric(10, 2)),
)
newsletter_subscriptions = Table(
    "newsletter_subscriptions",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("email", String(254)),
    Column("customer_id", Integer, ForeignKey("customers.id")),
    Column("phone", String(40)),
    Column("email_consent", Boolean, nullable=False, default=False),
    Column("sms_consent", Boolean, nullable=False, default=False),
    Column("language", String(2)),
    Column("subscribed_at", DateTime),
    Column("consent_source", String(100)),
    Column("ip_address", String(45)),
    Column("restricted", Boolean, nullable=False, default=False),
)
interactions = Table(
    "interactions",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("customer_id", Integer, ForeignKey("customers.id"), nullable=False),
    Column("occurred_at", DateTime, nullable=False),
    Column("channel", String(20), nullable=False),
    Column("kind", String(20), nullable=False),
    Column("subject", String(200)),
    Column("notes", Text),
    Column("agent", String(100)),
)
web_events = Table(
    "web_events",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("customer_id", Integer, ForeignKey("customers.id"), nullable=False),
    Column("occurred_at", DateTime, nullable=False),
    Column("event_type", String(30), nullable=False),
    Column("url", String(300)),
    Column("ip_address", String(45)),
    Column("user_agent", String(200)),
)
marketing_segments = Table(
    "marketing_segments",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("customer_id", Integer, ForeignKey("customers.id"), nullable=False),
    Column("segment", String(60), nullable=False),
    Column("score", Float),
    Column("computed_at", DateTime),
)

TABLES = (
    customers, contacts, orders, invoices, payments, newsletter_subscriptions, interactions,
    web_events, marketing_segments,
)  # fmt: skip

# The indexes the data map implies: every email found case-insensitively, every reference.
INDEXES = (
    Index("ix_customers_email_lower", func.lower(customers.c.email)),
    Index("ix_contacts_email_lower", func.lower(contacts.c.email)),
    Index("ix_contacts_customer_id", contacts.c.customer_id),
    Index("ix_orders_customer_id", orders.c.customer_id),
    Index("ix_invoices_order_id", invoices.c.order_id),
    Index("ix_payments_invoice_id", payments.c.invoice_id),
    Index("ix_newsletter_email_lower", func.lower(newsletter_subscriptions.c.email)),
    Index("ix_newsletter_customer_id", newsletter_subscriptions.c.customer_id),
    Index("ix_interactions_customer_id", interactions.c.customer_id),
    Index("ix_web_events_customer_id", web_events.c.customer_id),
    Index("ix_marketing_segments_customer_id", marketing_segments.c.customer_id),
)

FIRST_NAMES = (
    "Jan", "Marie", "Luc", "Sofie", "Pieter", "Els", "Koen", "An", "Bart", "Lies", "Tom",
    "Nathalie", "Wim", "Hilde", "Geert", "Katrien", "Dirk", "Veerle", "Joris", "Annelies",
    "Thomas", "Julie",
    "Nicolas", "Camille", "Maxime", "Léa", "Louis", "Chloé", "Arthur", "Emma", "Noah", "Olivia",
    "Lucas", "Hélène", "François", "Ine", "Stijn", "Jeroen", "Sarah", "Kevin", "Laura", "Ruben",
)  # fmt: skip
LAST_NAMES = (
    "Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems", "Claes", "Goossens", "Wouters",
    "De Smet", "Dubois", "Lambert", "Dupont", "Martin", "Simon", "Laurent", "Leclercq", "Vermeulen",
    "Van Damme", "De Clercq", "Desmet", "Verstraete", "Declercq", "Hermans", "Michiels", "Segers",
    "Lemmens", "Cools", "Pauwels", "Van den Broeck", "Dewaele", "Vandenberghe", "Delmotte",
)  # fmt: skip
STREETS = (
    "Kerkstraat", "Stationsstraat", "Molenstraat", "Dorpsstraat", "Nieuwstraat", "Schoolstraat",
    "Rue de la Station", "Rue de l'Église", "Grand-Place", "Oudenaardsesteenweg", "Zuidstraat",
    "Kortrijkstraat", "Rue Haute", "Avenue Louise", "Veldstraat", "Meersstraat",
)  # fmt: skip
CITIES = (
    ("9600", "Ronse"), ("9700", "Oudenaarde"), ("8500", "Kortrijk"), ("9000", "Gent"),
    ("7500", "Tournai"), ("7700", "Mouscron"), ("1000", "Brussel"), ("2000", "Antwerpen"),
    ("3000", "Leuven"), ("4000", "Liège"), ("5000", "Namur"), ("8000", "Brugge"),
    ("9300", "Aalst"), ("7000", "Mons"), ("3500", "Hasselt"),
)  # fmt: skip
PRODUCTS = (
    "flame-retardant coverall", "hi-vis jacket", "antistatic trousers", "cleanroom suit",
    "welding jacket", "softshell jacket", "work polo", "chemical protective apron",
    "technical fabric roll (50 m)", "arc-flash hood", "cooling vest", "rain suit",
)  # fmt: skip
COMPANY_KINDS = ("BV", "NV", "SRL", "SA", "CV")
COMPANY_WORDS = (
    "Bouwwerken", "Elektro", "Staalbouw", "Transport", "Chimie", "Techniek", "Soudure",
    "Logistiek", "Energie", "Metaal", "Nettoyage", "Installaties",
)  # fmt: skip
TOPICS = (
    "size exchange", "delivery delayed", "invoice copy", "product question", "damaged goods",
    "return request", "quote request", "care instructions",
)  # fmt: skip
AGENTS = ("Griet (support)", "Olivier (support)", "Mieke (sales)", "Jonas (sales)")
PAGES = ("/", "/workwear", "/workwear/flame-retardant", "/hi-vis", "/cleanroom", "/contact",
         "/cart", "/checkout", "/account", "/nl/over-ons", "/fr/a-propos")  # fmt: skip
AGENTS_UA = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64)", "Mozilla/5.0 (iPhone; CPU iPhone OS 17)",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_1)", "Mozilla/5.0 (X11; Linux x86_64)",
)  # fmt: skip
SEGMENTS = ("workwear_b2c_loyal", "workwear_b2c_occasional", "b2b_construction", "b2b_industry",
            "b2b_healthcare", "price_sensitive", "lapsed")  # fmt: skip


def _ascii(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "".join(c for c in plain.lower() if c.isalnum())


def _iban(rng: random.Random) -> str:
    return f"BE{rng.randint(10, 99)} **** **** {rng.randint(1000, 9999)}"  # masked: demo data


class _Rows:
    """Rows per table, flushed together (parents first) so that references always hold."""

    def __init__(self) -> None:
        self.rows: dict[str, list[tuple[Any, ...]]] = {t.name: [] for t in TABLES}
        self.next_id = {t.name: 1 for t in TABLES}
        self.counts = {t.name: 0 for t in TABLES}

    def add(self, table: Table, *values: Any) -> int:
        row_id = self.next_id[table.name]
        self.next_id[table.name] += 1
        self.rows[table.name].append((row_id, *values))
        return row_id

    def size(self) -> int:
        return sum(len(r) for r in self.rows.values())


def _known_people(out: _Rows) -> None:
    """Jan and Marie, always the first rows (ids 1 and up)."""
    jan = out.add(
        customers, JAN, "Jan", "Peeters", "+32 475 12 34 56", "Kerkstraat 12", "9600", "Ronse",
        "BE", date(1980, 3, 14), None, None, "nl", datetime(2013, 2, 4, 10, 12), True, True,
        True, True, False,
    )  # fmt: skip
    firm = out.add(
        customers, "aankoop@vermeulen-bouw.example", "Els", "Vermeulen", "+32 55 21 00 00",
        "Industrielaan 4", "9600", "Ronse", "BE", None, "Bouwwerken Vermeulen BV",
        "BE0412345678", "nl", datetime(2016, 5, 2, 9, 0), True, False, True, True, False,
    )  # fmt: skip
    out.add(contacts, firm, JAN, "Jan", "Peeters", "+32 475 12 34 56", "Aankoper",
            datetime(2019, 1, 15, 14, 0))  # fmt: skip
    out.add(contacts, firm, "els.vermeulen@vermeulen-bouw.example", "Els", "Vermeulen",
            "+32 476 98 76 54", "Zaakvoerder", datetime(2016, 5, 2, 9, 0))  # fmt: skip
    history = (
        # order date, items, amount, claim open, paid on, notes on the invoice
        (date(2014, 3, 10), "2x flame-retardant coverall", "189.90", False, date(2014, 3, 20),
         None),
        (date(2023, 5, 12), "1x welding jacket; 3x work polo", "264.50", True, None,
         "Disputed: goods damaged on delivery, customer refuses payment (claim 2023/117)"),
        (date(2025, 9, 2), "1x softshell jacket", "119.00", False, date(2025, 9, 12), None),
    )  # fmt: skip
    for n, (day, items, amount, claim, paid, notes) in enumerate(history, start=1):
        order = out.add(orders, jan, f"SO-J{n:05d}", day, "delivered", "Kerkstraat 12", "9600",
                        "Ronse", items, amount)  # fmt: skip
        invoice = out.add(invoices, order, f"INV-J{n:05d}", day + timedelta(days=1),
                          "Jan Peeters", "Kerkstraat 12, 9600 Ronse", None, amount, claim,
                          notes)  # fmt: skip
        if paid:
            out.add(payments, invoice, paid, "bank_transfer", "BE71 0961 2345 6769", None,
                    "Jan Peeters", amount)  # fmt: skip
        else:
            # a deposit by card; the rest of the amount is disputed
            out.add(payments, invoice, day + timedelta(days=2), "card", None, "4242",
                    "J PEETERS", "50.00")  # fmt: skip
    out.add(newsletter_subscriptions, JAN, jan, "+32 475 12 34 56", True, True, "nl",
            datetime(2013, 2, 4, 10, 15), "web shop checkout", "81.82.12.34", False)  # fmt: skip
    out.add(interactions, jan, datetime(2023, 5, 16, 9, 30), "email", "ticket",
            "damaged goods", "Customer reports the welding jacket torn on delivery; photos sent.",
            "Griet (support)")  # fmt: skip
    out.add(interactions, jan, datetime(2025, 9, 10, 15, 5), "phone", "call", "size exchange",
            "Asked to exchange the softshell jacket for size L.", "Olivier (support)")  # fmt: skip
    for n, page in enumerate(("/", "/workwear", "/workwear/flame-retardant", "/cart",
                              "/checkout")):  # fmt: skip
        out.add(web_events, jan, datetime(2025, 9, 2, 20, 10 + n), "page_view", page,
                "81.82.12.34", AGENTS_UA[0])  # fmt: skip
    out.add(marketing_segments, jan, "workwear_b2c_loyal", 0.82, datetime(2025, 10, 1, 3, 0))
    out.add(newsletter_subscriptions, MARIE, None, None, True, False, "fr",
            datetime(2024, 11, 3, 18, 42), "newsletter form", "91.180.5.6", False)  # fmt: skip


def _customer(out: _Rows, rng: random.Random) -> None:
    first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
    postal, city = rng.choice(CITIES)
    street = f"{rng.choice(STREETS)} {rng.randint(1, 250)}"
    created = datetime(2012, 1, 1) + timedelta(minutes=rng.randrange(7_000_000))
    business = rng.random() < 0.2
    language = rng.choices(("nl", "fr", "en", "de"), (60, 34, 4, 2))[0]
    phone = f"+32 4{rng.randint(60, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} " + str(
        rng.randint(10, 99)
    )
    cid = out.next_id[customers.name]
    company = vat = None
    if business:
        word, name = rng.choice(COMPANY_WORDS), rng.choice(LAST_NAMES)
        company = f"{word} {name} {rng.choice(COMPANY_KINDS)}"
        vat = f"BE0{rng.randint(200_000_000, 999_999_999)}"
        email = f"info.{cid}@{_ascii(company)[:20]}.example"
        birth = None
    else:
        email = f"{_ascii(first)}.{_ascii(last)}.{cid}@example.be"
        birth = date(1940, 1, 1) + timedelta(days=rng.randrange(23_000))
    out.add(
        customers, email, first, last, phone, street, postal, city, "BE", birth, company, vat,
        language, created, rng.random() < 0.5, rng.random() < 0.3, rng.random() < 0.9,
        rng.random() < 0.9, rng.random() < 0.002,
    )  # fmt: skip
    if business:
        for _ in range(rng.randint(1, 2)):
            cf, cl = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
            contact_id = out.next_id[contacts.name]
            out.add(contacts, cid, f"{_ascii(cf)}.{_ascii(cl)}.c{contact_id}@example.be", cf, cl,
                    phone, rng.choice(("Aankoper", "Acheteur", "Preventieadviseur", "CEO")),
                    created)  # fmt: skip
    start = created.date()
    span = max((LAST_DAY - start).days, 1)
    for _ in range(rng.choice((0, 1, 1, 1, 2, 3))):
        day = start + timedelta(days=rng.randrange(span))
        items = f"{rng.randint(1, 5)}x {rng.choice(PRODUCTS)}"
        amount = f"{rng.randint(20, 900)}.{rng.randint(0, 99):02d}"
        order = out.add(orders, cid, f"SO-{out.next_id[orders.name]:08d}", day, "delivered",
                        street, postal, city, items, amount)  # fmt: skip
        claim = rng.random() < 0.002
        invoice = out.add(invoices, order, f"INV-{out.next_id[invoices.name]:08d}",
                          day + timedelta(days=rng.randint(0, 5)), company or f"{first} {last}",
                          f"{street}, {postal} {city}", vat, amount, claim,
                          "Disputed" if claim else None)  # fmt: skip
        if rng.random() < 0.9:
            card = rng.random() < 0.5
            out.add(payments, invoice, day + timedelta(days=rng.randint(1, 30)),
                    "card" if card else "bank_transfer", None if card else _iban(rng),
                    f"{rng.randint(0, 9999):04d}" if card else None, f"{first} {last}",
                    amount)  # fmt: skip
    if rng.random() < 0.4:
        out.add(newsletter_subscriptions, email, cid, phone if rng.random() < 0.3 else None,
                rng.random() < 0.85, rng.random() < 0.2, language,
                created + timedelta(minutes=3), "web shop checkout",
                f"{rng.randint(1, 223)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.1",
                False)  # fmt: skip
    for _ in range(rng.choice((0, 0, 1, 1, 2))):
        out.add(interactions, cid, created + timedelta(days=rng.randrange(span)),
                rng.choice(("email", "phone", "chat")), rng.choice(("ticket", "call")),
                rng.choice(TOPICS), "Handled.", rng.choice(AGENTS))  # fmt: skip
    for _ in range(rng.choice((0, 1, 2, 3, 4))):
        out.add(web_events, cid, created + timedelta(minutes=rng.randrange(span * 1440)),
                "page_view", rng.choice(PAGES), f"{rng.randint(1, 223)}.{rng.randint(0, 255)}.0.1",
                rng.choice(AGENTS_UA))  # fmt: skip
    if rng.random() < 0.7:
        out.add(marketing_segments, cid, rng.choice(SEGMENTS), round(rng.random(), 3),
                datetime(2025, 10, 1, 3, 0))  # fmt: skip


# ---------------------------------------------------------------------------------------------
# Writing


def _sqlite_value(value: Any) -> Any:
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S.%f")
    if isinstance(value, date):
        return value.isoformat()
    return value


def _flush(conn: Connection, out: _Rows) -> None:
    dialect = conn.dialect.name
    raw = conn.connection.driver_connection
    for table in TABLES:
        rows = out.rows[table.name]
        if not rows:
            continue
        names = [c.name for c in table.columns]
        if dialect == "sqlite":
            marks = ",".join("?" * len(names))
            cur = raw.cursor()  # type: ignore[union-attr]
            cur.executemany(
                f"INSERT INTO {table.name} ({','.join(names)}) VALUES ({marks})",
                [tuple(_sqlite_value(v) for v in row) for row in rows],
            )
            cur.close()
        elif dialect == "postgresql" and conn.dialect.driver == "psycopg":
            sql = f"COPY {table.name} ({','.join(names)}) FROM STDIN"
            with raw.cursor() as cur, cur.copy(sql) as copy:  # type: ignore[union-attr]
                for row in rows:
                    copy.write_row(row)
        else:
            conn.execute(table.insert(), [dict(zip(names, row, strict=True)) for row in rows])
        out.counts[table.name] += len(rows)
        rows.clear()


def present(conn: Connection) -> int | None:
    """The number of customers of a CRM already there, or None."""
    if not inspect(conn).has_table(customers.name):
        return None
    return int(conn.execute(select(func.count()).select_from(customers)).scalar_one())


def create(
    url: str = DEFAULT_URL,
    n_customers: int = DEFAULT_CUSTOMERS,
    seed: int = DEFAULT_SEED,
    reset: bool = False,
    progress: bool = False,
) -> dict[str, Any]:
    """Creates the demo CRM at `url` (a SQLite file's folder too). Returns what it did:
    {"created": bool, "customers": n, "rows": {table: n}}."""
    engine = _engine(url)
    try:
        with engine.begin() as conn:
            if reset:
                metadata.drop_all(conn, checkfirst=True)
            there = present(conn)
            if there is not None:
                return {"created": False, "customers": there, "rows": {}}
            for table in TABLES:
                conn.execute(CreateTable(table))
        out = _Rows()
        rng = random.Random(seed)
        started = time.monotonic()
        with engine.begin() as conn:
            if conn.dialect.name == "sqlite":
                conn.exec_driver_sql("PRAGMA foreign_keys=ON")
            _known_people(out)
            while out.next_id[customers.name] <= n_customers:
                _customer(out, rng)
                if out.size() >= 50_000:
                    _flush(conn, out)
                    if progress:
                        done = out.next_id[customers.name] - 1
                        print(f"  {done:,} customers ({time.monotonic() - started:.0f} s)",
                              file=sys.stderr)  # fmt: skip
            _flush(conn, out)
            for index in INDEXES:
                index.create(conn)
            if conn.dialect.name == "postgresql":
                for table in TABLES:
                    conn.exec_driver_sql(
                        f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'),"
                        f" (SELECT max(id) FROM {table.name}))"
                    )
        with engine.connect() as conn:
            conn.execution_options(isolation_level="AUTOCOMMIT").exec_driver_sql("ANALYZE")
        return {"created": True, "customers": out.counts[customers.name], "rows": out.counts}
    finally:
        engine.dispose()


def _engine(url: str) -> Engine:
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "", ":memory:"):
        Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
    return create_engine(parsed)


def drop(url: str) -> None:
    engine = _engine(url)
    try:
        with engine.begin() as conn:
            metadata.drop_all(conn, checkfirst=True)
    finally:
        engine.dispose()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python samples/demo_crm.py",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    sub = parser.add_subparsers(dest="command", required=True)
    make = sub.add_parser("create", help="create the demo CRM (kept as it is when present)")
    make.add_argument("--url", default=DEFAULT_URL, help=f"SQLAlchemy URL (default {DEFAULT_URL})")
    make.add_argument("--customers", type=int, default=DEFAULT_CUSTOMERS, metavar="N")
    make.add_argument("--seed", type=int, default=DEFAULT_SEED, metavar="S")
    make.add_argument("--reset", action="store_true", help="drop the demo tables first")
    make.add_argument("--progress", action="store_true", help="report progress on stderr")
    args = parser.parse_args(argv)
    if args.customers < 2:
        print("error: --customers: at least 2 (the known people)", file=sys.stderr)
        return 2
    try:
        where = make_url(args.url).render_as_string(hide_password=True)
    except Exception:  # noqa: BLE001 - any unparsable URL
        print("error: --url: not a database URL", file=sys.stderr)
        return 2
    try:
        result = create(args.url, args.customers, args.seed, args.reset, args.progress)
    except Exception as exc:  # noqa: BLE001 - one line, no traceback, no password
        print(f"error: {where}: {type(exc).__name__}: {str(exc).splitlines()[0][:200]}",
              file=sys.stderr)  # fmt: skip
        return 1
    if result["created"]:
        rows = ", ".join(f"{t} {n}" for t, n in result["rows"].items())
        print(f"demo CRM created at {where}: {rows}")
    else:
        print(f"demo CRM already present at {where} ({result['customers']} customers); "
              "--reset to recreate it")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
