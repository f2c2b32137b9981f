"""A mixed batch of fixture mails through `run --once`: every mail one disposition, once, as
tests/fixtures/mail/expected.yaml says; replies written with the headers a reply must carry."""

from __future__ import annotations

import email
import hashlib
import re
from email import policy
from email.parser import BytesParser
from pathlib import Path

import pytest
import yaml

from tests.conftest import MAIL_FIXTURES
from tests.e2e.conftest import new_cli

EXPECTED = yaml.safe_load((MAIL_FIXTURES / "expected.yaml").read_text("utf-8"))
REQUEST_TYPES = {
    "access", "rectification", "erasure", "restriction", "portability", "objection",
    "marketing_opt_out", "complaint",
}  # fmt: skip
STATUSES = {
    "awaiting_id", "awaiting_confirmation", "in_progress", "awaiting_review", "completed",
    "rejected", "closed",
}  # fmt: skip
ID_STATUSES = {
    "verified", "missing", "unreadable", "invalid", "expired", "name_mismatch", "not_required",
}  # fmt: skip
OUT_KINDS = {
    "acknowledgement", "id_request", "confirmation_request", "response", "refusal",
    "extension_notice", "staff_reply",
}  # fmt: skip
REF = re.compile(r"^GDPR-\d{4}-\d{6}$")


def message_id_of(path: Path) -> str:
    """The Message-ID intake records: the mail's own, or one made from its hash."""
    raw = path.read_bytes()
    head = BytesParser(policy=policy.default).parsebytes(raw, headersonly=True)
    mid = " ".join(str(head.get("message-id", "")).split())
    return mid or f"<{hashlib.sha256(raw).hexdigest()[:32]}@no-message-id.invalid>"


@pytest.fixture(scope="module")
def batch(tmp_path_factory, demo_crm_file):
    cli = new_cli(tmp_path_factory.mktemp("batch"), demo_crm_file)
    files = sorted(MAIL_FIXTURES.glob("*.eml"))
    for i, path in enumerate(files):
        cli.deliver(f"{1764000000 + i}.M{i}P1.fixture", path.read_bytes())
    first = cli.run("run", "--once")
    return cli, files, first


def test_the_batch_is_big_enough(batch):
    _, files, _ = batch
    assert len(files) >= 30
    assert {p.name for p in files} == set(EXPECTED), "expected.yaml and the .eml files differ"


def test_no_traceback(batch):
    _, _, first = batch
    assert "Traceback" not in first.stderr


def test_every_mail_has_exactly_one_disposition(batch):
    cli, files, _ = batch
    messages = cli.json("messages", "list")
    assert len(messages) == len(files)
    assert {m["disposition"] for m in messages} <= {
        "case_opened",
        "case_updated",
        "ignored",
        "quarantined",
    }
    for m in messages:
        assert set(m) == {"message_id", "from", "subject", "disposition", "reason", "case_ref"}
        assert (m["case_ref"] is not None) == (m["disposition"] in ("case_opened", "case_updated"))
    # nothing is left in the inbox: handled mail moved to .Processed, the rest to .Quarantine
    assert not list((cli.inbox / "new").iterdir())
    quarantined = sum(m["disposition"] == "quarantined" for m in messages)
    assert len(list((cli.inbox / ".Quarantine" / "cur").iterdir())) == quarantined


@pytest.fixture(scope="module")
def outcome(batch):
    """What the first run made of the batch, read once through the command line: the messages
    by Message-ID and the cases by ref."""
    cli, _, _ = batch
    messages = {m["message_id"]: m for m in cli.json("messages", "list")}
    cases = {c["ref"]: c for c in cli.json("cases", "list")}
    return messages, cases


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_fixture_gets_its_expected_outcome(outcome, name):
    by_id, cases = outcome
    want = EXPECTED[name]
    mid = message_id_of(MAIL_FIXTURES / name)
    got = by_id.get(mid)
    assert got is not None, f"{name}: no message with Message-ID {mid!r}"
    assert got["disposition"] == want["disposition"], name
    if want["disposition"] in ("ignored", "quarantined"):
        assert got["reason"] == want["reason"], name
        return
    case = cases[got["case_ref"]]
    assert case["request_types"] == want["request_types"], name
    assert case["language"] == want["language"], name
    assert case["id_check"]["status"] == want["id_status"], name


def test_case_objects_match_the_contract(batch):
    cli, _, _ = batch
    cases = cli.json("cases", "list")
    assert cases
    kinds_of_case: dict[tuple[str, str, bool], dict] = {}
    for c in cases:
        assert set(c) == {
            "ref", "status", "request_types", "language", "requester", "received_at", "deadline",
            "id_check", "flagged", "flags", "messages", "evidence", "log",
        }  # fmt: skip
        assert c["log"] and all(set(e) == {"at", "actor", "event", "detail"} for e in c["log"])
        assert {e["actor"] for e in c["log"]} <= {"system", "requester"}  # nobody decided yet
        assert c["log"][0]["event"] == "case_opened" and c["log"][0]["actor"] == "requester"
        assert REF.match(c["ref"])
        assert c["status"] in STATUSES
        assert set(c["request_types"]) <= REQUEST_TYPES
        assert c["language"] in {"nl", "fr", "en", "de"}
        assert set(c["requester"]) == {"email", "name"} and "@" in c["requester"]["email"]
        assert c["received_at"].endswith("+00:00")
        assert re.match(r"^\d{4}-\d{2}-\d{2}$", c["deadline"])
        assert c["id_check"]["status"] in ID_STATUSES and isinstance(c["id_check"]["reasons"], list)
        assert c["flagged"] == bool(c["flags"])
        if not c["request_types"]:
            assert c["flagged"] and "unclassified" in c["flags"]
        kinds_in = [m["kind"] for m in c["messages"] if m["direction"] == "in"]
        kinds_out = [m["kind"] for m in c["messages"] if m["direction"] == "out"]
        assert kinds_in[0] == "request"
        assert set(kinds_out) <= OUT_KINDS
        # an answer to every request: the acknowledgement, or the one mail of its moment that
        # carries it (an opt-out's confirmation, a code to confirm); no acknowledgement for mail
        # that is no request (a person decides; at most a note without deadline), nor for a
        # request passed on, a copy of an authority complaint or a reminder
        silent = {"unclassified", "passed_on", "authority_complaint", "reminder", "reply_limit"}
        if silent & set(c["flags"]):
            assert "acknowledgement" not in kinds_out, c["ref"]
        else:
            assert kinds_out, c["ref"]
        if c["id_check"]["status"] not in ("verified", "not_required"):
            assert c["status"] in ("awaiting_id", "awaiting_review")
        kinds_of_case.setdefault((c["status"], c["id_check"]["status"], c["flagged"]), c)
    # `cases show` gives the same object as the list: one case of each kind (a process each)
    for c in kinds_of_case.values():
        shown = cli.json("cases", "show", c["ref"])
        thread = shown.pop("thread")
        assert shown == c
        assert [(m["message_id"], m["direction"], m["kind"], m["subject"]) for m in thread] == [
            (m["message_id"], m["direction"], m["kind"], m["subject"]) for m in c["messages"]
        ]
        assert all(set(m) == {"message_id", "direction", "kind", "at", "subject", "text"}
                   for m in thread)  # fmt: skip
        assert thread[0]["text"].strip()  # what the requester wrote
        assert all(m["text"].strip() for m in thread if m["direction"] == "out")


def test_replies_are_written_with_the_headers_of_a_reply(batch):
    cli, _, _ = batch
    cases = cli.json("cases", "list")
    outgoing = {
        m["message_id"]: (c, m) for c in cases for m in c["messages"] if m["direction"] == "out"
    }
    files = sorted(cli.outbox.glob("*.eml"))
    assert len(files) == len(outgoing)
    for path in files:
        msg = email.message_from_bytes(path.read_bytes(), policy=policy.default)
        case, meta = outgoing[str(msg["message-id"]).strip()]
        request = next(m for m in case["messages"] if m["direction"] == "in")
        assert msg["from"].addresses[0].addr_spec == "GDPR@alsicohightech.com"
        assert msg["to"].addresses[0].addr_spec == case["requester"]["email"]
        assert str(msg["subject"]).strip().startswith(f"[{case['ref']}] ")
        assert str(msg["message-id"]).strip().endswith("@alsicohightech.com>")
        # (a long id is folded onto the next line: compare without the folding white space)
        assert str(msg["in-reply-to"]).strip() == request["message_id"]
        assert request["message_id"] in str(msg["references"])
        assert str(msg["auto-submitted"]).strip() == "auto-replied"
        assert str(msg["x-loop"]).strip() == "GDPR@alsicohightech.com"
        assert str(msg["content-language"]).strip() == case["language"]
        assert msg.get_body(("plain",)).get_content().strip()


def test_a_second_run_changes_nothing(batch):
    cli, _, _ = batch
    before = (cli.json("cases", "list"), cli.json("messages", "list"), sorted(cli.outbox.iterdir()))
    # the same mails delivered again under new names, as after a lost mark or a re-delivery
    for i, path in enumerate(sorted(MAIL_FIXTURES.glob("*.eml"))):
        cli.deliver(f"{1765000000 + i}.M{i}P2.redelivered", path.read_bytes())
    cli.run("run", "--once")
    cli.run("run", "--once")
    after = (cli.json("cases", "list"), cli.json("messages", "list"), sorted(cli.outbox.iterdir()))
    assert after == before
