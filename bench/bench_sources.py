"""Access (find + export) and erasure time for one person in a CRM of 1,000,000 customers, with the
indexes the data map implies (lower(email), every reference), on SQLite and optionally PostgreSQL;
then the same for Cyclone Bikes (samples/bike_shop.py) with 1,000,000 customers, whose helpdesk
tickets are found through the web shop's customer number (a link between two databases).

    .venv/bin/python bench/bench_sources.py [--customers N] [--sqlite PATH] [--postgres ADMIN_URL]
                                            [--only demo|bikes]

The SQLite systems are kept (var/bench-crm.sqlite3, var/bench-bikes-N-*.sqlite3) and reused by the
next run, which measures on copies; with --postgres the CRM, and the bike shop's web shop (in
schema shop, its helpdesk and recruitment staying in SQLite), are made in a database of their own
(gdpr_bench_<pid>) dropped afterwards. Erasure is measured on different people each time (it is
destructive), access on the same ones before. The bike shop's people are customers with a ticket
typed with only their customer number.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import statistics
import sys
import time
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import yaml
from sqlalchemy import create_engine, select, text
from sqlalchemy.engine import make_url

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from samples import bike_shop, demo_crm  # noqa: E402
from worker.datamap import DataMap  # noqa: E402

BIKE_SOURCES = ("shop", "helpdesk", "recruitment")

TODAY = date(2026, 11, 25)


def timed(fn: Callable[[], object]) -> tuple[float, object]:
    start = time.perf_counter()
    result = fn()
    return (time.perf_counter() - start) * 1000, result


def people(url: str, n_customers: int, count: int) -> list[str]:
    """The addresses of `count` customers spread over the CRM (Jan first)."""
    engine = create_engine(url)
    ids = [1 + (n_customers * (i + 1)) // (count + 1) for i in range(count)]
    with engine.connect() as conn:
        emails = conn.execute(
            select(demo_crm.customers.c.email).where(demo_crm.customers.c.id.in_(ids))
        ).scalars()
        out = [demo_crm.JAN, *[e for e in emails if e]]
    engine.dispose()
    return out


def fmt(values: list[float]) -> str:
    return (
        f"median {statistics.median(values):7.1f} ms   min {min(values):7.1f}   "
        f"max {max(values):7.1f}   (n={len(values)})"
    )


def bench(label: str, url: str, n_customers: int, count: int) -> None:
    print(f"\n== {label}: {make_url(url).render_as_string(hide_password=True)}")
    started = time.perf_counter()
    result = demo_crm.create(url, n_customers=n_customers, seed=42, progress=True)
    if result["created"]:
        total = sum(result["rows"].values())
        print(f"created in {time.perf_counter() - started:.0f} s: {total:,} rows {result['rows']}")
    else:
        print(f"reusing the CRM there ({result['customers']:,} customers)")
    datamap = DataMap.load(REPO / "config" / "sources.yaml", urls={"crm": url})
    measure(datamap, people(url, n_customers, count))


def linked_people(urls: dict[str, str], schema: str | None, count: int) -> list[str]:
    """Sofie, and customers spread over the shop whose ticket carries only their number."""
    helpdesk = create_engine(urls["helpdesk"])
    with helpdesk.connect() as conn:
        numbers = conn.execute(
            text("SELECT customer_no FROM tickets WHERE requester_email IS NULL ORDER BY id")
        ).scalars().all()  # fmt: skip
    helpdesk.dispose()
    step = max(len(numbers) // (count + 1), 1)
    chosen = [int(n) for n in numbers[step::step][:count] if n and n.isdigit()]
    shop = create_engine(urls["shop"])
    table = f"{schema}.customers" if schema else "customers"
    with shop.connect() as conn:
        emails = conn.execute(
            text(f"SELECT email FROM {table} WHERE customer_no IN ({','.join(map(str, chosen))})")
        ).scalars().all()  # fmt: skip
    shop.dispose()
    return [bike_shop.SOFIE, *emails]


def bench_bikes(label: str, urls: dict[str, str], schema: str | None, n: int, count: int) -> None:
    shown = {k: make_url(u).render_as_string(hide_password=True) for k, u in urls.items()}
    print(f"\n== {label}: {shown}")
    started = time.perf_counter()
    result = bike_shop.create(urls["shop"], urls["helpdesk"], urls["recruitment"], n_customers=n,
                              seed=42, schema=schema or "shop", progress=True)  # fmt: skip
    if result["created"]:
        total = sum(result["rows"].values())
        print(f"created in {time.perf_counter() - started:.0f} s: {total:,} rows {result['rows']}")
    else:
        print("reusing the systems there")
    data = yaml.safe_load((REPO / "samples" / "bike_shop.sources.yaml").read_text("utf-8"))
    for name, url in urls.items():
        data["sources"][name]["url"] = url
    data["sources"]["shop"]["schema"] = schema or ""
    path = REPO / "var" / f"bench-bikes-map-{os.getpid()}.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "utf-8")
    try:
        datamap = DataMap.load(path)
        problems = datamap.check()
        print(f"sources check: {problems or 'no problems'}")
        who = linked_people(urls, schema, count)
        linked = sum(1 for e in who if datamap.find(e).counts().get("helpdesk"))
        print(f"people with helpdesk rows found through the customer number: {linked}/{len(who)}")
        measure(datamap, who)
    finally:
        path.unlink(missing_ok=True)


def measure(datamap: DataMap, who: list[str]) -> None:
    datamap.sources()  # opened and checked once, as every process does at start-up
    access, find_only, records, unknown, explain = [], [], [], [], []
    for email in who:
        ms, _ = timed(lambda e=email: datamap.find(e))
        find_only.append(ms)
        ms, recs = timed(lambda e=email: (datamap.find(e), datamap.export(e)))
        access.append(ms)
        records.append(len(recs[1]))  # type: ignore[index]
        ms, _ = timed(lambda: datamap.export("unknown@mail.example"))
        unknown.append(ms)
        ms, _ = timed(lambda e=email: datamap.explain(e, TODAY))
        explain.append(ms)
    erase, again = [], []
    for email in who:
        ms, _ = timed(lambda e=email: datamap.erase(e, TODAY))
        erase.append(ms)
        ms, report = timed(lambda e=email: datamap.erase(e, TODAY))
        again.append(ms)
        assert report["tables"] == []  # type: ignore[index]
    ms_purge, purge = timed(lambda: datamap.purge_expired_holds(date(2040, 1, 1)))
    datamap.close()
    print(f"people measured: {len(who)} (records per person: {min(records)}..{max(records)})")
    print(f"find                  {fmt(find_only)}")
    print(f"access (find+export)  {fmt(access)}")
    print(f"access, nobody found  {fmt(unknown)}")
    print(f"sources explain       {fmt(explain)}")
    print(f"erasure               {fmt(erase)}")
    print(f"erasure, second run   {fmt(again)}")
    print(f"purge of their holds  {ms_purge:7.1f} ms ({purge['rows']} rows)")  # type: ignore[index]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--customers", type=int, default=1_000_000)
    parser.add_argument("--people", type=int, default=9, help="how many people to measure")
    parser.add_argument("--sqlite", default=str(REPO / "var" / "bench-crm.sqlite3"))
    parser.add_argument("--postgres", default="", help="admin URL, e.g. postgresql+psycopg://"
                        "postgres@127.0.0.1:5432/test (empty: SQLite only)")  # fmt: skip
    parser.add_argument("--only", choices=("demo", "bikes"), help="one of the two companies")
    args = parser.parse_args()
    if args.only != "bikes":
        bench_demo(args)
    if args.only != "demo":
        bench_bike_shop(args)
    return 0


def bench_demo(args: argparse.Namespace) -> None:
    pristine = Path(args.sqlite)
    if not pristine.exists():
        demo_crm.create(f"sqlite:///{pristine}", n_customers=args.customers, seed=42, progress=True)
    work = pristine.with_suffix(".work.sqlite3")
    shutil.copyfile(pristine, work)  # erasure is destructive: measure on a copy
    try:
        bench("SQLite", f"sqlite:///{work}", args.customers, args.people)
    finally:
        work.unlink(missing_ok=True)
    if args.postgres:
        with postgres_database(args.postgres) as url:
            bench("PostgreSQL", url, args.customers, args.people)


def bench_bike_shop(args: argparse.Namespace) -> None:
    """The three systems in SQLite (made once, measured on copies), then the shop in
    PostgreSQL beside copies of the two others."""
    size = args.customers
    pristine = {n: REPO / "var" / f"bench-bikes-{size}-{n}.sqlite3" for n in BIKE_SOURCES}
    if not all(p.exists() for p in pristine.values()):
        urls = [f"sqlite:///{pristine[n]}" for n in BIKE_SOURCES]
        bike_shop.create(*urls, n_customers=size, seed=42, reset=True, progress=True)
    work = {n: p.with_suffix(".work.sqlite3") for n, p in pristine.items()}
    for name in BIKE_SOURCES:
        shutil.copyfile(pristine[name], work[name])
    try:
        urls = {n: f"sqlite:///{p}" for n, p in work.items()}
        bench_bikes("Bike shop, SQLite x3", urls, None, args.customers, args.people)
        if args.postgres:
            for name in BIKE_SOURCES:
                shutil.copyfile(pristine[name], work[name])
            with postgres_database(args.postgres) as url:
                # the shop's rows must be the same as the helpdesk's copy refers to: made anew
                # in PostgreSQL with the same seed, beside fresh copies of the other two
                fresh = {n: REPO / "var" / f"bench-bikes-pg-{n}.sqlite3" for n in BIKE_SOURCES}
                for path in fresh.values():
                    path.unlink(missing_ok=True)
                urls = {"shop": url, **{n: f"sqlite:///{fresh[n]}" for n in BIKE_SOURCES[1:]}}
                try:
                    bench_bikes("Bike shop, PostgreSQL (schema shop) + SQLite x2", urls, "shop",
                                args.customers, args.people)  # fmt: skip
                finally:
                    for path in fresh.values():
                        path.unlink(missing_ok=True)
    finally:
        for path in work.values():
            path.unlink(missing_ok=True)


@contextlib.contextmanager
def postgres_database(admin_url: str) -> Iterator[str]:
    """A database of our own for the run, dropped afterwards."""
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    name = f"gdpr_bench_{os.getpid()}"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(admin_url).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


if __name__ == "__main__":
    sys.exit(main())
