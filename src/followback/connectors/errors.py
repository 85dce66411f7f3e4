"""Translate foreign failures into followback's error tree, at the connector boundary.

Each SDK gets one context manager (``bluesky_errors``, ``mastodon_errors``, ``x_errors``)
that maps its exceptions to :mod:`followback.domain.errors` with ``raise ... from exc``.
The SDKs are imported lazily so that importing this module costs nothing.

HTTP status codes map the same way for every platform (:func:`error_for_status`); the
rate-limit headers each platform sends are read by :func:`retry_after_from_headers`.
"""

from __future__ import annotations

import email.utils
import os
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import Any

from followback.domain.errors import (
    AuthExpiredError,
    ConnectorError,
    NotFoundError,
    RateLimitedError,
    RejectedError,
    TransientError,
)

__all__ = [
    "ClientForbiddenError",
    "MalformedPayloadError",
    "bluesky_errors",
    "error_for_status",
    "mastodon_errors",
    "retry_after_from_headers",
    "x_errors",
]

# Longest wait we accept from a server's header; anything longer is treated as this.
MAX_RETRY_AFTER_S = 24 * 3600.0


class MalformedPayloadError(TransientError):
    """The platform answered with a payload we cannot read (missing field, wrong type).

    It is transient: a truncated or half-written page usually reads fine on retry.
    """


class ClientForbiddenError(RejectedError):
    """X answered 403 ``client-forbidden``: the app's plan does not include this endpoint.

    ``problem`` is what X said (type, reason, detail): the evidence a platform fact is
    stored with (for example that the plan does not allow following through the API).
    """

    def __init__(self, message: str, problem: str) -> None:
        super().__init__(message)
        self.problem = problem


def _header(headers: Mapping[str, Any], name: str) -> str | None:
    lowered = name.lower()
    for key, value in headers.items():
        if str(key).lower() == lowered and value is not None:
            return str(value).strip()
    return None


def _seconds_until(value: str, now: float) -> float | None:
    """Seconds until ``value``: epoch seconds, delta seconds or an HTTP/ISO date."""
    try:
        number = float(value)
    except ValueError:
        number = None
    if number is not None:
        # Epoch timestamps are large; small numbers are already a delay in seconds.
        return number - now if number > 1_000_000_000 else number
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        when = None
    if when is None:
        from datetime import datetime

        try:
            when = datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return None
    if when.tzinfo is None:
        return None
    return when.timestamp() - now


def retry_after_from_headers(
    headers: Mapping[str, Any] | None, now: float | None = None
) -> float | None:
    """How long to wait, in seconds, according to a response's headers; ``None`` if unknown.

    Reads ``Retry-After`` (seconds or HTTP date), then the reset headers: Bluesky's
    ``ratelimit-reset`` (epoch seconds), Mastodon's ``X-RateLimit-Reset`` (ISO 8601) and
    X's ``x-rate-limit-reset`` (epoch seconds). The result is clamped to [0, 24 h].
    """
    if not headers:
        return None
    now = time.time() if now is None else now
    for name in ("retry-after", "ratelimit-reset", "x-ratelimit-reset", "x-rate-limit-reset"):
        raw = _header(headers, name)
        if raw is None:
            continue
        seconds = _seconds_until(raw, now)
        if seconds is not None:
            return min(max(seconds, 0.0), MAX_RETRY_AFTER_S)
    return None


def error_for_status(
    status: int,
    message: str,
    headers: Mapping[str, Any] | None = None,
) -> ConnectorError:
    """The followback error for an HTTP error ``status`` (call sites add ``from exc``)."""
    text = f"{message} (HTTP {status})"
    if status == 401:
        return AuthExpiredError(text)
    if status == 429:
        return RateLimitedError(text, retry_after_from_headers(headers))
    if status in (404, 410):
        return NotFoundError(text)
    if status == 408 or status >= 500:
        return TransientError(text)
    return RejectedError(text)


def _short(value: object, limit: int = 200) -> str:
    text = str(value)
    return text if len(text) <= limit else text[:limit] + "..."


def _network_error(platform: str, action: str, exc: BaseException) -> TransientError:
    """ "network error (http://host:port: Connection refused)": the server and the reason
    from the exception chain, so a wrong or stopped server is recognisable. Only scheme,
    host and port are shown (never a path or query, which may carry a token)."""
    import httpx

    server, reason, seen = "", "", set()
    cur: BaseException | None = exc
    while cur is not None and id(cur) not in seen:
        seen.add(id(cur))
        url = getattr(getattr(cur, "request", None), "url", None)
        if url and not server:
            u = httpx.URL(str(url))
            server = f"{u.scheme}://{u.host}" + (f":{u.port}" if u.port else "")
        if isinstance(cur, OSError) and cur.strerror and not reason:
            # asyncio words a refusal "Connect call failed (...)": the errno's name is plainer
            errno = cur.errno or 0
            reason = os.strerror(errno) if errno > 0 else cur.strerror
        cur = cur.__cause__ or cur.__context__
    where = "; ".join(x for x in (server, reason) if x)
    detail = f" ({where})" if where else ""
    return TransientError(f"{platform}: {action}: network error{detail}")


# --- Bluesky (atproto) -----------------------------------------------------------------


def _atproto_error_name(exc: Any) -> str:
    content = getattr(getattr(exc, "response", None), "content", None)
    return str(getattr(content, "error", "") or "")


def _bluesky_error(exc: Any, action: str, dm: bool) -> ConnectorError:
    response = getattr(exc, "response", None)
    if response is None:
        return _network_error("bluesky", action, exc)
    status = int(response.status_code)
    name = _atproto_error_name(exc)
    detail = f"bluesky: {action}: {name or 'error'}"
    if dm and (status in (401, 403) or "scope" in _short(exc).lower()):
        return RejectedError(f"{detail}: this app password cannot use DMs")
    if name in _AUTH_ERRORS:
        return AuthExpiredError(f"{detail} (HTTP {status})")
    if status == 400 and (name in _NOT_FOUND_ERRORS or "not found" in _short(exc).lower()):
        return NotFoundError(f"{detail} (HTTP {status})")
    if status == 403:
        return RejectedError(f"{detail} (HTTP {status})")
    return error_for_status(status, detail, response.headers)


_AUTH_ERRORS = {"ExpiredToken", "InvalidToken", "AuthenticationRequired", "AuthMissing"}
_NOT_FOUND_ERRORS = {"NotFound", "ProfileNotFound", "RecordNotFound"}


@contextmanager
def bluesky_errors(action: str, *, dm: bool = False) -> Iterator[None]:
    """Map atproto SDK exceptions raised while doing ``action`` to followback errors.

    With ``dm``, a refusal because the app password lacks DM access (a "bad token
    scope" answer) is a :class:`RejectedError`, not an expired login.
    """
    import httpx
    from atproto_client import exceptions as at

    try:
        yield
    except ConnectorError:
        raise
    except at.RequestErrorBase as exc:
        raise _bluesky_error(exc, action, dm) from exc
    except at.LoginRequiredError as exc:
        raise AuthExpiredError(f"bluesky: {action}: not logged in") from exc
    except at.ModelError as exc:
        raise MalformedPayloadError(f"bluesky: {action}: malformed payload: {_short(exc)}") from exc
    except httpx.HTTPError as exc:
        # The SDK wraps timeouts and network errors but lets others through (a server that
        # closed the connection without answering is a RemoteProtocolError).
        raise TransientError(f"bluesky: {action}: {type(exc).__name__}") from exc


# --- Mastodon (Mastodon.py) ------------------------------------------------------------


@contextmanager
def mastodon_errors(action: str) -> Iterator[None]:
    """Map Mastodon.py exceptions raised while doing ``action`` to followback errors."""
    import mastodon as m

    try:
        yield
    except ConnectorError:
        raise
    except m.MastodonRatelimitError as exc:
        raise RateLimitedError(f"mastodon: {action}: rate limited", None) from exc
    except m.MastodonNetworkError as exc:
        raise _network_error("mastodon", action, exc) from exc
    except m.MastodonAPIError as exc:
        args = exc.args
        status = args[1] if len(args) > 1 and isinstance(args[1], int) else 0
        reason = args[3] if len(args) > 3 else (args[2] if len(args) > 2 else "")
        # reason may be None; snac answers a revoked token with a bare 401
        fallback = "the server refused the token" if status == 401 else "error"
        detail = f"mastodon: {action}: {_short(reason or '') or fallback}"
        if status == 0:
            raise RejectedError(detail) from exc
        headers = getattr(exc, "headers", None)
        raise error_for_status(status, detail, headers) from exc
    except m.MastodonIllegalArgumentError as exc:
        raise RejectedError(f"mastodon: {action}: {_short(exc)}") from exc
    except m.MastodonError as exc:
        raise TransientError(f"mastodon: {action}: {_short(exc)}") from exc


# --- X (tweepy) ------------------------------------------------------------------------


@contextmanager
def x_errors(action: str) -> Iterator[None]:
    """Map tweepy exceptions raised while doing ``action`` to followback errors."""
    import requests
    import tweepy

    try:
        yield
    except ConnectorError:
        raise
    except tweepy.HTTPException as exc:
        response = exc.response
        status = int(getattr(response, "status_code", 0) or 0)
        messages = "; ".join(str(m) for m in (exc.api_messages or [])[:3])
        detail = f"x: {action}: {_short(messages) or 'error'}"
        headers = dict(getattr(response, "headers", {}) or {})
        problem = _x_client_forbidden(response) if status == 403 else None
        if problem is not None:
            raise ClientForbiddenError(f"{detail} (HTTP 403)", problem) from exc
        raise error_for_status(status, detail, headers) from exc
    except tweepy.TweepyException as exc:
        raise TransientError(f"x: {action}: {_short(exc)}") from exc
    except requests.RequestException as exc:
        raise TransientError(f"x: {action}: network error") from exc


def _x_client_forbidden(response: Any) -> str | None:
    """X's problem text when a 403 says the app (its plan) may not use the endpoint."""
    try:
        body = response.json()
    except ValueError:
        return None
    if not isinstance(body, Mapping):
        return None
    kind = str(body.get("type") or "")
    reason = str(body.get("reason") or "")
    if not (kind.endswith("/client-forbidden") or reason.startswith("client-not-enrolled")):
        return None
    detail = _short(body.get("detail") or body.get("title") or "")
    return f"403 {kind.rsplit('/', 1)[-1]} ({reason or 'no reason given'}): {detail}"
