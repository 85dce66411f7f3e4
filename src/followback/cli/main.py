"""The ``followback`` command line: one typer app, one error handler.

Each command group lives in its own module with a ``register(app)`` function; this
module wires them together and maps followback's errors to messages and exit codes.

The entry point loads a command's module only when that command runs: ``followback
--help`` reads the :data:`COMMANDS` table instead of importing every module (they pull in
SQLAlchemy, scikit-learn, polars and the web framework), so it starts at once. ``app``,
the whole typer app, is built on first use for tests and the generated docs; a test
checks that the table matches what the modules register.
"""

from __future__ import annotations

import importlib
import sys
from typing import Any

import typer
from typer.core import TyperGroup

from followback.domain.errors import FollowbackError, UserError

__all__ = ["COMMANDS", "app", "cli", "main"]  # noqa: F822 - ``app`` comes from __getattr__

HELP = (
    "Treat your social accounts as a community: screened follow-back, follower "
    "tracking and an engagement inbox for Bluesky, Mastodon and X."
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
    "followback.cli.rules",
    "followback.cli.requests",
    "followback.cli.x_webhook",
)

_INBOX = ("followback.cli.inbox_bulk", "followback.cli.inbox")

# Command -> (modules that register it, first paragraph of its help). `followback --help` shows
# this table; tests/unit/test_cli_startup.py fails when it drifts from the modules.
COMMANDS: dict[str, tuple[tuple[str, ...], str]] = {
    "init": (
        ("followback.cli.setup",),
        "Start a fresh install: followback.toml, the credentials key and the first admin login.",
    ),
    "status": (
        ("followback.cli.setup",),
        "Show the database, connected accounts and their follow-back modes.",
    ),
    "connect": (
        ("followback.cli.connect",),
        "Add a Bluesky, Mastodon or X account: check the credentials, store them encrypted.",
    ),
    "demo": (
        ("followback.cli.demo",),
        "Run a sandbox brand through a simulated week and show what followback did.",
    ),
    "serve": (
        ("followback.cli.serve",),
        "Serve the dashboard and the JSON API (OpenAPI schema at /api/openapi.json).",
    ),
    "run": (
        ("followback.cli.ops",),
        "Run the service: sync, screen, act and poll the inbox for every connected account.",
    ),
    "worker": (
        ("followback.cli.ops",),
        "Work the shared PostgreSQL queue (start as many as you like, on any machine).",
    ),
    "export": (("followback.cli.ops",), "Back up every table to FILE."),
    "import": (
        ("followback.cli.ops",),
        "Restore FILE into an empty database (SQLite or PostgreSQL).",
    ),
    "forget": (
        ("followback.cli.ops",),
        "Delete everything held about one person (a data-protection request).",
    ),
    "retention": (
        ("followback.cli.ops",),
        "Apply the retention settings now (``followback run`` does so daily).",
    ),
    "queue": (
        ("followback.cli.engine",),
        "The review queue in two lanes, recommended (approve in one click) and needs a look, "
        "each with its reasons, highest priority first.",
    ),
    "approve": (
        ("followback.cli.engine",),
        "Approve follow-backs by id, filter or --all (on X: one id at a time).",
    ),
    "skip": (("followback.cli.engine",), "Skip decisions (no follow-back), with a reason."),
    "undo": (
        ("followback.cli.engine",),
        "Unfollow accounts followed back by mistake: follow action ids or a whole --batch.",
    ),
    "audit": (
        ("followback.cli.engine",),
        "Search the audit log: who or what did what to whom, when and why.",
    ),
    "decide": (
        ("followback.cli.engine",),
        "Screen new followers and decide (in auto mode, enqueue the follow-backs).",
    ),
    "act": (
        ("followback.cli.engine",),
        "Carry out pending follow-backs and undos, paced within the platform's limits.",
    ),
    "inbox": (_INBOX, "The engagement inbox: classify messages, measure response times."),
    "team": (("followback.cli.team",), "Team members and their roles (admin, agent, viewer)."),
    "sync": (
        ("followback.cli.tracking",),
        "Sync followers and following; show arrivals, departures, API calls and cost.",
    ),
    "report": (
        ("followback.cli.tracking",),
        "Write the HTML report (real plots) and CSV exports; print index.html's path.",
    ),
    "screen": (("followback.cli.screen",), "Screen accounts for spam, bots and bought followers."),
    "notify": (
        ("followback.cli.notify",),
        "Notifications: e-mail, signed webhooks and chat webhooks.",
    ),
    "listen": (("followback.cli.listen",), "Listening: hear the brand when nobody tags it."),
    "rules": (
        ("followback.cli.rules",),
        "Every rule followback applies per platform: its value, source URL and last check.",
    ),
    "requests": (
        ("followback.cli.requests",),
        "Follow requests of a locked account (Mastodon): screen them, then accept or reject.",
    ),
    "x": (("followback.cli.x_webhook",), "X-only settings: the follow-events webhook."),
}


def _new_app() -> typer.Typer:
    return typer.Typer(
        name="followback",
        help=HELP,
        no_args_is_help=True,
        pretty_exceptions_enable=False,
        add_completion=False,
    )


def _register(target: typer.Typer, modules: tuple[str, ...]) -> typer.Typer:
    for name in modules:
        importlib.import_module(name).register(target)
    return target


class _LazyGroup(TyperGroup):
    """The top-level group: lists :data:`COMMANDS`, imports a command's modules on use."""

    def list_commands(self, ctx: Any) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: Any, cmd_name: str) -> Any:
        if cmd_name not in COMMANDS:
            return None
        group = typer.main.get_group(_register(_new_app(), COMMANDS[cmd_name][0]))
        return group.get_command(ctx, cmd_name)

    def format_commands(self, ctx: Any, formatter: Any) -> None:
        rows = [(name, COMMANDS[name][1]) for name in self.list_commands(ctx)]
        with formatter.section("Commands"):
            formatter.write_dl(rows)


cli = _LazyGroup(name="followback", help=HELP, no_args_is_help=True, rich_markup_mode=None)

_full_app: typer.Typer | None = None


def __getattr__(name: str) -> Any:
    """``app``: the whole typer app with every command registered (built on first use)."""
    global _full_app
    if name != "app":
        raise AttributeError(name)
    if _full_app is None:
        _full_app = _register(_new_app(), COMMAND_MODULES)
    return _full_app


class _LazyConsole:
    """rich's Console for errors, created only when there is an error to print."""

    def print(self, *args: Any, **kwargs: Any) -> None:
        from rich.console import Console

        Console(stderr=True, soft_wrap=True).print(*args, **kwargs)  # one line, not wrapped


_err = _LazyConsole()

EXIT_USER = 2
EXIT_FAILURE = 1


def main() -> None:
    """Entry point: run the app; turn followback errors into one clear line and an exit code."""
    try:
        # Without standalone mode click returns ``typer.Exit(n)``'s code instead of exiting.
        code = cli.main(prog_name="followback", standalone_mode=False)
        if isinstance(code, int) and code:
            sys.exit(code)
    except UserError as exc:
        _err.print(f"[red]error:[/red] {exc.message}", highlight=False, soft_wrap=True)
        sys.exit(EXIT_USER)
    except FollowbackError as exc:
        _err.print(f"[red]error:[/red] {describe_failure(exc)}", highlight=False, soft_wrap=True)
        sys.exit(EXIT_FAILURE)
    except typer.Abort:
        _err.print("aborted")
        sys.exit(EXIT_FAILURE)
    except typer.Exit as exc:
        sys.exit(exc.exit_code)
    except Exception as exc:  # click usage errors arrive as ClickException subclasses
        import click
        from typer._click import exceptions as typer_click

        if _is_store_error(exc):  # the database went away or is locked mid-command
            from followback.store.engine import describe_store_error

            message = describe_store_error(None, exc).message
            _err.print(f"[red]error:[/red] {message}", highlight=False, soft_wrap=True)
            sys.exit(EXIT_USER)
        # typer ships its own copy of click (``typer._click``) whose exceptions are not
        # click's: usage errors from either become one line and exit 2, never a traceback.
        if isinstance(exc, click.ClickException | typer_click.ClickException):
            usage = isinstance(exc, click.UsageError | typer_click.UsageError)
            sys.exit(_report_click_error(exc, usage=usage))
        _exit_on_file_error(exc)
        if _is_network_error(exc):  # a library's network error that escaped a connector
            _err.print(
                f"[red]error:[/red] network error ({type(exc).__name__}); anything sent is "
                "checked on the platform before followback retries it",
                highlight=False,
                soft_wrap=True,
            )
            sys.exit(EXIT_FAILURE)
        raise


def _exit_on_file_error(exc: Exception) -> None:
    """A file the command reads or writes (a report directory, an export) failed: not
    the network, and something the user can fix: one line, exit 2."""
    if isinstance(exc, OSError) and exc.filename is not None:
        reason = exc.strerror or type(exc).__name__
        _err.print(
            f"[red]error:[/red] {exc.filename}: {reason} (check the path)",
            highlight=False,
            soft_wrap=True,
        )
        sys.exit(EXIT_USER)


def _report_click_error(exc: Exception, *, usage: bool) -> int:
    """Print a click error as one line; a usage error names the command's --help."""
    message = " ".join(str(getattr(exc, "format_message", exc.__str__)()).split())
    if usage:
        ctx = getattr(exc, "ctx", None)
        path = ctx.command_path if ctx is not None else "followback"
        _err.print(
            f"[red]error:[/red] {message} (see {path} --help)", highlight=False, soft_wrap=True
        )
        return EXIT_USER
    _err.print(f"[red]error:[/red] {message}", highlight=False, soft_wrap=True)
    code = getattr(exc, "exit_code", EXIT_FAILURE)
    return code if isinstance(code, int) and code else EXIT_FAILURE


def _is_store_error(exc: Exception) -> bool:
    # Imported only when something failed: a command that raised it has loaded SQLAlchemy.
    if "sqlalchemy" not in sys.modules:
        return False
    from followback.store.engine import DatabaseUnreachable

    return isinstance(exc, DatabaseUnreachable)


def _is_network_error(exc: BaseException) -> bool:
    import socket
    import ssl

    import httpx
    import requests

    # Connection refused or reset, timeouts, DNS and TLS failures; other OSErrors (a
    # full disk, a missing directory) are not the network.
    return isinstance(
        exc,
        httpx.HTTPError
        | requests.RequestException
        | ConnectionError
        | TimeoutError
        | socket.gaierror
        | ssl.SSLError,
    )


def describe_failure(exc: FollowbackError) -> str:
    """One line: what happened and what followback will do about it."""
    from followback.domain.errors import (
        AuthExpiredError,
        OutcomeUnknownError,
        RateLimitedError,
        TransientError,
    )

    text = str(exc)
    if isinstance(exc, OutcomeUnknownError):
        return text  # already says it may have landed and that followback will check
    if isinstance(exc, RateLimitedError):
        wait = f" in {round(exc.retry_after)} s" if exc.retry_after is not None else " later"
        return f"{text}; nothing was sent: try again{wait}"
    if isinstance(exc, TransientError):
        return f"{text}; nothing was sent: try again"
    if isinstance(exc, AuthExpiredError):
        return f"{text}; connect the account again (followback connect)"
    return text
