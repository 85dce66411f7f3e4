"""``followback x webhook register|status|remove``: X delivers the brand's follow events to
the dashboard's public address instead of a stream read a few seconds per sync.

``register`` needs the X app's consumer secret (API secret key: X signs its CRC checks and
deliveries with it) and its app-only bearer token (X's webhook endpoints accept no other),
from ``$FOLLOWBACK_X_CONSUMER_SECRET`` and ``$FOLLOWBACK_X_APP_BEARER_TOKEN`` or a hidden
prompt, never a flag. Both are stored encrypted with the credentials key.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from followback.cli.common import (
    AccountOption,
    ConfigOption,
    DbOption,
    JsonOption,
    console,
    opened_store,
    print_json,
    resolve_account,
)
from followback.credentials import load_key
from followback.domain import utcnow
from followback.domain.errors import ErrorCode, UserError

if TYPE_CHECKING:
    from followback.connectors.x.webhook import XWebhookAdmin
    from followback.store import Store

__all__ = ["APP_TOKEN_ENV", "CONSUMER_SECRET_ENV", "register", "x_app"]

# Names of environment variables (not secrets themselves).
CONSUMER_SECRET_ENV = "FOLLOWBACK_X_CONSUMER_SECRET"  # noqa: S105
APP_TOKEN_ENV = "FOLLOWBACK_X_APP_BEARER_TOKEN"  # noqa: S105

x_app = typer.Typer(
    name="x", help="X-only settings: the follow-events webhook.", no_args_is_help=True
)
webhook_app = typer.Typer(
    name="webhook",
    help="X delivers follow and unfollow events to `followback serve` (no gaps between syncs).",
    no_args_is_help=True,
)
x_app.add_typer(webhook_app, name="webhook")


def _secret(env: str, prompt: str) -> str:
    value = os.environ.get(env, "").strip()
    if value:
        return value
    answer: str = typer.prompt(prompt, hide_input=True)
    if not answer.strip():
        raise UserError(f"{prompt} is required (or set {env})", ErrorCode.BAD_INPUT)
    return answer.strip()


def _key(secret_key: str | None) -> bytes:
    return load_key({"FOLLOWBACK_SECRET_KEY": secret_key} if secret_key else None)


@contextmanager
def _webhook_admin(
    account: str | None, db: str | None, config: Path | None
) -> Iterator[tuple[Store, int, XWebhookAdmin]]:
    """The store, the account's id and an X webhook client with the stored app token, for
    the commands that act on a registered webhook; the client is closed on the way out."""
    from followback.actions.x_webhook import admin_for

    with opened_store(db, config) as (settings, store):
        account_id = resolve_account(store, account)
        admin = admin_for(store, account_id, key=_key(settings.secret_key))
        try:
            yield store, account_id, admin
        finally:
            admin.close()


def _member() -> str:
    return os.environ.get("FOLLOWBACK_MEMBER") or "cli"


@webhook_app.command("register")
def register_command(
    public_url: Annotated[
        str | None,
        typer.Option(
            "--public-url",
            help="The dashboard's public https address (default: oauth.public_url); X calls "
            "<public-url>/hooks/x/<account id>.",
        ),
    ] = None,
    account: AccountOption = None,
    db: DbOption = None,
    config: ConfigOption = None,
    as_json: JsonOption = False,
) -> None:
    """Register the webhook with X and point the account's follow-event subscriptions at it.

    `followback serve` must already answer at the public address: X checks it (CRC) while
    registering. Safe to run again (a webhook X has at that address is reused).
    """
    from followback.actions.x_webhook import register_x_webhook
    from followback.connectors.x.webhook import XWebhookAdmin

    with opened_store(db, config) as (settings, store):
        account_id = resolve_account(store, account)
        base = public_url or settings.oauth.public_url
        if not base:
            raise UserError("say where X can reach the dashboard: --public-url https://...")
        app_token = _secret(APP_TOKEN_ENV, "X app-only bearer token")
        admin = XWebhookAdmin(app_token)
        try:
            done = register_x_webhook(
                store,
                admin,
                account_id,
                public_url=base,
                consumer_secret=_secret(CONSUMER_SECRET_ENV, "X app consumer secret"),
                app_bearer_token=app_token,
                by=_member(),
                key=_key(settings.secret_key),
                clock=utcnow,
            )
        finally:
            admin.close()
    if as_json:
        print_json(_fields(done))
        return
    verb = "re-validated" if done.reused else "registered"
    console.print(
        f"X webhook {done.webhook_id} {verb} at {done.url}; follow events of account "
        f"#{account_id} go there (subscriptions {', '.join(done.subscription_ids)}). "
        "Syncs no longer read the activity stream.",
        highlight=False,
        soft_wrap=True,
    )


@webhook_app.command("status")
def status_command(
    account: AccountOption = None,
    db: DbOption = None,
    config: ConfigOption = None,
    as_json: JsonOption = False,
) -> None:
    """What X says of the webhook (valid or not) and how many events arrived in a day."""
    from followback.actions.x_webhook import x_webhook_status

    with _webhook_admin(account, db, config) as (store, account_id, admin):
        found = x_webhook_status(store, admin, account_id, clock=utcnow)
    data = _fields(found)
    if as_json:
        print_json(data)
        return
    state = {True: "valid", False: "INVALID (X stopped delivering)", None: "unknown to X"}
    console.print(
        f"X webhook {found.webhook_id} at {found.url}: {state[found.valid]}; "
        f"{found.events_last_day} follow events in the last 24 hours"
        + (
            f", the last at {found.last_event_at:%Y-%m-%d %H:%M} UTC" if found.last_event_at else ""
        ),
        highlight=False,
        soft_wrap=True,
    )
    if found.valid is not True:
        console.print(
            "Run `followback x webhook register` again once `followback serve` answers at that "
            "address; until then the scheduled full listing is the only safety net.",
            highlight=False,
            soft_wrap=True,
        )


@webhook_app.command("replay")
def replay_command(
    hours: Annotated[
        float,
        typer.Option("--hours", help="How far back X delivers again (at most 24 hours)."),
    ] = 24,
    account: AccountOption = None,
    db: DbOption = None,
    config: ConfigOption = None,
    as_json: JsonOption = False,
) -> None:
    """Ask X to deliver the last hours' events again, after `followback serve` was down.

    Events already recorded change nothing (each event id counts once).
    """
    from followback.actions.x_webhook import request_x_webhook_replay

    with _webhook_admin(account, db, config) as (store, account_id, admin):
        done = request_x_webhook_replay(
            store, admin, account_id, hours=hours, by=_member(), clock=utcnow
        )
    if as_json:
        print_json(_fields(done))
        return
    console.print(
        f"X replay job {done.job_id}: events from {done.since:%Y-%m-%d %H:%M} to "
        f"{done.until:%Y-%m-%d %H:%M} UTC will be delivered again.",
        highlight=False,
    )


@webhook_app.command("remove")
def remove_command(
    account: AccountOption = None,
    db: DbOption = None,
    config: ConfigOption = None,
    as_json: JsonOption = False,
) -> None:
    """Delete the webhook at X and here; syncs read the activity stream again."""
    from followback.actions.x_webhook import remove_x_webhook

    with _webhook_admin(account, db, config) as (store, account_id, admin):
        done = remove_x_webhook(store, admin, account_id, by=_member(), clock=utcnow)
    if as_json:
        print_json(_fields(done))
        return
    where = "at X and here" if done.deleted_at_x else "here (X no longer had it)"
    console.print(f"X webhook {done.webhook_id} removed {where}.", highlight=False)


def _fields(value: object) -> dict[str, object]:
    from dataclasses import asdict, is_dataclass

    return asdict(value) if is_dataclass(value) and not isinstance(value, type) else {}


def register(app: typer.Typer) -> None:
    """Add the ``x`` group (``x webhook ...``) to the main app."""
    app.add_typer(x_app, name="x")
