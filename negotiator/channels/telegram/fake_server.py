"""A fake Bot API *server* on this machine, for tests that run the bot as a real process.

:class:`~negotiator.channels.telegram.testing.RecordingSession` stands in for Telegram inside
one process; a crash test or a webhook test needs Telegram outside it, over HTTP, surviving
the bot's deaths. :class:`FakeBotApi` serves the Bot API's URL scheme
(``/bot<token>/<method>``) with aiohttp, parses each call into aiogram's own method model and
answers it from a ``RecordingSession`` — the same Telegram the in-process tests talk to:
message ids counted per chat with the debtors' own, edits refused in Telegram's words, failures
and limits on demand. Debtors write through :meth:`FakeBotApi.text` and :meth:`FakeBotApi.press`,
which queue updates for ``getUpdates``; an update leaves the queue only when the bot asks with an
``offset`` past it, as Telegram confirms updates.

Not part of the product: nothing in ``negotiator run`` imports it.
"""

from __future__ import annotations

import asyncio
import contextlib
import email.policy
import itertools
import json
from collections.abc import Callable
from datetime import UTC, datetime
from email.parser import BytesParser
from typing import Any, Final, TypeVar

from aiogram import methods
from aiogram.exceptions import (
    TelegramBadRequest,
    TelegramForbiddenError,
    TelegramRetryAfter,
    TelegramServerError,
)
from aiogram.methods import GetUpdates, TelegramMethod
from aiogram.types import CallbackQuery, Chat, Message, Update, User
from aiohttp import web
from pydantic import BaseModel, ValidationError

from negotiator.channels.telegram.testing import BOT_USER, RecordingSession

T = TypeVar("T")

METHODS: Final[dict[str, type[TelegramMethod[Any]]]] = {
    method.__api_method__: method
    for name in methods.__all__
    if isinstance(method := getattr(methods, name), type)
    and issubclass(method, TelegramMethod)
    and hasattr(method, "__api_method__")
}
"""aiogram's model of every Bot API method, by the method's name."""


class FakeBotApi:
    """Telegram on ``127.0.0.1``: the Bot API over HTTP plus the debtors' side of the chats.

    Args:
        token: The only bot token it answers (others get 401, as Telegram does).
        telegram: Telegram's state (default: a new :class:`RecordingSession`).
    """

    def __init__(self, token: str, telegram: RecordingSession | None = None) -> None:
        self.token = token
        self.telegram = telegram or RecordingSession()
        self.requests = 0
        """Every call received, of any method (a test waits for the bot to be up with it)."""
        self.errors: list[str] = []
        """Calls the fake itself failed on (answered 500): a test asserts there are none."""
        self._queue: list[Update] = []
        self._pushed = asyncio.Event()  # set (and replaced) when a debtor writes
        self._called = asyncio.Event()  # set (and replaced) after each call of the bot
        self._update_ids = itertools.count(1)
        self._confirmed = 0
        self._runner: web.AppRunner | None = None
        self.url = ""

    async def start(self, port: int = 0) -> str:
        """Listen on ``127.0.0.1:port`` (0: any free port); returns the base URL."""
        app = web.Application(client_max_size=50 * 1024 * 1024)
        app.router.add_post("/bot{token}/{method}", self._handle)
        self._runner = web.AppRunner(app, handle_signals=False)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", port)
        await site.start()
        server = site._server  # aiohttp gives the bound port only through its server
        assert server is not None
        host, bound = server.sockets[0].getsockname()[:2]  # type: ignore[attr-defined]
        self.url = f"http://{host}:{bound}"
        return self.url

    async def stop(self) -> None:
        """Stop listening."""
        if self._runner is not None:
            await self._runner.cleanup()

    @property
    def confirmed(self) -> int:
        """The highest ``update_id`` the bot has confirmed (asked for an offset past it)."""
        return self._confirmed

    @property
    def unconfirmed(self) -> int:
        """Updates queued that the bot has not confirmed yet."""
        return len(self._queue)

    async def until(self, probe: Callable[[], T | None], seconds: float = 240.0) -> T:
        """Wait until ``probe()`` (called after each call the bot makes) is not ``None``/False.

        Raises:
            TimeoutError: not within ``seconds``.
        """
        async with asyncio.timeout(seconds):
            while (found := probe()) is None or found is False:
                await self._called.wait()
        return found

    async def text(self, user: User, text: str) -> Update:
        """The debtor ``user`` writes ``text`` in their private chat with the bot."""
        chat = Chat(id=user.id, type="private")
        message = Message(
            message_id=self.telegram.user_message(chat.id, text),
            date=datetime.now(UTC),
            chat=chat,
            from_user=user,
            text=text,
        )
        return await self._push(message=message)

    async def press(self, user: User, message_id: int, data: str) -> Update:
        """The debtor ``user`` presses the button carrying ``data`` under the bot's message."""
        chat = Chat(id=user.id, type="private")
        shown = self.telegram.posted.get((chat.id, message_id))
        message = Message(
            message_id=message_id,
            date=datetime.now(UTC),
            chat=chat,
            from_user=BOT_USER,
            text=shown.text if shown else None,
        )
        query = CallbackQuery(
            id=f"q{message_id}-{len(self._queue)}",
            from_user=user,
            chat_instance=str(chat.id),
            message=message,
            data=data,
        )
        return await self._push(callback_query=query)

    async def _push(self, **content: Any) -> Update:
        update = Update(update_id=next(self._update_ids), **content)
        self._queue.append(update)
        self._pushed.set()
        self._pushed = asyncio.Event()
        return update

    async def _handle(self, request: web.Request) -> web.Response:
        try:
            return await self._answer(request)
        except Exception as exc:
            if _client_went_away(request):
                # A caller killed in the middle of a request (the crash tests SIGKILL the bot
                # while it uploads): reading the cut-off body fails, and that is not the fake's
                # fault. Nobody is left to read the answer.
                return _error(400, f"Bad Request: request cut off by the client: {exc!r}")
            # the fake's own fault: kept for the test to fail on
            self.errors.append(f"{request.match_info['method']}: {exc!r}")
            return _error(500, f"Internal Server Error: {exc!r}")
        finally:
            self.requests += 1
            self._called.set()
            self._called = asyncio.Event()

    async def _answer(self, request: web.Request) -> web.Response:
        if request.match_info["token"] != self.token:
            return _error(401, "Unauthorized")
        name = request.match_info["method"]
        model = METHODS.get(name)
        if model is None:
            return _error(404, "Not Found: method not found")
        try:
            call = model.model_validate(await _params(request))
        except ValidationError as exc:
            return _error(400, f"Bad Request: {exc.errors()[0]['msg']}")
        if isinstance(call, GetUpdates):
            return _ok(await self._updates(call))
        try:
            result = await self.telegram.make_request(None, call)  # type: ignore[arg-type]
        except AssertionError as exc:  # a call the fake does not know: loud, never silent
            return _error(400, f"Bad Request: {exc}")
        except TelegramRetryAfter as exc:
            return _error(429, exc.message, {"retry_after": exc.retry_after})
        except TelegramBadRequest as exc:
            return _error(400, exc.message)
        except TelegramForbiddenError as exc:
            return _error(403, exc.message)
        except TelegramServerError as exc:
            return _error(502, exc.message)
        return _ok(result)

    async def _updates(self, call: GetUpdates) -> list[Update]:
        if call.offset:
            self._confirmed = max(self._confirmed, call.offset - 1)
            self._queue = [u for u in self._queue if u.update_id >= call.offset]
        if not self._queue and call.timeout:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._pushed.wait(), call.timeout)
        return self._queue[: call.limit or 100]


def _client_went_away(request: web.Request) -> bool:
    transport = request.transport
    return transport is None or transport.is_closing()


async def _params(request: web.Request) -> dict[str, Any]:
    """A call's parameters as aiogram sends them: form fields, JSON inside for objects."""
    if request.content_type == "application/json":
        return dict(await request.json())
    if request.content_type == "multipart/form-data":
        # Parsed from the whole body: aiohttp's streaming multipart reader calls its own
        # deprecated unread_data() when the body arrives in small pieces (an upload), and the
        # tests run with warnings as errors.
        form = _multipart(request.headers["Content-Type"], await request.read())
    else:
        form = {k: v for k, v in (await request.post()).items() if isinstance(v, str)}
    params: dict[str, Any] = {}
    for key, value in form.items():
        if value[:1] in "[{" and key not in ("text", "caption"):
            with contextlib.suppress(ValueError):
                params[key] = json.loads(value)
                continue
        params[key] = value
    return params


def _multipart(content_type: str, body: bytes) -> dict[str, str]:
    """The text fields of a multipart/form-data body; an uploaded file is skipped (the field
    naming it says attach://<name>)."""
    head = f"Content-Type: {content_type}\r\n\r\n".encode()
    message = BytesParser(policy=email.policy.HTTP).parsebytes(head + body)
    fields: dict[str, str] = {}
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        payload = part.get_payload(decode=True)
        if not isinstance(name, str) or part.get_filename() is not None:
            continue
        if isinstance(payload, bytes):
            fields[name] = payload.decode(part.get_content_charset() or "utf-8")
    return fields


def _ok(result: Any) -> web.Response:
    if isinstance(result, list):
        result = [_dump(item) for item in result]
    return web.json_response({"ok": True, "result": _dump(result)})


def _dump(value: Any) -> Any:
    if isinstance(value, BaseModel):
        return value.model_dump(mode="json", exclude_none=True, by_alias=True)
    return value


def _error(status: int, description: str, parameters: dict[str, Any] | None = None) -> web.Response:
    body: dict[str, Any] = {"ok": False, "error_code": status, "description": description}
    if parameters:
        body["parameters"] = parameters
    return web.json_response(body, status=status)
