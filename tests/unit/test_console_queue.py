"""The console's queue: what needs us, what waits on the requester, counters of open cases only,
filters, search and pages."""

from __future__ import annotations

from worker.console.queue import PAGE_SIZE, Criteria, Queue, page_of, queue_of, queue_rows


def case(ref: str = "GDPR-2026-000001", status: str = "awaiting_id", **fields) -> dict:  # noqa: ANN003
    return {
        "ref": ref,
        "status": status,
        "request_types": fields.get("types", ["access"]),
        "language": fields.get("language", "nl"),
        "requester": {"email": fields.get("email", "jan@mail.example"), "name": "Jan Peeters"},
        "received_at": fields.get("received_at", "2026-12-01T10:00:00+00:00"),
        "deadline": fields.get("deadline", "2027-01-01"),
        "flags": fields.get("flags", []),
        "messages": fields.get(
            "messages",
            [
                {"direction": "in", "kind": "request", "subject": "Inzage"},
                {"direction": "out", "kind": "id_request", "subject": "[..] ID"},
            ],
        ),
    }


def test_waiting_for_an_id_waits_on_the_requester_even_when_the_sender_is_unverified():
    assert queue_of(case(flags=["sender_unverified"]), 20) is Queue.WAITING
    assert queue_of(case(status="awaiting_confirmation"), 20) is Queue.WAITING


def test_what_needs_us():
    assert queue_of(case(status="awaiting_review"), 20) is Queue.NEEDS_US
    assert queue_of(case(), 7) is Queue.NEEDS_US  # the deadline is near
    assert queue_of(case(), -2) is Queue.NEEDS_US
    assert queue_of(case(flags=["delivery_failed"]), 20) is Queue.NEEDS_US
    follow_up = {"direction": "in", "kind": "follow_up", "subject": "Re: ID"}
    assert queue_of(case(messages=[*case()["messages"], follow_up]), 20) is Queue.NEEDS_US


def test_carried_out_and_finished():
    assert queue_of(case(status="in_progress"), 20) is Queue.WORKING
    for status in ("completed", "rejected", "closed"):
        assert queue_of(case(status=status, flags=["sender_unverified"]), None) is Queue.FINISHED


def test_counters_count_open_cases_and_views_select():
    cases = [
        case("GDPR-2026-000001", "awaiting_review", flags=["unclassified"]),
        case("GDPR-2026-000002", "awaiting_id", flags=["sender_unverified"]),
        case("GDPR-2026-000003", "completed", flags=["sender_unverified"]),
        case("GDPR-2026-000004", "rejected"),
    ]
    days = {"GDPR-2026-000001": 20, "GDPR-2026-000002": 20}
    days |= {"GDPR-2026-000003": None, "GDPR-2026-000004": None}
    rows, counts = queue_rows(cases, days, Criteria())
    assert counts == {"open": 2, "needs_us": 1, "waiting": 1, "working": 0, "finished": 2, "all": 4}
    assert [r.case["ref"] for r in rows] == ["GDPR-2026-000001", "GDPR-2026-000002"]
    rows, _ = queue_rows(cases, days, Criteria(view="finished"))
    assert {r.case["ref"] for r in rows} == {"GDPR-2026-000003", "GDPR-2026-000004"}
    rows, _ = queue_rows(cases, days, Criteria(view="all", flag="sender_unverified"))
    assert [r.case["ref"] for r in rows] == ["GDPR-2026-000002", "GDPR-2026-000003"]


def test_search_by_ref_address_name_or_subject_whatever_the_case():
    cases = [case("GDPR-2026-000001", email="els@x.example"), case("GDPR-2026-000002")]
    days = dict.fromkeys((c["ref"] for c in cases), 20)
    both = ["GDPR-2026-000001", "GDPR-2026-000002"]
    for q, expected in (
        ("000002", ["GDPR-2026-000002"]),
        ("ELS@", ["GDPR-2026-000001"]),
        ("peeters", both),
        ("Inzage", both),
        ("nobody", []),
    ):
        rows, _ = queue_rows(cases, days, Criteria(q=q))
        assert [r.case["ref"] for r in rows] == expected, q


def test_the_query_string_is_checked_and_rebuilt():
    c = Criteria.from_query({"view": "nonsense", "status": "<script>", "page": "-3", "q": " x "})
    assert (c.view, c.status, c.page, c.q) == ("open", "", 1, "x")
    c = Criteria.from_query({"view": "waiting", "type": "erasure", "page": "2"})
    assert c.query(page=3) == "view=waiting&type=erasure&page=3"
    assert c.query(page=1) == "view=waiting&type=erasure"


def test_pages():
    rows = list(range(PAGE_SIZE * 2 + 1))
    assert page_of(rows, 1) == (rows[:PAGE_SIZE], 3)
    assert page_of(rows, 3) == (rows[-1:], 3)
    assert page_of(rows, 9) == (rows[-1:], 3)  # past the end: the last page
    assert page_of([], 1) == ([], 1)


def test_search_finds_the_data_subject_staff_set():
    mother = {**case("GDPR-2026-000003"), "data_subject": {"name": "Maria Peeters-Claes",
                                                           "email": "maria@x.example"}}  # fmt: skip
    cases = [case("GDPR-2026-000001"), mother]
    days = dict.fromkeys((c["ref"] for c in cases), 20)
    for q in ("claes", "MARIA@x"):
        rows, _ = queue_rows(cases, days, Criteria(q=q))
        assert [r.case["ref"] for r in rows] == ["GDPR-2026-000003"], q


def test_a_merged_duplicate_is_finished_and_not_counted_open():
    merged = {**case("GDPR-2026-000004", status="closed"), "merged_into": "GDPR-2026-000001"}
    cases = [case("GDPR-2026-000001", status="awaiting_review"), merged]
    rows, counts = queue_rows(cases, {"GDPR-2026-000001": 20, "GDPR-2026-000004": None},
                              Criteria())  # fmt: skip
    assert [r.case["ref"] for r in rows] == ["GDPR-2026-000001"]
    assert (counts["open"], counts["needs_us"], counts["finished"]) == (1, 1, 1)
