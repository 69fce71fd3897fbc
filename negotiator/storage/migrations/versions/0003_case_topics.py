"""cases know their agents' group and when they were last announced

A case's forum topic lives in one agents' group (``agents_chat_id``): a message an agent writes
in a topic is matched to its case by group and topic. ``announced_at`` is when the case card or
the last "still waiting" notice was posted, so the service level is re-announced once per
period, not on every tick.

Revision ID: 0003
Revises: 0002
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import negotiator.storage.types

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("cases", sa.Column("agents_chat_id", sa.BigInteger(), nullable=True))
    op.add_column(
        "cases",
        sa.Column(
            "announced_at", negotiator.storage.types.UtcDateTime(timezone=True), nullable=True
        ),
    )
    op.create_index("ix_cases_topic", "cases", ["agents_chat_id", "topic_id"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_cases_topic", table_name="cases")
    op.drop_column("cases", "announced_at")
    op.drop_column("cases", "agents_chat_id")
