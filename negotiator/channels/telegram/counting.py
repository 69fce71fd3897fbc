"""Counting the updates the handlers get, by kind, for ``negotiator_updates_total``."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from aiogram import BaseMiddleware
from aiogram.types import TelegramObject, Update
from aiogram.types.update import UpdateTypeLookupError

Handler = Callable[[TelegramObject, dict[str, Any]], Awaitable[Any]]


class UpdateCounter(BaseMiddleware):
    """Tells ``count`` the kind of each update (``message``, ``callback_query``…, ``other``).

    Registered inside the inbox middleware, it sees only updates handed on to be handled: a
    redelivery of one already handled is dropped before it.

    Args:
        count: Told the kind of each update (:meth:`negotiator.metrics.Metrics.update`).
    """

    def __init__(self, count: Callable[[str], None]) -> None:
        self._count = count

    async def __call__(self, handler: Handler, event: TelegramObject, data: dict[str, Any]) -> Any:
        """Count, then hand on."""
        assert isinstance(event, Update)
        try:
            kind = event.event_type
        except UpdateTypeLookupError:  # a kind newer than this aiogram
            kind = "other"
        self._count(kind)
        return await handler(event, data)
