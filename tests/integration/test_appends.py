"""Append-only rows held back and written together (negotiator.storage.appends), on every engine.

What a unit of work records — messages, audit events, outbox calls — goes in one INSERT per
table, yet every read sees it, a rollback drops it, and the audit chain stays in order.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any

import pytest
from sqlalchemy import event
from sqlalchemy.ext.asyncio import AsyncEngine, async_sessionmaker

from negotiator.storage.appends import AppendingSession, appends
from negotiator.storage.engine import create_session_factory
from tests.integration.test_repositories import uow_for

NOW = datetime(2026, 11, 22, 10, 0, tzinfo=UTC)


@contextmanager
def inserts(engine: AsyncEngine) -> Iterator[Counter[str]]:
    """Count the INSERT statements sent to the driver, by table."""
    counted: Counter[str] = Counter()

    def count(_conn: Any, _cursor: Any, statement: str, *_: Any) -> None:
        if statement.startswith("INSERT INTO"):
            counted[statement.split()[2]] += 1

    event.listen(engine.sync_engine, "before_cursor_execute", count)
    try:
        yield counted
    finally:
        event.remove(engine.sync_engine, "before_cursor_execute", count)


async def a_conversation(engine: AsyncEngine) -> int:
    async with uow_for(engine) as uow:
        started = await uow.conversations.start("telegram", 7, "opening", "en", NOW)
        await uow.commit()
    return started.id


async def test_a_units_records_go_in_one_insert_per_table(engine: AsyncEngine) -> None:
    conversation = await a_conversation(engine)
    with inserts(engine) as counted:
        async with uow_for(engine) as uow:
            for number in range(3):
                await uow.conversations.add_message(conversation, "out", "bot", f"m{number}", NOW)
                await uow.audit.append("message.checked", f"conversation:{conversation}", {}, NOW)
                await uow.outbox.enqueue(7, "sendMessage", {"text": f"m{number}"}, NOW)
            await uow.commit()
    assert counted == {"messages": 1, "audit_events": 1, "outbox": 1}
    async with uow_for(engine) as uow:
        texts = [m["text"] for m in await uow.conversations.messages(conversation)]
        due = [m.payload["text"] for m in await uow.outbox.due(NOW)]
        chain = await uow.audit.verify()
        events = await uow.audit.events()
    assert texts == ["m0", "m1", "m2"]
    assert due == ["m0", "m1", "m2"]  # in the order queued
    assert chain.ok
    assert chain.events == 3
    assert [e.seq for e in events] == sorted(e.seq for e in events)  # the chain's order


async def test_a_read_in_the_same_unit_sees_what_it_recorded(engine: AsyncEngine) -> None:
    conversation = await a_conversation(engine)
    async with uow_for(engine) as uow:
        await uow.conversations.add_message(conversation, "in", "debtor", "hello", NOW)
        await uow.outbox.enqueue(7, "sendMessage", {"text": "hi"}, NOW)
        await uow.audit.append("message.checked", f"conversation:{conversation}", {}, NOW)
        assert [m["text"] for m in await uow.conversations.messages(conversation)] == ["hello"]
        assert [m.payload["text"] for m in await uow.outbox.due(NOW)] == ["hi"]
        assert [e.kind for e in await uow.audit.events()] == ["message.checked"]
        await uow.commit()


async def test_a_rollback_drops_what_was_held_back(engine: AsyncEngine) -> None:
    conversation = await a_conversation(engine)
    async with uow_for(engine) as uow:
        await uow.conversations.add_message(conversation, "in", "debtor", "lost", NOW)
        await uow.audit.append("message.checked", f"conversation:{conversation}", {}, NOW)
        await uow.outbox.enqueue(7, "sendMessage", {"text": "lost"}, NOW)
        # leaves without commit: rolled back
    async with uow_for(engine) as uow:
        await uow.audit.append("later", "s", {}, NOW)
        await uow.commit()
    async with uow_for(engine) as uow:
        assert await uow.conversations.messages(conversation) == []
        assert await uow.outbox.due(NOW) == []
        assert [e.kind for e in await uow.audit.events()] == ["later"]
        assert (await uow.audit.verify()).ok


async def test_a_second_transaction_continues_the_chain_after_the_first(
    engine: AsyncEngine,
) -> None:
    for kind in ("first", "second"):
        async with uow_for(engine) as uow:
            await uow.audit.append(kind, "s", {}, NOW)
            await uow.audit.append(kind + ".again", "s", {}, NOW)
            await uow.commit()
    async with uow_for(engine) as uow:
        events = await uow.audit.events()
        assert [e.kind for e in events] == ["first", "first.again", "second", "second.again"]
        assert (await uow.audit.verify()).ok


async def test_only_the_bots_sessions_hold_rows_back(engine: AsyncEngine) -> None:
    session = create_session_factory(engine)()
    assert isinstance(session.sync_session, AppendingSession)
    assert appends(session) is appends(session)  # one buffer per session
    await session.close()
    plain = async_sessionmaker(engine)()
    with pytest.raises(TypeError, match="AppendingSession"):
        appends(plain)
    await plain.close()
