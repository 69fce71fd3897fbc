"""Calendar arithmetic for payment schedules: months that clamp to month end, due-date sequences.

Monthly due dates are always counted from the *first* date, never chained, so a plan that starts
on 31 January falls due on 28 (or 29) February, 31 March, 30 April, ... and does not drift to the
28th for the rest of its life.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache
from typing import Final

from negotiator.domain.policy import Frequency

PAYMENTS_PER_YEAR: Final[dict[Frequency, int]] = {
    Frequency.MONTHLY: 12,
    Frequency.FORTNIGHTLY: 26,
    Frequency.WEEKLY: 52,
}
"""How many regular payments of each frequency fall in a year (used to compare with a monthly
capacity: a weekly amount ``w`` costs ``w * 52 / 12`` a month)."""

_DAYS_BETWEEN: Final[dict[Frequency, int]] = {Frequency.FORTNIGHTLY: 14, Frequency.WEEKLY: 7}
_MONTH_DAYS: Final = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def days_in_month(year: int, month: int) -> int:
    """The number of days in ``month`` (1-12) of ``year``, leap years included."""
    if month == 2 and year % 4 == 0 and (year % 100 != 0 or year % 400 == 0):
        return 29
    return _MONTH_DAYS[month - 1]


# Cached: a day's offers all count from the same few dates, and a date is a cheap key.
@lru_cache(maxsize=8192)
def add_months(day: date, months: int) -> date:
    """``day`` moved by ``months`` calendar months, clamped to the end of the target month.

    ``add_months(date(2027, 1, 31), 1)`` is 28 February 2027; ``months`` may be negative.
    """
    index = day.year * 12 + day.month - 1 + months
    year, month0 = divmod(index, 12)
    month = month0 + 1
    last = days_in_month(year, month)
    return date(year, month, day.day if day.day <= last else last)


@lru_cache(maxsize=8192)
def period_after(first: date, frequency: Frequency, periods: int) -> date:
    """The due date ``periods`` payments after ``first`` for a plan of ``frequency``."""
    if frequency is Frequency.MONTHLY:
        return add_months(first, periods)
    return first + timedelta(days=_DAYS_BETWEEN[frequency] * periods)


def due_dates(first: date, count: int, frequency: Frequency) -> tuple[date, ...]:
    """``count`` due dates of ``frequency``, the first on ``first``.

    Monthly dates are each counted from ``first`` (see the module docstring), so 31 January gives
    31 January, 28 February, 31 March.
    """
    if frequency is Frequency.MONTHLY:
        return tuple(add_months(first, i) for i in range(count))
    step = timedelta(days=_DAYS_BETWEEN[frequency])
    return tuple(first + step * i for i in range(count))


def months_between(start: date, end: date) -> int:
    """Whole calendar months from ``start`` to ``end``, rounded up (0 when ``end <= start``).

    ``months_between(date(2026, 1, 15), date(2026, 3, 15))`` is 2; one day later it is 3.
    """
    if end <= start:
        return 0
    months = (end.year - start.year) * 12 + end.month - start.month
    if add_months(start, months) < end:
        months += 1
    return months


def count_fitting(first: date, end: date, frequency: Frequency) -> int:
    """How many payments of ``frequency`` starting on ``first`` fall on or before ``end``."""
    if end < first:
        return 0
    if frequency is Frequency.MONTHLY:
        months = (end.year - first.year) * 12 + end.month - first.month
        if add_months(first, months) > end:
            months -= 1
        return months + 1
    return (end - first).days // _DAYS_BETWEEN[frequency] + 1


@lru_cache(maxsize=4096)
def days_after(day: date, days: int) -> date:
    """``day`` plus ``days`` days (cached: offers count the same few windows from the same day)."""
    return day + timedelta(days=days)
