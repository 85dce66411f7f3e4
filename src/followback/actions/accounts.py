"""Connecting a brand account from the dashboard: check the credentials with the platform
(``whoami``), then store the account with its credentials encrypted, audited."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlparse

from followback.config import AccountSettings
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
from followback.domain.errors import ConfigError, ErrorCode, UserError
from followback.domain.rulebook import find_rule, get_rule, refused_request
from followback.store import AccountRepo, AuditRepo, Store
from followback.store.edges import TrackingStateRepo
from followback.store.listening import seed_listen_from_settings
from followback.store.policies import PolicyRepo, account_capabilities, seed_from_settings
from followback.store.server_facts import ServerFactsRepo

__all__ = [
    "BLUESKY_SERVER",
    "ConnectedAccount",
    "apply_settings_seed",
    "canonical_handle",
    "record_account",
    "record_connected_account",
    "record_follow_mode",
    "record_policy",
    "refused_credentials",
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
            refused_credentials(platform, exc),
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
    return record_account(
        store,
        platform,
        profile,
        creds,
        key=key,
        by=by,
        clock=clock,
        server=base,
        mode=mode,
        via=via,
    )


def record_account(
    store: Store,
    platform: Platform,
    profile: Profile,
    creds: Credentials,
    *,
    key: bytes,
    by: str,
    clock: Clock,
    server: str | None,
    mode: FollowMode | None = None,
    via: str = "form",
) -> ConnectedAccount:
    """Store (or update) a verified account with its credentials encrypted, audited.

    Without ``mode``, a new account gets the platform's default and an account connected
    before keeps its mode: renewing an expired token must not turn a brand in review or
    dry-run back to automatic following."""
    stored = canonical_handle(platform, profile, server)
    with store.session() as s:
        known = AccountRepo(s).find_row(platform, stored)
        chosen = mode or (
            FollowMode(known.mode) if known else DEFAULT_CAPABILITIES[platform].default_mode
        )
        # The display name is who the brand says it is (a support desk bearing it is
        # an impersonator: screening/impersonation.py).
        account_id = AccountRepo(s).upsert(
            platform, stored, profile.remote_id, chosen, encrypt_credentials(creds, key), server,
            name=profile.display_name.strip(),
        )  # fmt: skip
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


def record_follow_mode(
    store: Store, account_id: int, mode: FollowMode, *, by: str, clock: Clock
) -> None:
    """Change how followback acts for the account, refusing auto where the platform or the
    account's server forbids automated following (naming the rule)."""
    with store.session() as s:
        repo = AccountRepo(s)
        account = repo.get(account_id)
        caps = DEFAULT_CAPABILITIES.get(account.platform)
        if mode is FollowMode.AUTO and caps is not None and not caps.automated_follow_allowed:
            detail = (
                f"{account.platform.value} does not allow automated following; "
                "use review or dry-run"
            )
            rule = find_rule(account.platform, "automated_follow")
            if rule is not None:
                raise refused_request(rule, detail)
            raise UserError(detail, ErrorCode.NOT_ALLOWED, platform=account.platform.value)
        facts = ServerFactsRepo(s).find(account_id)
        if mode is FollowMode.AUTO and facts is not None and facts.forbidding_automation:
            raise refused_request(
                get_rule(account.platform, "server_rules_automation"),
                f"the server's rule {facts.forbidding_automation[0]!r} ({facts.rules_url}) "
                "forbids automated following; use review or dry-run",
            )
        repo.set_mode(account_id, mode)
        AuditRepo(s).record(
            by, "account.mode", f"account:{account_id}", account_id, clock(), mode=mode
        )


def apply_settings_seed(
    store: Store,
    accounts: Sequence[AccountSettings],
    clock: Clock,
    *,
    mode_chosen_for: int | None = None,
) -> int:
    """Store the settings file's policy, listening rules and mode for connected accounts
    (what a person saved in the dashboard wins until the file changes); returns how many
    changed. ``mode_chosen_for``: an account whose mode a person has just chosen (``connect
    --mode``), which the file's current mode does not override."""
    with store.session() as s:
        changed = seed_from_settings(s, accounts) + seed_listen_from_settings(s, accounts)
        changed += _seed_modes(s, accounts, clock, mode_chosen_for)
        if changed:
            AuditRepo(s).record(
                "system", "settings.seed", "accounts", None, clock(), changed=changed
            )
    return changed


_FILE_MODE = "settings.mode"  # sync_state stream: the file's mode last applied


def _seed_modes(
    session: Any, accounts: Sequence[AccountSettings], clock: Clock, chosen_for: int | None
) -> int:
    """Apply each configured account's ``mode`` when the file's value is new (first seen,
    or edited since): a brand that writes ``mode = "dry-run"`` after ``connect`` is never
    acted for (a rehearsal on snac2 followed 8 accounts for one). A mode chosen later in
    the dashboard or with ``connect --mode`` stays until the file's mode changes again."""
    repo, seen = AccountRepo(session), TrackingStateRepo(session)
    changed = 0
    for i, acct in enumerate(accounts):
        row = repo.find_row(acct.platform, acct.handle) if acct.mode else None
        if acct.mode is None or row is None:
            continue
        last = seen.find(row.id, _FILE_MODE)
        if last is not None and last.cursor == acct.mode.value:
            continue
        caps = DEFAULT_CAPABILITIES.get(acct.platform)
        if acct.mode is FollowMode.AUTO and caps is not None and not caps.automated_follow_allowed:
            raise ConfigError(
                f"accounts[{i}].mode: {acct.platform.value} does not allow automated "
                "following; use review or dry-run",
                key=f"accounts.{i}.mode",
            )
        if row.mode != acct.mode.value and row.id != chosen_for:
            repo.set_mode(row.id, acct.mode)
            AuditRepo(session).record(
                "config", "account.mode", f"account:{row.id}", row.id, clock(), mode=acct.mode
            )
            changed += 1
        seen.record(row.id, _FILE_MODE, clock(), cursor=acct.mode.value)
    return changed


def record_policy(
    store: Store,
    account_id: int,
    policy: Mapping[str, Any],
    limits: Mapping[str, Any],
    *,
    by: str,
    clock: Clock,
) -> str:
    """Store a new version of the account's follow-back policy and limit overrides, audited;
    returns the policy's version. Unknown limit names are refused and nothing is kept."""
    with store.session() as s:
        account = AccountRepo(s).get(account_id)
        repo = PolicyRepo(s)
        before = repo.get(account_id).settings.model_dump(mode="json")
        stored = repo.record(account_id, dict(policy), dict(limits), by=by, at=clock())
        # Refused inside the transaction, so nothing is kept.
        account_capabilities(account.platform, stored)
        after = stored.settings.model_dump(mode="json")
        AuditRepo(s).record(
            by,
            "policy.update",
            f"account:{account_id}",
            account_id,
            clock(),
            changed=sorted(k for k in after if before.get(k) != after.get(k)),
            limits=sorted(limits),
            version=stored.policy.version,
        )
    return stored.policy.version


def refused_credentials(platform: Platform, exc: Exception) -> str:
    """ "bluesky refused these credentials: <why>", without the platform named twice."""
    return f"{platform.value} refused these credentials: " + str(exc).removeprefix(
        f"{platform.value}: "
    )
