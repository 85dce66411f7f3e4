"""The dashboard and REST API: ``create_app(store, settings)`` returns a FastAPI app.

Pages are server-rendered (Jinja2) with a little vanilla JS; the JSON API lives under
``/api`` with its OpenAPI schema at ``/api/openapi.json``. One authentication guards both:
an unauthenticated API call gets 401 JSON, a page redirects to ``/login``.

- Sessions: HTTP-only SameSite cookies holding a random secret that the database knows
  by its hash, so logout, a password or role change and an admin's revoke end them.
  Browser writes carry the session's CSRF token (form field ``csrf_token`` or header
  ``X-CSRF-Token``).
- API clients: ``POST /api/session`` (JSON name and password) for a cookie and CSRF token,
  or ``POST /api/tokens`` from a session for an ``Authorization: Bearer`` token (listed
  and revoked under ``/api/tokens``).
- Request bodies are refused before they are read when the caller is not logged in (401)
  or the body is over ``service.max_request_kb`` (413).
- Roles on every route: a viewer reads, an agent works the queue and inbox, an admin
  changes policy, limits, accounts and the team. Logins are throttled per address and name.
- Errors: :class:`UserError` becomes ``{"error", "message", "fields"}`` with its HTTP status
  under ``/api``, and an HTML error page elsewhere.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from functools import partial
from pathlib import Path
from typing import Any, cast
from urllib.parse import quote

import anyio.to_thread
import httpx
from fastapi import Depends, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from pydantic import ValidationError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import Scope

from followback.config import Settings
from followback.domain import Clock, utcnow
from followback.domain.errors import ErrorCode, UserError
from followback.services.connect import connector_for as stored_connector_for
from followback.store import Store
from followback.web import filters
from followback.web.auth import (
    LoginLimiter,
    SessionSigner,
    TooManyAttemptsError,
    session_secret,
)
from followback.web.context import (
    TEMPLATES_DIR,
    ConnectorFor,
    WebContext,
    lookup_principal,
    render,
)
from followback.web.routes import ROUTERS
from followback.web.security import (
    RequestGuardMiddleware,
    SecurityHeadersMiddleware,
    reject_nul_bytes,
)

__all__ = ["create_app"]

STATIC_DIR = Path(__file__).parent / "static"


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api")


def _error_response(request: Request, exc: UserError) -> Response:
    status = exc.http_status
    headers: dict[str, str] = {}
    if isinstance(exc, TooManyAttemptsError):
        headers["Retry-After"] = str(exc.retry_after_s)
    if _wants_json(request):
        body = {"error": exc.code.value, "message": exc.message, "fields": _jsonable(exc.fields)}
        return JSONResponse(body, status_code=status, headers=headers)
    if exc.code is ErrorCode.UNAUTHENTICATED:
        target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        return RedirectResponse(f"/login?next={quote(target, safe='')}", status_code=303)
    response = render(
        request, "error.html", None, status_code=status, status=status, message=exc.message
    )
    response.headers.update(headers)
    return response


def _jsonable(fields: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in fields.items():
        out[key] = (
            value if isinstance(value, str | int | float | bool | list | None) else str(value)
        )
    return out


def _signed_in(request: Request) -> bool:
    return lookup_principal(request.app.state.ctx, request) is not None


def _authenticator(ctx: WebContext) -> Callable[[Scope], Awaitable[bool]]:
    async def authenticate(scope: Scope) -> bool:
        request = Request(scope)
        found = await anyio.to_thread.run_sync(lookup_principal, ctx, request)
        return found is not None

    return authenticate


def _install_error_handlers(app: FastAPI) -> None:
    async def user_error(request: Request, exc: Exception) -> Response:
        return _error_response(request, cast(UserError, exc))

    async def validation_error(request: Request, exc: Exception) -> Response:
        # Request validation, and models a form handler builds from its fields.
        exc = cast(RequestValidationError | ValidationError, exc)
        fields = {
            ".".join(str(p) for p in err["loc"] if p not in ("body", "query", "path")) or "body": (
                err["msg"]
            )
            for err in exc.errors()
        }
        first = next(iter(fields.items()))
        err = UserError(f"{first[0]}: {first[1]}", ErrorCode.BAD_INPUT, **fields)
        return _error_response(request, err)

    async def http_error(request: Request, exc: Exception) -> Response:
        exc = cast(StarletteHTTPException, exc)
        code = {404: ErrorCode.NOT_FOUND, 401: ErrorCode.UNAUTHENTICATED}.get(
            exc.status_code, ErrorCode.BAD_INPUT
        )
        if exc.status_code == 404 and _wants_json(request) and not _signed_in(request):
            # Unauthenticated callers learn nothing about which API paths exist.
            code = ErrorCode.UNAUTHENTICATED
            return _error_response(request, UserError("log in first", code))
        if exc.status_code == 405:
            body = {"error": "method_not_allowed", "message": "method not allowed", "fields": {}}
            return JSONResponse(body, status_code=405)
        return _error_response(request, UserError(str(exc.detail), code))

    app.add_exception_handler(UserError, user_error)
    app.add_exception_handler(RequestValidationError, validation_error)
    app.add_exception_handler(ValidationError, validation_error)
    app.add_exception_handler(StarletteHTTPException, http_error)


def create_app(
    store: Store,
    settings: Settings,
    *,
    connector_for: ConnectorFor | None = None,
    cookie_secure: bool | None = None,
    clock: Clock = utcnow,
    limiter: LoginLimiter | None = None,
    oauth_transport: httpx.AsyncBaseTransport | None = None,
) -> FastAPI:
    """Build the app over ``store``.

    ``connector_for(account_id)`` returns a platform connector (to send replies; default:
    the stored account's connector). ``cookie_secure``: None sets the Secure flag except
    for plain http on a loopback address (development); True or False forces it.
    """
    app = FastAPI(
        title="followback",
        version="1",
        description="Screened follow-back, follower tracking and an engagement inbox.",
        openapi_url="/api/openapi.json",
        docs_url=None,
        redoc_url=None,
        dependencies=[Depends(reject_nul_bytes)],
    )
    templates = Jinja2Templates(directory=str(TEMPLATES_DIR))
    filters.install(templates.env)
    ctx = WebContext(
        store=store,
        settings=settings,
        signer=SessionSigner(session_secret(settings.secret_key)),
        limiter=limiter or LoginLimiter(clock=clock),
        templates=templates,
        clock=clock,
        cookie_secure=cookie_secure,
        connector_for=connector_for or partial(stored_connector_for, store),
        oauth_transport=oauth_transport,
    )
    app.state.ctx = ctx
    _install_error_handlers(app)
    app.add_middleware(
        RequestGuardMiddleware,
        authenticate=_authenticator(ctx),
        max_bytes=settings.service.max_request_kb * 1024,
    )
    # Added last, so outermost: refusals from the guard get the security headers too.
    app.add_middleware(SecurityHeadersMiddleware, hsts=bool(cookie_secure))
    app.mount("/static", StaticFiles(directory=str(STATIC_DIR)), name="static")
    for router in ROUTERS:
        app.include_router(router)
    return app
