"""Shared test helpers: a frozen clock, the sample policy, and databases on every engine.

Storage tests run against SQLite always and against PostgreSQL when
``NEGOTIATOR_TEST_POSTGRES_URL`` names a server (``.ci/run`` sets it); each run gets a database
of its own, dropped at the end, so runs on one server never see each other. Tests of what
several processes share through Redis run when ``NEGOTIATOR_TEST_REDIS_URL`` names one.
"""

from __future__ import annotations

import asyncio
import os
import uuid
from collections.abc import AsyncIterator, Callable, Coroutine, Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine

from negotiator.domain.clock import FixedClock
from negotiator.domain.policy import Policy
from negotiator.domain.signing import Signer
from negotiator.policy_file import load_policy
from negotiator.storage.engine import create_engine
from negotiator.storage.migrate import upgrade
from negotiator.storage.models import Base

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
POSTGRES_URL = os.environ.get("NEGOTIATOR_TEST_POSTGRES_URL")
REDIS_URL = os.environ.get("NEGOTIATOR_TEST_REDIS_URL")
TEST_SECRET = b"a-test-secret-that-is-long-enough-for-hmac"

# Confirmations are laid out in a thread of the test's own process: a process pool per app would
# spawn an interpreter for each test that agrees. The pool itself is tested on its own
# (tests/integration/test_document_processes.py sets it explicitly).
os.environ.setdefault("NEGOTIATOR_DOCUMENT_PROCESSES", "0")


@pytest.fixture
def clock() -> FixedClock:
    """Sunday 22 November 2026, 10:00 UTC (18:00 in Shanghai)."""
    return FixedClock(datetime(2026, 11, 22, 10, 0, tzinfo=UTC))


@pytest.fixture(scope="session")
def sample_policy() -> Policy:
    """The policy in ``examples/policy.yaml``."""
    return load_policy(EXAMPLES / "policy.yaml")


@pytest.fixture
def signer() -> Signer:
    """A signer with a fixed test key."""
    return Signer(TEST_SECRET)


async def _admin(url: str, statement: str) -> None:
    engine = create_async_engine(url, isolation_level="AUTOCOMMIT")
    try:
        async with engine.connect() as connection:
            await connection.execute(text(statement))
    finally:
        await engine.dispose()


def _run_aside(make: Callable[[], Coroutine[Any, Any, None]]) -> None:
    # Session fixtures may be first requested from inside a test's running event loop, where
    # asyncio.run() is not allowed: run the coroutine on a loop of its own in another thread.
    with ThreadPoolExecutor(max_workers=1) as pool:
        pool.submit(lambda: asyncio.run(make())).result()


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    """A migrated PostgreSQL database of this test run's own (skips without a server)."""
    if not POSTGRES_URL:
        pytest.skip("NEGOTIATOR_TEST_POSTGRES_URL is not set; PostgreSQL tests skipped")
    name = f"negotiator_test_{uuid.uuid4().hex[:12]}"
    admin_url = POSTGRES_URL
    _run_aside(lambda: _admin(admin_url, f'CREATE DATABASE "{name}"'))
    url = make_url(POSTGRES_URL).set(database=name).render_as_string(hide_password=False)

    async def migrate() -> None:
        engine = create_engine(url)
        try:
            await upgrade(engine)
        finally:
            await engine.dispose()

    _run_aside(migrate)
    yield url
    _run_aside(lambda: _admin(admin_url, f'DROP DATABASE "{name}" WITH (FORCE)'))


@pytest.fixture
def redis_url() -> str:
    """The Redis server of the tests (skips without one); tests keep to keys of their own."""
    if not REDIS_URL:
        pytest.skip("NEGOTIATOR_TEST_REDIS_URL is not set; Redis tests skipped")
    return REDIS_URL


async def _truncate_all(engine: AsyncEngine) -> None:
    tables = ", ".join(f'"{t.name}"' for t in Base.metadata.sorted_tables)
    async with engine.begin() as connection:
        await connection.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))


@pytest.fixture(params=["sqlite", "postgres"])
async def engine(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[AsyncEngine]:
    """A migrated, empty database: SQLite in a temporary file, and PostgreSQL when available."""
    if request.param == "sqlite":
        engine = create_engine(f"sqlite+aiosqlite:///{tmp_path / 'test.db'}")
        await upgrade(engine)
    else:
        url: str = request.getfixturevalue("postgres_url")
        engine = create_engine(url)
        await _truncate_all(engine)
    try:
        yield engine
    finally:
        await engine.dispose()
