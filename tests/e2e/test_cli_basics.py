"""The CLI as a user runs it: init, status, and clear errors with non-zero exits."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

EXE = [sys.executable, "-m", "followback.cli"]


def cli(
    *args: str, cwd: Path, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("FOLLOWBACK_")}
    full_env.update(env or {})
    return subprocess.run(
        [*EXE, *args], cwd=cwd, env=full_env, capture_output=True, text=True, timeout=120
    )


def test_help_lists_commands(tmp_path: Path) -> None:
    out = cli("--help", cwd=tmp_path)
    assert out.returncode == 0
    for command in ("init", "status", "demo"):
        assert command in out.stdout


def test_init_then_status(tmp_path: Path) -> None:
    assert cli("init", cwd=tmp_path).returncode == 0
    assert (tmp_path / "followback.toml").exists()
    again = cli("init", cwd=tmp_path)
    assert again.returncode == 2
    assert "--force" in again.stderr
    status = cli("status", "--json", "--db", f"sqlite:///{tmp_path}/fb.db", cwd=tmp_path)
    assert status.returncode == 0, status.stderr
    data = json.loads(status.stdout)
    assert data["backend"] == "sqlite"
    assert data["accounts"] == []
    assert data["configured_accounts"] == 1


def test_broken_config_names_key_and_exits_non_zero(tmp_path: Path) -> None:
    (tmp_path / "followback.toml").write_text('[service]\nport = "eighty"\n')
    out = cli("status", cwd=tmp_path, env={"FOLLOWBACK_DB_URL": f"sqlite:///{tmp_path}/x.db"})
    assert out.returncode == 2
    assert "service.port" in out.stderr
    assert not (tmp_path / "x.db").exists()  # nothing written


def test_unreachable_postgres_is_named(tmp_path: Path) -> None:
    out = cli("status", "--db", "postgresql://u:hunter2@127.0.0.1:1/db", cwd=tmp_path)
    assert out.returncode == 2
    assert "unreachable" in out.stderr
    assert "hunter2" not in out.stderr


@pytest.mark.parametrize("db", ["sqlite:///{tmp}/dir-not-file/"])
def test_bad_sqlite_path(tmp_path: Path, db: str) -> None:
    (tmp_path / "dir-not-file").mkdir()
    out = cli("status", "--db", db.format(tmp=tmp_path).rstrip("/"), cwd=tmp_path)
    assert out.returncode == 2
    assert "directory" in out.stderr
