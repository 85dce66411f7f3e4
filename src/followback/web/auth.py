"""Authentication for the dashboard and API: sessions, CSRF, roles and login throttling.

A session cookie and an API token are random secrets looked up in the database on every
request (``followback.store.web_sessions``): logging out, changing a password or a role,
deactivation and an admin's revoke end them at once. The member's role is read with the
session, so a change takes effect on the next request. State-changing requests
authenticated by the cookie must echo the session's CSRF token (form field
``csrf_token`` or header ``X-CSRF-Token``). Login attempts are counted in the database
before the password is checked. Flash messages shown after a redirect are signed.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from itsdangerous import BadSignature, URLSafeTimedSerializer

from followback.actions.auth import record_login_attempt, record_login_success
from followback.domain import Clock, TeamMember, utcnow
from followback.domain.errors import ErrorCode, UserError
from followback.store import Store
from followback.store import StoreSession as Session
from followback.store.team import TeamRepo

__all__ = [
    "API_TOKEN_MAX_DAYS",
    "CSRF_FIELD",
    "CSRF_HEADER",
    "LOGIN_COOKIE",
    "SESSION_COOKIE",
    "SESSION_LIFETIME",
    "LoginLimiter",
    "SessionSigner",
    "TooManyAttemptsError",
    "csrf_matches",
    "find_active_member",
    "session_secret",
]

SESSION_COOKIE = "fb_session"
LOGIN_COOKIE = "fb_login"
CSRF_FIELD = "csrf_token"
CSRF_HEADER = "X-CSRF-Token"
SESSION_MAX_AGE_S = 12 * 3600
SESSION_LIFETIME = timedelta(seconds=SESSION_MAX_AGE_S)
LOGIN_FORM_MAX_AGE_S = 3600
FLASH_MAX_AGE_S = 600
API_TOKEN_MAX_DAYS = 365


class TooManyAttemptsError(UserError):
    """Too many failed logins from one address or for one name; retry after a while."""

    def __init__(self, retry_after_s: int) -> None:
        super().__init__(
            f"too many attempts to log in; try again in {retry_after_s} seconds",
            ErrorCode.FORBIDDEN,
            retry_after_s=retry_after_s,
        )
        self.retry_after_s = retry_after_s

    @property
    def http_status(self) -> int:
        return 429


def session_secret(secret_key: str | None) -> str:
    """The key that signs login forms and flash messages, derived from the configured secret.

    Without a configured secret a random one is used: an open login form or a flash link
    from before a restart is then refused (sessions themselves are kept in the database).
    """
    if not secret_key:
        return secrets.token_urlsafe(32)
    return hashlib.sha256(b"followback-web-session\x00" + secret_key.encode()).hexdigest()


class SessionSigner:
    """Signs login-form tokens and flash messages (sessions themselves live in the database)."""

    def __init__(self, secret: str) -> None:
        self._login = URLSafeTimedSerializer(secret, salt="followback.login-form")
        self._flash = URLSafeTimedSerializer(secret, salt="followback.flash")

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

    def dump_flash(self, message: str) -> str:
        """A signed flash message for a redirect's query string."""
        return self._flash.dumps(message[:200])

    def load_flash(self, token: str | None) -> str | None:
        """The message a flash token carries, or None if it was not signed here (or is old).

        A message typed into a link ("your session expired, re-enter your password at
        evil.example") must never render as the app's own confirmation.
        """
        if not token:
            return None
        try:
            value: Any = self._flash.loads(token, max_age=FLASH_MAX_AGE_S)
        except BadSignature:
            return None
        return value if isinstance(value, str) and value else None


def csrf_matches(expected: str, given: str | None) -> bool:
    """Constant-time comparison of a session's CSRF token with the one a request sent."""
    return bool(expected) and given is not None and hmac.compare_digest(expected, given)


def _name_key(name: str) -> str:
    # The typed name may be a mistyped password: the counter keeps only a hash of it.
    return "user:" + hashlib.sha256(name.strip().lower().encode()).hexdigest()[:40]


@dataclass
class LoginLimiter:
    """Login attempts per address and per name, counted in the database.

    Each attempt is counted *before* the password hash is checked, in one atomic upsert
    per key, so ``max_attempts`` concurrent guesses cannot all slip through; a success
    gives the address's slot back and clears the name's count. Counting in the database
    makes the limit survive restarts and hold across processes. ``clock`` is injectable.
    """

    max_attempts: int = 5
    window_s: float = 900.0
    clock: Clock = utcnow

    def take(self, store: Store, ip: str, name: str) -> None:
        """Count one attempt; raise :class:`TooManyAttemptsError` past the limit."""
        keys = (f"ip:{ip}"[:100], _name_key(name))
        worst = record_login_attempt(
            store, keys, self.clock().timestamp(), self.window_s, self.max_attempts
        )
        if worst is not None:
            raise TooManyAttemptsError(max(1, int(worst) + 1))

    def succeeded(self, store: Store, ip: str, name: str) -> None:
        record_login_success(store, f"ip:{ip}"[:100], _name_key(name))


def find_active_member(session: Session, name: str) -> TeamMember | None:
    """The active team member called ``name``, or None."""
    return TeamRepo(session).find(name)
