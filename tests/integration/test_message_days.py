"""The kept daily inbound volume (``message_days``) equals a count of the messages
themselves, as the overview and the Listening page counted them before, after messages
are stored, a person is forgotten and the retention period deletes old ones; the migration
that adds it fills it from an existing database and goes down again."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, date, datetime, timedelta

from alembic import command
from sqlalchemy import inspect, select

from followback.actions.datacare import apply_retention, forget_person
from followback.config import RetentionSettings
from followback.domain import FollowMode, InboundMessage, MessageKind, Platform
from followback.store import AccountRepo, Store
from followback.store.engine import _alembic_config
from followback.store.inbox import InboxRepo
from followback.store.listening import ListenRepo
from followback.store.message_days import MessageDayRepo
from followback.store.tables import ConversationRow, MessageDayRow, MessageRow

MIDNIGHT = datetime(2026, 11, 20, tzinfo=UTC)
FIRST, LAST = date(2026, 11, 17), date(2026, 11, 21)


def _recount(store: Store) -> dict[tuple[int, date], tuple[int, int, int]]:
    """The old way: every inbound message read and counted per account and UTC day."""
    counts: dict[tuple[int, date], Counter[str]] = {}
    stmt = select(
        ConversationRow.brand_account_id,
        MessageRow.created_at,
        MessageRow.kind,
        MessageRow.direction,
        MessageRow.classification,
    ).join(ConversationRow, ConversationRow.id == MessageRow.conversation_id)
    with store.read() as s:
        for aid, at, kind, direction, cls in s.execute(stmt):
            if direction != "in" or kind not in ("mention", "reply", "quote", "heard"):
                continue
            c = counts.setdefault((aid, at.astimezone(UTC).date()), Counter())
            c["heard" if kind == "heard" else "mentions"] += 1
            c["complaints"] += int(bool((cls or {}).get("is_complaint")))
    return {k: (c["mentions"], c["heard"], c["complaints"]) for k, c in counts.items()}


def _kept(store: Store) -> dict[tuple[int, date], tuple[int, int, int]]:
    with store.read() as s:
        return {
            (r.brand_account_id, r.day): (r.mentions, r.heard, r.complaints)
            for r in s.scalars(select(MessageDayRow))
            if (r.mentions, r.heard, r.complaints) != (0, 0, 0)
        }


def _check(store: Store, accounts: list[int]) -> None:
    recount = _recount(store)
    assert _kept(store) == recount
    with store.read() as s:
        repo = ListenRepo(s)
        for aid in (*accounts, None):
            series = repo.daily_volume(aid, FIRST, LAST)
            assert [d.day for d in series] == [FIRST + timedelta(days=i) for i in range(5)]
            for d in series:
                want = [v for (a, day), v in recount.items() if day == d.day and aid in (None, a)]
                sums = tuple(sum(v[i] for v in want) for i in range(3))
                assert (d.mentions, d.heard, d.complaints) == sums, (aid, d)


def _seed(store: Store) -> list[int]:
    kinds = [MessageKind.MENTION, MessageKind.REPLY, MessageKind.HEARD, MessageKind.DM]
    with store.session() as s:
        accounts = [
            AccountRepo(s).add(Platform.SANDBOX, name, name, FollowMode.REVIEW)
            for name in ("acme", "globex")
        ]
        repo = InboxRepo(s)
        for i in range(24):
            author = f"u{i % 5}"
            # Around midnight UTC, over three days; every third one a complaint.
            at = MIDNIGHT + timedelta(hours=7 * i - 60, minutes=30)
            msg = InboundMessage(
                Platform.SANDBOX, f"m{i}", author, author, f"@acme hello {i}", kinds[i % 4], at,
                thread_root_id=f"root-{author}-{i % 2}",
            )  # fmt: skip
            cls = {"is_complaint": i % 3 == 0}
            result = repo.record_inbound(accounts[i % 2], msg, classification=cls, at=at)
            repo.record_inbound(accounts[i % 2], msg, classification=cls, at=at)  # again: once
            if i % 4 == 1:  # the brand's replies are not counted
                repo.record_outbound(
                    result.conversation_id, remote_id=f"r{i}", text="sorry!", written_by="ann",
                    at=at + timedelta(minutes=5),
                )  # fmt: skip
    return accounts


def test_the_daily_volume_is_kept_through_storing_forgetting_and_retention(store: Store) -> None:
    accounts = _seed(store)
    assert len(_kept(store)) >= 6, "messages on several days of both accounts"
    _check(store, accounts)
    with store.session() as s:  # the rebuild (the migration's backfill) gives the same rows
        MessageDayRepo(s).rebuild()
    _check(store, accounts)

    forget_person(store, "sandbox:u1")
    _check(store, accounts)
    gone = apply_retention(
        store, RetentionSettings(messages_days=2), now=MIDNIGHT + timedelta(hours=40)
    )
    assert gone["messages"] > 0
    _check(store, accounts)


def test_the_migration_fills_the_volume_and_goes_down(store: Store) -> None:
    accounts = _seed(store)
    before = _kept(store)
    config = _alembic_config(store.engine)
    command.downgrade(config, "0022_retention_analyses")
    assert "message_days" not in inspect(store.engine).get_table_names()
    command.upgrade(config, "head")
    assert _kept(store) == before == _recount(store)
    _check(store, accounts)
