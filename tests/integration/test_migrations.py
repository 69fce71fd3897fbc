"""The migrations build exactly the schema the models describe, on every engine."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Final

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect
from sqlalchemy.engine import Connection
from sqlalchemy.ext.asyncio import AsyncEngine

from negotiator.storage.engine import create_engine
from negotiator.storage.migrate import HEAD, current_revision, head_revision, upgrade
from negotiator.storage.models import Base


def _differences(connection: Connection) -> list[object]:
    context = MigrationContext.configure(connection, opts={"compare_type": True})
    return list(compare_metadata(context, Base.metadata))


async def test_migrated_schema_matches_the_models(engine: AsyncEngine) -> None:
    async with engine.connect() as connection:
        differences = await connection.run_sync(_differences)
    assert differences == []


async def test_the_database_is_at_the_newest_revision(engine: AsyncEngine) -> None:
    assert await current_revision(engine) == head_revision()


async def test_upgrading_twice_changes_nothing(engine: AsyncEngine) -> None:
    await upgrade(engine)
    async with engine.connect() as connection:
        tables = await connection.run_sync(lambda c: set(inspect(c).get_table_names()))
    assert {t.name for t in Base.metadata.sorted_tables} | {"alembic_version"} == tables


def test_the_written_down_head_is_the_scripts_head() -> None:
    # storage.migrate.HEAD lets a process recognise a current database without Alembic: a new
    # migration must move it too
    assert head_revision() == HEAD


async def test_the_revision_read_with_one_query_is_alembics(engine: AsyncEngine) -> None:
    async with engine.connect() as connection:
        alembic_says = await connection.run_sync(
            lambda c: MigrationContext.configure(c).get_current_revision()
        )
    assert await current_revision(engine) == alembic_says == HEAD


async def test_a_database_never_migrated_is_at_no_revision(tmp_path: Path) -> None:
    engine = create_engine(f"sqlite+aiosqlite:///{tmp_path / 'new.db'}")
    try:
        assert await current_revision(engine) is None
    finally:
        await engine.dispose()


_STARTS: Final = """
import asyncio, sys
from negotiator.bootstrap import bootstrap
from negotiator.settings import Settings

async def main() -> None:
    app = bootstrap(Settings(database_url=sys.argv[1]))
    await app.ensure_schema()
    await app.close()

asyncio.run(main())
print("alembic" in sys.modules)
"""


def test_a_start_on_a_current_database_does_not_import_alembic(tmp_path: Path) -> None:
    # ~10 MB of the bot's resident memory for its whole life (bench/README.md, Memory)
    url = f"sqlite+aiosqlite:///{tmp_path / 'negotiator.db'}"

    def start() -> str:
        done = subprocess.run(
            [sys.executable, "-c", _STARTS, url],
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, "NEGOTIATOR_SECRET": "x" * 32},
        )
        return done.stdout.strip()

    assert start() == "True"  # the first start migrates the new database
    assert start() == "False"
