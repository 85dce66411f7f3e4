"""Logging in and out: the login page and form, the API session endpoint, ``/api/me``,
API tokens (create, list, revoke) and changing your own password."""

from __future__ import annotations

import secrets
from typing import Annotated

from fastapi import APIRouter, Form, Path, Query, Request
from fastapi.responses import RedirectResponse, Response
from pydantic import BaseModel, Field

from followback.actions.auth import (
    change_own_password,
    create_api_token,
    end_session,
    record_login,
    revoke_session,
    start_session,
)
from followback.domain import Role, TeamMember
from followback.domain.errors import ErrorCode, UserError
from followback.store.web_sessions import SessionKind, WebSessionRepo
from followback.web.auth import (
    API_TOKEN_MAX_DAYS,
    LOGIN_COOKIE,
    SESSION_COOKIE,
    SESSION_LIFETIME,
    SESSION_MAX_AGE_S,
)
from followback.web.context import Viewer, WebContext, client_ip, get_context, render

__all__ = ["router"]

router = APIRouter()


def _safe_next(target: str | None) -> str:
    # Only same-site paths: "//evil.example" and "https://..." would leave the site.
    if not target or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return "/"
    return target


def _attempt(ctx: WebContext, ip: str, name: str, password: str) -> TeamMember:
    # Counted before the (deliberately slow) hash: concurrent guesses cannot all pass.
    ctx.limiter.take(ctx.store, ip, name)
    member = record_login(ctx.store, name, password, ip, ctx.clock())
    if member is None:
        raise UserError("wrong name or password", ErrorCode.UNAUTHENTICATED)
    ctx.limiter.succeeded(ctx.store, ip, name)
    return member


def _set_session_cookie(ctx: WebContext, request: Request, response: Response, secret: str) -> None:
    response.set_cookie(
        SESSION_COOKIE,
        secret,
        max_age=SESSION_MAX_AGE_S,
        httponly=True,
        secure=ctx.secure_cookies(request),
        samesite="lax",
        path="/",
    )


def _start_session(
    ctx: WebContext, request: Request, response: Response, member: TeamMember
) -> str:
    new = start_session(ctx.store, member.name, ctx.clock(), SESSION_LIFETIME)
    _set_session_cookie(ctx, request, response, new.secret)
    response.delete_cookie(LOGIN_COOKIE, path="/login")
    return new.csrf


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
        member = _attempt(ctx, client_ip(request), name.strip(), password)
    except UserError as exc:
        if exc.code is ErrorCode.UNAUTHENTICATED:
            return _login_page(request, next, exc.message, 401)
        return _login_page(request, next, exc.message, exc.http_status)
    response = RedirectResponse(_safe_next(next), status_code=303)
    _start_session(ctx, request, response, member)
    return response


@router.post("/logout", include_in_schema=False)
def logout(request: Request, me: Viewer) -> Response:
    if me.session_id is not None and me.via == "session":
        ctx = get_context(request)
        end_session(ctx.store, me.name, me.session_id, ctx.clock())
    response = RedirectResponse("/login", status_code=303)
    response.delete_cookie(SESSION_COOKIE, path="/")
    return response


@router.delete("/api/session", status_code=204, tags=["auth"])
def api_logout(request: Request, me: Viewer) -> Response:
    """Log out: this session (or, with a bearer token, this token) stops working at once."""
    ctx = get_context(request)
    if me.session_id is not None:
        end_session(ctx.store, me.name, me.session_id, ctx.clock())
    response = Response(status_code=204)
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
    member = _attempt(ctx, client_ip(request), body.name.strip(), body.password)
    csrf = _start_session(ctx, request, response, member)
    return SessionOut(name=member.name, role=member.role.value, csrf_token=csrf)


@router.get("/api/me", response_model=SessionOut, tags=["auth"])
def api_me(me: Viewer) -> SessionOut:
    """Who is logged in, with the session's CSRF token."""
    return SessionOut(name=me.name, role=me.member.role.value, csrf_token=me.csrf)


class TokenBody(BaseModel):
    days: int = Field(30, ge=1, le=API_TOKEN_MAX_DAYS)
    label: str = Field("", max_length=200, description="what the token is for")


class TokenOut(BaseModel):
    id: int
    token: str = Field(description="send as Authorization: Bearer <token>; shown once")
    expires_at: str


class TokenInfo(BaseModel):
    id: int
    member: str
    kind: str = Field(description="session or token")
    label: str
    created_at: str
    expires_at: str


@router.post("/api/tokens", response_model=TokenOut, status_code=201, tags=["auth"])
def api_token(request: Request, me: Viewer, body: TokenBody) -> TokenOut:
    """An API token for yourself (same role as you; ends when revoked or you are deactivated)."""
    if me.via != "session":
        # A token cannot mint tokens: a leaked one must not extend its own life.
        raise UserError("create API tokens from a logged-in session", ErrorCode.FORBIDDEN)
    ctx = get_context(request)
    new = create_api_token(ctx.store, me.name, body.days, body.label, ctx.clock())
    return TokenOut(id=new.id, token=new.secret, expires_at=new.expires_at.isoformat())


@router.get("/api/tokens", response_model=list[TokenInfo], tags=["auth"])
def api_tokens(
    request: Request,
    me: Viewer,
    member: Annotated[str | None, Query(max_length=200, description="admin: whose")] = None,
    sessions: Annotated[bool, Query(description="include browser sessions")] = False,
) -> list[TokenInfo]:
    """Your live API tokens (and sessions); an admin may list anyone's or everyone's."""
    ctx = get_context(request)
    if member is not None and member != me.name and not me.can(Role.ADMIN):
        raise UserError("only an admin lists other members' tokens", ErrorCode.FORBIDDEN)
    whose = member if member is not None or me.can(Role.ADMIN) else me.name
    kind = None if sessions else SessionKind.TOKEN
    with ctx.store.read() as s:
        views = WebSessionRepo(s).list_live(ctx.clock(), whose, kind)
    return [
        TokenInfo(
            id=v.id,
            member=v.member,
            kind=v.kind,
            label=v.label,
            created_at=v.created_at.isoformat(),
            expires_at=v.expires_at.isoformat(),
        )
        for v in views
    ]


@router.delete("/api/tokens/{token_id}", status_code=204, tags=["auth"])
def api_revoke_token(
    request: Request, me: Viewer, token_id: Annotated[int, Path(ge=1, le=2**31 - 1)]
) -> Response:
    """Revoke one of your tokens or sessions (an admin: anyone's). It stops working at once."""
    ctx = get_context(request)
    revoke_session(ctx.store, me.member, token_id, ctx.clock())
    return Response(status_code=204)


class PasswordChange(BaseModel):
    current_password: str = Field(min_length=1, max_length=1000)
    new_password: str = Field(min_length=8, max_length=1000)


class PasswordChanged(BaseModel):
    ended_sessions: int = Field(description="your other sessions and API tokens now ended")


@router.post("/api/me/password", response_model=PasswordChanged, tags=["auth"])
def api_change_password(request: Request, me: Viewer, body: PasswordChange) -> PasswordChanged:
    """Change your own password (the current one is required); your other sessions end."""
    ctx = get_context(request)
    keep = me.session_id if me.via == "session" else None
    ended = change_own_password(
        ctx.store, me.name, body.current_password, body.new_password, ctx.clock(), keep_session=keep
    )
    return PasswordChanged(ended_sessions=ended)
