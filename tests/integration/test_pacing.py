"""Telegram's sending limits, kept by every pacer alike, and by several processes through Redis.

One contract class runs against the in-memory pacer and the Redis one (when
``NEGOTIATOR_TEST_REDIS_URL`` names a server). Time is the test's clock, which only moves when
a test moves it: the Lua script takes the time as an argument, so the figures below are exact.
"""

from __future__ import annotations

import asyncio
import uuid
from datetime import timedelta

import pytest

from negotiator.channels.telegram.pacing import MemoryPacer, Pacer, create_pacer
from negotiator.channels.telegram.redis_pacing import RedisPacer
from negotiator.domain.clock import FixedClock
from tests.integration.workers import MakePacer


@pytest.fixture(params=["memory", "redis"])
def pacer(request: pytest.FixtureRequest, clock: FixedClock) -> Pacer:
    """A pacer of each kind."""
    if request.param == "memory":
        return MemoryPacer(clock)
    make: MakePacer = request.getfixturevalue("redis_pacers")
    return make()


async def booked(pacer: Pacer, chats: range) -> int:
    """How many of one message to each of ``chats`` the pacer lets go now."""
    return sum([await pacer.reserve(chat) == 0 for chat in chats])


class TestPacerContract:
    """Every pacer keeps Telegram's limits the same way."""

    async def test_a_private_chat_gets_one_message_a_second(
        self, pacer: Pacer, clock: FixedClock
    ) -> None:
        assert await pacer.reserve(777) == 0
        assert await pacer.reserve(777) == pytest.approx(1.0, abs=0.001)
        clock.advance(timedelta(milliseconds=400))
        assert await pacer.reserve(777) == pytest.approx(0.6, abs=0.001)
        assert await pacer.reserve(778) == 0  # another chat is not held up
        clock.advance(timedelta(milliseconds=600))
        assert await pacer.reserve(777) == 0

    async def test_the_bot_sends_at_most_thirty_a_second_over_all_chats(
        self, pacer: Pacer, clock: FixedClock
    ) -> None:
        assert await booked(pacer, range(1, 41)) == 30
        clock.advance(timedelta(milliseconds=999))
        assert await pacer.reserve(100) == pytest.approx(0.001, abs=0.0005)
        clock.advance(timedelta(milliseconds=1))
        assert await booked(pacer, range(101, 141)) == 30  # the window moved on whole

    async def test_a_group_gets_twenty_messages_a_minute(
        self, pacer: Pacer, clock: FixedClock
    ) -> None:
        group = -1001234567890
        for _ in range(20):
            assert await pacer.reserve(group) == 0
            clock.advance(timedelta(seconds=1))
        assert await pacer.reserve(group) == pytest.approx(40.0, abs=0.001)  # the first + 60 s
        clock.advance(timedelta(seconds=40))
        assert await pacer.reserve(group) == 0

    async def test_a_message_held_back_books_nothing(self, pacer: Pacer, clock: FixedClock) -> None:
        assert await pacer.reserve(777) == 0
        for _ in range(5):  # asking again and again does not push the chat's turn back
            assert await pacer.reserve(777) == pytest.approx(1.0, abs=0.001)
        assert await booked(pacer, range(1, 100)) == 29  # nor use up the bot's messages


async def test_two_redis_pacers_let_thirty_of_many_simultaneous_messages_through(
    redis_pacers: MakePacer,
) -> None:
    first, second = redis_pacers(), redis_pacers()
    asks = [(first if chat % 2 else second).reserve(chat) for chat in range(1, 201)]
    waits = await asyncio.gather(*asks)  # interleaved on the wire: only atomic booking holds
    assert sum(wait == 0 for wait in waits) == 30


async def test_two_redis_pacers_give_a_chat_one_message_a_second_between_them(
    redis_pacers: MakePacer, clock: FixedClock
) -> None:
    first, second = redis_pacers(), redis_pacers()
    assert await first.reserve(777) == 0
    assert await second.reserve(777) == pytest.approx(1.0, abs=0.001)
    clock.advance(timedelta(seconds=1))
    assert await second.reserve(777) == 0
    assert await first.reserve(777) > 0


async def senders_at_full_speed(
    pacers: list[Pacer], clock: FixedClock, seconds: int
) -> list[float]:
    """Each pacer's sender sends to fresh chats as fast as it is let for ``seconds`` of the
    test's time (10 ms steps); when each message went, in seconds from the start."""
    chats = iter(range(1, 1_000_000))
    sent: list[float] = []

    async def send_while_allowed(pacer: Pacer, at: float) -> None:
        while await pacer.reserve(next(chats)) == 0:
            sent.append(at)

    for step in range(seconds * 100):
        await asyncio.gather(*(send_while_allowed(p, step / 100) for p in pacers))
        clock.advance(timedelta(milliseconds=10))
    return sent


def busiest_second(times: list[float]) -> int:
    """The most messages in any one second (a window opening at each message)."""
    times = sorted(times)
    return max(sum(t <= s < t + 1 for s in times) for t in times)


async def test_two_redis_pacers_together_keep_the_bots_thirty_a_second_and_use_it(
    redis_pacers: MakePacer, clock: FixedClock
) -> None:
    sent = await senders_at_full_speed([redis_pacers(), redis_pacers()], clock, seconds=5)
    assert busiest_second(sent) == 30
    assert len(sent) >= 0.9 * 30 * 5


async def test_two_pacers_in_memory_would_together_send_twice_what_telegram_allows(
    clock: FixedClock,
) -> None:
    # Why several processes need the Redis pacer: each in-memory one sees only its own sends.
    sent = await senders_at_full_speed([MemoryPacer(clock), MemoryPacer(clock)], clock, seconds=2)
    assert busiest_second(sent) == 60


async def test_the_settings_choose_redis_only_when_a_url_is_given(
    redis_url: str, clock: FixedClock
) -> None:
    assert isinstance(create_pacer(clock), MemoryPacer)
    shared = create_pacer(clock, redis_url, namespace=f"negotiator-test-{uuid.uuid4().hex}")
    assert isinstance(shared, RedisPacer)
    await shared.aclose()
