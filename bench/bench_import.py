"""How long does importing 100,000 accounts take? (target: under 20 s on a 2-core machine)

Run: ``.venv/bin/python bench/bench_import.py [--rows N] [--database-url URL]``

Generates a realistic accounts CSV (both example portfolios, three languages, several zones),
imports it into a fresh database through the same service `negotiator accounts import` uses, and
prints the time for validation plus the one all-or-nothing transaction. Then imports it again
(every row an update) and prints that too.
"""

from __future__ import annotations

import argparse
import asyncio
import csv
import random
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from negotiator.domain.clock import FixedClock
from negotiator.domain.signing import Signer
from negotiator.policy_file import load_policy
from negotiator.services.account_import import import_accounts
from negotiator.storage.engine import create_engine, create_session_factory
from negotiator.storage.migrate import upgrade
from negotiator.storage.uow import SqlUnitOfWork

NOW = datetime(2026, 11, 22, 10, 0, tzinfo=UTC)
PEOPLE = [
    ("cn-card", "CNY", "zh-Hans", "Asia/Shanghai", ["张伟", "王芳", "李娜", "刘洋", "陈静"]),
    ("cn-card", "CNY", "zh-Hant", "Asia/Taipei", ["林志豪", "陳美玲", "張淑芬"]),
    ("us-loan", "USD", "en", "America/New_York", ["Michael Johnson", "Sarah Davis", "Ann Lee"]),
]


def generate(path: Path, rows: int, seed: int = 1) -> None:
    rng = random.Random(seed)
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(
            [
                "reference",
                "name",
                "language",
                "timezone",
                "currency",
                "principal",
                "interest",
                "fees",
                "due_date",
                "portfolio",
                "dob",
                "id_last4",
            ]
        )
        for i in range(rows):
            portfolio, currency, language, zone, names = rng.choice(PEOPLE)
            principal = rng.randint(50_000, 20_000_000)
            due = date(2026, 11, 20) - timedelta(days=rng.randint(5, 400))
            dob = date(1960, 1, 1) + timedelta(days=rng.randint(0, 15_000))
            writer.writerow(
                [
                    f"B-{i:07d}",
                    rng.choice(names),
                    language,
                    zone,
                    currency,
                    f"{principal / 100:.2f}",
                    f"{principal * rng.randint(1, 12) / 10_000:.2f}",
                    rng.choice(["0", "50.00", "120.00"]),
                    due.isoformat(),
                    portfolio,
                    dob.isoformat(),
                    f"{rng.randint(0, 9999):04d}",
                ]
            )


async def run(rows: int, url: str | None) -> None:
    policy = load_policy(ROOT / "examples" / "policy.yaml")
    signer = Signer(b"bench-secret-bench-secret-bench-secret!!")
    with tempfile.TemporaryDirectory() as folder:
        csv_path = Path(folder) / "accounts.csv"
        started = time.perf_counter()
        generate(csv_path, rows)
        print(
            f"generated {rows:,} rows ({csv_path.stat().st_size / 1e6:.1f} MB) "
            f"in {time.perf_counter() - started:.1f} s"
        )
        engine = create_engine(url or f"sqlite+aiosqlite:///{Path(folder) / 'bench.db'}")
        await upgrade(engine)
        sessions = create_session_factory(engine)
        for label in ("first import (inserts)", "second import (updates)"):
            started = time.perf_counter()
            report = await import_accounts(
                csv_path,
                policy=policy,
                signer=signer,
                uow=SqlUnitOfWork(sessions),
                clock=FixedClock(NOW),
            )
            elapsed = time.perf_counter() - started
            print(
                f"{label:<26} {engine.dialect.name:<10} {report.total:>9,} rows "
                f"{elapsed:6.1f} s  {report.total / elapsed:>9,.0f} rows/s "
                f"(new {report.created:,}, updated {report.updated:,})"
            )
        await engine.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--database-url", default=None, help="default: a fresh SQLite file")
    args = parser.parse_args()
    asyncio.run(run(args.rows, args.database_url))


if __name__ == "__main__":
    main()
