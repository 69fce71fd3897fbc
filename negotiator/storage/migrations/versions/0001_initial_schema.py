"""initial schema

Revision ID: 0001
Revises:
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import negotiator.storage.types

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "accounts",
        sa.Column("reference", sa.String(length=40), nullable=False),
        sa.Column("portfolio", sa.String(length=40), nullable=False),
        sa.Column("debtor_name", sa.String(length=200), nullable=False),
        sa.Column("language", sa.String(length=16), nullable=False),
        sa.Column("timezone", sa.String(length=64), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("principal", negotiator.storage.types.ExactDecimal(length=32), nullable=False),
        sa.Column("interest", negotiator.storage.types.ExactDecimal(length=32), nullable=False),
        sa.Column("fees", negotiator.storage.types.ExactDecimal(length=32), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=False),
        sa.Column(
            "imported_at", negotiator.storage.types.UtcDateTime(timezone=True), nullable=False
        ),
        sa.Column(
            "updated_at", negotiator.storage.types.UtcDateTime(timezone=True), nullable=False
        ),
        sa.PrimaryKeyConstraint("reference", name=op.f("pk_accounts")),
    )
    with op.batch_alter_table("accounts", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_accounts_portfolio"), ["portfolio"], unique=False)

    op.create_table(
        "agents",
        sa.Column("telegram_user_id", sa.BigInteger(), nullable=False),
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("added_at", negotiator.storage.types.UtcDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("telegram_user_id", name=op.f("pk_agents")),
    )
    op.create_table(
        "audit_events",
        sa.Column("seq", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column(
            "occurred_at", negotiator.storage.types.UtcDateTime(timezone=True), nullable=False
        ),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("subject", sa.String(length=80), nullable=False),
        sa.Column("actor", sa.String(length=80), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_audit_events")),
        sa.UniqueConstraint("hash", name=op.f("uq_audit_events_hash")),
        sa.UniqueConstraint("prev_hash", name=op.f("uq_audit_events_prev_hash")),
    )
    with op.batch_alter_table("audit_events", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_events_kind"), ["kind"], unique=False)
        batch_op.create_index(batch_op.f("ix_audit_events_subject"), ["subject"], unique=False)

    op.create_table(
        "inbox",
        sa.Column("update_id", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column(
            "received_at", negotiator.storage.types.UtcDateTime(timezone=True), nullable=False
        ),
        sa.Column(
            "processed_at", negotiator.storage.types.UtcDateTime(timezone=True), nullable=True
        ),
        sa.PrimaryKeyConstraint("update_id", name=op.f("pk_inbox")),
    )
    op.create_table(
        "outbox",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("chat_id", sa.BigInteger(), nullable=False),
        sa.Column("thread_id", sa.BigInteger(), nullable=True),
        sa.Column("method", sa.String(length=32), nullable=False),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column(
            "not_before", negotiator.storage.types.UtcDateTime(timezone=True), nullable=False
        ),
        sa.Column(
            "created_at", negotiator.storage.types.UtcDateTime(timezone=True), nullable=False
        ),
        sa.Column("sent_at", negotiator.storage.types.UtcDateTime(timezone=True), nullable=True),
        sa.Column("telegram_message_id", sa.BigInteger(), nullable=True),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_outbox")),
    )
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_outbox_chat_id"), ["chat_id"], unique=False)
        batch_op.create_index("ix_outbox_due", ["status", "not_before"], unique=False)

    op.create_table(
        "conversations",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("channel", sa.String(length=16), nullable=False),
        sa.Column("chat_id", sa.BigInteger(), nullable=False),
        sa.Column("account_reference", sa.String(length=40), nullable=True),
        sa.Column("state", sa.String(length=64), nullable=False),
        sa.Column("context", sa.JSON(), nullable=False),
        sa.Column("language", sa.String(length=16), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column(
            "created_at", negotiator.storage.types.UtcDateTime(timezone=True), nullable=False
        ),
        sa.Column(
            "updated_at", negotiator.storage.types.UtcDateTime(timezone=True), nullable=False
        ),
        sa.ForeignKeyConstraint(
            ["account_reference"],
            ["accounts.reference"],
            name=op.f("fk_conversations_account_reference_accounts"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_conversations")),
        sa.UniqueConstraint("channel", "chat_id", name=op.f("uq_conversations_channel_chat_id")),
    )
    with op.batch_alter_table("conversations", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_conversations_account_reference"), ["account_reference"], unique=False
        )

    op.create_table(
        "telegram_links",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("telegram_user_id", sa.BigInteger(), nullable=False),
        sa.Column("chat_id", sa.BigInteger(), nullable=False),
        sa.Column("account_reference", sa.String(length=40), nullable=False),
        sa.Column("linked_at", negotiator.storage.types.UtcDateTime(timezone=True), nullable=False),
        sa.Column(
            "verified_at", negotiator.storage.types.UtcDateTime(timezone=True), nullable=True
        ),
        sa.ForeignKeyConstraint(
            ["account_reference"],
            ["accounts.reference"],
            name=op.f("fk_telegram_links_account_reference_accounts"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_telegram_links")),
        sa.UniqueConstraint(
            "telegram_user_id",
            "account_reference",
            name=op.f("uq_telegram_links_telegram_user_id_account_reference"),
        ),
    )
    with op.batch_alter_table("telegram_links", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_telegram_links_account_reference"), ["account_reference"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_telegram_links_telegram_user_id"), ["telegram_user_id"], unique=False
        )

    op.create_table(
        "verification_facts",
        sa.Column("account_reference", sa.String(length=40), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("digest", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_reference"],
            ["accounts.reference"],
            name=op.f("fk_verification_facts_account_reference_accounts"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("account_reference", "kind", name=op.f("pk_verification_facts")),
    )
    op.create_table(
        "cases",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("conversation_id", sa.Integer(), nullable=False),
        sa.Column("account_reference", sa.String(length=40), nullable=True),
        sa.Column("reason", sa.String(length=40), nullable=False),
        sa.Column("priority", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("agent_id", sa.BigInteger(), nullable=True),
        sa.Column("topic_id", sa.BigInteger(), nullable=True),
        sa.Column("summary", sa.JSON(), nullable=False),
        sa.Column("outcome", sa.String(length=200), nullable=True),
        sa.Column(
            "created_at", negotiator.storage.types.UtcDateTime(timezone=True), nullable=False
        ),
        sa.Column(
            "updated_at", negotiator.storage.types.UtcDateTime(timezone=True), nullable=False
        ),
        sa.ForeignKeyConstraint(
            ["account_reference"],
            ["accounts.reference"],
            name=op.f("fk_cases_account_reference_accounts"),
        ),
        sa.ForeignKeyConstraint(
            ["agent_id"], ["agents.telegram_user_id"], name=op.f("fk_cases_agent_id_agents")
        ),
        sa.ForeignKeyConstraint(
            ["conversation_id"],
            ["conversations.id"],
            name=op.f("fk_cases_conversation_id_conversations"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cases")),
    )
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_cases_conversation_id"), ["conversation_id"], unique=False
        )

    op.create_table(
        "messages",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("conversation_id", sa.Integer(), nullable=False),
        sa.Column("direction", sa.String(length=3), nullable=False),
        sa.Column("author", sa.String(length=16), nullable=False),
        sa.Column("agent_id", sa.BigInteger(), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("template_key", sa.String(length=120), nullable=True),
        sa.Column("verdict", sa.String(length=8), nullable=True),
        sa.Column("rules", sa.JSON(), nullable=False),
        sa.Column(
            "created_at", negotiator.storage.types.UtcDateTime(timezone=True), nullable=False
        ),
        sa.ForeignKeyConstraint(
            ["conversation_id"],
            ["conversations.id"],
            name=op.f("fk_messages_conversation_id_conversations"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_messages")),
    )
    with op.batch_alter_table("messages", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_messages_conversation_id"), ["conversation_id"], unique=False
        )

    op.create_table(
        "offers",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("conversation_id", sa.Integer(), nullable=False),
        sa.Column("round", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("terms", sa.JSON(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column(
            "created_at", negotiator.storage.types.UtcDateTime(timezone=True), nullable=False
        ),
        sa.ForeignKeyConstraint(
            ["conversation_id"],
            ["conversations.id"],
            name=op.f("fk_offers_conversation_id_conversations"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_offers")),
    )
    with op.batch_alter_table("offers", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_offers_conversation_id"), ["conversation_id"], unique=False
        )

    op.create_table(
        "agreements",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("number", sa.String(length=32), nullable=False),
        sa.Column("account_reference", sa.String(length=40), nullable=False),
        sa.Column("offer_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("terms", sa.JSON(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("total", negotiator.storage.types.ExactDecimal(length=32), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column(
            "accepted_at", negotiator.storage.types.UtcDateTime(timezone=True), nullable=False
        ),
        sa.Column("verification_digest", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_reference"],
            ["accounts.reference"],
            name=op.f("fk_agreements_account_reference_accounts"),
        ),
        sa.ForeignKeyConstraint(
            ["offer_id"], ["offers.id"], name=op.f("fk_agreements_offer_id_offers")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agreements")),
        sa.UniqueConstraint("number", name=op.f("uq_agreements_number")),
        sa.UniqueConstraint("offer_id", name=op.f("uq_agreements_offer_id")),
    )
    with op.batch_alter_table("agreements", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_agreements_account_reference"), ["account_reference"], unique=False
        )

    op.create_table(
        "instalments",
        sa.Column("agreement_id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=False),
        sa.Column("amount", negotiator.storage.types.ExactDecimal(length=32), nullable=False),
        sa.Column("paid", negotiator.storage.types.ExactDecimal(length=32), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.ForeignKeyConstraint(
            ["agreement_id"],
            ["agreements.id"],
            name=op.f("fk_instalments_agreement_id_agreements"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("agreement_id", "seq", name=op.f("pk_instalments")),
    )
    op.create_table(
        "payments",
        sa.Column("payment_id", sa.String(length=64), nullable=False),
        sa.Column("account_reference", sa.String(length=40), nullable=False),
        sa.Column("amount", negotiator.storage.types.ExactDecimal(length=32), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("paid_at", negotiator.storage.types.UtcDateTime(timezone=True), nullable=False),
        sa.Column(
            "imported_at", negotiator.storage.types.UtcDateTime(timezone=True), nullable=False
        ),
        sa.Column("agreement_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["account_reference"],
            ["accounts.reference"],
            name=op.f("fk_payments_account_reference_accounts"),
        ),
        sa.ForeignKeyConstraint(
            ["agreement_id"], ["agreements.id"], name=op.f("fk_payments_agreement_id_agreements")
        ),
        sa.PrimaryKeyConstraint("payment_id", name=op.f("pk_payments")),
    )
    with op.batch_alter_table("payments", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_payments_account_reference"), ["account_reference"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("payments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_payments_account_reference"))

    op.drop_table("payments")
    op.drop_table("instalments")
    with op.batch_alter_table("agreements", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_agreements_account_reference"))

    op.drop_table("agreements")
    with op.batch_alter_table("offers", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_offers_conversation_id"))

    op.drop_table("offers")
    with op.batch_alter_table("messages", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_messages_conversation_id"))

    op.drop_table("messages")
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_cases_conversation_id"))

    op.drop_table("cases")
    op.drop_table("verification_facts")
    with op.batch_alter_table("telegram_links", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_telegram_links_telegram_user_id"))
        batch_op.drop_index(batch_op.f("ix_telegram_links_account_reference"))

    op.drop_table("telegram_links")
    with op.batch_alter_table("conversations", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_conversations_account_reference"))

    op.drop_table("conversations")
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.drop_index("ix_outbox_due")
        batch_op.drop_index(batch_op.f("ix_outbox_chat_id"))

    op.drop_table("outbox")
    op.drop_table("inbox")
    with op.batch_alter_table("audit_events", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_events_subject"))
        batch_op.drop_index(batch_op.f("ix_audit_events_kind"))

    op.drop_table("audit_events")
    op.drop_table("agents")
    with op.batch_alter_table("accounts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_accounts_portfolio"))

    op.drop_table("accounts")
