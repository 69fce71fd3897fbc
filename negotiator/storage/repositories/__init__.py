"""SQLAlchemy implementations of the repositories, one module per area."""

from negotiator.storage.repositories.accounts import SqlAccountRepository
from negotiator.storage.repositories.agents import SqlAgentRepository
from negotiator.storage.repositories.agreements import SqlAgreementRepository, SqlOfferRepository
from negotiator.storage.repositories.audit import SqlAuditLog
from negotiator.storage.repositories.cases import SqlCaseRepository
from negotiator.storage.repositories.conversations import SqlConversationRepository
from negotiator.storage.repositories.delivery import SqlInbox, SqlOutbox
from negotiator.storage.repositories.links import SqlTelegramLinkRepository
from negotiator.storage.repositories.payments import SqlPaymentRepository
from negotiator.storage.repositories.reminders import SqlReminderRepository

__all__ = [
    "SqlAccountRepository",
    "SqlAgentRepository",
    "SqlAgreementRepository",
    "SqlAuditLog",
    "SqlCaseRepository",
    "SqlConversationRepository",
    "SqlInbox",
    "SqlOfferRepository",
    "SqlOutbox",
    "SqlPaymentRepository",
    "SqlReminderRepository",
    "SqlTelegramLinkRepository",
]
