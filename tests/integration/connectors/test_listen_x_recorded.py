"""Listening on X against recorded recent-search responses (shapes from docs.x.com)."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

import pytest
from sqlalchemy import select

from connector_support import RecordedSession, payload
from followback.connectors.retry import RetryPolicy
from followback.connectors.x import XConnector
from followback.domain import FollowMode, MessageKind, Platform, Role
from followback.inbox.classify import Classification
from followback.store import AccountRepo, open_store
from followback.store.listening import ListenRepo
from followback.store.tables import MessageRow
from followback.store.team import TeamRepo

pytestmark = pytest.mark.x

SEARCH = r"/2/tweets/search/recent"
NOW = datetime(2026, 11, 29, 12, 0, tzinfo=UTC)


def ok(name: str) -> tuple[int, Any, dict[str, str]]:
    return 200, payload("x", name), {}


def _connector(pages: list[Any]) -> tuple[XConnector, RecordedSession]:
    session = RecordedSession({("GET", r"/2/users/me"): ok("user_me"), ("GET", SEARCH): pages})
    retry = RetryPolicy(attempts=1, initial_s=0, max_s=0, jitter_s=0)
    return XConnector({"access_token": "tok-123"}, session=session, retry=retry), session


def _searches(session: RecordedSession) -> list[dict[str, list[str]]]:
    return [parse_qs(q) for m, p, q in session.calls if p == "/2/tweets/search/recent"]


class Words:
    def classify(self, texts: Sequence[str]) -> list[Classification]:
        return [
            Classification(
                0.9 if "broke" in t else 0.1,
                "broke" in t,
                3 if "broke" in t else 1,
                "negative" if "broke" in t else "neutral",
                "complaint" if "broke" in t else "other",
                "en",
                "t",
            )
            for t in texts
        ]


def test_search_maps_heard_and_addressed_posts_and_builds_a_cheap_query() -> None:
    conn, session = _connector([ok("recent_search_page1")])
    page = asyncio.run(conn.search_posts("acme coffee", limit=25, exclude=["acme corp"]))
    assert [m.kind for m in page.items] == [
        MessageKind.HEARD,
        MessageKind.MENTION,
        MessageKind.HEARD,
    ]
    assert page.items[0].author_handle == "rui_p" and page.items[0].author_followers == 1200
    assert page.next_cursor == "b26v89c19zqg8o3fpzbkk3ya2r3jfxlyg6lvrgb8trzt9"
    (query,) = _searches(session)
    assert query["query"] == ['"acme coffee" -is:retweet -"acme corp"']
    assert query["max_results"] == ["25"] and "entities" in query["tweet.fields"][0]
    assert conn.spend.counts  # every post read is counted by the connector's tracker too


def test_search_refuses_fewer_than_ten_posts() -> None:
    from followback.domain import RejectedError

    conn, session = _connector([ok("recent_search_empty")])
    with pytest.raises(RejectedError, match="at least 10"):
        asyncio.run(conn.search_posts("acme", limit=9))
    assert _searches(session) == []


def test_listening_on_x_stays_within_the_monthly_budget(tmp_path: Path) -> None:
    from followback.actions.listening import set_listen_rules
    from followback.services.listen import listen_account

    store = open_store(f"sqlite:///{tmp_path / 'fb.db'}")
    with store.session() as s:
        account_id = AccountRepo(s).add(
            Platform.X, "acmecoffee", "1500000000000000001", FollowMode.REVIEW
        )
        TeamRepo(s).add_member("ana", Role.ADMIN)
        set_listen_rules(
            s, account_id, {"keywords": ["acme coffee"], "x_monthly_budget_usd": 0.1}, member="ana"
        )
    conn, session = _connector(
        [ok("recent_search_page1"), ok("recent_search_page2"), ok("recent_search_empty")]
    )
    report = asyncio.run(
        listen_account(store, conn, account_id, clock=lambda: NOW, classifier=Words())
    )
    assert report.errors == [] and report.new_messages == 3 and report.addressed == 1
    first, second = _searches(session)
    assert first["max_results"] == ["20"]  # $0.10 / $0.005
    assert second["max_results"] == ["17"] and second["next_token"] == [
        "b26v89c19zqg8o3fpzbkk3ya2r3jfxlyg6lvrgb8trzt9"
    ]
    with store.session() as s:
        posts, spent = ListenRepo(s).x_spend(account_id, "2026-11")
        assert (posts, spent) == (4, Decimal("0.020"))
        kinds = {m.remote_id: m.kind for m in s.scalars(select(MessageRow))}
    assert kinds == {
        "1796000000000000210": "heard",
        "1796000000000000208": "heard",
        "1796000000000000207": "heard",
    }
    # The next run asks only for newer posts (since_id) and stores nothing twice.
    again = asyncio.run(
        listen_account(store, conn, account_id, clock=lambda: NOW, classifier=Words())
    )
    assert again.new_messages == 0
    assert _searches(session)[-1]["since_id"] == ["1796000000000000210"]
    store.dispose()
