"""The database schema, as SQLAlchemy 2 declarative models (same on SQLite and PostgreSQL).

Only ``negotiator/storage`` sees these classes; the rest of the application gets domain values
and records from the repositories. Migrations in ``storage/migrations`` must match this module;
``tests/integration/test_migrations.py`` fails if they drift.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.sql.expression import false

from negotiator.storage.types import ExactDecimal, UtcDateTime

# Stable constraint names, so Alembic migrations are the same on every engine.
NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

Json = dict[str, Any]


class Base(DeclarativeBase):
    """Declarative base with the naming convention and the custom types."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        datetime: UtcDateTime(),
        Decimal: ExactDecimal(),
        Json: JSON(),
    }


class AccountRow(Base):
    """An overdue account from the creditor's ledger, keyed by the creditor's reference."""

    __tablename__ = "accounts"

    reference: Mapped[str] = mapped_column(String(40), primary_key=True)
    portfolio: Mapped[str] = mapped_column(String(40), index=True)
    debtor_name: Mapped[str] = mapped_column(String(200))
    language: Mapped[str] = mapped_column(String(16))
    timezone: Mapped[str] = mapped_column(String(64))
    currency: Mapped[str] = mapped_column(String(3))
    principal: Mapped[Decimal]
    interest: Mapped[Decimal]
    fees: Mapped[Decimal]
    due_date: Mapped[date] = mapped_column(Date)
    imported_at: Mapped[datetime]
    updated_at: Mapped[datetime]


class VerificationFactRow(Base):
    """A keyed hash of one knowledge fact (date of birth, ID suffix); never the fact itself."""

    __tablename__ = "verification_facts"

    account_reference: Mapped[str] = mapped_column(
        ForeignKey("accounts.reference", ondelete="CASCADE"), primary_key=True
    )
    kind: Mapped[str] = mapped_column(String(16), primary_key=True)
    digest: Mapped[str] = mapped_column(String(64))


class TelegramLinkRow(Base):
    """Which Telegram user opened which account, and whether they passed verification."""

    __tablename__ = "telegram_links"
    __table_args__ = (UniqueConstraint("telegram_user_id", "account_reference"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    telegram_user_id: Mapped[int] = mapped_column(BigInteger, index=True)
    chat_id: Mapped[int] = mapped_column(BigInteger)
    account_reference: Mapped[str] = mapped_column(
        ForeignKey("accounts.reference", ondelete="CASCADE"), index=True
    )
    linked_at: Mapped[datetime]
    verified_at: Mapped[datetime | None]


class ConversationRow(Base):
    """The state of one chat with the bot; ``version`` guards against lost updates."""

    __tablename__ = "conversations"
    __table_args__ = (UniqueConstraint("channel", "chat_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    channel: Mapped[str] = mapped_column(String(16))
    chat_id: Mapped[int] = mapped_column(BigInteger)
    account_reference: Mapped[str | None] = mapped_column(
        ForeignKey("accounts.reference"), index=True
    )
    state: Mapped[str] = mapped_column(String(64))
    context: Mapped[Json]
    language: Mapped[str] = mapped_column(String(16))
    version: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 - SQLAlchemy reads it per class


class MessageRow(Base):
    """Every message in either direction, with the compliance verdict it got."""

    __tablename__ = "messages"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    conversation_id: Mapped[int] = mapped_column(ForeignKey("conversations.id"), index=True)
    direction: Mapped[str] = mapped_column(String(3))  # "in" | "out"
    author: Mapped[str] = mapped_column(String(16))  # "debtor" | "bot" | "agent"
    agent_id: Mapped[int | None] = mapped_column(BigInteger)
    text: Mapped[str] = mapped_column(Text)
    template_key: Mapped[str | None] = mapped_column(String(120))
    verdict: Mapped[str | None] = mapped_column(String(8))  # "allow" | "block" | "defer"
    rules: Mapped[Json]
    created_at: Mapped[datetime]


class OfferRow(Base):
    """A plan put to the debtor, in the order it was offered."""

    __tablename__ = "offers"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    conversation_id: Mapped[int] = mapped_column(ForeignKey("conversations.id"), index=True)
    round: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(40))
    terms: Mapped[Json]
    status: Mapped[str] = mapped_column(String(16))  # "open" | "accepted" | "refused" | "expired"
    created_at: Mapped[datetime]


class AgreementRow(Base):
    """An accepted plan; one per offer at most, so a second "I agree" cannot make another."""

    __tablename__ = "agreements"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    number: Mapped[str] = mapped_column(String(32), unique=True)
    account_reference: Mapped[str] = mapped_column(ForeignKey("accounts.reference"), index=True)
    offer_id: Mapped[int | None] = mapped_column(ForeignKey("offers.id"), unique=True)
    kind: Mapped[str] = mapped_column(String(40))
    terms: Mapped[Json]
    currency: Mapped[str] = mapped_column(String(3))
    total: Mapped[Decimal]
    status: Mapped[str] = mapped_column(String(16))  # "active" | "paid" | "broken" | "cancelled"
    accepted_at: Mapped[datetime]
    verification_digest: Mapped[str] = mapped_column(String(64), index=True)


class InstalmentRow(Base):
    """One scheduled payment of an agreement."""

    __tablename__ = "instalments"

    agreement_id: Mapped[int] = mapped_column(
        ForeignKey("agreements.id", ondelete="CASCADE"), primary_key=True
    )
    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    due_date: Mapped[date] = mapped_column(Date)
    amount: Mapped[Decimal]
    paid: Mapped[Decimal]
    status: Mapped[str] = mapped_column(String(16))  # due, paid, partial, missed, moved


class ReminderRow(Base):
    """A reminder of one instalment, queued once (or skipped, with the reason)."""

    __tablename__ = "reminders"
    __table_args__ = (
        UniqueConstraint("agreement_id", "seq", "days_before"),
        Index("ix_reminders_chat", "chat_id", "send_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    agreement_id: Mapped[int] = mapped_column(ForeignKey("agreements.id", ondelete="CASCADE"))
    seq: Mapped[int] = mapped_column(Integer)
    days_before: Mapped[int] = mapped_column(Integer)
    chat_id: Mapped[int] = mapped_column(BigInteger)
    status: Mapped[str] = mapped_column(String(16))  # "queued" | "skipped"
    reason: Mapped[str | None] = mapped_column(String(200))
    send_at: Mapped[datetime]
    created_at: Mapped[datetime]


class PaymentRow(Base):
    """A payment reported by the creditor, keyed by the creditor's payment id (idempotent)."""

    __tablename__ = "payments"

    payment_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    account_reference: Mapped[str] = mapped_column(ForeignKey("accounts.reference"), index=True)
    amount: Mapped[Decimal]
    currency: Mapped[str] = mapped_column(String(3))
    paid_at: Mapped[datetime]
    imported_at: Mapped[datetime]
    agreement_id: Mapped[int | None] = mapped_column(ForeignKey("agreements.id"))


class AgentRow(Base):
    """A person authorised to take over escalated chats."""

    __tablename__ = "agents"

    telegram_user_id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    name: Mapped[str] = mapped_column(String(80))
    active: Mapped[bool] = mapped_column(Boolean)
    added_at: Mapped[datetime]


class CaseRow(Base):
    """An escalation to people: why, how urgent, who holds it, where it is discussed."""

    __tablename__ = "cases"
    __table_args__ = (Index("ix_cases_topic", "agents_chat_id", "topic_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    conversation_id: Mapped[int] = mapped_column(ForeignKey("conversations.id"), index=True)
    account_reference: Mapped[str | None] = mapped_column(ForeignKey("accounts.reference"))
    reason: Mapped[str] = mapped_column(String(40))
    priority: Mapped[int] = mapped_column(Integer)  # 0 = most urgent
    status: Mapped[str] = mapped_column(String(16))  # "waiting" | "taken" | "returned" | "closed"
    agent_id: Mapped[int | None] = mapped_column(ForeignKey("agents.telegram_user_id"))
    agents_chat_id: Mapped[int | None] = mapped_column(BigInteger)
    topic_id: Mapped[int | None] = mapped_column(BigInteger)
    summary: Mapped[Json]
    outcome: Mapped[str | None] = mapped_column(String(200))
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    announced_at: Mapped[datetime | None]


class OutboxRow(Base):
    """A message to deliver, written in the same transaction as the change that caused it."""

    __tablename__ = "outbox"
    __table_args__ = (Index("ix_outbox_due", "status", "not_before"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    chat_id: Mapped[int] = mapped_column(BigInteger, index=True)
    thread_id: Mapped[int | None] = mapped_column(BigInteger)
    method: Mapped[str] = mapped_column(String(32))  # Bot API method, e.g. "sendMessage"
    payload: Mapped[Json]
    status: Mapped[str] = mapped_column(String(16))  # "pending" | "sending" | "sent" | "failed"
    attempts: Mapped[int] = mapped_column(Integer)
    not_before: Mapped[datetime]
    created_at: Mapped[datetime]
    sent_at: Mapped[datetime | None]
    telegram_message_id: Mapped[int | None] = mapped_column(BigInteger)
    last_error: Mapped[str | None] = mapped_column(Text)
    proactive: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    """Sent on the bot's own initiative (reminders, follow-ups): counted towards the caps."""


class InboxRow(Base):
    """A Telegram update, stored before it is acknowledged; ``update_id`` makes it unique."""

    __tablename__ = "inbox"

    update_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    payload: Mapped[Json]
    received_at: Mapped[datetime]
    processed_at: Mapped[datetime | None]


class AuditAnchorRow(Base):
    """Where the audit chain starts once old events were purged (one row at most)."""

    __tablename__ = "audit_anchor"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    seq: Mapped[int] = mapped_column(Integer)
    hash: Mapped[str] = mapped_column(String(64))
    purged_before: Mapped[datetime]


class AuditEventRow(Base):
    """An append-only, hash-chained audit event.

    ``hash`` covers the event's fields and ``prev_hash``; ``prev_hash`` is unique, so the chain
    cannot fork even when two workers append at once.
    """

    __tablename__ = "audit_events"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    occurred_at: Mapped[datetime]
    kind: Mapped[str] = mapped_column(String(40), index=True)
    subject: Mapped[str] = mapped_column(String(80), index=True)
    actor: Mapped[str] = mapped_column(String(80))
    data: Mapped[Json]
    prev_hash: Mapped[str] = mapped_column(String(64), unique=True)
    hash: Mapped[str] = mapped_column(String(64), unique=True)
