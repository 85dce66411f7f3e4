"""`followback team` changes go through the same actions as the dashboard: audited, and the
last admin is kept."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from followback.cli.main import app
from followback.store import AuditRepo, open_store


def _team(db: str, *args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, ["team", *args, "--db", db])
    # The console script turns a UserError into one line; invoked directly it is raised.
    return result.exit_code, result.output + str(result.exception or "")


def test_team_changes_from_the_cli_are_audited(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'fb.db'}"
    assert _team(db, "add", "ana", "--role", "admin")[0] == 0
    assert _team(db, "add", "bo")[0] == 0
    assert _team(db, "set-role", "bo", "viewer")[0] == 0
    assert _team(db, "deactivate", "bo")[0] == 0
    code, out = _team(db, "set-role", "ana", "agent")
    assert code != 0 and "last active admin" in out
    store = open_store(db)
    try:
        with store.read() as s:
            entries = AuditRepo(s).list(limit=20)
    finally:
        store.dispose()
    seen = sorted((e.verb, e.target) for e in entries if e.actor == "cli")
    assert seen == [
        ("team.add", "ana"),
        ("team.add", "bo"),
        ("team.deactivate", "bo"),
        ("team.set_role", "bo"),
    ]
