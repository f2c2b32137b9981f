"""The console's queue, as pure functions over case objects: which cases need us (a person must
look: held for review, a new mail from the requester, a deadline near, something went wrong)
and which wait on the requester (an ID copy, a confirmation); filters, search and pages."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any
from urllib.parse import urlencode

from worker.domain import CaseStatus, Flag

DUE_SOON_DAYS = 7  # an open case this close to its deadline needs us, whatever it waits for
PAGE_SIZE = 50

# Flags that need a person even while the case waits on the requester.
URGENT_FLAGS = frozenset(
    f.value
    for f in (
        Flag.DELIVERY_FAILED,
        Flag.DISPUTED,
        Flag.CONFIRMATION_FAILED,
        Flag.UNAUTHENTICATED_WRONG_CODE,
        Flag.BUDGET_EXCEEDED,
        Flag.REPLY_LIMIT,
        Flag.AUTHORITY_COMPLAINT,
        Flag.REF_FROM_OTHER_SENDER,
    )
)
WAITING_STATUSES = frozenset({CaseStatus.AWAITING_ID.value, CaseStatus.AWAITING_CONFIRMATION.value})


class Queue(StrEnum):
    NEEDS_US = "needs_us"
    WAITING = "waiting"  # on the requester
    WORKING = "working"  # the worker carries it out
    FINISHED = "finished"


VIEWS = ("open", *(q.value for q in Queue), "all")
VIEW_TITLES = {
    "open": "Open",
    "needs_us": "Needs us",
    "waiting": "Waiting on the requester",
    "working": "Being carried out",
    "finished": "Finished",
    "all": "All",
}


def new_from_requester(case: dict[str, Any]) -> bool:
    """The requester wrote after the case opened and nothing has answered since."""
    if not case["messages"]:
        return False
    last = case["messages"][-1]
    return last["direction"] == "in" and last["kind"] != "request"


def queue_of(case: dict[str, Any], days_left: int | None) -> Queue:
    status = case["status"]
    if not CaseStatus(status).is_open:
        return Queue.FINISHED
    if (
        status == CaseStatus.AWAITING_REVIEW.value
        or new_from_requester(case)
        or (days_left is not None and days_left <= DUE_SOON_DAYS)
        or URGENT_FLAGS & set(case["flags"])
    ):
        return Queue.NEEDS_US
    if status in WAITING_STATUSES:
        return Queue.WAITING
    return Queue.WORKING


@dataclass(frozen=True)
class Criteria:
    """What the cases page was asked for (its query string), checked."""

    view: str = "open"
    status: str = ""
    type: str = ""
    flag: str = ""
    language: str = ""
    q: str = ""
    assignee: str = ""  # a user's name, or "-" for nobody
    page: int = 1

    @classmethod
    def from_query(cls, query: Any) -> Criteria:
        def pick(name: str, allowed: set[str] | tuple[str, ...] | None = None) -> str:
            value = str(query.get(name, "")).strip()[:200]
            return value if allowed is None or value in allowed else ""

        page = str(query.get("page", "1"))
        return cls(
            view=pick("view", VIEWS) or "open",
            status=pick("status", {s.value for s in CaseStatus}),
            type=pick("type"),
            flag=pick("flag"),
            language=pick("language"),
            q=pick("q"),
            assignee=pick("assignee"),
            page=int(page) if page.isdigit() and 0 < int(page) < 100_000 else 1,
        )

    def query(self, **changes: Any) -> str:
        """This page's query string with `changes` (empty values left out)."""
        fields = {
            "view": self.view,
            "status": self.status,
            "type": self.type,
            "flag": self.flag,
            "language": self.language,
            "q": self.q,
            "assignee": self.assignee,
            "page": self.page,
            **changes,
        }
        return urlencode({k: v for k, v in fields.items() if v and not (k == "page" and v == 1)})

    def matches(self, case: dict[str, Any], queue: Queue) -> bool:
        if self.view == "open" and queue is Queue.FINISHED:
            return False
        if self.view not in ("open", "all") and queue.value != self.view:
            return False
        if self.status and case["status"] != self.status:
            return False
        if self.type and self.type not in case["request_types"]:
            return False
        if self.flag and self.flag not in case["flags"]:
            return False
        if self.language and case["language"] != self.language:
            return False
        wanted = "" if self.assignee == "-" else self.assignee
        if self.assignee and case.get("assignee", "") != wanted:
            return False
        return not self.q or self.q.casefold() in _searchable(case)


def _searchable(case: dict[str, Any]) -> str:
    requester = case["requester"]
    parts = [case["ref"], requester["email"], requester["name"]]
    subject = case.get("data_subject") or {}  # staff set it: on behalf, passed on
    parts += [subject.get("name", ""), subject.get("email", "")]
    parts += [m["subject"] for m in case["messages"] if m["direction"] == "in"]
    return "\n".join(parts).casefold()


@dataclass(frozen=True)
class Row:
    case: dict[str, Any]
    days_left: int | None
    queue: Queue
    new_reply: bool


def queue_rows(
    cases: list[dict[str, Any]], days: dict[str, int | None], criteria: Criteria
) -> tuple[list[Row], dict[str, int]]:
    """The rows the criteria select (needs us first, then the nearest deadline; finished cases
    last), and how many cases each view holds (open ones only, but for finished and all)."""
    rows = []
    counts = dict.fromkeys(VIEWS, 0)
    for case in cases:
        left = days[case["ref"]]
        queue = queue_of(case, left)
        counts[queue.value] += 1
        counts["all"] += 1
        if queue is not Queue.FINISHED:
            counts["open"] += 1
        if criteria.matches(case, queue):
            rows.append(Row(case, left, queue, new_from_requester(case)))
    order = list(Queue)
    rows.sort(
        key=lambda r: (
            (order.index(r.queue), r.case["deadline"], r.case["ref"])
            if r.queue is not Queue.FINISHED
            else (order.index(r.queue), _negated(r.case["received_at"]), r.case["ref"])
        )
    )
    return rows, counts


def _negated(iso: str) -> tuple[int, ...]:
    """A key that sorts ISO times newest first."""
    return tuple(-ord(c) for c in iso)


def page_of(rows: list[Row], page: int) -> tuple[list[Row], int]:
    """The rows of page `page` (from 1), and the number of pages."""
    pages = max(1, -(-len(rows) // PAGE_SIZE))
    page = min(page, pages)
    return rows[(page - 1) * PAGE_SIZE : page * PAGE_SIZE], pages
