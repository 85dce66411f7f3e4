"""The store opens, migrates and round-trips on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from sqlalchemy import select
from sqlalchemy.exc import OperationalError

from followback.domain import ConflictError, FollowMode, Platform, UserError
from followback.store import AccountRepo, AuditRepo, Store, open_store
from followback.store.engine import describe_store_error
from followback.store.tables import FollowEdgeRow


def test_account_round_trip(store: Store) -> None:
    with store.session() as s:
        account_id = AccountRepo(s).add(
            Platform.MASTODON, "brand@example.social", "1", FollowMode.AUTO
        )
    with store.session() as s:
        account = AccountRepo(s).get(account_id)
        assert account.platform is Platform.MASTODON
        assert account.mode is FollowMode.AUTO
        assert AccountRepo(s).resolve("mastodon:brand@example.social").id == account_id


def test_duplicate_account_is_a_conflict_and_writes_nothing(store: Store) -> None:
    with store.session() as s:
        AccountRepo(s).add(Platform.X, "acme", "1", FollowMode.REVIEW)
    with pytest.raises(ConflictError, match="already connected"), store.session() as s:
        AccountRepo(s).add(Platform.X, "acme", "1", FollowMode.REVIEW)
    with store.session() as s:
        assert len(AccountRepo(s).list()) == 1


def test_datetimes_come_back_aware_utc(store: Store) -> None:
    plus2 = timezone(timedelta(hours=2))
    when = datetime(2026, 1, 2, 12, 0, tzinfo=plus2)
    with store.session() as s:
        aid = AccountRepo(s).add(Platform.X, "acme", "1", FollowMode.REVIEW)
        s.add(
            FollowEdgeRow(
                brand_account_id=aid,
                remote_id="42",
                direction="follower",
                first_seen=when,
                last_seen=when,
            )
        )
    with store.session() as s:
        row = s.scalars(select(FollowEdgeRow)).one()
        assert row.first_seen.tzinfo is not None
        assert row.first_seen == when
        assert row.first_seen.astimezone(UTC).hour == 10


def test_naive_datetime_is_refused(store: Store) -> None:
    with pytest.raises(Exception, match="naive"), store.session() as s:
        aid = AccountRepo(s).add(Platform.X, "acme", "1", FollowMode.REVIEW)
        s.add(
            FollowEdgeRow(
                brand_account_id=aid,
                remote_id="42",
                direction="follower",
                first_seen=datetime(2026, 1, 1),
                last_seen=datetime(2026, 1, 1),
            )
        )


def test_audit_search(store: Store) -> None:
    with store.session() as s:
        audit = AuditRepo(s)
        audit.record("member:ana", "approve", "12345", reason="looks genuine")
        audit.record("policy:v1", "skip", "999", reason="spam")
    with store.session() as s:
        found = AuditRepo(s).list(search="ana")
        assert [e.verb for e in found] == ["approve"]
        assert found[0].detail == {"reason": "looks genuine"}
        assert AuditRepo(s).count() == 2


def test_unknown_account_reference_names_it(store: Store) -> None:
    with pytest.raises(UserError, match="no brand account 'nobody'"), store.session() as s:
        AccountRepo(s).resolve("nobody")


def test_unreachable_postgres_is_a_clear_error() -> None:
    with pytest.raises(UserError, match="unreachable") as info:
        open_store("postgresql://user:secret@127.0.0.1:1/nope")
    assert "secret" not in str(info.value)


def test_sqlite_uses_wal(sqlite_store: Store) -> None:
    with sqlite_store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"


def test_directory_as_database_is_refused(tmp_path) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(UserError, match="is a directory"):
        open_store(f"sqlite:///{tmp_path}")


def test_locked_sqlite_file_is_a_clear_error_and_writes_nothing(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import sqlite3

    path = tmp_path / "locked.db"
    store = open_store(f"sqlite:///{path}")
    with store.engine.connect() as conn:  # shorten the wait for the lock in this test
        conn.exec_driver_sql("PRAGMA busy_timeout=100")
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(OperationalError, match="locked") as info, store.session() as s:
            AccountRepo(s).add(Platform.X, "acme", "1", FollowMode.REVIEW)
        message = describe_store_error(store, info.value).message
        assert message.startswith("the database file is locked by another process")
        assert str(path) in message
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    with store.session() as s:
        assert AccountRepo(s).list() == []
    store.dispose()
