"""What every route needs: the app's context, the signed-in member and page rendering."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any

from fastapi import Depends, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from followback.config import Settings
from followback.connectors.base import Connector
from followback.domain import Clock, Role, TeamMember
from followback.domain.errors import ErrorCode, UserError
from followback.store import Store
from followback.web.auth import (
    CSRF_FIELD,
    CSRF_HEADER,
    SESSION_COOKIE,
    LoginLimiter,
    SessionSigner,
    csrf_matches,
    find_active_member,
)

__all__ = [
    "Admin",
    "Agent",
    "ConnectorFor",
    "Principal",
    "Viewer",
    "WebContext",
    "get_context",
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


def require(role: Role) -> Callable[[Request], Awaitable[Principal]]:
    """A dependency: the signed-in member, who must hold ``role``; checks CSRF on writes."""

    async def dependency(request: Request) -> Principal:
        ctx = get_context(request)
        bearer = _bearer(request)
        if bearer is not None:
            name, csrf = ctx.signer.load_api_token(bearer), None
        else:
            data = ctx.signer.load_session(request.cookies.get(SESSION_COOKIE))
            name, csrf = (data.member, data.csrf) if data else (None, None)
        if name is None:
            raise UserError("log in first", ErrorCode.UNAUTHENTICATED)
        with ctx.store.session() as session:
            member = find_active_member(session, name)
        if member is None:
            raise UserError("your session has ended; log in again", ErrorCode.UNAUTHENTICATED)
        # A bearer token is not sent by browsers on their own, so it needs no CSRF token.
        if (
            csrf is not None
            and request.method not in SAFE_METHODS
            and not csrf_matches(csrf, await _csrf_from(request))
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
        return Principal(member=member, csrf=csrf or "", via="token" if bearer else "session")

    return dependency


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
    # Flash messages arrive in the redirect's query string; autoescaped and kept short.
    values.setdefault("flash", (request.query_params.get("flash") or "")[:200] or None)
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
