"""Calendar arithmetic for schedules: month ends clamp, monthly dates never drift."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from negotiator.domain.calendar import (
    add_months,
    count_fitting,
    days_in_month,
    due_dates,
    months_between,
    period_after,
)
from negotiator.domain.policy import Frequency


def test_the_31st_of_january_plus_one_month_is_the_last_day_of_february() -> None:
    assert add_months(date(2027, 1, 31), 1) == date(2027, 2, 28)
    assert add_months(date(2028, 1, 31), 1) == date(2028, 2, 29)


def test_adding_months_crosses_years_both_ways() -> None:
    assert add_months(date(2026, 11, 30), 3) == date(2027, 2, 28)
    assert add_months(date(2027, 3, 31), -1) == date(2027, 2, 28)
    assert add_months(date(2026, 12, 15), 13) == date(2028, 1, 15)


def test_century_years_are_leap_only_every_four_hundred() -> None:
    assert days_in_month(2100, 2) == 28
    assert days_in_month(2000, 2) == 29


def test_monthly_due_dates_count_from_the_first_and_do_not_drift_to_the_28th() -> None:
    dates = due_dates(date(2027, 1, 31), 4, Frequency.MONTHLY)
    assert dates == (date(2027, 1, 31), date(2027, 2, 28), date(2027, 3, 31), date(2027, 4, 30))


def test_weekly_and_fortnightly_due_dates_step_by_seven_and_fourteen_days() -> None:
    start = date(2026, 12, 28)
    assert due_dates(start, 3, Frequency.WEEKLY) == (
        date(2026, 12, 28),
        date(2027, 1, 4),
        date(2027, 1, 11),
    )
    assert due_dates(start, 2, Frequency.FORTNIGHTLY) == (date(2026, 12, 28), date(2027, 1, 11))
    assert period_after(start, Frequency.FORTNIGHTLY, 3) == date(2027, 2, 8)


def test_months_between_rounds_up_partial_months() -> None:
    assert months_between(date(2026, 1, 15), date(2026, 3, 15)) == 2
    assert months_between(date(2026, 1, 15), date(2026, 3, 16)) == 3
    assert months_between(date(2026, 1, 31), date(2026, 2, 28)) == 1
    assert months_between(date(2026, 3, 1), date(2026, 3, 1)) == 0


def test_count_fitting_counts_payments_on_or_before_the_end() -> None:
    first, end = date(2026, 11, 23), date(2028, 11, 22)
    assert count_fitting(first, end, Frequency.MONTHLY) == 24
    assert count_fitting(first, date(2028, 11, 23), Frequency.MONTHLY) == 25
    assert count_fitting(first, date(2026, 11, 22), Frequency.MONTHLY) == 0
    assert count_fitting(date(2027, 1, 31), date(2027, 2, 28), Frequency.MONTHLY) == 2
    assert count_fitting(first, first + timedelta(days=20), Frequency.WEEKLY) == 3


days = st.dates(min_value=date(2000, 1, 1), max_value=date(2099, 12, 31))
frequencies = st.sampled_from(list(Frequency))


@given(days, st.integers(min_value=-240, max_value=240))
def test_add_months_lands_in_the_right_month_on_the_same_day_or_the_month_end(
    day: date, months: int
) -> None:
    moved = add_months(day, months)
    assert moved.year * 12 + moved.month == day.year * 12 + day.month + months
    assert moved.day == min(day.day, days_in_month(moved.year, moved.month))


@given(days, st.integers(min_value=1, max_value=60), frequencies)
def test_due_dates_agree_with_period_after_and_count_fitting(
    first: date, count: int, frequency: Frequency
) -> None:
    dates = due_dates(first, count, frequency)
    assert dates == tuple(period_after(first, frequency, i) for i in range(count))
    assert list(dates) == sorted(dates)
    assert count_fitting(first, dates[-1], frequency) == count
    assert count_fitting(first, dates[-1] - timedelta(days=1), frequency) == count - 1


@given(days, days)
def test_months_between_is_the_fewest_months_that_reach_the_end(start: date, end: date) -> None:
    months = months_between(start, end)
    assert add_months(start, months) >= end
    if months > 0:
        assert add_months(start, months - 1) < end
