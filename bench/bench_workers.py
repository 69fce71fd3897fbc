"""One webhook worker against four, on PostgreSQL, under the same load (issue 9).

Run from the repository root (PostgreSQL and Redis running)::

    .venv/bin/python bench/bench_workers.py [--workers 1 4] [--debtors 200] [--concurrency 32]
        [--redeliver 0.05] [--postgres URL] [--redis URL]

For each worker count N, on a fresh PostgreSQL database (``--database``, dropped at the end):

1. Import ``--debtors`` accounts, copies of the crash test's example debtors in English and
   Chinese (``tests/integration/test_crash_kill.py``), and sign each one's ``/start`` link.
2. Start ``negotiator run --webhook --workers N --no-set-webhook`` as a child process, with
   Redis pacing on (``NEGOTIATOR_REDIS_URL``) and the fake Bot API server of the tests
   (:mod:`negotiator.channels.telegram.fake_server`) as Telegram; wait until every worker
   listens and ``/readyz`` answers.
3. Every debtor at once talks its way to an agreement: the signed link, the date of birth, the
   reason and what they can pay, "Accept", "I agree" — five updates, posted to the webhook as
   Telegram does: a debtor's next update only after the last one's ``200``, at most
   ``--concurrency`` requests in flight over a pool of keep-alive connections (Telegram keeps
   up to 40; the kernel hands each new connection to one worker, ``SO_REUSEPORT``). A share
   (``--redeliver``) of the updates is delivered twice, as Telegram does when it misses an
   answer: half again after the ``200``, half racing the first delivery on a new connection
   (so possibly to another worker); the next update waits for both answers.
4. Wait until the outbox is drained (every reply due was delivered to the fake Telegram), stop
   the workers with SIGTERM (each must exit 0) and check, per debtor: every update stored in
   the inbox and processed; the debtor's messages on record once each, in order; exactly one
   agreement; the replies that reached Telegram are the chat's outbox rows, each once, in
   order (nothing missing, nothing twice, nothing swapped); no outbox row left unsent; and the
   bot's side of each conversation (its template keys) the same as every other copy of the
   same debtor and as in the first run.

The table: updates/s over the whole load (distinct updates, first post to last ``200``); the
webhook's response time (first deliveries only: a redelivery is answered fast when it was
handled already, slowly when it waits for the first); the drain, from the last ``200`` until
the last reply reached Telegram (the ``200`` goes out once an update is handled and its replies
are *queued*; sending them is the outbox's job, after); the counts of the checks above (lost
and duplicated: updates, recorded messages and replies; out of order: conversations); the
agreements. Below it, per run: the start-up, the posts, the pacing as Telegram saw it (the
busiest second; the gaps between two messages to one chat), how many sends the workers booked
with the Redis pacer against how many went out (sampled from Redis: a lower bound), the
shortest gap between two recorded deliveries to one chat and how long after each arrival the
sender recorded it (from the outbox's ``sent_at``), and every problem with its evidence: which
debtor, what was expected and what arrived.

Caveats, read before comparing figures:

* Real time and Telegram's real limits. The workers run on the system clock, in processes of
  their own; the outbox keeps Telegram's limits (one message a second per chat, 30 a second
  per bot) through Redis for all workers together. So the drain is bound by the pacing, not by
  the workers: a conversation's replies leave a second apart, and N debtors' replies at most 30
  a second whatever N is. That is what Telegram allows; this bench does not lift it. A
  conversation here gets 17 replies, so it cannot drain in less than 16 s, nor the whole load
  in less than (17 x debtors) / 30 s.
* Arrival times are taken in this process, whose event loop also runs the load: a busy moment
  here stamps a message late and shortens its gap to the next one, so the gaps "under 1 s" are
  Telegram's view only roughly. The booking figures come from the workers' own records.
* Buttons are pressed without waiting for the message to be delivered: the debtor's side takes
  the keyboard from the chat's outbox row (the signed callback data the sender will put under
  the message) as soon as the update that queued it is answered. A person would wait for the
  message; waiting here would make the webhook figures measure the pacing instead.
* Two shared cores. The workers, PostgreSQL, Redis and this process (the load, the fake
  Telegram, the checks) share them: four workers cannot be four times one, and every figure
  moves by tens of percent from run to run. Compare runs made minutes apart on an idle machine.
* Starting a worker takes seconds (imports, rule packs); the load starts once all are ready.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import os
import shutil
import socket
import statistics
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Hashable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Final, TypeVar

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import and_, func, or_, select
from workers_harness import (
    Arrival,
    Bookings,
    Debtor,
    Keyboards,
    Load,
    TimedTelegram,
    WorkerGroup,
    drop_database,
    fresh_database,
    pacing,
    write_accounts,
)

from negotiator.bootstrap import App, bootstrap
from negotiator.channels.telegram.callbacks import keyboard
from negotiator.channels.telegram.fake_server import FakeBotApi
from negotiator.services.account_import import import_accounts
from negotiator.settings import Settings
from negotiator.storage.models import (
    AgreementRow,
    ConversationRow,
    InboxRow,
    MessageRow,
    OutboxRow,
)

SECRET: Final = "bench-workers-secret-bench-workers-secret!!"
"""The installation secret (links, buttons and the webhook token derive from it)."""


def keyboards_of(app: App) -> Keyboards:
    """Finds the button labelled ``label`` under the chat's latest outbox message with
    buttons, and signs its callback data as the sender will (the same code)."""

    async def find(chat: int, label: str) -> tuple[int, str, str] | None:
        async with app.sessions() as session:
            rows = await session.execute(
                select(OutboxRow.payload, OutboxRow.telegram_message_id)
                .where(OutboxRow.chat_id == chat, OutboxRow.method == "sendMessage")
                .order_by(OutboxRow.id.desc())
                .limit(10)
            )
        for payload, message_id in rows:
            if not payload.get("buttons"):
                continue
            markup = keyboard(payload["buttons"], int(payload.get("round", 0)), chat, app.signer)
            for button in itertools.chain.from_iterable(markup.inline_keyboard if markup else []):
                if label in button.text and button.callback_data:
                    return message_id or 0, str(payload["text"]), button.callback_data
            return None  # the latest keyboard has no such button
        return None

    return find


async def until_drained(app: App, seconds: float) -> bool:
    """Wait until no outbox row is due or being sent; whether that came within ``seconds``."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        now = datetime.now(UTC)
        async with app.sessions() as session:
            waiting = await session.scalar(
                select(func.count())
                .select_from(OutboxRow)
                .where(
                    or_(
                        OutboxRow.status == "sending",
                        and_(OutboxRow.status == "pending", OutboxRow.not_before <= now),
                    )
                )
            )
        if not waiting:
            return True
        await asyncio.sleep(0.25)
    return False


@dataclass
class Result:
    """One run's figures and findings."""

    workers: int
    debtors: int
    updates: int = 0
    posts: int = 0
    rate: float = 0.0
    p50: float = 0.0
    p99: float = 0.0
    drain: float | None = None
    lost: int = 0
    duplicated: int = 0
    out_of_order: int = 0
    agreements: int = 0
    startup: float = 0.0
    exit_status: int | None = None
    notes: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    keys: dict[int, tuple[str, ...]] = field(default_factory=dict)


async def bench(workers: int, args: argparse.Namespace, first: Result | None) -> Result:
    """One run with ``workers`` workers, on a fresh database."""
    result = Result(workers, args.debtors)
    url = await fresh_database(args.postgres, args.database)
    folder = Path(tempfile.mkdtemp(prefix=f"bench-workers-{workers}-"))
    settings = Settings(database_url=url, secret=SECRET, data_dir=folder / "data")
    app = bootstrap(settings)
    token = f"{7_000_000 + int(time.time()) % 1_000_000}:WORKERS-BENCH"  # its own Redis keys
    telegram = TimedTelegram()
    api = FakeBotApi(token, telegram)
    group: WorkerGroup | None = None
    try:
        debtors = write_accounts(folder / "accounts.csv", args.debtors)
        await import_accounts(
            folder / "accounts.csv",
            policy=app.policy,
            signer=app.signer,
            uow=app.uow(),
            clock=app.clock,
        )
        links = {debtor.reference: app.signer.link_payload(debtor.reference) for debtor in debtors}
        port = free_port()
        environment = {
            **{k: v for k, v in os.environ.items() if not k.startswith("NEGOTIATOR_")},
            "NEGOTIATOR_DATABASE_URL": url,
            "NEGOTIATOR_REDIS_URL": args.redis,
            "NEGOTIATOR_BOT_TOKEN": token,
            "NEGOTIATOR_TELEGRAM_API": await api.start(),
            "NEGOTIATOR_SECRET": SECRET,
            "NEGOTIATOR_DATA_DIR": str(folder / "data"),
        }
        group = WorkerGroup(workers, port, environment, folder / "workers.log")
        result.startup = await group.start()
        load = Load(
            f"http://127.0.0.1:{port}{settings.webhook_path}",
            settings.webhook_secret_token(),
            args.concurrency,
            args.redeliver,
            args.seed,
            keyboards_of(app),
        )
        bookings = Bookings(args.redis, int(token.split(":")[0]))
        watching = asyncio.Event()
        watcher = asyncio.create_task(bookings.watch(watching))
        await load.run(debtors, links)
        drained = await until_drained(app, args.drain_timeout)
        arrived = list(telegram.arrivals)
        watching.set()
        await watcher
        result.exit_status = await group.stop()
        summarize(result, load, arrived, drained)
        result.notes.append(
            f"the pacer booked at least {len(bookings.seen)} sends for {len(arrived)} messages "
            f"({max(0, len(bookings.seen) - len(arrived))} booked and not used)"
        )
        await check(result, app, arrived, debtors, load.posted, first)
        result.problems += [f"log: {line}" for line in group.complaints()]
        if result.exit_status != 0:
            result.problems.append(f"the workers exited with {result.exit_status} on SIGTERM")
        if api.errors:
            result.problems += [f"the fake Telegram failed: {error}" for error in api.errors]
    finally:
        if group is not None:
            group.kill()
        await api.stop()
        await app.close()
        if not args.keep:
            await drop_database(args.postgres, args.database)
            shutil.rmtree(folder, ignore_errors=True)
        else:
            print(f"kept: database {args.database}, log {folder / 'workers.log'}")
    return result


def summarize(result: Result, load: Load, arrived: list[Arrival], drained: bool) -> None:
    """The load's figures into ``result``."""
    result.updates = sum(len(ids) for ids in load.posted.values())
    result.posts = load.posts
    span = load.last - load.first
    result.rate = result.updates / span if span > 0 else 0.0
    if len(load.latencies) >= 2:
        cuts = statistics.quantiles(load.latencies, n=100, method="inclusive")
        result.p50, result.p99 = cuts[49] * 1000, cuts[98] * 1000
    result.notes.append(
        f"start-up {result.startup:.1f} s; {result.posts} posts for {result.updates} updates "
        f"({load.redelivered['after']} redelivered after the 200, "
        f"{load.redelivered['racing']} racing the first delivery); "
        f"{len(load.refused)} answers other than 200"
    )
    if drained and arrived:
        last = max(arrival.at for arrival in arrived)
        result.drain = max(0.0, last - load.last)
        result.notes.append(
            f"first post to last 200: {span:.1f} s; to the last reply at Telegram: "
            f"{last - load.first:.1f} s"
        )
    elif not drained:
        result.problems.append("the outbox did not drain in time")
    result.notes.append(pacing(arrived))
    result.notes += [f"not 200: {line}" for line in load.refused[:5]]
    result.problems += load.stuck


T = TypeVar("T", bound=Hashable)


def compare(expected: Sequence[T], got: Sequence[T]) -> tuple[int, int, bool]:
    """How many of ``expected`` are missing from ``got``, how many of ``got`` are extra, and
    whether what both hold comes in another order."""
    want, have = Counter(expected), Counter(got)
    missing, extra = want - have, have - want
    return (
        sum(missing.values()),
        sum(extra.values()),
        _first(expected, have) != _first(got, want),
    )


def _first(items: Sequence[T], counts: Counter[T]) -> list[T]:
    """``items`` keeping only the first ``counts[item]`` of each."""
    left, kept = Counter(counts), []
    for item in items:
        if left[item] > 0:
            left[item] -= 1
            kept.append(item)
    return kept


def _short(items: Sequence[object], width: int = 28) -> str:
    shown = []
    for item in items:
        words = item[-1] if isinstance(item, tuple) else item
        words = str(words).replace("\n", " ")
        shown.append(words if len(words) <= width else words[: width - 1] + "…")
    return " | ".join(shown)


async def check(
    result: Result,
    app: App,
    arrived: Sequence[Arrival],
    debtors: Sequence[Debtor],
    posted: dict[int, list[int]],
    first: Result | None,
) -> None:
    """Compare what the database holds and what reached Telegram with what the debtors sent;
    the counts and the evidence into ``result``."""
    now = datetime.now(UTC)
    async with app.sessions() as session:
        inbox = dict(
            (await session.execute(select(InboxRow.update_id, InboxRow.processed_at))).all()
        )
        messages = (
            await session.execute(
                select(
                    ConversationRow.chat_id,
                    MessageRow.direction,
                    MessageRow.text,
                    MessageRow.template_key,
                )
                .join(ConversationRow, ConversationRow.id == MessageRow.conversation_id)
                .order_by(MessageRow.id)
            )
        ).all()
        outbox = (
            await session.execute(
                select(
                    OutboxRow.id,
                    OutboxRow.chat_id,
                    OutboxRow.method,
                    OutboxRow.payload,
                    OutboxRow.status,
                    OutboxRow.not_before,
                    OutboxRow.telegram_message_id,
                    OutboxRow.last_error,
                    OutboxRow.sent_at,
                ).order_by(OutboxRow.id)
            )
        ).all()
        agreements = dict(
            (
                await session.execute(
                    select(AgreementRow.account_reference, func.count()).group_by(
                        AgreementRow.account_reference
                    )
                )
            ).all()
        )
    recorded: dict[int, list[str]] = {}
    keys: dict[int, list[str]] = {}
    for chat, direction, words, key in messages:
        if direction == "in":
            recorded.setdefault(chat, []).append(words)
        else:
            keys.setdefault(chat, []).append(key or "")
    rows: dict[int, list[object]] = {}
    for row in outbox:
        if row.status == "pending" and row.not_before > now:
            continue  # a reminder of an instalment to come: not due yet
        rows.setdefault(row.chat_id, []).append(row)
        if row.status != "sent":
            result.problems.append(
                f"outbox row {row.id} (chat {row.chat_id}) left {row.status}: {row.last_error}"
            )
    delivered: dict[int, list[Arrival]] = {}
    for arrival in sorted(arrived, key=lambda a: a.at):
        delivered.setdefault(arrival.chat, []).append(arrival)
    everything = {update_id for ids in posted.values() for update_id in ids}
    for update_id in sorted(set(inbox) - everything):
        result.problems.append(f"update {update_id} is in the inbox but was never posted")
    for debtor in debtors:
        chat, who = debtor.user.id, f"{debtor.reference} (chat {debtor.user.id})"
        ids = posted.get(chat, [])
        for update_id in ids:
            if update_id not in inbox:
                result.lost += 1
                result.problems.append(f"{who}: update {update_id} is not in the inbox")
            elif inbox[update_id] is None:
                result.lost += 1
                result.problems.append(f"{who}: update {update_id} stored, never processed")
        expected = debtor.recorded()[: len(ids)]
        got = recorded.get(chat, [])
        _tally(result, who, "its messages on record", expected, got)
        count = agreements.get(debtor.reference, 0)
        result.agreements += count == 1
        if count > 1:
            result.duplicated += count - 1
            result.problems.append(f"{who}: {count} agreements")
        sent = [
            (
                (row.method, str(row.payload.get("text", "")))
                if row.method == "sendMessage"
                else (row.method, "")
            )
            for row in rows.get(chat, [])
        ]
        shown = [arrival.content for arrival in delivered.get(chat, [])]
        _tally(result, who, "the replies at Telegram", sent, shown)
        if sent == shown:
            ids_sent = [row.telegram_message_id for row in rows.get(chat, [])]
            ids_shown = [arrival.message_id for arrival in delivered.get(chat, [])]
            if ids_sent != ids_shown:
                result.problems.append(
                    f"{who}: message ids {ids_shown} at Telegram, {ids_sent} in the outbox"
                )
        result.keys[debtor.index] = tuple(keys.get(chat, []))
    _diverged(result, debtors, first)
    _lags(result, outbox, delivered)


def _lags(result: Result, outbox: Sequence[Any], delivered: dict[int, list[Arrival]]) -> None:
    """Note how far apart the sender recorded a chat's deliveries, and how long after each
    arrival it recorded it (``sent_at`` is the sender's clock once Telegram answered)."""
    arrivals = {(a.chat, a.message_id): a for chats in delivered.values() for a in chats}
    lags: dict[str, list[float]] = {"sendMessage": [], "sendDocument": []}
    gaps = []
    recorded: dict[int, datetime] = {}
    for row in outbox:
        if row.status != "sent" or row.sent_at is None:
            continue
        if row.chat_id in recorded:
            gaps.append((row.sent_at - recorded[row.chat_id]).total_seconds())
        recorded[row.chat_id] = row.sent_at
        arrival = arrivals.get((row.chat_id, row.telegram_message_id))
        if arrival is not None:
            lags.setdefault(row.method, []).append(row.sent_at.timestamp() - arrival.wall)
    if gaps:
        result.notes.append(f"recorded gaps within a chat: shortest {min(gaps):.3f} s")
    for method, seconds in lags.items():
        if len(seconds) >= 2:
            cuts = statistics.quantiles(seconds, n=100, method="inclusive")
            result.notes.append(
                f"arrival to the sender's record, {method}: median {cuts[49] * 1000:.0f} ms, "
                f"99th {cuts[98] * 1000:.0f} ms, longest {max(seconds) * 1000:.0f} ms"
            )


def _tally(result: Result, who: str, what: str, expected: Sequence[T], got: Sequence[T]) -> None:
    missing, extra, swapped = compare(expected, got)
    result.lost += missing
    result.duplicated += extra
    result.out_of_order += swapped
    if missing or extra or swapped:
        result.problems.append(f"{who}: {what}: expected [{_short(expected)}], got [{_short(got)}]")


def _diverged(result: Result, debtors: Sequence[Debtor], first: Result | None) -> None:
    """Note each debtor whose conversation (the bot's template keys) differs from the other
    copies of the same example debtor in this run, or from the first run."""
    usual: dict[str, Counter[tuple[str, ...]]] = {}
    for debtor in debtors:
        usual.setdefault(debtor.template, Counter())[result.keys[debtor.index]] += 1
    for debtor in debtors:
        mine = result.keys[debtor.index]
        common = usual[debtor.template].most_common(1)[0][0]
        before = first.keys.get(debtor.index) if first is not None else None
        if mine != common or (before is not None and mine != before):
            other = before if before is not None and mine != before else common
            result.problems.append(
                f"{debtor.reference} (copy of {debtor.template}) diverged: bot said "
                f"[{_short(mine)}], its twin [{_short(other)}]"
            )


def free_port() -> int:
    """A port nothing listens on now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def print_report(results: Sequence[Result]) -> None:
    """The table, each run's notes and problems, and the verdict."""
    header = (
        f"{'workers':>7} {'debtors':>7} {'updates':>7} {'updates/s':>9} {'p50 ms':>7} "
        f"{'p99 ms':>7} {'drain s':>7} {'lost':>5} {'duplicated':>10} {'out of order':>12} "
        f"{'agreements':>10}"
    )
    print()
    print(header)
    print("-" * len(header))
    for r in results:
        drain = f"{r.drain:.1f}" if r.drain is not None else "-"
        print(
            f"{r.workers:>7} {r.debtors:>7} {r.updates:>7} {r.rate:>9.1f} {r.p50:>7.0f} "
            f"{r.p99:>7.0f} {drain:>7} {r.lost:>5} {r.duplicated:>10} {r.out_of_order:>12} "
            f"{r.agreements:>6}/{r.debtors:<3}"
        )
    print()
    print(
        "lost/duplicated: updates, recorded debtor messages and replies missing or twice; "
        "out of order: debtors whose record or replies came in another order."
    )
    for r in results:
        print(f"\n{r.workers} worker(s):")
        for note in r.notes:
            print(f"  {note}")
        for problem in r.problems[:20]:
            print(f"  PROBLEM {problem}")
        if len(r.problems) > 20:
            print(f"  ... and {len(r.problems) - 20} more problems")
    print()
    print(verdict(results))


def verdict(results: Sequence[Result]) -> str:
    """One line: was anything lost, doubled or reordered, and how the rates compare."""
    wrong = [r for r in results if r.problems or r.lost or r.duplicated or r.out_of_order]
    wrong += [r for r in results if r.agreements != r.debtors and r not in wrong]
    rates = ", ".join(f"{r.workers} worker(s) {r.rate:.1f} updates/s" for r in results)
    scale = ""
    if len(results) > 1 and results[0].rate > 0:
        scale = f" ({results[-1].rate / results[0].rate:.2f}x the first)"
    if wrong:
        which = ", ".join(str(r.workers) for r in wrong)
        return f"verdict: PROBLEM with {which} worker(s), see above; {rates}{scale}"
    return (
        f"verdict: OK, every update handled once, one agreement per debtor, every reply "
        f"delivered once and in order; {rates}{scale} (2 shared cores: noisy)"
    )


async def main(args: argparse.Namespace) -> None:
    """Each worker count in turn, then the report."""
    print(
        f"{args.debtors} debtors x 5 updates, {args.concurrency} requests in flight at most, "
        f"{args.redeliver:.0%} delivered twice; PostgreSQL {args.database}, Redis {args.redis}"
    )
    results: list[Result] = []
    for workers in args.workers:
        print(f"running {workers} worker(s)...", flush=True)
        results.append(await bench(workers, args, results[0] if results else None))
    print_report(results)


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 4])
    parser.add_argument("--debtors", type=int, default=200)
    parser.add_argument("--concurrency", type=int, default=32, help="POSTs in flight at most")
    parser.add_argument(
        "--redeliver", type=float, default=0.05, help="share of updates delivered twice"
    )
    parser.add_argument("--seed", type=int, default=9)
    parser.add_argument(
        "--postgres",
        default="postgresql+asyncpg://postgres@127.0.0.1:5432/postgres",
        help="a database of the server to create the scratch database from",
    )
    parser.add_argument("--database", default="negotiator_workers_bench")
    parser.add_argument("--redis", default="redis://127.0.0.1:6379/0")
    parser.add_argument("--drain-timeout", type=float, default=900.0, help="seconds")
    parser.add_argument(
        "--keep", action="store_true", help="keep the last database and the workers' log"
    )
    return parser.parse_args()


if __name__ == "__main__":
    asyncio.run(main(parse_args()))
