"""reminders: one row per instalment reminder, so each is queued once

A reminder is keyed by its agreement, instalment and how many days before the due date it is
(``days_before``): the scheduler may run as often as it likes, and twice at once, and still
queue each reminder once. ``send_at`` is when it goes (deferred to the debtor's contact window)
and counts towards the per-day and per-week caps of proactive messages.

Revision ID: 0004
Revises: 0003
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import negotiator.storage.types

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "reminders",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("agreement_id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("days_before", sa.Integer(), nullable=False),
        sa.Column("chat_id", sa.BigInteger(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("reason", sa.String(length=200), nullable=True),
        sa.Column("send_at", negotiator.storage.types.UtcDateTime(timezone=True), nullable=False),
        sa.Column(
            "created_at", negotiator.storage.types.UtcDateTime(timezone=True), nullable=False
        ),
        sa.ForeignKeyConstraint(["agreement_id"], ["agreements.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("agreement_id", "seq", "days_before"),
    )
    op.create_index("ix_reminders_chat", "reminders", ["chat_id", "send_at"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_reminders_chat", table_name="reminders")
    op.drop_table("reminders")
