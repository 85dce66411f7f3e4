"""``followback connect bluesky|mastodon|x``: add a brand account and check that it works.

Interactive by default (prompts, with the OAuth flow on Mastodon and X). Scripts and CI
give the secret on standard input or in the environment, never as a flag (every user on
the machine can read a command line in ``ps``):

    echo "$APP_PASSWORD" | followback connect bluesky --handle acme.bsky.social --token-stdin
    FOLLOWBACK_CONNECT_TOKEN=... followback connect mastodon --server https://social.example
    FOLLOWBACK_X_REFRESH_TOKEN=... followback connect x --token-stdin --client-id ID < token

The credentials are verified with the platform (``whoami``), encrypted with the key
from ``FOLLOWBACK_SECRET_KEY`` (or the OS keyring) and stored with the account. They
are never printed.
"""

from __future__ import annotations

import asyncio
import os
import sys
from typing import Annotated

import typer

from followback.actions.accounts import apply_settings_seed, record_account, refused_credentials
from followback.cli.common import (
    ConfigOption,
    DbOption,
    JsonOption,
    console,
    open_settings_and_store,
    print_json,
)
from followback.config import Settings
from followback.connectors.base import Connector
from followback.connectors.registry import get_factory
from followback.credentials import Credentials, load_key
from followback.domain import (
    AuthExpiredError,
    FollowMode,
    Platform,
    Profile,
    utcnow,
)
from followback.domain.errors import ErrorCode, UserError
from followback.store import AccountRepo, Store

__all__ = ["connect", "register"]

BLUESKY_SERVER = "https://bsky.social"
MASTODON_SCOPES = ["read", "write", "follow"]
X_SCOPES = [
    "tweet.read",
    "tweet.write",
    "users.read",
    "follows.read",
    "follows.write",
    "dm.read",
    "dm.write",
    "offline.access",
]
CONNECTABLE = (Platform.BLUESKY, Platform.MASTODON, Platform.X)


def _ask(
    value: str | None, prompt: str, *, secret: bool = False, default: str | None = None
) -> str:
    if value:
        return value
    answer: str = typer.prompt(prompt, default=default, hide_input=secret)
    if not answer.strip():
        raise UserError(f"{prompt} is required", ErrorCode.BAD_INPUT)
    return answer.strip()


# Names of environment variables (not secrets themselves).
TOKEN_ENV = "FOLLOWBACK_CONNECT_TOKEN"  # noqa: S105
X_REFRESH_ENV = "FOLLOWBACK_X_REFRESH_TOKEN"
X_CLIENT_SECRET_ENV = "FOLLOWBACK_X_CLIENT_SECRET"  # noqa: S105
_SECRET_FLAGS = ("--app-password", "--token", "--refresh-token", "--client-secret")


def _refuse_secret_flags(given: dict[str, str | None]) -> None:
    named = [flag for flag, value in given.items() if value]
    if named:
        raise UserError(
            f"{', '.join(named)} would show the secret to every user of this machine (ps); "
            f"answer the prompt, pipe it with --token-stdin or set {TOKEN_ENV} "
            f"(X: {X_REFRESH_ENV}, {X_CLIENT_SECRET_ENV})",
            ErrorCode.BAD_INPUT,
        )


def _secret_from(stdin: bool) -> str | None:
    """The secret piped on standard input (first line) or set in the environment."""
    if stdin:
        line = sys.stdin.readline().strip()
        if not line:
            raise UserError("--token-stdin: standard input is empty", ErrorCode.BAD_INPUT)
        return line
    return os.environ.get(TOKEN_ENV, "").strip() or None


def _bluesky(
    handle: str | None,
    server: str | None,
    app_password: str | None,
    labelers: str | None = None,
    jetstream: str | None = None,
) -> tuple[str, str, Credentials]:
    handle = _ask(handle, "Bluesky handle (e.g. acme.bsky.social)").lstrip("@")
    server = server or BLUESKY_SERVER
    console.print(
        "Create an app password in Bluesky under Settings > Privacy and security > "
        "App passwords. It needs DM access ('Allow access to your direct messages') "
        "for followback to read and answer direct messages; connect checks it."
    )
    secret = _ask(app_password, "App password", secret=True)
    extra = {"labelers": labelers.strip()} if labelers and labelers.strip() else {}
    if jetstream and jetstream.strip():
        url = jetstream.strip()
        if not url.startswith(("wss://", "ws://")):
            raise UserError(f"--jetstream must be a wss:// URL, got {url!r}", ErrorCode.BAD_INPUT)
        extra["jetstream_url"] = url
    return handle, server, Credentials({"app_password": secret, **extra})


def _mastodon_oauth(server: str) -> str:
    """The OAuth app + authorization-code flow, for people without a token."""
    from mastodon import Mastodon

    client_id, client_secret = Mastodon.create_app(
        "followback", scopes=MASTODON_SCOPES, api_base_url=server
    )
    api = Mastodon(client_id=client_id, client_secret=client_secret, api_base_url=server)
    url = api.auth_request_url(scopes=MASTODON_SCOPES)
    console.print(f"Open this address, approve followback, and paste the code shown:\n{url}")
    code = _ask(None, "Authorization code", secret=True)
    token: str = api.log_in(code=code, scopes=MASTODON_SCOPES)
    return token


def _mastodon(
    handle: str | None, server: str | None, token: str | None
) -> tuple[str, str, Credentials]:
    if not server:
        handle = _ask(handle, "Mastodon account (e.g. acme@mastodon.social)").lstrip("@")
        if "@" not in handle:
            raise UserError("give the account as user@server, or --server", ErrorCode.BAD_INPUT)
        server = "https://" + handle.split("@", 1)[1]
    if not token:
        token = _mastodon_oauth(server)
    return handle or "", server.rstrip("/"), Credentials(access_token=token)


def _x_oauth(client_id: str, client_secret: str | None) -> dict[str, str]:
    """OAuth 2.0 authorization code with PKCE (user context)."""
    import tweepy

    handler = tweepy.OAuth2UserHandler(
        client_id=client_id,
        redirect_uri=_ask(None, "Redirect URI registered for your X app"),
        scope=X_SCOPES,
        client_secret=client_secret,
    )
    url = handler.get_authorization_url()
    console.print(f"Open this address, approve followback, then paste where you land:\n{url}")
    token = handler.fetch_token(_ask(None, "Address after approval", secret=True))
    out = {"access_token": str(token["access_token"]), "client_id": client_id}
    if token.get("refresh_token"):
        out["refresh_token"] = str(token["refresh_token"])
    if client_secret:
        out["client_secret"] = client_secret
    return out


def _x(
    token: str | None,
    refresh_token: str | None,
    client_id: str | None,
    client_secret: str | None,
    spend_cap: str | None,
    activity_seconds: float | None = None,
) -> tuple[str, None, Credentials]:
    if token:
        creds = {"access_token": token}
        for key, value in (
            ("refresh_token", refresh_token),
            ("client_id", client_id),
            ("client_secret", client_secret),
        ):
            if value:
                creds[key] = value
    else:
        creds = _x_oauth(_ask(client_id, "X app OAuth 2.0 client id"), client_secret)
    if spend_cap:
        creds["spend_cap_usd"] = spend_cap
    if activity_seconds is not None:
        creds["activity_seconds"] = str(activity_seconds)
    return "", None, Credentials(creds)


async def _verify(connector: Connector) -> tuple[Profile, bool | None]:
    """The account's profile, and whether its credentials reach DMs where the platform
    grants that separately (a Bluesky app password needs DM access); None elsewhere or
    when the chat service did not answer."""
    try:
        profile = await connector.whoami()
        check = getattr(connector, "check_dm_access", None)
        return profile, (await check()) if callable(check) else None
    finally:
        await connector.aclose()


def _dm_access_note(access: bool | None) -> str:
    if access is False:
        return (
            "This app password has no DM access: followback cannot read or answer direct "
            "messages. Create an app password with 'Allow access to your direct messages' "
            "and connect again if it should."
        )
    if access is True:
        return "DM access: yes (followback can read and answer direct messages)."
    # docs/connectors.md promises yes, no, or that the chat service did not answer; the
    # last said nothing at all (acceptance rehearsal on a PDS without a chat service).
    return (
        "DM access: unknown (Bluesky's chat service did not answer); direct messages are "
        "read when it does."
    )


def connect(
    platform: Annotated[str, typer.Argument(help="bluesky, mastodon or x")],
    handle: Annotated[str | None, typer.Option("--handle", help="The account's handle.")] = None,
    server: Annotated[
        str | None, typer.Option("--server", help="PDS (Bluesky) or server (Mastodon) URL.")
    ] = None,
    token_stdin: Annotated[
        bool,
        typer.Option(
            "--token-stdin",
            help="Read the Bluesky app password or the Mastodon/X access token from the "
            "first line of standard input (else $FOLLOWBACK_CONNECT_TOKEN, else a prompt).",
        ),
    ] = False,
    client_id: Annotated[str | None, typer.Option("--client-id", help="X app client id.")] = None,
    app_password: Annotated[str | None, typer.Option("--app-password", hidden=True)] = None,
    token: Annotated[str | None, typer.Option("--token", hidden=True)] = None,
    refresh_token: Annotated[str | None, typer.Option("--refresh-token", hidden=True)] = None,
    client_secret: Annotated[str | None, typer.Option("--client-secret", hidden=True)] = None,
    spend_cap: Annotated[
        str | None, typer.Option("--spend-cap-usd", help="X: stop spending past this (USD).")
    ] = None,
    activity_seconds: Annotated[
        float | None,
        typer.Option(
            "--activity-seconds",
            min=0,
            help="X: seconds each sync reads the X Activity API's follow events instead of "
            "listing followers, where the plan includes it (default 20; 0: always list).",
        ),
    ] = None,
    mode: Annotated[
        str | None,
        typer.Option("--mode", help="auto, review or dry-run (default: the platform's)."),
    ] = None,
    labelers: Annotated[
        str | None,
        typer.Option(
            "--labelers",
            help="Bluesky: DIDs of labelers you subscribe to (comma-separated); their labels "
            "join Bluesky's own in screening.",
        ),
    ] = None,
    jetstream: Annotated[
        str | None,
        typer.Option(
            "--jetstream",
            help="Bluesky: a Jetstream URL (e.g. wss://jetstream2.us-east.bsky.network): new "
            "followers and mentions are read from it instead of polling notifications.",
        ),
    ] = None,
    db: DbOption = None,
    config: ConfigOption = None,
    as_json: JsonOption = False,
) -> None:
    """Add a Bluesky, Mastodon or X account: check the credentials, store them encrypted."""
    target = Platform(platform) if platform in {p.value for p in CONNECTABLE} else None
    if target is None:
        raise UserError(
            f"cannot connect {platform!r}: choose bluesky, mastodon or x",
            ErrorCode.UNKNOWN_PLATFORM,
        )
    # Refused (not dropped) so a script that passes them learns the safe way at once.
    _refuse_secret_flags(
        dict(zip(_SECRET_FLAGS, (app_password, token, refresh_token, client_secret), strict=True))
    )
    secret = _secret_from(token_stdin)
    settings, store = open_settings_and_store(db, config)
    key = load_key({"FOLLOWBACK_SECRET_KEY": settings.secret_key} if settings.secret_key else None)
    if target is Platform.BLUESKY:
        handle, server, creds = _bluesky(handle, server, secret, labelers, jetstream)
    elif target is Platform.MASTODON:
        handle, server, creds = _mastodon(handle, server, secret)
    else:
        handle, server, creds = _x(
            secret,
            os.environ.get(X_REFRESH_ENV) or None,
            client_id,
            os.environ.get(X_CLIENT_SECRET_ENV) or None,
            spend_cap,
            activity_seconds,
        )

    connector = get_factory(target)(handle, creds, server)
    try:
        profile, dm_access = asyncio.run(_verify(connector))
    except AuthExpiredError as exc:
        raise UserError(refused_credentials(target, exc), ErrorCode.UNAUTHENTICATED) from exc
    connected = record_account(
        store,
        target,
        profile,
        creds,
        key=key,
        by=os.environ.get("FOLLOWBACK_MEMBER") or "cli",
        clock=utcnow,
        server=server,
        mode=FollowMode(mode) if mode else None,
        via="cli",
    )
    account_id, stored_handle = connected.account_id, connected.handle
    # The settings file's mode for this account applies now, unless --mode chose one.
    apply_settings_seed(
        store, settings.accounts, utcnow, mode_chosen_for=account_id if mode else None
    )
    follow_mode = _stored_mode(store, account_id)
    result: dict[str, object] = {
        "account_id": account_id,
        "platform": target.value,
        "handle": stored_handle,
        "remote_id": profile.remote_id,
        "followers": profile.followers_count,
        "mode": follow_mode.value,
    }
    if target is Platform.BLUESKY:
        result["dm_access"] = dm_access
    forecast_lines: list[str] = []
    if target is Platform.X:
        forecast_lines = _x_forecast(settings, profile, result)
    if as_json:
        print_json(result)
        return
    console.print(
        f"Connected {target.value} account [bold]{stored_handle}[/bold] "
        f"({profile.followers_count} followers) as account #{account_id}, "
        f"mode {follow_mode.value}. Credentials stored encrypted."
    )
    note = _dm_access_note(dm_access) if target is Platform.BLUESKY else None
    if note:
        console.print(note, highlight=False)
    _note_missing_block(settings, target, stored_handle)
    for line in forecast_lines:
        console.print(line, highlight=False, soft_wrap=True)


def _note_missing_block(settings: Settings, target: Platform, handle: str) -> None:
    """Say so when no ``[[accounts]]`` block of the settings file is this account: the file
    ``init`` writes names an example account, whose policy silently applied to nobody in an
    acceptance rehearsal where a new user followed the README."""
    if any(a.platform is target and a.handle == handle for a in settings.accounts):
        return
    console.print(
        f'note: followback.toml has no [[accounts]] block with platform = "{target.value}" '
        f'and handle = "{handle}": add one (or edit the example `init` wrote) for this '
        "account's mode, policy and listening.",
        highlight=False,
        markup=False,
        soft_wrap=True,
    )


def _stored_mode(store: Store, account_id: int) -> FollowMode:
    with store.read() as s:
        return AccountRepo(s).get(account_id).mode


def _x_forecast(settings: Settings, profile: Profile, result: dict[str, object]) -> list[str]:
    """A month's X cost for the account just connected (its size; the plan not known yet)."""
    from followback.cli.x_cost import format_forecast, x_month_forecast
    from followback.tracking.x_forecast import assumed_activity

    activity = assumed_activity(profile.followers_count, profile.following_count)
    forecast = x_month_forecast(activity, settings, owned_reads=False, api_follow=None)
    owned = x_month_forecast(activity, settings, owned_reads=True, api_follow=None)
    result["x_forecast"] = {**forecast.as_dict(), "owned_reads_total_usd": str(owned.total_usd)}
    return format_forecast(forecast, owned)


def register(app: typer.Typer) -> None:
    app.command("connect")(connect)
