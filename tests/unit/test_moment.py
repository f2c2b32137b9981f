"""A case started at intake (worker/cases/moment.py): its rights one after the other, what they
write folded with the acknowledgement into one mail; a right that fails holds nothing back."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from tests.unit.conftest import OPT_OUT_TEXT, FakeDataMap, RecordingJobs, request, take_in
from worker.app import App
from worker.cases import moment
from worker.cases.rights import RIGHT_FUNCTIONS
from worker.domain import RequestType
from worker.store.db import transaction
from worker.store.models import Event, OutboundMessage


def rows(app: App) -> list[OutboundMessage]:
    with transaction(app.sessions) as session:
        found = list(session.scalars(select(OutboundMessage).order_by(OutboundMessage.id)))
        session.expunge_all()
        return found


def test_an_opt_out_sends_its_confirmation_alone(
    app: App, jobs: RecordingJobs, datamap: FakeDataMap
) -> None:
    outcome = take_in(app, jobs, request("Unsubscribe", OPT_OUT_TEXT))
    assert outcome.ready_case_id is not None and jobs.delivered == []
    delivered: list[int] = []
    moment.start(app, outcome.ready_case_id, delivered.extend)
    (row,) = rows(app)  # the acknowledgement was left out: the confirmation says it all
    assert row.kind == "response" and delivered == [row.id]
    with transaction(app.sessions) as session:
        kinds = list(session.scalars(select(Event.kind)))
    assert "replies_bundled" in kinds


def test_a_right_that_fails_still_lets_the_acknowledgement_go(
    app: App, jobs: RecordingJobs, datamap: FakeDataMap, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(ctx):  # noqa: ANN001, ANN202
        raise RuntimeError("a bug")

    monkeypatch.setitem(RIGHT_FUNCTIONS, RequestType.MARKETING_OPT_OUT, broken)
    outcome = take_in(app, jobs, request("Unsubscribe", OPT_OUT_TEXT))
    delivered: list[int] = []
    with pytest.raises(RuntimeError):  # the queue tries the start again
        moment.start(app, outcome.ready_case_id, delivered.extend)
    (ack,) = rows(app)
    assert ack.kind == "acknowledgement" and delivered == [ack.id]
