"""Listening's state changes: what an account listens for."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from followback.config import ListenSettings
from followback.domain import Role, utcnow
from followback.store import StoreSession as Session
from followback.store.accounts import AccountRepo
from followback.store.audit import AuditRepo
from followback.store.engine import Store
from followback.store.listening import ListenRepo
from followback.store.team import TeamRepo

__all__ = ["ListenSaved", "apply_listen_rules", "set_listen_rules"]


@dataclass(frozen=True, slots=True)
class ListenSaved:
    account_id: int
    settings: ListenSettings
    changed: bool


def set_listen_rules(
    session: Session,
    account_id: int,
    changes: Mapping[str, Any],
    *,
    member: str,
    actor: str | None = None,
    at: datetime | None = None,
) -> ListenSaved:
    """Change what ``account_id`` listens for; unchanged keys keep their value.

    ``member`` must be an active admin; ``actor`` is how the audit log names them (default:
    the member's name).

    Raises :class:`~followback.domain.UserError` naming a bad key or a missing right; nothing
    is stored then.
    """
    TeamRepo(session).get_active(member, Role.ADMIN)
    actor = actor or member
    AccountRepo(session).get_row(account_id)
    repo = ListenRepo(session)
    before = repo.get(account_id)
    merged = {**before.model_dump(mode="json"), **dict(changes)}
    after = ListenSettings(**merged) if merged == before.model_dump(mode="json") else None
    if after is not None:
        return ListenSaved(account_id, after, False)
    saved = repo.record(account_id, merged, by=actor, at=at or utcnow())
    changed_keys = sorted(k for k in changes if merged.get(k) != before.model_dump(mode="json")[k])
    AuditRepo(session).record(
        actor, "listen.set", str(account_id), account_id, at or utcnow(), keys=changed_keys
    )
    return ListenSaved(account_id, saved, True)


def apply_listen_rules(
    store: Store,
    account_id: int,
    changes: Mapping[str, Any],
    *,
    member: str,
    actor: str | None = None,
    at: datetime | None = None,
) -> ListenSaved:
    """:func:`set_listen_rules` in a transaction of its own (for the CLI and the dashboard)."""
    with store.session() as s:
        return set_listen_rules(s, account_id, changes, member=member, actor=actor, at=at)
