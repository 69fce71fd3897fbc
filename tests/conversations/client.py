"""A test client for the Telegram side: debtors and agents typing and clicking, a fake Bot API.

Updates go through the real aiogram ``Dispatcher`` (inbox, lock and locale middlewares, the
debtor and agents' routers), the real services and a real SQLite database; topics are made by
the real case poster and replies leave through the real outbox sender into a
:class:`RecordingSession`.
"""

from __future__ import annotations

import itertools
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from aiogram import Bot, Dispatcher
from aiogram.methods import SendMessage
from aiogram.types import (
    CallbackQuery,
    Chat,
    InlineKeyboardMarkup,
    Message,
    PhotoSize,
    Update,
    User,
)

from negotiator.bootstrap import App, bootstrap
from negotiator.channels.telegram.bot import create_dispatcher, create_sender
from negotiator.channels.telegram.desk import CasePoster
from negotiator.channels.telegram.testing import RecordingSession
from negotiator.domain.clock import FixedClock
from negotiator.settings import Settings
from tests.conftest import TEST_SECRET

_UPDATE_IDS = itertools.count(1)


AGENTS_CHAT = -1001234567890
"""The agents' forum supergroup of the tests."""


def an_app(
    folder: Path,
    clock: FixedClock,
    database: str = "bot.db",
    agents_chat: int | None = None,
    **settings_: Any,
) -> App:
    """The application on a SQLite file in ``folder`` (a second call is a restarted process);
    ``settings_`` sets other settings."""
    settings = Settings(
        database_url=f"sqlite+aiosqlite:///{folder / database}",
        secret=TEST_SECRET.decode(),
        data_dir=folder / "data",
        bot_username="negotiator_test_bot",
        agents_chat_id=agents_chat,
        **settings_,
    )
    return bootstrap(settings, clock=clock)


class Telegram:
    """One running bot: its dispatcher, its fake Bot API and its outbox sender."""

    def __init__(self, app: App, session: RecordingSession | None = None) -> None:
        """``session``: Telegram's side of an earlier run, for a restart (default: a new one)."""
        self.app = app
        self.session = session or RecordingSession()
        self.bot = Bot("42:TEST", session=self.session)
        self.dispatcher: Dispatcher = create_dispatcher(app)
        self.sender = create_sender(self.bot, app)
        clock = app.clock
        if isinstance(clock, FixedClock):  # the sender's waits pass on the test's own clock

            async def virtual_sleep(seconds: float) -> None:
                clock.advance(timedelta(seconds=seconds))

            self.sender.sleep = virtual_sleep
        self.poster = CasePoster(self.bot, app.desk, app.settings.agents_chat_id)

    async def deliver(self) -> None:
        """What the background loops do between updates: post cases, send the outbox."""
        await self.poster.post_queued()
        await self.sender.send_due()
        if await self.poster.post_queued():  # a topic found lost while sending is made again
            await self.sender.send_due()

    async def feed(self, update: Update) -> None:
        await self.dispatcher.feed_update(self.bot, update)
        await self.deliver()


class Debtor:
    """A Telegram user in a private chat with the bot."""

    def __init__(self, telegram: Telegram, user_id: int = 777, language: str = "zh-hans") -> None:
        self.telegram = telegram
        self.user = User(id=user_id, is_bot=False, first_name="Debtor", language_code=language)
        self.chat = Chat(id=user_id, type="private")

    def message(self, text: str | None = None, **fields: object) -> Message:
        """A message the debtor writes (its id counted with the bot's, as Telegram does)."""
        return Message(
            message_id=self.telegram.session.user_message(self.chat.id, text),
            date=datetime.now(UTC),
            chat=self.chat,
            from_user=self.user,
            text=text,
            **fields,  # type: ignore[arg-type]
        )

    def _seen(self) -> int:
        return len(self.telegram.session.sent(self.chat.id))

    def replies_since(self, seen: int) -> list[str]:
        return [m.text for m in self.telegram.session.sent(self.chat.id)[seen:]]

    async def update(self, update: Update) -> list[str]:
        seen = self._seen()
        await self.telegram.feed(update)
        return self.replies_since(seen)

    async def send(self, text: str) -> list[str]:
        return await self.update(Update(update_id=next(_UPDATE_IDS), message=self.message(text)))

    async def start(self, payload: str | None = None) -> list[str]:
        return await self.send("/start" + (f" {payload}" if payload else ""))

    async def send_photo(self) -> list[str]:
        photo = [PhotoSize(file_id="f", file_unique_id="u", width=10, height=10)]
        return await self.update(
            Update(update_id=next(_UPDATE_IDS), message=self.message(photo=photo))
        )

    def last_keyboard(self) -> tuple[SendMessage, InlineKeyboardMarkup]:
        for sent in reversed(self.telegram.session.sent(self.chat.id)):
            if isinstance(sent.reply_markup, InlineKeyboardMarkup):
                return sent, sent.reply_markup
        raise AssertionError("no message with buttons was sent")

    async def click(self, label: str) -> list[str]:
        """Press the newest button whose label contains ``label``."""
        _, markup = self.last_keyboard()
        for row in markup.inline_keyboard:
            for button in row:
                if label in button.text:
                    assert button.callback_data is not None
                    return await self.press(button.callback_data)
        raise AssertionError(f"no button {label!r} under the last keyboard")

    async def press(self, data: str) -> list[str]:
        """Send callback data as if a button carrying it was pressed."""
        message = Message(message_id=1, date=datetime.now(UTC), chat=self.chat, text="(buttons)")
        query = CallbackQuery(
            id=str(next(_UPDATE_IDS)),
            from_user=self.user,
            chat_instance="ci",
            message=message,
            data=data,
        )
        return await self.update(Update(update_id=next(_UPDATE_IDS), callback_query=query))


class AgentUser:
    """A member of the agents' forum group (authorised or not: the desk decides)."""

    def __init__(self, telegram: Telegram, user_id: int, name: str = "Agent") -> None:
        self.telegram = telegram
        self.user = User(id=user_id, is_bot=False, first_name=name)
        self.chat = Chat(id=AGENTS_CHAT, type="supergroup", is_forum=True)
        self._messages = itertools.count(1000 * user_id)

    async def write(self, topic: int | None, text: str | None = None, **fields: object) -> None:
        """Post in a topic (``None``: the group's general thread)."""
        message = Message(
            message_id=next(self._messages),
            date=datetime.now(UTC),
            chat=self.chat,
            from_user=self.user,
            text=text,
            message_thread_id=topic,
            is_topic_message=topic is not None or None,
            **fields,  # type: ignore[arg-type]
        )
        await self.telegram.feed(Update(update_id=next(_UPDATE_IDS), message=message))

    async def press(self, card: SendMessage, label: str) -> None:
        """Press the button of ``card`` whose label contains ``label``."""
        assert isinstance(card.reply_markup, InlineKeyboardMarkup)
        for row in card.reply_markup.inline_keyboard:
            for button in row:
                if label in button.text and button.callback_data is not None:
                    await self.press_data(button.callback_data, card.message_thread_id)
                    return
        raise AssertionError(f"no button {label!r} on the card")

    async def press_data(self, data: str, topic: int | None) -> None:
        """Send callback data as if a button carrying it was pressed in ``topic``."""
        message = Message(
            message_id=next(self._messages),
            date=datetime.now(UTC),
            chat=self.chat,
            from_user=User(id=1000, is_bot=True, first_name="negotiator"),
            text="(card)",
            message_thread_id=topic,
        )
        query = CallbackQuery(
            id=str(next(_UPDATE_IDS)),
            from_user=self.user,
            chat_instance="agents",
            message=message,
            data=data,
        )
        await self.telegram.feed(Update(update_id=next(_UPDATE_IDS), callback_query=query))
