"""Security headers on every response: a strict CSP (no inline scripts), no framing, no sniffing."""

from __future__ import annotations

from fastapi import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from followback.domain.errors import ErrorCode, UserError

__all__ = [
    "CONTENT_SECURITY_POLICY",
    "SECURITY_HEADERS",
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
