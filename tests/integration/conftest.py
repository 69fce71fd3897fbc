"""Two workers sharing a PostgreSQL database (see :mod:`tests.integration.workers`), and
pacers sharing a Redis."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from redis.asyncio import Redis

from negotiator.channels.telegram.pacing import Pacer
from negotiator.channels.telegram.redis_pacing import RedisPacer
from negotiator.domain.clock import FixedClock
from negotiator.services.account_import import import_accounts
from negotiator.storage.engine import create_engine
from tests.conftest import EXAMPLES, _truncate_all
from tests.conversations.client import Telegram
from tests.integration.workers import MakePacer, a_worker


@pytest.fixture
async def two_workers(
    postgres_url: str, tmp_path: Path, clock: FixedClock
) -> AsyncIterator[tuple[Telegram, Telegram]]:
    """Two workers on an empty PostgreSQL database with the sample accounts, one Telegram."""
    engine = create_engine(postgres_url)
    await _truncate_all(engine)
    await engine.dispose()
    first = a_worker(postgres_url, tmp_path, clock)
    await import_accounts(
        EXAMPLES / "accounts.csv",
        policy=first.policy,
        signer=first.signer,
        uow=first.uow(),
        clock=clock,
    )
    one = Telegram(first)
    two = Telegram(a_worker(postgres_url, tmp_path, clock), one.session)
    yield one, two
    await one.app.close()
    await two.app.close()


@pytest.fixture
async def redis_pacers(redis_url: str, clock: FixedClock) -> AsyncIterator[MakePacer]:
    """Pacers of one bot sharing the test Redis, under a namespace of this test's own."""
    namespace = f"negotiator-test-{uuid.uuid4().hex[:12]}"
    made: list[RedisPacer] = []

    def make() -> Pacer:
        pacer = RedisPacer(Redis.from_url(redis_url), clock, namespace=namespace)
        made.append(pacer)
        return pacer

    yield make
    cleaner = Redis.from_url(redis_url)
    keys = [key async for key in cleaner.scan_iter(match=f"{{{namespace}}}:*")]
    if keys:
        await cleaner.delete(*keys)
    await cleaner.aclose()
    for pacer in made:
        await pacer.aclose()
