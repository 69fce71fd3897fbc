"""``INSERT … ON CONFLICT`` for the two engines we support, in one call."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Table
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession


async def upsert(
    session: AsyncSession,
    table: Table,
    rows: Sequence[dict[str, Any]],
    keys: Sequence[str],
    *,
    update: bool = True,
    keep: Sequence[str] = (),
) -> int:
    """Insert ``rows``; on a conflict on ``keys`` update the other columns (or do nothing).

    Columns named in ``keep`` are written on insert only (e.g. a first-seen timestamp).

    Returns:
        The rows inserted or updated, when the driver reports it for a single row (-1 if not).
    """
    if not rows:
        return 0
    dialect = session.bind.dialect.name if session.bind is not None else "sqlite"
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    statement = insert(table)
    if update:
        columns = [c for c in rows[0] if c not in keys and c not in keep]
        statement = statement.on_conflict_do_update(
            index_elements=list(keys), set_={c: statement.excluded[c] for c in columns}
        )
    else:
        statement = statement.on_conflict_do_nothing(index_elements=list(keys))
    if len(rows) == 1:
        result = await session.execute(statement.values(**rows[0]))
        return int(result.rowcount)  # type: ignore[attr-defined]
    await session.execute(statement, list(rows))
    return -1
