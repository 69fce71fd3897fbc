"""Wiring the Telegram side: the bot, the dispatcher with its middlewares, and long polling.

Whatever receives the updates — long polling here, the webhook server of :mod:`.webhook` — runs
inside :func:`serving`, which prepares the process and runs the background loops around it.
"""

from __future__ import annotations

import asyncio
import contextlib
import io
import logging
import signal
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from aiogram import Bot, Dispatcher
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer
from aiogram.exceptions import TelegramNetworkError
from aiogram.types import BotCommand, Update

from negotiator.bootstrap import App
from negotiator.channels.telegram.counting import UpdateCounter
from negotiator.channels.telegram.desk import AgentsRoom, CasePoster
from negotiator.channels.telegram.handlers import DebtorChat
from negotiator.channels.telegram.i18n import CatalogI18n, DebtorLocaleMiddleware
from negotiator.channels.telegram.middlewares import ChatLockMiddleware, InboxMiddleware
from negotiator.channels.telegram.pacing import create_pacer
from negotiator.channels.telegram.sender import OutboxSender
from negotiator.dialog.vocabulary import COMMANDS
from negotiator.errors import NegotiatorError

log = logging.getLogger(__name__)

STRANDED_AFTER = timedelta(minutes=1)
"""An update stored this long ago and not processed is not in flight: its handling failed."""

MENU_LANGUAGES = {"en": None, "zh_Hans": "zh"}
"""Catalog locale -> Telegram ``language_code`` of the command menu (``None``: the default)."""


def create_bot(app: App) -> Bot:
    """The bot, talking to ``NEGOTIATOR_TELEGRAM_API`` (Telegram's, or a local Bot API server).

    Raises:
        NegotiatorError: no ``NEGOTIATOR_BOT_TOKEN`` is set.
    """
    token = app.settings.bot_token
    if token is None:
        raise NegotiatorError("set NEGOTIATOR_BOT_TOKEN to the token @BotFather gave you")
    server = TelegramAPIServer.from_base(app.settings.telegram_api)
    return Bot(token.get_secret_value(), session=AiohttpSession(api=server))


def create_dispatcher(app: App) -> Dispatcher:
    """The dispatcher: inbox, per-chat lock and locale middlewares around the debtor router
    and, when ``NEGOTIATOR_AGENTS_CHAT_ID`` is set, the agents' group router."""
    service = app.conversations
    # negotiator keeps every conversation's state in its database: aiogram's FSM would only
    # keep an empty record per chat in memory (about 8 MB per 10,000 chats, bench_memory)
    dispatcher = Dispatcher(disable_fsm=True)
    dispatcher.update.outer_middleware(InboxMiddleware(app.uow, app.clock))
    # Inside the inbox: a redelivery of an update handled already is not counted again.
    dispatcher.update.outer_middleware(UpdateCounter(app.metrics.update))
    lock = ChatLockMiddleware()
    dispatcher.message.outer_middleware(lock)
    dispatcher.edited_message.outer_middleware(lock)
    dispatcher.callback_query.outer_middleware(lock)
    DebtorLocaleMiddleware(CatalogI18n(service.renderer.catalogs)).setup(dispatcher)
    dispatcher.include_router(DebtorChat(service, app.uow, app.signer).router())
    agents_chat = app.settings.agents_chat_id
    if agents_chat is not None:
        dispatcher.include_router(AgentsRoom(app.desk, agents_chat, app.uow, app.clock).router())
    return dispatcher


def create_sender(bot: Bot, app: App) -> OutboxSender:
    """The outbox sender, telling the desk about deleted forum topics, the conversations
    about debtors who blocked the bot, and the metrics about each delivery."""

    async def blocked(chat_id: int) -> None:
        async with app.uow() as uow:
            if await app.conversations.unreachable(uow, "telegram", chat_id):
                await uow.commit()

    return OutboxSender(
        bot,
        app.uow,
        app.clock,
        app.signer,
        app.confirmations,
        on_lost_topic=app.desk.topic_lost,
        on_blocked=blocked,
        on_sent=app.metrics.sent,
        queued=app.outbox_queued,
        documents_at_once=app.settings.document_workers(),
        # Several processes sending for one bot share its rate limits through Redis.
        pacer=create_pacer(app.clock, app.settings.redis_url, namespace=f"negotiator:bot{bot.id}"),
    )


async def replay_inbox(
    dispatcher: Dispatcher, bot: Bot, app: App, received_before: datetime | None = None
) -> int:
    """Handle the updates stored but not processed; how many.

    An update is stored before it is handled and marked processed with its effects, so one
    stored but unprocessed was interrupted (a crash, a kill) or its handling failed (a database
    error): it is handled now. At start-up (``received_before=None``) that is every such
    update, before new ones are asked for; while running, those stranded longer than that.
    Whatever happens, each is tried once here and then marked done, so a poison update cannot
    stop the bot; a replay racing a redelivery is rolled back (see :class:`InboxMiddleware`).
    """
    replayed = 0
    tried: set[int] = set()
    while True:
        async with app.uow() as uow:
            pending = await uow.inbox.pending(received_before=received_before)
        pending = [(update_id, payload) for update_id, payload in pending if update_id not in tried]
        if not pending:
            return replayed
        for update_id, payload in pending:
            tried.add(update_id)
            try:
                update = Update.model_validate(payload, context={"bot": bot})
                await dispatcher.feed_update(bot, update)
            except Exception:  # a poison update must not stop the bot
                log.exception("replaying update %s failed; marking it done", update_id)
            async with app.uow() as uow:  # handled, unhandled or failed: never again
                await uow.inbox.give_up(update_id, app.clock.now())
                await uow.commit()
            replayed += 1


async def run_inbox_retries(
    dispatcher: Dispatcher, bot: Bot, app: App, stop: asyncio.Event, interval: float = 30.0
) -> None:
    """Every ``interval`` seconds until ``stop``: handle again the updates whose handling
    failed (stored, not processed, for longer than :data:`STRANDED_AFTER`)."""
    while not stop.is_set():
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stop.wait(), interval)
        if stop.is_set():
            return
        try:
            retried = await replay_inbox(
                dispatcher, bot, app, received_before=app.clock.now() - STRANDED_AFTER
            )
            if retried:
                log.warning("handled %d update(s) again after their handling failed", retried)
        except Exception:  # the next round tries again
            log.exception("the inbox retry round failed")


async def run_reminders(app: App, stop: asyncio.Event, interval: float = 60.0) -> None:
    """Every ``interval`` seconds until ``stop``: apply payments and follow up missed ones,
    then queue the reminders whose day has come."""
    while not stop.is_set():
        try:
            await app.follow_ups.tick()
            await app.reminders.tick()
        except Exception:  # one bad round must not stop reminders; the next one retries
            log.exception("the reminders round failed")
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stop.wait(), interval)


async def run_desk(poster: CasePoster, stop: asyncio.Event, interval: float = 5.0) -> None:
    """Post queued cases and re-announce the ones waiting too long, until ``stop`` is set."""
    while not stop.is_set():
        try:
            await poster.post_queued()
            await poster.desk.announce_overdue()
        except Exception:  # the desk must outlive one bad round; the next one retries
            log.exception("the agents' desk round failed")
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stop.wait(), interval)


def configure_logging(process: str | None = None) -> None:
    """A service's log on standard error: what it did at start (replays, messages settled),
    warnings and errors; ``process`` (a worker's name) begins each line."""
    prefix = f"{process} " if process else ""
    logging.basicConfig(
        level=logging.INFO, format=f"%(asctime)s {prefix}%(levelname)s %(name)s: %(message)s"
    )
    logging.getLogger("fontTools").setLevel(logging.WARNING)  # a line per glyph table per PDF


def dump_tasks() -> None:
    """Log what every task of the process is waiting for (``kill -USR1 <pid>``)."""
    for task in asyncio.all_tasks():
        output = io.StringIO()
        task.print_stack(limit=12, file=output)
        log.warning("task %s:\n%s", task.get_name(), output.getvalue())


async def set_commands(bot: Bot, app: App) -> None:
    """The command menu in each language Telegram can tell apart."""
    for locale, code in MENU_LANGUAGES.items():
        t = app.conversations.renderer.translator(locale, ZoneInfo("UTC"))
        commands = [
            BotCommand(command=name, description=t.text(f"command.{name}")) for name in COMMANDS
        ]
        await bot.set_my_commands(commands, language_code=code)


@dataclass(frozen=True, slots=True)
class Role:
    """What one bot process does besides receiving updates.

    Attributes:
        leader: It does what one process of the installation must do: the command menu, the
            replay of the inbox and its retries, the reminders and the agents' desk. Every
            process sends the outbox.
        alone: No other process of the installation is running, so every call left in doubt is
            settled at start, not only those whose claim ran out (another sender's claims could
            be live).
    """

    leader: bool = True
    alone: bool = True


@dataclass(frozen=True, slots=True)
class Background:
    """The background work of a running bot process.

    Attributes:
        sender: The outbox sender.
        sending: The task running it (done: the process no longer sends).
    """

    sender: OutboxSender
    sending: asyncio.Task[None]


@contextlib.asynccontextmanager
async def serving(
    app: App, bot: Bot, dispatcher: Dispatcher, role: Role | None = None
) -> AsyncIterator[Background]:
    """Prepare the process and run the background loops while the body receives updates.

    Before anything is sent, the calls an earlier process left in doubt are settled with
    Telegram; the leader then sets the command menu, starts the desk, reminder and inbox-retry
    loops beside the outbox sender and handles the updates stored but not finished before. On
    leaving, the loops stop and the sender delivers what the last updates queued, then the
    bot's session is closed.

    Raises:
        NegotiatorError: the Bot API cannot be reached at start.
    """
    role = role or Role()
    sender = create_sender(bot, app)
    stop = asyncio.Event()
    tasks: list[asyncio.Task[None]] = []
    with contextlib.suppress(NotImplementedError, RuntimeError):  # no signals on Windows
        asyncio.get_running_loop().add_signal_handler(signal.SIGUSR1, dump_tasks)
    try:
        if role.leader:
            try:
                await set_commands(bot, app)
            except TelegramNetworkError as exc:
                raise NegotiatorError(
                    f"cannot reach the Bot API at {app.settings.telegram_api}: {exc.message}"
                ) from None
        settled = await sender.settle(everything=role.alone)
        if settled:
            log.info("%d message(s) in doubt had been delivered before the last stop", settled)
        sending = asyncio.create_task(sender.run(stop), name="outbox sender")
        tasks.append(sending)
        if role.leader:
            poster = CasePoster(bot, app.desk, app.settings.agents_chat_id)
            tasks += [
                asyncio.create_task(run_desk(poster, stop), name="agents' desk"),
                asyncio.create_task(run_reminders(app, stop), name="reminders"),
                asyncio.create_task(run_inbox_retries(dispatcher, bot, app, stop), name="retries"),
            ]
            replayed = await replay_inbox(dispatcher, bot, app)
            if replayed:
                log.info("replayed %d update(s) interrupted by the last stop", replayed)
        yield Background(sender, sending)
    finally:
        stop.set()
        for task in tasks:
            await task
        await sender.pacer.aclose()
        await bot.session.close()


async def run_polling(app: App) -> None:
    """Long polling plus the background loops (:func:`serving`), until interrupted.

    Updates are handled one at a time (``handle_as_tasks=False``) so the next batch is asked
    for — acknowledging this one — only once it is stored and handled.
    """
    bot = create_bot(app)
    dispatcher = create_dispatcher(app)
    async with serving(app, bot, dispatcher):
        # SIGTERM/SIGINT stop polling after the update in hand; the loops then flush.
        await dispatcher.start_polling(bot, handle_as_tasks=False, handle_signals=True)
