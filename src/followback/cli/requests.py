"""``followback requests``: the follow requests of a locked brand account (Mastodon).

``list`` screens each requester like a new follower and shows the verdict and reasons;
``accept`` and ``reject`` answer one request after a person's review (audited, named).
"""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

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
    with_connector,
)
from followback.domain import utcnow

__all__ = ["register", "requests_app"]


requests_app = typer.Typer(
    name="requests",
    help="Follow requests of a locked account (Mastodon): screen them, then accept or reject.",
    no_args_is_help=True,
)

RemoteArgument = Annotated[
    str, typer.Argument(metavar="ACCOUNT_ID", help="The requester's account id on the server.")
]


@requests_app.command("list")
def list_command(
    account: AccountOption = None,
    db: DbOption = None,
    config: ConfigOption = None,
    json_out: JsonOption = False,
) -> None:
    """Pending follow requests, each screened: verdict, bot score and reasons."""
    from followback.services.follow_requests import screen_follow_requests

    with account_store(db, config, account) as (store, account_id):
        screened = with_connector(
            store,
            account_id,
            lambda c: screen_follow_requests(store, c, account_id, clock=utcnow),
        )
    rows = [
        {
            "remote_id": r.profile.remote_id,
            "handle": r.profile.handle,
            "verdict": r.verdict.value,
            "bot_score": round(r.bot_score, 3),
            "reasons": [reason.text for reason in r.reasons],
        }
        for r in screened
    ]
    if json_out:
        print_json({"account_id": account_id, "requests": rows})
        return
    if not rows:
        console.print("no pending follow requests")
        return
    table = Table("id", "handle", "verdict", "bot score", "reasons")
    for r in screened:
        reasons = "; ".join(reason.text for reason in r.reasons)
        table.add_row(r.profile.remote_id, r.profile.handle, r.verdict.value,
                      f"{r.bot_score:.3f}", reasons)  # fmt: skip
    console.print(table)


def _answer(
    remote_id: str, accept: bool, member: str | None, account: str | None,
    db: str | None, config: Path | None, json_out: bool,
) -> None:  # fmt: skip
    from followback.actions.follow_requests import answer_follow_request

    who = member_name(member)
    with account_store(db, config, account) as (store, account_id):
        result = with_connector(
            store,
            account_id,
            lambda c: answer_follow_request(
                store, c, account_id, remote_id, accept=accept, by=who, clock=utcnow
            ),
        )
    if json_out:
        print_json(asdict(result))
        return
    verb = "accepted" if accept else "rejected"
    note = "" if result.changed else " (no such request was pending: nothing changed)"
    console.print(f"{verb} the follow request of {remote_id}{note}", highlight=False)


@requests_app.command("accept")
def accept_command(
    remote_id: RemoteArgument,
    member: MemberOption = None,
    account: AccountOption = None,
    db: DbOption = None,
    config: ConfigOption = None,
    json_out: JsonOption = False,
) -> None:
    """Accept one follow request after review (audited under your name)."""
    _answer(remote_id, True, member, account, db, config, json_out)


@requests_app.command("reject")
def reject_command(
    remote_id: RemoteArgument,
    member: MemberOption = None,
    account: AccountOption = None,
    db: DbOption = None,
    config: ConfigOption = None,
    json_out: JsonOption = False,
) -> None:
    """Reject one follow request after review (audited under your name)."""
    _answer(remote_id, False, member, account, db, config, json_out)


def register(app: typer.Typer) -> None:
    """Add the ``requests`` group to the main app."""
    app.add_typer(requests_app, name="requests")
