"""Connecting a brand account from the dashboard: check the credentials with the platform
(``whoami``), then store the account with its credentials encrypted, audited."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from urllib.parse import urlparse

from followback.connectors.registry import get_factory
from followback.credentials import Credentials, encrypt_credentials
from followback.domain import (
    DEFAULT_CAPABILITIES,
    AuthExpiredError,
    Clock,
    ConnectorError,
    FollowMode,
    Platform,
    Profile,
)
from followback.domain.errors import ErrorCode, UserError
from followback.store import AccountRepo, AuditRepo, Store

__all__ = [
    "BLUESKY_SERVER",
    "ConnectedAccount",
    "canonical_handle",
    "record_connected_account",
    "server_url",
]

BLUESKY_SERVER = "https://bsky.social"
_SECRET_NAME = {
    Platform.BLUESKY: "app_password",
    Platform.MASTODON: "access_token",
    Platform.X: "access_token",
}


@dataclass(frozen=True, slots=True)
class ConnectedAccount:
    account_id: int
    platform: str
    handle: str
    remote_id: str
    followers: int
    mode: str


def canonical_handle(platform: Platform, profile: Profile, server: str | None) -> str:
    """The handle as stored: Mastodon accounts always as ``user@server``."""
    handle = profile.handle.lstrip("@")
    if platform is Platform.MASTODON and "@" not in handle and server:
        handle = f"{handle}@{urlparse(server).netloc}"
    return handle


def server_url(platform: Platform, handle: str, server: str | None) -> str | None:
    """The server's base URL: as given (https:// added), else the platform's or the handle's."""
    if server:
        if not server.startswith(("https://", "http://")):
            server = f"https://{server}"
        return server.rstrip("/")
    if platform is Platform.BLUESKY:
        return BLUESKY_SERVER
    if platform is Platform.MASTODON:
        host = handle.lstrip("@").partition("@")[2]
        if not host:
            raise UserError(
                "give the Mastodon account as user@server, or its server",
                ErrorCode.BAD_INPUT,
                field="server",
            )
        return f"https://{host}"
    return None


async def record_connected_account(
    store: Store,
    platform: Platform,
    *,
    handle: str,
    secret: str,
    key: bytes,
    by: str,
    clock: Clock,
    server: str | None = None,
    mode: FollowMode | None = None,
    extra: Mapping[str, str] | None = None,
    via: str = "form",
) -> ConnectedAccount:
    """Verify the credentials with the platform, then add (or update) the account.

    ``extra`` credentials are stored beside the secret (X: the refresh token and OAuth
    client, so the two-hour access token can be renewed); ``via`` is audited."""
    if platform not in _SECRET_NAME:
        raise UserError(
            f"cannot connect {platform.value}: choose bluesky, mastodon or x",
            ErrorCode.UNKNOWN_PLATFORM,
            field="platform",
        )
    if not secret.strip():
        what = "app password" if platform is Platform.BLUESKY else "access token"
        raise UserError(f"the {what} is required", ErrorCode.BAD_INPUT, field="secret")
    handle = handle.strip().lstrip("@")
    if platform is Platform.BLUESKY and not handle:
        raise UserError("the Bluesky handle is required", ErrorCode.BAD_INPUT, field="handle")
    base = server_url(platform, handle, server)
    creds = Credentials({**(extra or {}), _SECRET_NAME[platform]: secret.strip()})
    connector = get_factory(platform)(handle, creds, base)
    try:
        profile = await connector.whoami()
    except AuthExpiredError as exc:
        raise UserError(
            f"{platform.value} refused these credentials: {exc}",
            ErrorCode.UNAUTHENTICATED,
            field="secret",
        ) from exc
    except ConnectorError as exc:
        raise UserError(
            f"could not reach {platform.value} at {base or 'its API'}: {exc}",
            ErrorCode.BAD_INPUT,
            field="server",
        ) from exc
    finally:
        await connector.aclose()
    chosen = mode or DEFAULT_CAPABILITIES[platform].default_mode
    stored = canonical_handle(platform, profile, base)
    with store.session() as s:
        account_id = AccountRepo(s).upsert(
            platform, stored, profile.remote_id, chosen, encrypt_credentials(creds, key), base
        )
        AuditRepo(s).record(
            by,
            "account.connect",
            f"{platform.value}:{stored}",
            account_id,
            clock(),
            mode=chosen,
            via=via,
        )
    return ConnectedAccount(
        account_id, platform.value, stored, profile.remote_id, profile.followers_count, chosen
    )
