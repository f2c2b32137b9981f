"""The gdpr-worker commands of INTERFACE.md (the top floor: nothing imports this module)."""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import os
import sys
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager
from typing import Any, NoReturn

from config.settings import ConfigError, Settings, process_settings
from worker.app import App, build_app
from worker.case_text import case_text
from worker.jobs import Jobs
from worker.peers import GaveUp, PeerUnavailable
from worker.private import PRIVATE_UMASK
from worker.redact import install_log_redaction
from worker.runner import outbox_counts, poll, replay
from worker.store import repo
from worker.views import (
    case_object,
    message_object,
    quarantine_object,
    show_object,
    thread_messages,
    with_parties,
)

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
    cr = cases_sub.add_parser("rectify", help="staff: apply an approved correction")
    cr.add_argument("ref")
    cr.add_argument("changes", nargs="+", metavar="TABLE.FIELD=VALUE")
    cx = cases_sub.add_parser("release", help="staff: send an access package held for review")
    cx.add_argument("ref")
    cx.add_argument("--redact", nargs="+", default=[], metavar="TABLE.FIELD",
                    help="withhold: TABLE.FIELD, TABLE.FIELD@KEY or TABLE@KEY")  # fmt: skip
    ce = cases_sub.add_parser("extend", help="staff: two more months, once (art. 12(3))")
    ce.add_argument("ref")
    ce.add_argument("--reason", required=True, help="why (sent to the requester)")
    cw = cases_sub.add_parser("reply", help="staff: write to the requester (text on stdin)")
    cw.add_argument("ref")
    cf = cases_sub.add_parser("refuse", help="staff: refuse the request (art. 12)")
    cf.add_argument("ref")
    refusals = ["manifestly_unfounded", "excessive", "identity_not_confirmed", "other"]
    cf.add_argument("--reason", required=True, choices=refusals)
    cf.add_argument("--text", default="", help="the reason in words (required for other)")
    cc = cases_sub.add_parser("close", help="staff: end a case needing no answer on the merits")
    cc.add_argument("ref")
    cc.add_argument("--reason", required=True,
                    choices=["not_a_request", "spam", "duplicate", "withdrawn"])  # fmt: skip
    cc.add_argument("--note", action="store_true",
                    help="send a short neutral note (not_a_request only)")  # fmt: skip
    co = cases_sub.add_parser("reopen", help="staff: open a finished case again")
    co.add_argument("ref")
    co.add_argument("--reason", required=True, help="why (kept as an internal note)")
    cn = cases_sub.add_parser("note", help="staff: an internal note (text on stdin)")
    cn.add_argument("ref")
    cg = cases_sub.add_parser("assign", help="staff: give the case to an officer")
    cg.add_argument("ref")
    cg.add_argument("name", nargs="?", default="", help="a console officer (none: nobody)")

    cc2 = cases_sub.add_parser("correct", help="staff: correct the reading without approving")
    cc2.add_argument("ref")
    cc2.add_argument("--types", required=True, help="the request types, comma-separated")
    cc2.add_argument("--reason", default="", help="why (kept as an internal note)")
    cj = cases_sub.add_parser(
        "subject", help="staff: whose data it is, and when the company first received the request"
    )
    cj.add_argument("ref")
    cj.add_argument("--name", required=True, help="the data subject's name")
    cj.add_argument("--email", default="", help="the data subject's address (where their data is)")
    cj.add_argument("--received", type=_day, help="first received by the company (YYYY-MM-DD)")

    cm = cases_sub.add_parser("merge", help="staff: merge a duplicate case into another")
    cm.add_argument("ref", help="the duplicate (closed as such)")
    cm.add_argument("into_ref", metavar="INTO_REF", help="the case it joins")
    cm.add_argument("--reason", required=True, help="why (kept as an internal note)")

    cl2 = cases_sub.add_parser(
        "lift-restriction", help="staff: lift a restriction, the requester told first (18(3))"
    )
    cl2.add_argument("ref")
    cl2.add_argument("--reason", required=True, help="why (sent to the requester)")

    cxp = cases_sub.add_parser(
        "export", help="the case's evidence file for the authority (zip; no ID copies or codes)"
    )
    cxp.add_argument("ref")
    cxp.add_argument("--out", help="the zip file to write (default: REF-evidence.zip here)")

    users = sub.add_parser("users", help="who may log into the staff console")
    users_sub = users.add_subparsers(dest="action", required=True, parser_class=_Parser)
    ua = users_sub.add_parser("add", help="add a user; the password is read from standard input")
    ua.add_argument("name")
    ua.add_argument("--role", required=True, choices=["officer", "viewer"],
                    help="officer: reads and decides; viewer: reads only")  # fmt: skip
    up = users_sub.add_parser("password", help="set a new password, read from standard input")
    up.add_argument("name")
    ul = users_sub.add_parser("list", help="every user: name, role, disabled")
    ul.add_argument("--json", action="store_true", help="as a JSON array")
    ud = users_sub.add_parser("disable", help="no more logins; the user's sessions end")
    ud.add_argument("name")
    ue = users_sub.add_parser("enable", help="allow a disabled user again")
    ue.add_argument("name")

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
    qd = q_sub.add_parser("dismiss", help="staff: dismiss a quarantined mail (no replay)")
    qd.add_argument("id", type=int, help="the quarantined message's id (quarantine list)")
    qd.add_argument("--reason", required=True, help="why (kept with the mail)")

    sources = sub.add_parser("sources", help="the data map (GDPR_SOURCES)")
    s_sub = sources.add_subparsers(dest="action", required=True, parser_class=_Parser)
    s_sub.add_parser("check", help="check the data map against the live databases")
    se = s_sub.add_parser(
        "explain", help="staff: what the map would report and erase for a person (no change)"
    )
    se.add_argument("email")
    se.add_argument("--json", action="store_true")
    se.add_argument("--date", type=_day, help="erasure as on this day (default: today)")
    se.add_argument("--lang", choices=("nl", "fr", "en", "de"), default="en",
                    help="the language of the labels shown")  # fmt: skip

    web = sub.add_parser("web", help="the staff review console (HTTP)")
    web.add_argument("--host", default="127.0.0.1", help="address to listen on (default: loopback)")
    web.add_argument("--port", type=_port, default=8080, help="port (default: 8080)")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    os.umask(PRIVATE_UMASK)  # what this process writes is its user's alone (worker/private.py)
    install_log_redaction()  # no address or ID number in any log line (worker/redact.py)
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
    except (GaveUp, PeerUnavailable) as exc:  # a peer stayed down: said in one line
        print(f"gdpr-worker: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `gdpr-worker cases list --json | head`: the reader left, no trace
        # what is still buffered cannot be written either: point stdout at nothing (Python docs,
        # "Note on SIGPIPE") so that the interpreter's final flush stays quiet
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 141  # 128 + SIGPIPE, as a shell reports a command killed by it


# --- commands -----------------------------------------------------------------------------------


def _app(settings: Settings) -> App:
    return build_app(settings).ready()


def cmd_db_upgrade(settings: Settings, args: argparse.Namespace) -> int:
    _app(settings)
    print("schema is up to date")
    return 0


def require_sources(settings: Settings) -> None:
    """Every long-running process first checks the data map against the databases: an error
    (a missing table or column, a type that does not fit) stops it here, with one line, rather
    than meeting a job (exit 2); a missing index is logged."""
    from worker.datamap import startup_check

    for line in startup_check(settings):
        log.warning("%s", line)


def cmd_poll(settings: Settings, args: argparse.Namespace) -> int:
    """The handler processes (`dramatiq handlers`) do the jobs."""
    require_sources(settings)
    app = _app_for_handlers(settings)
    with _jobs(workers=False) as jobs:
        return asyncio.run(poll(app, jobs, once=args.once, scheduling=False))


def cmd_run(settings: Settings, args: argparse.Namespace) -> int:
    """The handlers and the scheduler in this process too. `--once` exits 1 when replies are
    left undelivered (a mail server that deferred or refused them), with a one-line summary."""
    require_sources(settings)
    app = _app_for_handlers(settings)
    failed_before = outbox_counts(app)[1] if args.once else 0
    limit = settings.give_up_after if args.once else None
    with _jobs(workers=True, give_up_after=limit) as jobs:
        code = asyncio.run(poll(app, jobs, once=args.once, scheduling=True))
    if not args.once or code != 0:
        return code
    pending, failed = outbox_counts(app)
    refused = failed - failed_before
    if pending or refused:
        print(
            f"gdpr-worker: {pending} repl{'y' if pending == 1 else 'ies'} not delivered yet "
            f"(deferred: the next run tries again), {refused} refused by the mail server "
            "(their cases are flagged delivery_failed)",
            file=sys.stderr,
        )
        return 1
    return 0


def _app_for_handlers(settings: Settings) -> App:
    """The App the in-process actors use too (built from the same `settings`, once)."""
    from handlers.actors import current_app

    return current_app().ready()


def _jobs(**options: bool | float | None) -> AbstractContextManager[Jobs]:
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
        mails = thread_messages(case) if case is not None else []
        obj = show_object(case, mails) if case is not None else None
    if obj is None:
        print(f"gdpr-worker: no case {args.ref}", file=sys.stderr)
        return 1
    if args.json:
        _print_json(obj)
    else:
        sys.stdout.write(case_text(with_parties(obj, mails), app.policy.deadline.timezone))
    return 0


def cmd_cases_approve(settings: Settings, args: argparse.Namespace) -> int:
    from worker.cases.staff import approve

    types = [t.strip() for t in args.types.split(",") if t.strip()] if args.types else None
    return _carry_out(
        _app_for_handlers(settings), lambda app: approve(app, args.ref, _cli_actor(), types)
    )


def cmd_cases_release(settings: Settings, args: argparse.Namespace) -> int:
    from worker.cases.release import release

    return _carry_out(
        _app_for_handlers(settings), lambda app: release(app, args.ref, _cli_actor(), args.redact)
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
        _app_for_handlers(settings), lambda app: rectify(app, args.ref, _cli_actor(), changes)
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


def _read_password() -> str:
    """One line of standard input (without its line ending): the password."""
    line = sys.stdin.readline()
    password = line.removesuffix("\n").removesuffix("\r")
    if not password:
        raise ConfigError("no password on standard input (one line)")
    return password


def _users(settings: Settings, change: Callable[..., None], *args: Any) -> int:
    from worker.console.users import UserError

    app = _app(settings)
    try:
        change(app.sessions, *args)
    except UserError as exc:
        raise ConfigError(str(exc)) from None
    return 0


def cmd_users_add(settings: Settings, args: argparse.Namespace) -> int:
    from worker.console.users import add_user, check_name

    try:
        check_name(args.name)
    except ValueError as exc:
        raise ConfigError(str(exc)) from None
    code = _users(settings, add_user, args.name, args.role, _read_password())
    print(f"user {args.name} added ({args.role})")
    return code


def cmd_users_password(settings: Settings, args: argparse.Namespace) -> int:
    from worker.console.users import set_password

    code = _users(settings, set_password, args.name, _read_password())
    print(f"password of {args.name} changed; their sessions ended")
    return code


def cmd_users_list(settings: Settings, args: argparse.Namespace) -> int:
    from worker.console.users import list_users

    rows = list_users(_app(settings).sessions)
    if args.json:
        _print_json(rows)
    else:
        _print_table(
            ["name", "role", "disabled"],
            [[r["name"], r["role"], "yes" if r["disabled"] else "no"] for r in rows],
        )
    return 0


def cmd_users_disable(settings: Settings, args: argparse.Namespace) -> int:
    from worker.console.users import set_disabled

    code = _users(settings, set_disabled, args.name, True)
    print(f"user {args.name} disabled; their sessions ended")
    return code


def cmd_users_enable(settings: Settings, args: argparse.Namespace) -> int:
    from worker.console.users import set_disabled

    code = _users(settings, set_disabled, args.name, False)
    print(f"user {args.name} enabled")
    return code


def _decide(settings: Settings, decision: str, *args: Any, **kwargs: Any) -> int:
    """A staff decision (worker.cases.staff.`decision`) on the command line, as cli:<OS user>."""
    from worker.cases import staff

    decide = getattr(staff, decision)
    actor = _cli_actor()
    return _carry_out(_app_for_handlers(settings), lambda app: decide(app, *args, actor, **kwargs))


def cmd_cases_extend(settings: Settings, args: argparse.Namespace) -> int:
    return _decide(settings, "extend", args.ref, reason=args.reason)


def cmd_cases_reply(settings: Settings, args: argparse.Namespace) -> int:
    return _decide(settings, "write_to_requester", args.ref, text=sys.stdin.read())


def cmd_cases_refuse(settings: Settings, args: argparse.Namespace) -> int:
    return _decide(settings, "refuse", args.ref, reason_code=args.reason, text=args.text)


def cmd_cases_close(settings: Settings, args: argparse.Namespace) -> int:
    return _decide(settings, "close", args.ref, reason=args.reason, reply=args.note)


def cmd_cases_reopen(settings: Settings, args: argparse.Namespace) -> int:
    return _decide(settings, "reopen", args.ref, reason=args.reason)


def cmd_cases_note(settings: Settings, args: argparse.Namespace) -> int:
    return _decide(settings, "add_note", args.ref, text=sys.stdin.read())


def cmd_cases_assign(settings: Settings, args: argparse.Namespace) -> int:
    return _decide(settings, "assign", args.ref, name=args.name)


def _decide_in(settings: Settings, module: str, decision: str, *args: Any, **kwargs: Any) -> int:
    """A staff decision of worker.cases.`module` on the command line, as cli:<OS user>."""
    import importlib

    decide = getattr(importlib.import_module(f"worker.cases.{module}"), decision)
    actor = _cli_actor()
    return _carry_out(
        _app_for_handlers(settings), lambda app: decide(app, args[0], actor, *args[1:], **kwargs)
    )


def cmd_cases_correct(settings: Settings, args: argparse.Namespace) -> int:
    types = [t for t in args.types.split(",") if t.strip()]
    return _decide_in(settings, "reading", "correct", args.ref, types, reason=args.reason)


def cmd_cases_subject(settings: Settings, args: argparse.Namespace) -> int:
    return _decide_in(
        settings, "reading", "set_subject", args.ref, args.name, args.email, args.received
    )


def cmd_cases_merge(settings: Settings, args: argparse.Namespace) -> int:
    from worker.cases.merge import merge

    actor = _cli_actor()
    return _carry_out(
        _app_for_handlers(settings),
        lambda app: merge(app, args.ref, args.into_ref, actor, args.reason),
    )


def cmd_cases_lift_restriction(settings: Settings, args: argparse.Namespace) -> int:
    return _decide_in(settings, "restriction_lift", "lift_restriction", args.ref, args.reason)


def cmd_cases_export(settings: Settings, args: argparse.Namespace) -> int:
    from pathlib import Path

    from worker.cases.export import export_case
    from worker.cases.staff import StaffError

    try:
        name, content = export_case(_app(settings), args.ref, _cli_actor())
    except StaffError as exc:
        print(f"gdpr-worker: {exc}", file=sys.stderr)
        return 1
    target = Path(args.out or name)
    try:
        _write_private(target, content)
    except OSError as exc:
        raise ConfigError(f"--out {target}: {exc.strerror}") from None
    print(f"{args.ref}: evidence file written to {target}")
    return 0


def _write_private(target: os.PathLike[str], content: bytes) -> None:
    """`content` to `target`, readable by this OS user only (0600, also when it existed): an
    evidence file holds the requester's mails and the company's decisions about them."""
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as out:
        os.fchmod(out.fileno(), 0o600)
        out.write(content)


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


def cmd_quarantine_dismiss(settings: Settings, args: argparse.Namespace) -> int:
    from worker.cases.dismiss import dismiss
    from worker.cases.staff import StaffError

    try:
        disposition = dismiss(_app(settings), args.id, _cli_actor(), args.reason)
    except LookupError:
        print(f"gdpr-worker: no quarantined message {args.id}", file=sys.stderr)
        return 1
    except StaffError as exc:
        print(f"gdpr-worker: {exc}", file=sys.stderr)
        return 1
    print(f"{args.id}: {disposition} dismissed")
    return 0


def cmd_web(settings: Settings, args: argparse.Namespace) -> int:
    import socket

    import uvicorn

    from worker.console.app import make_console
    from worker.console.users import list_users

    if settings.console_auth == "proxy" and not settings.console_trusted_proxies:
        raise ConfigError("GDPR_CONSOLE_TRUSTED_PROXIES: name the proxy's address (proxy mode)")
    require_sources(settings)
    app = _app_for_handlers(settings)
    if not any(not u["disabled"] for u in list_users(app.sessions)):
        log.warning(
            "no console user yet: add one with 'gdpr-worker users add NAME --role officer' "
            "(the password on standard input)"
        )
    family = socket.AF_INET6 if ":" in args.host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((args.host, args.port))
    except OSError as exc:
        sock.close()
        raise ConfigError(f"cannot listen on {args.host}:{args.port}: {exc.strerror}") from None
    door = "logins" if settings.console_auth == "login" else "single sign-on through the proxy"
    log.info("staff console on http://%s:%d/ (%s)", args.host, args.port, door)
    with _jobs(wait=True) as jobs:
        config = uvicorn.Config(
            make_console(app, jobs=jobs),
            log_level="warning",
            proxy_headers=False,  # X-Forwarded-* are read by the console, from trusted proxies only
            server_header=False,
            date_header=False,
        )
        uvicorn.Server(config).run(sockets=[sock])
    return 0


def cmd_sources_check(settings: Settings, args: argparse.Namespace) -> int:
    """One line per problem on stderr and exit 2; a short summary and exit 0 when all is well."""
    from worker.datamap import check_sources

    checked = check_sources(settings.sources)
    for line in checked.problems:
        print(line, file=sys.stderr)
    if checked.problems:
        return 2
    size = checked.size
    print(
        f"{settings.sources}: {size['sources']} sources, {size['tables']} tables, "
        f"{size['fields']} fields checked against their databases: no problems"
    )
    return 0


def cmd_sources_explain(settings: Settings, args: argparse.Namespace) -> int:
    """What the map finds for a person and what erasure would do, changing nothing."""
    from datetime import date

    from worker.datamap import DataMapError, datamap_for
    from worker.datamap.explain import explanation_text

    try:
        explanation = datamap_for(settings.sources).explain(
            args.email, args.date or date.today(), args.lang
        )
    except FileNotFoundError:
        raise ConfigError(f"GDPR_SOURCES: {settings.sources}: no such file") from None
    except DataMapError as exc:
        raise ConfigError(f"GDPR_SOURCES: {exc}") from None
    if args.json:
        _print_json(explanation)
    else:
        print("\n".join(explanation_text(explanation)))
    return 0


def _day(text: str):  # noqa: ANN202 - argparse's type
    from datetime import date

    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


_COMMANDS: dict[tuple[str, str | None], Callable[[Settings, argparse.Namespace], int]] = {
    ("db", "upgrade"): cmd_db_upgrade,
    ("poll", None): cmd_poll,
    ("run", None): cmd_run,
    ("cases", "list"): cmd_cases_list,
    ("cases", "show"): cmd_cases_show,
    ("cases", "approve"): cmd_cases_approve,
    ("cases", "rectify"): cmd_cases_rectify,
    ("cases", "release"): cmd_cases_release,
    ("cases", "extend"): cmd_cases_extend,
    ("cases", "reply"): cmd_cases_reply,
    ("cases", "refuse"): cmd_cases_refuse,
    ("cases", "close"): cmd_cases_close,
    ("cases", "reopen"): cmd_cases_reopen,
    ("cases", "note"): cmd_cases_note,
    ("cases", "assign"): cmd_cases_assign,
    ("cases", "correct"): cmd_cases_correct,
    ("cases", "subject"): cmd_cases_subject,
    ("cases", "merge"): cmd_cases_merge,
    ("cases", "lift-restriction"): cmd_cases_lift_restriction,
    ("cases", "export"): cmd_cases_export,
    ("messages", "list"): cmd_messages_list,
    ("quarantine", "list"): cmd_quarantine_list,
    ("quarantine", "replay"): cmd_quarantine_replay,
    ("quarantine", "dismiss"): cmd_quarantine_dismiss,
    ("users", "add"): cmd_users_add,
    ("users", "password"): cmd_users_password,
    ("users", "list"): cmd_users_list,
    ("users", "disable"): cmd_users_disable,
    ("users", "enable"): cmd_users_enable,
    ("sources", "check"): cmd_sources_check,
    ("sources", "explain"): cmd_sources_explain,
    ("web", None): cmd_web,
}


def _cli_actor() -> str:
    """`cli:<OS user>`: who a decision on the command line is recorded under."""
    import getpass

    try:
        return f"cli:{getpass.getuser()}"
    except Exception:  # no login name for this process (no passwd entry, no variable)
        import os

        return f"cli:uid{os.getuid()}"


def _port(value: str) -> int:
    if not (value.isascii() and value.isdigit() and 0 < int(value) < 65536):
        raise argparse.ArgumentTypeError(f"not a port number: {value!r}")
    return int(value)


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
