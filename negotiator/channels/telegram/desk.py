"""The agents' side of Telegram: one forum topic per case in the agents' supergroup.

* :class:`CasePoster` makes a topic for each case that has none (new, queued while no group
  was configured, or whose topic was deleted) and hands it to the desk, which posts the card.
* :class:`AgentsRoom` is the router of the agents' group: the card's buttons (Take over,
  Return to bot, Close), agents' messages in a topic (relayed to the debtor through the
  compliance filter), ``/plan TERMS`` and ``/close [outcome]`` in a topic, and ``/cases``
  anywhere in the group.

Who may act is decided by the desk from the ``agents`` table, never by Telegram's group roles:
anyone in the group can read, only an authorised agent can act. Everything the bot writes goes
through the outbox, like the debtors' replies.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from aiogram import Bot, F, Router
from aiogram.enums import ContentType
from aiogram.exceptions import (
    TelegramBadRequest,
    TelegramForbiddenError,
    TelegramNetworkError,
    TelegramRetryAfter,
    TelegramServerError,
)
from aiogram.filters import Command, CommandObject
from aiogram.filters.callback_data import CallbackData
from aiogram.types import CallbackQuery, InlineKeyboardButton, InlineKeyboardMarkup, Message

from negotiator.domain.clock import Clock
from negotiator.services.cases import CaseDesk, DeskAnswer
from negotiator.storage.uow import SqlUnitOfWork

log = logging.getLogger(__name__)

LOST_TOPIC_ERRORS = ("thread not found", "TOPIC_DELETED", "TOPIC_ID_INVALID")
"""What the Bot API says when a message goes to a forum topic that no longer exists."""

MEDIA = frozenset(
    {
        ContentType.PHOTO,
        ContentType.DOCUMENT,
        ContentType.STICKER,
        ContentType.VOICE,
        ContentType.AUDIO,
        ContentType.VIDEO,
        ContentType.VIDEO_NOTE,
        ContentType.ANIMATION,
        ContentType.CONTACT,
        ContentType.LOCATION,
    }
)
"""Content an agent might post in a topic that cannot be relayed (only text is checked)."""


class CaseAction(CallbackData, prefix="case"):
    """A button of a case card. Not signed: the desk checks the presser against the agents
    table and the case's state, so a forged press can do nothing a real one could not."""

    action: str
    case: int


def case_keyboard(case_id: int, actions: Iterable[Mapping[str, Any]]) -> InlineKeyboardMarkup:
    """The card's buttons, one row."""
    row = [
        InlineKeyboardButton(
            text=str(action["text"]),
            callback_data=CaseAction(action=str(action["action"]), case=case_id).pack(),
        )
        for action in actions
    ]
    return InlineKeyboardMarkup(inline_keyboard=[row])


def is_lost_topic(error: TelegramBadRequest) -> bool:
    """Whether a refused call went to a forum topic that was deleted."""
    return any(marker in error.message for marker in LOST_TOPIC_ERRORS)


class CasePoster:
    """Opens a forum topic for each case that has none, then lets the desk post its card.

    Args:
        bot: The bot.
        desk: The agents' desk.
        chat_id: The agents' supergroup (``NEGOTIATOR_AGENTS_CHAT_ID``); ``None`` queues every
            case until one is configured.
    """

    def __init__(self, bot: Bot, desk: CaseDesk, chat_id: int | None) -> None:
        self.bot = bot
        self.desk = desk
        self.chat_id = chat_id

    async def post_queued(self) -> int:
        """Post every case without a topic, most urgent first; returns how many were posted.

        A failure leaves the rest queued for the next round: a network error or a flood wait
        passes, a group that is not a forum (or that removed the bot) is logged for the
        operator.
        """
        if self.chat_id is None:
            return 0
        posted = 0
        for case, name in await self.desk.unposted():
            try:
                topic = await self.bot.create_forum_topic(chat_id=self.chat_id, name=name)
            except (TelegramRetryAfter, TelegramNetworkError, TelegramServerError) as exc:
                log.warning("cannot create the topic of case %s yet: %s", case.id, exc)
                break
            except (TelegramBadRequest, TelegramForbiddenError) as exc:
                log.error(
                    "cannot create forum topics in the agents' group %s (is it a forum, and "
                    "may the bot manage topics?): %s",
                    self.chat_id,
                    exc,
                )
                break
            await self.desk.posted(case.id, self.chat_id, topic.message_thread_id)
            posted += 1
        return posted


class AgentsRoom:
    """The router of the agents' group.

    Args:
        desk: The agents' desk.
        chat_id: The agents' supergroup.
        uow: Makes a unit of work (to mark handled updates).
        clock: The clock.
    """

    def __init__(
        self, desk: CaseDesk, chat_id: int, uow: Callable[[], SqlUnitOfWork], clock: Clock
    ) -> None:
        self.desk = desk
        self.chat_id = chat_id
        self.uow = uow
        self.clock = clock

    def router(self) -> Router:
        """Handlers for the agents' group only."""
        router = Router(name="agents")
        router.message.filter(F.chat.id == self.chat_id)
        router.callback_query.filter(F.message.chat.id == self.chat_id)
        router.message.register(self.on_cases, Command("cases"))
        router.message.register(self.on_close, Command("close"), F.message_thread_id)
        router.message.register(self.on_plan, Command("plan"), F.message_thread_id)
        router.message.register(self.on_topic_text, F.text, F.message_thread_id)
        router.message.register(self.on_topic_media, F.content_type.in_(MEDIA), F.message_thread_id)
        router.callback_query.register(self.on_action, CaseAction.filter())
        return router

    async def _processed(self, update_id: int | None) -> None:
        if update_id is None:
            return
        async with self.uow() as uow:
            await uow.inbox.give_up(update_id, self.clock.now())
            await uow.commit()

    async def _say(self, message: Message, text: str) -> None:
        """A reply in the thread the message came from (through the outbox)."""
        async with self.uow() as uow:
            await self.desk.topics.write_to(
                uow, self.chat_id, message.message_thread_id, text, self.clock.now()
            )
            await uow.commit()

    async def on_cases(self, message: Message, update_id: int | None = None) -> None:
        """``/cases``: the open cases by priority and age, in the thread it was asked in."""
        await self._say(message, await self.desk.open_cases_text())
        await self._processed(update_id)

    async def on_close(
        self, message: Message, command: CommandObject, update_id: int | None = None
    ) -> None:
        """``/close [outcome]`` in a case's topic."""
        case = await self._case(message)
        if case is not None and message.from_user is not None:
            answer = await self.desk.close(case, message.from_user.id, command.args)
            if not answer.done:
                await self._say(message, answer.notice)
        await self._processed(update_id)

    async def on_plan(
        self, message: Message, command: CommandObject, update_id: int | None = None
    ) -> None:
        """``/plan 800 a month`` in a case's topic: record the plan agreed with the debtor."""
        case = await self._case(message)
        if case is not None and message.from_user is not None:
            answer = await self.desk.record_plan(case, message.from_user.id, command.args or "")
            if not answer.done and not answer.notice:
                await self._say(message, self.desk.topics.text("desk.plan.unreadable"))
        await self._processed(update_id)

    async def on_topic_text(self, message: Message, update_id: int | None = None) -> None:
        """An agent's words in a case's topic, for the debtor."""
        if message.from_user is None or message.message_thread_id is None:
            return
        await self.desk.relay(
            self.chat_id,
            message.message_thread_id,
            message.from_user.id,
            message.text or "",
            update_id=update_id,
        )
        await self._processed(update_id)

    async def on_topic_media(self, message: Message, update_id: int | None = None) -> None:
        """A photo or file in a case's topic: only text is checked and relayed."""
        case = await self._case(message)
        if case is not None:
            await self._say(message, self.desk.topics.text("desk.note.text_only"))
        await self._processed(update_id)

    async def on_action(
        self, query: CallbackQuery, callback_data: CaseAction, update_id: int | None = None
    ) -> None:
        """Take over, Return to bot, Close."""
        user = query.from_user.id
        answer: DeskAnswer
        if callback_data.action == "take":
            answer = await self.desk.take(callback_data.case, user)
        elif callback_data.action == "return":
            answer = await self.desk.hand_back(callback_data.case, user)
        elif callback_data.action == "close":
            answer = await self.desk.close(callback_data.case, user)
        else:
            answer = DeskAnswer(False, self.desk.topics.text("desk.note.unknown_action"))
        await query.answer(answer.notice[:200] or None, show_alert=not answer.done)
        await self._processed(update_id)

    async def _case(self, message: Message) -> int | None:
        if message.message_thread_id is None:
            return None
        case = await self.desk.case_for_topic(self.chat_id, message.message_thread_id)
        return None if case is None else case.id


__all__ = [
    "AgentsRoom",
    "CaseAction",
    "CasePoster",
    "case_keyboard",
    "is_lost_topic",
]
