"""Access (find + export) and erasure time for one person in a CRM of 1,000,000 customers, with the
indexes the data map implies (lower(email), every reference), on SQLite and optionally PostgreSQL.

    .venv/bin/python bench/bench_sources.py [--customers N] [--sqlite PATH] [--postgres ADMIN_URL]

The SQLite CRM is kept (var/bench-crm.sqlite3) and reused by the next run, which measures on a
copy; a PostgreSQL CRM is made in a database of its own (gdpr_bench_<pid>) and dropped
afterwards. Erasure is measured on different people each time (it is destructive), access on the
same ones before.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from sqlalchemy import create_engine, select, text
from sqlalchemy.engine import make_url

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from samples import demo_crm  # noqa: E402
from worker.datamap import DataMap  # noqa: E402

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
    datamap.check()  # opens and reflects the source once, as the worker does on its first job
    who = people(url, n_customers, count)
    access, find_only, records, unknown = [], [], [], []
    for email in who:
        ms, _ = timed(lambda e=email: datamap.find(e))
        find_only.append(ms)
        ms, recs = timed(lambda e=email: (datamap.find(e), datamap.export(e)))
        access.append(ms)
        records.append(len(recs[1]))  # type: ignore[index]
        ms, _ = timed(lambda: datamap.export("unknown@mail.example"))
        unknown.append(ms)
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
    args = parser.parse_args()
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
        admin = create_engine(args.postgres, isolation_level="AUTOCOMMIT")
        name = f"gdpr_bench_{os.getpid()}"
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        try:
            url = make_url(args.postgres).set(database=name)
            bench("PostgreSQL", url.render_as_string(hide_password=False), args.customers,
                  args.people)  # fmt: skip
        finally:
            with admin.connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            admin.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
