"""``followback run --once`` completes a full cycle on a sandbox account (subprocess, temp DB)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from followback.domain import FollowMode, Platform
from followback.store import AccountRepo, open_store
from followback.store.tables import AuditRow, DeadLetterRow, FollowEdgeRow, SyncStateRow

pytestmark = pytest.mark.slow


def test_run_once_completes_a_cycle_on_a_sandbox_account(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'fb.db'}"
    store = open_store(url)
    with store.session() as s:
        AccountRepo(s).add(Platform.SANDBOX, "acme", "brand1", FollowMode.AUTO)
    store.dispose()
    env = {**os.environ, "FOLLOWBACK_CONFIG": str(tmp_path / "none.toml")}
    env.pop("FOLLOWBACK_SANDBOX_URL", None)
    proc = subprocess.run(
        [sys.executable, "-m", "followback.cli", "run", "--once", "--db", url, "--json"],
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
        cwd=tmp_path,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    summary = json.loads(proc.stdout)
    assert summary["accounts"] == 1 and summary["jobs"] == {"ok": 1}
    # Logs are JSON lines on stderr.
    lines = [json.loads(line) for line in proc.stderr.splitlines() if line.startswith("{")]
    assert any(line.get("msg") == "job finished" for line in lines)
    store = open_store(url)
    with store.session() as s:
        assert (s.scalar(select(func.count()).select_from(FollowEdgeRow)) or 0) > 0
        assert (s.scalar(select(func.count()).select_from(SyncStateRow)) or 0) > 0
        assert not s.scalars(select(DeadLetterRow)).all()
        assert not s.scalars(select(AuditRow).where(AuditRow.verb == "cycle_error")).all()
    store.dispose()
