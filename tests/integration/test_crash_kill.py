"""The bot killed with SIGKILL, again and again, while debtors talk to it (issue 8).

The bot runs as a real ``negotiator run`` process, long polling a fake Bot API *server*
(:mod:`negotiator.channels.telegram.fake_server`) that outlives it, on a SQLite file. Debtors of
the example portfolio — in English, Simplified and Traditional Chinese — arrive over a minute
and negotiate to an agreement, each waiting for the bot's answer before writing again, as people
do. Meanwhile the process is killed at random moments (seeded) at least twenty times and started
again. Afterwards:

* every update the debtors sent was handled exactly once (each conversation's record holds each
  of its messages once, in order; the inbox holds every update, processed);
* every debtor has exactly one agreement;
* every outbox row was sent exactly once: what each chat shows from the bot is the chat's outbox,
  row for row, in order, with the message ids Telegram gave — nothing missing, nothing twice;
* the audit chain verifies.
"""

from __future__ import annotations

import asyncio
import contextlib
import csv
import json
import os
import random
import signal
import sqlite3
import sys
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from aiogram.types import InlineKeyboardMarkup, User

from negotiator.bootstrap import bootstrap
from negotiator.channels.telegram.fake_server import FakeBotApi
from negotiator.channels.telegram.testing import Posted
from negotiator.services.account_import import import_accounts
from negotiator.settings import PROJECT_ROOT, Settings
from tests.conftest import TEST_SECRET

KILLS = 20
SEED = 20261130
TOKEN = "42:CRASH-TEST"
ACCOUNTS = PROJECT_ROOT / "examples" / "accounts.csv"
ZYGOTE = Path(__file__).with_name("bot_zygote.py")
WHY = {
    "en": "I lost my job, I could pay $450 a month",
    "zh-Hans": "公司裁员，我失业了，每个月3000左右吧",
    "zh-Hant": "公司裁員，我失業了，每個月3000左右吧",
}
BUTTONS = {
    "en": ("Accept", "I agree"),
    "zh-Hans": ("接受", "我同意"),
    "zh-Hant": ("接受", "我同意"),
}
PLAYED = [
    *(f"CN-1000{n:02d}" for n in (1, 2, 3, 4, 5, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19)),
    *(f"US-2000{n:02d}" for n in (1, 2, 3, 4, 5, 6, 7, 8, 10)),
]
"""The example accounts whose debtors this script takes to an agreement."""
PATIENCE = 3600.0
"""How long a debtor waits for each answer: as long as the kill storm lasts. A start that finds
a call in doubt probes for it, a second apart, before anything else is sent (at most 20 s), so a
chat can see no answer through many starts on a slow machine; what bounds the test is the 300 s
the debtors have to finish after the last start."""


@dataclass
class Debtor:
    """One debtor's side of the chat: write, wait for the bot, press its buttons."""

    user: User
    link: str
    steps: list[tuple[str, str]]
    arrives_after: float
    done: bool = False

    async def talk(self, api: FakeBotApi) -> None:
        await asyncio.sleep(self.arrives_after)
        chat = self.user.id
        seen = 0
        for index, (kind, value) in enumerate(self.steps):
            if kind == "text":
                if index:  # wait for the bot to answer the last message first
                    seen = await api.until(lambda seen=seen: _shown(api, chat, seen), PATIENCE)
                await api.text(self.user, value)
            else:
                message_id, data = await api.until(
                    lambda value=value, seen=seen: _button(api, chat, value, seen), PATIENCE
                )
                seen = len(_bot_messages(api, chat))
                await api.press(self.user, message_id, data)
        # the written confirmation (the PDF)
        await api.until(lambda: any(p.caption for _, p in _bot_messages(api, chat)), PATIENCE)
        self.done = True


def _bot_messages(api: FakeBotApi, chat: int) -> list[tuple[int, Posted]]:
    return sorted(
        (mid, p) for (c, mid), p in list(api.telegram.posted.items()) if c == chat and p.by_bot
    )


def _shown(api: FakeBotApi, chat: int, seen: int) -> int | None:
    count = len(_bot_messages(api, chat))
    return count if count > seen else None


def _button(api: FakeBotApi, chat: int, label: str, seen: int) -> tuple[int, str] | None:
    for message_id, posted in _bot_messages(api, chat)[seen:]:
        if isinstance(posted.markup, InlineKeyboardMarkup):
            for row in posted.markup.inline_keyboard:
                for button in row:
                    if label in button.text and button.callback_data:
                        return message_id, button.callback_data
    return None


def debtors(links: dict[str, str]) -> list[Debtor]:
    with ACCOUNTS.open(encoding="utf-8-sig", newline="") as handle:
        rows = {row["reference"]: row for row in csv.DictReader(handle)}
    played = []
    for number, reference in enumerate(PLAYED):
        row = rows[reference]
        language = row["language"]
        accept, agree = BUTTONS[language]
        user = User(
            id=7_000_000 + number,
            is_bot=False,
            first_name=row["name"],
            language_code={"en": "en", "zh-Hans": "zh-hans", "zh-Hant": "zh-hant"}[language],
        )
        steps = [
            ("text", f"/start {links[reference]}"),
            ("text", row["dob"] or row["id_last4"]),
            ("text", WHY[language]),
            ("press", accept),
            ("press", agree),
        ]
        played.append(Debtor(user, links[reference], steps, arrives_after=2.5 * number))
    return played


async def prepare(folder: Path) -> tuple[dict[str, str], dict[str, str]]:
    """A database with the example accounts; the links; the bot's environment."""
    settings = Settings(
        database_url=f"sqlite+aiosqlite:///{folder / 'bot.db'}",
        secret=TEST_SECRET.decode(),
        data_dir=folder / "data",
    )
    app = bootstrap(settings)
    await app.ensure_schema()
    await import_accounts(
        ACCOUNTS, policy=app.policy, signer=app.signer, uow=app.uow(), clock=app.clock
    )
    links = {reference: app.signer.link_payload(reference) for reference in PLAYED}
    await app.close()
    environment = {
        **{k: v for k, v in os.environ.items() if not k.startswith("NEGOTIATOR_")},
        "NEGOTIATOR_DATABASE_URL": settings.database_url,
        "NEGOTIATOR_SECRET": TEST_SECRET.decode(),
        "NEGOTIATOR_DATA_DIR": str(folder / "data"),
        "NEGOTIATOR_BOT_TOKEN": TOKEN,
    }
    return links, environment


class BotProcess:
    """``negotiator run`` as child processes of a zygote (:mod:`.bot_zygote`), output in a log."""

    def __init__(self, environment: dict[str, str], log: Path) -> None:
        self.environment = environment
        self.log = log
        self.zygote: asyncio.subprocess.Process | None = None
        self.pid = 0

    async def _ask(self, line: str) -> int:
        if self.zygote is None:
            self.zygote = await asyncio.create_subprocess_exec(
                sys.executable,
                str(ZYGOTE),
                env=self.environment,
                stdin=asyncio.subprocess.PIPE,
                stdout=asyncio.subprocess.PIPE,
            )
        assert self.zygote.stdin is not None
        assert self.zygote.stdout is not None
        self.zygote.stdin.write(line.encode() + b"\n")
        await self.zygote.stdin.drain()
        return int(await asyncio.wait_for(self.zygote.stdout.readline(), 120))

    async def start(self) -> None:
        self.pid = await self._ask(f"spawn {self.log}")

    async def kill(self) -> None:
        os.kill(self.pid, signal.SIGKILL)
        assert await self._ask(f"wait {self.pid}") == -signal.SIGKILL

    async def stop(self) -> int:
        os.kill(self.pid, signal.SIGTERM)
        return await self._ask(f"wait {self.pid}")

    async def close(self) -> None:
        if self.zygote is not None and self.zygote.stdin is not None:
            self.zygote.stdin.close()
            await self.zygote.wait()


def rows(database: Path, query: str) -> list[tuple[Any, ...]]:
    with contextlib.closing(sqlite3.connect(database)) as db:
        return db.execute(query).fetchall()


async def test_sigkill_at_random_moments_loses_nothing_and_doubles_nothing(
    tmp_path: Path,
) -> None:
    links, environment = await prepare(tmp_path)
    api = FakeBotApi(TOKEN)
    environment["NEGOTIATOR_TELEGRAM_API"] = await api.start()
    played = debtors(links)
    load = asyncio.gather(*(debtor.talk(api) for debtor in played))
    bot = BotProcess(environment, tmp_path / "bot.log")
    rng = random.Random(SEED)
    try:
        for _ in range(KILLS):
            before = api.requests
            await bot.start()
            await api.until(lambda before=before: api.requests > before, 60)  # it is up and talking
            await asyncio.sleep(rng.uniform(0.05, 2.5))
            await bot.kill()
            assert not load.done(), "the load ended before the last kill: make it longer"
        await bot.start()
        await asyncio.wait_for(load, 300)
        await quiet(api)
        assert await bot.stop() == 0
        stopped = datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S")
    except BaseException:
        load.cancel()
        with contextlib.suppress(BaseException):
            await bot.kill()
        print((tmp_path / "bot.log").read_text()[-6000:])
        for debtor in played:
            if not debtor.done:
                print("unfinished", debtor.user.id, _bot_messages(api, debtor.user.id)[-2:])
        print(rows(tmp_path / "bot.db", "SELECT * FROM outbox WHERE status != 'sent'"))
        raise
    finally:
        await bot.close()
        await api.stop()

    assert api.errors == []  # the fake Telegram never failed on its own
    database = tmp_path / "bot.db"
    # Every update stored and processed; each debtor's messages on record once each, in order.
    updates = 5 * len(PLAYED)
    assert rows(database, "SELECT count(*), count(processed_at) FROM inbox") == [(updates, updates)]
    for debtor in played:
        recorded = rows(
            database,
            "SELECT m.text FROM messages m JOIN conversations c ON c.id = m.conversation_id "
            f"WHERE c.chat_id = {debtor.user.id} AND m.direction = 'in' ORDER BY m.id",
        )
        assert [text for (text,) in recorded] == [
            "<start>",
            debtor.steps[1][1],
            debtor.steps[2][1],
            "<button>",
            "<button>",
        ]
    # One agreement per debtor.
    agreements = rows(database, "SELECT account_reference, count(*) FROM agreements GROUP BY 1")
    assert sorted(agreements) == sorted((reference, 1) for reference in PLAYED)
    # Each outbox row sent exactly once: each chat shows its outbox, row for row.
    # Nothing failed, nothing left in doubt, nothing due left unsent (reminders for the coming
    # instalments wait for their day).
    unsent = rows(
        database,
        "SELECT id, chat_id, status, not_before, attempts, last_error FROM outbox "
        f"WHERE status != 'sent' AND NOT (status = 'pending' AND not_before > '{stopped}')",
    )
    assert unsent == []
    for debtor in played:
        outbox = rows(
            database,
            "SELECT telegram_message_id, method, payload FROM outbox "
            f"WHERE chat_id = {debtor.user.id} ORDER BY id",
        )
        shown = _bot_messages(api, debtor.user.id)
        outbox = [row for row in outbox if row[0] is not None]  # without the reminders to come
        assert [message_id for message_id, _ in shown] == [sent for sent, _, _ in outbox]
        for (_, posted), (_, method, payload) in zip(shown, outbox, strict=True):
            if method == "sendMessage":
                assert posted.text == json.loads(payload)["text"]
            else:
                assert posted.caption is not None
    # The audit chain holds after all of it.
    verify = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "negotiator", "audit", "verify", env=environment
    )
    assert await verify.wait() == 0


async def quiet(api: FakeBotApi, seconds: float = 3.0) -> None:
    """Wait until the bot has made no call for ``seconds`` (its outbox is empty)."""
    last = -1
    while api.telegram.calls and len(api.telegram.calls) != last:
        last = len(api.telegram.calls)
        await asyncio.sleep(seconds)
