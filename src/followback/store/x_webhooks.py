"""X webhooks registered for brand accounts, and the X event ids already recorded."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from followback.store.tables import XWebhookEventRow, XWebhookRow

__all__ = ["EVENT_IDS_KEPT", "XWebhook", "XWebhookRepo"]

# X retries a failed delivery and replays up to 24 hours on request: ids older than a week
# cannot come back, so they are dropped to keep the table small.
EVENT_IDS_KEPT = timedelta(days=7)


@dataclass(frozen=True, slots=True)
class XWebhook:
    """A registered webhook (``secrets`` still encrypted)."""

    account_id: int
    webhook_id: str
    url: str
    subscription_ids: tuple[str, ...]
    secrets: bytes
    registered_by: str
    registered_at: datetime


def _to_domain(row: XWebhookRow) -> XWebhook:
    return XWebhook(
        row.brand_account_id,
        row.webhook_id,
        row.url,
        tuple(row.subscription_ids or ()),
        row.secrets,
        row.registered_by,
        row.registered_at,
    )


class XWebhookRepo:
    """Reads and writes X webhooks and recorded event ids within one session."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def find(self, account_id: int) -> XWebhook | None:
        row = self.session.get(XWebhookRow, account_id)
        return None if row is None else _to_domain(row)

    def save(
        self,
        account_id: int,
        *,
        url: str,
        secrets: bytes,
        by: str,
        at: datetime,
        webhook_id: str = "",
        subscription_ids: Sequence[str] = (),
    ) -> XWebhook:
        """Store (or replace) the account's webhook."""
        row = self.session.get(XWebhookRow, account_id)
        if row is None:
            row = XWebhookRow(brand_account_id=account_id)
            self.session.add(row)
        row.url, row.secrets, row.registered_by, row.registered_at = url, secrets, by, at
        row.webhook_id, row.subscription_ids = webhook_id, list(subscription_ids)
        self.session.flush()
        return _to_domain(row)

    def remove(self, account_id: int) -> bool:
        row = self.session.get(XWebhookRow, account_id)
        if row is None:
            return False
        self.session.delete(row)
        self.session.flush()
        return True

    # -- event ids ------------------------------------------------------------------------
    def record_event_once(
        self, account_id: int, event_id: str, kind: str, via: str, at: datetime
    ) -> bool:
        """Note event ``event_id``; False when it was recorded before (a repeat delivery).

        The caller holds the transaction that applies the event, so the id and its effect
        commit together; a concurrent delivery of the same id fails on the primary key and
        its transaction (and effect) roll back.
        """
        if self.session.get(XWebhookEventRow, (account_id, event_id)) is not None:
            return False
        self.session.add(
            XWebhookEventRow(
                brand_account_id=account_id,
                event_id=event_id,
                kind=kind,
                via=via,
                received_at=at,
            )
        )
        self.session.flush()
        return True

    def purge_events(self, before: datetime) -> int:
        result = self.session.execute(
            delete(XWebhookEventRow).where(XWebhookEventRow.received_at < before),
            execution_options={"synchronize_session": False},
        )
        return int(getattr(result, "rowcount", 0) or 0)

    def delivery_summary(
        self, account_id: int, via: str, since: datetime
    ) -> tuple[int, datetime | None]:
        """How many events arrived through ``via`` since ``since``, and the newest's time."""
        stmt = select(func.count(), func.max(XWebhookEventRow.received_at)).where(
            XWebhookEventRow.brand_account_id == account_id,
            XWebhookEventRow.via == via,
            XWebhookEventRow.received_at >= since,
        )
        count, newest = self.session.execute(stmt).one()
        return int(count or 0), newest
