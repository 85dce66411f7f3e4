"""OAuth 2.0 authorization code with PKCE for Mastodon and X: register an application
(Mastodon's ``/api/v1/apps``), build the authorization address, exchange the code for tokens.

The dance itself is small and the same on both platforms, so it is written here over
``httpx`` (already a dependency) rather than through each SDK: Mastodon.py and tweepy each
keep the PKCE verifier inside a Python object, which cannot survive the trip through the
browser when the dashboard runs as several processes. The verifier and state are kept in the
database instead (see ``followback.actions.oauth``).

Secrets (client secret, code, tokens) are never put in an error message or a log line.
"""

from __future__ import annotations

import base64
import hashlib
import secrets
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

import httpx

from followback.connectors.errors import error_for_status
from followback.domain import Platform, TransientError
from followback.domain.errors import ConnectorError

__all__ = [
    "MASTODON_SCOPES",
    "X_AUTHORIZE_URL",
    "X_SCOPES",
    "X_TOKEN_URL",
    "OAuthApp",
    "TokenSet",
    "authorize_url",
    "exchange_code",
    "pkce_pair",
    "register_mastodon_app",
]

MASTODON_SCOPES = "read write follow"
# docs.x.com: OAuth 2.0 Authorization Code Flow with PKCE; offline.access gives a refresh
# token, which XConnector spends when the two-hour access token expires.
X_SCOPES = (
    "tweet.read tweet.write users.read follows.read follows.write dm.read dm.write offline.access"
)
X_AUTHORIZE_URL = "https://x.com/i/oauth2/authorize"
X_TOKEN_URL = "https://api.x.com/2/oauth2/token"  # noqa: S105 (an address, not a secret)
TIMEOUT_S = 15.0


@dataclass(frozen=True, slots=True)
class OAuthApp:
    """A client registered with the platform."""

    client_id: str
    client_secret: str | None = None


@dataclass(frozen=True, slots=True)
class TokenSet:
    access_token: str
    refresh_token: str | None = None
    scope: str = ""

    def __repr__(self) -> str:  # never show tokens, even in a traceback's locals
        return f"TokenSet(scope={self.scope!r}, refresh={'yes' if self.refresh_token else 'no'})"


def pkce_pair() -> tuple[str, str]:
    """A PKCE code verifier and its S256 challenge (RFC 7636 sections 4.1 and 4.2).

    Four lines of the standard library; the OAuth libraries around (oauthlib, via tweepy)
    are only indirect dependencies and tie the verifier to a client object.
    """
    verifier = secrets.token_urlsafe(48)  # 64 characters from the unreserved set
    digest = hashlib.sha256(verifier.encode("ascii")).digest()
    challenge = base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")
    return verifier, challenge


def authorize_url(
    platform: Platform,
    *,
    server: str | None,
    client_id: str,
    redirect_uri: str,
    state: str,
    challenge: str,
) -> str:
    """Where to send the browser to ask the person for access."""
    base = f"{server}/oauth/authorize" if platform is Platform.MASTODON else X_AUTHORIZE_URL
    query = {
        "response_type": "code",
        "client_id": client_id,
        "redirect_uri": redirect_uri,
        "scope": MASTODON_SCOPES if platform is Platform.MASTODON else X_SCOPES,
        "state": state,
        "code_challenge": challenge,
        "code_challenge_method": "S256",
    }
    return f"{base}?{urlencode(query)}"


async def _post(
    url: str,
    data: Mapping[str, str],
    what: str,
    transport: httpx.AsyncBaseTransport | None,
    auth: httpx.BasicAuth | None = None,
) -> dict[str, Any]:
    try:
        async with httpx.AsyncClient(transport=transport, timeout=TIMEOUT_S) as client:
            response = await client.post(url, data=data, auth=auth or httpx.USE_CLIENT_DEFAULT)
    except httpx.HTTPError as exc:
        raise TransientError(f"{what}: {type(exc).__name__} reaching {url}") from exc
    body: Any
    try:
        body = response.json()
    except ValueError:
        body = {}
    if response.status_code >= 400:
        # The platform's own words (e.g. "invalid_grant"), never the request's secrets.
        detail = (
            body.get("error_description") or body.get("error") if isinstance(body, dict) else ""
        )
        raise error_for_status(response.status_code, f"{what}: {detail or 'refused'}")
    if not isinstance(body, dict):
        raise ConnectorError(f"{what}: the answer was not a JSON object")
    return body


async def register_mastodon_app(
    server: str,
    redirect_uri: str,
    *,
    name: str = "followback",
    transport: httpx.AsyncBaseTransport | None = None,
) -> OAuthApp:
    """Register followback as an application on a Mastodon server (``POST /api/v1/apps``)."""
    body = await _post(
        f"{server}/api/v1/apps",
        {"client_name": name, "redirect_uris": redirect_uri, "scopes": MASTODON_SCOPES},
        "registering the application",
        transport,
    )
    client_id, secret = body.get("client_id"), body.get("client_secret")
    if not isinstance(client_id, str) or not client_id:
        raise ConnectorError("registering the application: no client_id in the answer")
    return OAuthApp(client_id, secret if isinstance(secret, str) else None)


async def exchange_code(
    platform: Platform,
    *,
    server: str | None,
    app: OAuthApp,
    code: str,
    verifier: str,
    redirect_uri: str,
    transport: httpx.AsyncBaseTransport | None = None,
) -> TokenSet:
    """Trade the authorization code (with the PKCE verifier) for tokens."""
    data = {
        "grant_type": "authorization_code",
        "code": code,
        "redirect_uri": redirect_uri,
        "code_verifier": verifier,
        "client_id": app.client_id,
    }
    auth: httpx.BasicAuth | None = None
    if platform is Platform.MASTODON:
        url = f"{server}/oauth/token"
        data["scope"] = MASTODON_SCOPES
        if app.client_secret:
            data["client_secret"] = app.client_secret
    else:
        url = X_TOKEN_URL
        # X: a confidential client authenticates with HTTP Basic; a public one sends only
        # its client_id in the body.
        if app.client_secret:
            auth = httpx.BasicAuth(app.client_id, app.client_secret)
    body = await _post(url, data, "exchanging the authorization code", transport, auth)
    token = body.get("access_token")
    if not isinstance(token, str) or not token:
        raise ConnectorError("exchanging the authorization code: no access_token in the answer")
    refresh = body.get("refresh_token")
    return TokenSet(
        token, refresh if isinstance(refresh, str) else None, str(body.get("scope", ""))
    )
