"""indexes in the order the review queue, inbox and audit log are listed (keyset paging)

Revision ID: 0010_list_order_indexes
Revises: 0009_oauth_flows

Each list endpoint pages with a keyset cursor (``followback.store.keyset``); these
indexes hold rows in exactly the list's order, so a page is a short index range scan at
any depth instead of a sort of every matching row.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010_list_order_indexes"
down_revision: str | None = "0009_oauth_flows"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_DESC = sa.text  # a column expression with its direction, e.g. _DESC("priority DESC")


def upgrade() -> None:
    op.create_index(
        "ix_decisions_queue_order",
        "decisions",
        ["brand_account_id", "state", _DESC("priority DESC"), "decided_at", "id"],
    )
    op.create_index(
        "ix_decisions_queue_order_all",
        "decisions",
        ["state", _DESC("priority DESC"), "decided_at", "id"],
    )
    op.create_index(
        "ix_conversations_list_order",
        "conversations",
        [
            "brand_account_id",
            "status",
            _DESC("is_complaint DESC"),
            _DESC("priority DESC"),
            "opened_at",
            "id",
        ],
    )
    op.create_index(
        "ix_conversations_list_order_all",
        "conversations",
        ["status", _DESC("is_complaint DESC"), _DESC("priority DESC"), "opened_at", "id"],
    )
    op.create_index("ix_audit_at_id", "audit_log", ["at", "id"])
    op.create_index("ix_audit_account_at_id", "audit_log", ["brand_account_id", "at", "id"])


def downgrade() -> None:
    for name, table in (
        ("ix_audit_account_at_id", "audit_log"),
        ("ix_audit_at_id", "audit_log"),
        ("ix_conversations_list_order_all", "conversations"),
        ("ix_conversations_list_order", "conversations"),
        ("ix_decisions_queue_order_all", "decisions"),
        ("ix_decisions_queue_order", "decisions"),
    ):
        op.drop_index(name, table_name=table)
