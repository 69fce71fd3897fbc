"""Escalated cases."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Final, cast

from sqlalchemy import Row, Table, bindparam, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from negotiator.domain.cases import OPEN_STATUSES
from negotiator.errors import NotFound
from negotiator.storage.models import CaseRow
from negotiator.storage.records import Case


def _to_case(row: CaseRow | Row[Any]) -> Case:
    return Case(
        row.id,
        row.conversation_id,
        row.account_reference,
        row.reason,
        row.priority,
        row.status,
        row.agent_id,
        row.topic_id,
        row.summary,
        row.outcome,
        row.created_at,
        row.updated_at,
        row.agents_chat_id,
        row.announced_at,
    )


_CASES: Final = cast(Table, CaseRow.__table__)
# A statement of every update, built once (as the outbox's claim, see delivery.py).
_OPEN_CASE: Final = (
    select(_CASES)
    .where(
        _CASES.c.conversation_id == bindparam("conversation"),
        _CASES.c.status.in_(OPEN_STATUSES),
    )
    .order_by(_CASES.c.id.desc())
    .limit(1)
)


class SqlCaseRepository:
    """Cases in a SQL database."""

    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def open(
        self,
        conversation_id: int,
        account_reference: str | None,
        reason: str,
        priority: int,
        summary: dict[str, Any],
        now: datetime,
    ) -> Case:
        """Open a case, waiting for an agent."""
        row = CaseRow(
            conversation_id=conversation_id,
            account_reference=account_reference,
            reason=reason,
            priority=priority,
            status="waiting",
            summary=summary,
            created_at=now,
            updated_at=now,
        )
        self._session.add(row)
        await self._session.flush()
        return _to_case(row)

    async def get(self, case_id: int) -> Case | None:
        """The case with this id, as stored now (read again even if this unit of work read it
        before taking the debtor's lock)."""
        row = await self._session.get(CaseRow, case_id, populate_existing=True)
        return None if row is None else _to_case(row)

    async def open_for_conversation(self, conversation_id: int) -> Case | None:
        """The conversation's case that is waiting or taken, if any."""
        row = (await self._session.execute(_OPEN_CASE, {"conversation": conversation_id})).first()
        return None if row is None else _to_case(row)

    async def for_topic(self, agents_chat_id: int, topic_id: int) -> Case | None:
        """The case discussed in this forum topic of this agents' group."""
        row = await self._session.scalar(
            select(CaseRow)
            .where(CaseRow.agents_chat_id == agents_chat_id, CaseRow.topic_id == topic_id)
            .order_by(CaseRow.id.desc())
            .limit(1)
        )
        return None if row is None else _to_case(row)

    async def unposted(self, limit: int = 20) -> list[Case]:
        """Open cases without a topic yet (queued, or their topic was lost), most urgent first."""
        rows = await self._session.scalars(
            select(CaseRow)
            .where(CaseRow.status.in_(OPEN_STATUSES), CaseRow.topic_id.is_(None))
            .order_by(CaseRow.priority, CaseRow.created_at, CaseRow.id)
            .limit(limit)
        )
        return [_to_case(r) for r in rows]

    async def for_conversation(self, conversation_id: int) -> list[Case]:
        """Every case of a conversation, oldest first."""
        rows = await self._session.scalars(
            select(CaseRow).where(CaseRow.conversation_id == conversation_id).order_by(CaseRow.id)
        )
        return [_to_case(r) for r in rows]

    async def open_cases(self) -> list[Case]:
        """Cases waiting or taken, most urgent then oldest first."""
        rows = await self._session.scalars(
            select(CaseRow)
            .where(CaseRow.status.in_(OPEN_STATUSES))
            .order_by(CaseRow.priority, CaseRow.created_at, CaseRow.id)
        )
        return [_to_case(r) for r in rows]

    async def update(self, case_id: int, now: datetime, **changes: Any) -> Case:
        """Change ``status``, ``agent_id``, ``topic_id``, ``agents_chat_id``, ``summary``,
        ``outcome``, ``priority`` or ``announced_at``.

        Raises:
            NotFound: no such case.
            ValueError: an unknown field was named.
        """
        allowed = {
            "status",
            "agent_id",
            "topic_id",
            "agents_chat_id",
            "summary",
            "outcome",
            "priority",
            "announced_at",
        }
        if unknown := set(changes) - allowed:
            raise ValueError(f"cannot change {sorted(unknown)} of a case")
        result = await self._session.execute(
            update(CaseRow)
            .where(CaseRow.id == case_id)
            .values(**changes, updated_at=now)
            .execution_options(synchronize_session=False)
        )
        if result.rowcount != 1:  # type: ignore[attr-defined]
            raise NotFound(f"case {case_id} does not exist")
        row = await self._session.get(CaseRow, case_id, populate_existing=True)
        assert row is not None
        return _to_case(row)
