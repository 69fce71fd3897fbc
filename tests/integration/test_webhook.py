"""Webhook mode (``negotiator run --webhook``): Telegram posts updates to the bot's HTTP server.

The aiohttp application of :mod:`negotiator.channels.telegram.webhook` is served by aiohttp's
own test server on localhost, around the real dispatcher, services and a SQLite file, with the
outbox sender of :func:`~negotiator.channels.telegram.bot.serving` running in the background
into a fake Bot API (:class:`RecordingSession`). The clock is the real one: the sender paces
messages on it.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
from collections.abc import AsyncIterator, Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from aiogram import Bot
from aiogram.types import Chat, Message, Update, User
from aiohttp.test_utils import TestClient, TestServer
from prometheus_client.parser import text_string_to_metric_families
from sqlalchemy import text
from typer.testing import CliRunner

from negotiator.bootstrap import App, bootstrap
from negotiator.channels.telegram.bot import Role, create_dispatcher, serving
from negotiator.channels.telegram.testing import RecordingSession
from negotiator.channels.telegram.webhook import create_web_app
from negotiator.cli import app as cli
from negotiator.domain.clock import SystemClock
from negotiator.settings import Settings
from negotiator.storage.engine import create_engine
from tests.conftest import TEST_SECRET

PATH = "/telegram/webhook"
DEBTOR = User(id=777, is_bot=False, first_name="Debtor", language_code="en")
_UPDATE_IDS = itertools.count(1)

Web = tuple[TestClient[Any, Any], RecordingSession]


def settings_in(folder: Path, **overrides: Any) -> Settings:
    return Settings(
        database_url=f"sqlite+aiosqlite:///{folder / 'bot.db'}",
        secret=TEST_SECRET.decode(),
        data_dir=folder / "data",
        bot_username="negotiator_test_bot",
        **overrides,
    )


@pytest.fixture
async def app(tmp_path: Path) -> AsyncIterator[App]:
    application = bootstrap(settings_in(tmp_path), clock=SystemClock())
    await application.ensure_schema()
    yield application
    await application.close()


@contextlib.asynccontextmanager
async def webhook_server(app: App) -> AsyncIterator[Web]:
    """The webhook server of a (follower) worker: the endpoint plus the outbox sender."""
    session = RecordingSession()
    bot = Bot("42:TEST", session=session)
    dispatcher = create_dispatcher(app)
    async with serving(app, bot, dispatcher, Role(leader=False)) as background:
        web_app = create_web_app(app, bot, dispatcher, background.sending)
        async with TestClient(TestServer(web_app)) as client:
            yield client, session


@pytest.fixture
async def web(app: App) -> AsyncIterator[Web]:
    async with webhook_server(app) as served:
        yield served


def secret(app: App) -> dict[str, str]:
    return {"X-Telegram-Bot-Api-Secret-Token": app.settings.webhook_secret_token()}


def debtor_writes(words: str, update_id: int | None = None) -> dict[str, Any]:
    """The JSON Telegram posts when the debtor writes ``words``."""
    message = Message(
        message_id=next(_UPDATE_IDS),
        date=datetime.now(UTC),
        chat=Chat(id=DEBTOR.id, type="private"),
        from_user=DEBTOR,
        text=words,
    )
    update = Update(update_id=update_id or next(_UPDATE_IDS), message=message)
    return update.model_dump(mode="json", exclude_none=True)


async def count(app: App, query: str) -> int:
    async with app.engine.connect() as connection:
        return int((await connection.execute(text(query))).scalar_one())


async def eventually(probe: Callable[[], bool], seconds: float = 20.0) -> None:
    async with asyncio.timeout(seconds):
        while not probe():  # noqa: ASYNC110 - the fake Bot API records calls; no event to wait on
            await asyncio.sleep(0.05)


async def test_a_wrong_secret_token_is_rejected_and_nothing_is_stored(app: App, web: Web) -> None:
    client, _ = web
    response = await client.post(
        PATH, json=debtor_writes("/start"), headers={"X-Telegram-Bot-Api-Secret-Token": "guess"}
    )
    assert response.status == 401
    assert await count(app, "SELECT count(*) FROM inbox") == 0
    assert await count(app, "SELECT count(*) FROM conversations") == 0


async def test_a_post_without_the_secret_token_is_rejected(app: App, web: Web) -> None:
    client, _ = web
    response = await client.post(PATH, json=debtor_writes("/start"))
    assert response.status == 401
    assert await count(app, "SELECT count(*) FROM inbox") == 0


async def test_an_update_is_answered_only_once_it_is_stored_and_its_reply_queued(
    app: App, web: Web
) -> None:
    client, _ = web
    update = debtor_writes("/start")
    response = await client.post(PATH, json=update, headers=secret(app))
    assert response.status == 200
    # Right after Telegram's 200, with nothing awaited in between: all of it is committed.
    assert (
        await count(
            app,
            f"SELECT count(*) FROM inbox WHERE update_id = {update['update_id']} "
            "AND processed_at IS NOT NULL",
        )
        == 1
    )
    assert await count(app, f"SELECT count(*) FROM outbox WHERE chat_id = {DEBTOR.id}") >= 1


async def test_the_same_update_delivered_twice_is_handled_once(app: App, web: Web) -> None:
    client, _ = web
    update = debtor_writes("/start")
    first = await client.post(PATH, json=update, headers=secret(app))
    queued = await count(app, "SELECT count(*) FROM outbox")
    again = await client.post(PATH, json=update, headers=secret(app))
    assert (first.status, again.status) == (200, 200)
    assert await count(app, "SELECT count(*) FROM outbox") == queued
    assert await count(app, "SELECT count(*) FROM messages WHERE direction = 'in'") == 1
    assert await count(app, "SELECT count(*) FROM inbox") == 1


async def test_healthz_answers_while_the_process_runs(web: Web) -> None:
    client, _ = web
    response = await client.get("/healthz")
    assert response.status == 200
    assert await response.text() == "ok"


async def test_readyz_is_ready_when_the_database_answers_and_not_when_it_does_not(
    app: App, web: Web, tmp_path: Path
) -> None:
    client, _ = web
    ready = await client.get("/readyz")
    assert ready.status == 200
    assert (await ready.json())["ready"] is True
    working = app.engine
    app.engine = create_engine(f"sqlite+aiosqlite:///{tmp_path / 'gone' / 'bot.db'}")
    try:
        down = await client.get("/readyz")
    finally:
        await app.engine.dispose()
        app.engine = working
    assert down.status == 503
    assert "the database does not answer" in (await down.json())["reason"]


async def test_readyz_is_not_ready_when_the_outbox_sender_stopped(app: App) -> None:
    bot = Bot("42:TEST", session=RecordingSession())
    stopped = asyncio.create_task(asyncio.sleep(0))
    await stopped
    web_app = create_web_app(app, bot, create_dispatcher(app), stopped)
    async with TestClient(TestServer(web_app)) as client:
        response = await client.get("/readyz")
        assert response.status == 503
        assert (await response.json())["reason"] == "the outbox sender is not running"


def samples(exposition: str) -> dict[tuple[str, frozenset[tuple[str, str]]], float]:
    return {
        (sample.name, frozenset(sample.labels.items())): sample.value
        for family in text_string_to_metric_families(exposition)
        for sample in family.samples
    }


async def test_metrics_count_updates_verdicts_replies_and_escalations(app: App, web: Web) -> None:
    client, session = web
    await client.post(PATH, json=debtor_writes("/start"), headers=secret(app))
    await client.post(PATH, json=debtor_writes("/agent"), headers=secret(app))
    queued = await count(app, "SELECT count(*) FROM outbox")
    await eventually(lambda: len(session.sent(DEBTOR.id)) == queued)
    async with app.engine.connect() as connection:
        reason = (await connection.execute(text("SELECT reason FROM cases"))).scalar_one()

    response = await client.get("/metrics")
    assert response.status == 200
    assert response.headers["Content-Type"].startswith("text/plain")
    figures = samples(await response.text())
    assert figures[("negotiator_updates_total", frozenset({("kind", "message")}))] == 2
    allowed = figures[
        ("negotiator_verdicts_total", frozenset({("outcome", "allow"), ("rule", "")}))
    ]
    assert allowed == queued  # every reply was checked, and each was allowed
    assert figures[("negotiator_replies_total", frozenset())] == queued
    assert figures[("negotiator_outbox_latency_seconds_count", frozenset())] == queued
    assert figures[("negotiator_escalations_total", frozenset({("reason", reason)}))] == 1
    assert figures[("negotiator_outbox_backlog", frozenset())] == 0


async def test_metrics_show_the_outbox_backlog_from_the_database(app: App) -> None:
    async with app.uow() as uow:
        for chat in (1, 2, 3):
            await uow.outbox.enqueue(chat, "sendMessage", {"text": "hi"}, app.clock.now())
        await uow.commit()
    bot = Bot("42:TEST", session=RecordingSession())
    idle = asyncio.create_task(asyncio.Event().wait())  # a sender that sends nothing
    try:
        web_app = create_web_app(app, bot, create_dispatcher(app), idle)
        async with TestClient(TestServer(web_app)) as client:
            figures = samples(await (await client.get("/metrics")).text())
    finally:
        idle.cancel()
    assert figures[("negotiator_outbox_backlog", frozenset())] == 3


def test_the_derived_webhook_secret_is_stable_and_what_telegram_accepts(tmp_path: Path) -> None:
    token = settings_in(tmp_path).webhook_secret_token()
    assert token == settings_in(tmp_path / "elsewhere").webhook_secret_token()
    assert token.isalnum()
    assert len(token) == 64
    other = Settings(secret="another-secret-that-is-long-enough-for-hmac", data_dir=tmp_path)
    assert other.webhook_secret_token() != token


def test_a_configured_webhook_secret_with_characters_telegram_refuses_is_refused(
    tmp_path: Path,
) -> None:
    assert settings_in(tmp_path, webhook_secret="ok_-123").webhook_secret_token() == "ok_-123"
    with pytest.raises(ValueError, match="A-Z, a-z, 0-9, _ and -"):
        settings_in(tmp_path, webhook_secret="not/allowed").webhook_secret_token()


@pytest.fixture
def sqlite_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("NEGOTIATOR_DATABASE_URL", f"sqlite+aiosqlite:///{tmp_path / 'n.db'}")
    monkeypatch.setenv("NEGOTIATOR_BOT_TOKEN", "42:TEST")


@pytest.mark.usefixtures("sqlite_env")
def test_several_workers_on_sqlite_are_refused_with_the_fix() -> None:
    result = CliRunner().invoke(cli, ["run", "--webhook", "--workers", "2"])
    assert result.exit_code == 1
    assert "several workers need PostgreSQL" in result.stderr
    assert "NEGOTIATOR_DATABASE_URL=postgresql+asyncpg://" in result.stderr


@pytest.mark.usefixtures("sqlite_env")
def test_webhook_options_without_webhook_are_refused() -> None:
    result = CliRunner().invoke(cli, ["run", "--workers", "2"])
    assert result.exit_code == 1
    assert "go with --webhook" in result.stderr


@pytest.mark.usefixtures("sqlite_env")
def test_the_webhook_needs_its_public_url_to_register_it() -> None:
    result = CliRunner().invoke(cli, ["run", "--webhook"])
    assert result.exit_code == 1
    assert "set NEGOTIATOR_WEBHOOK_URL" in result.stderr
