"""Connecting Mastodon and X accounts from the dashboard with OAuth 2.0 and PKCE (admins).

``POST /accounts/oauth/start`` (form) or ``POST /api/accounts/oauth`` (JSON) begins; the
platform sends the browser back to ``GET /accounts/oauth/callback`` with the code and state.
"""

from __future__ import annotations

import os
from typing import Annotated, Literal

from fastapi import APIRouter, Query, Request
from fastapi.responses import RedirectResponse, Response
from pydantic import BaseModel, Field, ValidationError

from followback.actions.oauth import OAuthStarted, XClient, finish_oauth, start_oauth
from followback.domain.errors import UserError
from followback.web.context import (
    Admin,
    Principal,
    WebContext,
    credentials_key,
    flash_url,
    get_context,
    render,
)
from followback.web.routes.settings import connect_error_page

__all__ = ["CALLBACK_PATH", "router"]

router = APIRouter()
CALLBACK_PATH = "/accounts/oauth/callback"


class OAuthBody(BaseModel):
    platform: Literal["mastodon", "x"]
    server: str | None = Field(
        None, max_length=500, description="Mastodon server, e.g. mastodon.social"
    )


class OAuthOut(BaseModel):
    authorize_url: str = Field(description="send the browser here; it comes back to the callback")
    platform: str
    expires_at: str


def _redirect_uri(ctx: WebContext, request: Request) -> str:
    base = ctx.settings.oauth.public_url or str(request.base_url)
    return base.rstrip("/") + CALLBACK_PATH


def _x_client(ctx: WebContext) -> XClient | None:
    cfg = ctx.settings.oauth
    if not cfg.x_client_id:
        return None
    secret = os.environ.get(cfg.x_client_secret_env) if cfg.x_client_secret_env else None
    return XClient(cfg.x_client_id, secret or None)


async def _start(request: Request, me: Principal, body: OAuthBody) -> OAuthStarted:
    ctx = get_context(request)
    return await start_oauth(
        ctx.store,
        body.platform,
        server=body.server,
        redirect_uri=_redirect_uri(ctx, request),
        by=me.actor,
        key=credentials_key(ctx),
        clock=ctx.clock,
        x_client=_x_client(ctx),
        transport=ctx.oauth_transport,
    )


@router.post("/api/accounts/oauth", response_model=OAuthOut, tags=["accounts"])
async def api_oauth_start(request: Request, me: Admin, body: OAuthBody) -> OAuthOut:
    """Begin connecting a Mastodon or X account with OAuth 2.0 (authorization code + PKCE):
    the address to send the browser to (admin)."""
    started = await _start(request, me, body)
    return OAuthOut(
        authorize_url=started.authorize_url,
        platform=started.platform,
        expires_at=started.expires_at.isoformat(),
    )


@router.post("/accounts/oauth/start", include_in_schema=False)
async def oauth_start_submit(request: Request, me: Admin) -> Response:
    form = await request.form()
    values = {k: str(v) for k, v in form.items() if k in ("platform", "server")}
    try:
        body = OAuthBody(platform=values.get("platform", ""), server=values.get("server") or None)
        started = await _start(request, me, body)
    except (UserError, ValidationError) as exc:
        message = exc.message if isinstance(exc, UserError) else str(exc.errors()[0]["msg"])
        return connect_error_page(request, me, message, values)
    # A page that moves on by itself, not a 303: the Content-Security-Policy's
    # form-action 'self' makes browsers refuse a form's redirect to another site.
    return render(
        request, "oauth_redirect.html", me, url=started.authorize_url, platform=started.platform
    )


@router.get(CALLBACK_PATH, include_in_schema=False)
async def oauth_callback(
    request: Request,
    me: Admin,
    state: Annotated[str, Query(max_length=200)] = "",
    code: Annotated[str, Query(max_length=2000)] = "",
    error: Annotated[str | None, Query(max_length=500)] = None,
) -> Response:
    """Where the platform sends the browser back: the state must match a flow this admin
    started (single use, 15 minutes); the code is traded for tokens stored encrypted."""
    ctx = get_context(request)
    try:
        account = await finish_oauth(
            ctx.store,
            state=state,
            code=code,
            error=error,
            by=me.actor,
            key=credentials_key(ctx),
            clock=ctx.clock,
            x_client=_x_client(ctx),
            transport=ctx.oauth_transport,
        )
    except UserError as exc:
        return connect_error_page(request, me, exc.message, {})
    flash = f"Connected {account.platform} account {account.handle}."
    return RedirectResponse(flash_url(request, "/accounts", flash), status_code=303)
