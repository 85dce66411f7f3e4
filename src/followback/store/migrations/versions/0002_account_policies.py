"""account policies: the follow-back policy of each brand account, editable through the API

Revision ID: 0002_account_policies
Revises: 0001
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from followback.store.tables import UtcDateTime

revision: str = "0002_account_policies"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "account_policies",
        sa.Column(
            "brand_account_id",
            sa.Integer(),
            sa.ForeignKey("brand_accounts.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("policy", sa.JSON(), nullable=False),
        sa.Column("limits", sa.JSON(), nullable=False),
        sa.Column("version", sa.String(length=64), nullable=False),
        sa.Column("updated_at", UtcDateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=200), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("account_policies")
