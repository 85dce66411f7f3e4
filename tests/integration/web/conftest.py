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
from sqlalchemy.orm import Session

from followback.config import Settings
from followback.connectors.sandbox import SandboxNetwork
from followback.domain import (
    DecisionState,
    Direction,
    EndReason,
    FollowMode,
    InboundMessage,
    MessageKind,
    Platform,
    Reason,
    Verdict,
)
from followback.store import AccountRepo, Store
from followback.store.decisions import DecisionRepo
from followback.store.edges import EdgeRepo
from followback.store.inbox import InboxRepo
from followback.store.tables import RemoteAccountRow
from followback.store.team import TeamRepo
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
    sandbox_id: int
    pending_mastodon: list[int]
    pending_x: list[int]
    conversation_id: int
    net: SandboxNetwork


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


def _queue(
    s: Session, account_id: int, platform: str, rows: list[tuple[str, str, str, float]]
) -> list[int]:
    """Profiles plus pending review decisions (recorded as screening would)."""
    repo = DecisionRepo(s)
    ids = []
    for remote_id, handle, bio, score in rows:
        s.add(_profile(platform, remote_id, handle, bio))
        row = repo.record(
            account_id,
            remote_id,
            verdict=Verdict.REVIEW,
            state=DecisionState.PENDING,
            reasons=[Reason("grey_zone", f"bot score {score:.2f} is in the grey zone")],
            decided_by="policy:test",
            decided_at=NOW - timedelta(hours=1),
            policy_version="test",
            bot_score=score,
            priority=score,
        )
        ids.append(row.id)
    return ids


def _audience(s: Session, account_id: int) -> None:
    """Five followers who arrived over the last days; one of them left two days ago."""
    edges = EdgeRepo(s)
    arrivals = [(f"mf{i}", NOW - timedelta(days=i + 1)) for i in range(4)]
    arrivals.append(("gone", NOW - timedelta(days=5)))
    edges.record_arrivals(account_id, Direction.FOLLOWER, arrivals, seen_at=NOW, via="sync")
    edges.record_ends(
        account_id, Direction.FOLLOWER, {"gone": EndReason.UNFOLLOWED}, at=NOW - timedelta(days=2)
    )


def _complaint(s: Session, account_id: int, net: SandboxNetwork) -> int:
    """A follower of the sandbox brand complains in public; it lands in the inbox."""
    author = int(net.world("acme").follower_ids[0])
    remote_id = net.peer_mention("acme", author, "@acme my order arrived broken, nobody answers")
    msg = InboundMessage(
        platform=Platform.SANDBOX,
        remote_id=remote_id,
        author_id=str(author),
        author_handle=f"user{author}",
        text="@acme my order arrived broken, nobody answers",
        kind=MessageKind.MENTION,
        created_at=NOW - timedelta(minutes=90),
        author_followers=50,
    )
    result = InboxRepo(s).record_inbound(
        account_id,
        msg,
        classification={"is_complaint": True, "severity": 3, "sentiment": "negative"},
        priority=80.0,
        at=NOW - timedelta(minutes=90),
    )
    return result.conversation_id


def seed(store: Store) -> Seeded:
    net = SandboxNetwork(seed=1)
    net.add_brand("acme", followers=20)
    with store.session() as s:
        team = TeamRepo(s)
        for name, role in MEMBERS.items():
            team.add_member(name, role, email=f"{name}@example.org", at=NOW)
            # The repo hashes on add; reuse one precomputed hash to keep tests fast.
            team.get_row(name).password_hash = PASSWORD_HASH
        accounts = AccountRepo(s)
        mid = accounts.add(Platform.MASTODON, "brand@example.social", "m1", FollowMode.REVIEW)
        xid = accounts.add(Platform.X, "brand", "x1", FollowMode.REVIEW)
        sid = accounts.add(Platform.SANDBOX, "acme", "acme", FollowMode.REVIEW)
        pending_m = _queue(
            s,
            mid,
            "mastodon",
            [(f"mf{i}", f"fan{i}", f"I love coffee #{i}", 0.4 + i / 20) for i in range(4)],
        )
        pending_x = _queue(
            s, xid, "x", [(f"xf{i}", f"xfan{i}", "tech and tea", 0.5) for i in range(2)]
        )
        _audience(s, mid)
        conversation_id = _complaint(s, sid, net)
        return Seeded(mid, xid, sid, pending_m, pending_x, conversation_id, net)


@pytest.fixture
def seeded(store: Store) -> Seeded:
    return seed(store)


@pytest.fixture
def app(store: Store, seeded: Seeded) -> FastAPI:
    settings = Settings(secret_key="test-secret-key-for-sessions", db_url="sqlite://")
    return create_app(
        store,
        settings,
        clock=lambda: NOW,
        cookie_secure=True,
        connector_for=lambda _account_id: seeded.net.connector("acme"),
    )


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
