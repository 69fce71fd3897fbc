"""Applying the Alembic migrations programmatically (``negotiator db upgrade``).

Alembic is imported only when a migration runs or the scripts are read: a process that finds its
database current (every start but the first after an upgrade) never loads it, which keeps ~10 MB
out of the bot's resident memory for its whole life. To know the database current without it,
the newest revision is written down here (:data:`HEAD`; a test keeps it equal to the scripts')
and the database's own is read with one query (:func:`current_revision`).
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import TYPE_CHECKING, Final

from sqlalchemy import inspect, text
from sqlalchemy.engine import Connection
from sqlalchemy.ext.asyncio import AsyncEngine

from negotiator.storage.engine import create_engine

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
HEAD: Final = "0006"
"""The newest migration's revision id (``migrations/versions/``): what :func:`head_revision`
reads from the scripts, written down so a current database is recognised without Alembic."""
VERSION_TABLE: Final = "alembic_version"
"""Where Alembic keeps the revision a database is at."""


def alembic_config(url: str) -> Config:
    """An Alembic configuration for ``url`` without an ``alembic.ini`` on disk."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


async def upgrade(engine: AsyncEngine, revision: str = "head") -> None:
    """Bring the database behind ``engine`` to ``revision`` (default: the latest)."""
    from alembic import command

    config = alembic_config(engine.url.render_as_string(hide_password=False))

    def _upgrade(connection: Connection) -> None:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)

    async with engine.begin() as connection:
        await connection.run_sync(_upgrade)


def upgrade_sync(url: str, revision: str = "head") -> None:
    """``upgrade`` for callers outside an event loop."""

    async def _main() -> None:
        engine = create_engine(url)
        try:
            await upgrade(engine, revision)
        finally:
            await engine.dispose()

    asyncio.run(_main())


def head_revision() -> str | None:
    """The newest migration's revision id, read from the scripts (Alembic imported)."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config("sqlite://")).get_current_head()


async def current_revision(engine: AsyncEngine) -> str | None:
    """The revision the database behind ``engine`` is at (``None`` if never migrated)."""

    def _current(connection: Connection) -> str | None:
        if not inspect(connection).has_table(VERSION_TABLE):
            return None
        rows = connection.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalars()
        revisions = list(rows)
        if len(revisions) > 1:  # branches: never in this project's straight line of migrations
            raise RuntimeError(f"the database is at several revisions: {', '.join(revisions)}")
        return revisions[0] if revisions else None

    async with engine.connect() as connection:
        return await connection.run_sync(_current)
