"""Where a debtor message's time goes in the whole pipeline: a profile of the hot path.

Runs the first four steps of ``bench_e2e.py`` (link, date of birth, reason, what they can pay)
for ``--debtors`` debtors on SQLite, one update at a time with the outbox sender running beside
(the pipeline is CPU-bound, so more in flight changes the waiting, not where the work goes),
under pyinstrument in its async mode: time spent awaiting is charged to the coroutine that
awaits, so a repository method's share includes its wait for the database thread. It prints:

* per update: wall time, SQL statements and transactions (counted with SQLAlchemy events);
* the top ``--top`` functions by cumulative time, of negotiator and of every package;
* the share of the time by where it was spent (the innermost frame's package).

SQLAlchemy's asyncio layer runs the ORM's synchronous code in a greenlet, whose stack starts at
the ``Session`` method, not at the repository that called it: that work is shown as its own
line ("SQLAlchemy ORM in greenlets"). Install the profiler first (a dev extra)::

    .venv/bin/pip install pyinstrument
    .venv/bin/python bench/profile_e2e.py [--debtors 300] [--html profile.html]

For native frames (the sqlite3 C library, pydantic-core), sample the same run with py-spy::

    .venv/bin/py-spy record --native -o profile.svg -- .venv/bin/python bench/profile_e2e.py
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import re
import sys
import tempfile
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pipeline_harness import STEPS, Pipeline, machine, make_debtors
from sqlalchemy import event

WARM_UP = 20
"""Debtors taken through every step before profiling (first use loads locale data)."""

DOMAIN = ("nlu", "compliance", "dialog", "domain", "i18n")
"""negotiator's pure packages: understanding, rules, the engine, money and rendering."""


def frame_name(identifier: str) -> tuple[str, str]:
    """``(qualified function, file)`` of a pyinstrument frame identifier."""
    head, *attributes = identifier.split("\x01")
    function, path, _ = [*head.split("\x00"), "", ""][:3]
    owner = next((a[1:] for a in attributes if a.startswith("c")), "")
    return (f"{owner}.{function}" if owner else function), path


def short(path: str) -> str:
    """A path from the package down (``negotiator/…``, ``sqlalchemy/…``)."""
    for marker in ("site-packages/", "/negotiator/", "/lib/python3"):
        if marker in path:
            tail = path.split(marker, 1)[1]
            return ("negotiator/" + tail) if marker == "/negotiator/" else tail
    return path.rsplit("/", 1)[-1]


def where(names: list[tuple[str, str]]) -> str:
    """The part of the system the innermost frame of a stack belongs to."""
    function, path = names[-1]
    real = [(f, p) for f, p in names if p not in ("", "<built-in>")]
    if function == "[await]":  # pyinstrument's frame for time a coroutine spent suspended
        caller = short(real[-1][1]) if real else ""
        if caller.startswith(("sqlalchemy/", "aiosqlite/", "asyncpg/")):
            return "awaiting the database (its thread or server)"
        return "awaiting something else (a lock, the event loop busy with other tasks)"
    if path == "<built-in>" and real:
        function, path = real[-1]
    name = short(path)
    if name.startswith("negotiator/"):
        package = name.split("/")[1]
        if package in DOMAIN:
            return "negotiator domain (NLU, rules, engine, rendering)"
        return f"negotiator {package.removesuffix('.py')}"
    if name.startswith(("sqlalchemy/", "greenlet")):
        return "SQLAlchemy (asyncio side)"
    if name.startswith(("aiosqlite/", "asyncpg/")):
        return "database driver (event-loop side)"
    if name.startswith(("aiogram/", "pydantic")):
        return "aiogram and pydantic"
    if "asyncio/" in name or "selectors" in name:
        return "asyncio"
    return "other"


def cumulative(records: Iterable[tuple[list[str], float]]) -> Profile:
    """Add up the samples of a pyinstrument session."""
    result = Profile(collections.Counter(), collections.Counter(), collections.Counter(), 0.0)
    for stack, seconds in records:
        result.total += seconds
        names = [frame_name(frame) for frame in stack[1:]]  # [0] is the thread
        for name in set(names):
            result.functions[name] += seconds
        if not names:
            continue
        if short(names[0][1]).startswith("sqlalchemy/"):
            greenlet = "SQLAlchemy ORM in greenlets (caller not visible)"
            result.parts[greenlet] += seconds
            result.innermost[(greenlet, "")] += seconds
            continue
        result.parts[where(names)] += seconds
        ours = [name for name in names if short(name[1]).startswith("negotiator/")]
        if ours:
            result.innermost[ours[-1]] += seconds
    return result


@dataclass
class Profile:
    """Seconds added up from the samples.

    Attributes:
        functions: Cumulative time per ``(function, file)``.
        innermost: Time per innermost negotiator function on the stack (what it did itself,
            or through libraries, before calling other negotiator code).
        parts: Time per part of the system (innermost frame).
        total: All the time sampled.
    """

    functions: collections.Counter[tuple[str, str]]
    innermost: collections.Counter[tuple[str, str]]
    parts: collections.Counter[str]
    total: float


def table(
    functions: collections.Counter[tuple[str, str]], total: float, count: int, only: str | None
) -> list[str]:
    """The ``count`` largest cumulative functions (of files under ``only``) as lines."""
    lines = []
    skip = re.compile(r"^(<module>|run|Runner\.|BaseEventLoop|Handle\._run|main$|worker$|feed$)")
    for (function, path), seconds in functions.most_common():
        name = short(path)
        if only is not None and not name.startswith(only):
            continue
        if skip.match(function) or "pipeline_harness" in path or "profile_e2e" in path:
            continue
        lines.append(f"  {100 * seconds / total:5.1f}%  {seconds:7.2f} s  {function}  ({name})")
        if len(lines) == count:
            break
    return lines


async def profile(args: argparse.Namespace) -> tuple[Any, int, float, dict[str, int]]:
    """Warm up, then profile the rounds: the profiler, updates, seconds, SQL counts."""
    from pyinstrument import Profiler

    counts: collections.Counter[str] = collections.Counter()
    with tempfile.TemporaryDirectory(prefix="negotiator-profile-") as name:
        folder = Path(name)
        csv_path, debtors = make_debtors(folder, WARM_UP + args.debtors)
        async with Pipeline.open(f"sqlite+aiosqlite:///{folder / 'bench.db'}", folder) as bot:
            await bot.import_accounts(csv_path)
            for step in STEPS[:4]:
                await bot.round(bot.updates(debtors[:WARM_UP], step), args.concurrency)
            engine = bot.app.engine.sync_engine

            @event.listens_for(engine, "before_cursor_execute")
            def statement(*_: Any) -> None:
                counts["statements"] += 1

            @event.listens_for(engine, "commit")
            def commit(*_: Any) -> None:
                counts["commits"] += 1

            profiler = Profiler(interval=args.interval, async_mode="enabled")
            updates = 0
            started = time.perf_counter()
            profiler.start()
            for step in STEPS[:4]:
                batch = bot.updates(debtors[WARM_UP:], step)
                updates += len(batch)
                await bot.round(batch, args.concurrency)
            profiler.stop()
            elapsed = time.perf_counter() - started
    return profiler, updates, elapsed, dict(counts)


def report(profiler: Any, updates: int, elapsed: float, counts: dict[str, int], args: Any) -> None:
    """Print the tables (and write the HTML call tree if asked)."""
    session = profiler.last_session
    if args.html:
        Path(args.html).write_text(profiler.output_html(), encoding="utf-8")
    sampled = cumulative(session.frame_records)
    functions, total = sampled.functions, sampled.total
    print(f"Profile of the pipeline on SQLite ({machine()}; pyinstrument, async mode)")
    print(
        f"  {updates:,} updates in {elapsed:.1f} s under the profiler: "
        f"{elapsed / updates * 1000:.1f} ms each, {counts['statements'] / updates:.1f} SQL "
        f"statements and {counts['commits'] / updates:.1f} commits per update"
    )
    print()
    print(f"Top {args.top} cumulative, negotiator's functions (share of the profiled time)")
    print("\n".join(table(functions, total, args.top, "negotiator/")))
    print()
    print(f"Top {args.top} cumulative, every package")
    print("\n".join(table(functions, total, args.top, None)))
    print()
    print(f"Top {args.top} by the innermost negotiator function on the stack (its own work and")
    print("the libraries it called, before calling other negotiator code)")
    print("\n".join(table(sampled.innermost, total, args.top, None)))
    print()
    print("Where the time was spent (innermost frame)")
    for part, seconds in sampled.parts.most_common():
        print(f"  {100 * seconds / total:5.1f}%  {part}")
    if args.html:
        print(f"\nthe whole call tree: {args.html}")


def main() -> None:
    """Parse the arguments and run."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--debtors", type=int, default=300, help="debtors profiled (300)")
    parser.add_argument("--concurrency", type=int, default=1, help="updates in flight (1)")
    parser.add_argument("--interval", type=float, default=0.001, help="sampling interval (s)")
    parser.add_argument("--top", type=int, default=10, help="functions listed (10)")
    parser.add_argument("--html", default=None, help="also write the call tree as HTML here")
    try:
        import pyinstrument  # noqa: F401
    except ImportError:
        sys.exit("install the profiler first: .venv/bin/pip install pyinstrument")
    args = parser.parse_args()
    report(*asyncio.run(profile(args)), args)


if __name__ == "__main__":
    main()
