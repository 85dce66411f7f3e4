"""each account's retention analyses as the service last computed them (retention_analyses)

Revision ID: 0022_retention_analyses
Revises: 0021_conversation_last_outbound

The Retention page fitted its survival models (the experiment, the observational
comparisons, the weekly cohorts) on every view: seconds at millions of followers. The
service now computes them and keeps the result here; the page reads it. Nothing to fill:
a missing row is computed by the service's next refresh (or by the page, for small
accounts).
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from followback.store.tables import UtcDateTime

revision: str = "0022_retention_analyses"
down_revision: str | None = "0021_conversation_last_outbound"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "retention_analyses",
        sa.Column(
            "brand_account_id",
            sa.Integer(),
            sa.ForeignKey("brand_accounts.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("computed_at", UtcDateTime(), nullable=False),
        sa.Column("as_of", UtcDateTime(), nullable=False),
        sa.Column("synced_at", UtcDateTime(), nullable=True),
        sa.Column("sla_minutes", sa.Integer(), nullable=False),
        sa.Column("holdout_days", sa.Integer(), nullable=False),
        sa.Column("seconds", sa.Float(), nullable=False),
        sa.Column("payload", sa.LargeBinary(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("retention_analyses")
