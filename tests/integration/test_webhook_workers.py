"""``negotiator run --webhook --workers 2`` as a real process group on PostgreSQL.

The parent starts two spawned workers on one port (``SO_REUSEPORT``); worker 0 registers the
webhook with a fake Bot API *server* (:mod:`negotiator.channels.telegram.fake_server`). Updates
posted to the port — each delivered twice, as Telegram does when it missed an answer — are all
handled once, every reply is sent once, and SIGTERM stops the group cleanly.
"""

from __future__ import annotations

import asyncio
import os
import signal
import socket
import sys
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from aiogram.methods import SetWebhook
from aiogram.types import Chat, Message, Update, User
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine

from negotiator.channels.telegram.fake_server import FakeBotApi
from negotiator.settings import Settings
from negotiator.storage.engine import create_engine
from tests.conftest import TEST_SECRET, _truncate_all

TOKEN = "42:WEBHOOK-TEST"
URL = "https://bot.example.test/telegram/webhook"
DEBTORS = [User(id=900 + n, is_bot=False, first_name=f"D{n}", language_code="en") for n in range(6)]

pytestmark = pytest.mark.postgres


@pytest.fixture
async def database(postgres_url: str) -> AsyncIterator[AsyncEngine]:
    engine = create_engine(postgres_url)
    await _truncate_all(engine)
    yield engine
    await engine.dispose()


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


async def rows(engine: AsyncEngine, query: str) -> list[tuple[Any, ...]]:
    async with engine.connect() as connection:
        return [tuple(row) for row in await connection.execute(text(query))]


def start_update(update_id: int, user: User) -> dict[str, Any]:
    message = Message(
        message_id=1,
        date=datetime.now(UTC),
        chat=Chat(id=user.id, type="private"),
        from_user=user,
        text="/start",
    )
    return Update(update_id=update_id, message=message).model_dump(mode="json", exclude_none=True)


async def test_two_workers_on_one_port_handle_every_update_once(
    database: AsyncEngine, postgres_url: str, tmp_path: Path
) -> None:
    api = FakeBotApi(TOKEN)
    port = free_port()
    environment = {
        **{k: v for k, v in os.environ.items() if not k.startswith("NEGOTIATOR_")},
        "NEGOTIATOR_DATABASE_URL": postgres_url,
        "NEGOTIATOR_BOT_TOKEN": TOKEN,
        "NEGOTIATOR_TELEGRAM_API": await api.start(),
        "NEGOTIATOR_SECRET": TEST_SECRET.decode(),
        "NEGOTIATOR_DATA_DIR": str(tmp_path / "data"),
        "NEGOTIATOR_WEBHOOK_URL": URL,
    }
    log = tmp_path / "workers.log"
    with log.open("wb") as output:
        group = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "negotiator",
            *("run", "--webhook", "--workers", "2", "--port", str(port)),
            env=environment,
            cwd=tmp_path,
            stdout=output,
            stderr=output,
        )
    try:
        await until_listening(group, log)
        [registered] = [c.method for c in api.telegram.calls if isinstance(c.method, SetWebhook)]
        assert registered.url == URL
        assert (
            registered.secret_token == Settings(secret=TEST_SECRET.decode()).webhook_secret_token()
        )
        assert registered.drop_pending_updates is False
        assert {"message", "callback_query"} <= set(registered.allowed_updates or ())

        endpoint = f"http://127.0.0.1:{port}/telegram/webhook"
        headers = {"X-Telegram-Bot-Api-Secret-Token": registered.secret_token}
        updates = [start_update(n, user) for n, user in enumerate(DEBTORS, start=1)]

        async def deliver(update: dict[str, Any]) -> int:
            # A connection of its own each: the kernel spreads connections among the workers.
            async with (
                aiohttp.ClientSession() as client,
                client.post(endpoint, json=update, headers=headers) as response,
            ):
                return response.status

        assert await asyncio.gather(*map(deliver, updates)) == [200] * len(updates)
        assert await asyncio.gather(*map(deliver, updates)) == [200] * len(updates)  # again
        await api.until(
            lambda: all(api.telegram.delivered(user.id) for user in DEBTORS), seconds=60
        )
        async with asyncio.timeout(60):
            # Another process sends: the database is the only place to watch.
            while await rows(database, "SELECT id FROM outbox WHERE status != 'sent'"):  # noqa: ASYNC110
                await asyncio.sleep(0.2)

        group.send_signal(signal.SIGTERM)
        assert await asyncio.wait_for(group.wait(), 90) == 0
    except BaseException:
        if group.returncode is None:
            group.kill()
        print(log.read_text()[-6000:])
        raise
    finally:
        await api.stop()

    assert api.errors == []
    assert "Traceback" not in log.read_text()
    count = len(DEBTORS)
    assert await rows(database, "SELECT count(*), count(processed_at) FROM inbox") == [
        (count, count)
    ]
    for user in DEBTORS:
        received = await rows(
            database,
            "SELECT count(*) FROM messages m JOIN conversations c ON c.id = m.conversation_id "
            f"WHERE c.chat_id = {user.id} AND m.direction = 'in'",
        )
        assert received == [(1,)]
        sent = await rows(
            database,
            f"SELECT telegram_message_id FROM outbox WHERE chat_id = {user.id} ORDER BY id",
        )
        shown = sorted(
            mid for (chat, mid), p in api.telegram.posted.items() if chat == user.id and p.by_bot
        )
        assert [message_id for (message_id,) in sent] == shown  # each reply sent once


async def until_listening(group: asyncio.subprocess.Process, log: Path) -> None:
    """Wait until both workers listen and the leader registered the webhook."""
    async with asyncio.timeout(300):  # two fresh interpreters load everything on a busy box
        while True:
            if group.returncode is not None:
                raise AssertionError(f"the workers ended with {group.returncode}")
            written = await asyncio.to_thread(log.read_text)
            if (
                all(f"worker {n} listening" in written for n in (0, 1))
                and "webhook is set" in written
            ):
                return
            await asyncio.sleep(0.5)
