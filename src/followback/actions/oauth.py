"""Connecting Mastodon and X accounts with OAuth 2.0 (authorization code with PKCE).

``start_oauth`` registers the application when needed (Mastodon), keeps the state (the CSRF
check) and the PKCE verifier in the database, and returns the address to send the browser
to. ``finish_oauth`` takes that flow back exactly once, for the member who started it,
exchanges the code for tokens and connects the account through
:func:`~followback.actions.accounts.record_connected_account` (tokens encrypted at rest).
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

import httpx

from followback.actions.accounts import ConnectedAccount, record_connected_account, server_url
from followback.connectors.oauth import (
    OAuthApp,
    authorize_url,
    exchange_code,
    pkce_pair,
    register_mastodon_app,
)
from followback.credentials import decrypt_credentials, encrypt_credentials
from followback.domain import Clock, ConnectorError, Platform
from followback.domain.errors import ErrorCode, UserError
from followback.store import AuditRepo, Store
from followback.store.oauth import OAuthFlow, OAuthRepo

__all__ = ["FLOW_LIFETIME", "OAuthStarted", "XClient", "finish_oauth", "start_oauth"]

# Long enough to log in on the platform and approve; short enough that a leaked state is stale.
FLOW_LIFETIME = timedelta(minutes=15)


@dataclass(frozen=True, slots=True)
class XClient:
    """The brand's own X app (X has no dynamic registration)."""

    client_id: str
    client_secret: str | None = None


@dataclass(frozen=True, slots=True)
class OAuthStarted:
    authorize_url: str
    platform: str
    expires_at: datetime


def _hash(state: str) -> str:
    return hashlib.sha256(state.encode()).hexdigest()


async def _mastodon_app(
    store: Store,
    server: str,
    redirect_uri: str,
    key: bytes,
    clock: Clock,
    transport: httpx.AsyncBaseTransport | None,
) -> OAuthApp:
    """The application registered on ``server`` for this callback, registering it once."""
    with store.session() as s:
        known = OAuthRepo(s).find_client("mastodon", server, redirect_uri)
    if known is not None:
        secret = decrypt_credentials(known.client_secret, key).get("client_secret")
        return OAuthApp(known.client_id, secret or None)
    try:
        app = await register_mastodon_app(server, redirect_uri, transport=transport)
    except ConnectorError as exc:
        raise UserError(
            f"could not register followback with {server}: {exc}",
            ErrorCode.BAD_INPUT,
            field="server",
        ) from exc
    sealed = encrypt_credentials({"client_secret": app.client_secret or ""}, key)
    with store.session() as s:
        OAuthRepo(s).record_client("mastodon", server, redirect_uri, app.client_id, sealed, clock())
    return app


def _platform(name: str) -> Platform:
    if name not in ("mastodon", "x"):
        raise UserError(
            f"OAuth connects mastodon or x accounts, not {name!r}",
            ErrorCode.UNKNOWN_PLATFORM,
            field="platform",
        )
    return Platform(name)


async def start_oauth(
    store: Store,
    platform_name: str,
    *,
    server: str | None,
    redirect_uri: str,
    by: str,
    key: bytes,
    clock: Clock,
    x_client: XClient | None = None,
    transport: httpx.AsyncBaseTransport | None = None,
) -> OAuthStarted:
    """Begin connecting an account: the platform's authorization address for the browser."""
    platform = _platform(platform_name)
    if platform is Platform.MASTODON:
        if not (server or "").strip():
            raise UserError(
                "give your Mastodon server, e.g. mastodon.social",
                ErrorCode.BAD_INPUT,
                field="server",
            )
        base = server_url(platform, "", server.strip() if server else None) or ""
        app = await _mastodon_app(store, base, redirect_uri, key, clock, transport)
    else:
        if x_client is None or not x_client.client_id:
            raise UserError(
                "set oauth.x_client_id (your X app's OAuth 2.0 client ID) to connect X",
                ErrorCode.BAD_CONFIG,
                field="platform",
            )
        base, app = None, OAuthApp(x_client.client_id, x_client.client_secret)
    state = secrets.token_urlsafe(32)
    verifier, challenge = pkce_pair()
    now = clock()
    flow = OAuthFlow(
        platform.value,
        base,
        redirect_uri,
        app.client_id,
        encrypt_credentials({"verifier": verifier}, key),
        by,
        now + FLOW_LIFETIME,
    )
    with store.session() as s:
        OAuthRepo(s).record_flow(_hash(state), flow, now)
        AuditRepo(s).record(
            by, "account.oauth_start", f"{platform.value}:{base or 'x.com'}", at=now
        )
    url = authorize_url(
        platform,
        server=base,
        client_id=app.client_id,
        redirect_uri=redirect_uri,
        state=state,
        challenge=challenge,
    )
    return OAuthStarted(url, platform.value, flow.expires_at)


def _take(store: Store, state: str, by: str, now: datetime) -> OAuthFlow:
    with store.session() as s:
        flow = OAuthRepo(s).take_flow(_hash(state), now) if state else None
    if flow is None:
        raise UserError(
            "this authorization is unknown, already used or expired; start connecting again",
            ErrorCode.FORBIDDEN,
            field="state",
        )
    if flow.started_by != by:
        raise UserError(
            "this authorization was started by someone else; start connecting again",
            ErrorCode.FORBIDDEN,
            field="state",
        )
    return flow


async def finish_oauth(
    store: Store,
    *,
    state: str,
    code: str,
    error: str | None,
    by: str,
    key: bytes,
    clock: Clock,
    x_client: XClient | None = None,
    transport: httpx.AsyncBaseTransport | None = None,
) -> ConnectedAccount:
    """Finish connecting: check the state, trade the code, store the account."""
    flow = _take(store, state, by, clock())  # used up even when the platform said no
    platform = Platform(flow.platform)
    if error or not code:
        raise UserError(
            f"{platform.value} did not grant access ({error or 'no code returned'})",
            ErrorCode.UNAUTHENTICATED,
            field="platform",
        )
    if platform is Platform.MASTODON:
        server = flow.server or ""  # always set for Mastodon flows
        app = await _mastodon_app(store, server, flow.redirect_uri, key, clock, transport)
    else:
        secret = x_client.client_secret if x_client else None
        app = OAuthApp(flow.client_id, secret)
    verifier = decrypt_credentials(flow.verifier, key)["verifier"]
    try:
        tokens = await exchange_code(
            platform,
            server=flow.server,
            app=app,
            code=code,
            verifier=verifier,
            redirect_uri=flow.redirect_uri,
            transport=transport,
        )
    except ConnectorError as exc:
        raise UserError(
            f"{platform.value} refused the authorization code: {exc}",
            ErrorCode.UNAUTHENTICATED,
            field="code",
        ) from exc
    extra = {"client_id": app.client_id}
    if app.client_secret:
        extra["client_secret"] = app.client_secret
    if tokens.refresh_token:
        extra["refresh_token"] = tokens.refresh_token
    return await record_connected_account(
        store,
        platform,
        handle="",
        secret=tokens.access_token,
        key=key,
        by=by,
        clock=clock,
        server=flow.server,
        extra=extra,
        via="oauth",
    )
