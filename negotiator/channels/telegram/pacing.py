"""Telegram's sending limits, kept before a call is made rather than learned from a 429.

Telegram allows a bot about one message a second in a chat, about 30 messages a second over all
chats, and about 20 messages a minute in a group. A :class:`Pacer` remembers when the last calls
went and either books the next call to a chat or says how long to wait for it; a 429 that
still comes (a stricter day at Telegram) is honoured by the sender as before. Time comes from
the injected clock, so tests and benchmarks run on virtual time.

:class:`MemoryPacer` keeps the limits for one process. Several processes sending for the same
bot share one :class:`~negotiator.channels.telegram.redis_pacing.RedisPacer` instead (set
``NEGOTIATOR_REDIS_URL``), or together they would send as much as each alone may.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Protocol

from negotiator.domain.clock import Clock

__all__ = ["MemoryPacer", "Pacer", "SendLimits", "create_pacer"]


@dataclass(frozen=True, slots=True)
class SendLimits:
    """The limits to keep (Telegram's published ones by default).

    Attributes:
        per_chat: Least time between two messages to one private chat.
        per_bot: Most messages a second over all chats.
        per_group: Most messages a minute to one group (a negative chat id).
    """

    per_chat: timedelta = timedelta(seconds=1)
    per_bot: int = 30
    per_group: int = 20


class Pacer(Protocol):
    """Books calls within the limits (:class:`MemoryPacer`, or ``RedisPacer`` for several
    processes)."""

    async def reserve(self, chat_id: int) -> float:
        """Book a message to ``chat_id`` now if every limit allows it and return 0; otherwise
        book nothing and return the seconds to wait.

        Checking and booking are one step, so two senders can never both take the last slot.
        """
        ...

    async def aclose(self) -> None:
        """Let go of what it holds (a connection)."""
        ...


class MemoryPacer:
    """The limits of one process, kept in memory.

    Args:
        clock: The clock.
        limits: The limits to keep.
    """

    def __init__(self, clock: Clock, limits: SendLimits | None = None) -> None:
        self.clock = clock
        self.limits = limits or SendLimits()
        self._bot: deque[datetime] = deque()
        self._chats: dict[int, datetime] = {}
        self._groups: dict[int, deque[datetime]] = {}

    async def reserve(self, chat_id: int) -> float:
        """Book a message to ``chat_id`` now, or say how long to wait (see :class:`Pacer`)."""
        wait = self.wait(chat_id)  # no await in between: one step for every task of the loop
        if wait == 0:
            self.sent(chat_id)
        return wait

    async def aclose(self) -> None:
        """Nothing to let go of."""

    def wait(self, chat_id: int) -> float:
        """Seconds to wait before a message to ``chat_id`` keeps every limit (0 if none)."""
        now = self.clock.now()
        ready = now
        second, minute = timedelta(seconds=1), timedelta(minutes=1)
        bot = self._window(self._bot, now - second)
        if len(bot) >= self.limits.per_bot:
            ready = max(ready, bot[len(bot) - self.limits.per_bot] + second)
        if chat_id < 0:
            group = self._window(self._groups.get(chat_id, deque()), now - minute)
            if len(group) >= self.limits.per_group:
                ready = max(ready, group[len(group) - self.limits.per_group] + minute)
        else:
            last = self._chats.get(chat_id)
            if last is not None:
                ready = max(ready, last + self.limits.per_chat)
        return max(0.0, (ready - now).total_seconds())

    def sent(self, chat_id: int) -> None:
        """Note that a message went to ``chat_id`` now."""
        now = self.clock.now()
        self._bot.append(now)
        if chat_id < 0:
            self._groups.setdefault(chat_id, deque()).append(now)
        else:
            self._chats[chat_id] = now
            if len(self._chats) > 100_000:  # forget chats quiet for longer than the limit
                horizon = now - self.limits.per_chat
                self._chats = {c: t for c, t in self._chats.items() if t > horizon}

    @staticmethod
    def _window(times: deque[datetime], since: datetime) -> deque[datetime]:
        while times and times[0] <= since:
            times.popleft()
        return times


def create_pacer(
    clock: Clock, redis_url: str | None = None, namespace: str = "negotiator"
) -> Pacer:
    """The pacer for the settings: shared through Redis when ``redis_url`` is set
    (``NEGOTIATOR_REDIS_URL``), else this process's own.

    Args:
        clock: The clock.
        redis_url: The Redis of every process sending for the bot, if there are several.
        namespace: Names the bot in Redis (bots sharing a Redis keep their limits apart).
    """
    if redis_url is None:
        return MemoryPacer(clock)
    # Imported here: a single-process installation needs no Redis client loaded.
    from negotiator.channels.telegram.redis_pacing import RedisPacer

    return RedisPacer.from_url(redis_url, clock, namespace=namespace)
