"""The migrations build exactly the schema the models describe, on every engine."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect
from sqlalchemy.engine import Connection
from sqlalchemy.ext.asyncio import AsyncEngine

from negotiator.storage.migrate import current_revision, head_revision, upgrade
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
