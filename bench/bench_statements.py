"""What one SQL statement costs on each layer between the bot and SQLite, and where an update's
time goes.

Issue 9. The end-to-end bench (``bench_e2e.py``) runs the whole bot at about 50 updates a
second on SQLite, about 0.006x a bare aiogram echo bot. This script says why, in two parts:

1. **One statement, layer by layer.** The same row (a bot message, as ``messages`` stores it)
   is inserted ``--rows`` times in one transaction through each layer the bot's storage stacks:
   the ``sqlite3`` module alone; ``aiosqlite`` (the same, run in its thread, each call a hop
   there and back through the event loop); SQLAlchemy on the synchronous driver (Core, then the
   ORM's ``add`` + ``flush`` the repositories use); and SQLAlchemy on ``aiosqlite`` (what the bot
   runs). A primary-key read is timed the same way.
2. **One update, split.** A few hundred debtors of the pipeline harness answer one question
   (their date of birth), one update at a time; every statement's driver call is timed
   (SQLAlchemy's cursor events: from handing the statement to the driver to its answer, so the
   hop to aiosqlite's thread and back is inside it, SQLAlchemy's own work around it is not).
   The negotiation's own calls (understanding, screening, the engine, rendering, the compliance
   filter) are timed too, and a bare aiogram echo bot answers the same updates: together they
   are what an update would cost if storage cost nothing — the ceiling of any storage shape.

Run from the repository root::

    .venv/bin/python bench/bench_statements.py [--rows 2000] [--debtors 300]
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import sqlite3
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import aiosqlite
from sqlalchemy import create_engine as create_sync_engine
from sqlalchemy import event, insert, select
from sqlalchemy.orm import Session

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from pipeline_harness import EchoBot, Pipeline, feed_all, machine, make_debtors

from negotiator.storage.engine import create_engine, create_session_factory
from negotiator.storage.migrate import upgrade
from negotiator.storage.models import ConversationRow, MessageRow

NOW = datetime(2026, 11, 18, 9, 30, tzinfo=UTC)
ROW: dict[str, Any] = {
    "conversation_id": 1,
    "direction": "out",
    "author": "bot",
    "agent_id": None,
    "text": "Thank you. What could you pay each month without going short on essentials?",
    "template_key": "ask.capacity",
    "verdict": "allowed",
    "rules": {},
    "created_at": NOW,
}
RAW_INSERT = (
    "INSERT INTO messages (conversation_id, direction, author, agent_id, text, template_key, "
    "verdict, rules, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
RAW_ROW = (
    1,
    "out",
    "bot",
    None,
    ROW["text"],
    ROW["template_key"],
    "allowed",
    "{}",
    NOW.isoformat(),
)


def conversation() -> ConversationRow:
    """The conversation the messages belong to (foreign keys are on)."""
    return ConversationRow(
        channel="telegram",
        chat_id=1,
        state="ask_capacity",
        context={},
        language="en",
        version=0,
        created_at=NOW,
        updated_at=NOW,
    )


def timed(rows: int, body: Callable[[], object]) -> float:
    """Microseconds per call of ``body``."""
    started = time.perf_counter()
    for _ in range(rows):
        body()
    return (time.perf_counter() - started) / rows * 1e6


async def atimed(rows: int, body: Callable[[], Awaitable[object]]) -> float:
    """Microseconds per awaited call of ``body``."""
    started = time.perf_counter()
    for _ in range(rows):
        await body()
    return (time.perf_counter() - started) / rows * 1e6


def sync_layers(folder: Path, rows: int) -> list[tuple[str, float, float]]:
    """(layer, µs per insert, µs per read by primary key) for the synchronous layers."""
    results = []
    url = f"sqlite:///{folder / 'sync.db'}"
    engine = create_sync_engine(url)
    from negotiator.storage.models import Base

    Base.metadata.create_all(engine)
    with Session(engine) as session:
        session.add(conversation())
        session.commit()
    engine.dispose()

    connection = sqlite3.connect(folder / "sync.db", isolation_level=None)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=NORMAL")
    connection.execute("BEGIN IMMEDIATE")
    wrote = timed(rows, lambda: connection.execute(RAW_INSERT, RAW_ROW))
    connection.execute("COMMIT")
    read = timed(rows, lambda: connection.execute("SELECT * FROM messages WHERE id = 1").fetchall())
    connection.close()
    results.append(("sqlite3 (the C library, no SQLAlchemy)", wrote, read))

    engine = create_sync_engine(url)
    table = MessageRow.__table__
    with Session(engine) as session:
        wrote = timed(rows, lambda: session.execute(insert(table), ROW))
        session.commit()
        read = timed(rows, lambda: session.execute(select(table).where(table.c.id == 1)).all())
    results.append(("SQLAlchemy Core, synchronous driver", wrote, read))

    def orm_insert(session: Session) -> None:
        session.add(MessageRow(**ROW))
        session.flush()

    with Session(engine) as session:
        wrote = timed(rows, lambda: orm_insert(session))
        session.commit()
        read = timed(rows, lambda: session.get(MessageRow, 1, populate_existing=True))
    results.append(("SQLAlchemy ORM add + flush, synchronous driver", wrote, read))
    engine.dispose()
    return results


async def async_layers(folder: Path, rows: int) -> list[tuple[str, float, float]]:
    """The same through aiosqlite, alone and under SQLAlchemy's asyncio extension."""
    results = []
    path = folder / "async.db"
    engine = create_engine(f"sqlite+aiosqlite:///{path}")
    await upgrade(engine)
    sessions = create_session_factory(engine)
    async with sessions() as session, session.begin():
        session.add(conversation())

    async with aiosqlite.connect(path, isolation_level=None) as connection:
        await connection.execute("BEGIN IMMEDIATE")
        wrote = await atimed(rows, lambda: connection.execute(RAW_INSERT, RAW_ROW))
        await connection.execute("COMMIT")

        async def raw_read() -> object:
            async with connection.execute("SELECT * FROM messages WHERE id = 1") as cursor:
                return await cursor.fetchall()

        read = await atimed(rows, raw_read)
    results.append(("aiosqlite (sqlite3 in its own thread)", wrote, read))

    table = MessageRow.__table__
    async with sessions() as session:
        await session.begin()
        wrote = await atimed(rows, lambda: session.execute(insert(table), ROW))
        await session.commit()

        async def core_read() -> object:
            return (await session.execute(select(table).where(table.c.id == 1))).all()

        read = await atimed(rows, core_read)
    results.append(("SQLAlchemy Core on aiosqlite", wrote, read))

    async def orm_insert(session: Any) -> None:
        session.add(MessageRow(**ROW))
        await session.flush()

    async with sessions() as session:
        await session.begin()
        wrote = await atimed(rows, lambda: orm_insert(session))
        await session.commit()
        read = await atimed(rows, lambda: session.get(MessageRow, 1, populate_existing=True))
    results.append(("SQLAlchemy ORM add + flush on aiosqlite (the bot)", wrote, read))
    await engine.dispose()
    return results


async def one_update(folder: Path, debtors: int) -> None:
    """Time every statement of ``debtors`` updates handled one at a time; print the split."""
    csv_path, people = make_debtors(folder, debtors)
    url = f"sqlite+aiosqlite:///{folder / 'pipeline.db'}"
    async with Pipeline.open(url, folder / "data", record=False) as bot:
        await bot.import_accounts(csv_path)
        errors: list[str] = []
        await feed_all(bot.dispatcher, bot.bot, bot.updates(people, "start"), 1, errors)
        spent: dict[str, list[float]] = collections.defaultdict(lambda: [0, 0.0])

        @event.listens_for(bot.app.engine.sync_engine, "before_cursor_execute")
        def before(connection: Any, *_: Any) -> None:
            connection.info["started"] = time.perf_counter()

        @event.listens_for(bot.app.engine.sync_engine, "after_cursor_execute")
        def after(connection: Any, _cursor: Any, statement: str, *_: Any) -> None:
            kind = (
                " ".join(statement.split()[:3])
                if statement.startswith("INSERT")
                else (statement.split()[0])
            )
            entry = spent[kind]
            entry[0] += 1
            entry[1] += time.perf_counter() - connection.info["started"]

        parts: dict[str, list[float]] = collections.defaultdict(lambda: [0.0])
        service = bot.app.conversations
        service.understanding = Timed(service.understanding, "interpret", parts["understanding"])
        service.screener = Timed(service.screener, "screen", parts["screening"])
        service.engine = Timed(service.engine, "step", parts["engine"])  # type: ignore[assignment]
        service.renderer = Timed(  # type: ignore[assignment]
            service.renderer, "render", parts["rendering"]
        )
        service.filters = {
            name: Timed(check, "check_outbound", parts["compliance filter"])
            for name, check in service.filters.items()
        }
        updates = bot.updates(people, "dob")
        started = time.perf_counter()
        await feed_all(bot.dispatcher, bot.bot, updates, 1, errors)
        wall = time.perf_counter() - started
    echo = EchoBot()
    echo_wall = await echo.round(updates, 1)
    statements = int(sum(count for count, _ in spent.values()))
    in_sqlite = sum(seconds for _, seconds in spent.values())
    print()
    print(f"One update (date of birth), {debtors} debtors one at a time, {len(errors)} failed")
    print(f"  {wall / debtors * 1000:6.1f} ms an update, wall ({debtors / wall:,.0f} updates/s)")
    print(f"  {statements / debtors:6.1f} statements an update (BEGIN included, COMMIT not)")
    print(
        f"  {in_sqlite / debtors * 1000:6.1f} ms of it in driver calls "
        f"({in_sqlite / wall:.0%}: SQLite and the hops to its thread); "
        "the rest is aiogram, the negotiation and SQLAlchemy"
    )
    for kind, (count, seconds) in sorted(spent.items(), key=lambda item: -item[1][1])[:8]:
        print(f"  {seconds / count * 1e6:8.0f} µs a driver call  x{count / debtors:4.1f}  {kind}")
    own = sum(seconds for (seconds,) in parts.values()) / debtors
    floor = echo_wall / debtors
    print(
        f"  {own * 1000:6.2f} ms of it in the negotiation's own calls: "
        + ", ".join(f"{name} {seconds / debtors * 1000:.2f}" for name, (seconds,) in parts.items())
    )
    print(
        f"  {floor * 1000:6.2f} ms an update for a bare aiogram echo bot on the same updates "
        f"({1 / floor:,.0f}/s)"
    )
    print(
        f"  if storage cost nothing: at most {1 / (own + floor):,.0f} updates/s, "
        f"{floor / (own + floor):.2f}x the echo bot (issue 9's target: 0.25x)"
    )


class Timed:
    """Stands for ``inner``, adding the seconds each call of its ``method`` takes to
    ``total[0]``; everything else is passed through."""

    def __init__(self, inner: Any, method: str, total: list[float]) -> None:
        self._inner, self._method, self._total = inner, method, total

    def __getattr__(self, name: str) -> Any:
        attribute = getattr(self._inner, name)
        if name != self._method:
            return attribute

        def timed_call(*args: Any, **kwargs: Any) -> Any:
            started = time.perf_counter()
            try:
                return attribute(*args, **kwargs)
            finally:
                self._total[0] += time.perf_counter() - started

        return timed_call


def main() -> None:
    """Run both parts and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=2000, help="statements per layer (2000)")
    parser.add_argument("--debtors", type=int, default=300, help="updates for part 2 (300)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="negotiator-statements-") as name:
        folder = Path(name)
        layers = sync_layers(folder, args.rows) + asyncio.run(async_layers(folder, args.rows))
        print(f"One statement, layer by layer ({args.rows:,} of each; {machine()})")
        print(f"{'layer':<52}{'insert µs':>10}{'read µs':>10}")
        for layer, wrote, read in layers:
            print(f"{layer:<52}{wrote:>10,.0f}{read:>10,.0f}")
        asyncio.run(one_update(folder, args.debtors))


if __name__ == "__main__":
    main()
