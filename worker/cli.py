"""The gdpr-worker commands of INTERFACE.md (the top floor: nothing imports this module)."""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import sys
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager
from typing import Any, NoReturn

from config.settings import ConfigError, Settings, process_settings
from worker.app import App, build_app
from worker.jobs import Jobs
from worker.runner import poll, replay
from worker.store import repo
from worker.views import case_object, message_object, quarantine_object

log = logging.getLogger("worker")


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one line on stderr and exit 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: error: {message}\n")


def _parser() -> argparse.ArgumentParser:
    p = _Parser(prog="gdpr-worker", description="Answers the company's GDPR mailbox.")
    sub = p.add_subparsers(dest="command", required=True, parser_class=_Parser)

    db = sub.add_parser("db", help="the case store's schema")
    db_sub = db.add_subparsers(dest="action", required=True, parser_class=_Parser)
    db_sub.add_parser("upgrade", help="create or migrate the schema (safe to run again)")

    for name, text in (
        ("poll", "ingest mail (IMAP IDLE, or polling)"),
        ("run", "poller, handlers and scheduler in one process"),
    ):
        cmd = sub.add_parser(name, help=text)
        cmd.add_argument("--once", action="store_true", help="what is there now, then exit")

    cases = sub.add_parser("cases", help="the cases")
    cases_sub = cases.add_subparsers(dest="action", required=True, parser_class=_Parser)
    cl = cases_sub.add_parser("list", help="every case")
    cl.add_argument("--json", action="store_true")
    cs = cases_sub.add_parser("show", help="one case")
    cs.add_argument("ref")
    cs.add_argument("--json", action="store_true")

    ca = cases_sub.add_parser("approve", help="staff: go ahead with a case held for review")
    ca.add_argument("ref")
    ca.add_argument("--types", help="the request types, comma-separated, instead of as read")
    ca.add_argument("--by", default=_login(), help="who decides (default: the login name)")
    cr = cases_sub.add_parser("rectify", help="staff: apply an approved correction")
    cr.add_argument("ref")
    cr.add_argument("changes", nargs="+", metavar="TABLE.FIELD=VALUE")
    cr.add_argument("--by", default=_login(), help="who decides (default: the login name)")

    messages = sub.add_parser("messages", help="ingested mail and its dispositions")
    messages_sub = messages.add_subparsers(dest="action", required=True, parser_class=_Parser)
    ml = messages_sub.add_parser("list", help="every ingested message")
    ml.add_argument("--json", action="store_true")

    quarantine = sub.add_parser("quarantine", help="mail that could not be processed safely")
    q_sub = quarantine.add_subparsers(dest="action", required=True, parser_class=_Parser)
    ql = q_sub.add_parser("list", help="quarantined mail")
    ql.add_argument("--json", action="store_true")
    qr = q_sub.add_parser("replay", help="run quarantined mail through intake again")
    qr.add_argument("id", nargs="?", type=int, help="one message (default: all)")

    web = sub.add_parser("web", help="the staff review console (HTTP)")
    web.add_argument("--host", default="127.0.0.1", help="address to listen on (default: loopback)")
    web.add_argument("--port", type=int, default=8080, help="port (default: 8080)")
    web.add_argument("--by", default=_login(), help="staff name for decisions without one")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    logging.basicConfig(
        level=logging.INFO,
        stream=sys.stderr,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    logging.getLogger("dramatiq").setLevel(logging.WARNING)
    logging.getLogger("alembic").setLevel(logging.WARNING)
    try:
        settings = process_settings()
    except ConfigError as exc:
        print(f"gdpr-worker: {exc}", file=sys.stderr)
        return 2
    handler = _COMMANDS[(args.command, getattr(args, "action", None))]
    try:
        return handler(settings, args)
    except ConfigError as exc:
        print(f"gdpr-worker: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


# --- commands -----------------------------------------------------------------------------------


def _app(settings: Settings) -> App:
    return build_app(settings).ready()


def cmd_db_upgrade(settings: Settings, args: argparse.Namespace) -> int:
    _app(settings)
    print("schema is up to date")
    return 0


def cmd_poll(settings: Settings, args: argparse.Namespace) -> int:
    """The handler processes (`dramatiq handlers`) do the jobs."""
    app = _app_for_handlers(settings)
    with _jobs(workers=False) as jobs:
        return asyncio.run(poll(app, jobs, once=args.once, scheduling=False))


def cmd_run(settings: Settings, args: argparse.Namespace) -> int:
    """The handlers and the scheduler in this process too."""
    app = _app_for_handlers(settings)
    with _jobs(workers=True) as jobs:
        return asyncio.run(poll(app, jobs, once=args.once, scheduling=True))


def _app_for_handlers(settings: Settings) -> App:
    """The App the in-process actors use too (built from the same `settings`, once)."""
    from handlers.actors import current_app

    return current_app().ready()


def _jobs(**options: bool | None) -> AbstractContextManager[Jobs]:
    """The actors as the `Jobs` of worker/jobs.py (see handlers.inprocess.jobs for `options`).
    `handlers` is imported here, once the settings are known good: importing it sets the broker."""
    from handlers import inprocess

    return inprocess.jobs(**options)


def cmd_cases_list(settings: Settings, args: argparse.Namespace) -> int:
    app = _app(settings)
    with app.sessions() as session:
        cases = [case_object(c) for c in repo.list_cases(session)]
    if args.json:
        _print_json(cases)
    else:
        _print_table(
            ["ref", "status", "types", "lang", "deadline", "id", "flags"],
            [
                [c["ref"], c["status"], ",".join(c["request_types"]) or "-", c["language"],
                 c["deadline"], c["id_check"]["status"], ",".join(c["flags"]) or "-"]
                for c in cases
            ],
        )  # fmt: skip
    return 0


def cmd_cases_show(settings: Settings, args: argparse.Namespace) -> int:
    app = _app(settings)
    with app.sessions() as session:
        case = repo.case_by_ref(session, args.ref)
        obj = case_object(case) if case is not None else None
    if obj is None:
        print(f"gdpr-worker: no case {args.ref}", file=sys.stderr)
        return 1
    if args.json:
        _print_json(obj)
    else:
        for key, value in obj.items():
            if key != "messages":
                print(f"{key:14} {json.dumps(value, ensure_ascii=False)}")
        for m in obj["messages"]:
            print(f"  {m['direction']:3} {m['kind']:22} {m['subject']}")
    return 0


def cmd_cases_approve(settings: Settings, args: argparse.Namespace) -> int:
    from worker.cases.staff import approve

    types = [t.strip() for t in args.types.split(",") if t.strip()] if args.types else None
    return _carry_out(
        _app_for_handlers(settings), lambda app: approve(app, args.ref, args.by, types)
    )


def cmd_cases_rectify(settings: Settings, args: argparse.Namespace) -> int:
    from worker.cases.staff import rectify

    changes = {}
    for change in args.changes:
        target, eq, value = change.partition("=")
        if not eq:
            raise ConfigError(f"{change!r}: write TABLE.FIELD=VALUE")
        changes[target.strip()] = value
    return _carry_out(
        _app_for_handlers(settings), lambda app: rectify(app, args.ref, args.by, changes)
    )


def _carry_out(app, decide) -> int:  # noqa: ANN001
    """A staff decision, then the work it unblocks (on the embedded default: here, now)."""
    from worker.cases.staff import StaffError

    try:
        decision = decide(app)
    except StaffError as exc:
        print(f"gdpr-worker: {exc}", file=sys.stderr)
        return 1
    with _jobs() as jobs:
        jobs.after_commit(decision.outbound_ids, decision.ready_case_id)
    print(f"{decision.ref}: {decision.status}")
    return 0


def cmd_messages_list(settings: Settings, args: argparse.Namespace) -> int:
    app = _app(settings)
    with app.sessions() as session:
        rows = [message_object(m) for m in repo.list_inbound(session)]
    if args.json:
        _print_json(rows)
    else:
        _print_table(
            ["disposition", "reason", "case", "from", "subject"],
            [
                [
                    r["disposition"],
                    r["reason"] or "-",
                    r["case_ref"] or "-",
                    r["from"],
                    r["subject"][:50],
                ]
                for r in rows
            ],
        )
    return 0


def cmd_quarantine_list(settings: Settings, args: argparse.Namespace) -> int:
    app = _app(settings)
    with app.sessions() as session:
        rows = [quarantine_object(m) for m in repo.list_quarantined(session)]
    if args.json:
        _print_json(rows)
    else:
        _print_table(
            ["id", "reason", "attempts", "from", "subject"],
            [[r["id"], r["reason"], r["attempts"], r["from"], r["subject"][:50]] for r in rows],
        )
    return 0


def cmd_quarantine_replay(settings: Settings, args: argparse.Namespace) -> int:
    """Quarantined mail through intake again (one, or all); one line per mail."""
    app = _app_for_handlers(settings)
    with app.sessions() as session:
        ids = [args.id] if args.id is not None else [r.id for r in repo.list_quarantined(session)]
    try:
        with _jobs() as jobs:
            outcomes = replay(app, jobs, ids)
    except LookupError as exc:
        print(f"gdpr-worker: no quarantined message {exc.args[0]}")
        return 1
    for one, outcome in zip(ids, outcomes, strict=True):
        line = f"{one}: {outcome.disposition.value} {outcome.reason} {outcome.case_ref or ''}"
        print(line.rstrip())
    return 0


def cmd_web(settings: Settings, args: argparse.Namespace) -> int:
    import ipaddress

    import uvicorn

    from worker.console.app import make_console

    app = _app_for_handlers(settings)
    try:
        loopback = ipaddress.ip_address(args.host).is_loopback
    except ValueError:
        loopback = args.host == "localhost"
    if not loopback:
        log.warning("the console has no login of its own: keep %s behind an authenticating proxy",
                    args.host)  # fmt: skip
    log.info("staff console on http://%s:%d/", args.host, args.port)
    with _jobs(wait=True) as jobs:
        console = make_console(app, staff=args.by, jobs=jobs)
        uvicorn.run(console, host=args.host, port=args.port, log_level="warning")
    return 0


_COMMANDS: dict[tuple[str, str | None], Callable[[Settings, argparse.Namespace], int]] = {
    ("db", "upgrade"): cmd_db_upgrade,
    ("poll", None): cmd_poll,
    ("run", None): cmd_run,
    ("cases", "list"): cmd_cases_list,
    ("cases", "show"): cmd_cases_show,
    ("cases", "approve"): cmd_cases_approve,
    ("cases", "rectify"): cmd_cases_rectify,
    ("messages", "list"): cmd_messages_list,
    ("quarantine", "list"): cmd_quarantine_list,
    ("quarantine", "replay"): cmd_quarantine_replay,
    ("web", None): cmd_web,
}


def _login() -> str:
    import getpass

    try:
        return getpass.getuser()
    except Exception:
        return "staff"


# --- output -------------------------------------------------------------------------------------


def _print_json(value: Any) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def _print_table(header: list[str], rows: list[list[Any]]) -> None:
    cells = [header, *[[str(c) for c in r] for r in rows]]
    widths = [max(len(r[i]) for r in cells) for i in range(len(header))]
    for i, row in enumerate(cells):
        print("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())
        if i == 0:
            print("  ".join("-" * w for w in widths))


if __name__ == "__main__":
    sys.exit(main())
