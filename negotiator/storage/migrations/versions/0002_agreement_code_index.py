"""index agreements by verification code

``negotiator agreements verify CODE`` looks an agreement up by the code printed on the debtor's
written confirmation; without an index that reads the whole table.

Revision ID: 0002
Revises: 0001
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index(
        op.f("ix_agreements_verification_digest"),
        "agreements",
        ["verification_digest"],
        unique=False,
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_agreements_verification_digest"), table_name="agreements")
