"""Reminders of instalments: which were queued (or skipped), and when proactive messages went."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import select, tuple_
from sqlalchemy.ext.asyncio import AsyncSession

from negotiator.storage.models import ReminderRow

ReminderKey = tuple[int, int, int]
"""``(agreement id, instalment seq, days before the due date)``."""


class SqlReminderRepository:
    """Reminders in a SQL database."""

    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def known(self, keys: Iterable[ReminderKey]) -> set[ReminderKey]:
        """Which of ``keys`` were queued or skipped already."""
        wanted = list(keys)
        if not wanted:
            return set()
        rows = await self._session.execute(
            select(ReminderRow.agreement_id, ReminderRow.seq, ReminderRow.days_before).where(
                tuple_(ReminderRow.agreement_id, ReminderRow.seq, ReminderRow.days_before).in_(
                    wanted
                )
            )
        )
        return {(a, s, d) for a, s, d in rows}

    async def record(
        self,
        key: ReminderKey,
        chat_id: int,
        status: str,
        send_at: datetime,
        now: datetime,
        reason: str | None = None,
    ) -> None:
        """Record a reminder as ``queued`` (to go at ``send_at``) or ``skipped`` (``reason``).

        The unique key makes a second scheduler's record of the same reminder fail, and with
        it that scheduler's whole transaction, so the reminder is queued once.
        """
        agreement_id, seq, days_before = key
        self._session.add(
            ReminderRow(
                agreement_id=agreement_id,
                seq=seq,
                days_before=days_before,
                chat_id=chat_id,
                status=status,
                reason=reason,
                send_at=send_at,
                created_at=now,
            )
        )
        await self._session.flush()
