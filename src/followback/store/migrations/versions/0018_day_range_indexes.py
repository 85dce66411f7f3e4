"""indexes for the dashboard's day ranges: messages by time, conversations by opening

Revision ID: 0018_day_range_indexes
Revises: 0017_x_webhooks

The listening volume counts a month of inbound posts per day and the overview reads a
month of first-response times: with these indexes each is a range scan of that month
instead of a scan of every message or conversation.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0018_day_range_indexes"
down_revision: str | None = "0017_x_webhooks"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_INDEXES = (
    ("ix_messages_created_at", "messages", ["created_at"]),
    ("ix_conversations_opened", "conversations", ["brand_account_id", "opened_at"]),
    ("ix_conversations_opened_all", "conversations", ["opened_at"]),
)


def upgrade() -> None:
    for name, table, columns in _INDEXES:
        op.create_index(name, table, columns)


def downgrade() -> None:
    for name, table, _ in reversed(_INDEXES):
        op.drop_index(name, table_name=table)
