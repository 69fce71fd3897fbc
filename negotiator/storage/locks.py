"""Locks that several worker processes share through the database.

SQLite needs none of its own: every unit of work there begins with ``BEGIN IMMEDIATE`` and so
holds the file's one write lock until it ends. PostgreSQL runs transactions side by side; a
transaction-scoped advisory lock (``pg_advisory_xact_lock``) makes the transactions that name
the same key take turns. Commit or rollback releases it, and so does the server when a worker
dies mid-transaction, so no lock outlives its unit of work.

Take such a lock first in a unit of work, before reading what it protects: a read made before
it may be stale, and a lock taken after another one (the audit chain's) could deadlock.
"""

from __future__ import annotations

import hashlib

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

__all__ = ["advisory_key", "lock_for_transaction", "needs_locks"]


def advisory_key(*parts: str | int) -> int:
    """A signed 64-bit lock key for ``parts``, the same in every process and every release.

    BLAKE2b rather than ``hash()``, which Python salts per process. Two things sharing a key
    by chance (one in 2**64) would only take turns needlessly.
    """
    name = "\x1f".join(str(part) for part in parts).encode()
    return int.from_bytes(hashlib.blake2b(name, digest_size=8).digest(), "big", signed=True)


def needs_locks(session: AsyncSession) -> bool:
    """Whether transactions of ``session`` run side by side (PostgreSQL), so need locks."""
    return session.bind is not None and session.bind.dialect.name == "postgresql"


async def lock_for_transaction(session: AsyncSession, key: int) -> None:
    """Wait for the lock ``key`` and hold it until the session's transaction ends.

    On PostgreSQL an advisory lock; on SQLite nothing (the transaction holds the write lock).
    """
    if needs_locks(session):
        await session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": key})
