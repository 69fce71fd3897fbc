"""Reading back outbox rows a test queued (``SqlOutbox.enqueue`` returns nothing: its row is
written with the unit of work's other appended rows, see :mod:`negotiator.storage.appends`)."""

from __future__ import annotations

from sqlalchemy import func, select

from negotiator.storage.models import OutboxRow
from negotiator.storage.uow import SqlUnitOfWork


async def last_queued(uow: SqlUnitOfWork) -> int:
    """The id of the newest outbox row (writing what ``uow`` holds back first)."""
    assert uow._session is not None, "outside the unit of work"
    newest = await uow._session.scalar(select(func.max(OutboxRow.id)))
    assert newest is not None, "nothing queued"
    return int(newest)
