"""How close the outbox sender gets to Telegram's rate without ever breaking it.

Queues one reminder-sized message to each of ``--debtors`` debtors (10,000 by default) in a
fresh SQLite database, then lets the real outbox sender deliver them to a fake Bot API that
enforces Telegram's limits (30 messages a second per bot, one a second per chat) and answers
every send over them with a 429. Time is virtual: the sender's waits move a test clock instead
of sleeping, so the figure is the sender's pacing, not this machine's speed (the wall time of
the run is printed too).

Run from the repository root::

    .venv/bin/python bench/bench_delivery.py [--debtors 10000]

Target (issue 8): zero limit violations, and an achieved rate of at least 90% of the allowed
30 messages a second.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from aiogram import Bot

from negotiator.bootstrap import bootstrap
from negotiator.channels.telegram.bot import create_sender
from negotiator.channels.telegram.pacing import SendLimits
from negotiator.channels.telegram.testing import RecordingSession
from negotiator.domain.clock import FixedClock
from negotiator.settings import Settings

ALLOWED = SendLimits().per_bot
TEXT = "温馨提醒：您的协议 AG20261122-00001-01 下一期还款 ¥1,500.00 将于 2026年12月10日 到期。"


async def run(debtors: int) -> None:
    """Queue, deliver, print."""
    with tempfile.TemporaryDirectory() as folder:
        clock = FixedClock(datetime(2026, 12, 7, 2, 0, tzinfo=UTC))
        app = bootstrap(
            Settings(
                database_url=f"sqlite+aiosqlite:///{Path(folder) / 'bench.db'}",
                secret="x" * 48,
                data_dir=Path(folder),
            ),
            clock=clock,
        )
        await app.ensure_schema()
        async with app.uow() as uow:
            for chat in range(1, debtors + 1):
                await uow.outbox.enqueue(chat, "sendMessage", {"text": TEXT}, clock.now())
            await uow.commit()
        session = RecordingSession()
        session.enforce_limits(clock)
        sender = create_sender(Bot("42:BENCH", session=session), app)

        async def virtual_sleep(seconds: float) -> None:
            clock.advance(timedelta(seconds=seconds))

        sender.sleep = virtual_sleep
        started, wall = clock.now(), time.perf_counter()
        while len(session.calls) < debtors:
            if await sender.send_due(limit=500) == 0:
                clock.advance(timedelta(seconds=1))
        elapsed = (clock.now() - started).total_seconds()
        wall = time.perf_counter() - wall
        await app.close()
    rate = debtors / elapsed
    print(f"messages delivered:      {debtors:,} to {debtors:,} debtors")
    print(f"virtual time:            {elapsed:,.1f} s (wall time {wall:,.1f} s)")
    print(f"achieved rate:           {rate:.2f}/s of {ALLOWED}/s allowed = {rate / ALLOWED:.1%}")
    print(f"limit violations (429):  {session.violations}")
    verdict = "meets" if session.violations == 0 and rate >= 0.9 * ALLOWED else "MISSES"
    print(f"target (0 violations, >= 90% of the allowed rate): {verdict}")


def main() -> None:
    """Parse the arguments and run."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--debtors", type=int, default=10_000, help="debtors to remind (10000)")
    asyncio.run(run(parser.parse_args().debtors))


if __name__ == "__main__":
    main()
