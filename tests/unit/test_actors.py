"""The dramatiq door (handlers/): the real actors on the stub broker with a worker in this
process, and the in-process Jobs. A case started goes through its rights to its replies on
disk; the actors keep the names Redis messages carry."""

from __future__ import annotations

from pathlib import Path

import dramatiq
import pytest
from dramatiq.brokers.stub import StubBroker

from handlers import actors, inprocess
from tests.unit.conftest import FakeDataMap
from tests.unit.test_rights import case_of, open_case
from worker.app import App
from worker.domain import CaseStatus, RequestType


def test_the_actors_keep_their_names() -> None:
    names = {a.actor_name for a in (*actors.RIGHT_ACTORS.values(), actors.start_case)}
    names |= {actors.deliver_reply.actor_name, actors.run_housekeeping.actor_name}
    assert names == {
        "start_case", "deliver_reply", "run_housekeeping", "handle_access", "handle_portability",
        "handle_erasure", "handle_opt_out", "handle_objection", "handle_restriction",
        "handle_rectification", "handle_complaint",
    }  # fmt: skip
    assert set(actors.RIGHT_ACTORS) == set(RequestType)
    assert actors.deliver_reply.options["on_retry_exhausted"] == "reply_retries_exhausted"


def test_a_started_case_is_worked_through_to_its_replies(
    file_app: App, datamap: FakeDataMap, stub_worker: dramatiq.Broker, tmp_path: Path
) -> None:
    case_id = open_case(file_app, RequestType.MARKETING_OPT_OUT, RequestType.COMPLAINT)
    actors.start_case.send(case_id)
    stub_worker.join("handlers", fail_fast=True)
    stub_worker.join("replies", fail_fast=True)
    case = case_of(file_app, case_id)
    assert case.status == CaseStatus.AWAITING_REVIEW and case.flags == ["complaint"]
    assert [c[0] for c in datamap.calls] == ["set_flags"]
    # one moment, one mail: the opt-out's confirmation and the complaint's acknowledgement
    (sent,) = (tmp_path / "outbox").glob("*.eml")
    assert sent.name.endswith("-response.eml")
    text = sent.read_text("utf-8")
    assert "marketing" in text and "supervisory authority" in text
    assert all(o.status == "sent" for o in case.outbound) and len(case.outbound) == 1
    assert "replies_bundled" in [e.kind for e in case.events]


def test_the_in_process_jobs_wait_for_the_work_they_queued(
    file_app: App, datamap: FakeDataMap, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    if not isinstance(inprocess.broker, StubBroker):  # pragma: no cover
        pytest.skip("handlers were imported with a Redis broker")
    monkeypatch.setattr(actors, "current_app", lambda: file_app)
    case_id = open_case(file_app, RequestType.RESTRICTION)
    with inprocess.jobs(workers=True, wait=True) as jobs:
        jobs.after_commit([], case_id)
        # done before after_commit returned: the right, and the delivery of its reply
        assert case_of(file_app, case_id).status == CaseStatus.COMPLETED
        assert len(list((tmp_path / "outbox").glob("*.eml"))) == 1
