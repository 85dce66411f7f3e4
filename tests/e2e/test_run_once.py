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


def test_run_serves_health_until_sigterm_then_stops_cleanly(tmp_path: Path) -> None:
    import signal
    import socket
    import time

    import httpx

    url = f"sqlite:///{tmp_path / 'fb.db'}"
    store = open_store(url)
    with store.session() as s:
        AccountRepo(s).add(Platform.SANDBOX, "acme", "brand1", FollowMode.AUTO)
    store.dispose()
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    env = {**os.environ, "FOLLOWBACK_CONFIG": str(tmp_path / "none.toml")}
    env.pop("FOLLOWBACK_SANDBOX_URL", None)
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "followback.cli",
            "run",
            "--db",
            url,
            "--interval",
            "3600",
            "--metrics-port",
            str(port),
            "--json",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=tmp_path,
    )
    try:
        deadline = time.monotonic() + 240
        jobs: dict[str, int] = {}
        while time.monotonic() < deadline and not jobs.get("ok"):
            time.sleep(0.5)  # polling a separate process: no clock to inject here
            try:
                health = httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=2).json()
            except httpx.HTTPError:
                continue
            jobs = health["jobs"]
        assert health["status"] == "ok" and jobs == {"ok": 1}
        metrics = httpx.get(f"http://127.0.0.1:{port}/metrics", timeout=5).text
        assert 'followback_api_calls_total{method="list_followers"}' in metrics
        assert "followback_rate_limit_headroom" in metrics
        proc.send_signal(signal.SIGTERM)
        out, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0, err[-2000:]
    assert json.loads(out)["jobs"] == {"ok": 1}
    assert "stop requested" in err
