"""X webhooks (follow events delivered by X) and the event ids already recorded

Revision ID: 0017_x_webhooks
Revises: 0016_follow_days
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from followback.store.tables import UtcDateTime

revision: str = "0017_x_webhooks"
down_revision: str | None = "0016_follow_days"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _account() -> sa.Column[int]:
    """The brand account column (a new ForeignKey each time: a column owns its own)."""
    fk = sa.ForeignKey("brand_accounts.id", ondelete="CASCADE")
    return sa.Column("brand_account_id", sa.Integer(), fk, primary_key=True)


def upgrade() -> None:
    op.create_table(
        "x_webhooks",
        _account(),
        sa.Column("webhook_id", sa.String(length=32), nullable=False),
        sa.Column("url", sa.String(length=200), nullable=False),
        sa.Column("subscription_ids", sa.JSON(), nullable=False),
        sa.Column("secrets", sa.LargeBinary(), nullable=False),
        sa.Column("registered_by", sa.String(length=200), nullable=False),
        sa.Column("registered_at", UtcDateTime(), nullable=False),
    )
    op.create_table(
        "x_webhook_events",
        _account(),
        sa.Column("event_id", sa.String(length=64), primary_key=True),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("via", sa.String(length=16), nullable=False),
        sa.Column("received_at", UtcDateTime(), nullable=False),
    )
    op.create_index(
        "ix_x_webhook_events_received_at", "x_webhook_events", ["received_at"], unique=False
    )


def downgrade() -> None:
    op.drop_index("ix_x_webhook_events_received_at", table_name="x_webhook_events")
    op.drop_table("x_webhook_events")
    op.drop_table("x_webhooks")
