"""index of the decisions a person reviewed (the learning status on Second looks)

Revision ID: 0020_reviewed_decisions_index
Revises: 0019_decision_counts

The Second looks page shows how many decisions a person approved or skipped since the
last reset; that count filtered every approved and skipped decision, most of them made by
the policy, not a person. A partial index holds only the reviewed ones.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0020_reviewed_decisions_index"
down_revision: str | None = "0019_decision_counts"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index(
        "ix_decisions_reviewed",
        "decisions",
        ["brand_account_id", "reviewed_at", "state", "remote_id"],
        sqlite_where=sa.text("reviewed_by IS NOT NULL"),
        postgresql_where=sa.text("reviewed_by IS NOT NULL"),
    )


def downgrade() -> None:
    op.drop_index("ix_decisions_reviewed", table_name="decisions")
