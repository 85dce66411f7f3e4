"""``followback team``: the people who work the inbox and review queue.

Roles: ``admin`` (changes policy and the team), ``agent`` (works the inbox and queue),
``viewer`` (reads). Passwords (for the dashboard) are read from stdin, never from the
command line, and stored as argon2 hashes. ``team sync`` adds the members listed in
``settings.team``.
"""

from __future__ import annotations

import sys
from typing import Annotated

import typer
from rich.table import Table

from followback.actions.auth import MemberChange, change_member, record_member, record_team_seed
from followback.cli.common import (
    ConfigOption,
    DbOption,
    JsonOption,
    console,
    open_settings_and_store,
    print_json,
)
from followback.domain import Role, utcnow
from followback.store.team import TeamRepo

__all__ = ["register", "team_app"]

_CLI = "cli"  # how the audit log names changes made at the command line

team_app = typer.Typer(
    name="team", help="Team members and their roles (admin, agent, viewer).", no_args_is_help=True
)

NameArgument = Annotated[str, typer.Argument(metavar="NAME", help="The member's name.")]
PasswordOption = Annotated[
    bool,
    typer.Option("--password-stdin", help="Read a dashboard password from the first stdin line."),
]


def _read_password(enabled: bool) -> str | None:
    if not enabled:
        return None
    return sys.stdin.readline().rstrip("\r\n")


@team_app.command("add")
def add_command(
    name: NameArgument,
    role: Annotated[Role, typer.Option("--role", help="admin, agent or viewer.")] = Role.AGENT,
    email: Annotated[str, typer.Option("--email")] = "",
    password_stdin: PasswordOption = False,
    db: DbOption = None,
    config: ConfigOption = None,
) -> None:
    """Add a team member."""
    password = _read_password(password_stdin)
    _, store = open_settings_and_store(db, config)
    member = record_member(store, _CLI, name, role, utcnow(), password=password, email=email)
    console.print(f"added {member.name} ({member.role.value})", highlight=False)


@team_app.command("list")
def list_command(
    include_inactive: Annotated[bool, typer.Option("--all", help="Include deactivated.")] = False,
    db: DbOption = None,
    config: ConfigOption = None,
    json_out: JsonOption = False,
) -> None:
    """List team members."""
    _, store = open_settings_and_store(db, config)
    with store.read() as s:
        members = TeamRepo(s).list_members(include_inactive=include_inactive)
    if json_out:
        print_json(
            {"members": [{"name": m.name, "role": m.role.value, "email": m.email} for m in members]}
        )
        return
    table = Table("name", "role", "email")
    for m in members:
        table.add_row(m.name, m.role.value, m.email)
    console.print(table)


@team_app.command("set-role")
def set_role_command(
    name: NameArgument,
    role: Annotated[Role, typer.Argument(metavar="ROLE", help="admin, agent or viewer.")],
    db: DbOption = None,
    config: ConfigOption = None,
) -> None:
    """Change a member's role."""
    _, store = open_settings_and_store(db, config)
    change_member(store, _CLI, name, MemberChange(role=role), utcnow())
    console.print(f"{name} is now {role.value}", highlight=False)


@team_app.command("set-password")
def set_password_command(
    name: NameArgument, db: DbOption = None, config: ConfigOption = None
) -> None:
    """Set a member's dashboard password (read from the first stdin line)."""
    password = _read_password(True) or ""
    _, store = open_settings_and_store(db, config)
    change_member(store, _CLI, name, MemberChange(password=password), utcnow())
    console.print(f"password set for {name}", highlight=False)


@team_app.command("deactivate")
def deactivate_command(
    name: NameArgument, db: DbOption = None, config: ConfigOption = None
) -> None:
    """Stop a member logging in or being assigned (their history stays)."""
    _, store = open_settings_and_store(db, config)
    change_member(store, _CLI, name, MemberChange(active=False), utcnow())
    console.print(f"{name} deactivated", highlight=False)


@team_app.command("sync")
def sync_command(db: DbOption = None, config: ConfigOption = None) -> None:
    """Add the team members listed in the settings file that are not in the database yet."""
    settings, store = open_settings_and_store(db, config)
    added = record_team_seed(
        store, _CLI, ((m.name, m.role, m.email) for m in settings.team), utcnow()
    )
    console.print(f"{added} member(s) added from settings", highlight=False)


def register(app: typer.Typer) -> None:
    """Add the ``team`` group to the main app."""
    app.add_typer(team_app, name="team")
