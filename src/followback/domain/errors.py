"""followback's one error tree.

Every layer raises these; adapters translate foreign exceptions at their boundary
(``raise ... from exc``) so callers handle one family of errors.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any

__all__ = [
    "AuthExpiredError",
    "ConfigError",
    "ConflictError",
    "ConnectorError",
    "ErrorCode",
    "FollowbackError",
    "NotFoundError",
    "OutcomeUnknownError",
    "RateLimitedError",
    "RejectedError",
    "ScreeningError",
    "StoreError",
    "TransientError",
    "UserError",
]


class FollowbackError(Exception):
    """Root of every error followback raises on purpose."""


class ConnectorError(FollowbackError):
    """A platform call failed."""


class AuthExpiredError(ConnectorError):
    """The platform refused our credentials (expired or revoked token)."""


class RateLimitedError(ConnectorError):
    """The platform said "too many requests"; retry after ``retry_after`` seconds."""

    def __init__(self, message: str, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class TransientError(ConnectorError):
    """A failure that may pass: 5xx, timeout, connection reset, truncated page."""


class OutcomeUnknownError(ConnectorError):
    """A write was sent and no answer came back (timeout, reset, 5xx): it may have landed.

    Never retried below the outbox: the outbox reads back whether the write landed before
    it sends again (see :mod:`followback.actions.outbox`).
    """


class RejectedError(ConnectorError):
    """The platform understood and refused the request (4xx other than auth/limits)."""


class NotFoundError(ConnectorError):
    """The account, post or record does not exist (any more)."""


class StoreError(FollowbackError):
    """The database could not be opened, migrated or written."""


class ConflictError(StoreError):
    """A write conflicts with existing state (unique key, stale version)."""


class ScreeningError(FollowbackError):
    """The screening model could not be loaded or applied."""


class ErrorCode(StrEnum):
    """Stable machine-readable codes carried by :class:`UserError`."""

    BAD_CONFIG = "bad_config"
    BAD_INPUT = "bad_input"
    NOT_FOUND = "not_found"
    FORBIDDEN = "forbidden"
    UNAUTHENTICATED = "unauthenticated"
    NOT_ALLOWED = "not_allowed"
    CONFLICT = "conflict"
    UNKNOWN_PLATFORM = "unknown_platform"
    DATABASE = "database"
    RATE_LIMITED = "rate_limited"


_STATUS = {
    ErrorCode.BAD_CONFIG: 400,
    ErrorCode.BAD_INPUT: 422,
    ErrorCode.NOT_FOUND: 404,
    ErrorCode.FORBIDDEN: 403,
    ErrorCode.UNAUTHENTICATED: 401,
    ErrorCode.NOT_ALLOWED: 409,
    ErrorCode.CONFLICT: 409,
    ErrorCode.UNKNOWN_PLATFORM: 400,
    ErrorCode.DATABASE: 503,
    ErrorCode.RATE_LIMITED: 429,
}


class UserError(FollowbackError):
    """An error the person using followback can fix; carries a code and an HTTP status."""

    def __init__(self, message: str, code: ErrorCode = ErrorCode.BAD_INPUT, **fields: Any) -> None:
        super().__init__(message)
        self.message = message
        self.code = code
        self.fields = fields

    @property
    def http_status(self) -> int:
        return _STATUS[self.code]


class ConfigError(UserError):
    """The configuration file or environment is invalid; names the key and the problem."""

    def __init__(self, message: str, key: str | None = None) -> None:
        super().__init__(message, ErrorCode.BAD_CONFIG, key=key)
        self.key = key
