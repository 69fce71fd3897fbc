"""``negotiator run``: the Telegram bot as a service, long polling or serving a webhook."""

from __future__ import annotations

import asyncio

from negotiator.bootstrap import bootstrap
from negotiator.settings import Settings


def run_polling_service() -> None:
    """Long polling in this process until SIGTERM or SIGINT.

    Raises:
        NegotiatorError: the configuration or the Bot API keeps the bot from starting.
    """
    from negotiator.channels.telegram.bot import run_polling

    async def serve() -> None:
        application = bootstrap()
        try:
            await application.ensure_schema()
            await run_polling(application)
        finally:
            await application.close()

    asyncio.run(serve())


def run_webhook_service(host: str | None, port: int | None, workers: int, set_webhook: bool) -> int:
    """The webhook server until SIGTERM or SIGINT: in this process for one worker, else in
    ``workers`` processes (:mod:`negotiator.channels.telegram.workers`); the exit status.

    ``host`` and ``port`` override ``NEGOTIATOR_WEBHOOK_HOST`` and ``NEGOTIATOR_WEBHOOK_PORT``.

    Raises:
        NegotiatorError: the configuration cannot serve (several workers on SQLite, no
            webhook URL to set, a port taken) or the Bot API cannot be reached.
    """
    from negotiator.channels.telegram.webhook import WebhookOptions, run_webhook
    from negotiator.channels.telegram.workers import check_workers, run_workers

    settings = Settings()
    check_workers(settings, workers)
    options = WebhookOptions(
        host=host or settings.webhook_host,
        port=port or settings.webhook_port,
        workers=workers,
        set_webhook=set_webhook,
    )
    if workers > 1:
        return run_workers(settings, options)

    async def serve() -> None:
        application = bootstrap(settings)
        try:
            await application.ensure_schema()
            await run_webhook(application, options)
        finally:
            await application.close()

    asyncio.run(serve())
    return 0
