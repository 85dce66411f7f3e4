"""Write docs/cli.md from the CLI itself, so the reference never drifts from the code.

Run: .venv/bin/python scripts/gen-cli-docs.py   (the docs test fails when it is stale)
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import typer

from followback.cli.main import app

HEADER = """# Command line

`followback --help` lists the commands; every command has `--help`. Commands that read or
write data take `--db URL` (default: `$FOLLOWBACK_DB_URL`, then `db_url` in followback.toml,
then an SQLite file in the user's data directory). Commands that act on an account take
`--dry-run`; commands a script would read take `--json`. Errors print one line naming the
problem and exit with code 2 (something you can fix: bad input, config, database) or 1.

This page is generated from the code by `scripts/gen-cli-docs.py`.
"""


# typer vendors its own copy of click, so commands are recognised by shape, not by class.
def _params(command: Any) -> list[str]:
    lines = []
    for param in command.params:
        if param.param_type_name == "argument":
            lines.append(f"- `{param.name.upper()}` (argument)")
        elif param.param_type_name == "option" and not param.hidden:
            names = ", ".join(f"`{o}`" for o in param.opts + param.secondary_opts)
            help_text = (param.help or "").replace("\n", " ")
            lines.append(f"- {names}: {help_text}".rstrip(": "))
    return lines


def _walk(group: Any, prefix: str, out: list[str]) -> None:
    ctx = group.context_class(group)
    for name in sorted(group.list_commands(ctx)):
        command = group.get_command(ctx, name)
        if command is None or command.hidden:
            continue
        full = f"{prefix} {name}"
        out.append(f"## `{full}`\n")
        doc = (command.help or command.short_help or "").strip()
        if doc:
            out.append(doc.split("\f")[0].strip() + "\n")
        params = _params(command)
        if params:
            out.append("\n".join(params) + "\n")
        if hasattr(command, "list_commands"):
            _walk(command, full, out)


def render() -> str:
    group = typer.main.get_command(app)
    out = [HEADER]
    _walk(group, "followback", out)
    return "\n".join(out)


def main() -> None:
    target = Path(__file__).resolve().parents[1] / "docs" / "cli.md"
    target.write_text(render(), encoding="utf-8")
    print(f"wrote {target}", file=sys.stderr)


if __name__ == "__main__":
    main()
