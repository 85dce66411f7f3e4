"""experiment assignments: each eligible follower's arm (follow back or hold out) and when

Revision ID: 0006_experiment_assignments
Revises: 0005_listen_rules
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from followback.store.tables import UtcDateTime

revision: str = "0006_experiment_assignments"
down_revision: str | None = "0005_listen_rules"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "experiment_assignments",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "brand_account_id",
            sa.Integer(),
            sa.ForeignKey("brand_accounts.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("remote_id", sa.String(length=320), nullable=False),
        sa.Column("arm", sa.String(length=16), nullable=False),
        sa.Column("assigned_at", UtcDateTime(), nullable=False),
        sa.Column("share", sa.Float(), nullable=False),
        sa.Column("bot_score", sa.Float(), nullable=True),
        sa.Column("scheme", sa.String(length=32), nullable=False),
        sa.UniqueConstraint("brand_account_id", "remote_id"),
    )


def downgrade() -> None:
    op.drop_table("experiment_assignments")
