"""Concurrent units of work: SQLite waits its turn, PostgreSQL appends to the audit chain in turn."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

import pytest
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine

from negotiator.storage.engine import SQLITE_BUSY_TIMEOUT_MS
from tests.integration.test_repositories import uow_for

NOW = datetime(2026, 11, 22, 10, 0, tzinfo=UTC)


async def test_sqlite_runs_in_wal_mode_with_a_busy_timeout_and_foreign_keys(
    engine: AsyncEngine,
) -> None:
    if engine.dialect.name != "sqlite":
        pytest.skip("SQLite pragmas")
    async with engine.connect() as connection:
        assert (await connection.execute(text("PRAGMA journal_mode"))).scalar() == "wal"
        timeout = (await connection.execute(text("PRAGMA busy_timeout"))).scalar()
        assert timeout == SQLITE_BUSY_TIMEOUT_MS
        assert (await connection.execute(text("PRAGMA foreign_keys"))).scalar() == 1


async def test_concurrent_appends_keep_one_unbroken_audit_chain(engine: AsyncEngine) -> None:
    async def append(i: int) -> None:
        async with uow_for(engine) as uow:
            await uow.audit.append("test.event", f"worker:{i}", {"i": i}, NOW)
            await asyncio.sleep(0)  # let the others start their transactions meanwhile
            await uow.commit()

    await asyncio.gather(*(append(i) for i in range(20)))
    async with uow_for(engine) as uow:
        check = await uow.audit.verify()
    assert (check.ok, check.events) == (True, 20)
