"""The CLI as a user runs it: init, status, and clear errors with non-zero exits."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from cryptography.fernet import Fernet

EXE = [sys.executable, "-m", "followback.cli"]
KEY = Fernet.generate_key().decode()


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
    home = {"XDG_DATA_HOME": str(tmp_path / "data")}
    assert cli("init", cwd=tmp_path, env=home).returncode == 0
    assert (tmp_path / "followback.toml").exists()
    again = cli("init", cwd=tmp_path, env=home)
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


def _run_with_stdin(args: list[str], cwd: Path, env: dict[str, str], stdin: str) -> Any:
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("FOLLOWBACK_")}
    full_env.update(env)
    return subprocess.run(
        [*EXE, *args],
        cwd=cwd,
        env=full_env,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_init_creates_the_key_file_and_the_first_admin_who_can_log_in(tmp_path: Path) -> None:
    from followback.store import open_store
    from followback.store.team import TeamRepo

    db = f"sqlite:///{tmp_path}/fb.db"
    key_file = tmp_path / "keys" / "secret.key"
    # A machine with no OS keyring (this one): the key goes to a file only its owner reads.
    env = {
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "FOLLOWBACK_KEY_FILE": str(key_file),
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
    }
    out = _run_with_stdin(
        ["init", "--db", db, "--admin", "ana", "--password-stdin"],
        tmp_path,
        env,
        "correct horse battery\n",
    )
    assert out.returncode == 0, out.stderr
    assert f"created in {key_file}" in out.stdout
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    assert "admin login: ana" in out.stdout and "correct horse" not in out.stdout
    store = open_store(db)
    with store.session() as s:
        member = TeamRepo(s).verify_password("ana", "correct horse battery")
    store.dispose()
    assert member is not None and member.role.value == "admin"
    # Without a password given, one is generated and printed once; the admin is kept.
    (tmp_path / "followback.toml").unlink()
    again = _run_with_stdin(["init", "--db", db, "--admin", "bo"], tmp_path, env, "")
    assert again.returncode == 0, again.stderr
    assert "found in" in again.stdout and "kept (ana" in again.stdout


def test_init_prints_a_generated_password_that_works(tmp_path: Path) -> None:
    from followback.store import open_store
    from followback.store.team import TeamRepo

    db = f"sqlite:///{tmp_path}/fb.db"
    env = {"XDG_DATA_HOME": str(tmp_path / "data"), "FOLLOWBACK_SECRET_KEY": KEY}
    out = _run_with_stdin(["init", "--db", db, "--admin", "ana"], tmp_path, env, "")
    assert out.returncode == 0, out.stderr
    assert "credentials key: found in environment" in out.stdout
    password = out.stdout.split("password: ", 1)[1].split()[0]
    store = open_store(db)
    with store.session() as s:
        assert TeamRepo(s).verify_password("ana", password) is not None
    store.dispose()
