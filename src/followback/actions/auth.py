"""Sessions, API tokens and members' access: every change that starts or ends access.

Each function opens one transaction, changes state through the repositories, writes the
audit entry and returns a typed result. Ending access is immediate: sessions and tokens
are looked up on every request (see ``followback.store.web_sessions``).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from followback.domain import ErrorCode, Role, TeamMember, UserError
from followback.store import AuditRepo, Store
from followback.store.team import TeamRepo
from followback.store.web_sessions import (
    LoginAttemptRepo,
    NewSecret,
    SessionKind,
    WebSessionRepo,
)

__all__ = [
    "MemberChange",
    "change_member",
    "change_own_password",
    "create_api_token",
    "end_session",
    "record_login",
    "record_login_attempt",
    "record_login_success",
    "record_member",
    "record_team_seed",
    "revoke_member_access",
    "revoke_session",
    "start_session",
    "typed_name_digest",
]


def _actor(name: str) -> str:
    # A member's name, or an already-qualified actor ("cli", "system", "rule:...").
    return name if ":" in name or name in ("cli", "system") else f"member:{name}"


def typed_name_digest(name: str) -> str:
    """How a failed login names what was typed: a short hash, never the text itself.

    The name field sometimes receives a password; the audit log is readable by viewers.
    Equal names give equal digests, so repeated guessing at one name still shows.
    """
    return "typed:" + hashlib.sha256(name.strip().lower().encode()).hexdigest()[:12]


def record_login(
    store: Store, name: str, password: str, ip: str, now: datetime
) -> TeamMember | None:
    """Check a login and audit the attempt; the member, or None when it failed.

    The audit entry never holds the password, and a failed one not the typed name. A
    matching password whose hash uses old parameters is re-hashed here (a write).
    """
    with store.session() as s:
        member = TeamRepo(s).verify_password(name, password)
        if member is None:
            AuditRepo(s).record(
                "system", "auth.login_failed", typed_name_digest(name), None, now, ip=ip
            )
        else:
            AuditRepo(s).record(_actor(member.name), "auth.login", member.name, None, now, ip=ip)
    return member


def start_session(store: Store, member: str, now: datetime, lifetime: timedelta) -> NewSecret:
    """A new dashboard session for ``member`` (its secret goes into the cookie).

    Sessions and tokens that expired or were revoked over a day ago are deleted here, so
    the table stays small without a job of its own.
    """
    with store.session() as s:
        repo = WebSessionRepo(s)
        repo.purge(now)
        return repo.create(member, SessionKind.SESSION, now=now, lifetime=lifetime)


def end_session(store: Store, member: str, session_id: int, now: datetime) -> None:
    """Log out: the session's cookie stops working everywhere at once."""
    with store.session() as s:
        if WebSessionRepo(s).revoke(session_id, now):
            AuditRepo(s).record(_actor(member), "auth.logout", member, None, now)


def create_api_token(store: Store, member: str, days: int, label: str, now: datetime) -> NewSecret:
    """An API token for ``member``, valid ``days`` days, listed and revocable by id."""
    with store.session() as s:
        token = WebSessionRepo(s).create(
            member, SessionKind.TOKEN, now=now, lifetime=timedelta(days=days), label=label
        )
        AuditRepo(s).record(
            _actor(member), "auth.token", member, None, now, days=days, token_id=token.id
        )
    return token


def revoke_session(store: Store, actor: TeamMember, session_id: int, now: datetime) -> None:
    """End one session or API token: one's own, or anyone's for an admin."""
    with store.session() as s:
        repo = WebSessionRepo(s)
        found = repo.get_live(session_id, now)
        if found.member != actor.name and not actor.role.can(Role.ADMIN):
            # Same answer as a missing id: a non-admin learns nothing about others' tokens.
            raise UserError(
                f"no live session or token {session_id}", ErrorCode.NOT_FOUND, id=session_id
            )
        repo.revoke(session_id, now)
        AuditRepo(s).record(
            _actor(actor.name),
            "auth.revoke",
            found.member,
            None,
            now,
            id=session_id,
            kind=found.kind,
        )


def revoke_member_access(store: Store, actor: str, name: str, now: datetime) -> int:
    """End every session and API token of ``name`` (an admin's "log them out everywhere")."""
    with store.session() as s:
        ended = WebSessionRepo(s).revoke_member(name, now)
        AuditRepo(s).record(_actor(actor), "auth.revoke_all", name, None, now, ended=ended)
    return ended


def change_own_password(
    store: Store, name: str, current: str, new: str, now: datetime, *, keep_session: int | None
) -> int:
    """Change your own password after proving the current one; end your other sessions.

    Returns how many sessions and tokens were ended. The session making the change is
    kept (``keep_session``) so the person is not logged out of the page they are on.
    """
    with store.session() as s:
        team = TeamRepo(s)
        if team.verify_password(name, current) is None:
            raise UserError(
                "the current password is wrong", ErrorCode.FORBIDDEN, field="current_password"
            )
        team.set_password(name, new)
        ended = WebSessionRepo(s).revoke_member(name, now, keep=keep_session)
        AuditRepo(s).record(
            _actor(name), "team.set_password", name, None, now, ended_sessions=ended
        )
    return ended


@dataclass(frozen=True, slots=True)
class MemberChange:
    """What an admin changes about a member; ``None`` leaves a field as it is."""

    role: Role | None = None
    active: bool | None = None
    password: str | None = None


def _keep_an_admin(team: TeamRepo, name: str) -> None:
    admins = [m for m in team.list_members() if m.role is Role.ADMIN]
    if [m.name for m in admins] == [name]:
        raise UserError(
            f"{name} is the last active admin; make someone else admin first",
            ErrorCode.NOT_ALLOWED,
            name=name,
        )


def change_member(store: Store, actor: str, name: str, change: MemberChange, now: datetime) -> int:
    """Change a member's role, password or active state (admin); return sessions ended.

    A role change, a new password and a deactivation end every session and API token of
    the member: whoever held them must log in again under the new terms. Reactivation
    (``active=True``) lets a deactivated member log in again.
    """
    with store.session() as s:
        team = TeamRepo(s)
        row = team.get_row(name)
        audit = AuditRepo(s)
        if (change.role is not None and change.role is not Role.ADMIN) or change.active is False:
            _keep_an_admin(team, name)
        ends = False
        if change.role is not None and change.role.value != row.role:
            team.set_role(name, change.role)
            audit.record(_actor(actor), "team.set_role", name, None, now, role=change.role)
            ends = True
        if change.password is not None:
            team.set_password(name, change.password)
            audit.record(_actor(actor), "team.set_password", name, None, now)
            ends = True
        if change.active is False and row.active:
            team.deactivate(name)
            audit.record(_actor(actor), "team.deactivate", name, None, now)
            ends = True
        elif change.active is True and not row.active:
            team.reactivate(name)
            audit.record(_actor(actor), "team.reactivate", name, None, now)
        return WebSessionRepo(s).revoke_member(name, now) if ends else 0


def record_member(
    store: Store,
    actor: str,
    name: str,
    role: Role,
    now: datetime,
    *,
    password: str | None = None,
    email: str = "",
) -> TeamMember:
    """Add a team member (``conflict`` if the name is taken), audited."""
    with store.session() as s:
        member = TeamRepo(s).add_member(name, role, password, email, at=now)
        AuditRepo(s).record(_actor(actor), "team.add", member.name, None, now, role=role)
    return member


def record_team_seed(
    store: Store, actor: str, members: Iterable[tuple[str, Role, str]], now: datetime
) -> int:
    """Add the settings file's ``(name, role, email)`` members not yet present; how many."""
    with store.session() as s:
        added = TeamRepo(s).seed(members)
        if added:
            AuditRepo(s).record(_actor(actor), "team.sync", "team", None, now, added=added)
    return added


def record_login_attempt(
    store: Store, keys: Sequence[str], now_s: float, window_s: float, max_attempts: int
) -> float | None:
    """Count one login attempt under each key; seconds to wait when any is past the limit.

    Counted in one transaction before the password is checked, so concurrent guesses
    cannot all slip through. Finished windows are dropped when a new one starts.
    """
    worst: float | None = None
    with store.session() as s:
        repo = LoginAttemptRepo(s)
        for key in keys:
            count, start = repo.take(key, now_s, window_s)
            if count > max_attempts:
                wait = start + window_s - now_s
                worst = wait if worst is None else max(worst, wait)
            elif count == 1:
                repo.purge(now_s - 2 * window_s)
    return worst


def record_login_success(store: Store, give_back: str, clear: str) -> None:
    """A successful login gives the address's slot back and clears the name's count."""
    with store.session() as s:
        repo = LoginAttemptRepo(s)
        repo.give_back(give_back)
        repo.clear(clear)
