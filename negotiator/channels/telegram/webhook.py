"""Webhook mode: Telegram posts each update to an HTTP endpoint of the bot.

The endpoint is aiogram's own :class:`~aiogram.webhook.aiohttp_server.SimpleRequestHandler`,
configured for durability rather than speed:

* ``handle_in_background=False``: Telegram's ``200`` goes out only after the update went
  through the dispatcher — stored in the inbox, handled, its replies queued in the outbox, all
  committed. Answered earlier, a crash in between would lose an update Telegram considers
  delivered. A handler that fails answers ``500`` and Telegram delivers the update again (the
  inbox makes that harmless).
* ``secret_token``: aiogram compares the ``X-Telegram-Bot-Api-Secret-Token`` header with it and
  answers ``401`` to anything else, before the update is even parsed, so nobody but Telegram can
  make the bot act or fill its inbox.

Beside it, on the same server: ``GET /healthz`` (the process runs), ``GET /readyz`` (the
database answers and the outbox sender runs: route traffic here) and ``GET /metrics``
(:mod:`negotiator.metrics`). Expose only the webhook path to the internet.
"""

from __future__ import annotations

import asyncio
import logging
import signal
from dataclasses import dataclass
from typing import Final

from aiogram import Bot, Dispatcher
from aiogram.exceptions import TelegramAPIError
from aiogram.webhook.aiohttp_server import SimpleRequestHandler, setup_application
from aiohttp import web
from sqlalchemy import text

from negotiator.bootstrap import App
from negotiator.channels.telegram.bot import Role, create_bot, create_dispatcher, serving
from negotiator.errors import NegotiatorError
from negotiator.metrics import CONTENT_TYPE

log = logging.getLogger(__name__)

DATABASE_TIMEOUT: Final = 5.0
"""Seconds ``/readyz`` and ``/metrics`` wait for the database before calling it down."""

SENDER: Final = web.AppKey("sender", asyncio.Task[None])
"""The web application's key for the outbox sender's task (``/readyz`` checks it runs)."""


@dataclass(frozen=True, slots=True)
class WebhookOptions:
    """How to serve the webhook (settings, overridden by ``negotiator run`` options).

    Attributes:
        host: The address to listen on.
        port: The port to listen on.
        workers: How many processes serve the port (see :mod:`.workers`).
        set_webhook: Whether the leader registers the webhook with Telegram at start.
    """

    host: str
    port: int
    workers: int = 1
    set_webhook: bool = True


def create_web_app(
    app: App, bot: Bot, dispatcher: Dispatcher, sending: asyncio.Task[None]
) -> web.Application:
    """The aiohttp application: the webhook endpoint, ``/healthz``, ``/readyz``, ``/metrics``.

    Args:
        app: The wired application (settings, database, metrics).
        bot: The bot the updates are for.
        dispatcher: Handles them.
        sending: The outbox sender's task; the process is not ready once it is done.

    Raises:
        NegotiatorError: the configured webhook secret is malformed.
    """
    web_app = web.Application()
    web_app[SENDER] = sending
    handler = SimpleRequestHandler(
        dispatcher,
        bot,
        handle_in_background=False,  # answer Telegram only once the update is stored (above)
        secret_token=webhook_secret(app),
    )
    handler.register(web_app, path=app.settings.webhook_path)
    setup_application(web_app, dispatcher, bot=bot)

    async def healthz(request: web.Request) -> web.Response:
        return web.Response(text="ok")

    async def readyz(request: web.Request) -> web.Response:
        if request.app[SENDER].done():
            return web.json_response(
                {"ready": False, "reason": "the outbox sender is not running"}, status=503
            )
        try:
            await _select_one(app)
        except Exception as exc:  # down, refused, timed out: not ready, whatever the cause
            reason = f"the database does not answer: {type(exc).__name__}: {exc}"
            return web.json_response({"ready": False, "reason": reason}, status=503)
        return web.json_response({"ready": True, "database": "ok", "sender": "running"})

    async def metrics(request: web.Request) -> web.Response:
        backlog: int | None
        try:
            async with asyncio.timeout(DATABASE_TIMEOUT), app.uow() as uow:
                backlog = await uow.outbox.unsent()
        except Exception:  # the other figures are still worth having
            log.exception("cannot count the outbox backlog for /metrics")
            backlog = None
        body = app.metrics.exposition(backlog)
        return web.Response(body=body, headers={"Content-Type": CONTENT_TYPE})

    web_app.router.add_get("/healthz", healthz)
    web_app.router.add_get("/readyz", readyz)
    web_app.router.add_get("/metrics", metrics)
    return web_app


def webhook_secret(app: App) -> str:
    """The webhook's secret token (configured, or derived from the installation's secret).

    Raises:
        NegotiatorError: the configured token (or the installation's secret) is malformed.
    """
    try:
        return app.settings.webhook_secret_token()
    except ValueError as exc:
        raise NegotiatorError(str(exc)) from None


async def _select_one(app: App) -> None:
    async with asyncio.timeout(DATABASE_TIMEOUT), app.engine.connect() as connection:
        await connection.execute(text("SELECT 1"))


async def run_webhook(app: App, options: WebhookOptions, worker: int = 0) -> None:
    """Serve the webhook until SIGTERM or SIGINT, as worker number ``worker``.

    Worker 0 is the leader (:class:`~negotiator.channels.telegram.bot.Role`): it alone
    registers the webhook with Telegram, once the server listens — the URL, the secret token
    and the update kinds the routers handle, keeping the updates Telegram holds. The webhook
    is left in place at the end: other workers (or the next start) are still serving it.

    Raises:
        NegotiatorError: no webhook URL to register, a malformed secret, the port is taken,
            or the Bot API cannot be reached.
    """
    if worker == 0 and options.set_webhook and app.settings.webhook_url is None:
        raise NegotiatorError(
            "set NEGOTIATOR_WEBHOOK_URL to the public HTTPS URL Telegram should post updates "
            "to (or pass --no-set-webhook if the webhook is registered already)"
        )
    webhook_secret(app)  # a malformed secret fails now, not in the middle of the start
    bot = create_bot(app)
    dispatcher = create_dispatcher(app)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signum, stop.set)
    try:
        await _serve(app, bot, dispatcher, options, worker, stop)
    finally:
        for signum in (signal.SIGTERM, signal.SIGINT):
            loop.remove_signal_handler(signum)


async def _serve(
    app: App,
    bot: Bot,
    dispatcher: Dispatcher,
    options: WebhookOptions,
    worker: int,
    stop: asyncio.Event,
) -> None:
    settings = app.settings
    leader = worker == 0
    role = Role(leader=leader, alone=options.workers == 1)
    async with serving(app, bot, dispatcher, role) as background:
        web_app = create_web_app(app, bot, dispatcher, background.sending)
        # No access log: Telegram's posts and the probes would fill it; the proxy keeps one.
        runner = web.AppRunner(web_app, access_log=None)
        await runner.setup()
        try:
            # Several workers share the port through the kernel (SO_REUSEPORT), which spreads
            # the connections among them; one alone keeps the port to itself.
            site = web.TCPSite(runner, options.host, options.port, reuse_port=options.workers > 1)
            try:
                await site.start()
            except OSError as exc:
                raise NegotiatorError(
                    f"cannot listen on {options.host}:{options.port}: {exc.strerror or exc}"
                ) from None
            log.info(
                "worker %d listening on http://%s:%d%s",
                worker,
                options.host,
                options.port,
                settings.webhook_path,
            )
            url = settings.webhook_url
            if leader and options.set_webhook and url is not None:
                try:
                    await bot.set_webhook(
                        url,
                        secret_token=webhook_secret(app),
                        allowed_updates=dispatcher.resolve_used_update_types(),
                        drop_pending_updates=False,
                    )
                except TelegramAPIError as exc:
                    raise NegotiatorError(f"Telegram refused the webhook {url}: {exc}") from None
                log.info("the webhook is set to %s", url)
            await stop.wait()
        finally:
            # Finishes the requests in hand (their updates are stored and handled), then the
            # background loops stop and the sender flushes what they queued.
            await runner.cleanup()
