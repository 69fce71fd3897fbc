"""A fake Bot API for tests and benchmarks: records every call, never touches the network.

Like httpx's ``MockTransport``, it is the one network-facing seam, replaced whole:
``Bot(token, session=RecordingSession())``. It answers the calls negotiator makes as Telegram
does — message ids counted per chat and shared with the debtor's own messages, edits refused
with Telegram's words ("message is not modified", "message to edit not found", "message can't
be edited") — can be told to fail the next calls (a 429, a 403), to lose the answer to the next
sends after delivering them, to fail a share of all sends at random (429s and 5xx), or to
enforce Telegram's sending limits on a clock and count every violation; and it refuses any call
it does not know, so a test notices a new kind of request.
"""

from __future__ import annotations

import itertools
import random
from collections import deque
from collections.abc import AsyncGenerator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, cast

from aiogram import Bot
from aiogram.client.session.base import BaseSession
from aiogram.exceptions import (
    TelegramBadRequest,
    TelegramNetworkError,
    TelegramRetryAfter,
    TelegramServerError,
)
from aiogram.methods import (
    AnswerCallbackQuery,
    CreateForumTopic,
    DeleteWebhook,
    EditMessageCaption,
    EditMessageText,
    GetMe,
    SendDocument,
    SendMessage,
    SetMyCommands,
    SetWebhook,
    TelegramMethod,
)
from aiogram.methods.base import TelegramType
from aiogram.types import Chat, ForumTopic, Message, User

from negotiator.channels.telegram.pacing import SendLimits
from negotiator.domain.clock import Clock

BOT_USER = User(id=1000, is_bot=True, first_name="negotiator", username="negotiator_demo_bot")


@dataclass(slots=True)
class Posted:
    """A message as Telegram keeps it: who wrote it and what it shows."""

    by_bot: bool
    text: str | None = None
    caption: str | None = None
    markup: Any = None


@dataclass(frozen=True, slots=True)
class Call:
    """One request the bot made.

    Attributes:
        name: The Bot API method (``sendMessage``).
        method: The request itself, with all its fields.
    """

    name: str
    method: TelegramMethod[Any]


class RecordingSession(BaseSession):
    """A session that records calls instead of sending them."""

    def __init__(self) -> None:
        super().__init__()
        self.calls: list[Call] = []
        self.posted: dict[tuple[int, int], Posted] = {}
        self._failures: list[Exception] = []
        self._lost_answers = 0
        self._ids: dict[int, itertools.count[int]] = {}
        self._topics = itertools.count(101)
        self.violations = 0
        self._faults: tuple[float, random.Random] | None = None
        self._judge: _LimitJudge | None = None

    def flaky(self, share: float, seed: int = 0) -> None:
        """Fail ``share`` of all sends at random, half with a 429 and half with a 5xx."""
        self._faults = (share, random.Random(seed))

    def enforce_limits(self, clock: Clock, limits: SendLimits | None = None) -> None:
        """Answer a send over Telegram's limits with a 429, and count it in ``violations``."""
        self._judge = _LimitJudge(clock, limits or SendLimits())

    def fail_next(self, *errors: Exception) -> None:
        """Raise these, one per call, before answering normally again."""
        self._failures.extend(errors)

    def lose_next_answers(self, count: int = 1) -> None:
        """Deliver the next ``count`` sends but answer each with a network error, as when the
        connection breaks after Telegram took the message (or the bot is killed then)."""
        self._lost_answers += count

    def user_message(self, chat_id: int, text: str | None = None) -> int:
        """A message the debtor (or an agent) writes: its id, counted with the bot's."""
        message_id = self._next_id(chat_id)
        self.posted[(chat_id, message_id)] = Posted(by_bot=False, text=text)
        return message_id

    def delivered(self, chat_id: int) -> list[Posted]:
        """What the chat shows from the bot now (after any edits), in order."""
        return [
            posted
            for (chat, _), posted in sorted(self.posted.items())
            if chat == chat_id and posted.by_bot
        ]

    def _next_id(self, chat_id: int) -> int:
        return next(self._ids.setdefault(chat_id, itertools.count(1)))

    def sent(self, chat_id: int | None = None) -> list[SendMessage]:
        """The messages sent (to ``chat_id``), in order."""
        return [
            call.method
            for call in self.calls
            if isinstance(call.method, SendMessage)
            and (chat_id is None or call.method.chat_id == chat_id)
        ]

    def topics(self) -> list[CreateForumTopic]:
        """The forum topics created, in order."""
        return [call.method for call in self.calls if isinstance(call.method, CreateForumTopic)]

    def answers(self) -> list[AnswerCallbackQuery]:
        """The answers to button presses, in order."""
        return [call.method for call in self.calls if isinstance(call.method, AnswerCallbackQuery)]

    async def close(self) -> None:
        """Nothing to close."""

    async def make_request(
        self,
        bot: Bot,
        method: TelegramMethod[TelegramType],
        timeout: int | None = None,  # noqa: ASYNC109 - the BaseSession signature
    ) -> TelegramType:
        """Record ``method`` and answer it."""
        if self._failures:
            raise self._failures.pop(0)
        if isinstance(method, SendMessage | SendDocument):
            self._police(method)
        self.calls.append(Call(method.__api_method__, method))
        answer = cast(TelegramType, self._answer(method))
        if self._lost_answers and isinstance(method, SendMessage | SendDocument):
            self._lost_answers -= 1
            raise TelegramNetworkError(method, "Connection reset by peer")
        return answer

    def _police(self, method: SendMessage | SendDocument) -> None:
        if self._faults is not None:
            share, rng = self._faults
            if rng.random() < share:
                if rng.random() < 0.5:
                    raise TelegramRetryAfter(method, "Too Many Requests", retry_after=1)
                raise TelegramServerError(method, "Bad Gateway")
        if self._judge is not None and not self._judge.allows(int(method.chat_id)):
            self.violations += 1
            raise TelegramRetryAfter(method, "Too Many Requests: limit exceeded", retry_after=1)

    def _answer(self, method: TelegramMethod[Any]) -> Any:
        if isinstance(method, SendMessage | SendDocument):
            chat_id = int(method.chat_id)
            message_id = self._next_id(chat_id)
            posted = Posted(
                by_bot=True,
                text=method.text if isinstance(method, SendMessage) else None,
                caption=method.caption if isinstance(method, SendDocument) else None,
                markup=method.reply_markup,
            )
            self.posted[(chat_id, message_id)] = posted
            return self._message(chat_id, message_id, posted, method.message_thread_id)
        if isinstance(method, EditMessageText | EditMessageCaption):
            return self._edit(method)
        if isinstance(method, CreateForumTopic):
            return ForumTopic(
                message_thread_id=next(self._topics), name=method.name, icon_color=0x6FB9F0
            )
        if isinstance(method, AnswerCallbackQuery | SetMyCommands | SetWebhook | DeleteWebhook):
            return True
        if isinstance(method, GetMe):
            return BOT_USER
        raise AssertionError(f"the fake Bot API does not expect {method.__api_method__}")

    def _edit(self, method: EditMessageText | EditMessageCaption) -> Message:
        assert method.chat_id is not None
        assert method.message_id is not None
        chat_id, message_id = int(method.chat_id), method.message_id
        posted = self.posted.get((chat_id, message_id))
        if posted is None:
            raise TelegramBadRequest(method, "Bad Request: message to edit not found")
        if not posted.by_bot:
            raise TelegramBadRequest(method, "Bad Request: message can't be edited")
        if isinstance(method, EditMessageText):
            changed = Posted(True, text=method.text, markup=method.reply_markup)
        else:
            changed = Posted(True, text=posted.text, caption=method.caption, markup=posted.markup)
        if changed == posted:
            raise TelegramBadRequest(
                method,
                "Bad Request: message is not modified: specified new message content and reply "
                "markup are exactly the same as a current content and reply markup of the message",
            )
        self.posted[(chat_id, message_id)] = changed
        return self._message(chat_id, message_id, changed, None)

    @staticmethod
    def _message(chat_id: int, message_id: int, posted: Posted, thread: int | None) -> Message:
        return Message(
            message_id=message_id,
            date=datetime.now(UTC),
            chat=Chat(id=chat_id, type="private" if chat_id > 0 else "supergroup"),
            message_thread_id=thread,
            from_user=BOT_USER,
            text=posted.text,
            caption=posted.caption,
        )

    async def stream_content(
        self,
        url: str,
        headers: dict[str, Any] | None = None,
        timeout: int = 30,  # noqa: ASYNC109 - the BaseSession signature
        chunk_size: int = 65536,
        raise_for_status: bool = True,
    ) -> AsyncGenerator[bytes, None]:
        """No files to download in tests."""
        raise AssertionError("the fake Bot API serves no files")
        yield b""  # pragma: no cover


class _LimitJudge:
    """Telegram's side of the limits: was this send one too many?"""

    def __init__(self, clock: Clock, limits: SendLimits) -> None:
        self.clock = clock
        self.limits = limits
        self.bot: deque[datetime] = deque()
        self.chats: dict[int, datetime] = {}
        self.groups: dict[int, deque[datetime]] = {}

    def allows(self, chat_id: int) -> bool:
        now = self.clock.now()
        while self.bot and self.bot[0] <= now - timedelta(seconds=1):
            self.bot.popleft()
        if len(self.bot) >= self.limits.per_bot:
            return False
        if chat_id < 0:
            group = self.groups.setdefault(chat_id, deque())
            while group and group[0] <= now - timedelta(minutes=1):
                group.popleft()
            if len(group) >= self.limits.per_group:
                return False
            group.append(now)
        else:
            last = self.chats.get(chat_id)
            if last is not None and now - last < self.limits.per_chat:
                return False
            self.chats[chat_id] = now
        self.bot.append(now)
        return True
