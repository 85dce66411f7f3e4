"""The demo's own state changes: the sandbox brand, its stated values and its team.

Only ``followback demo`` calls these; the brand and team they make are a simulation's.
"""

from __future__ import annotations

import secrets
from datetime import datetime
from pathlib import Path
from typing import Any

from followback.domain import FollowMode, Platform, Role
from followback.store import AccountRepo, Store
from followback.store.policies import PolicyRepo
from followback.store.team import TeamRepo

__all__ = ["record_sandbox_state", "seed_demo_brand", "seed_demo_team"]


def seed_demo_brand(
    store: Store, *, handle: str, remote_id: str, policy: dict[str, Any], at: datetime
) -> int:
    """Connect the sandbox brand in automatic mode with its stated values; its id."""
    with store.session() as s:
        account_id = AccountRepo(s).upsert(
            Platform.SANDBOX, handle, remote_id, FollowMode.AUTO, None, None
        )
        PolicyRepo(s).record(account_id, policy, by="demo", at=at)
    return account_id


def seed_demo_team(store: Store) -> tuple[str, str | None]:
    """An admin and an agent for the dashboard; the admin's password is returned once
    (``None`` when the demo database already had its admin)."""
    password = secrets.token_urlsafe(12)
    with store.session() as s:
        team = TeamRepo(s)
        if any(m.name == "admin" for m in team.list_members()):
            return "admin", None
        team.add_member("admin", Role.ADMIN, password=password)
        team.add_member("agent", Role.AGENT, password=secrets.token_urlsafe(12))
    return "admin", password


def record_sandbox_state(store: Store, account_id: int, path: Path) -> None:
    """Remember where the simulated network was saved, so the dashboard can reach it."""
    with store.session() as s:
        AccountRepo(s).get_row(account_id).server = str(path)
