"""The outbox sender: delivers queued Bot API calls, once each, within Telegram's limits.

Every reply was written to the outbox in the same transaction as the state change that caused
it; this loop delivers them in order, paced to Telegram's limits (:mod:`.pacing`: about one
message a second per chat, 30 a second per bot, 20 a minute per group). A 429 is retried after
Telegram's ``retry_after``; a network or server error is retried with backoff; a 403 (the debtor
blocked the bot) or a 400 (a call Telegram will never accept) stops trying and is recorded. A
400 because a forum topic of the agents' group was deleted also tells the desk, which makes a
new topic with a fresh card. A row is marked sent only if it was still pending, so two senders
never both count a delivery.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Awaitable, Callable
from datetime import datetime, timedelta
from typing import Final

from aiogram import Bot
from aiogram.exceptions import (
    TelegramBadRequest,
    TelegramForbiddenError,
    TelegramNetworkError,
    TelegramRetryAfter,
    TelegramServerError,
)
from aiogram.types import BufferedInputFile, Message

from negotiator.channels.telegram.callbacks import keyboard
from negotiator.channels.telegram.desk import case_keyboard, is_lost_topic
from negotiator.channels.telegram.pacing import Pacer
from negotiator.domain.clock import Clock
from negotiator.domain.signing import Signer
from negotiator.errors import NegotiatorError
from negotiator.services.confirmations import Confirmations
from negotiator.storage.records import OutboxMessage
from negotiator.storage.uow import SqlUnitOfWork

MAX_BACKOFF: Final = timedelta(minutes=10)
"""The longest wait between two attempts after network or server errors."""


class OutboxSender:
    """Sends what the outbox holds.

    Args:
        bot: The aiogram bot (its session talks to the Bot API, or to a fake in tests).
        uow: Makes a unit of work.
        clock: The clock.
        signer: Signs the buttons' callback data.
        confirmations: Renders the written confirmations (``sendDocument`` rows).
        on_lost_topic: Told ``(chat_id, topic_id)`` when a forum topic turns out deleted.
        pacer: Keeps the sending limits (Telegram's by default).
        sleep: Waits that many seconds (``asyncio.sleep``; tests pass one that moves a
            virtual clock).
    """

    def __init__(
        self,
        bot: Bot,
        uow: Callable[[], SqlUnitOfWork],
        clock: Clock,
        signer: Signer,
        confirmations: Confirmations,
        on_lost_topic: Callable[[int, int], Awaitable[bool]] | None = None,
        pacer: Pacer | None = None,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        self.bot = bot
        self.uow = uow
        self.clock = clock
        self.signer = signer
        self.confirmations = confirmations
        self.on_lost_topic = on_lost_topic
        self.pacer = pacer or Pacer(clock)
        self.sleep = sleep

    METHODS: Final = frozenset({"sendMessage", "sendDocument"})
    """The Bot API calls the outbox may hold."""

    async def send_due(self, limit: int = 100) -> int:
        """Send every call due now, in passes of ``limit``; returns how many were delivered.

        A delivered retry releases the messages it held back, so passes go on while they
        deliver something.
        """
        delivered = 0
        while sent := await self._pass(limit):
            delivered += sent
        return delivered

    async def _pass(self, limit: int) -> int:
        async with self.uow() as uow:
            due = await uow.outbox.due(self.clock.now(), limit)
        delivered = 0
        held: set[int] = set()
        for message in due:
            if message.chat_id in held:
                continue  # an earlier message to this chat must go first
            wait = self.pacer.wait(message.chat_id)
            if wait > 0:
                await self.sleep(wait)
            sent = await self._deliver(message)
            self.pacer.sent(message.chat_id)
            if not sent:
                held.add(message.chat_id)
            delivered += sent
        return delivered

    async def run(self, stop: asyncio.Event, interval: float = 0.5) -> None:
        """Send until ``stop`` is set, looking for new rows every ``interval`` seconds; then
        send what the last updates queued (a graceful shutdown leaves nothing due unsent)."""
        while not stop.is_set():
            if await self.send_due() == 0:
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(stop.wait(), interval)
        await self.send_due()

    async def _deliver(self, message: OutboxMessage) -> int:
        now = self.clock.now()
        if message.method not in self.METHODS:
            await self._give_up(message, f"unknown method {message.method!r}")
            return 0
        try:
            sent = await self._call(message)
        except TelegramRetryAfter as exc:
            await self._later(message, now + timedelta(seconds=exc.retry_after), str(exc))
            return 0
        except (TelegramNetworkError, TelegramServerError) as exc:
            backoff = min(timedelta(seconds=2 ** min(message.attempts, 10)), MAX_BACKOFF)
            await self._later(message, now + backoff, str(exc))
            return 0
        except TelegramBadRequest as exc:
            if message.thread_id is not None and is_lost_topic(exc) and self.on_lost_topic:
                await self.on_lost_topic(message.chat_id, message.thread_id)
            await self._give_up(message, f"{type(exc).__name__}: {exc}")
            return 0
        except TelegramForbiddenError as exc:
            await self._give_up(message, f"{type(exc).__name__}: {exc}")
            return 0
        except NegotiatorError as exc:  # a document refused by the filter, or gone
            await self._give_up(message, f"{type(exc).__name__}: {exc}")
            return 0
        async with self.uow() as uow:
            marked = await uow.outbox.mark_sent(message.id, now, sent.message_id)
            await uow.commit()
        return int(marked)

    async def _later(self, message: OutboxMessage, when: datetime, error: str) -> None:
        async with self.uow() as uow:
            await uow.outbox.retry_later(message.id, when, error)
            await uow.commit()

    async def _give_up(self, message: OutboxMessage, error: str) -> None:
        async with self.uow() as uow:
            await uow.outbox.give_up(message.id, error)
            await uow.commit()

    async def _call(self, message: OutboxMessage) -> Message:
        payload = message.payload
        if message.method == "sendDocument":
            document = await self.confirmations.pdf(
                self.uow(), str(payload["agreement"]), str(payload["language"])
            )
            return await self.bot.send_document(
                chat_id=message.chat_id,
                document=BufferedInputFile(document.content, filename=document.filename),
                message_thread_id=message.thread_id,
            )
        markup = (
            case_keyboard(int(payload["case"]), payload["actions"])
            if "actions" in payload
            else keyboard(
                payload.get("buttons", ()),
                int(payload.get("round", 0)),
                message.chat_id,
                self.signer,
            )
        )
        return await self.bot.send_message(
            chat_id=message.chat_id,
            text=str(payload["text"]),
            message_thread_id=message.thread_id,
            reply_markup=markup,
        )
