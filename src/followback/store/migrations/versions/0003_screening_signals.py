"""screening signals: platform signals on remote accounts, the learned adjustment per
account (and its version on each decision), second looks at followed accounts

Revision ID: 0003_screening_signals
Revises: 0002_account_policies
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from followback.store.tables import UtcDateTime

revision: str = "0003_screening_signals"
down_revision: str | None = "0002_account_policies"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("remote_accounts") as batch:
        batch.add_column(sa.Column("signals", sa.JSON(), nullable=True))
    with op.batch_alter_table("decisions") as batch:
        batch.add_column(sa.Column("learned_version", sa.String(length=64), nullable=True))
    op.create_table(
        "learned_adjustments",
        sa.Column(
            "brand_account_id",
            sa.Integer(),
            sa.ForeignKey("brand_accounts.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("version", sa.String(length=64), nullable=False),
        sa.Column("weights", sa.JSON(), nullable=False),
        sa.Column("decisions_used", sa.Integer(), nullable=False),
        sa.Column("trained_at", UtcDateTime(), nullable=True),
        sa.Column("reset_at", UtcDateTime(), nullable=True),
    )
    op.create_table(
        "follow_checks",
        sa.Column(
            "brand_account_id",
            sa.Integer(),
            sa.ForeignKey("brand_accounts.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("remote_id", sa.String(length=320), primary_key=True),
        sa.Column("checked_at", UtcDateTime(), nullable=False),
        sa.Column("fingerprint", sa.String(length=32), nullable=False),
        sa.Column("bot_score", sa.Float(), nullable=True),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("reasons", sa.JSON(), nullable=False),
        sa.Column("resolved_by", sa.String(length=200), nullable=True),
        sa.Column("resolved_at", UtcDateTime(), nullable=True),
    )
    op.create_index("ix_follow_checks_state", "follow_checks", ["brand_account_id", "state"])


def downgrade() -> None:
    op.drop_index("ix_follow_checks_state", table_name="follow_checks")
    op.drop_table("follow_checks")
    op.drop_table("learned_adjustments")
    with op.batch_alter_table("decisions") as batch:
        batch.drop_column("learned_version")
    with op.batch_alter_table("remote_accounts") as batch:
        batch.drop_column("signals")
