"""Two webhook workers handling one debtor on one PostgreSQL database.

Each worker has its own engine, dispatcher and in-process chat locks (see
:mod:`tests.integration.workers`), so only the database keeps them apart, as between processes:
the debtor's lock taken by every unit of work, and the inbox's conditional updates. Skipped
without ``NEGOTIATOR_TEST_POSTGRES_URL``.
"""

from __future__ import annotations

import asyncio
import itertools
from datetime import UTC, datetime, timedelta

import pytest
from aiogram.types import CallbackQuery, Message, PhotoSize, Update

from negotiator.domain.clock import FixedClock
from tests.conversations.client import Debtor, Telegram
from tests.integration.workers import outbox_rows

pytestmark = pytest.mark.postgres

CHAT = 9001
NO_PLAN = "You don't have an agreed plan yet."
_UPDATE_IDS = itertools.count(100_000)


def text_update(debtor: Debtor, text: str) -> Update:
    """An update carrying a message of the debtor, not delivered yet."""
    return Update(update_id=next(_UPDATE_IDS), message=debtor.message(text))


def photo_update(debtor: Debtor) -> Update:
    """An update carrying a photo from the debtor (answered with a request for text)."""
    photo = [PhotoSize(file_id="f", file_unique_id="u", width=10, height=10)]
    return Update(update_id=next(_UPDATE_IDS), message=debtor.message(photo=photo))


def press_update(debtor: Debtor, label: str) -> Update:
    """An update carrying a press of the newest button whose label contains ``label``."""
    _, markup = debtor.last_keyboard()
    [data] = [b.callback_data for row in markup.inline_keyboard for b in row if label in b.text]
    message = Message(message_id=1, date=datetime.now(UTC), chat=debtor.chat, text="(buttons)")
    query = CallbackQuery(
        id=str(next(_UPDATE_IDS)),
        from_user=debtor.user,
        chat_instance="ci",
        message=message,
        data=data,
    )
    return Update(update_id=next(_UPDATE_IDS), callback_query=query)


async def at_once(*deliveries: tuple[Telegram, Update]) -> None:
    """Each worker is handed its update at the same moment (as the webhook's requests come)."""
    await asyncio.gather(*(w.dispatcher.feed_update(w.bot, u) for w, u in deliveries))


async def send_outbox(*workers: Telegram) -> None:
    """Every worker's sender runs, side by side."""
    await asyncio.gather(*(w.sender.send_due() for w in workers))


async def recorded(worker: Telegram) -> list[tuple[str, str]]:
    """The debtor's conversation as stored: (direction, text), oldest first."""
    async with worker.app.uow() as uow:
        conversation = await uow.conversations.for_chat("telegram", CHAT)
        assert conversation is not None
        messages = await uow.conversations.messages(conversation.id)
    assert {m["verdict"] for m in messages if m["direction"] == "out"} <= {"allow"}
    return [(m["direction"], m["text"]) for m in messages]


async def processed(worker: Telegram, *updates: Update) -> bool:
    async with worker.app.uow() as uow:
        return all([await uow.inbox.is_processed(u.update_id) for u in updates])


async def verified_debtor(one: Telegram, two: Telegram) -> Debtor:
    """The debtor of ``US-200001`` in English, through the identity check (by both workers,
    so both are connected before a test races them)."""
    await Debtor(two, user_id=CHAT, language="en").start(one.app.signer.link_payload("US-200001"))
    debtor = Debtor(one, user_id=CHAT, language="en")
    await debtor.send("1990-08-10")
    return debtor


async def test_a_debtors_messages_handled_by_alternate_workers_keep_their_order(
    two_workers: tuple[Telegram, Telegram],
) -> None:
    one, two = two_workers
    debtor = await verified_debtor(one, two)
    said = ["I lost my job", "/help", "I could pay $450 a month", "/myplan", "/help"]
    for number, text in enumerate(said):
        # Each is handled and its replies sent before the next is posted, by the other worker.
        worker = (one, two)[number % 2]
        update = text_update(debtor, text)
        await worker.dispatcher.feed_update(worker.bot, update)
        await worker.sender.send_due()
    transcript = await recorded(one)
    stored = [text if not text.startswith("/") else "<command>" for text in said]
    assert [text for direction, text in transcript if direction == "in"][-len(said) :] == stored
    replies = [text for direction, text in transcript if direction == "out"]
    assert [m.text for m in one.session.sent(CHAT)] == replies  # on Telegram in the same order


async def test_a_debtors_messages_at_two_workers_at_once_are_handled_one_after_the_other(
    two_workers: tuple[Telegram, Telegram],
) -> None:
    one, two = two_workers
    debtor = await verified_debtor(one, two)
    before, sent_before = len(await recorded(one)), len(one.session.sent(CHAT))
    # Two kinds of message with answers of their own, to tell whose answer follows whom.
    updates = [
        text_update(debtor, "/myplan") if number % 3 == 0 else photo_update(debtor)
        for number in range(8)
    ]
    await at_once(*zip(itertools.cycle((one, two)), updates, strict=False))
    assert await processed(one, *updates)
    transcript = (await recorded(one))[before:]
    assert [direction for direction, _ in transcript] == ["in", "out"] * len(updates)
    for (_, question), (_, answer) in zip(transcript[::2], transcript[1::2], strict=True):
        assert (answer == NO_PLAN) == (question == "<command>")  # its own answer, no other's
    assert sum(question == "<command>" for _, question in transcript) == 3
    await send_outbox(one, two)
    replies = [text for direction, text in transcript if direction == "out"]
    assert [m.text for m in one.session.sent(CHAT)][sent_before:] == replies


async def test_one_update_delivered_to_both_workers_is_handled_once(
    two_workers: tuple[Telegram, Telegram],
) -> None:
    one, two = two_workers
    debtor = await verified_debtor(one, two)
    before, rows_before = len(await recorded(one)), len(await outbox_rows(one.app))
    update = text_update(debtor, "/myplan")
    await at_once((one, update), (two, update.model_copy()))  # Telegram retried it elsewhere
    assert (await recorded(one))[before:] == [("in", "<command>"), ("out", NO_PLAN)]
    assert [row["text"] for row in (await outbox_rows(one.app))[rows_before:]] == [NO_PLAN]


async def test_two_presses_of_i_agree_on_two_workers_make_one_agreement(
    two_workers: tuple[Telegram, Telegram],
) -> None:
    one, two = two_workers
    debtor = await verified_debtor(one, two)
    await debtor.send("I lost my job, I could pay $450 a month")
    await debtor.click("Accept")
    presses = [press_update(debtor, "I agree"), press_update(debtor, "I agree")]
    await at_once((one, presses[0]), (two, presses[1]))  # a double tap, two connections
    assert await processed(one, *presses)  # both handled: neither failed on a conflict
    async with one.app.uow() as uow:
        assert len(await uow.agreements.for_account("US-200001")) == 1
    await send_outbox(one, two)
    documents = [call for call in one.session.calls if call.name == "sendDocument"]
    assert len(documents) == 1  # one written confirmation


async def agreed_debtor(one: Telegram, two: Telegram) -> Debtor:
    """The debtor of ``US-200001`` with a plan of $450 a month, the first due on 25 November."""
    debtor = await verified_debtor(one, two)
    await debtor.send("I lost my job, I could pay $450 a month")
    await debtor.click("Accept")
    await debtor.click("I agree")
    return debtor


async def proactive_messages(worker: Telegram) -> int:
    return sum(row["proactive"] for row in await outbox_rows(worker.app))


async def test_reminders_ticking_on_two_workers_at_once_queue_each_reminder_once(
    two_workers: tuple[Telegram, Telegram],
) -> None:
    one, two = two_workers
    await agreed_debtor(one, two)
    reports = await asyncio.gather(one.app.reminders.tick(), two.app.reminders.tick())
    assert sorted(r.queued + r.deferred for r in reports) == [0, 1]  # 5 days before the 25th
    assert await proactive_messages(one) == 1


async def test_a_missed_instalment_followed_up_by_two_workers_at_once_is_told_once(
    two_workers: tuple[Telegram, Telegram], clock: FixedClock
) -> None:
    one, two = two_workers
    await agreed_debtor(one, two)
    clock.advance(timedelta(days=5))  # 27 November: the instalment of the 25th was not paid
    reports = await asyncio.gather(one.app.follow_ups.tick(), two.app.follow_ups.tick())
    assert sorted(r.missed for r in reports) == [0, 1]
    assert await proactive_messages(one) == 1
