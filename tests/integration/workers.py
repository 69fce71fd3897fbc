"""Two webhook workers on one PostgreSQL database, as two processes would run them.

Each worker is an :class:`~negotiator.bootstrap.App` of its own — its own engine and connection
pool, dispatcher (with its own in-process chat locks), outbox sender and pacer — so whatever
keeps them apart must happen in the database (or in Redis), as between processes. Both talk to
one Telegram: a shared :class:`~negotiator.channels.telegram.testing.RecordingSession`.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import select

from negotiator.bootstrap import App, bootstrap
from negotiator.channels.telegram.pacing import Pacer
from negotiator.domain.clock import FixedClock
from negotiator.settings import Settings
from negotiator.storage.models import OutboxRow
from tests.conftest import TEST_SECRET
from tests.conversations.client import Telegram

MakePacer = Callable[[], Pacer]
"""Makes one more pacer for the same bot (one per worker process)."""


def a_worker(database_url: str, folder: Path, clock: FixedClock) -> App:
    """One worker process's application on ``database_url``."""
    settings = Settings(
        database_url=database_url,
        secret=TEST_SECRET.decode(),
        data_dir=folder / "data",
        bot_username="negotiator_test_bot",
    )
    return bootstrap(settings, clock=clock)


async def outbox_rows(app: App) -> list[dict[str, Any]]:
    """Every outbox row (chat, status, text, proactive), in the order they were queued."""
    async with app.sessions() as session:
        rows = await session.execute(
            select(
                OutboxRow.chat_id, OutboxRow.status, OutboxRow.payload, OutboxRow.proactive
            ).order_by(OutboxRow.id)
        )
        return [
            {"chat": chat, "status": status, "text": payload.get("text"), "proactive": proactive}
            for chat, status, payload, proactive in rows
        ]


class SharedTime:
    """Virtual time for several senders at once: it moves only when every one of them waits.

    A sender's ``sleep`` that moved the clock by itself would let time run ahead while the
    other sender is still busy at the earlier instant; this one parks the sender until all
    are parked (or done) and then moves the clock to the earliest wake-up.
    """

    def __init__(self, clock: FixedClock, *workers: Telegram) -> None:
        self.clock = clock
        self.running = 0
        self._parked: list[tuple[datetime, asyncio.Future[None]]] = []
        for worker in workers:
            worker.sender.sleep = self.sleep

    async def run(self, *rounds: Callable[[], Awaitable[int]]) -> int:
        """Run the senders' rounds (``send_due``) side by side; how many they delivered."""
        self.running = len(rounds)

        async def one(round_: Callable[[], Awaitable[int]]) -> int:
            try:
                return await round_()
            finally:
                self.leave()

        return sum(await asyncio.gather(*(one(r) for r in rounds)))

    async def sleep(self, seconds: float) -> None:
        """Wait ``seconds`` of virtual time."""
        wake = asyncio.get_running_loop().create_future()
        self._parked.append((self.clock.now() + timedelta(seconds=seconds), wake))
        self._move()
        await wake

    def leave(self) -> None:
        """One sender is done (its ``send_due`` returned)."""
        self.running -= 1
        self._move()

    def _move(self) -> None:
        if not self._parked or len(self._parked) < self.running:
            return
        earliest = min(when for when, _ in self._parked)
        if earliest > self.clock.now():
            self.clock.advance(earliest - self.clock.now())
        for entry in [e for e in self._parked if e[0] <= self.clock.now()]:
            self._parked.remove(entry)
            entry[1].set_result(None)
