"""Security at the edge: a strict CSP and other headers on every response, and request
bodies refused before they are read when unauthenticated or too large."""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable

from fastapi import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from followback.domain.errors import ErrorCode, UserError

__all__ = [
    "CONTENT_SECURITY_POLICY",
    "PUBLIC_HOOKS",
    "PUBLIC_WRITES",
    "SECURITY_HEADERS",
    "RequestGuardMiddleware",
    "SecurityHeadersMiddleware",
    "reject_nul_bytes",
]

# Scripts and styles only from our own static files; charts are inline SVG drawn with
# presentation attributes, which CSP does not treat as inline style.
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; "
    "form-action 'self'; frame-ancestors 'none'"
)

SECURITY_HEADERS: dict[str, str] = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
}


class SecurityHeadersMiddleware:
    """Adds :data:`SECURITY_HEADERS`; responses other than static files are not cached."""

    def __init__(self, app: ASGIApp, *, hsts: bool = False) -> None:
        self.app = app
        self.hsts = hsts

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        is_static = str(scope.get("path", "")).startswith("/static/")

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                present = {k.lower() for k, _ in headers}
                extra = dict(SECURITY_HEADERS)
                if self.hsts:
                    extra["Strict-Transport-Security"] = "max-age=31536000"
                if not is_static:
                    # Pages show member data: keep them out of shared and browser caches.
                    extra["Cache-Control"] = "no-store"
                for key, value in extra.items():
                    if key.lower().encode() not in present:
                        headers.append((key.lower().encode(), value.encode()))
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, send_with_headers)


_NUL_MARKERS = (b"\x00", b"%00", b"\\u0000")


async def reject_nul_bytes(request: Request) -> None:
    """Refuse NUL characters anywhere in a request: no text column can hold them.

    Checked once for every route (path, query and body) so each field need not be.
    """
    parts = [request.scope.get("raw_path", b""), request.scope.get("query_string", b"")]
    if any(marker in part for part in parts for marker in _NUL_MARKERS):
        raise UserError("the request contains a NUL character", ErrorCode.BAD_INPUT)
    if request.method in ("GET", "HEAD", "OPTIONS"):
        return
    if request.url.path.startswith(PUBLIC_HOOKS):
        # A platform's signed delivery may quote someone's bio with a NUL in it: refusing it
        # would make the platform retry, then drop the event. The hook's mapping drops
        # control characters from every text it stores instead.
        return
    ctype = request.headers.get("content-type", "")
    if ctype.startswith(("application/x-www-form-urlencoded", "multipart/form-data")):
        # FastAPI has parsed the form already (cached); its raw body is gone.
        form = await request.form()
        texts = [*form.keys(), *(v for v in form.values() if isinstance(v, str))]
        bad = any("\x00" in t for t in texts)
    else:
        body = await request.body()
        bad = any(marker in body for marker in _NUL_MARKERS)
    if bad:
        raise UserError("the request contains a NUL character", ErrorCode.BAD_INPUT)


# Writes anyone may send (to log in); everything else needs a live session or token first.
PUBLIC_WRITES = frozenset({"/login", "/api/session"})
PUBLIC_MAX_BYTES = 16 * 1024
# Platform webhooks: no login, each route checks the platform's signature itself (X's follow
# events are a few kilobytes each; the limit still bounds what an anonymous caller can send).
PUBLIC_HOOKS = "/hooks/x/"
HOOK_MAX_BYTES = 64 * 1024
_BODY_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})

Authenticate = Callable[[Scope], Awaitable[bool]]


class _TooLargeError(Exception):
    pass


class RequestGuardMiddleware:
    """Refuse request bodies before reading them: unauthenticated ones (401) and big ones (413).

    FastAPI reads and validates a body before the route's login dependency runs, so without
    this an anonymous client could make the server buffer and parse any amount of JSON.
    Here the ``Content-Length`` is checked and the session or token looked up first; a body
    sent without a length is counted as it streams and cut off at the limit.
    """

    def __init__(self, app: ASGIApp, *, authenticate: Authenticate, max_bytes: int) -> None:
        self.app = app
        self.authenticate = authenticate
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] not in _BODY_METHODS:
            await self.app(scope, receive, send)
            return
        path = str(scope.get("path", ""))
        hook = path.startswith(PUBLIC_HOOKS)
        public = hook or path in PUBLIC_WRITES
        limit = HOOK_MAX_BYTES if hook else PUBLIC_MAX_BYTES if public else self.max_bytes
        if not public and not await self.authenticate(scope):
            await _refuse(scope, send, 401, "unauthenticated", "log in first")
            return
        length = _content_length(scope)
        if length is not None and length > limit:
            await _refuse(scope, send, 413, "request_too_large", f"the body is over {limit} bytes")
            return
        seen = 0
        started = False

        async def counted_receive() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > limit:
                    raise _TooLargeError
            return message

        async def tracking_send(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, counted_receive, tracking_send)
        except _TooLargeError:
            if not started:
                await _refuse(
                    scope, send, 413, "request_too_large", f"the body is over {limit} bytes"
                )


def _content_length(scope: Scope) -> int | None:
    for key, value in scope.get("headers", []):
        if key == b"content-length":
            try:
                return int(value)
            except ValueError:
                return None
    return None


async def _refuse(scope: Scope, send: Send, status: int, code: str, message: str) -> None:
    path = str(scope.get("path", ""))
    if status == 401 and not path.startswith("/api"):
        # A page form posted without a session: back to the login page, like a GET.
        await send({"type": "http.response.start", "status": 303,
                    "headers": [(b"location", b"/login"), (b"content-length", b"0")]})  # fmt: skip
        await send({"type": "http.response.body", "body": b""})
        return
    body = json.dumps({"error": code, "message": message, "fields": {}}).encode()
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    if status == 413:
        headers.append((b"connection", b"close"))
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})
