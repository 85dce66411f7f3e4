"""business hours and holidays per brand account, edited in the dashboard

Revision ID: 0012_business_calendars
Revises: 0011_platform_facts
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from followback.store.tables import UtcDateTime

revision: str = "0012_business_calendars"
down_revision: str | None = "0011_platform_facts"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "business_calendars",
        sa.Column(
            "account_id",
            sa.Integer(),
            sa.ForeignKey("brand_accounts.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("hours", sa.String(length=200), nullable=False),
        sa.Column("holidays", sa.JSON(), nullable=False),
        sa.Column("updated_by", sa.String(length=200), nullable=False),
        sa.Column("updated_at", UtcDateTime(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("business_calendars")
