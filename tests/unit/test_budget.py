"""The budgeted reader (worker/budget.py): a real child process, reused mail after mail, killed
and replaced when a mail takes too long or too much memory, or when it dies."""

from __future__ import annotations

import os
import signal

import pytest

from tests.hostile.mails import hostile_mail
from tests.unit.conftest import OPT_OUT_TEXT, request
from worker.budget import Budget, BudgetedReader, ReaderFailed
from worker.reader import OverBudget, Read, read_mail

OWN = "gdpr@alsicohightech.com"
OPT_OUT = request("Unsubscribe", OPT_OUT_TEXT)
BIG, _ = hostile_mail("body_30mb")  # 30 MB of one sentence: about a second to read here


def read(reader: BudgetedReader, raw: bytes) -> Read | OverBudget:
    return reader(raw, max_attachments=100, own_address=OWN)


@pytest.fixture
def reader():
    one = BudgetedReader(Budget(seconds=30))
    yield one
    one.close()


def test_the_child_reads_as_this_process_does_and_is_reused(reader: BudgetedReader) -> None:
    mine = read_mail(OPT_OUT, max_attachments=100, own_address=OWN)
    for _ in range(3):
        theirs = read(reader, OPT_OUT)
        assert theirs == mine
    assert reader.started == 1
    assert theirs.reading is not None and [t.value for t in theirs.reading.request_types] == [
        "marketing_opt_out"
    ]


def test_a_mail_over_the_time_budget_is_cut_off_and_the_next_gets_a_fresh_child() -> None:
    roomy, tight = Budget(seconds=60), Budget(seconds=0.05, seconds_per_mb=0)
    reader = BudgetedReader(roomy)  # the small mails: no load spike puts them over 60 s
    try:
        assert isinstance(read(reader, OPT_OUT), Read)
        assert reader._child is not None
        reading = reader._child.proc  # the child that gets BIG, about a second of work
        reader.budget = tight  # for BIG only: 50 ms
        over = read(reader, BIG)
        reader.budget = roomy
        assert isinstance(over, OverBudget) and over.detail == "took longer than 0.05 s"
        # cut off, not waited for: killed in the middle of the mail, not ended by itself
        assert reading.returncode == -signal.SIGKILL
        with pytest.raises(ProcessLookupError):
            os.killpg(reading.pid, 0)  # its whole process group is gone
        assert isinstance(read(reader, OPT_OUT), Read)
        assert reader.started == 2
    finally:
        reader.close()


def test_a_mail_over_the_memory_budget_is_cut_off() -> None:
    reader = BudgetedReader(Budget(seconds=60, memory_bytes=128 * 1024 * 1024))
    try:
        over = read(reader, BIG + BIG + BIG)  # 90 MB: its bytes alone nearly fill 128 MB
        assert isinstance(over, OverBudget)
        assert "memory" in over.detail
        assert isinstance(read(reader, OPT_OUT), Read)
    finally:
        reader.close()
    roomy = BudgetedReader(Budget(seconds=60))  # the default 512 MB reads it
    try:
        assert isinstance(read(roomy, BIG + BIG + BIG), Read)
    finally:
        roomy.close()


def test_a_child_out_of_memory_while_the_mail_is_still_sent_puts_it_over_budget() -> None:
    # 60 MB under a 128 MB budget: taken in, the child runs out of memory while this side may
    # still be writing; 90 MB: refused at once on its size, so the pipe closes mid-write. Either
    # way the mail is over budget (never "peer unavailable", which would hold up intake).
    for mail in (BIG + BIG, BIG + BIG + BIG):
        reader = BudgetedReader(Budget(seconds=60, memory_bytes=128 * 1024 * 1024))
        try:
            for _ in range(3):
                over = read(reader, mail)
                assert isinstance(over, OverBudget) and "memory" in over.detail
            assert isinstance(read(reader, OPT_OUT), Read)
        finally:
            reader.close()


def test_a_child_killed_while_idle_is_replaced_without_a_word(reader: BudgetedReader) -> None:
    assert isinstance(read(reader, OPT_OUT), Read)
    assert reader._child is not None
    os.kill(reader._child.proc.pid, signal.SIGKILL)
    reader._child.proc.wait(5)
    assert isinstance(read(reader, OPT_OUT), Read)
    assert reader.started == 2


def test_a_child_that_dies_during_a_mail_puts_it_over_budget(reader: BudgetedReader) -> None:
    assert isinstance(read(reader, OPT_OUT), Read)
    child = reader._child
    assert child is not None
    slow, _ = hostile_mail("sentence_200k")  # sent at once, read in half a second or more
    send = child.send

    def send_then_kill(header: bytes, raw: bytes) -> None:
        send(header, raw)  # the child has the mail: it dies while reading it, whatever the load
        os.kill(child.proc.pid, signal.SIGKILL)

    child.send = send_then_kill  # type: ignore[method-assign]
    over = read(reader, slow)
    assert isinstance(over, OverBudget) and "died (signal 9)" in over.detail


def test_a_stage_that_raises_is_reported_by_type_and_place_only(reader: BudgetedReader) -> None:
    with pytest.raises(ReaderFailed) as failed:
        reader(OPT_OUT, max_attachments="many", own_address=OWN)  # type: ignore[arg-type]
    assert failed.value.where.startswith("ValueError at ")
    assert "many" not in failed.value.where
    assert isinstance(read(reader, OPT_OUT), Read)  # the same child goes on
    assert reader.started == 1


def test_the_child_gets_no_credentials_and_lives_in_its_own_session(
    reader: BudgetedReader, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GDPR_DATABASE_URL", "postgresql://secret@db/x")
    reader.close()
    assert isinstance(read(reader, OPT_OUT), Read)
    assert reader._child is not None
    pid = reader._child.proc.pid
    with open(f"/proc/{pid}/environ", "rb") as fh:
        assert b"GDPR_" not in fh.read()
    assert os.getsid(pid) == pid
    assert os.readlink(f"/proc/{pid}/cwd") == "/"


def test_a_large_mail_gets_more_time_by_its_size() -> None:
    budget = Budget(seconds=5, seconds_per_mb=0.1)
    assert budget.wall(1000) == pytest.approx(5.0001)
    assert budget.wall(40_000_000) == pytest.approx(9.0)
