"""Messages in doubt: the sender died (or the connection broke) after Telegram may have taken a
message. Each is settled with Telegram before anything else goes to that chat, and sent again
only if Telegram does not have it: once, never twice, never lost, in order."""

from __future__ import annotations

import asyncio
import contextlib
import json
import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest
from aiogram.exceptions import ClientDecodeError, TelegramNetworkError
from aiogram.methods import EditMessageText, SendMessage
from sqlalchemy.exc import OperationalError

from negotiator.domain.clock import FixedClock
from tests.conversations.client import Debtor, Telegram, an_app
from tests.outbox_rows import last_queued

CHAT = 9001


async def queue(telegram: Telegram, chat: int, *texts: str) -> list[int]:
    now = telegram.app.clock.now()
    async with telegram.app.uow() as uow:
        ids = []
        for text in texts:
            await uow.outbox.enqueue(chat, "sendMessage", {"text": text}, now)
            ids.append(await last_queued(uow))
        await uow.commit()
    return ids


def outbox(telegram: Telegram) -> list[tuple[str, str | None, int | None]]:
    """Each outbox row's status, text and Telegram id, in order."""
    path = telegram.app.settings.database_url.removeprefix("sqlite+aiosqlite:///")
    with contextlib.closing(sqlite3.connect(path)) as db:
        rows = db.execute("SELECT status, payload, telegram_message_id FROM outbox ORDER BY id")
        return [(status, json.loads(payload).get("text"), sent) for status, payload, sent in rows]


def statuses(telegram: Telegram) -> dict[str, list[str | None]]:
    found: dict[str, list[str | None]] = {}
    for status, text, _ in outbox(telegram):
        found.setdefault(status, []).append(text)
    return found


async def drain(telegram: Telegram, clock: FixedClock) -> None:
    for _ in range(100):
        await telegram.sender.send_due()
        if not {"pending", "sending"} & set(statuses(telegram)):
            return
        clock.advance(timedelta(seconds=5))
    raise AssertionError("the outbox never emptied")


async def test_a_lost_answer_is_settled_not_resent_and_holds_the_chat(
    tmp_path: Path, clock: FixedClock
) -> None:
    app = an_app(tmp_path, clock)
    await app.ensure_schema()
    telegram = Telegram(app)
    await queue(telegram, CHAT, "a", "b", "c")
    await queue(telegram, CHAT + 1, "other chat")
    telegram.session.lose_next_answers(1)
    await telegram.sender.send_due()
    assert statuses(telegram) == {
        "sending": ["a"],  # Telegram took it, the answer never came
        "pending": ["b", "c"],  # held back behind it
        "sent": ["other chat"],  # other chats are not held up
    }
    await drain(telegram, clock)
    assert [m.text for m in telegram.session.sent(CHAT)] == ["a", "b", "c"]  # "a" sent once
    assert [p.text for p in telegram.session.delivered(CHAT)] == ["a", "b", "c"]
    ids = [sent for _, text, sent in outbox(telegram) if text != "other chat"]
    assert ids == [1, 2, 3]  # the settled row knows its Telegram id
    await app.close()


async def killed_mid_call(
    tmp_path: Path, clock: FixedClock, *, delivered: bool, debtor_writes: int = 0
) -> Telegram:
    """A bot killed between claiming "a" and hearing back; restarted on the same database."""
    app = an_app(tmp_path, clock)
    await app.ensure_schema()
    telegram = Telegram(app)
    await queue(telegram, CHAT, "before")
    await telegram.sender.send_due()
    row_a, _ = await queue(telegram, CHAT, "a", "b")
    async with app.uow() as uow:
        assert await uow.outbox.claim(row_a, CHAT, clock.now(), clock.now() + timedelta(minutes=5))
        await uow.commit()
    if delivered:
        await telegram.bot(SendMessage(chat_id=CHAT, text="a"))
    for number in range(debtor_writes):  # the debtor goes on writing meanwhile
        telegram.session.user_message(CHAT, f"hello {number}")
    await app.close()  # SIGKILL: nothing recorded after the call

    restarted = Telegram(an_app(tmp_path, clock), telegram.session)
    assert await restarted.sender.send_due() == 0  # still claimed: nothing goes to the chat
    await restarted.sender.settle(everything=True)  # what `negotiator run` does first
    await drain(restarted, clock)
    return restarted


async def test_a_message_telegram_took_before_the_kill_is_not_sent_again(
    tmp_path: Path, clock: FixedClock
) -> None:
    restarted = await killed_mid_call(tmp_path, clock, delivered=True, debtor_writes=3)
    assert [m.text for m in restarted.session.sent(CHAT)] == ["before", "a", "b"]
    assert statuses(restarted) == {"sent": ["before", "a", "b"]}
    await restarted.app.close()


async def test_a_message_telegram_never_got_is_sent_after_the_restart_in_its_place(
    tmp_path: Path, clock: FixedClock
) -> None:
    restarted = await killed_mid_call(tmp_path, clock, delivered=False, debtor_writes=2)
    assert [m.text for m in restarted.session.sent(CHAT)] == ["before", "a", "b"]
    texts = [p.text for p in restarted.session.delivered(CHAT)]
    assert texts == ["before", "a", "b"]  # no earlier message of the bot was edited
    await restarted.app.close()


async def test_a_confirmation_pdf_in_doubt_is_found_by_its_caption(telegram: Telegram) -> None:
    app, clock = telegram.app, telegram.app.clock
    assert isinstance(clock, FixedClock)
    debtor = Debtor(telegram, user_id=CHAT, language="en")
    await debtor.start(app.signer.link_payload("US-200001"))
    await debtor.send("1990-08-10")
    await debtor.send("I lost my job, I could pay $450 a month")
    await debtor.click("Accept")
    telegram.session.lose_next_answers(10)  # every answer from here on is lost
    await debtor.click("I agree")
    await drain(telegram, clock)
    documents = [c for c in telegram.session.calls if c.name == "sendDocument"]
    assert len(documents) == 1  # delivered once, its answer lost, settled without a resend
    assert set(statuses(telegram)) == {"sent"}
    rows = [text for _, text, _ in outbox(telegram) if text is not None]
    assert [m.text for m in telegram.session.sent(CHAT)] == rows  # each row exactly once


async def test_an_answer_that_is_not_the_bot_apis_leaves_the_message_in_doubt(
    tmp_path: Path, clock: FixedClock
) -> None:
    app = an_app(tmp_path, clock)
    await app.ensure_schema()
    telegram = Telegram(app)
    await queue(telegram, CHAT, "a", "b")
    proxy_page = ClientDecodeError("Failed to decode object", ValueError(), "502 Bad Gateway")
    telegram.session.fail_next(proxy_page)  # a proxy's HTML page instead of Telegram's answer
    await telegram.sender.send_due()
    assert statuses(telegram) == {"sending": ["a"], "pending": ["b"]}
    await drain(telegram, clock)
    assert [m.text for m in telegram.session.sent(CHAT)] == ["a", "b"]  # not delivered: sent
    await app.close()


async def test_the_sender_outlives_a_failing_round(
    tmp_path: Path, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = an_app(tmp_path, clock)
    await app.ensure_schema()
    telegram = Telegram(app)
    await queue(telegram, CHAT, "a")
    rounds = 0
    send_due = telegram.sender.send_due

    async def flaky_round(limit: int = 100) -> int:
        nonlocal rounds
        rounds += 1
        if rounds == 1:
            raise OperationalError("SELECT", {}, Exception("database is locked"))
        if rounds == 3:
            stop.set()
        return await send_due(limit)

    monkeypatch.setattr(telegram.sender, "send_due", flaky_round)
    stop = asyncio.Event()
    await asyncio.wait_for(telegram.sender.run(stop, interval=0.01), 10)
    assert [m.text for m in telegram.session.sent(CHAT)] == ["a"]
    await app.close()


async def test_a_message_that_cannot_be_settled_yet_waits_and_is_settled_later(
    tmp_path: Path, clock: FixedClock
) -> None:
    app = an_app(tmp_path, clock)
    await app.ensure_schema()
    telegram = Telegram(app)
    await queue(telegram, CHAT, "a", "b")
    telegram.session.lose_next_answers(1)
    await telegram.sender.send_due()
    clock.advance(timedelta(seconds=5))
    probe = EditMessageText(chat_id=CHAT, message_id=1, text="a")
    telegram.session.fail_next(TelegramNetworkError(probe, "Connection refused"))
    assert await telegram.sender.send_due() == 0  # the probe failed: still in doubt, held
    assert statuses(telegram) == {"sending": ["a"], "pending": ["b"]}
    await drain(telegram, clock)
    assert [m.text for m in telegram.session.sent(CHAT)] == ["a", "b"]  # "a" once
    await app.close()
