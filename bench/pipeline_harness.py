"""What the end-to-end benchmarks share: debtors, their messages, the bot and an echo bot.

Not a benchmark itself. ``bench_e2e.py``, ``bench_memory.py`` and ``profile_e2e.py`` import it
(a script's own folder is first on ``sys.path``, so ``import pipeline_harness`` works from
anywhere).

* :func:`make_debtors` writes an accounts CSV the way ``bench_import.py`` does and reads the
  debtors back with what they will say at each step of a negotiation, in their language.
* :class:`Pipeline` is the real bot: :func:`~negotiator.bootstrap.bootstrap`, the real
  dispatcher (inbox, lock, locale middlewares, the debtor router) and the real outbox sender,
  talking to a :class:`TimedSession` — the tests' ``RecordingSession`` that also notes when
  each reply reached it.
* :class:`EchoBot` is a bare aiogram dispatcher with one handler, ``message.answer(text)``, on
  the same kind of session: the ceiling aiogram itself puts on the rate.

Both are fed raw update dicts through ``Dispatcher.feed_raw_update``, as the webhook handler
feeds what Telegram posts (JSON parsed into an ``Update`` per request). ``concurrency`` updates
are in flight at once, as Telegram keeps up to ``max_connections`` (40 by default) webhook
requests open; 1 is long polling (``handle_as_tasks=False``).

Sending limits: the outbox sender keeps Telegram's limits (one message a second per chat, 30 a
second per bot) with a pacer on the app's clock. A benchmark of the pipeline's own speed must
not measure those limits (``bench_delivery.py`` does), so the sender gets a
:class:`~negotiator.channels.telegram.pacing.MemoryPacer` whose limits never bind: every
booking still goes through the real pacer code, and it always answers "now". The clock is a
``FixedClock`` (the tests' Sunday 22 November 2026), so every run negotiates the same debts.
"""

from __future__ import annotations

import asyncio
import contextlib
import csv
import itertools
import logging
import math
import os
import sys
import time
import uuid
from collections import defaultdict
from collections.abc import AsyncIterator, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any, Final, TypeVar

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

# isort: off
# The adapter before aiogram, as in the bot: aiogram's types built leaves first (telegram_types.py)
import negotiator.channels.telegram  # noqa: F401

# isort: on
from aiogram import Bot, Dispatcher
from aiogram.methods import SendDocument, SendMessage, TelegramMethod
from aiogram.types import Message
from bench_import import NOW, generate

from negotiator.bootstrap import App, bootstrap
from negotiator.channels.telegram.bot import create_dispatcher, create_sender
from negotiator.channels.telegram.pacing import MemoryPacer, SendLimits
from negotiator.channels.telegram.sender import OutboxSender
from negotiator.channels.telegram.testing import RecordingSession
from negotiator.domain.clock import FixedClock
from negotiator.services.account_import import import_accounts
from negotiator.settings import Settings
from negotiator.storage.migrate import HEAD, current_revision, upgrade

T = TypeVar("T")

# aiogram logs every failed update with its traceback; the benchmarks count them instead.
logging.getLogger("aiogram.event").setLevel(logging.CRITICAL)

SECRET: Final = "bench-secret-bench-secret-bench-secret-bench!!"
"""The installation secret of every benchmark (links and identity hashes depend on it)."""

FIRST_CHAT: Final = 10_000_000
"""The chat id of debtor number 0; debtor ``i`` writes from ``FIRST_CHAT + i``."""

UNLIMITED: Final = SendLimits(per_chat=timedelta(0), per_bot=10**9, per_group=10**9)
"""Limits that never make the sender wait (see the module docstring)."""

STEPS: Final = ("start", "dob", "reason", "capacity", "accept", "agree")
"""A negotiation from the letter's link to the agreement, one debtor message per step."""

PHRASES: Final = {
    "zh-Hans": {
        "reason": "公司裁员，我失业了",
        "capacity": "每个月{amount}左右吧",
        "accept": "好的，我接受",
        "agree": "我同意",
    },
    "zh-Hant": {
        "reason": "公司裁員，我失業了",
        "capacity": "每個月{amount}左右吧",
        "accept": "好的，我接受",
        "agree": "我同意",
    },
    "en": {
        "reason": "I lost my job",
        "capacity": "I could pay {amount} a month",
        "accept": "ok, I accept",
        "agree": "yes I agree",
    },
}
"""What a debtor says at each step after the date of birth, by account language."""


@dataclass(frozen=True, slots=True)
class Debtor:
    """One imported account and the person who owes it.

    Attributes:
        index: Its number (``FIRST_CHAT + index`` is the chat).
        reference: The account reference.
        language: The account's language (``zh-Hans``, ``zh-Hant``, ``en``).
        dob: The date of birth on file (the identity answer).
        balance: What is owed in the account's currency.
    """

    index: int
    reference: str
    language: str
    dob: str
    balance: Decimal

    @property
    def chat_id(self) -> int:
        """The debtor's private chat with the bot."""
        return FIRST_CHAT + self.index

    @property
    def client_language(self) -> str:
        """What Telegram reports as the user's ``language_code``."""
        return self.language.lower()

    def says(self, step: str, link_payload: str) -> str:
        """The debtor's message at ``step`` (one of :data:`STEPS`)."""
        if step == "start":
            return f"/start {link_payload}"
        if step == "dob":
            return self.dob
        phrase = PHRASES[self.language][step]
        # About a twelfth of the balance a month: most get a plan, some are handed over.
        return phrase.format(amount=math.ceil(self.balance / 12))


def make_debtors(
    folder: Path, count: int, seed: int = 1, keep: int | None = None
) -> tuple[Path, list[Debtor]]:
    """Write ``count`` accounts to ``folder/accounts.csv``; the file and its debtors (the
    first ``keep`` of them, all by default)."""
    path = folder / "accounts.csv"
    generate(path, count, seed)
    with path.open(encoding="utf-8", newline="") as handle:
        rows = itertools.islice(csv.DictReader(handle), keep)
        debtors = [
            Debtor(
                index=number,
                reference=row["reference"],
                language=row["language"],
                dob=row["dob"],
                balance=Decimal(row["principal"]) + Decimal(row["interest"]) + Decimal(row["fees"]),
            )
            for number, row in enumerate(rows)
        ]
    return path, debtors


class TimedSession(RecordingSession):
    """The tests' fake Bot API, noting when each message reached it, per chat.

    Attributes:
        replies: ``perf_counter()`` of every ``sendMessage``/``sendDocument`` per chat.
        sends: How many messages and documents were sent.
        record: Whether to keep every request (as ``RecordingSession`` does) and the times;
            the memory benchmark turns it off so the fake's own records do not count. Off, the
            message ids come from one counter for every chat, not one per chat: a chat's state
            on Telegram's side is not the bot's memory (10,000 chats: ~6 MB).
    """

    def __init__(self, record: bool = True) -> None:
        super().__init__()
        self.replies: defaultdict[int, list[float]] = defaultdict(list)
        self.record = record
        self.sends = 0
        self._every_chat = itertools.count(1)

    def _next_id(self, chat_id: int) -> int:
        return super()._next_id(chat_id) if self.record else next(self._every_chat)

    async def make_request(
        self,
        bot: Bot,
        method: TelegramMethod[Any],
        timeout: int | None = None,  # noqa: ASYNC109 - the BaseSession signature
    ) -> Any:
        """Answer as ``RecordingSession`` does; note the time of a send."""
        answer = await super().make_request(bot, method, timeout)
        if isinstance(method, SendMessage | SendDocument):
            self.sends += 1
            if self.record:
                self.replies[int(method.chat_id)].append(time.perf_counter())
        if not self.record:
            self.calls.clear()
            self.posted.clear()
        return answer


def raw_update(
    update_id: int, chat_id: int, message_id: int, text: str, language: str
) -> dict[str, Any]:
    """A private text message as Telegram posts it to a webhook."""
    return {
        "update_id": update_id,
        "message": {
            "message_id": message_id,
            "date": int(NOW.timestamp()),
            "chat": {"id": chat_id, "type": "private", "first_name": "Debtor"},
            "from": {
                "id": chat_id,
                "is_bot": False,
                "first_name": "Debtor",
                "language_code": language,
            },
            "text": text,
        },
    }


async def feed(dispatcher: Dispatcher, bot: Bot, update: dict[str, Any], errors: list[str]) -> None:
    """Feed one update as the webhook does; a failure is noted in ``errors``, not raised (the
    webhook would answer 500 and Telegram would deliver the update again)."""
    try:
        await dispatcher.feed_raw_update(bot, update)
    except Exception as exc:  # counted and reported by the benchmark
        errors.append(f"update {update['update_id']}: {type(exc).__name__}: {exc}".split("\n")[0])


async def feed_all(
    dispatcher: Dispatcher,
    bot: Bot,
    updates: Sequence[dict[str, Any]],
    concurrency: int,
    errors: list[str],
) -> None:
    """Feed every update, ``concurrency`` in flight at a time, in order of arrival."""
    queue = iter(updates)

    async def worker() -> None:
        for update in queue:  # one shared iterator: each update goes to one worker
            await feed(dispatcher, bot, update, errors)

    await asyncio.gather(*(worker() for _ in range(max(1, concurrency))))


class EchoBot:
    """A bare aiogram bot that answers each message with its text, on a :class:`TimedSession`."""

    def __init__(self) -> None:
        self.session = TimedSession()
        self.bot = Bot("42:ECHO", session=self.session)
        self.dispatcher = Dispatcher()

        async def echo(message: Message) -> None:
            await message.answer(message.text or "")

        self.dispatcher.message.register(echo)
        self.errors: list[str] = []

    async def round(self, updates: Sequence[dict[str, Any]], concurrency: int) -> float:
        """Seconds to answer every update (each answer is sent inside its handler)."""
        started = time.perf_counter()
        await feed_all(self.dispatcher, self.bot, updates, concurrency, self.errors)
        return time.perf_counter() - started


@dataclass
class Pipeline:
    """The real bot on a database: dispatcher, services, outbox sender, fake Bot API.

    Build it with :meth:`open`. ``sender_interval`` is how long the sender waits when it found
    nothing to send (``OutboxSender.run``'s default, 0.5 s, is what ``negotiator run`` uses).
    """

    app: App
    session: TimedSession
    bot: Bot
    dispatcher: Dispatcher
    sender: OutboxSender
    sender_interval: float = 0.5
    errors: list[str] = field(default_factory=list)
    _update_ids: itertools.count[int] = field(default_factory=lambda: itertools.count(1))

    @classmethod
    @contextlib.asynccontextmanager
    async def open(
        cls, url: str, data_dir: Path, *, record: bool = True, sender_interval: float = 0.5
    ) -> AsyncIterator[Pipeline]:
        """Wire the bot on ``url`` (migrated here), closing it afterwards."""
        settings = Settings(
            _env_file=None,  # type: ignore[call-arg]  # pydantic-settings' init option
            database_url=url,
            secret=SECRET,
            data_dir=data_dir,
            bot_username="negotiator_bench_bot",
        )
        clock = FixedClock(NOW)
        app = bootstrap(settings, clock=clock)
        if await current_revision(app.engine) != HEAD:  # current (imported): Alembic stays out
            await upgrade(app.engine)
        session = TimedSession(record)
        bot = Bot("42:BENCH", session=session)
        sender = create_sender(bot, app)
        sender.pacer = MemoryPacer(clock, UNLIMITED)
        try:
            yield cls(app, session, bot, create_dispatcher(app), sender, sender_interval)
        finally:
            await app.close()

    async def import_accounts(self, csv_path: Path) -> int:
        """Import the accounts as ``negotiator accounts import`` does; how many."""
        report = await import_accounts(
            csv_path,
            policy=self.app.policy,
            signer=self.app.signer,
            uow=self.app.uow(),
            clock=self.app.clock,
        )
        return report.total

    def updates(self, debtors: Iterable[Debtor], step: str) -> list[dict[str, Any]]:
        """Each debtor's message at ``step``, as raw updates (message ids from the fake)."""
        signer = self.app.signer
        result = []
        for debtor in debtors:
            text = debtor.says(step, signer.link_payload(debtor.reference))
            result.append(
                raw_update(
                    next(self._update_ids),
                    debtor.chat_id,
                    self.session.user_message(debtor.chat_id, None),
                    text,
                    debtor.client_language,
                )
            )
        return result

    @contextlib.asynccontextmanager
    async def sending(self) -> AsyncIterator[None]:
        """Run the outbox sender as ``negotiator run`` does, beside the body; on leaving,
        stop it and let it deliver everything still queued (its graceful shutdown)."""
        stop = asyncio.Event()
        task = asyncio.create_task(self.sender.run(stop, self.sender_interval))
        try:
            yield
        finally:
            stop.set()
            await task

    async def round(self, updates: Sequence[dict[str, Any]], concurrency: int) -> float:
        """Seconds from the first update fed until the last reply they caused was sent."""
        started = time.perf_counter()
        async with self.sending():
            await feed_all(self.dispatcher, self.bot, updates, concurrency, self.errors)
        return time.perf_counter() - started

    async def states(self) -> dict[str, int]:
        """How many conversations are in each dialog state."""
        from sqlalchemy import func, select

        from negotiator.storage.models import ConversationRow

        async with self.app.sessions() as session:
            rows = await session.execute(
                select(ConversationRow.state, func.count()).group_by(ConversationRow.state)
            )
            return dict(rows.all())


@contextlib.asynccontextmanager
async def postgres_database(server_url: str) -> AsyncIterator[str]:
    """A fresh PostgreSQL database on ``server_url`` (any database the user may connect to),
    dropped on leaving; yields its SQLAlchemy URL. Raises ``OSError`` and the like when the
    server cannot be reached."""
    import asyncpg
    from sqlalchemy.engine import make_url

    server = make_url(server_url)
    name = f"negotiator_bench_{uuid.uuid4().hex[:10]}"
    dsn = server.set(drivername="postgresql").render_as_string(hide_password=False)
    admin = await asyncio.wait_for(asyncpg.connect(dsn), timeout=5)
    try:
        await admin.execute(f'CREATE DATABASE "{name}"')
    finally:
        await admin.close()
    try:
        yield server.set(database=name).render_as_string(hide_password=False)
    finally:
        admin = await asyncpg.connect(dsn)
        try:
            await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        finally:
            await admin.close()


def rss_mb() -> float:
    """This process's resident memory now, in MB (Linux ``/proc``; 0 elsewhere)."""
    with contextlib.suppress(OSError):
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def rss_parts_mb() -> dict[str, float]:
    """This process's resident memory by kind, in MB (Linux ``/proc``; empty elsewhere):
    ``anonymous`` (the heap: Python's objects, the libraries' own), ``file`` (pages of mapped
    files — shared libraries, a memory-mapped table — which the kernel may drop and read again)
    and ``shared``."""
    names = {"RssAnon:": "anonymous", "RssFile:": "file", "RssShmem:": "shared"}
    parts: dict[str, float] = {}
    with contextlib.suppress(OSError):
        for line in Path("/proc/self/status").read_text().splitlines():
            key = line.split(maxsplit=1)[0] if line else ""
            if key in names:
                parts[names[key]] = int(line.split()[1]) / 1024
    return parts


def percentile(values: Sequence[float], share: float) -> float:
    """The ``share`` quantile (nearest rank) of ``values``; NaN when there are none."""
    if not values:
        return math.nan
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, math.ceil(share * len(ordered)) - 1))]


def machine() -> str:
    """One line on what ran the benchmark."""
    load = os.getloadavg()[0]
    return f"Python {sys.version.split()[0]}, {os.cpu_count()} CPU(s), load {load:.2f}"


__all__ = [
    "STEPS",
    "Debtor",
    "EchoBot",
    "Pipeline",
    "TimedSession",
    "feed",
    "feed_all",
    "machine",
    "make_debtors",
    "percentile",
    "postgres_database",
    "raw_update",
    "rss_mb",
]
