"""What keeps worker processes apart in the storage layer, on every engine (SQLite, and
PostgreSQL when ``NEGOTIATOR_TEST_POSTGRES_URL`` is set): the debtor's lock, and the outbox's
claims."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy.ext.asyncio import AsyncEngine

from negotiator.storage.locks import advisory_key
from tests.integration.test_repositories import uow_for
from tests.outbox_rows import last_queued

NOW = datetime(2026, 11, 22, 10, 0, tzinfo=UTC)
LEASE = NOW + timedelta(minutes=5)
SECOND = timedelta(seconds=1)


class TestDebtorLock:
    """One unit of work at a time per debtor."""

    async def test_a_debtor_locked_by_one_unit_of_work_waits_for_it_to_end(
        self, engine: AsyncEngine
    ) -> None:
        events: list[str] = []
        locked = asyncio.Event()

        async def first() -> None:
            async with uow_for(engine) as uow:
                await uow.conversations.lock("telegram", 777)
                await uow.conversations.for_chat("telegram", 777)  # as a use case goes on
                locked.set()
                await asyncio.sleep(0.2)
                events.append("first ends")
                await uow.commit()

        async def second() -> None:
            await locked.wait()
            async with uow_for(engine) as uow:
                await uow.conversations.lock("telegram", 777)
                await uow.conversations.for_chat("telegram", 777)
                events.append("second goes on")
                await uow.commit()

        await asyncio.gather(first(), second())
        assert events == ["first ends", "second goes on"]

    async def test_another_debtor_is_not_held_up_on_postgresql(self, engine: AsyncEngine) -> None:
        if engine.dialect.name != "postgresql":
            pytest.skip("SQLite has one writer at a time whatever the debtor")
        async with uow_for(engine) as holder:
            await holder.conversations.lock("telegram", 777)
            async with uow_for(engine) as other:
                await asyncio.wait_for(other.conversations.lock("telegram", 778), 5)
                await asyncio.wait_for(other.conversations.lock_account("US-200001", "telegram"), 5)

    def test_lock_keys_are_the_same_in_every_process_and_release(self) -> None:
        # Workers of different versions may run side by side during a rolling deploy.
        assert advisory_key("conversation", "telegram", 777) == -4352343242103312603
        assert advisory_key("conversation", "telegram", 778) != advisory_key(
            "conversation", "terminal", 778
        )


class TestOutboxClaims:
    """A chat's messages are claimed one at a time, each once, and never before their time."""

    async def test_a_chats_messages_are_claimed_one_at_a_time_in_order(
        self, engine: AsyncEngine
    ) -> None:
        async with uow_for(engine) as uow:
            await uow.outbox.enqueue(5, "sendMessage", {"text": "a"}, NOW)
            a = await last_queued(uow)
            await uow.outbox.enqueue(5, "sendMessage", {"text": "b"}, NOW)
            b = await last_queued(uow)
            await uow.outbox.enqueue(6, "sendMessage", {"text": "other"}, NOW)
            other = await last_queued(uow)
            await uow.commit()
        async with uow_for(engine) as uow:
            assert not await uow.outbox.claim(b, 5, NOW, LEASE)  # "a" is due before it
            assert await uow.outbox.claim(other, 6, NOW, LEASE)  # other chats go on
            assert await uow.outbox.claim(a, 5, NOW, LEASE)
            assert not await uow.outbox.claim(a, 5, NOW, LEASE)  # once
            assert not await uow.outbox.claim(b, 5, NOW, LEASE)  # "a" is on its way
            await uow.outbox.retry_later(a, NOW + SECOND, "429: retry after 1")
            assert not await uow.outbox.claim(a, 5, NOW, LEASE)  # put off by the 429
            assert not await uow.outbox.claim(b, 5, NOW, LEASE)  # and still first
            assert await uow.outbox.claim(a, 5, NOW + SECOND, LEASE)
            assert await uow.outbox.mark_sent(a, NOW + SECOND, 1)
            assert await uow.outbox.claim(b, 5, NOW + SECOND, LEASE)
            await uow.commit()

    async def test_a_message_scheduled_for_later_does_not_hold_back_replies(
        self, engine: AsyncEngine
    ) -> None:
        async with uow_for(engine) as uow:
            await uow.outbox.enqueue(
                5, "sendMessage", {"text": "reminder"}, NOW, not_before=NOW + timedelta(hours=9)
            )
            await uow.outbox.enqueue(5, "sendMessage", {"text": "reply"}, NOW)
            reply = await last_queued(uow)
            assert await uow.outbox.claim(reply, 5, NOW, LEASE)

    async def test_a_claim_in_doubt_is_taken_over_only_once_it_ran_out(
        self, engine: AsyncEngine
    ) -> None:
        async with uow_for(engine) as uow:
            await uow.outbox.enqueue(7, "sendMessage", {"text": "x"}, NOW)
            row = await last_queued(uow)
            assert await uow.outbox.claim(row, 7, NOW, LEASE)
            assert not await uow.outbox.take_over(row, NOW + SECOND, LEASE + SECOND)  # live
            assert await uow.outbox.take_over(row, LEASE, LEASE + timedelta(minutes=5))  # ran out
            assert not await uow.outbox.take_over(row, LEASE, LEASE + SECOND)  # taken
            assert await uow.outbox.take_over(row, None, LEASE + SECOND)  # at start-up: any
            assert await uow.outbox.mark_sent(row, LEASE, 9)
            assert not await uow.outbox.take_over(row, None, LEASE + SECOND)  # not in doubt
            await uow.outbox.retry_later(row, LEASE, "a late answer")  # of a sender too slow
            assert await uow.outbox.due(LEASE + timedelta(days=1)) == []  # stays sent
            assert await uow.outbox.in_doubt() == []
