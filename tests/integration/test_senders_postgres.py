"""Two workers' outbox senders draining one outbox on PostgreSQL, and sharing Telegram's limits.

The senders run side by side on one virtual clock that moves only when both wait
(:class:`~tests.integration.workers.SharedTime`), so their rates are exact. Skipped without
``NEGOTIATOR_TEST_POSTGRES_URL`` (and, for the shared limits, ``NEGOTIATOR_TEST_REDIS_URL``).
"""

from __future__ import annotations

import asyncio
from collections import defaultdict
from datetime import timedelta
from typing import Any

import pytest
from aiogram.methods import SendMessage, TelegramMethod

from negotiator.channels.telegram.sender import CLAIM_LEASE
from negotiator.domain.clock import FixedClock
from tests.conversations.client import Telegram
from tests.integration.workers import MakePacer, SharedTime, outbox_rows
from tests.outbox_rows import last_queued

pytestmark = pytest.mark.postgres

CHAT = 9001


class Counted:
    """A worker's bot that counts the messages its sender sends (to see both senders work)."""

    def __init__(self, worker: Telegram) -> None:
        self.bot = worker.sender.bot
        self.sent = 0
        worker.sender.bot = self  # type: ignore[assignment]

    async def __call__(self, method: TelegramMethod[Any]) -> Any:
        if isinstance(method, SendMessage):
            self.sent += 1
        return await self.bot(method)


async def queue(worker: Telegram, chats: range, per_chat: int) -> int:
    """Queue ``per_chat`` numbered messages to each chat, interleaved as real traffic is."""
    now = worker.app.clock.now()
    async with worker.app.uow() as uow:
        for number in range(per_chat):
            for chat in chats:
                await uow.outbox.enqueue(chat, "sendMessage", {"text": f"{chat}:{number}"}, now)
        await uow.commit()
    return len(chats) * per_chat


async def drain(workers: tuple[Telegram, Telegram], clock: FixedClock, expected: int) -> float:
    """Both senders send until Telegram has ``expected`` messages; the virtual seconds taken."""
    started = clock.now()
    time = SharedTime(clock, *workers)
    for _ in range(1000):
        if len(workers[0].session.sent()) >= expected:
            return (clock.now() - started).total_seconds()
        if await time.run(*(w.sender.send_due for w in workers)) == 0:
            clock.advance(timedelta(seconds=1))  # wait for the retries' time to come
    raise AssertionError("the outbox never emptied")


async def test_two_senders_send_each_message_once_and_each_chats_in_order(
    two_workers: tuple[Telegram, Telegram], clock: FixedClock
) -> None:
    one, two = two_workers
    one.session.flaky(0.10, seed=7)  # 429s and 5xx: retries put rows off and back
    counted = Counted(one), Counted(two)
    chats = range(5001, 5021)
    await drain(two_workers, clock, await queue(one, chats, per_chat=5))
    texts: dict[int, list[str]] = defaultdict(list)
    for message in one.session.sent():
        texts[int(message.chat_id)].append(message.text)
    assert texts == {chat: [f"{chat}:{n}" for n in range(5)] for chat in chats}
    assert {row["status"] for row in await outbox_rows(one.app)} == {"sent"}
    assert all(bot.sent > 0 for bot in counted)  # both senders took their share


async def test_two_senders_sharing_a_redis_pacer_keep_telegrams_limits_together(
    two_workers: tuple[Telegram, Telegram], clock: FixedClock, redis_pacers: MakePacer
) -> None:
    one, two = two_workers
    for worker in two_workers:
        worker.sender.pacer = redis_pacers()  # one bot's limits, kept in one Redis
    one.session.enforce_limits(clock)  # a send over Telegram's limits gets a 429, counted
    counted = Counted(one), Counted(two)
    expected = await queue(one, range(6001, 6301), per_chat=2)  # 600 messages to 300 chats
    elapsed = await drain(two_workers, clock, expected)
    assert one.session.violations == 0
    assert expected / elapsed >= 0.9 * 30  # and they use at least 90% of the 30 a second
    assert all(bot.sent > 0 for bot in counted)


async def claimed_then_killed(worker: Telegram, clock: FixedClock) -> None:
    """A sender claims "a" for CHAT, Telegram takes it, and the sender's process dies."""
    now = clock.now()
    async with worker.app.uow() as uow:
        await uow.outbox.enqueue(CHAT, "sendMessage", {"text": "a"}, now)
        row_a = await last_queued(uow)
        await uow.outbox.enqueue(CHAT, "sendMessage", {"text": "b"}, now)
        await uow.commit()
    async with worker.app.uow() as uow:
        assert await uow.outbox.claim(row_a, CHAT, now, now + CLAIM_LEASE)
        await uow.commit()
    await worker.bot(SendMessage(chat_id=CHAT, text="a"))


def probes(worker: Telegram) -> int:
    return sum(call.name == "editMessageText" for call in worker.session.calls)


async def test_a_starting_sender_leaves_another_senders_claim_alone_until_it_runs_out(
    two_workers: tuple[Telegram, Telegram], clock: FixedClock
) -> None:
    one, two = two_workers
    await claimed_then_killed(one, clock)
    assert await two.sender.settle() == 0  # what a worker starting next to others does
    assert await two.sender.send_due() == 0  # nor does anything overtake "a"
    assert probes(two) == 0
    assert [row["status"] for row in await outbox_rows(two.app)] == ["sending", "pending"]
    clock.advance(CLAIM_LEASE)
    assert await two.sender.settle() == 1
    await two.sender.send_due()
    assert [m.text for m in two.session.sent(CHAT)] == ["a", "b"]  # "a" not sent again


async def test_a_claim_that_ran_out_is_settled_by_one_sender_only(
    two_workers: tuple[Telegram, Telegram], clock: FixedClock
) -> None:
    one, two = two_workers
    await claimed_then_killed(one, clock)
    # Both workers are up and connected (a first connection would hand one a head start).
    assert await asyncio.gather(one.sender.send_due(), two.sender.send_due()) == [0, 0]
    clock.advance(CLAIM_LEASE)
    settled = await asyncio.gather(one.sender.settle(), two.sender.settle())
    assert sorted(settled) == [0, 1]
    assert probes(one) == 1  # one sender asked Telegram; the other left it to it
    await asyncio.gather(one.sender.send_due(), two.sender.send_due())
    assert [m.text for m in one.session.sent(CHAT)] == ["a", "b"]
