"""The overview's first-response medians: PostgreSQL computes them in SQL, and they equal
the Python definition (``responses_from_rows``) over the same conversations, per UTC day
whatever the session's time zone."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select, text

from followback.domain import FollowMode, Platform
from followback.store import AccountRepo, Store
from followback.store.overview import _responses, responses_from_rows
from followback.store.tables import ContactRow, ConversationRow

START = datetime(2026, 11, 1, tzinfo=UTC)
DAYS = [START + timedelta(days=i) for i in range(30)]


def _fill(store: Store) -> list[int]:
    with store.session() as s:
        repo = AccountRepo(s)
        accounts = [
            repo.add(Platform.SANDBOX, f"brand{i}", f"b{i}", FollowMode.REVIEW) for i in (1, 2)
        ]
        for i in range(60):
            contact = ContactRow(
                platform="sandbox", remote_id=f"c{i}", handle=f"c{i}", created_at=START
            )
            s.add(contact)
            s.flush()
            # Spread over the month and across midnight UTC (23:00-00:59), with one before
            # the window, unanswered ones and a reply stamped before the opening (0 min).
            opened = START + timedelta(days=i % 31 - 1, hours=23 + i % 2, minutes=i)
            answer = None if i % 7 == 0 else opened + timedelta(minutes=(i * 37) % 500 - 5)
            s.add(
                ConversationRow(
                    brand_account_id=accounts[i % 2], contact_id=contact.id, thread_key=f"t{i}",
                    channel="public", status="open", opened_at=opened, last_inbound_at=opened,
                    first_response_at=answer,
                )
            )  # fmt: skip
    return accounts


@pytest.mark.parametrize("zone", ["UTC", "America/New_York"])
def test_response_medians_equal_the_python_definition(store: Store, zone: str) -> None:
    accounts = _fill(store)
    for account in (None, *accounts):
        with store.read() as s:
            if store.engine.dialect.name == "postgresql":
                s.execute(text(f"SET TIME ZONE '{zone}'"))
            stmt = select(ConversationRow.opened_at, ConversationRow.first_response_at).where(
                ConversationRow.opened_at >= DAYS[0]
            )
            if account is not None:
                stmt = stmt.where(ConversationRow.brand_account_id == account)
            expected = responses_from_rows((o, a) for o, a in s.execute(stmt))
            got = _responses(s, account, DAYS)
        assert expected.answered > 0 and got.answered == expected.answered
        assert got.median_min == pytest.approx(expected.median_min)
        assert [d for d, _ in got.series] == [d for d, _ in expected.series]
        assert [m for _, m in got.series] == pytest.approx([m for _, m in expected.series])
