"""Backup and restore, retention, and forgetting a person, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Table, delete, func, select

from followback.actions.datacare import apply_retention, forget_person
from followback.config import RetentionSettings
from followback.domain import FollowMode, Platform, UserError
from followback.domain.errors import ErrorCode
from followback.store import AccountRepo, Store, open_store
from followback.store.backup import export_data, import_data
from followback.store.tables import (
    ActionRow,
    AuditRow,
    Base,
    ContactRow,
    ConversationRow,
    DecisionRow,
    FollowEdgeRow,
    FollowEventRow,
    MessageRow,
    ProfileSnapshotRow,
    RemoteAccountRow,
)

T0 = datetime(2026, 11, 1, 12, 0, tzinfo=UTC)


def _person(s: Any, brand: int, rid: str, handle: str, at: datetime) -> None:
    remote = RemoteAccountRow(
        platform="sandbox",
        remote_id=rid,
        handle=handle,
        observed_at=at,
        bio=f"bio of {handle}",
        labels=["x"],
    )
    s.add(remote)
    s.flush()
    s.add(
        ProfileSnapshotRow(
            remote_account_id=remote.id,
            observed_at=at,
            fingerprint="f",
            followers_count=1,
            following_count=2,
            posts_count=3,
            data={"handle": handle},
        )
    )
    s.add(
        FollowEdgeRow(
            brand_account_id=brand, remote_id=rid, direction="follower", first_seen=at, last_seen=at
        )
    )
    s.add(FollowEventRow(brand_account_id=brand, remote_id=rid, kind="followed", at=at))
    decision = DecisionRow(
        brand_account_id=brand,
        remote_id=rid,
        verdict="follow",
        state="decided",
        reasons=[{"code": "ok"}],
        decided_by="policy",
        decided_at=at,
    )
    s.add(decision)
    s.flush()
    s.add(
        ActionRow(
            brand_account_id=brand,
            kind="follow",
            target=rid,
            idempotency_key=f"follow:{brand}:{rid}",
            state="done",
            requested_by="policy",
            decision_id=decision.id,
            created_at=at,
        )
    )
    contact = ContactRow(platform="sandbox", remote_id=rid, handle=handle, created_at=at)
    s.add(contact)
    s.flush()
    conv = ConversationRow(
        brand_account_id=brand,
        contact_id=contact.id,
        thread_key=f"t:{rid}",
        channel="public",
        status="open",
        opened_at=at,
    )
    s.add(conv)
    s.flush()
    s.add(
        MessageRow(
            conversation_id=conv.id,
            platform="sandbox",
            remote_id=f"m-{rid}",
            kind="mention",
            direction="in",
            author_id=rid,
            text=f"hello from {handle}",
            created_at=at,
        )
    )
    s.add(
        AuditRow(
            at=at,
            actor="policy",
            verb="follow",
            target=rid,
            brand_account_id=brand,
            detail={"handle": handle},
        )
    )


def _seed(store: Store) -> int:
    with store.session() as s:
        brand = AccountRepo(s).add(
            Platform.SANDBOX,
            "acme",
            "brand1",
            FollowMode.AUTO,
            credentials_encrypted=b"\x00secret\xff",
        )
        _person(s, brand, "101", "alice", T0)
        _person(s, brand, "202", "bob", T0 - timedelta(days=400))
    return brand


def _dump(store: Store) -> dict[str, list[tuple[Any, ...]]]:
    out = {}
    with store.engine.connect() as conn:
        for table in Base.metadata.sorted_tables:
            rows = conn.execute(select(table).order_by(*table.primary_key.columns)).all()
            out[table.name] = [tuple(r) for r in rows]
    return out


def _wipe(store: Store) -> None:
    with store.engine.begin() as conn:
        for table in reversed(Base.metadata.sorted_tables):
            conn.execute(delete(table))


def _count(store: Store, table: Table | Any) -> int:
    with store.session() as s:
        return int(s.scalar(select(func.count()).select_from(table)) or 0)


def test_export_then_import_into_an_empty_database_restores_every_row(
    store: Store, tmp_path: Path
) -> None:
    _seed(store)
    before = _dump(store)
    backup = tmp_path / "backup.zip"
    counts = export_data(store, backup)
    assert counts["messages"] == 2 and counts["brand_accounts"] == 1
    _wipe(store)
    assert import_data(store, backup) == counts
    assert _dump(store) == before  # bytes, datetimes, JSON all come back equal
    # New rows still get fresh ids after a restore (sequences moved past the data).
    with store.session() as s:
        s.add(AuditRow(at=T0, actor="t", verb="v", target="x", detail={}))


def test_import_refuses_a_database_that_holds_data(store: Store, tmp_path: Path) -> None:
    _seed(store)
    backup = tmp_path / "b.zip"
    export_data(store, backup)
    with pytest.raises(UserError) as err:
        import_data(store, backup)
    assert err.value.code is ErrorCode.CONFLICT and "brand_accounts" in err.value.message
    assert _count(store, MessageRow) == 2  # nothing lost, nothing doubled


def test_import_names_a_file_that_is_not_a_backup(store: Store, tmp_path: Path) -> None:
    bogus = tmp_path / "notes.zip"
    bogus.write_text("hello")
    with pytest.raises(UserError, match="not a zip file"):
        import_data(store, bogus)
    with pytest.raises(UserError, match="no backup file"):
        import_data(store, tmp_path / "missing.zip")


def test_forget_deletes_everything_about_one_person_only(store: Store) -> None:
    _seed(store)
    report = forget_person(store, "sandbox:@alice", actor="dpo")
    assert report.deleted["messages"] == 1 and report.deleted["follow_events"] == 1
    with store.session() as s:
        for model in (RemoteAccountRow, ContactRow):
            assert s.scalars(select(model.handle)).all() == ["bob"]
        for model, column in (
            (FollowEdgeRow, FollowEdgeRow.remote_id),
            (FollowEventRow, FollowEventRow.remote_id),
            (DecisionRow, DecisionRow.remote_id),
            (ActionRow, ActionRow.target),
            (MessageRow, MessageRow.author_id),
        ):
            assert s.scalars(select(column)).all() == ["202"], model.__name__
        assert _count(store, ProfileSnapshotRow) == 1 and _count(store, ConversationRow) == 1
        audit = s.scalars(select(AuditRow).order_by(AuditRow.id)).all()
    text = repr([(a.actor, a.verb, a.target, a.detail) for a in audit])
    assert "alice" not in text and "'101'" not in text  # no personal data left in the log
    assert audit[-1].verb == "forget" and audit[-1].target == f"request:{report.request_id}"


def test_forget_says_so_when_nothing_is_held(store: Store) -> None:
    _seed(store)
    with pytest.raises(UserError) as err:
        forget_person(store, "@nobody")
    assert err.value.code is ErrorCode.NOT_FOUND


def test_retention_deletes_only_what_is_older_than_configured(store: Store) -> None:
    _seed(store)
    deleted = apply_retention(
        store, RetentionSettings(messages_days=365, events_days=365), now=T0 + timedelta(days=1)
    )
    assert deleted == {"messages": 1, "follow_events": 1}
    with store.session() as s:
        assert s.scalars(select(MessageRow.author_id)).all() == ["101"]
        assert s.scalars(select(FollowEventRow.remote_id)).all() == ["101"]
    assert apply_retention(store, RetentionSettings()) == {}


def test_a_backup_moves_between_backends(store: Store, tmp_path: Path) -> None:
    _seed(store)
    backup = tmp_path / "move.zip"
    export_data(store, backup)
    target = open_store(f"sqlite:///{tmp_path / 'target.db'}")
    try:
        import_data(target, backup)
        assert _dump(target) == _dump(store)
    finally:
        target.dispose()
