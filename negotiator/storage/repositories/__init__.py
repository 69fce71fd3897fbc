"""SQLAlchemy implementations of the repositories, one module per area."""

from negotiator.storage.repositories.accounts import SqlAccountRepository
from negotiator.storage.repositories.agents import SqlAgentRepository
from negotiator.storage.repositories.audit import SqlAuditLog
from negotiator.storage.repositories.conversations import SqlConversationRepository
from negotiator.storage.repositories.delivery import SqlInbox, SqlOutbox
from negotiator.storage.repositories.payments import SqlPaymentRepository

__all__ = [
    "SqlAccountRepository",
    "SqlAgentRepository",
    "SqlAuditLog",
    "SqlConversationRepository",
    "SqlInbox",
    "SqlOutbox",
    "SqlPaymentRepository",
]
