"""Team members: who works the inbox and review queue, with roles and argon2 password hashes.

Passwords are optional (a member seeded from ``settings.team`` has none until one is set);
a member without a password cannot log in to the dashboard. Hashes use argon2id with
argon2-cffi's defaults and are upgraded on login when those defaults change.
"""

from __future__ import annotations

import contextlib
import secrets
from collections.abc import Iterable
from datetime import datetime

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from followback.domain import ErrorCode, Role, TeamMember, UserError, utcnow
from followback.store.tables import TeamMemberRow

__all__ = ["MIN_PASSWORD_LENGTH", "TeamRepo", "check_password"]

MIN_PASSWORD_LENGTH = 8
MIN_PASSWORD_SCORE = 2  # zxcvbn's 0-4 scale
_hasher = PasswordHasher()
# Verified against when the name is unknown, so a miss takes as long as a wrong password.
_DUMMY_HASH = _hasher.hash(secrets.token_hex(16))


def _member(row: TeamMemberRow) -> TeamMember:
    return TeamMember(name=row.name, role=Role(row.role), email=row.email)


def _role(role: Role | str) -> Role:
    try:
        return Role(role)
    except ValueError:
        allowed = ", ".join(r.value for r in Role)
        raise UserError(
            f"unknown role {role!r}; use one of {allowed}", ErrorCode.BAD_INPUT
        ) from None


def check_password(password: str, *, name: str = "", email: str = "") -> None:
    """Refuse a password that is short or easy to guess; ``UserError`` says why.

    zxcvbn (Dropbox's estimator: common-password and word lists, keyboard patterns,
    dates, l33t) scores guessability 0-4. Below 2 falls to an online guesser within a few
    thousand tries; the member's name and e-mail count as known words.
    """
    if len(password) < MIN_PASSWORD_LENGTH:
        raise UserError(
            f"password too short: at least {MIN_PASSWORD_LENGTH} characters", ErrorCode.BAD_INPUT
        )
    from zxcvbn import zxcvbn  # loads its word lists on first use only

    result = zxcvbn(password[:100], user_inputs=[w for w in (name, email) if w])
    if int(result["score"]) < MIN_PASSWORD_SCORE:
        feedback = result.get("feedback") or {}
        why = feedback.get("warning") or "it is easy to guess"
        hint = " ".join(feedback.get("suggestions") or [])
        raise UserError(
            f"password too easy to guess: {why.rstrip('.')}." + (f" {hint}" if hint else ""),
            ErrorCode.BAD_INPUT,
            field="password",
        )


def _hash(password: str, *, name: str = "", email: str = "") -> str:
    check_password(password, name=name, email=email)
    return _hasher.hash(password)


class TeamRepo:
    """Reads and writes team members within one session."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def find_row(self, name: str) -> TeamMemberRow | None:
        return self.session.scalars(select(TeamMemberRow).where(TeamMemberRow.name == name)).first()

    def get_row(self, name: str) -> TeamMemberRow:
        row = self.find_row(name)
        if row is None:
            raise UserError(f"no team member named {name!r}", ErrorCode.NOT_FOUND, name=name)
        return row

    def find(self, name: str) -> TeamMember | None:
        """The active member called ``name``, or None."""
        row = self.find_row(name)
        return _member(row) if row is not None and row.active else None

    def get_active(self, name: str, needs: Role = Role.VIEWER) -> TeamMember:
        """The active member ``name`` holding at least role ``needs``; raises ``UserError``."""
        row = self.get_row(name)
        if not row.active:
            raise UserError(f"team member {name!r} is deactivated", ErrorCode.FORBIDDEN, name=name)
        member = _member(row)
        if not member.role.can(needs):
            raise UserError(
                f"{name!r} is a {member.role.value}; this needs the {needs.value} role",
                ErrorCode.FORBIDDEN,
                name=name,
            )
        return member

    def add_member(
        self,
        name: str,
        role: Role | str = Role.AGENT,
        password: str | None = None,
        email: str = "",
        *,
        at: datetime | None = None,
    ) -> TeamMember:
        """Add a member; raises ``UserError`` (``conflict``) if the name is taken."""
        name = name.strip()
        if not name:
            raise UserError("a team member needs a name", ErrorCode.BAD_INPUT)
        if self.find_row(name) is not None:
            raise UserError(f"team member {name!r} already exists", ErrorCode.CONFLICT, name=name)
        row = TeamMemberRow(
            name=name,
            email=email,
            role=_role(role).value,
            password_hash=None if password is None else _hash(password, name=name, email=email),
            active=True,
            created_at=at or utcnow(),
        )
        self.session.add(row)
        self.session.flush()
        return _member(row)

    def seed(self, members: Iterable[tuple[str, Role, str]]) -> int:
        """Add ``(name, role, email)`` members not yet present (from ``settings.team``)."""
        added = 0
        for name, role, email in members:
            if self.find_row(name) is None:
                self.add_member(name, role, email=email)
                added += 1
        return added

    def set_password(self, name: str, password: str) -> None:
        row = self.get_row(name)
        row.password_hash = _hash(password, name=row.name, email=row.email)

    def reactivate(self, name: str) -> TeamMember:
        """Let a deactivated member log in and be assigned again."""
        row = self.get_row(name)
        row.active = True
        return _member(row)

    def verify_password(self, name: str, password: str) -> TeamMember | None:
        """The member when ``password`` is theirs and they are active; otherwise None."""
        row = self.find_row(name)
        if row is None or not row.active or not row.password_hash:
            # An unknown name costs one hash verification too: timing does not reveal names.
            with contextlib.suppress(VerificationError, InvalidHashError):
                _hasher.verify(_DUMMY_HASH, password)
            return None
        try:
            _hasher.verify(row.password_hash, password)
        except (VerificationError, InvalidHashError):
            return None
        if _hasher.check_needs_rehash(row.password_hash):
            row.password_hash = _hasher.hash(password)
        return _member(row)

    def list_members(self, *, include_inactive: bool = False) -> list[TeamMember]:
        stmt = select(TeamMemberRow).order_by(TeamMemberRow.name)
        if not include_inactive:
            stmt = stmt.where(TeamMemberRow.active.is_(True))
        return [_member(r) for r in self.session.scalars(stmt)]

    def count(self) -> int:
        """Team members, active or not (0: no team is configured)."""
        return int(self.session.scalar(select(func.count()).select_from(TeamMemberRow)) or 0)

    def active_admins(self) -> tuple[str, ...]:
        """Names of the active admins."""
        stmt = select(TeamMemberRow.name).where(
            TeamMemberRow.role == Role.ADMIN.value, TeamMemberRow.active.is_(True)
        )
        return tuple(self.session.scalars(stmt))

    def list_agents(self) -> list[str]:
        """Names of active members who may work the inbox (agents and admins)."""
        return [m.name for m in self.list_members() if m.role.can(Role.AGENT)]

    def set_role(self, name: str, role: Role | str) -> TeamMember:
        row = self.get_row(name)
        row.role = _role(role).value
        return _member(row)

    def deactivate(self, name: str) -> None:
        """Stop ``name`` logging in or being assigned; their history stays."""
        self.get_row(name).active = False
