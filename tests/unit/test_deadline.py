from datetime import UTC, date, datetime

import pytest

from worker.deadline import add_months, days_left, statutory_deadline, today_at


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        (date(2026, 11, 25), 1, date(2026, 12, 25)),
        (date(2026, 12, 15), 1, date(2027, 1, 15)),
        (date(2027, 1, 31), 1, date(2027, 2, 28)),  # no 31 February: the month's last day
        (date(2028, 1, 30), 1, date(2028, 2, 29)),  # leap year
        (date(2026, 3, 31), 1, date(2026, 4, 30)),
        (date(2026, 8, 31), 3, date(2026, 11, 30)),  # with the two-month extension
        (date(2026, 11, 30), 2, date(2027, 1, 30)),
    ],
)
def test_one_month_is_the_same_day_next_month_or_its_last_day(start, months, expected):
    assert add_months(start, months) == expected


def test_deadline_counts_from_the_day_of_receipt_in_brussels():
    # 23:30 UTC on 31 January is already 1 February in Brussels.
    received = datetime(2027, 1, 31, 23, 30, tzinfo=UTC)
    assert statutory_deadline(received, 1, "Europe/Brussels") == date(2027, 3, 1)
    assert statutory_deadline(received, 1, "UTC") == date(2027, 2, 28)


def test_today_is_the_controllers_date_and_days_left_count_down_past_zero():
    late_evening_utc = datetime(2026, 11, 30, 23, 30, tzinfo=UTC)  # already 1 December in Ronse
    assert today_at("Europe/Brussels", late_evening_utc) == date(2026, 12, 1)
    assert days_left(date(2026, 12, 25), date(2026, 12, 1)) == 24
    assert days_left(date(2026, 12, 1), date(2026, 12, 1)) == 0
    assert days_left(date(2026, 11, 28), date(2026, 12, 1)) == -3
