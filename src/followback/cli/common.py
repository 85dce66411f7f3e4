"""Helpers every command uses: options, opening the store, printing JSON or tables."""

from __future__ import annotations

import asyncio
import json
import os
from collections.abc import Awaitable, Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, TypeVar

import typer
from rich.console import Console

from followback.actions.accounts import apply_settings_seed
from followback.config import Settings, default_db_url, load_settings
from followback.domain import ErrorCode, UserError, utcnow
from followback.store import AccountRepo, Store, open_store

if TYPE_CHECKING:
    from followback.connectors.base import Connector

T = TypeVar("T")

__all__ = [
    "AccountOption",
    "ConfigOption",
    "DbOption",
    "JsonOption",
    "MemberOption",
    "account_refs",
    "account_store",
    "acting_member",
    "console",
    "member_name",
    "open_settings_and_store",
    "opened_store",
    "print_json",
    "resolve_account",
    "resolve_accounts",
    "with_connector",
]

console = Console()

DbOption = Annotated[
    str | None,
    typer.Option("--db", help="Database URL (default: $FOLLOWBACK_DB_URL or an SQLite file)."),
]
ConfigOption = Annotated[
    Path | None,
    typer.Option(
        "--config", help="Settings file (default: $FOLLOWBACK_CONFIG or followback.toml)."
    ),
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print one JSON object.")]
AccountOption = Annotated[
    str | None, typer.Option("--account", "-a", help="Account id, handle or platform:handle.")
]
MemberOption = Annotated[
    str | None,
    typer.Option("--as", help="The team member acting (default: $FOLLOWBACK_MEMBER)."),
]


def member_name(value: str | None) -> str:
    """The team member a command acts for: ``--as`` or ``$FOLLOWBACK_MEMBER``; required."""
    member = value or os.environ.get("FOLLOWBACK_MEMBER", "")
    if not member.strip():
        raise UserError("say who you are: --as MEMBER (or set FOLLOWBACK_MEMBER)")
    return member.strip()


def acting_member(store: Store, value: str | None, default: str) -> str:
    """Who a command acts for: ``--as`` or ``$FOLLOWBACK_MEMBER``, which must name an
    active agent or admin (an audit entry under a mistyped name would blame nobody), else
    ``default`` when neither is given."""
    from followback.domain import Role
    from followback.store.team import TeamRepo

    name = (value or os.environ.get("FOLLOWBACK_MEMBER", "")).strip()
    if not name:
        return default
    with store.read() as s:
        TeamRepo(s).get_active(name, Role.AGENT)
    return name


def open_settings_and_store(
    db: str | None = None, config: Path | None = None
) -> tuple[Settings, Store]:
    """Load settings (file + environment + ``--db``) and open the migrated store.

    Policies written in followback.toml are stored for connected accounts that have none
    yet, so every command (and the dashboard, which edits them) sees the same policy.
    """
    if config is not None and not config.is_file():
        # Named on purpose: silently running with defaults would hide a typo.
        raise UserError(f"no settings file at {config} (named by --config)", ErrorCode.BAD_CONFIG)
    settings = load_settings(config, db_url=db)
    # Only followback's own default location is created for you; a missing directory in a
    # URL you wrote is more likely a typo than a wish for a new, empty database.
    store = open_store(settings.db_url, create_dirs=settings.db_url == default_db_url())
    if settings.accounts:
        apply_settings_seed(store, settings.accounts, utcnow)
    return settings, store


@contextmanager
def opened_store(
    db: str | None = None, config: Path | None = None
) -> Iterator[tuple[Settings, Store]]:
    """``open_settings_and_store`` for one command: the store's connections are closed after."""
    settings, store = open_settings_and_store(db, config)
    try:
        yield settings, store
    finally:
        store.dispose()


@contextmanager
def account_store(
    db: str | None, config: Path | None, account: str | None
) -> Iterator[tuple[Store, int]]:
    """The opened store and the id of the account ``--account`` names (or the only one)."""
    with opened_store(db, config) as (_, store):
        yield store, resolve_account(store, account)


def resolve_accounts(store: Store, ref: str | None) -> list[int]:
    """The account ``ref`` names, or every connected account; raise if there are none."""
    with store.read() as s:
        repo = AccountRepo(s)
        if ref:
            return [repo.resolve(ref).id]
        ids = [a.id for a in repo.list()]
    if not ids:
        raise UserError("no accounts connected yet: run `followback connect`", ErrorCode.NOT_FOUND)
    return ids


def account_refs(store: Store, ids: Sequence[int] | None = None) -> list[str]:
    """``platform:handle`` of the accounts ``ids`` (default: all), as ``--account`` takes it."""
    with store.read() as s:
        accounts = AccountRepo(s).list()
    return [
        f"{a.platform.value}:{a.handle.lstrip('@')}" for a in accounts if ids is None or a.id in ids
    ]


def resolve_account(
    store: Store, ref: str | None, owners: Mapping[int, Sequence[int]] | None = None
) -> int:
    """The account ``ref`` names, or the only connected one.

    With several accounts connected and no ``ref``, ``owners`` (account id -> the decision or
    action ids the command was given) decides when the ids all belong to one account, so
    ``followback approve 12 13`` needs no ``--account``; anything else is refused with the
    accounts to choose from, written as ``--account`` takes them.
    """
    ids = resolve_accounts(store, ref)
    if len(ids) == 1:
        return ids[0]
    if owners and len(owners) == 1:
        return next(iter(owners))
    if owners:
        raise UserError(
            "those ids belong to several accounts ("
            + ", ".join(account_refs(store, list(owners)))
            + "); give the ids of one account at a time, with --account",
            ErrorCode.BAD_INPUT,
        )
    raise UserError(
        "several accounts are connected; choose one with --account "
        + " or ".join(account_refs(store)),
        ErrorCode.BAD_INPUT,
    )


def with_connector(store: Store, account_id: int, job: Callable[[Connector], Awaitable[T]]) -> T:
    """Run ``job`` with the account's connector in a fresh event loop, then close it.

    The connector is closed in the same loop as its calls (its HTTP client belongs to it).
    """
    from followback.services.connect import connector_for  # lazy: keeps --help fast

    async def run() -> T:
        connector = connector_for(store, account_id)
        try:
            return await job(connector)
        finally:
            await connector.aclose()

    return asyncio.run(run())


def print_json(data: Any) -> None:
    """Print ``data`` as JSON on stdout (datetimes and other values as strings)."""
    typer.echo(json.dumps(data, default=str, ensure_ascii=False, indent=2))
