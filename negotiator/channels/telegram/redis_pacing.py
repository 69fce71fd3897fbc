"""Telegram's sending limits shared through Redis by every process sending for one bot.

Several webhook workers each run an outbox sender; Telegram counts the bot's messages, not each
worker's. :class:`RedisPacer` keeps the same sliding windows as
:class:`~negotiator.channels.telegram.pacing.MemoryPacer` (the bot's last second, a group's
last minute, a private chat's last message) in Redis, and checks and books a message in one Lua
script, which Redis runs atomically: N workers together stay under the limits.

The time is the injected clock's, passed to the script (so tests run it on a fake clock). The
workers' clocks should agree to well under a second (NTP); a worker whose clock runs behind
waits longer, never sends more.
"""

from __future__ import annotations

import secrets
from typing import Final

from redis.asyncio import Redis

from negotiator.channels.telegram.pacing import SendLimits
from negotiator.domain.clock import Clock

__all__ = ["RedisPacer"]

# KEYS[1]: the bot's sends of the last second (a sorted set, scored by time in ms).
# KEYS[2]: a group's sends of the last minute (a sorted set), or a private chat's last send.
# ARGV: now (ms), per bot, per chat (ms), per group, 1 for a group, a unique member.
# Returns 0 after booking the send, else the milliseconds to wait (nothing booked).
_RESERVE: Final = """
local now = tonumber(ARGV[1])
local per_bot = tonumber(ARGV[2])
local per_chat = tonumber(ARGV[3])
local per_group = tonumber(ARGV[4])
local group = ARGV[5] == '1'
local ready = now

local function oldest_to_expire(key, window, limit)
  redis.call('ZREMRANGEBYSCORE', key, '-inf', now - window)
  local count = redis.call('ZCARD', key)
  if count < limit then return now end
  local entry = redis.call('ZRANGE', key, count - limit, count - limit, 'WITHSCORES')
  return tonumber(entry[2]) + window
end

ready = math.max(ready, oldest_to_expire(KEYS[1], 1000, per_bot))
if group then
  ready = math.max(ready, oldest_to_expire(KEYS[2], 60000, per_group))
else
  local last = redis.call('GET', KEYS[2])
  if last then ready = math.max(ready, tonumber(last) + per_chat) end
end
if ready > now then return ready - now end

-- The keys outlive their windows generously: the clock passed in may be a test's, slower
-- than Redis's own, and an entry expiring early would let one message too many through.
redis.call('ZADD', KEYS[1], now, ARGV[6])
redis.call('PEXPIRE', KEYS[1], 60000)
if group then
  redis.call('ZADD', KEYS[2], now, ARGV[6])
  redis.call('PEXPIRE', KEYS[2], 120000)
else
  redis.call('SET', KEYS[2], now, 'PX', per_chat + 60000)
end
return 0
"""


class RedisPacer:
    """The limits of one bot, shared by every process through Redis.

    Args:
        redis: The client (``redis.asyncio``); :meth:`aclose` closes it.
        clock: The clock.
        limits: The limits to keep.
        namespace: Names the bot in the keys, so bots sharing a Redis do not share limits.
    """

    def __init__(
        self,
        redis: Redis,
        clock: Clock,
        limits: SendLimits | None = None,
        namespace: str = "negotiator",
    ) -> None:
        self.redis = redis
        self.clock = clock
        self.limits = limits or SendLimits()
        # One hash tag for all of a bot's keys: on a Redis Cluster the script's keys must
        # live in one slot.
        self._prefix = f"{{{namespace}}}:pacing"
        self._reserve = redis.register_script(_RESERVE)

    @classmethod
    def from_url(
        cls,
        url: str,
        clock: Clock,
        limits: SendLimits | None = None,
        namespace: str = "negotiator",
    ) -> RedisPacer:
        """A pacer with a client of its own for ``url`` (``redis://host:6379/0``)."""
        return cls(Redis.from_url(url), clock, limits, namespace)

    async def reserve(self, chat_id: int) -> float:
        """Book a message to ``chat_id`` now, or say how long to wait (see
        :class:`~negotiator.channels.telegram.pacing.Pacer`).

        Raises:
            redis.exceptions.RedisError: Redis cannot be reached; the sender's round fails and
                is tried again, so nothing goes out unpaced.
        """
        now_ms = round(self.clock.now().timestamp() * 1000)
        limits = self.limits
        wait_ms = await self._reserve(
            keys=[f"{self._prefix}:bot", f"{self._prefix}:chat:{chat_id}"],
            args=[
                now_ms,
                limits.per_bot,
                round(limits.per_chat.total_seconds() * 1000),
                limits.per_group,
                int(chat_id < 0),
                f"{now_ms}:{secrets.token_hex(8)}",  # members of a sorted set must differ
            ],
        )
        return int(wait_ms) / 1000

    async def aclose(self) -> None:
        """Close the Redis client."""
        await self.redis.aclose()
