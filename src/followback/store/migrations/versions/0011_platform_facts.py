"""platform facts: what a platform's answers showed about a brand account (X plan)

Revision ID: 0011_platform_facts
Revises: 0010_list_order_indexes
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from followback.store.tables import UtcDateTime

revision: str = "0011_platform_facts"
down_revision: str | None = "0010_list_order_indexes"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "platform_facts",
        sa.Column(
            "brand_account_id",
            sa.Integer(),
            sa.ForeignKey("brand_accounts.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("name", sa.String(length=64), primary_key=True),
        sa.Column("value", sa.JSON(), nullable=False),
        sa.Column("evidence", sa.Text(), nullable=False),
        sa.Column("detected_at", UtcDateTime(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("platform_facts")
