"""outbox.proactive: messages sent on the bot's own initiative, counted towards the caps

Reminders were counted from the reminders table only, so the thanks for a payment, the message
after a missed one and the closing confirmation went uncounted. Every proactive message now
marks its outbox row, and the caps count those rows.

Revision ID: 0006
Revises: 0005
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("outbox") as batch:
        batch.add_column(
            sa.Column("proactive", sa.Boolean(), server_default=sa.false(), nullable=False)
        )


def downgrade() -> None:
    with op.batch_alter_table("outbox") as batch:
        batch.drop_column("proactive")
