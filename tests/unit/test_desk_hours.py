"""When the agents' desk answers, and how long a case has waited in its working hours."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest
from pydantic import ValidationError

from negotiator.domain.desk_hours import is_open, next_opening, working_minutes
from negotiator.domain.policy import AgentDesk

SHANGHAI = ZoneInfo("Asia/Shanghai")
WEEKDAYS = AgentDesk(days=("mon", "tue", "wed", "thu", "fri"), opens="09:00", closes="18:00")


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=SHANGHAI)


def test_open_inside_its_hours_on_its_days_only() -> None:
    assert is_open(WEEKDAYS, SHANGHAI, at("2026-11-23 09:00"))  # a Monday
    assert not is_open(WEEKDAYS, SHANGHAI, at("2026-11-23 18:00"))
    assert not is_open(WEEKDAYS, SHANGHAI, at("2026-11-22 12:00"))  # a Sunday


def test_the_next_opening_skips_closed_days_and_is_none_while_open() -> None:
    assert next_opening(WEEKDAYS, SHANGHAI, at("2026-11-23 10:00")) is None
    assert next_opening(WEEKDAYS, SHANGHAI, at("2026-11-21 23:00")) == at("2026-11-23 09:00")
    assert next_opening(WEEKDAYS, SHANGHAI, at("2026-11-23 07:30")) == at("2026-11-23 09:00")
    # Asked in another zone, the answer is the same instant.
    new_york = datetime(2026, 11, 23, 6, 0, tzinfo=ZoneInfo("America/New_York"))  # 19:00 CST
    assert next_opening(WEEKDAYS, SHANGHAI, new_york) == at("2026-11-24 09:00")


def test_waiting_counts_only_working_minutes() -> None:
    friday_evening, monday_morning = at("2026-11-27 17:30"), at("2026-11-30 09:15")
    assert working_minutes(WEEKDAYS, SHANGHAI, friday_evening, monday_morning) == 45
    assert working_minutes(WEEKDAYS, SHANGHAI, monday_morning, friday_evening) == 0
    utc = datetime(2026, 11, 30, 2, 0, tzinfo=UTC)  # 10:00 in Shanghai
    assert working_minutes(WEEKDAYS, SHANGHAI, monday_morning, utc) == 45


def test_a_desk_must_open_before_it_closes_on_some_day() -> None:
    with pytest.raises(ValidationError, match="closes"):
        AgentDesk(opens="18:00", closes="09:00")
    with pytest.raises(ValidationError, match="working day"):
        AgentDesk(days=())
