"""``followback screen learning`` and ``screen reset-learning``: what screening has learned
from the brand's own approve/skip decisions, and forgetting it."""

from __future__ import annotations

import typer

from followback.cli.common import (
    AccountOption,
    ConfigOption,
    DbOption,
    JsonOption,
    MemberOption,
    console,
    member_name,
    open_settings_and_store,
    print_json,
    resolve_account,
)
from followback.domain import utcnow
from followback.services.learning import LearningStatus, learning_status, reset_learning

__all__ = ["register"]


def _show(status: LearningStatus, json_out: bool) -> None:
    if json_out:
        print_json(status.as_dict())
        return
    console.print(status.summary)
    if status.version:
        console.print(f"version {status.version}, trained {status.trained_at:%Y-%m-%d %H:%M}")
    if status.reset_at:
        console.print(f"last reset {status.reset_at:%Y-%m-%d %H:%M}")


def learning(
    account: AccountOption = None,
    db: DbOption = None,
    config: ConfigOption = None,
    json_out: JsonOption = False,
) -> None:
    """Show what screening learned from your approve/skip decisions."""
    _, store = open_settings_and_store(db, config)
    _show(learning_status(store, resolve_account(store, account)), json_out)


def reset(
    account: AccountOption = None,
    member: MemberOption = None,
    db: DbOption = None,
    config: ConfigOption = None,
    json_out: JsonOption = False,
) -> None:
    """Forget what screening learned from your decisions (the shipped model alone again)."""
    _, store = open_settings_and_store(db, config)
    account_id = resolve_account(store, account)
    by = f"member:{member_name(member)}"
    _show(reset_learning(store, account_id, clock=utcnow, by=by), json_out)


def register(screen: typer.Typer) -> None:
    """Add the learning commands to the ``screen`` group."""
    screen.command("learning")(learning)
    screen.command("reset-learning")(reset)
