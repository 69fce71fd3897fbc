"""People authorised to act on escalated cases."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from negotiator.domain.ledger import Agent
from negotiator.storage.models import AgentRow


class SqlAgentRepository:
    """Agents in a SQL database, keyed by Telegram user id."""

    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def add(self, agent: Agent, now: datetime) -> None:
        """Authorise an agent, or rename and re-activate an existing one."""
        row = await self._session.get(AgentRow, agent.telegram_user_id)
        if row is None:
            self._session.add(
                AgentRow(
                    telegram_user_id=agent.telegram_user_id,
                    name=agent.name,
                    active=agent.active,
                    added_at=now,
                )
            )
        else:
            row.name, row.active = agent.name, agent.active
        await self._session.flush()

    async def get(self, telegram_user_id: int) -> Agent | None:
        """The agent with this Telegram id, active or not."""
        row = await self._session.get(AgentRow, telegram_user_id)
        return None if row is None else Agent(row.telegram_user_id, row.name, row.active)

    async def active(self) -> list[Agent]:
        """Every active agent, by name."""
        rows = await self._session.scalars(
            select(AgentRow).where(AgentRow.active.is_(True)).order_by(AgentRow.name)
        )
        return [Agent(r.telegram_user_id, r.name, r.active) for r in rows]
