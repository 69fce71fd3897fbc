"""The outbox sender against a fake Bot API that fails at random or enforces Telegram's limits.

Time is virtual: the test clock stands still except when the sender waits (its sleep moves the
clock) or when nothing is due yet (the test moves it), so the rates below are the sender's own,
not the machine's.
"""

from __future__ import annotations

import asyncio
from collections import defaultdict
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from aiogram.types import Update
from sqlalchemy import event
from sqlalchemy.exc import OperationalError

from negotiator.channels.telegram.bot import STRANDED_AFTER, replay_inbox
from negotiator.domain.clock import FixedClock
from tests.conversations.client import AGENTS_CHAT, Debtor, Telegram, an_app

CHATS = range(5001, 5051)
PER_CHAT = 5


async def queued(telegram: Telegram, chats: range, per_chat: int) -> int:
    """Queue ``per_chat`` numbered messages to each chat, interleaved as real traffic is."""
    now = telegram.app.clock.now()
    async with telegram.app.uow() as uow:
        for number in range(per_chat):
            for chat in chats:
                await uow.outbox.enqueue(chat, "sendMessage", {"text": f"{chat}:{number}"}, now)
        await uow.commit()
    return len(chats) * per_chat


async def deliver_all(telegram: Telegram, clock: FixedClock, expected: int) -> None:
    for _ in range(10_000):
        if len(telegram.session.sent()) >= expected:
            return
        if await telegram.sender.send_due() == 0:
            clock.advance(timedelta(seconds=1))  # wait for the retries' time to come
    raise AssertionError("the outbox never emptied")


async def test_every_message_is_delivered_once_and_in_order_despite_429s_and_5xx(
    tmp_path: Path, clock: FixedClock
) -> None:
    app = an_app(tmp_path, clock)
    await app.ensure_schema()
    telegram = Telegram(app)
    telegram.session.flaky(0.10, seed=7)
    expected = await queued(telegram, CHATS, PER_CHAT)
    await deliver_all(telegram, clock, expected)
    texts: dict[int, list[str]] = defaultdict(list)
    for message in telegram.session.sent():
        texts[int(message.chat_id)].append(message.text)
    assert sorted(texts) == list(CHATS)
    for chat, received in texts.items():
        assert received == [f"{chat}:{n}" for n in range(PER_CHAT)]  # once each, in order
    async with app.uow() as uow:
        assert await uow.outbox.due(clock.now() + timedelta(days=1)) == []
    await app.close()


async def test_a_delivery_is_recorded_with_the_next_claim_one_transaction_a_message(
    tmp_path: Path, clock: FixedClock
) -> None:
    app = an_app(tmp_path, clock)
    await app.ensure_schema()
    told: list[int] = []
    telegram = Telegram(app)
    telegram.sender.on_sent = lambda message: told.append(message.id)
    expected = await queued(telegram, range(7001, 7011), 1)
    commits = []
    event.listen(app.engine.sync_engine, "commit", lambda _connection: commits.append(1))
    assert await telegram.sender.send_due() == expected
    # Reads commit nothing; each claim records the delivery before it, and one more records
    # the last: 11 transactions, where a claim and a record of each message made 20.
    assert len(commits) == expected + 1
    assert sorted(told) == list(range(1, expected + 1))  # each told once, after its commit
    async with app.uow() as uow:
        assert await uow.outbox.unsent() == 0
    await app.close()


async def test_the_sender_keeps_the_bots_limits_and_uses_them(
    tmp_path: Path, clock: FixedClock
) -> None:
    app = an_app(tmp_path, clock)
    await app.ensure_schema()
    telegram = Telegram(app)
    telegram.session.enforce_limits(clock)
    started = clock.now()
    expected = await queued(telegram, range(6001, 6301), 2)  # 600 messages to 300 chats
    await deliver_all(telegram, clock, expected)
    assert telegram.session.violations == 0
    elapsed = (clock.now() - started).total_seconds()
    assert expected / elapsed >= 0.9 * 30  # at least 90% of the 30 a second allowed
    await app.close()


async def test_a_group_gets_twenty_messages_a_minute(tmp_path: Path, clock: FixedClock) -> None:
    app = an_app(tmp_path, clock)
    await app.ensure_schema()
    telegram = Telegram(app)
    telegram.session.enforce_limits(clock)
    started = clock.now()
    async with app.uow() as uow:
        for number in range(30):
            await uow.outbox.enqueue(AGENTS_CHAT, "sendMessage", {"text": f"g{number}"}, started)
        await uow.commit()
    await deliver_all(telegram, clock, 30)
    assert telegram.session.violations == 0
    assert [m.text for m in telegram.session.sent(AGENTS_CHAT)] == [f"g{n}" for n in range(30)]
    assert 60 <= (clock.now() - started).total_seconds() <= 61  # the last ten a minute later
    await app.close()


async def test_an_update_stored_before_a_crash_is_handled_once_after_the_restart(
    tmp_path: Path, clock: FixedClock
) -> None:
    app = an_app(tmp_path, clock)
    await app.ensure_schema()
    debtor = Debtor(Telegram(app), user_id=777, language="en")
    update = Update(update_id=424242, message=debtor.message("/start"))
    async with app.uow() as uow:  # the inbox stored it; the process died before handling it
        await uow.inbox.store(
            424242, update.model_dump(mode="json", exclude_none=True), clock.now()
        )
        await uow.commit()
    await app.close()

    restarted = Telegram(an_app(tmp_path, clock))
    assert await replay_inbox(restarted.dispatcher, restarted.bot, restarted.app) == 1
    await restarted.deliver()
    replies = [m.text for m in restarted.session.sent(777)]
    assert replies
    assert "automated assistant" in replies[0]
    assert await replay_inbox(restarted.dispatcher, restarted.bot, restarted.app) == 0
    await restarted.feed(update)  # Telegram delivers it again after all: nothing happens
    assert [m.text for m in restarted.session.sent(777)] == replies
    await restarted.app.close()


async def test_one_update_handled_twice_at_once_takes_effect_once(
    tmp_path: Path, clock: FixedClock
) -> None:
    app = an_app(tmp_path, clock)
    await app.ensure_schema()
    telegram = Telegram(app)
    debtor = Debtor(telegram, user_id=778, language="en")
    update = Update(update_id=515151, message=debtor.message("/start"))
    # A redelivery racing the replay of the same update: both get past the inbox's check.
    await asyncio.gather(
        telegram.dispatcher.feed_update(telegram.bot, update),
        telegram.dispatcher.feed_update(telegram.bot, update),
    )
    await telegram.deliver()
    replies = [m.text for m in telegram.session.sent(778)]
    assert len(replies) == 2  # the disclosure and the first question, once
    async with app.uow() as uow:
        conversation = await uow.conversations.for_chat("telegram", 778)
        assert conversation is not None
        history = await uow.conversations.messages(conversation.id)
    assert [m["direction"] for m in history].count("in") == 1
    await app.close()


async def test_an_update_whose_handling_failed_is_handled_again_a_minute_later(
    tmp_path: Path, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = an_app(tmp_path, clock)
    await app.ensure_schema()
    telegram = Telegram(app)
    debtor = Debtor(telegram, user_id=779, language="en")
    handle = app.conversations.handle
    failures = iter([OperationalError("UPDATE", {}, Exception("database is locked"))])

    async def flaky_handle(*args: Any, **kwargs: Any) -> Any:
        for failure in failures:
            raise failure
        return await handle(*args, **kwargs)

    monkeypatch.setattr(app.conversations, "handle", flaky_handle)
    update = Update(update_id=626262, message=debtor.message("/start"))
    with pytest.raises(OperationalError):  # aiogram logs it and polls on
        await telegram.feed(update)
    assert telegram.session.sent(779) == []
    assert await replay_inbox(telegram.dispatcher, telegram.bot, app, clock.now()) == 0  # young
    clock.advance(timedelta(minutes=2))
    stranded_before = clock.now() - STRANDED_AFTER
    assert await replay_inbox(telegram.dispatcher, telegram.bot, app, stranded_before) == 1
    await telegram.deliver()
    assert "automated assistant" in telegram.session.sent(779)[0].text
    assert await replay_inbox(telegram.dispatcher, telegram.bot, app, clock.now()) == 0
    await app.close()


async def test_a_reply_committed_while_the_sender_waits_goes_out_at_once(
    tmp_path: Path, clock: FixedClock
) -> None:
    """The sender looks at the outbox every ``interval`` seconds when nothing is due, and at
    once when a unit of work of this process commits a call: a reply does not wait out the
    interval."""
    app = an_app(tmp_path, clock)
    await app.ensure_schema()
    telegram = Telegram(app)
    stop = asyncio.Event()
    running = asyncio.create_task(telegram.sender.run(stop, interval=600))
    await asyncio.sleep(0.3)  # it found nothing due and waits
    async with app.uow() as uow:
        await uow.outbox.enqueue(5001, "sendMessage", {"text": "你好"}, clock.now())
        await uow.commit()

    async def delivered() -> None:
        while not telegram.session.sent(5001):  # noqa: ASYNC110 - the fake session has no event
            await asyncio.sleep(0.01)

    await asyncio.wait_for(delivered(), 10)
    stop.set()
    await asyncio.wait_for(running, 10)
    assert [m.text for m in telegram.session.sent(5001)] == ["你好"]
    await app.close()
