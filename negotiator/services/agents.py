"""Authorising the people who take over escalated chats."""

from __future__ import annotations

from negotiator.domain.clock import Clock
from negotiator.domain.ledger import Agent
from negotiator.storage.uow import SqlUnitOfWork


async def add_agent(agent: Agent, *, uow: SqlUnitOfWork, clock: Clock) -> bool:
    """Authorise (or rename and re-activate) an agent; ``True`` if they are new."""
    if not agent.name.strip():
        raise ValueError("an agent needs a name debtors can be told")
    now = clock.now()
    async with uow:
        is_new = await uow.agents.get(agent.telegram_user_id) is None
        await uow.agents.add(agent, now)
        await uow.audit.append(
            "agent.added" if is_new else "agent.updated",
            f"agent:{agent.telegram_user_id}",
            {"name": agent.name, "active": agent.active},
            now,
            actor="operator",
        )
        await uow.commit()
    return is_new
