"""The data map through the command line: `sources check` and `sources explain`, every process
refusing to start on a map that does not fit its databases (one line, exit 2), and a second
company (samples/bike_shop.py) wired in by its own map answering access and erasure requests."""

from __future__ import annotations

import hashlib
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from pypdf import PdfReader

from samples import bike_shop
from tests.e2e.conftest import Cli
from tests.e2e.test_rights import PASSWORD, confirm, only_case, outbox, send

REPO = Path(__file__).resolve().parents[2]
OURS = "mx.alsicohightech.com"
SOFIE = ("Sofie Claes", bike_shop.SOFIE)


def broken_map(cli: Cli) -> Path:
    """The shipped map naming a column the demo CRM does not have."""
    data = yaml.safe_load((REPO / "config" / "sources.yaml").read_text("utf-8"))
    data["sources"]["crm"]["tables"]["orders"]["columns"]["order_dt"] = None
    path = cli.cwd / "broken.yaml"
    path.write_text(yaml.safe_dump(data, sort_keys=False), "utf-8")
    return path


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_sources_check_passes_the_shipped_map_and_names_each_problem(cli: Cli):
    done = cli.run("sources", "check")
    assert done.stdout.startswith("config/sources.yaml: 1 sources, 9 tables,")
    assert done.stdout.rstrip().endswith("no problems") and done.stderr == ""
    cli.env["GDPR_SOURCES"] = str(broken_map(cli))
    failed = cli.run("sources", "check", check=False)
    assert failed.returncode == 2 and failed.stdout == ""
    assert failed.stderr.splitlines() == ["source crm: table orders has no column order_dt"]


@pytest.mark.parametrize(
    "command",
    [("run", "--once"), ("poll", "--once"), ("web", "--port", "18765")],
)
def test_a_process_refuses_to_start_on_a_map_that_does_not_fit(cli: Cli, command):
    cli.env["GDPR_SOURCES"] = str(broken_map(cli))
    done = cli.run(*command, check=False)
    assert done.returncode == 2
    assert done.stderr.splitlines() == [
        "gdpr-worker: GDPR_SOURCES: source crm: table orders has no column order_dt"
    ]


def test_the_clock_and_the_handler_processes_refuse_too(cli: Cli):
    cli.env["GDPR_SOURCES"] = str(broken_map(cli))
    clock = subprocess.run([sys.executable, "-m", "worker.clock"], cwd=cli.cwd, env=cli.env,
                           capture_output=True, text=True, timeout=120)  # fmt: skip
    assert clock.returncode == 2 and "Traceback" not in clock.stderr
    assert "source crm: table orders has no column order_dt" in clock.stderr.splitlines()[-1]
    handlers = subprocess.run(
        [sys.executable, "-m", "dramatiq", "handlers", "--processes", "1", "--threads", "1"],
        cwd=cli.cwd, env=cli.env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert handlers.returncode == 2 and "Traceback" not in handlers.stderr
    assert (
        "dramatiq handlers: GDPR_SOURCES: source crm: table orders has no column order_dt"
        in handlers.stderr.splitlines()
    )


def test_the_shipped_map_without_its_demo_crm_only_warns_where_nothing_is_configured(cli: Cli):
    (cli.cwd / "var" / "demo-crm.sqlite3").unlink()
    done = cli.run("run", "--once")
    assert "data map: source crm: database file var/demo-crm.sqlite3 does not exist" in done.stderr
    cli.env["GDPR_SOURCES"] = "config/sources.yaml"  # named: then it must be usable
    assert cli.run("run", "--once", check=False).returncode == 2


def test_explain_shows_what_would_happen_and_changes_nothing(cli: Cli):
    crm = cli.cwd / "var" / "demo-crm.sqlite3"
    before = digest(crm)
    text = cli.run("sources", "explain", "jan.peeters@mail.example", "--date", "2026-11-25")
    lines = text.stdout.splitlines()
    assert lines[0].startswith("What the data map finds for jan.peeters@mail.example")
    assert "  orders: 3 rows, found customer_id -> customers.id" in lines
    assert "    erasure: delete 1, keep under a hold 2" in lines
    assert any(line.startswith("    hold legal_claim (") and "while its condition stands" in line
               for line in lines)  # fmt: skip
    explained = cli.json("sources", "explain", "jan.peeters@mail.example", "--date", "2026-11-25")
    (crm_source,) = explained["sources"]
    invoices = next(t for t in crm_source["tables"] if t["table"] == "invoices")
    assert {(h["hold"], h["until"]) for h in invoices["holds"]} == {
        ("legal_claim", None), ("contract_retention", "2033-05-14"),
        ("contract_retention", "2035-09-12"),
    }  # fmt: skip
    assert "Peeters" not in json.dumps(explained) and digest(crm) == before
    nobody = cli.run("sources", "explain", "unknown@mail.example").stdout
    assert "nothing found in any source" in nobody
    bad = cli.run("sources", "explain", "x@y.example", "--date", "25/11/2026", check=False)
    assert bad.returncode == 2 and len(bad.stderr.splitlines()) == 1


@pytest.fixture
def bike_cli(cli: Cli) -> Cli:
    """The worker on Cyclone Bikes' three systems (SQLite), mapped by its own file."""
    urls = {name: f"sqlite:///{cli.cwd}/var/bike-{name}.sqlite3"
            for name in ("shop", "helpdesk", "recruitment")}  # fmt: skip
    bike_shop.create(urls["shop"], urls["helpdesk"], urls["recruitment"], n_customers=30)
    cli.env.update({
        "GDPR_SOURCES": str(REPO / "samples" / "bike_shop.sources.yaml"),
        "BIKE_SHOP_URL": urls["shop"], "BIKE_HELPDESK_URL": urls["helpdesk"],
        "BIKE_RECRUITMENT_URL": urls["recruitment"], "GDPR_TRUSTED_AUTHSERV_ID": OURS,
    })  # fmt: skip
    return cli


def test_a_second_company_answers_access_from_its_own_map(bike_cli: Cli):
    assert bike_cli.run("sources", "check").returncode == 0
    send(bike_cli, SOFIE, "Inzage", "Graag inzage in alle gegevens die u over mij bewaart.",
         id_copy=True)  # fmt: skip
    case = only_case(bike_cli)
    # her ticket messages are free text (review: true): a person reads them first (art. 15(4))
    assert case["status"] == "awaiting_review" and "package_review" in case["flags"], case
    bike_cli.run("cases", "release", case["ref"])
    case = only_case(bike_cli)
    assert case["status"] == "completed", case
    mails = outbox(bike_cli, case["ref"])
    (with_pdf,) = [m for m in mails if any(True for _ in m.iter_attachments())]
    (found,) = [p for m in mails if (p := PASSWORD.search(m.get_body(("plain",)).get_content()))]
    reader = PdfReader(io.BytesIO(next(with_pdf.iter_attachments()).get_content()))
    assert reader.decrypt(found.group(1)) != 0
    (export,) = [v[0] for k, v in reader.attachments.items() if k.endswith(".json")]
    records = json.loads(export)
    prefs = next(r for r in records if r["field"] == "preferences")
    assert prefs["value"]["delivery"]["city"] == "Gent" and prefs["label"] == "Voorkeuren"
    phoned = [r for r in records if r["table"] == "tickets" and r["key"] == "id=2"]
    assert {r["field"] for r in phoned} >= {"customer_no", "subject", "details"}
    pools = sorted(r["shown"] for r in records if r["field"] == "pool_id")
    assert pools == ["Bike mechanics", "Future openings"]
    text = " ".join("".join(p.extract_text() for p in reader.pages).split())
    assert "Voorkeuren" in text and '"frame_size": "S"' in text and "'frame_size'" not in text
    assert "Rekrutering — Uw sollicitatie beoordelen" in text  # the source's own purposes
    assert "Klantendienst: 3 jaar na het afsluiten" not in text  # retention: data — period
    assert "Klantendienst: Supporttickets en berichten — 3 jaar" in text
    assert "BE (Belgium)" in text


def test_a_second_company_erases_and_names_its_own_holds(bike_cli: Cli):
    send(bike_cli, SOFIE, "Wissing", "Ik vraag u al mijn persoonsgegevens te wissen.",
         id_copy=True)  # fmt: skip
    case = only_case(bike_cli)
    confirm(bike_cli, SOFIE, case["ref"])
    case = only_case(bike_cli)
    assert case["status"] == "completed", case
    done = outbox(bike_cli, case["ref"])[-1].get_body(("plain",)).get_content()
    flat = " ".join(done.split())
    assert "facturen worden 10 jaar bewaard volgens de boekhoud- en btw-wetgeving" in flat
    assert "uw vraag wordt nog behandeld" in flat
    assert "open_ticket" not in done and "accounting" not in done
    explained = bike_cli.json("sources", "explain", bike_shop.SOFIE)
    kept = {t["table"] for s in explained["sources"] for t in s["tables"]}
    assert kept == {"orders", "invoices", "invoice_lines", "tickets", "ticket_messages"}
