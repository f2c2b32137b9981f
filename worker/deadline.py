"""The statutory deadline (GDPR art. 12(3)): one month from receipt, extendable by two."""

from __future__ import annotations

import calendar
from datetime import date, datetime
from zoneinfo import ZoneInfo


def add_months(day: date, months: int) -> date:
    """The same day `months` later; the month's last day where that day does not exist."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def statutory_deadline(received_at: datetime, months: int, timezone: str) -> date:
    """Counted from the day of receipt in the controller's own time zone."""
    return add_months(received_at.astimezone(ZoneInfo(timezone)).date(), months)


def today_at(timezone: str, now: datetime | None = None) -> date:
    """Today's date where the controller is (deadlines are dates in its own time zone)."""
    return (now or datetime.now(ZoneInfo(timezone))).astimezone(ZoneInfo(timezone)).date()


def days_left(deadline: date, today: date) -> int:
    """Days until the deadline: 0 on the day itself, negative once it has passed."""
    return (deadline - today).days
