"""The first day: the first admin login of a fresh install (``followback init``)."""

from __future__ import annotations

import secrets
from dataclasses import dataclass

from followback.domain import Clock, Role
from followback.domain.errors import ErrorCode, UserError
from followback.store import AuditRepo, Store
from followback.store.team import TeamRepo

__all__ = ["FirstAdmin", "generate_password", "record_first_admin"]

MIN_PASSWORD = 10


@dataclass(frozen=True, slots=True)
class FirstAdmin:
    """What ``record_first_admin`` did."""

    name: str
    created: bool  # False: the install already had an admin, nothing was changed
    existing_admins: tuple[str, ...] = ()


def generate_password() -> str:
    """A random password to print once (about 96 bits)."""
    return secrets.token_urlsafe(12)


def record_first_admin(store: Store, name: str, password: str, *, clock: Clock) -> FirstAdmin:
    """Create the first admin login, unless an active admin exists (then change nothing)."""
    name = name.strip()
    if not name:
        raise UserError("the first admin needs a name", ErrorCode.BAD_INPUT, field="admin")
    if len(password) < MIN_PASSWORD:
        raise UserError(
            f"the admin password needs at least {MIN_PASSWORD} characters",
            ErrorCode.BAD_INPUT,
            field="password",
        )
    with store.session() as s:
        repo = TeamRepo(s)
        admins = repo.active_admins()
        if admins:
            return FirstAdmin(name, False, admins)
        now = clock()
        if repo.find_row(name) is not None:
            # Listed in followback.toml without a password: make that member the admin.
            repo.set_role(name, Role.ADMIN)
            repo.set_password(name, password)
        else:
            repo.add_member(name, Role.ADMIN, password=password, at=now)
        count = repo.count()
        AuditRepo(s).record("system:init", "team.add", name, None, now, role="admin", team=count)
    return FirstAdmin(name, True)
