"""When the agents' desk answers: is it open now, and if not, when does it open.

The debtor handed to a person is told when to expect a reply; the service-level clock of a
waiting case only runs while the desk is open. Both come from the policy's ``agents`` section
(:class:`~negotiator.domain.policy_sections.AgentDesk`), read in the desk's own time zone.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from negotiator.domain.policy_sections import AgentDesk

__all__ = ["is_open", "next_opening", "working_minutes"]


def is_open(desk: AgentDesk, zone: ZoneInfo, now: datetime) -> bool:
    """Whether the desk answers at ``now``."""
    local = now.astimezone(zone)
    days = {day.number for day in desk.days}
    return local.weekday() in days and desk.opens <= local.time() < desk.closes


def next_opening(desk: AgentDesk, zone: ZoneInfo, now: datetime) -> datetime | None:
    """When the desk next opens, in its zone; ``None`` while it is open."""
    if is_open(desk, zone, now):
        return None
    local = now.astimezone(zone)
    days = {day.number for day in desk.days}
    for ahead in range(8):
        day = local.date() + timedelta(days=ahead)
        opening = datetime.combine(day, desk.opens, tzinfo=zone)
        if day.weekday() in days and opening > local:
            return opening
    raise AssertionError("a desk with working days opens within a week")  # pragma: no cover


def working_minutes(desk: AgentDesk, zone: ZoneInfo, since: datetime, now: datetime) -> int:
    """Whole minutes between ``since`` and ``now`` during which the desk was open.

    A case escalated at 23:00 has not waited at 09:05 the next morning for nine hours but
    for five minutes: the service level counts only the desk's hours.
    """
    if now <= since:
        return 0
    days = {day.number for day in desk.days}
    total = timedelta()
    start, end = since.astimezone(zone), now.astimezone(zone)
    day = start.date()
    while day <= end.date():
        if day.weekday() in days:
            opening = datetime.combine(day, desk.opens, tzinfo=zone)
            closing = datetime.combine(day, desk.closes, tzinfo=zone)
            overlap = min(closing, end) - max(opening, start)
            if overlap > timedelta():
                total += overlap
        day += timedelta(days=1)
    return int(total.total_seconds() // 60)
