"""How much memory the bot holds with 100,000 accounts and 10,000 conversations in progress.

Issue 9. Writes ``--accounts`` accounts to a CSV (as ``bench_import.py`` does) and imports them
into a fresh SQLite database with ``negotiator accounts import`` in a process of its own, as an
operator would. Then this process becomes the bot (``pipeline_harness.Pipeline``: dispatcher,
services, outbox sender, a fake Bot API that keeps no records) and ``--conversations`` debtors
each open the chat from their letter's link and answer the identity question: verified, the
debt disclosed, asked why they fell behind — conversations in progress. The resident memory
(VmRSS) of the process is printed at each stage, with the peak.

What holds it: with ``--tracemalloc`` (on by default), after the measured figure, ``--traced``
more conversations are traced (what each conversation leaves behind); ``--trace-wiring`` also
traces the wiring (what the NLU, the rule packs, the catalogs and the libraries keep), at the
price of a headline figure some 60 MB too high (tracemalloc's own records leave the process's
heap larger). Python's memory only: SQLite's page cache and other C allocations show in the
RSS alone.

The process's allocator matters: every aiosqlite connection is a thread, and glibc gives
threads arenas of their own. ``MALLOC_ARENA_MAX=2`` (the deployment guide recommends it) is
printed when set; run ``MALLOC_ARENA_MAX=2 .venv/bin/python bench/bench_memory.py`` to measure
with it.

Run from the repository root::

    .venv/bin/python bench/bench_memory.py            # 100,000 accounts, 10,000 conversations
    .venv/bin/python bench/bench_memory.py --quick    # 20,000 and 1,000

Target (issue 9): under 300 MB resident.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import os
import resource
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Sequence
from pathlib import Path
from typing import Final

from pipeline_harness import (
    ROOT,
    SECRET,
    Debtor,
    Pipeline,
    machine,
    make_debtors,
    rss_mb,
    rss_parts_mb,
)

TARGET_MB: Final = 300.0
STEPS: Final = ("start", "dob")
"""The steps each debtor takes: a conversation in progress, verified, asked for a reason."""


def import_with_cli(csv_path: Path, url: str, folder: Path) -> tuple[float, float]:
    """``negotiator accounts import`` in a process of its own; seconds and its peak RSS (MB)."""
    env = {
        **os.environ,
        "NEGOTIATOR_DATABASE_URL": url,
        "NEGOTIATOR_SECRET": SECRET,
        "NEGOTIATOR_DATA_DIR": str(folder),
        "PYTHONPATH": str(ROOT),
    }
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "negotiator", "accounts", "import", str(csv_path)],
        cwd=folder,  # no .env of the checkout
        env=env,
        check=True,
        stdout=subprocess.DEVNULL,
    )
    peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return time.perf_counter() - started, peak_kb / 1024


async def converse(
    bot: Pipeline, debtors: Sequence[Debtor], concurrency: int, chunk: int = 1000
) -> None:
    """Each debtor takes :data:`STEPS`; debtors go in chunks so few updates wait in memory."""
    for first in range(0, len(debtors), chunk):
        group = debtors[first : first + chunk]
        for step in STEPS:
            await bot.round(bot.updates(group, step), concurrency)


def settled_rss() -> float:
    """RSS after a full garbage collection."""
    gc.collect()
    return rss_mb()


def top(snapshot: tracemalloc.Snapshot, key: str, count: int = 10) -> list[str]:
    """The ``count`` largest allocation sites of ``snapshot`` grouped by ``key``, as lines."""
    lines = []
    root = str(ROOT) + os.sep
    for stat in snapshot.statistics(key)[:count]:
        frame = stat.traceback[0]
        where = frame.filename.replace(root, "")
        if ".venv" in where:
            where = where[where.index("site-packages") + len("site-packages") + 1 :]
        place = where if key == "filename" else f"{where}:{frame.lineno}"
        lines.append(f"  {stat.size / 2**20:8.1f} MB {stat.count:>9,} blocks  {place}")
    return lines


def growth(after: tracemalloc.Snapshot, before: tracemalloc.Snapshot, count: int = 10) -> list[str]:
    """The ``count`` sites that grew most from ``before`` to ``after``, as lines."""
    lines = []
    root = str(ROOT) + os.sep
    for stat in after.compare_to(before, "lineno")[:count]:
        frame = stat.traceback[0]
        where = frame.filename.replace(root, "")
        if "site-packages" in where:
            where = where[where.index("site-packages") + len("site-packages") + 1 :]
        lines.append(
            f"  {stat.size_diff / 2**20:+8.2f} MB {stat.count_diff:>+9,} blocks  "
            f"{where}:{frame.lineno}"
        )
    return lines


async def run(args: argparse.Namespace) -> None:
    """Import, wire, converse, measure, print."""
    stages: list[tuple[str, float]] = [("interpreter, negotiator and libraries imported", rss_mb())]
    wanted = args.conversations + (args.traced if args.tracemalloc else 0)
    with tempfile.TemporaryDirectory(prefix="negotiator-bench-") as name:
        folder = Path(name)
        started = time.perf_counter()
        csv_path, debtors = make_debtors(folder, args.accounts, keep=wanted)
        print(f"generated {args.accounts:,} accounts in {time.perf_counter() - started:.1f} s")
        url = f"sqlite+aiosqlite:///{folder / 'bench.db'}"
        seconds, import_peak = import_with_cli(csv_path, url, folder)
        size = (folder / "bench.db").stat().st_size / 2**20
        print(f"imported them with the CLI in {seconds:.1f} s (database {size:.0f} MB)")
        stages.append(("debtors' scripts generated (bench only)", settled_rss()))
        if args.trace_wiring:
            tracemalloc.start()
        async with Pipeline.open(url, folder, record=False) as bot:
            wiring = tracemalloc.take_snapshot() if args.trace_wiring else None
            tracemalloc.stop()
            stages.append(("bot wired (NLU, rule packs, catalogs, dispatcher)", settled_rss()))
            started = time.perf_counter()
            await converse(bot, debtors[: args.conversations], args.concurrency)
            elapsed = time.perf_counter() - started
            messages = args.conversations * len(STEPS)
            print(
                f"{args.conversations:,} conversations ({messages:,} messages) "
                f"in {elapsed:.0f} s, {messages / elapsed:.0f} messages/s"
            )
            in_progress = settled_rss()
            parts = rss_parts_mb()
            stages.append((f"{args.conversations:,} conversations in progress", in_progress))
            states = await bot.states()
            errors = bot.errors
            traced_lines: list[str] = []
            if args.tracemalloc and args.traced:
                tracemalloc.start()
                before = tracemalloc.take_snapshot()
                # One at a time: traced, the bot is several times slower, and transactions
                # queueing for SQLite's write lock would wait past its busy timeout.
                await converse(bot, debtors[args.conversations :], 1)
                gc.collect()
                traced_lines = growth(tracemalloc.take_snapshot(), before)
                tracemalloc.stop()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print()
    arenas = os.environ.get("MALLOC_ARENA_MAX", "unset (glibc's default)")
    print(f"Resident memory of the bot process ({machine()}; MALLOC_ARENA_MAX {arenas})")
    for label, mb in stages:
        print(f"  {mb:7.1f} MB  {label}")
    if parts:
        print(
            "           of which "
            + ", ".join(f"{kind} {mb:.1f} MB" for kind, mb in parts.items())
            + " (file: shared libraries and the mapped embedding table, pages the kernel may"
            " drop and read again)"
        )
    print(f"  {peak:7.1f} MB  peak of the bot process")
    print(f"  {import_peak:7.1f} MB  peak of `negotiator accounts import` ({args.accounts:,} rows)")
    print("  conversations: " + ", ".join(f"{s} {n:,}" for s, n in sorted(states.items())))
    if errors:
        print(f"  {len(errors):,} updates failed, the first: {errors[0]}")
    if wiring is not None:
        print()
        print("What the wired bot holds (tracemalloc, top 10 files; Python allocations only)")
        print("\n".join(top(wiring, "filename")))
    if traced_lines:
        print()
        print(f"What {args.traced:,} more conversations left behind (tracemalloc, top 10 lines)")
        print("\n".join(traced_lines))
    print()
    verdict = "meets" if in_progress < TARGET_MB else "MISSES"
    print(
        f"target: under {TARGET_MB:.0f} MB with {args.accounts:,} accounts and "
        f"{args.conversations:,} conversations: {in_progress:.0f} MB -> {verdict}"
    )


def main() -> None:
    """Parse the arguments and run."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--accounts", type=int, default=100_000, help="imported (100000)")
    parser.add_argument("--conversations", type=int, default=10_000, help="in progress (10000)")
    parser.add_argument("--concurrency", type=int, default=40, help="updates in flight (40)")
    parser.add_argument(
        "--tracemalloc",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="after the measurement, trace what --traced more conversations leave (on)",
    )
    parser.add_argument(
        "--trace-wiring",
        action="store_true",
        help="also trace what wiring the bot allocates (off: tracing it leaves tens of MB "
        "behind in the RSS that is measured after it)",
    )
    parser.add_argument("--traced", type=int, default=1000, help="conversations traced (1000)")
    parser.add_argument("--quick", action="store_true", help="20,000 accounts, 1,000 chats")
    args = parser.parse_args()
    if args.quick:
        args.accounts, args.conversations, args.traced = 20_000, 1_000, 200
    asyncio.run(run(args))


if __name__ == "__main__":
    main()
