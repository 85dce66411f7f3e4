"""Authentication for the dashboard and API: sessions, CSRF, roles and login throttling.

A session is a signed cookie (itsdangerous) naming the member and carrying a CSRF token;
the member's role is read from the database on every request, so a role change or a
deactivation takes effect at once. State-changing requests authenticated by the cookie
must echo the CSRF token (form field ``csrf_token`` or header ``X-CSRF-Token``).
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import secrets
from collections import defaultdict, deque
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from itsdangerous import BadSignature, URLSafeTimedSerializer
from sqlalchemy.orm import Session

from followback.domain import Clock, TeamMember, utcnow
from followback.domain.errors import ErrorCode, UserError
from followback.store.team import TeamRepo

__all__ = [
    "API_TOKEN_MAX_DAYS",
    "CSRF_FIELD",
    "CSRF_HEADER",
    "LOGIN_COOKIE",
    "SESSION_COOKIE",
    "LoginLimiter",
    "SessionData",
    "SessionSigner",
    "TooManyAttemptsError",
    "csrf_matches",
    "find_active_member",
    "session_secret",
    "verify_login",
]

SESSION_COOKIE = "fb_session"
LOGIN_COOKIE = "fb_login"
CSRF_FIELD = "csrf_token"
CSRF_HEADER = "X-CSRF-Token"
SESSION_MAX_AGE_S = 12 * 3600
LOGIN_FORM_MAX_AGE_S = 3600
API_TOKEN_MAX_DAYS = 365

_hasher = PasswordHasher()
# Verified when the name is unknown so a wrong name costs as long as a wrong password.
_DUMMY_HASH = _hasher.hash(secrets.token_hex(16))


class TooManyAttemptsError(UserError):
    """Too many failed logins from one address or for one name; retry after a while."""

    def __init__(self, retry_after_s: int) -> None:
        super().__init__(
            f"too many failed logins; try again in {retry_after_s} seconds",
            ErrorCode.FORBIDDEN,
            retry_after_s=retry_after_s,
        )
        self.retry_after_s = retry_after_s

    @property
    def http_status(self) -> int:
        return 429


def session_secret(secret_key: str | None) -> str:
    """The key that signs session cookies, derived from the configured secret.

    Without a configured secret a random one is used: sessions then end on restart.
    """
    if not secret_key:
        return secrets.token_urlsafe(32)
    return hashlib.sha256(b"followback-web-session\x00" + secret_key.encode()).hexdigest()


@dataclass(frozen=True, slots=True)
class SessionData:
    """What a session cookie carries."""

    member: str
    csrf: str


class SessionSigner:
    """Signs and checks session cookies and login-form tokens."""

    def __init__(self, secret: str) -> None:
        self._session = URLSafeTimedSerializer(secret, salt="followback.session")
        self._login = URLSafeTimedSerializer(secret, salt="followback.login-form")
        self._api = URLSafeTimedSerializer(secret, salt="followback.api-token")

    def dump_api_token(self, member: str, days: int) -> str:
        """A bearer token for ``member``, valid ``days`` days (checked on load)."""
        return self._api.dumps({"m": member, "d": days})

    def load_api_token(self, token: str) -> str | None:
        """The member a bearer token names, or None if forged or expired."""
        try:
            raw: Any = self._api.loads(token, max_age=API_TOKEN_MAX_DAYS * 86400)
        except BadSignature:
            return None
        if not isinstance(raw, dict) or not isinstance(raw.get("m"), str):
            return None
        days = raw.get("d")
        if not isinstance(days, int):
            return None
        try:
            self._api.loads(token, max_age=days * 86400)
        except BadSignature:
            return None
        member: str = raw["m"]
        return member

    def dump_session(self, member: str) -> tuple[str, SessionData]:
        data = SessionData(member=member, csrf=secrets.token_urlsafe(24))
        return self._session.dumps({"m": data.member, "c": data.csrf}), data

    def load_session(self, cookie: str | None) -> SessionData | None:
        if not cookie:
            return None
        try:
            raw: Any = self._session.loads(cookie, max_age=SESSION_MAX_AGE_S)
        except BadSignature:
            return None
        if not isinstance(raw, dict) or not isinstance(raw.get("m"), str):
            return None
        return SessionData(member=raw["m"], csrf=str(raw.get("c", "")))

    def login_form_token(self, nonce: str) -> str:
        """A CSRF token for the login form, bound to the browser's login cookie."""
        return self._login.dumps(nonce)

    def check_login_form(self, token: str | None, nonce: str | None) -> bool:
        if not token or not nonce:
            return False
        try:
            value = self._login.loads(token, max_age=LOGIN_FORM_MAX_AGE_S)
        except BadSignature:
            return False
        return isinstance(value, str) and hmac.compare_digest(value, nonce)


def csrf_matches(expected: str, given: str | None) -> bool:
    """Constant-time comparison of a session's CSRF token with the one a request sent."""
    return bool(expected) and given is not None and hmac.compare_digest(expected, given)


@dataclass
class LoginLimiter:
    """Counts failed logins per address and per name over a sliding window.

    In memory, per process: the dashboard runs as one process. ``clock`` is injectable.
    """

    max_failures: int = 5
    window_s: float = 900.0
    clock: Clock = utcnow
    _failures: dict[str, deque[datetime]] = field(default_factory=lambda: defaultdict(deque))

    def _recent(self, key: str) -> deque[datetime]:
        now = self.clock()
        q = self._failures[key]
        while q and (now - q[0]).total_seconds() >= self.window_s:
            q.popleft()
        return q

    def check(self, ip: str, name: str) -> None:
        """Raise :class:`TooManyAttemptsError` if either key is over its limit."""
        for key in (f"ip:{ip}", f"user:{name.lower()}"):
            q = self._recent(key)
            if len(q) >= self.max_failures:
                wait = self.window_s - (self.clock() - q[0]).total_seconds()
                raise TooManyAttemptsError(max(1, int(wait) + 1))

    def record_failure(self, ip: str, name: str) -> None:
        now = self.clock()
        for key in (f"ip:{ip}", f"user:{name.lower()}"):
            self._failures[key].append(now)

    def record_success(self, name: str) -> None:
        self._failures.pop(f"user:{name.lower()}", None)


def find_active_member(session: Session, name: str) -> TeamMember | None:
    """The active team member called ``name``, or None."""
    return TeamRepo(session).find(name)


def verify_login(session: Session, name: str, password: str) -> TeamMember | None:
    """The member if ``password`` matches their argon2 hash (and they are active), else None.

    An unknown name costs one hash verification too, so timing does not reveal names.
    """
    repo = TeamRepo(session)
    row = repo.find_row(name)
    if row is None or not row.active or not row.password_hash:
        with contextlib.suppress(VerificationError, InvalidHashError):
            _hasher.verify(_DUMMY_HASH, password)
        return None
    return repo.verify_password(name, password)
