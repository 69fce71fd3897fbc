"""What ``bench_workers.py`` runs around ``negotiator run --webhook --workers N``.

Not a benchmark itself (``bench_workers.py`` imports it; a script's own folder is first on
``sys.path``, so ``import workers_harness`` works from anywhere).

* :func:`fresh_database` / :func:`drop_database`: a scratch PostgreSQL database, migrated.
* :class:`TimedTelegram`: the tests' fake Telegram (``RecordingSession``) that also notes when
  each message reached it, so the bench can time the outbox's drain and check the pacing.
* :class:`WorkerGroup`: the service as a child process, its output in a log file; ready once
  every worker logged that it listens and ``/readyz`` answers; stopped with SIGTERM.
* :func:`text_update` / :func:`press_update`: the JSON Telegram posts to a webhook.
* :func:`write_accounts`: copies of the crash test's example debtors, as many as asked.
* :class:`Load`: the debtors' side, posting their conversations to the webhook as Telegram
  does (one update of a chat at a time, a bounded number in flight, some delivered twice).
"""

from __future__ import annotations

import asyncio
import contextlib
import csv
import itertools
import random
import signal
import statistics
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Final, cast

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import aiohttp
from aiogram import Bot
from aiogram.methods import SendDocument, SendMessage, TelegramMethod
from aiogram.methods.base import TelegramType
from aiogram.types import CallbackQuery, Chat, Message, Update, User
from redis.asyncio import Redis
from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import create_async_engine

from negotiator.channels.telegram.testing import BOT_USER, RecordingSession
from negotiator.storage.engine import create_engine
from negotiator.storage.migrate import upgrade
from tests.integration.test_crash_kill import ACCOUNTS, BUTTONS, PLAYED, WHY

FIRST_CHAT: Final = 8_100_000
"""The chat (and user) id of debtor number 0; debtor ``i`` writes from ``FIRST_CHAT + i``."""

ATTEMPTS: Final = 8
"""How often an update is posted before the bench gives up on it (Telegram retries too)."""

Keyboards = Callable[[int, str], Awaitable[tuple[int, str, str] | None]]
"""``(chat, label)`` -> the button's message id, the message's text and its callback data."""

TELEGRAM_LANGUAGE: Final = {"en": "en", "zh-Hans": "zh-hans", "zh-Hant": "zh-hant"}
"""An account's language -> the ``language_code`` its debtor's Telegram client sends."""


# --- the scratch database ---------------------------------------------------------------------


async def _admin(admin_url: str, statement: str) -> None:
    engine = create_async_engine(admin_url, isolation_level="AUTOCOMMIT")
    try:
        async with engine.connect() as connection:
            await connection.execute(text(statement))
    finally:
        await engine.dispose()


async def fresh_database(admin_url: str, name: str) -> str:
    """Drop ``name`` if it exists, create it empty and migrate it; its URL."""
    await drop_database(admin_url, name)
    await _admin(admin_url, f'CREATE DATABASE "{name}"')
    url = make_url(admin_url).set(database=name).render_as_string(hide_password=False)
    engine = create_engine(url)
    try:
        await upgrade(engine)
    finally:
        await engine.dispose()
    return url


async def drop_database(admin_url: str, name: str) -> None:
    """Drop ``name`` (closing whatever is still connected to it)."""
    await _admin(admin_url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


# --- Telegram ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Arrival:
    """A message of the bot as it reached Telegram.

    Attributes:
        at: ``time.monotonic()`` of this (the bench's) process when it arrived.
        wall: ``time.time()`` then (to compare with the times the workers wrote down).
        chat: The chat it went to.
        message_id: The id Telegram gave it.
        content: ``("sendMessage", text)`` or ``("sendDocument", "")`` (a confirmation PDF).
    """

    at: float
    wall: float
    chat: int
    message_id: int
    content: tuple[str, str]


class TimedTelegram(RecordingSession):
    """The fake Telegram of the tests, noting every delivered message with its arrival time."""

    def __init__(self) -> None:
        super().__init__()
        self.arrivals: list[Arrival] = []

    async def make_request(
        self,
        bot: Bot,
        method: TelegramMethod[TelegramType],
        timeout: int | None = None,  # noqa: ASYNC109 - the BaseSession signature
    ) -> TelegramType:
        """Answer as the fake does; note the messages that went through."""
        answer = await super().make_request(bot, method, timeout)
        if isinstance(method, SendMessage | SendDocument):
            message = cast(Message, answer)
            content = (
                ("sendMessage", method.text)
                if isinstance(method, SendMessage)
                else ("sendDocument", "")
            )
            self.arrivals.append(
                Arrival(
                    time.monotonic(), time.time(), int(method.chat_id), message.message_id, content
                )
            )
        return answer


def pacing(arrivals: Sequence[Arrival]) -> str:
    """How the messages reached Telegram against its limits (30 a second per bot, one a
    second per chat), as measured here: the busiest second, and the gaps between two messages
    to one chat (ideally 1 s each; shorter breaks the limit, longer is time lost)."""
    times = sorted(arrival.at for arrival in arrivals)
    peak, start = 0, 0
    for end, at in enumerate(times):
        while at - times[start] >= 1.0:
            start += 1
        peak = max(peak, end - start + 1)
    last: dict[int, float] = {}
    gaps = []
    for arrival in sorted(arrivals, key=lambda a: a.at):
        if arrival.chat in last:
            gaps.append(arrival.at - last[arrival.chat])
        last[arrival.chat] = arrival.at
    if not gaps:
        return f"at Telegram: {len(times)} messages, at most {peak} within one second"
    gaps.sort()
    short = sum(gap < 1.0 for gap in gaps)
    return (
        f"at Telegram: {len(times)} messages, at most {peak} within one second (limit 30); "
        f"gaps within a chat: shortest {gaps[0]:.3f} s, median {statistics.median(gaps):.2f} s, "
        f"90th {gaps[int(len(gaps) * 0.9)]:.2f} s; {short} of {len(gaps)} under 1 s"
    )


class Bookings:
    """Counts the sends the workers booked with the Redis pacer, by sampling its sorted set of
    the bot's bookings of the last second (each member is unique; an entry leaves the set only
    once it is a second old and another booking is made, so sampling five times a second sees
    nearly all of them: the count is a lower bound).

    Args:
        url: The Redis the workers pace through.
        bot_id: The bot's id (the number before the colon of its token).
    """

    def __init__(self, url: str, bot_id: int) -> None:
        self.redis: Redis = Redis.from_url(url)
        self.key = f"{{negotiator:bot{bot_id}}}:pacing:bot"  # see RedisPacer and create_sender
        self.seen: set[bytes] = set()

    async def watch(self, stop: asyncio.Event) -> None:
        """Sample until ``stop`` is set."""
        try:
            while not stop.is_set():
                self.seen.update(await self.redis.zrange(self.key, 0, -1))
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(stop.wait(), 0.2)
        finally:
            await self.redis.aclose()


def text_update(update_id: int, user: User, words: str) -> dict[str, Any]:
    """The update of ``user`` writing ``words`` in their private chat with the bot."""
    message = Message(
        message_id=update_id,
        date=datetime.now(UTC),
        chat=Chat(id=user.id, type="private"),
        from_user=user,
        text=words,
    )
    return _json(Update(update_id=update_id, message=message))


def press_update(
    update_id: int, user: User, message_id: int, shown: str, data: str
) -> dict[str, Any]:
    """The update of ``user`` pressing the button carrying ``data`` under the bot's message
    ``message_id`` (which shows ``shown``)."""
    message = Message(
        message_id=message_id,
        date=datetime.now(UTC),
        chat=Chat(id=user.id, type="private"),
        from_user=BOT_USER,
        text=shown,
    )
    query = CallbackQuery(
        id=f"bench-{update_id}",
        from_user=user,
        chat_instance=str(user.id),
        message=message,
        data=data,
    )
    return _json(Update(update_id=update_id, callback_query=query))


def _json(update: Update) -> dict[str, Any]:
    # As Telegram sends it: "from", not "from_user"; dates as Unix time.
    return update.model_dump(mode="json", exclude_none=True, by_alias=True)


# --- the debtors ------------------------------------------------------------------------------

Step = tuple[str, str]
"""``("text", what the debtor writes)`` or ``("press", the label of the button pressed)``."""


@dataclass(frozen=True, slots=True)
class Debtor:
    """A copy of one of the crash test's example debtors, with an account of its own.

    Attributes:
        index: Its number (``FIRST_CHAT + index`` is the chat).
        reference: The account reference (``WB-000000`` ...).
        template: The example account it copies (same person, debt and answers).
        language: The account's language.
        user: The Telegram user.
        steps: What they send, in order (the link's ``/start`` is filled in later).
    """

    index: int
    reference: str
    template: str
    language: str
    user: User
    steps: tuple[Step, ...]

    def script(self, link: str) -> list[Step]:
        """The steps with ``/start`` carrying the account's signed link."""
        return [("text", f"/start {link}"), *self.steps]

    def recorded(self) -> list[str]:
        """What the conversation's record should hold of the debtor's messages, in order."""
        return [
            "<start>",
            *(value if kind == "text" else "<button>" for kind, value in self.steps),
        ]


def write_accounts(path: Path, count: int) -> list[Debtor]:
    """Write ``count`` accounts copying the crash test's played example accounts in turn,
    each under a reference of its own; the debtors who owe them."""
    with ACCOUNTS.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        columns = list(reader.fieldnames or ())
        rows = {row["reference"]: row for row in reader}
    debtors = []
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, columns)
        writer.writeheader()
        for index in range(count):
            template = PLAYED[index % len(PLAYED)]
            row = {**rows[template], "reference": f"WB-{index:06d}"}
            writer.writerow(row)
            language = row["language"]
            accept, agree = BUTTONS[language]
            user = User(
                id=FIRST_CHAT + index,
                is_bot=False,
                first_name=row["name"],
                language_code=TELEGRAM_LANGUAGE[language],
            )
            steps = (
                ("text", row["dob"] or row["id_last4"]),
                ("text", WHY[language]),
                ("press", accept),
                ("press", agree),
            )
            debtors.append(Debtor(index, row["reference"], template, language, user, steps))
    return debtors


# --- the service ------------------------------------------------------------------------------


class WorkerGroup:
    """``negotiator run --webhook --workers N --no-set-webhook`` as a child process.

    Args:
        workers: N.
        port: The port every worker serves.
        environment: The child's environment (its ``NEGOTIATOR_*`` settings).
        log: Where its standard output and error go; its folder is the working directory
            (so no ``.env`` of the checkout is read).
    """

    def __init__(self, workers: int, port: int, environment: dict[str, str], log: Path) -> None:
        self.workers = workers
        self.port = port
        self.environment = environment
        self.log = log
        self.process: asyncio.subprocess.Process | None = None

    async def start(self, seconds: float = 600.0) -> float:
        """Start it and wait until it serves; the seconds that took.

        Raises:
            RuntimeError: it ended, or was not ready within ``seconds``.
        """
        began = time.monotonic()
        with self.log.open("wb") as output:
            self.process = await asyncio.create_subprocess_exec(
                sys.executable,
                "-m",
                "negotiator",
                *("run", "--webhook", "--no-set-webhook"),
                *("--workers", str(self.workers), "--port", str(self.port)),
                env=self.environment,
                cwd=self.log.parent,
                stdout=output,
                stderr=output,
            )
        try:
            async with asyncio.timeout(seconds):
                await self._until_listening()
                await self._until_ready()
        except TimeoutError:
            raise RuntimeError(f"not serving after {seconds:.0f} s; see {self.log}") from None
        return time.monotonic() - began

    async def _until_listening(self) -> None:
        expected = [f"worker {n} listening" for n in range(self.workers)]
        while True:
            if self.process is None or self.process.returncode is not None:
                tail = self.log.read_text(errors="replace")[-3000:]
                raise RuntimeError(f"the workers ended while starting:\n{tail}")
            written = await asyncio.to_thread(self.log.read_text, errors="replace")
            if all(line in written for line in expected):
                return
            await asyncio.sleep(0.5)

    async def _until_ready(self) -> None:
        url = f"http://127.0.0.1:{self.port}/readyz"
        async with aiohttp.ClientSession() as client:
            while True:
                with contextlib.suppress(aiohttp.ClientError):
                    async with client.get(url) as response:
                        if response.status == 200:
                            return
                await asyncio.sleep(0.5)

    async def stop(self, seconds: float = 180.0) -> int | None:
        """SIGTERM, and wait; the exit status (``None``: still running, then killed)."""
        if self.process is None:
            return None
        if self.process.returncode is None:
            self.process.send_signal(signal.SIGTERM)
        try:
            return await asyncio.wait_for(self.process.wait(), seconds)
        except TimeoutError:
            self.kill()
            return None

    def kill(self) -> None:
        """Kill it outright (the bench failed)."""
        if self.process is not None and self.process.returncode is None:
            self.process.kill()

    def complaints(self) -> list[str]:
        """The log's error lines and tracebacks' last lines."""
        lines = self.log.read_text(errors="replace").splitlines()
        found = []
        for number, line in enumerate(lines):
            if " ERROR " in line or " CRITICAL " in line:
                found.append(line)
            elif line.startswith("Traceback"):
                following = lines[number + 1 :]
                ending = next((x for x in following if x and not x.startswith(" ")), "")
                found.append(f"Traceback ... {ending}")
        return found


# --- the load ---------------------------------------------------------------------------------


class Load:
    """The debtors' side: conversations posted to the webhook as Telegram posts them."""

    def __init__(
        self,
        endpoint: str,
        token: str,
        concurrency: int,
        redeliver: float,
        seed: int,
        keyboards: Keyboards,
    ) -> None:
        self.endpoint = endpoint
        self.headers = {"X-Telegram-Bot-Api-Secret-Token": token}
        self.concurrency = concurrency
        self.slots = asyncio.Semaphore(concurrency)
        self.redeliver = redeliver
        self.seed = seed
        self.keyboards = keyboards
        self.update_ids = itertools.count(1)
        self.latencies: list[float] = []
        self.posted: dict[int, list[int]] = defaultdict(list)  # chat -> its update ids
        self.redelivered: Counter[str] = Counter()
        self.posts = 0
        self.refused: list[str] = []  # answers other than 200 (the update was posted again)
        self.stuck: list[str] = []
        self.first = self.last = 0.0

    async def run(self, debtors: Sequence[Debtor], links: dict[str, str]) -> None:
        """Every debtor's conversation at once; returns when each has had its last ``200``."""
        pool = aiohttp.TCPConnector(limit=self.concurrency)  # keep-alive, like Telegram's
        fresh = aiohttp.TCPConnector(force_close=True)  # a new connection each time
        async with (
            aiohttp.ClientSession(connector=pool) as self._pool,
            aiohttp.ClientSession(connector=fresh) as self._fresh,
        ):
            self.first = time.monotonic()
            await asyncio.gather(*(self.converse(d, links[d.reference]) for d in debtors))

    async def converse(self, debtor: Debtor, link: str) -> None:
        """One debtor's messages, each after the last one's ``200``."""
        rng = random.Random(self.seed * 1_000_003 + debtor.index)
        chat = debtor.user.id
        for number, (kind, value) in enumerate(debtor.script(link)):
            update_id = next(self.update_ids)
            if kind == "text":
                update = text_update(update_id, debtor.user, value)
            else:
                found = await self.keyboards(chat, value)
                if found is None:
                    self.stuck.append(
                        f"{debtor.reference} (chat {chat}): no {value!r} button to press at "
                        f"step {number + 1}"
                    )
                    return
                update = press_update(update_id, debtor.user, *found)
            self.posted[chat].append(update_id)
            if not await self.deliver(update, rng):
                self.stuck.append(f"{debtor.reference} (chat {chat}): update {update_id} refused")
                return

    async def deliver(self, update: dict[str, Any], rng: random.Random) -> bool:
        """Post ``update`` (twice, for a share of them); whether it was answered ``200``."""
        roll, delay = rng.random(), rng.uniform(0.0, 0.05)
        if roll < self.redeliver / 2:
            self.redelivered["racing"] += 1

            async def again() -> bool:
                await asyncio.sleep(delay)
                return await self.post(update, self._fresh, timed=False)

            first, second = await asyncio.gather(self.post(update, self._pool), again())
            return first and second
        answered = await self.post(update, self._pool)
        if roll < self.redeliver:
            self.redelivered["after"] += 1
            answered = await self.post(update, self._pool, timed=False) and answered
        return answered

    async def post(
        self, update: dict[str, Any], client: aiohttp.ClientSession, *, timed: bool = True
    ) -> bool:
        """POST until ``200`` (at most :data:`ATTEMPTS` times)."""
        for attempt in range(ATTEMPTS):
            async with self.slots:
                began = time.monotonic()
                try:
                    async with client.post(
                        self.endpoint, json=update, headers=self.headers
                    ) as response:
                        await response.read()
                        outcome = str(response.status)
                except aiohttp.ClientError as exc:
                    outcome = f"{type(exc).__name__}: {exc}"
                ended = time.monotonic()
            self.posts += 1
            if outcome == "200":
                if timed:
                    self.latencies.append(ended - began)
                self.last = max(self.last, ended)
                return True
            self.refused.append(f"update {update['update_id']}: {outcome}")
            await asyncio.sleep(min(0.5 * 2**attempt, 10.0))
        return False
