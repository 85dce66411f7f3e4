"""Fixtures for the web app: a seeded store, the app, and logged-in clients per role.

Seed data: three members (admin, agent, viewer), a Mastodon and an X account, pending
decisions with profiles, follow events, and an open complaint conversation.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import pytest
from argon2 import PasswordHasher
from fastapi import FastAPI
from fastapi.testclient import TestClient

from followback.config import Settings
from followback.domain import FollowMode, Platform
from followback.store import AccountRepo, Store
from followback.store.tables import (
    ContactRow,
    ConversationRow,
    DecisionRow,
    FollowEdgeRow,
    FollowEventRow,
    MessageRow,
    RemoteAccountRow,
    TeamMemberRow,
)
from followback.web import create_app

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)
PASSWORD = "correct horse battery"
MEMBERS = {"ada": "admin", "gus": "agent", "vic": "viewer"}
# Hashed once: argon2 is slow on purpose, and every test seeds the same members.
PASSWORD_HASH = PasswordHasher().hash(PASSWORD)


@dataclass
class Seeded:
    mastodon_id: int
    x_id: int
    pending_mastodon: list[int]
    pending_x: list[int]
    conversation_id: int


def _decision(
    account_id: int, remote_id: str, score: float, verdict: str = "review"
) -> DecisionRow:
    return DecisionRow(
        brand_account_id=account_id,
        remote_id=remote_id,
        verdict=verdict,
        state="pending",
        reasons=[{"rule": "grey_zone", "text": f"bot score {score:.2f} is in the grey zone"}],
        bot_score=score,
        decided_by="policy:test",
        decided_at=NOW - timedelta(hours=1),
        priority=score,
    )


def _profile(platform: str, remote_id: str, handle: str, bio: str) -> RemoteAccountRow:
    return RemoteAccountRow(
        platform=platform,
        remote_id=remote_id,
        handle=handle,
        display_name=handle.title(),
        bio=bio,
        followers_count=120,
        following_count=80,
        posts_count=300,
        has_avatar=True,
        last_post_at=NOW - timedelta(days=2),
        observed_at=NOW,
    )


def seed(store: Store) -> Seeded:
    with store.session() as s:
        for name, role in MEMBERS.items():
            s.add(TeamMemberRow(name=name, role=role, password_hash=PASSWORD_HASH, created_at=NOW))
        accounts = AccountRepo(s)
        mid = accounts.add(Platform.MASTODON, "brand@example.social", "m1", FollowMode.REVIEW)
        xid = accounts.add(Platform.X, "brand", "x1", FollowMode.REVIEW)
        rows_m, rows_x = [], []
        for i in range(4):
            rid = f"mf{i}"
            s.add(_profile("mastodon", rid, f"fan{i}", f"I love coffee #{i}"))
            rows_m.append(_decision(mid, rid, 0.4 + i / 20))
            s.add(
                FollowEdgeRow(
                    brand_account_id=mid,
                    remote_id=rid,
                    direction="follower",
                    first_seen=NOW - timedelta(days=i + 1),
                    last_seen=NOW,
                )
            )
            s.add(
                FollowEventRow(
                    brand_account_id=mid,
                    remote_id=rid,
                    kind="followed",
                    at=NOW - timedelta(days=i + 1),
                )
            )
        s.add(
            FollowEventRow(
                brand_account_id=mid,
                remote_id="gone",
                kind="unfollowed",
                at=NOW - timedelta(days=2),
            )
        )
        for i in range(2):
            rid = f"xf{i}"
            s.add(_profile("x", rid, f"xfan{i}", "tech and tea"))
            rows_x.append(_decision(xid, rid, 0.5))
        s.add_all(rows_m + rows_x)
        contact = ContactRow(
            platform="mastodon",
            remote_id="c1",
            handle="angry@example.social",
            followers_count=50,
            created_at=NOW,
        )
        s.add(contact)
        s.flush()
        conv = ConversationRow(
            brand_account_id=mid,
            contact_id=contact.id,
            thread_key="t1",
            channel="public",
            status="open",
            tags=[],
            priority=80.0,
            is_complaint=True,
            severity=3,
            sentiment="negative",
            opened_at=NOW - timedelta(minutes=90),
            last_inbound_at=NOW - timedelta(minutes=90),
        )
        s.add(conv)
        s.flush()
        s.add(
            MessageRow(
                conversation_id=conv.id,
                platform="mastodon",
                remote_id="msg-1",
                kind="mention",
                direction="in",
                author_id="c1",
                text="@brand my order arrived broken and nobody answers",
                created_at=NOW - timedelta(minutes=90),
            )
        )
        s.flush()
        return Seeded(mid, xid, [r.id for r in rows_m], [r.id for r in rows_x], conv.id)


@pytest.fixture
def seeded(store: Store) -> Seeded:
    return seed(store)


@pytest.fixture
def app(store: Store, seeded: Seeded) -> FastAPI:
    settings = Settings(secret_key="test-secret-key-for-sessions", db_url="sqlite://")
    return create_app(store, settings, clock=lambda: NOW, cookie_secure=True)


@pytest.fixture
def anon(app: FastAPI) -> Iterator[TestClient]:
    with TestClient(app, base_url="https://testserver") as client:
        yield client


def login(client: TestClient, name: str, password: str = PASSWORD) -> TestClient:
    """Log ``client`` in through the API and send the CSRF header on later writes."""
    r = client.post("/api/session", json={"name": name, "password": password})
    assert r.status_code == 200, r.text
    client.headers["X-CSRF-Token"] = r.json()["csrf_token"]
    return client


@pytest.fixture
def client_as(app: FastAPI) -> Iterator[Callable[[str], TestClient]]:
    clients: list[TestClient] = []

    def make(name: str) -> TestClient:
        client = TestClient(app, base_url="https://testserver")
        clients.append(client)
        return login(client, name)

    yield make
    for c in clients:
        c.close()
