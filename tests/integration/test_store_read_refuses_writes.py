"""``Store.read()``: what the CLI, web routes and workers read through refuses any write,
so a change of state outside ``followback.actions`` fails loudly instead of committing."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import select, update

from followback.store import AuditRepo, Store
from followback.store.engine import ReadOnlyError
from followback.store.tables import AuditRow

AT = datetime(2026, 1, 5, tzinfo=UTC)


def _verbs(store: Store) -> list[str]:
    with store.read() as s:
        return [r.verb for r in s.scalars(select(AuditRow).order_by(AuditRow.id))]


def test_read_sees_committed_rows(store: Store) -> None:
    with store.session() as s:
        AuditRepo(s).record("t", "kept", "x", None, AT)
    assert _verbs(store) == ["kept"]


def test_an_added_row_is_refused_not_silently_dropped(store: Store) -> None:
    with pytest.raises(ReadOnlyError, match="AuditRow"), store.read() as s:
        AuditRepo(s).record("t", "sneaky", "x", None, AT)
    assert _verbs(store) == []


def test_a_changed_row_is_refused_on_autoflush(store: Store) -> None:
    with store.session() as s:
        AuditRepo(s).record("t", "before", "x", None, AT)
    with pytest.raises(ReadOnlyError), store.read() as s:
        row = s.scalars(select(AuditRow)).one()
        row.verb = "after"
        s.scalars(select(AuditRow)).all()  # autoflush
    assert _verbs(store) == ["before"]


def test_an_update_statement_is_refused(store: Store) -> None:
    with store.session() as s:
        AuditRepo(s).record("t", "before", "x", None, AT)
    with pytest.raises(ReadOnlyError), store.read() as s:
        s.execute(update(AuditRow).values(verb="after"))
    assert _verbs(store) == ["before"]
