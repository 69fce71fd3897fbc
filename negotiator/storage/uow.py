"""The unit of work: one transaction, every repository bound to it."""

from __future__ import annotations

from collections.abc import Callable
from types import TracebackType
from typing import Self

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from negotiator.storage.repositories import (
    SqlAccountRepository,
    SqlAgentRepository,
    SqlAgreementRepository,
    SqlAuditLog,
    SqlCaseRepository,
    SqlConversationRepository,
    SqlInbox,
    SqlOfferRepository,
    SqlOutbox,
    SqlPaymentRepository,
    SqlReminderRepository,
    SqlTelegramLinkRepository,
)


class SqlUnitOfWork:
    """``async with uow:`` opens a transaction; ``await uow.commit()`` makes it durable.

    Leaving the block without committing rolls everything back, so a failure half-way through a
    use case leaves no trace (an import is all-or-nothing for free).

    Args:
        session_factory: Makes the session.
        on_queued: Called after a commit that queued outbox calls, so the sender in this
            process sends them now instead of at its next look (the replies' latency).
    """

    accounts: SqlAccountRepository
    agents: SqlAgentRepository
    agreements: SqlAgreementRepository
    audit: SqlAuditLog
    cases: SqlCaseRepository
    conversations: SqlConversationRepository
    inbox: SqlInbox
    offers: SqlOfferRepository
    outbox: SqlOutbox
    payments: SqlPaymentRepository
    reminders: SqlReminderRepository
    telegram_links: SqlTelegramLinkRepository

    def __init__(
        self,
        session_factory: async_sessionmaker[AsyncSession],
        on_queued: Callable[[], object] | None = None,
    ) -> None:
        self._session_factory = session_factory
        self._on_queued = on_queued
        self._session: AsyncSession | None = None

    async def __aenter__(self) -> Self:
        session = self._session_factory()
        self._session = session
        self.accounts = SqlAccountRepository(session)
        self.agents = SqlAgentRepository(session)
        self.agreements = SqlAgreementRepository(session)
        self.audit = SqlAuditLog(session)
        self.cases = SqlCaseRepository(session)
        self.conversations = SqlConversationRepository(session)
        self.inbox = SqlInbox(session)
        self.offers = SqlOfferRepository(session)
        self.outbox = SqlOutbox(session)
        self.payments = SqlPaymentRepository(session)
        self.reminders = SqlReminderRepository(session)
        self.telegram_links = SqlTelegramLinkRepository(session)
        await session.begin()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        assert self._session is not None
        try:
            await self._session.rollback()
        finally:
            await self._session.close()
            self._session = None

    async def commit(self) -> None:
        """Make everything done in this unit of work durable."""
        assert self._session is not None, "commit() outside 'async with'"
        await self._session.commit()
        if self.outbox.queued and self._on_queued is not None:
            self.outbox.queued = 0
            self._on_queued()
