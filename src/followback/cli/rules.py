"""``followback rules``: every rule followback applies per platform, with its source."""

from __future__ import annotations

from typing import Annotated

import typer

from followback.cli.common import JsonOption, print_json
from followback.domain import parse_platform
from followback.domain.rulebook import list_rules

__all__ = ["register", "rules"]


def rules(
    platform: Annotated[
        str | None,
        typer.Option("--platform", "-p", help="Only this platform: bluesky, mastodon or x."),
    ] = None,
    as_json: JsonOption = False,
) -> None:
    """Every rule followback applies per platform: its value, source URL and last check.

    An action outside a rule is refused with the rule's name and source.
    """
    chosen = parse_platform(platform) if platform else None
    found = list_rules(chosen)
    if as_json:
        print_json({"rules": [r.as_dict() for r in found]})
        return
    # Plain lines, not a table: a source URL cut to fit the terminal could not be followed.
    for r in found:
        typer.echo(f"{r.key}: {r.value}")
        typer.echo(f"    source: {r.source} (checked {r.checked})")
    typer.echo(f"{len(found)} rules; `followback rules --json` adds why each applies.")


def register(app: typer.Typer) -> None:
    app.command()(rules)
