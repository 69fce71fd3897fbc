"""Middlewares around every update: the durable inbox and one lock per debtor.

* :class:`InboxMiddleware` stores the update (keyed by ``update_id``) before anything else
  happens; a redelivered update that was already handled is dropped, so nothing is done twice.
  The handler marks it processed in the same transaction as its effects, and only if no other
  attempt did (else that transaction is rolled back: :class:`~negotiator.errors.AlreadyProcessed`).
* :class:`ChatLockMiddleware` lets one update per chat through at a time, so a debtor's
  messages are handled in order and two presses of "I agree" cannot race. Across worker
  processes the service's unit of work locks the debtor in the database as well
  (:meth:`~negotiator.storage.repositories.SqlConversationRepository.lock`); this lock stays
  because it is free, and keeps a process's updates for one chat from each holding a pooled
  connection while they wait for the database's.
"""

from __future__ import annotations

import asyncio
import weakref
from collections.abc import Awaitable, Callable
from typing import Any

from aiogram import BaseMiddleware
from aiogram.dispatcher.event.bases import UNHANDLED
from aiogram.types import Chat, TelegramObject, Update

from negotiator.domain.clock import Clock
from negotiator.errors import AlreadyProcessed
from negotiator.storage.uow import SqlUnitOfWork

Handler = Callable[[TelegramObject, dict[str, Any]], Awaitable[Any]]


class InboxMiddleware(BaseMiddleware):
    """Stores each update before it is handled; skips an update handled before.

    Args:
        uow: Makes a unit of work.
        clock: The clock.
    """

    def __init__(self, uow: Callable[[], SqlUnitOfWork], clock: Clock) -> None:
        self._uow = uow
        self._clock = clock

    async def __call__(self, handler: Handler, event: TelegramObject, data: dict[str, Any]) -> Any:
        """Store, then hand on (or drop a redelivery that was processed)."""
        assert isinstance(event, Update)
        async with self._uow() as uow:
            stored = await uow.inbox.store(
                event.update_id, event.model_dump(mode="json", exclude_none=True), self._clock.now()
            )
            processed = not stored and await uow.inbox.is_processed(event.update_id)
            await uow.commit()
        if processed:
            return None
        data["update_id"] = event.update_id
        try:
            result = await handler(event, data)
        except AlreadyProcessed:
            return None  # a replay of it won the race; its effects stand, this one's rolled back
        if result is UNHANDLED:
            # Nothing here acts on it (a group message, a poll): done, not pending forever.
            async with self._uow() as uow:
                await uow.inbox.give_up(event.update_id, self._clock.now())
                await uow.commit()
        return result


class ChatLockMiddleware(BaseMiddleware):
    """One update at a time per chat in this process (the database lock of the service's
    unit of work serializes them across processes)."""

    def __init__(self) -> None:
        self._locks: weakref.WeakValueDictionary[int, asyncio.Lock] = weakref.WeakValueDictionary()

    async def __call__(self, handler: Handler, event: TelegramObject, data: dict[str, Any]) -> Any:
        """Wait for the chat's lock, then handle."""
        chat: Chat | None = data.get("event_chat")
        if chat is None:
            return await handler(event, data)
        lock = self._locks.get(chat.id)
        if lock is None:
            lock = asyncio.Lock()
            self._locks[chat.id] = lock
        async with lock:
            return await handler(event, data)
