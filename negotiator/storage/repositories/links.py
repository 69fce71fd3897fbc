"""Which Telegram users opened which accounts, and whether they are verified."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from negotiator.storage.models import TelegramLinkRow
from negotiator.storage.records import TelegramLink
from negotiator.storage.repositories._upsert import upsert


def _to_link(row: TelegramLinkRow) -> TelegramLink:
    return TelegramLink(
        row.telegram_user_id, row.chat_id, row.account_reference, row.linked_at, row.verified_at
    )


class SqlTelegramLinkRepository:
    """Telegram links in a SQL database."""

    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def link(
        self, telegram_user_id: int, chat_id: int, reference: str, now: datetime
    ) -> None:
        """Record that a user opened an account's link (again: keeps the first time)."""
        row = {
            "telegram_user_id": telegram_user_id,
            "chat_id": chat_id,
            "account_reference": reference,
            "linked_at": now,
            "verified_at": None,
        }
        table = TelegramLinkRow.__table__
        await upsert(
            self._session,
            table,  # type: ignore[arg-type]
            [row],
            ["telegram_user_id", "account_reference"],
            keep=["linked_at", "verified_at"],
        )

    async def for_user(self, telegram_user_id: int) -> list[TelegramLink]:
        """A user's links, most recent first."""
        rows = await self._session.scalars(
            select(TelegramLinkRow)
            .where(TelegramLinkRow.telegram_user_id == telegram_user_id)
            .order_by(TelegramLinkRow.linked_at.desc(), TelegramLinkRow.id.desc())
        )
        return [_to_link(r) for r in rows]

    async def mark_verified(self, telegram_user_id: int, reference: str, now: datetime) -> None:
        """Record that the user passed the knowledge check for this account."""
        await self._session.execute(
            update(TelegramLinkRow)
            .where(
                TelegramLinkRow.telegram_user_id == telegram_user_id,
                TelegramLinkRow.account_reference == reference,
                TelegramLinkRow.verified_at.is_(None),
            )
            .values(verified_at=now)
        )
