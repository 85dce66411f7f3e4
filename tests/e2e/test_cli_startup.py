"""`followback --help` starts at once: the entry point imports no heavy library, and the
table it shows instead of importing every command module matches the modules."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
import typer

from followback.cli import main as cli_main

# Libraries a command may need but `followback --help` must not load.
HEAVY = (
    "sklearn",
    "polars",
    "numpy",
    "scipy",
    "pandas",
    "sqlalchemy",
    "fastapi",
    "starlette",
    "uvicorn",
    "jinja2",
    "matplotlib",
    "atproto",
    "tweepy",
    "mastodon",
    "pydantic_settings",
)

PROBE = """
import json, sys
from followback.cli.main import cli
try:
    cli.main(["--help"], prog_name="followback", standalone_mode=False)
except SystemExit:
    pass
heavy = sorted({m.split(".")[0] for m in sys.modules} & set(json.loads(sys.argv[1])))
print("HEAVY=" + json.dumps(heavy))
"""


def test_help_imports_no_heavy_library() -> None:
    out = subprocess.run(
        [sys.executable, "-c", PROBE, json.dumps(HEAVY)],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    assert "Commands:" in out.stdout and "init" in out.stdout
    loaded = json.loads(out.stdout.rsplit("HEAVY=", 1)[1])
    assert loaded == [], f"followback --help imported {loaded}"


def _summary(text: str) -> str:
    """The help's first paragraph on one line (what `followback --help` lists)."""
    return " ".join(text.strip().split("\n\n")[0].split())


def test_the_help_table_matches_the_registered_commands() -> None:
    full = typer.main.get_group(cli_main.app)
    ctx = full.context_class(full)
    registered = {
        name: _summary(full.get_command(ctx, name).help or "")  # type: ignore[union-attr]
        for name in full.list_commands(ctx)
    }
    table = {name: text for name, (_, text) in cli_main.COMMANDS.items()}
    assert table == registered, "update COMMANDS in src/followback/cli/main.py"
    # Each command's listed modules are enough to load it alone.
    for name in cli_main.COMMANDS:
        command = cli_main.cli.get_command(cli_main.cli.context_class(cli_main.cli), name)
        assert command is not None and command.name == name


def test_a_lost_database_is_still_one_clear_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from sqlalchemy.exc import OperationalError

    def fail(*args: object, **kwargs: object) -> None:
        raise OperationalError("SELECT 1", {}, Exception("database is locked"))

    monkeypatch.setattr(cli_main.cli, "main", fail)
    with pytest.raises(SystemExit) as info:
        cli_main.main()
    assert info.value.code == cli_main.EXIT_USER
    assert "locked" in capsys.readouterr().err
