"""Logging in and out: the login page and form, the API session endpoint and ``/api/me``."""

from __future__ import annotations

import secrets
from datetime import timedelta
from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse, Response
from pydantic import BaseModel, Field

from followback.domain import TeamMember
from followback.domain.errors import ErrorCode, UserError
from followback.store import AuditRepo
from followback.web.auth import (
    API_TOKEN_MAX_DAYS,
    LOGIN_COOKIE,
    SESSION_COOKIE,
    SESSION_MAX_AGE_S,
    verify_login,
)
from followback.web.context import Viewer, WebContext, get_context, render

__all__ = ["router"]

router = APIRouter()


def _safe_next(target: str | None) -> str:
    # Only same-site paths: "//evil.example" and "https://..." would leave the site.
    if not target or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return "/"
    return target


def _client_ip(request: Request) -> str:
    return request.client.host if request.client else "unknown"


def _attempt(ctx: WebContext, ip: str, name: str, password: str) -> TeamMember:
    ctx.limiter.check(ip, name)
    with ctx.store.session() as session:
        member = verify_login(session, name, password)
        # Logins are audited (never the password); the address helps spot guessing.
        if member is None:
            AuditRepo(session).record(
                "system", "auth.login_failed", name[:200], None, ctx.clock(), ip=ip
            )
        else:
            AuditRepo(session).record(
                f"member:{member.name}", "auth.login", member.name, None, ctx.clock(), ip=ip
            )
    if member is None:
        ctx.limiter.record_failure(ip, name)
        raise UserError("wrong name or password", ErrorCode.UNAUTHENTICATED)
    ctx.limiter.record_success(name)
    return member


def _start_session(
    ctx: WebContext, request: Request, response: Response, member: TeamMember
) -> str:
    cookie, data = ctx.signer.dump_session(member.name)
    response.set_cookie(
        SESSION_COOKIE,
        cookie,
        max_age=SESSION_MAX_AGE_S,
        httponly=True,
        secure=ctx.secure_cookies(request),
        samesite="lax",
        path="/",
    )
    response.delete_cookie(LOGIN_COOKIE, path="/login")
    return data.csrf


def _login_page(
    request: Request, next_url: str, error: str | None = None, status: int = 200
) -> Response:
    ctx = get_context(request)
    nonce = request.cookies.get(LOGIN_COOKIE) or secrets.token_urlsafe(16)
    response = render(
        request,
        "login.html",
        None,
        status_code=status,
        login_token=ctx.signer.login_form_token(nonce),
        next_url=_safe_next(next_url),
        error=error,
    )
    response.set_cookie(
        LOGIN_COOKIE,
        nonce,
        max_age=3600,
        httponly=True,
        secure=ctx.secure_cookies(request),
        samesite="strict",
        path="/login",
    )
    return response


@router.get("/login", include_in_schema=False)
def login_page(request: Request, next: str = "/") -> Response:
    return _login_page(request, next)


@router.post("/login", include_in_schema=False)
def login_submit(
    request: Request,
    name: Annotated[str, Form(max_length=200)],
    password: Annotated[str, Form(max_length=1000)],
    csrf_token: Annotated[str, Form(max_length=500)] = "",
    next: Annotated[str, Form(max_length=2000)] = "/",
) -> Response:
    ctx = get_context(request)
    if not ctx.signer.check_login_form(csrf_token, request.cookies.get(LOGIN_COOKIE)):
        return _login_page(request, next, "The form expired; please try again.", 403)
    try:
        member = _attempt(ctx, _client_ip(request), name.strip(), password)
    except UserError as exc:
        if exc.code is ErrorCode.UNAUTHENTICATED:
            return _login_page(request, next, exc.message, 401)
        return _login_page(request, next, exc.message, exc.http_status)
    response = RedirectResponse(_safe_next(next), status_code=303)
    _start_session(ctx, request, response, member)
    return response


@router.post("/logout", include_in_schema=False)
def logout(request: Request, me: Viewer) -> Response:
    response = RedirectResponse("/login", status_code=303)
    response.delete_cookie(SESSION_COOKIE, path="/")
    return response


class LoginBody(BaseModel):
    name: str = Field(min_length=1, max_length=200)
    password: str = Field(min_length=1, max_length=1000)


class SessionOut(BaseModel):
    name: str
    role: str
    csrf_token: str = Field(description="send as X-CSRF-Token on POST/PUT/PATCH/DELETE")


@router.post("/api/session", response_model=SessionOut, tags=["auth"])
def api_login(request: Request, body: LoginBody, response: Response) -> SessionOut:
    """Log in; sets the session cookie and returns the CSRF token for later writes."""
    ctx = get_context(request)
    member = _attempt(ctx, _client_ip(request), body.name.strip(), body.password)
    csrf = _start_session(ctx, request, response, member)
    return SessionOut(name=member.name, role=member.role.value, csrf_token=csrf)


@router.get("/api/me", response_model=SessionOut, tags=["auth"])
def api_me(me: Viewer) -> SessionOut:
    """Who is logged in, with the session's CSRF token."""
    return SessionOut(name=me.name, role=me.member.role.value, csrf_token=me.csrf)


class TokenBody(BaseModel):
    days: int = Field(30, ge=1, le=API_TOKEN_MAX_DAYS)


class TokenOut(BaseModel):
    token: str = Field(description="send as Authorization: Bearer <token>; shown once")
    expires_at: str


@router.post("/api/tokens", response_model=TokenOut, status_code=201, tags=["auth"])
def api_token(request: Request, me: Viewer, body: TokenBody) -> TokenOut:
    """An API token for yourself (same role as you; ends when you are deactivated)."""
    if me.via != "session":
        # A token cannot mint tokens: a leaked one must not extend its own life.
        raise UserError("create API tokens from a logged-in session", ErrorCode.FORBIDDEN)
    ctx = get_context(request)
    now = ctx.clock()
    token = ctx.signer.dump_api_token(me.name, body.days)
    with ctx.store.session() as s:
        AuditRepo(s).record(me.actor, "auth.token", me.name, None, now, days=body.days)
    return TokenOut(token=token, expires_at=(now + timedelta(days=body.days)).isoformat())
