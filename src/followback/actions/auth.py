"""Sessions, API tokens and members' access: every change that starts or ends access.

Each function opens one transaction, changes state through the repositories, writes the
audit entry and returns a typed result. Ending access is immediate: sessions and tokens
are looked up on every request (see ``followback.store.web_sessions``).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime, timedelta

from followback.domain import ErrorCode, Role, TeamMember, UserError
from followback.store import AuditRepo, Store
from followback.store.team import TeamRepo
from followback.store.web_sessions import NewSecret, SessionKind, WebSessionRepo

__all__ = [
    "MemberChange",
    "change_member",
    "change_own_password",
    "create_api_token",
    "end_session",
    "record_login",
    "revoke_member_access",
    "revoke_session",
    "start_session",
    "typed_name_digest",
]


def _actor(name: str) -> str:
    return f"member:{name}"


def typed_name_digest(name: str) -> str:
    """How a failed login names what was typed: a short hash, never the text itself.

    The name field sometimes receives a password; the audit log is readable by viewers.
    Equal names give equal digests, so repeated guessing at one name still shows.
    """
    return "typed:" + hashlib.sha256(name.strip().lower().encode()).hexdigest()[:12]


def record_login(
    store: Store, name: str, member: TeamMember | None, ip: str, now: datetime
) -> None:
    """Audit a login attempt (never the password; a failed one without the typed name)."""
    with store.session() as s:
        if member is None:
            AuditRepo(s).record(
                "system", "auth.login_failed", typed_name_digest(name), None, now, ip=ip
            )
        else:
            AuditRepo(s).record(_actor(member.name), "auth.login", member.name, None, now, ip=ip)


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
