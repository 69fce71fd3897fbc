"""Append-only rows written together: one ``INSERT`` per table instead of one per row.

A debtor's update records several rows nobody reads back in the same unit of work — the
messages in and out, their audit events, the outbox calls. Added through the ORM, each was a
statement of its own (SQLAlchemy's flush on SQLite sends a row at a time when it needs the new
primary key back), and each statement costs the bot about half a millisecond however little
SQLite does for it (``bench/bench_statements.py``). Here they wait in the session and go in one
``executemany`` per table:

* before the session's next statement (a read of those tables sees them, as it would have with
  the ORM's autoflush) — except a statement marked ``execution_options(keep_appends=True)``,
  whose author knows it reads none of them (the audit chain's end, looked up before this
  transaction appended any event), and
* before the commit.

A rollback discards them with everything else. Rows of a table go in the order they were
added, so the audit chain's sequence numbers follow the chain.
"""

from __future__ import annotations

from typing import Any, Final

from sqlalchemy import Table, event, insert
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import ORMExecuteState, Session

__all__ = ["KEEP_APPENDS", "AppendingSession", "Appends", "appends"]

_KEY: Final = "negotiator.appends"

KEEP_APPENDS: Final = {"keep_appends": True}
"""Execution options of a statement that reads none of the rows held back (see above)."""


class Appends:
    """The rows a session holds back, per table, in the order they were added."""

    def __init__(self) -> None:
        self._rows: dict[Table, list[dict[str, Any]]] = {}
        self._writing = False

    def add(self, table: Table, row: dict[str, Any]) -> None:
        """Hold ``row`` for ``table`` until the session's next statement or commit."""
        self._rows.setdefault(table, []).append(row)

    def write(self, session: Session) -> None:
        """Insert what is held, one statement per table (inside the session's transaction)."""
        if self._writing or not self._rows:
            return  # our own INSERT passing through the session's events
        self._writing = True
        try:
            while self._rows:
                table = next(iter(self._rows))
                session.execute(insert(table), self._rows.pop(table))
        finally:
            self._writing = False

    def clear(self) -> None:
        """Forget what is held (the transaction was rolled back)."""
        self._rows.clear()


class AppendingSession(Session):
    """The ORM session the bot's units of work use: it writes its :class:`Appends` before each
    statement and before commit (see the module docstring)."""


def appends(session: AsyncSession) -> Appends:
    """The held-back rows of ``session`` (one of
    :func:`negotiator.storage.engine.create_session_factory`'s)."""
    sync = session.sync_session
    if not isinstance(sync, AppendingSession):
        raise TypeError("the session factory must make AppendingSession sessions")
    held: Appends | None = sync.info.get(_KEY)
    if held is None:
        held = sync.info[_KEY] = Appends()
    return held


def _held(session: Session) -> Appends | None:
    held: Appends | None = session.info.get(_KEY)
    return held


@event.listens_for(AppendingSession, "do_orm_execute")
def _before_statement(state: ORMExecuteState) -> None:
    held = _held(state.session)
    if held is not None and not state.execution_options.get("keep_appends", False):
        held.write(state.session)


@event.listens_for(AppendingSession, "before_commit")
def _before_commit(session: Session) -> None:
    held = _held(session)
    if held is not None:
        held.write(session)


@event.listens_for(AppendingSession, "after_rollback")
def _after_rollback(session: Session) -> None:
    held = _held(session)
    if held is not None:
        held.clear()
