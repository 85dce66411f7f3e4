"""Dashboard sessions, API tokens and login-attempt counters, held in the database.

A session cookie and an API token are random secrets; only their SHA-256 is stored.
Every request looks its secret up, so logging out, a password or role change, a
deactivation or an admin's revoke ends a session or token at once (on every process).

Login attempts are counted per key (an address, or a hash of the typed name) in a fixed
window with one atomic upsert, *before* the slow password hash: concurrent guesses each
take a numbered slot, and the count survives restarts.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import case, delete, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from followback.domain import ErrorCode, Role, TeamMember, UserError
from followback.store.tables import LoginAttemptRow, TeamMemberRow, WebSessionRow

__all__ = [
    "LoginAttemptRepo",
    "NewSecret",
    "SessionKind",
    "WebSessionRepo",
    "WebSessionView",
    "hash_secret",
]


class SessionKind:
    """The two kinds of ``web_sessions`` rows."""

    SESSION = "session"
    TOKEN = "token"  # noqa: S105 - a kind name, not a secret


TOKEN_PREFIX = "fbt_"  # noqa: S105 - lets secret scanners recognise a leaked token


def hash_secret(secret: str) -> str:
    """The stored form of a session or token secret (SHA-256 hex; the secret is random)."""
    return hashlib.sha256(secret.encode()).hexdigest()


@dataclass(frozen=True, slots=True)
class NewSecret:
    """A just-created session or token: the secret is shown once and never stored."""

    id: int
    secret: str
    csrf: str
    expires_at: datetime


@dataclass(frozen=True, slots=True)
class WebSessionView:
    """A live session or token as the API lists it (never its secret)."""

    id: int
    member: str
    kind: str
    label: str
    created_at: datetime
    expires_at: datetime


@dataclass(frozen=True, slots=True)
class LiveSession:
    """Who a presented secret belongs to."""

    id: int
    member: TeamMember
    kind: str
    csrf: str


class WebSessionRepo:
    """Creates, finds and revokes sessions and API tokens within one session."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def _member_id(self, name: str) -> int:
        row = self.session.scalars(select(TeamMemberRow).where(TeamMemberRow.name == name)).first()
        if row is None:
            raise UserError(f"no team member named {name!r}", ErrorCode.NOT_FOUND, name=name)
        return row.id

    def create(
        self, member: str, kind: str, *, now: datetime, lifetime: timedelta, label: str = ""
    ) -> NewSecret:
        secret = secrets.token_urlsafe(32)
        if kind == SessionKind.TOKEN:
            secret = TOKEN_PREFIX + secret
        csrf = secrets.token_urlsafe(24) if kind == SessionKind.SESSION else ""
        row = WebSessionRow(
            secret_hash=hash_secret(secret),
            member_id=self._member_id(member),
            kind=kind,
            csrf=csrf,
            label=label[:200],
            created_at=now,
            expires_at=now + lifetime,
        )
        self.session.add(row)
        self.session.flush()
        return NewSecret(row.id, secret, csrf, row.expires_at)

    def find_live(self, secret: str, kind: str, now: datetime) -> LiveSession | None:
        """The live (unexpired, unrevoked) session of an active member, or None."""
        found = self.session.execute(
            select(WebSessionRow, TeamMemberRow)
            .join(TeamMemberRow, TeamMemberRow.id == WebSessionRow.member_id)
            .where(
                WebSessionRow.secret_hash == hash_secret(secret),
                WebSessionRow.kind == kind,
                WebSessionRow.revoked_at.is_(None),
                WebSessionRow.expires_at > now,
                TeamMemberRow.active.is_(True),
            )
        ).first()
        if found is None:
            return None
        row, member = found
        person = TeamMember(name=member.name, role=Role(member.role), email=member.email)
        return LiveSession(row.id, person, row.kind, row.csrf)

    def list_live(
        self, now: datetime, member: str | None = None, kind: str | None = None
    ) -> list[WebSessionView]:
        stmt = (
            select(WebSessionRow, TeamMemberRow.name)
            .join(TeamMemberRow, TeamMemberRow.id == WebSessionRow.member_id)
            .where(WebSessionRow.revoked_at.is_(None), WebSessionRow.expires_at > now)
            .order_by(WebSessionRow.id)
        )
        if member is not None:
            stmt = stmt.where(TeamMemberRow.name == member)
        if kind is not None:
            stmt = stmt.where(WebSessionRow.kind == kind)
        return [
            WebSessionView(r.id, name, r.kind, r.label, r.created_at, r.expires_at)
            for r, name in self.session.execute(stmt)
        ]

    def get_live(self, session_id: int, now: datetime) -> WebSessionView:
        for view in self.list_live(now):
            if view.id == session_id:
                return view
        raise UserError(
            f"no live session or token {session_id}", ErrorCode.NOT_FOUND, id=session_id
        )

    def revoke(self, session_id: int, now: datetime) -> bool:
        result = self.session.execute(
            update(WebSessionRow)
            .where(WebSessionRow.id == session_id, WebSessionRow.revoked_at.is_(None))
            .values(revoked_at=now)
        )
        return bool(getattr(result, "rowcount", 0))

    def revoke_member(self, member: str, now: datetime, *, keep: int | None = None) -> int:
        """End every session and token of ``member`` (but ``keep``); return how many."""
        stmt = update(WebSessionRow).where(
            WebSessionRow.member_id == self._member_id(member), WebSessionRow.revoked_at.is_(None)
        )
        if keep is not None:
            stmt = stmt.where(WebSessionRow.id != keep)
        result = self.session.execute(stmt.values(revoked_at=now))
        return int(getattr(result, "rowcount", 0) or 0)

    def purge(self, now: datetime) -> int:
        """Delete sessions and tokens that expired or were revoked over a day ago."""
        cutoff = now - timedelta(days=1)
        result = self.session.execute(
            delete(WebSessionRow).where(
                (WebSessionRow.expires_at < cutoff) | (WebSessionRow.revoked_at < cutoff)
            )
        )
        return int(getattr(result, "rowcount", 0) or 0)


class LoginAttemptRepo:
    """Atomic per-key counters of login attempts in a fixed window."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def take(self, key: str, now: float, window_s: float) -> tuple[int, float]:
        """Count one attempt for ``key``; return (attempts in this window, window start).

        One ``INSERT ... ON CONFLICT DO UPDATE ... RETURNING``: two concurrent attempts
        can never read the same count.
        """
        row = LoginAttemptRow
        cutoff = now - window_s
        insert = (
            postgresql.insert(row)
            if self.session.get_bind().dialect.name == "postgresql"
            else sqlite.insert(row)
        )
        expired = row.window_start <= cutoff
        stmt = (
            insert.values(key=key, window_start=now, count=1)
            .on_conflict_do_update(
                index_elements=[row.key],
                set_={
                    "count": case((expired, 1), else_=row.count + 1),
                    "window_start": case((expired, now), else_=row.window_start),
                },
            )
            .returning(row.count, row.window_start)
        )
        count, start = self.session.execute(stmt).one()
        return int(count), float(start)

    def give_back(self, key: str) -> None:
        """Undo one counted attempt (a login that succeeded)."""
        self.session.execute(
            update(LoginAttemptRow)
            .where(LoginAttemptRow.key == key, LoginAttemptRow.count > 0)
            .values(count=LoginAttemptRow.count - 1)
        )

    def clear(self, key: str) -> None:
        self.session.execute(delete(LoginAttemptRow).where(LoginAttemptRow.key == key))

    def purge(self, before: float) -> None:
        """Forget counters whose window started before ``before`` (Unix seconds)."""
        self.session.execute(delete(LoginAttemptRow).where(LoginAttemptRow.window_start < before))
