"""Several webhook worker processes on one port: ``negotiator run --webhook --workers N``.

Each worker is a process of its own, started with ``spawn`` (a fresh interpreter, not a fork of
the parent's state), that wires its own :class:`~negotiator.bootstrap.App` and serves the same
port: every worker binds it with ``SO_REUSEPORT`` and the kernel spreads Telegram's connections
among them. Worker 0 is the leader — it registers the webhook and runs the once-per-installation
loops (reminders, the agents' desk, the inbox replay and retries); every worker handles updates
and sends the outbox, whose claims keep each message sent once across processes.

Several processes need a database that several processes can write at once: PostgreSQL. The
parent only starts, watches and stops the workers: it forwards SIGTERM and SIGINT to them and
waits. When one worker ends on its own (it failed), the parent stops the others and exits with
an error, so the service manager restarts the whole group rather than run without a leader.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import multiprocessing
import os
import signal
import sys
from collections.abc import Sequence
from multiprocessing.connection import wait
from multiprocessing.process import BaseProcess
from types import FrameType

from sqlalchemy.engine import make_url

from negotiator.bootstrap import bootstrap
from negotiator.channels.telegram.bot import configure_logging
from negotiator.channels.telegram.webhook import WebhookOptions, run_webhook
from negotiator.errors import NegotiatorError
from negotiator.settings import Settings

log = logging.getLogger(__name__)

FORWARDED = (signal.SIGTERM, signal.SIGINT)
"""The signals the parent passes on to every worker (each stops gracefully on either)."""


def check_workers(settings: Settings, workers: int) -> None:
    """Refuse a worker count the configuration cannot serve.

    Raises:
        NegotiatorError: fewer than one worker, or several on SQLite (one writer at a time, and
            a file the other processes' transactions would keep locked).
    """
    if workers < 1:
        raise NegotiatorError("--workers must be at least 1")
    if workers > 1 and make_url(settings.database_url).get_backend_name() == "sqlite":
        raise NegotiatorError(
            "several workers need PostgreSQL: set "
            "NEGOTIATOR_DATABASE_URL=postgresql+asyncpg://... (or run one worker on SQLite)"
        )
    if workers > 1 and settings.redis_url is None:
        # Each process would keep Telegram's per-bot limit on its own: N workers, N times it.
        log.warning(
            "%d workers without NEGOTIATOR_REDIS_URL: each keeps Telegram's rate limits alone, "
            "so together they may exceed them (429s are honoured, but cost a wait)",
            workers,
        )


def run_workers(settings: Settings, options: WebhookOptions) -> int:
    """Start ``options.workers`` worker processes and wait for them; the exit status.

    Raises:
        NegotiatorError: the configuration cannot serve that many workers.
    """
    check_workers(settings, options.workers)
    # Made once, here: workers creating a missing secret file at the same moment would each
    # write their own and sign links (and derive the webhook token) with different keys.
    settings.resolve_secret()
    if settings.document_processes is None:  # the default, shared out: workers read it here
        os.environ["NEGOTIATOR_DOCUMENT_PROCESSES"] = str(
            settings.document_workers(sharing=options.workers)
        )
    context = multiprocessing.get_context("spawn")
    workers = [
        context.Process(target=serve_worker, args=(index, options), name=f"worker-{index}")
        for index in range(options.workers)
    ]
    stopping = False

    def forward(signum: int, frame: FrameType | None) -> None:
        nonlocal stopping
        stopping = True
        _signal(workers, signum)

    previous = {signum: signal.signal(signum, forward) for signum in FORWARDED}
    try:
        for worker in workers:
            worker.start()
        if stopping:  # a signal came while they started: pass it to the late ones too
            _signal(workers, signal.SIGTERM)
        log.info("started %d webhook workers on port %d", len(workers), options.port)
        running = list(workers)
        while running:
            wait([worker.sentinel for worker in running])
            ended = [worker for worker in running if not worker.is_alive()]
            running = [worker for worker in running if worker.is_alive()]
            for worker in ended:
                if not stopping:
                    log.error(
                        "%s ended (exit code %s); stopping the others", worker.name, worker.exitcode
                    )
                    stopping = True
                    _signal(running, signal.SIGTERM)
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
    return 0 if all(worker.exitcode == 0 for worker in workers) else 1


def _signal(workers: Sequence[BaseProcess], signum: int) -> None:
    for worker in workers:
        if worker.is_alive() and worker.pid is not None:
            with contextlib.suppress(ProcessLookupError):  # it ended meanwhile
                os.kill(worker.pid, signum)


def serve_worker(index: int, options: WebhookOptions) -> None:
    """One worker process: wire an application from the environment and serve the webhook.

    Runs in a fresh interpreter (``spawn``); exits with status 1 on a deliberate error.
    """
    configure_logging(f"worker {index}")

    async def main() -> None:
        application = bootstrap()
        try:
            await application.ensure_schema()
            await run_webhook(application, options, worker=index)
        finally:
            await application.close()

    try:
        asyncio.run(main())
    except NegotiatorError as exc:
        log.error("worker %d cannot serve: %s", index, exc)
        sys.exit(1)
    except KeyboardInterrupt:  # a Ctrl-C before the worker's own handlers were in place
        sys.exit(0)
