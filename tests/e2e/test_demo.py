"""`followback demo --json`: the showcase runs end to end and reports what it did."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REQUIRED = {
    "days",
    "followers_start",
    "followers_end",
    "new_followers",
    "unfollowers",
    "followed_back",
    "screened_out",
    "pending_review",
    "actions_per_day_max",
    "follow_cap_per_day",
    "messages",
    "complaints",
}


@pytest.mark.slow
def test_demo_json_summary(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("FOLLOWBACK_")}
    out = subprocess.run(
        [sys.executable, "-m", "followback.cli", "demo", "--json", "--days", "2",
         "--followers", "800", "--dir", str(tmp_path / "demo")],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert set(data) >= REQUIRED
    assert data["days"] == 2
    assert data["followers_start"] == 800
    # The simulated week moves: people arrive and write; followback follows back and screens.
    assert data["new_followers"] > 0
    assert data["messages"] > 0
    assert data["followed_back"] > 0
    assert data["screened_out"] > 0
    assert data["pending_review"] > 0
    assert 0 < data["actions_per_day_max"] <= data["follow_cap_per_day"]
    assert 0 < data["complaints"] <= data["messages"]
    assert data["screened_out_examples"] and data["screened_out_examples"][0]["reasons"]
    report = Path(data["report"])
    assert report.is_file()
    assert "<svg" in report.read_text(encoding="utf-8")
