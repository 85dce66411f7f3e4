"""Waiting time in the stored inbox order, on SQLite and PostgreSQL.

Messages are stored with their arrival priority; ``refresh_priorities`` raises the stored
priority of conversations whose customer is waiting (longer, nearer the SLA: higher), never
across tiers, and drops it back once the brand has answered. Pages read the stored order.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from followback.actions.conversations import refresh_priorities
from followback.domain import FollowMode, InboundMessage, MessageKind, Platform
from followback.inbox.priority import urgency_reasons
from followback.inbox.sla import SlaPolicy
from followback.store import AccountRepo, Store
from followback.store.inbox import InboxRepo
from followback.store.inbox_priority import InboxPriorityRepo

NOW = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)
POLICY = SlaPolicy(first_response_minutes=150)


def _inbound(
    store: Store, account: int, author: str, text: str, ago: timedelta, arrival: float
) -> int:
    msg = InboundMessage(
        Platform.MASTODON, f"m-{author}-{ago.total_seconds():.0f}", author, author, text,
        MessageKind.MENTION, NOW - ago,
    )  # fmt: skip
    with store.session() as s:
        result = InboxRepo(s).record_inbound(
            account,
            msg,
            classification={"is_complaint": arrival >= 75, "severity": 2},
            priority=arrival,
            at=NOW - ago,
        )
    return result.conversation_id


def _order(store: Store, account: int, limit: int = 100, offset: int = 0) -> list[int]:
    with store.session() as s:
        rows = InboxRepo(s).list_conversations(account, limit=limit, offset=offset)
    return [c.id for c in rows]


def _account(store: Store) -> int:
    with store.session() as s:
        return AccountRepo(s).add(Platform.MASTODON, "brand@shop.example", "1", FollowMode.REVIEW)


def test_waiting_raises_the_stored_rank_within_tiers_and_pages_agree(store: Store) -> None:
    account = _account(store)
    complaint = _inbound(store, account, "c", "my order never came", timedelta(0), 80.0)
    fresh_q = _inbound(store, account, "q1", "do you ship to Porto?", timedelta(0), 60.0)
    old_q = _inbound(store, account, "q2", "is the red one back?", timedelta(hours=2), 58.0)
    praise = _inbound(store, account, "p", "love it", timedelta(0), 10.0)
    old_praise = _inbound(store, account, "p2", "great service", timedelta(days=4), 9.0)
    assert _order(store, account) == [complaint, fresh_q, old_q, praise, old_praise]

    changed = refresh_priorities(store, NOW, POLICY, account)

    assert changed == 2  # the two that waited; fresh ones have waited nothing yet
    order = _order(store, account)
    assert order == [complaint, old_q, fresh_q, old_praise, praise]
    pages = [_order(store, account, 2, offset) for offset in (0, 2, 4)]
    assert [c for page in pages for c in page] == order
    with store.session() as s:
        stored = {c.id: c.priority for c in InboxRepo(s).list_conversations(account)}
        since = InboxPriorityRepo(s).waiting_since(order)
    assert 58.0 < stored[old_q] < 75.0 and 9.0 < stored[old_praise] < 25.0
    assert urgency_reasons(since[old_q], NOW, POLICY) == ("waiting 2 h", "SLA in 30 min")


def test_a_reply_drops_the_raise_and_the_sla_brings_the_nearer_one_up(store: Store) -> None:
    account = _account(store)
    answered = _inbound(store, account, "a", "where is my parcel?", timedelta(hours=3), 62.0)
    near = _inbound(store, account, "n", "can I change my size?", timedelta(hours=1), 61.0)
    refresh_priorities(store, NOW, POLICY, account)
    assert _order(store, account) == [answered, near]
    with store.session() as s:
        InboxRepo(s).record_outbound(
            answered, remote_id="r1", text="on its way", written_by="member:ana", at=NOW
        )
    refresh_priorities(store, NOW + timedelta(minutes=1), POLICY, account)
    with store.session() as s:
        stored = {c.id: c.priority for c in InboxRepo(s).list_conversations(account)}
        assert InboxPriorityRepo(s).waiting_since([answered]) == {}
    assert stored[answered] == 62.0  # back to its arrival priority
    assert stored[near] > 61.0
    assert _order(store, account) == [near, answered]
