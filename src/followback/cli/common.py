"""Helpers every command uses: options, opening the store, printing JSON or tables."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console

from followback.config import Settings, load_settings
from followback.store import Store, open_store

__all__ = [
    "ConfigOption",
    "DbOption",
    "JsonOption",
    "console",
    "open_settings_and_store",
    "print_json",
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


def open_settings_and_store(
    db: str | None = None, config: Path | None = None
) -> tuple[Settings, Store]:
    """Load settings (file + environment + ``--db``) and open the migrated store."""
    settings = load_settings(config, db_url=db)
    return settings, open_store(settings.db_url)


def print_json(data: Any) -> None:
    """Print ``data`` as JSON on stdout (datetimes and other values as strings)."""
    typer.echo(json.dumps(data, default=str, ensure_ascii=False, indent=2))
