"""Screening's second looks on the command line: ``screen learning`` and
``screen reset-learning`` (what was learned from the brand's approve/skip decisions, and
forgetting it), ``screen unfollow-list`` and ``screen unfollow-answer`` (followed accounts
that turned suspicious, and a person's answer: keep, or queue an unfollow)."""

from __future__ import annotations

from typing import Annotated

import typer

from followback.actions.learning import reset_learning, resolve_unfollow_check
from followback.cli.common import (
    AccountOption,
    ConfigOption,
    DbOption,
    JsonOption,
    MemberOption,
    account_store,
    console,
    member_name,
    print_json,
)
from followback.domain import utcnow
from followback.services.learning import LearningStatus, learning_status
from followback.services.second_looks import list_unfollow_checks

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
    with account_store(db, config, account) as (store, account_id):
        status = learning_status(store, account_id)
    _show(status, json_out)


def reset(
    account: AccountOption = None,
    member: MemberOption = None,
    db: DbOption = None,
    config: ConfigOption = None,
    json_out: JsonOption = False,
) -> None:
    """Forget what screening learned from your decisions (the shipped model alone again)."""
    by = f"member:{member_name(member)}"
    with account_store(db, config, account) as (store, account_id):
        status = reset_learning(store, account_id, clock=utcnow, by=by)
    _show(status, json_out)


def unfollow_list(
    account: AccountOption = None,
    db: DbOption = None,
    config: ConfigOption = None,
    json_out: JsonOption = False,
) -> None:
    """Followed accounts that turned suspicious since: the "unfollow?" list."""
    with account_store(db, config, account) as (store, account_id):
        checks = list_unfollow_checks(store, account_id)
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
    by = f"member:{member_name(member)}"
    with account_store(db, config, account) as (store, account_id):
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
