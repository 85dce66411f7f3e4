"""``followback export``, ``import`` and ``forget`` from the command line (subprocess)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from followback.domain import FollowMode, Platform
from followback.store import AccountRepo, open_store
from followback.store.tables import ContactRow, RemoteAccountRow

pytestmark = pytest.mark.slow

AT = datetime(2026, 11, 1, tzinfo=UTC)


def _cli(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "FOLLOWBACK_CONFIG": str(tmp_path / "none.toml")}
    return subprocess.run(
        [sys.executable, "-m", "followback.cli", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        cwd=tmp_path,
    )


def test_backup_restore_and_forget_from_the_command_line(tmp_path: Path) -> None:
    source, target = f"sqlite:///{tmp_path / 'a.db'}", f"sqlite:///{tmp_path / 'b.db'}"
    store = open_store(source)
    with store.session() as s:
        AccountRepo(s).add(Platform.SANDBOX, "acme", "brand1", FollowMode.AUTO)
        s.add(RemoteAccountRow(platform="sandbox", remote_id="7", handle="alice", observed_at=AT))
        s.add(ContactRow(platform="sandbox", remote_id="7", handle="alice", created_at=AT))
    store.dispose()
    open_store(target).dispose()  # an empty, migrated database
    backup = str(tmp_path / "backup.zip")

    exported = _cli(tmp_path, "export", backup, "--db", source, "--json")
    assert exported.returncode == 0, exported.stderr
    imported = _cli(tmp_path, "import", backup, "--db", target, "--json")
    assert imported.returncode == 0, imported.stderr
    assert json.loads(imported.stdout)["tables"] == json.loads(exported.stdout)["tables"]

    again = _cli(tmp_path, "import", backup, "--db", target)
    assert again.returncode == 2 and "empty database" in again.stderr

    forgot = _cli(tmp_path, "forget", "sandbox:@alice", "--yes", "--db", target, "--json")
    assert forgot.returncode == 0, forgot.stderr
    deleted = json.loads(forgot.stdout)["deleted"]
    assert deleted["remote_accounts"] == 1 and deleted["contacts"] == 1

    missing = _cli(tmp_path, "forget", "@alice", "--yes", "--db", target)
    assert missing.returncode == 2 and "no data about" in missing.stderr
