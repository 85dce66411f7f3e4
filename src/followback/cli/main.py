"""The ``followback`` command line: one typer app, one error handler.

Each command group lives in its own module with a ``register(app)`` function; this
module wires them together and maps followback's errors to messages and exit codes.
"""

from __future__ import annotations

import importlib
import sys

import typer
from rich.console import Console
from sqlalchemy.exc import OperationalError

from followback.domain.errors import FollowbackError, UserError

__all__ = ["app", "main"]

app = typer.Typer(
    name="followback",
    help="Treat your social accounts as a community: screened follow-back, follower "
    "tracking and an engagement inbox for Bluesky, Mastodon and X.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)

# Command modules, each exposing ``register(app: typer.Typer) -> None``.
COMMAND_MODULES: tuple[str, ...] = (
    "followback.cli.setup",
    "followback.cli.connect",
    "followback.cli.demo",
    "followback.cli.serve",
    "followback.cli.ops",
    "followback.cli.engine",
    "followback.cli.inbox_bulk",
    "followback.cli.inbox",
    "followback.cli.team",
    "followback.cli.tracking",
    "followback.cli.screen",
    "followback.cli.notify",
    "followback.cli.listen",
)

for _name in COMMAND_MODULES:
    importlib.import_module(_name).register(app)

_err = Console(stderr=True)

EXIT_USER = 2
EXIT_FAILURE = 1


def main() -> None:
    """Entry point: run the app; turn followback errors into one clear line and an exit code."""
    try:
        app(standalone_mode=False)
    except UserError as exc:
        _err.print(f"[red]error:[/red] {exc.message}", highlight=False)
        sys.exit(EXIT_USER)
    except FollowbackError as exc:
        _err.print(f"[red]error:[/red] {exc}", highlight=False)
        sys.exit(EXIT_FAILURE)
    except OperationalError as exc:  # the database went away or is locked mid-command
        from followback.store.engine import describe_store_error

        _err.print(f"[red]error:[/red] {describe_store_error(None, exc).message}", highlight=False)
        sys.exit(EXIT_USER)
    except typer.Abort:
        _err.print("aborted")
        sys.exit(EXIT_FAILURE)
    except typer.Exit as exc:
        sys.exit(exc.exit_code)
    except Exception as exc:  # click usage errors arrive as ClickException subclasses
        import click

        if isinstance(exc, click.ClickException):
            exc.show()
            sys.exit(exc.exit_code)
        raise
