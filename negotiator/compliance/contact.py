"""When a proactive message may go: the contact window in the debtor's zone, and the caps.

Pure functions of an instant, a time zone and the instants of earlier proactive messages. The
window is ``[earliest, latest)`` in the debtor's local time: a message at exactly ``latest`` is
late (GB/T 45251-2025: no collection contact 22:00-08:00; Reg F 12 CFR 1006.6(b)(1)(i): before
8 a.m. or after 9 p.m. is inconvenient). The day cap counts messages on the same *local* date;
the week cap counts messages in the 7 days (168 hours) before the instant.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

from negotiator.compliance.rules import ContactLimits

__all__ = ["Hold", "HoldReason", "earliest_send", "minute"]

_WEEK = timedelta(days=7)
_MAX_STEPS = 64  # each step moves forward by at least a day's opening or a message's expiry


class HoldReason(StrEnum):
    """Why a proactive message has to wait."""

    OUTSIDE_WINDOW = "outside_window"
    DAY_CAP = "day_cap"
    WEEK_CAP = "week_cap"


@dataclass(frozen=True, slots=True)
class Hold:
    """A proactive message must wait.

    Attributes:
        not_before: The earliest instant it may go, in the debtor's time zone.
        reasons: Every reason it waited for, in the order they were met.
        detail: One sentence for the explanation (local times and counts).
    """

    not_before: datetime
    reasons: tuple[HoldReason, ...]
    detail: str


def earliest_send(
    now: datetime, zone: ZoneInfo, limits: ContactLimits, sent: Sequence[datetime]
) -> Hold | None:
    """When a proactive message may go, or ``None`` when it may go now.

    Args:
        now: The current instant (timezone-aware, from the injected clock).
        zone: The debtor's time zone.
        limits: The contact window and caps in force (the stricter of pack and policy).
        sent: Instants of earlier proactive messages to this debtor.
    """
    candidate = now.astimezone(zone)
    earlier = sorted(instant.astimezone(UTC) for instant in sent)  # UTC: exact arithmetic
    reasons: list[HoldReason] = []
    details: list[str] = []
    for _ in range(_MAX_STEPS):
        moved = _step(candidate, zone, limits, earlier)
        if moved is None:
            break
        candidate, reason, detail = moved
        if reason not in reasons:
            reasons.append(reason)
            details.append(detail)
    if not reasons:
        return None
    return Hold(candidate, tuple(reasons), "; ".join(details))


def _step(
    local: datetime, zone: ZoneInfo, limits: ContactLimits, sent: Sequence[datetime]
) -> tuple[datetime, HoldReason, str] | None:
    """The next candidate instant after one unmet condition, or ``None`` if all are met.

    ``local`` is the candidate in the debtor's zone; ``sent`` is in UTC, oldest first.
    """
    wall = local.time()
    if wall < limits.earliest:
        opening = _opening(local, zone, limits, days=0)
        detail = f"{_clock(local)} local is before {_window(limits)}"
        return opening, HoldReason.OUTSIDE_WINDOW, detail
    if wall >= limits.latest:
        opening = _opening(local, zone, limits, days=1)
        detail = f"{_clock(local)} local is after {_window(limits)}"
        return opening, HoldReason.OUTSIDE_WINDOW, detail
    if not sent:
        return None
    # The local day as two UTC instants: no time-zone conversion per earlier message, and the
    # messages on it are a slice of the sorted list, found by bisection.
    day_start = datetime.combine(local.date(), time(0), tzinfo=zone).astimezone(UTC)
    day_end = datetime.combine(local.date() + timedelta(days=1), time(0), tzinfo=zone)
    day_end = day_end.astimezone(UTC)
    today = bisect_left(sent, day_end) - bisect_left(sent, day_start)
    if today >= limits.max_per_day:
        opening = _opening(local, zone, limits, days=1)
        detail = (
            f"{today} proactive message(s) already on {local.date().isoformat()} "
            f"(cap {limits.max_per_day})"
        )
        return opening, HoldReason.DAY_CAP, detail
    # The week is 168 real hours: reckoned in UTC, where a DST change moves no clock.
    instant = local.astimezone(UTC)
    last = bisect_right(sent, instant)
    recent = last - bisect_right(sent, instant - _WEEK)  # in (instant - 7 days, instant]
    if recent >= limits.max_per_week:
        # The week frees a slot when the oldest message that must drop out turns 7 days old.
        expiry = sent[last - limits.max_per_week] + _WEEK + timedelta(seconds=1)
        detail = f"{recent} proactive message(s) in the last 7 days (cap {limits.max_per_week})"
        return expiry.astimezone(zone), HoldReason.WEEK_CAP, detail
    return None


def minute(instant: datetime) -> str:
    """``2026-11-22 08:00``: an instant as the explanation shows it, in its own time zone.

    Written out: ``strftime`` takes about 2 µs, three times as long, and a deferred message
    shows up to three instants or days (the hold's detail and when it may go).
    """
    return f"{instant.date().isoformat()} {_clock(instant)}"


def _clock(moment: datetime | time) -> str:
    """``08:00`` (``%H:%M``, written out: see :func:`minute`)."""
    return f"{moment.hour:02d}:{moment.minute:02d}"


def _window(limits: ContactLimits) -> str:
    """The window as the explanation shows it; formatted only for a message outside it."""
    return f"{_clock(limits.earliest)}-{_clock(limits.latest)}"


def _opening(local: datetime, zone: ZoneInfo, limits: ContactLimits, days: int) -> datetime:
    """The start of the window ``days`` local days after ``local``'s date."""
    day = local.date() + timedelta(days=days)
    # Wall-clock arithmetic in the zone: 08:00 stays 08:00 across a DST change.
    return datetime.combine(day, limits.earliest, tzinfo=zone)
