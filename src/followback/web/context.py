"""What every route needs: the app's context, the signed-in member and page rendering."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlencode

import httpx
from fastapi import Depends, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from followback.config import Settings
from followback.connectors.base import Connector
from followback.credentials import ENV_KEY, load_key
from followback.domain import Clock, Role, TeamMember
from followback.domain.errors import ErrorCode, UserError
from followback.store import Store
from followback.store.web_sessions import LiveSession, SessionKind, WebSessionRepo
from followback.web.auth import (
    CSRF_FIELD,
    CSRF_HEADER,
    SESSION_COOKIE,
    LoginLimiter,
    SessionSigner,
    csrf_matches,
)

__all__ = [
    "Admin",
    "Agent",
    "ConnectorFor",
    "Principal",
    "Viewer",
    "WebContext",
    "client_ip",
    "credentials_key",
    "flash_url",
    "get_context",
    "lookup_principal",
    "render",
    "require",
]

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
TEMPLATES_DIR = Path(__file__).parent / "templates"

# Given a brand account id, return a connector for it (async protocol, see connectors.base).
ConnectorFor = Callable[[int], Connector]


@dataclass
class WebContext:
    """Shared state of one app instance (kept on ``app.state.ctx``)."""

    store: Store
    settings: Settings
    signer: SessionSigner
    limiter: LoginLimiter
    templates: Jinja2Templates
    clock: Clock
    cookie_secure: bool | None
    connector_for: ConnectorFor
    # OAuth calls to the platforms (registration, token exchange); tests answer them.
    oauth_transport: httpx.AsyncBaseTransport | None = None

    def secure_cookies(self, request: Request) -> bool:
        """Whether cookies get the Secure flag: always over https and off loopback.

        Plain http on 127.0.0.1/localhost (development, the demo) cannot keep a Secure
        cookie in every browser, so there it is left off unless configured.
        """
        if self.cookie_secure is not None:
            return self.cookie_secure
        loopback = request.url.hostname in ("127.0.0.1", "localhost", "::1")
        return request.url.scheme == "https" or not loopback


@dataclass(frozen=True, slots=True)
class Principal:
    """The signed-in member of this request, with their session's CSRF token."""

    member: TeamMember
    csrf: str
    via: str = "session"  # or "token" (Authorization: Bearer)
    session_id: int | None = None  # the web_sessions row this request authenticated with

    @property
    def name(self) -> str:
        return self.member.name

    @property
    def actor(self) -> str:
        """How the audit log names this person."""
        return f"member:{self.member.name}"

    def can(self, role: Role) -> bool:
        return self.member.role.can(role)


def get_context(request: Request) -> WebContext:
    ctx: WebContext = request.app.state.ctx
    return ctx


async def _csrf_from(request: Request) -> str | None:
    given = request.headers.get(CSRF_HEADER)
    if given is not None:
        return given
    ctype = request.headers.get("content-type", "")
    if ctype.startswith(("application/x-www-form-urlencoded", "multipart/form-data")):
        form = await request.form()
        value = form.get(CSRF_FIELD)
        return value if isinstance(value, str) else None
    return None


def _bearer(request: Request) -> str | None:
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    return token.strip() if scheme.lower() == "bearer" and token.strip() else None


def lookup_principal(ctx: WebContext, request: Request) -> LiveSession | None:
    """The live session or API token this request presents, or None (no database write)."""
    bearer = _bearer(request)
    cookie = request.cookies.get(SESSION_COOKIE)
    secret, kind = (bearer, SessionKind.TOKEN) if bearer else (cookie, SessionKind.SESSION)
    if not secret or len(secret) > 200:
        return None
    with ctx.store.read() as session:
        return WebSessionRepo(session).find_live(secret, kind, ctx.clock())


def require(role: Role) -> Callable[[Request], Awaitable[Principal]]:
    """A dependency: the signed-in member, who must hold ``role``; checks CSRF on writes."""

    async def dependency(request: Request) -> Principal:
        ctx = get_context(request)
        live = lookup_principal(ctx, request)
        if live is None:
            ended = bool(_bearer(request) or request.cookies.get(SESSION_COOKIE))
            message = "your session has ended; log in again" if ended else "log in first"
            raise UserError(message, ErrorCode.UNAUTHENTICATED)
        member = live.member
        # A bearer token is not sent by browsers on their own, so it needs no CSRF token.
        if (
            live.kind == SessionKind.SESSION
            and request.method not in SAFE_METHODS
            and not csrf_matches(live.csrf, await _csrf_from(request))
        ):
            raise UserError(
                "missing or wrong CSRF token; reload the page and try again",
                ErrorCode.FORBIDDEN,
                field=CSRF_FIELD,
            )
        if not member.role.can(role):
            raise UserError(
                f"this needs the {role.value} role; you are {member.role.value}",
                ErrorCode.FORBIDDEN,
                role_needed=role.value,
            )
        via = "session" if live.kind == SessionKind.SESSION else "token"
        return Principal(member=member, csrf=live.csrf, via=via, session_id=live.id)

    return dependency


def client_ip(request: Request) -> str:
    """The client's address; ``X-Forwarded-For`` counts only from a configured proxy.

    The right-most address not itself a trusted proxy is the client: anything left of it
    was written by the client and could be anything (rotating it must not dodge limits).
    """
    ctx = get_context(request)
    peer = request.client.host if request.client else "unknown"
    trusted = set(ctx.settings.service.trusted_proxies)
    if peer not in trusted:
        return peer
    hops = [h.strip() for h in request.headers.get("x-forwarded-for", "").split(",") if h.strip()]
    for hop in reversed(hops):
        if hop not in trusted:
            return hop
    return peer


def credentials_key(ctx: WebContext) -> bytes:
    """The key that encrypts platform credentials at rest (created on first use)."""
    env = {ENV_KEY: ctx.settings.secret_key} if ctx.settings.secret_key else None
    return load_key(env, create=True)


def flash_url(request: Request, path: str, message: str) -> str:
    """``path`` with a signed flash ``message`` for the page it leads to."""
    token = get_context(request).signer.dump_flash(message)
    return f"{path}{'&' if '?' in path else '?'}{urlencode({'flash': token})}"


Viewer = Annotated[Principal, Depends(require(Role.VIEWER))]
Agent = Annotated[Principal, Depends(require(Role.AGENT))]
Admin = Annotated[Principal, Depends(require(Role.ADMIN))]


def render(
    request: Request,
    template: str,
    principal: Principal | None,
    status_code: int = 200,
    **values: Any,
) -> HTMLResponse:
    """Render a page; every page gets the member, their CSRF token and the nav state."""
    ctx = get_context(request)
    # Flash messages arrive signed in the redirect's query string (see flash_url): text
    # put into a link by someone else is not shown. Autoescaped and kept short.
    values.setdefault("flash", ctx.signer.load_flash(request.query_params.get("flash")))
    return ctx.templates.TemplateResponse(
        request,
        template,
        {
            "me": principal.member if principal else None,
            "csrf_token": principal.csrf if principal else "",
            "Role": Role,
            "path": request.url.path,
            **values,
        },
        status_code=status_code,
    )
