"""Screening's second looks on the command line: ``screen learning`` and
``screen reset-learning`` (what was learned from the brand's approve/skip decisions, and
forgetting it), ``screen unfollow-list`` and ``screen unfollow-answer`` (followed accounts
that turned suspicious, and a person's answer: keep, or queue an unfollow)."""

from __future__ import annotations

from typing import Annotated

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
from followback.services.second_looks import list_unfollow_checks, resolve_unfollow_check

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


def unfollow_list(
    account: AccountOption = None,
    db: DbOption = None,
    config: ConfigOption = None,
    json_out: JsonOption = False,
) -> None:
    """Followed accounts that turned suspicious since: the "unfollow?" list."""
    _, store = open_settings_and_store(db, config)
    checks = list_unfollow_checks(store, resolve_account(store, account))
    if json_out:
        print_json({"unfollow": [_row(c) for c in checks]})
        return
    if not checks:
        console.print("No followed account looks suspicious now.")
    for c in checks:
        why = "; ".join(str(r.get("text", "")) for r in c.reasons)
        score = "—" if c.bot_score is None else f"{c.bot_score:.2f}"
        console.print(f"{c.remote_id}  @{c.handle}  {score}  {why}")


def _row(c: object) -> dict[str, object]:
    return {k: getattr(c, k) for k in ("remote_id", "handle", "bot_score", "reasons", "checked_at")}


def unfollow_answer(
    remote_id: Annotated[str, typer.Argument(help="The flagged account's id.")],
    keep: Annotated[
        bool, typer.Option("--keep/--unfollow", help="Keep following, or queue an unfollow.")
    ],
    account: AccountOption = None,
    member: MemberOption = None,
    db: DbOption = None,
    config: ConfigOption = None,
    json_out: JsonOption = False,
) -> None:
    """Answer an "unfollow?" flag: --keep, or --unfollow (queued, sent at the platform's pace)."""
    _, store = open_settings_and_store(db, config)
    account_id = resolve_account(store, account)
    by = f"member:{member_name(member)}"
    state = resolve_unfollow_check(store, account_id, remote_id, keep=keep, by=by, clock=utcnow)
    if json_out:
        print_json({"remote_id": remote_id, "state": state})
    else:
        console.print("kept" if state == "kept" else "unfollow queued")


def register(screen: typer.Typer) -> None:
    """Add the second-look commands to the ``screen`` group."""
    screen.command("learning")(learning)
    screen.command("reset-learning")(reset)
    screen.command("unfollow-list")(unfollow_list)
    screen.command("unfollow-answer")(unfollow_answer)
