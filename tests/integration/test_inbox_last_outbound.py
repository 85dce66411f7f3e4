"""The kept ``conversations.last_outbound_at`` equals a recount from the messages, and the
inbox header's counts read from it equal the counts from every conversation's messages."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import and_, func, or_, select, update

from followback.domain import FollowMode, InboundMessage, MessageKind, Platform
from followback.store import AccountRepo, Store
from followback.store.inbox import InboxRepo
from followback.store.tables import ConversationRow, MessageRow

T0 = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)


def _mention(
    i: int, author: str, at: datetime, text: str = "@acme where is my order?"
) -> InboundMessage:
    return InboundMessage(
        Platform.SANDBOX, f"m{i}", author, author, text, MessageKind.MENTION, at,
        thread_root_id=f"root-{author}",
    )  # fmt: skip


def _kept(store: Store) -> dict[int, datetime | None]:
    with store.read() as s:
        return dict(s.execute(select(ConversationRow.id, ConversationRow.last_outbound_at)).all())


def _recount(store: Store) -> tuple[dict[int, datetime | None], dict[str, int]]:
    """Each conversation's latest reply and the header counts, from the messages."""
    last_out = (
        select(func.max(MessageRow.created_at))
        .where(MessageRow.conversation_id == ConversationRow.id, MessageRow.direction == "out")
        .correlate(ConversationRow)
        .scalar_subquery()
    )
    with store.read() as s:
        latest = dict(s.execute(select(ConversationRow.id, last_out)).all())
        open_ = ConversationRow.status == "open"
        waiting = and_(
            open_,
            ConversationRow.last_inbound_at.is_not(None),
            or_(last_out.is_(None), last_out < ConversationRow.last_inbound_at),
        )
        counts = {
            "open": s.scalar(select(func.count()).where(open_)),
            "unanswered": s.scalar(select(func.count()).where(waiting)),
            "complaints": s.scalar(
                select(func.count()).where(open_, ConversationRow.is_complaint.is_(True))
            ),
        }
    return latest, counts


def test_last_outbound_is_kept_as_replies_are_recorded_and_counts_match(store: Store) -> None:
    with store.session() as s:
        account = AccountRepo(s).add(Platform.SANDBOX, "acme", "acme", FollowMode.REVIEW)
    convs = {}
    with store.session() as s:
        repo = InboxRepo(s)
        for i, author in enumerate(("ana", "ben", "cai", "dee")):
            at = T0 + timedelta(minutes=i)
            cls = {"is_complaint": author == "ben", "severity": 2}
            convs[author] = repo.record_inbound(
                account, _mention(i, author, at), classification=cls, at=at
            ).conversation_id
    with store.session() as s:
        repo = InboxRepo(s)
        # ana: answered twice, the earlier reply recorded last (the kept value stays latest)
        repo.record_outbound(convs["ana"], remote_id="o1", text="on it", written_by="x",
                             at=T0 + timedelta(hours=2))  # fmt: skip
        repo.record_outbound(convs["ana"], remote_id="o2", text="hi", written_by="x",
                             at=T0 + timedelta(hours=1))  # fmt: skip
        # ben: answered, then wrote again (waiting again)
        repo.record_outbound(convs["ben"], remote_id="o3", text="sorry", written_by="x",
                             at=T0 + timedelta(hours=1))  # fmt: skip
        again = T0 + timedelta(hours=3)
        repo.record_inbound(account, _mention(10, "ben", again, "still broken"), at=again)
        # cai: answered and closed
        repo.record_outbound(convs["cai"], remote_id="o4", text="done", written_by="x",
                             at=T0 + timedelta(hours=1))  # fmt: skip
        repo.mark_done(convs["cai"], by="x", at=T0 + timedelta(hours=1))

    latest, counts = _recount(store)
    kept = _kept(store)
    assert kept == latest
    assert kept[convs["ana"]] == T0 + timedelta(hours=2) and kept[convs["dee"]] is None
    with store.read() as s:
        assert InboxRepo(s).count_open() == counts == {"open": 3, "unanswered": 2, "complaints": 1}
        assert InboxRepo(s).count_open(account) == counts
        assert InboxRepo(s).count_conversations(account) == counts | {"done": 1, "messages": 9}

    # The rebuild (the migration's backfill) gives the same values from the messages alone.
    with store.session() as s:
        s.execute(update(ConversationRow).values(last_outbound_at=None))
    with store.session() as s:
        InboxRepo(s).rebuild_last_outbound()
    assert _kept(store) == latest
