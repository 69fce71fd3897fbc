"""How many debtor messages a second the whole bot handles, and how long a debtor waits.

Issue 9. Every message goes the whole way: aiogram's ``Dispatcher`` (fed raw updates, as the
webhook does), the inbox, the per-chat lock, screening, understanding, the dialog engine,
rendering, the compliance filter, one committed transaction, and the outbox sender delivering
the replies to a fake Bot API (see ``pipeline_harness.py`` for the wiring and why the sender's
Telegram limits are lifted). A bare aiogram echo bot on the same fake session gets the same
updates in the same run: the ratio of the two rates is the figure to watch.

The workload, on a fresh database per engine (SQLite file; PostgreSQL if ``--postgres`` names a
reachable server — a database of its own is created there and dropped after):

* **Throughput**: ``--debtors`` debtors negotiate from the letter's link to the agreement, one
  step at a time for all of them (``/start <link>``, date of birth, a reason, what they can pay
  each month, "I accept", "I agree"; debtors the policy hands to a person get the holding
  reply instead). Each step is a round of one message per debtor, ``--concurrency`` in flight
  (Telegram keeps up to 40 webhook requests open; 1 is long polling); a round ends when the
  sender has delivered its last reply. The "agree" round includes rendering the written
  confirmation (PDF) of every agreement.
* **Latency**: ``--latency-debtors`` more debtors, brought to the same point (they are asked
  what they can pay), then each says it once: arrivals on a fixed schedule at ``--rate``
  messages a second (open loop: a late reply does not delay the next arrival), timed from the
  scheduled arrival to the moment the first (and the last) reply reaches the fake Bot API.
  Then once more at a calm rate (half the measured throughput) with ``--calm-debtors``.

Run from the repository root::

    .venv/bin/python bench/bench_e2e.py                 # SQLite, and PostgreSQL on localhost
    .venv/bin/python bench/bench_e2e.py --quick         # a smaller run, about a minute
    .venv/bin/python bench/bench_e2e.py --postgres none # SQLite only

Targets (issue 9), on SQLite: the pipeline's rate at least 0.25x the echo bot's, every reply
sent only after its state is committed; p99 from update to reply under 50 ms at 500 messages a
second.
"""

from __future__ import annotations

import argparse
import asyncio
import math
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

from pipeline_harness import (
    EchoBot,
    Pipeline,
    TimedSession,
    feed,
    machine,
    make_debtors,
    percentile,
    postgres_database,
)

TARGET_RATIO: Final = 0.25
TARGET_RATE: Final = 500.0
TARGET_P99_MS: Final = 50.0
DEFAULT_POSTGRES: Final = "postgresql+asyncpg://postgres@127.0.0.1:5432/postgres"


@dataclass(frozen=True, slots=True)
class Round:
    """One timed round: every debtor of a pool sends the message of one step.

    Attributes:
        engine: ``sqlite`` or ``postgresql``.
        step: The negotiation step.
        updates: Messages fed.
        replies: Messages (and documents) the sender delivered because of them.
        seconds: From the first update fed to the last reply delivered.
        echo_seconds: The echo bot's time for the same updates.
        errors: Updates whose handling failed (the webhook would answer 500).
    """

    engine: str
    step: str
    updates: int
    replies: int
    seconds: float
    echo_seconds: float
    errors: int

    @property
    def rate(self) -> float:
        """Pipeline messages a second."""
        return self.updates / self.seconds

    @property
    def echo_rate(self) -> float:
        """Echo bot messages a second."""
        return self.updates / self.echo_seconds


@dataclass(frozen=True, slots=True)
class Latency:
    """Update-to-reply times at one offered rate.

    Attributes:
        engine: ``sqlite``, ``postgresql`` or ``echo``.
        offered: Arrivals a second.
        updates: Messages sent.
        seconds: From the first arrival to the last reply.
        first: Milliseconds to each update's first reply.
        last: Milliseconds to each update's last reply.
        errors: Updates whose handling failed.
    """

    engine: str
    offered: float
    updates: int
    seconds: float
    first: list[float]
    last: list[float]
    errors: int = 0


async def open_loop(
    handle: Any, updates: Sequence[dict[str, Any]], rate: float, concurrency: int
) -> dict[int, float]:
    """Feed ``updates`` at ``rate`` a second on a fixed schedule; each chat's arrival time.

    At most ``concurrency`` are handled at once (Telegram's open webhook requests); an update
    that waits for a free slot waits on the clock of the measurement, as it would at Telegram.
    """
    slots = asyncio.Semaphore(concurrency)
    arrivals: dict[int, float] = {}

    async def one(update: dict[str, Any]) -> None:
        async with slots:
            await handle(update)

    tasks = []
    start = time.perf_counter() + 0.01
    for number, update in enumerate(updates):
        at = start + number / rate
        delay = at - time.perf_counter()
        if delay > 0:
            await asyncio.sleep(delay)
        arrivals[update["message"]["chat"]["id"]] = at  # the schedule's time, not the late one
        tasks.append(asyncio.create_task(one(update)))
    await asyncio.gather(*tasks)
    return arrivals


def latencies(
    engine: str, session: TimedSession, arrivals: dict[int, float], rate: float, errors: int
) -> Latency:
    """What the fake Bot API saw after each arrival (its ``replies`` cleared before)."""
    first, last, ends = [], [], []
    for chat, at in arrivals.items():
        times = session.replies.get(chat, [])
        if times:
            first.append((times[0] - at) * 1000)
            last.append((times[-1] - at) * 1000)
            ends.append(times[-1])
    begin = min(arrivals.values())
    seconds = (max(ends) if ends else begin) - begin
    return Latency(engine, rate, len(arrivals), seconds, first, last, errors)


async def pipeline_latency(
    pipeline: Pipeline,
    engine: str,
    updates: Sequence[dict[str, Any]],
    rate: float,
    concurrency: int,
) -> Latency:
    """The bot's update-to-reply times at ``rate`` (the sender running as in production)."""
    pipeline.session.replies.clear()
    failed = len(pipeline.errors)

    async def handle(update: dict[str, Any]) -> None:
        await feed(pipeline.dispatcher, pipeline.bot, update, pipeline.errors)

    async with pipeline.sending():
        arrivals = await open_loop(handle, updates, rate, concurrency)
    return latencies(engine, pipeline.session, arrivals, rate, len(pipeline.errors) - failed)


async def echo_latency(
    echo: EchoBot, updates: Sequence[dict[str, Any]], rate: float, concurrency: int
) -> Latency:
    """The echo bot's update-to-reply times at ``rate``."""
    echo.session.replies.clear()
    failed = len(echo.errors)

    async def handle(update: dict[str, Any]) -> None:
        await feed(echo.dispatcher, echo.bot, update, echo.errors)

    arrivals = await open_loop(handle, updates, rate, concurrency)
    return latencies("echo", echo.session, arrivals, rate, len(echo.errors) - failed)


async def run_engine(
    engine: str, url: str, folder: Path, args: argparse.Namespace
) -> tuple[list[Round], list[Latency], dict[str, int], tuple[int, int]]:
    """Every round and both latency runs on one database."""
    total = args.debtors + args.latency_debtors + args.calm_debtors
    csv_path, debtors = make_debtors(folder, total)
    pool = debtors[: args.debtors]
    fast = debtors[args.debtors : args.debtors + args.latency_debtors]
    calm = debtors[args.debtors + args.latency_debtors :]
    rounds: list[Round] = []
    runs: list[Latency] = []
    echo = EchoBot()
    async with Pipeline.open(url, folder / engine, sender_interval=args.sender_interval) as bot:
        started = time.perf_counter()
        imported = await bot.import_accounts(csv_path)
        elapsed = time.perf_counter() - started
        print(f"  {engine}: {imported:,} accounts imported in {elapsed:.1f} s")

        async def timed(step: str, who: Sequence[Any]) -> None:
            updates = bot.updates(who, step)
            sends, failed = bot.session.sends, len(bot.errors)
            seconds = await bot.round(updates, args.concurrency)
            echo_seconds = await echo.round(updates, args.concurrency)
            replies = bot.session.sends - sends
            errors = len(bot.errors) - failed
            done = Round(engine, step, len(updates), replies, seconds, echo_seconds, errors)
            rounds.append(done)
            print(
                f"  {engine} {step:<9} {done.rate:8.1f}/s  echo {done.echo_rate:8,.0f}/s  "
                f"({done.updates:,} updates, {done.replies:,} replies, {errors} failed, "
                f"{seconds:.1f} s)"
            )

        for step in ("start", "dob", "reason"):  # the latency debtors are brought along
            await timed(step, debtors)
        await timed("capacity", pool)
        steady = [r for r in rounds if r.engine == engine]
        measured = sum(r.updates for r in steady) / sum(r.seconds for r in steady)
        updates = bot.updates(fast, "capacity")
        runs.append(await pipeline_latency(bot, engine, updates, args.rate, args.concurrency))
        runs.append(await echo_latency(echo, updates, args.rate, args.concurrency))
        calm_rate = round(max(1.0, measured / 2), 1)
        runs.append(
            await pipeline_latency(
                bot, engine, bot.updates(calm, "capacity"), calm_rate, args.concurrency
            )
        )
        for latency in runs[-3:]:
            p50, p99 = percentile(latency.first, 0.5), percentile(latency.first, 0.99)
            who, offered = latency.engine, latency.offered
            print(f"  {who} at {offered:g}/s: p50 {p50:,.0f} ms, p99 {p99:,.0f} ms")
        for step in ("accept", "agree"):
            await timed(step, pool)
        states = await bot.states()
        committed = await outbox_rows(bot)
        for error in bot.errors[:3]:
            print(f"  {engine} failed: {error}")
    return rounds, runs, states, committed


async def outbox_rows(bot: Pipeline) -> tuple[int, int]:
    """Outbox rows sent and not sent (every reply must be a committed row, sent once)."""
    from sqlalchemy import func, select

    from negotiator.storage.models import OutboxRow

    async with bot.app.sessions() as session:
        rows = await session.execute(
            select(OutboxRow.status, func.count()).group_by(OutboxRow.status)
        )
        counts = dict(rows.all())
    sent = counts.pop("sent", 0)
    return sent, sum(counts.values())


def total(rounds: Sequence[Round], steps: Sequence[str]) -> tuple[float, float]:
    """Pipeline and echo rates over the rounds of ``steps``."""
    chosen = [r for r in rounds if r.step in steps]
    updates = sum(r.updates for r in chosen)
    return (
        updates / sum(r.seconds for r in chosen),
        updates / sum(r.echo_seconds for r in chosen),
    )


def report(
    rounds: Sequence[Round], runs: Sequence[Latency], engines: dict[str, Any], args: Any
) -> None:
    """Print the tables and the verdicts."""
    print()
    print(f"Throughput (concurrency {args.concurrency}; {machine()})")
    print(
        f"{'engine':<11}{'step':<10}{'updates':>8}{'replies':>9}{'seconds':>9}"
        f"{'msg/s':>9}{'echo msg/s':>12}{'ratio':>8}{'failed':>8}"
    )
    for r in rounds:
        print(
            f"{r.engine:<11}{r.step:<10}{r.updates:>8,}{r.replies:>9,}{r.seconds:>9.1f}"
            f"{r.rate:>9.1f}{r.echo_rate:>12,.0f}{r.rate / r.echo_rate:>8.3f}{r.errors:>8}"
        )
    for engine in engines:
        mine = [r for r in rounds if r.engine == engine]
        for label, steps in (
            ("first four steps", ("start", "dob", "reason", "capacity")),
            ("all six steps", ("start", "dob", "reason", "capacity", "accept", "agree")),
        ):
            rate, echo = total(mine, steps)
            print(f"{engine:<11}{label:<37}{rate:>9.1f}{echo:>12,.0f}{rate / echo:>8.3f}")
    print()
    idle = args.sender_interval
    print(
        "Latency, update to reply (ms; the sender wakes on each commit that queues a reply, "
        f"and looks every {idle:g} s anyway)"
    )
    print(
        f"{'engine':<11}{'offered/s':>10}{'updates':>8}{'done/s':>8}{'p50':>8}{'p90':>8}"
        f"{'p99':>8}{'max':>8}{'p99 last':>10}{'failed':>8}"
    )
    for run in runs:
        done = run.updates / run.seconds if run.seconds else math.inf
        print(
            f"{run.engine:<11}{run.offered:>10g}{run.updates:>8,}{done:>8.0f}"
            f"{percentile(run.first, 0.5):>8.1f}{percentile(run.first, 0.9):>8.1f}"
            f"{percentile(run.first, 0.99):>8.1f}{max(run.first, default=math.nan):>8.1f}"
            f"{percentile(run.last, 0.99):>10.1f}{run.errors:>8}"
        )
    print()
    for engine, (states, (sent, unsent)) in engines.items():
        mix = ", ".join(f"{state} {count:,}" for state, count in sorted(states.items()))
        print(f"{engine}: conversations: {mix}; outbox rows sent {sent:,}, not sent {unsent:,}")
    if "sqlite" in engines:
        rate, echo = total(
            [r for r in rounds if r.engine == "sqlite"], ("start", "dob", "reason", "capacity")
        )
        ratio = rate / echo
        fast = next(r for r in runs if r.engine == "sqlite" and r.offered == args.rate)
        p99 = percentile(fast.first, 0.99)
        print(
            f"target: SQLite at >= {TARGET_RATIO}x the echo bot (first four steps): "
            f"{ratio:.3f}x -> {'meets' if ratio >= TARGET_RATIO else 'MISSES'}"
        )
        print(
            f"target: p99 < {TARGET_P99_MS:g} ms at {args.rate:g}/s on SQLite: {p99:,.1f} ms -> "
            f"{'meets' if p99 < TARGET_P99_MS and args.rate >= TARGET_RATE else 'MISSES'}"
        )
    print(
        "replies are outbox rows committed with the state that caused them and sent by the "
        "sender after that commit (not sent: rows still queued at the end, should be 0)"
    )


async def run(args: argparse.Namespace) -> None:
    """Run every engine asked for, then print the tables."""
    rounds: list[Round] = []
    runs: list[Latency] = []
    engines: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(prefix="negotiator-bench-") as name:
        folder = Path(name)
        (folder / "sqlite").mkdir()
        url = f"sqlite+aiosqlite:///{folder / 'sqlite' / 'bench.db'}"
        done = await run_engine("sqlite", url, folder / "sqlite", args)
        rounds += done[0]
        runs += done[1]
        engines["sqlite"] = (done[2], done[3])
        if args.postgres != "none":
            (folder / "postgresql").mkdir()
            try:
                async with postgres_database(args.postgres) as pg_url:
                    done = await run_engine("postgresql", pg_url, folder / "postgresql", args)
                    rounds += done[0]
                    runs += done[1]
                    engines["postgresql"] = (done[2], done[3])
            except (OSError, TimeoutError) as exc:
                print(f"  PostgreSQL skipped: {args.postgres} is not reachable ({exc})")
    report(rounds, runs, engines, args)


def main() -> None:
    """Parse the arguments and run."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--debtors", type=int, default=300, help="throughput pool (300)")
    parser.add_argument(
        "--latency-debtors", type=int, default=1000, help="arrivals at --rate (1000)"
    )
    parser.add_argument("--calm-debtors", type=int, default=200, help="arrivals, calm (200)")
    parser.add_argument("--rate", type=float, default=TARGET_RATE, help="offered load (500/s)")
    parser.add_argument(
        "--concurrency", type=int, default=40, help="updates in flight (40; 1 = long polling)"
    )
    parser.add_argument(
        "--sender-interval",
        type=float,
        default=0.5,
        help="the sender's wait when idle (0.5 s, as negotiator run)",
    )
    parser.add_argument(
        "--postgres",
        default=DEFAULT_POSTGRES,
        help="a PostgreSQL server to make a scratch database on, or 'none'",
    )
    parser.add_argument("--quick", action="store_true", help="150 + 300 + 50 debtors")
    args = parser.parse_args()
    if args.quick:
        args.debtors, args.latency_debtors, args.calm_debtors = 150, 300, 50
    asyncio.run(run(args))


if __name__ == "__main__":
    main()
