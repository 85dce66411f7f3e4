"""SIGKILL the worker at random points, many times: nothing is followed twice or lost."""

from __future__ import annotations

import random
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from followback.connectors.sandbox import SandboxNetwork, WorldParams
from followback.domain import ActionKind, FollowMode, Platform
from followback.store import AccountRepo, AuditRepo, open_store
from followback.store.actions import ActionRepo, follow_key
from followback.store.tables import ActionRow, FollowEventRow

WORKER = Path(__file__).resolve().parents[1] / "followback_kill_worker.py"
QUIET = WorldParams(
    new_followers_per_day=0, leave_rate_per_day=0, purge_rate_per_day=0, messages_per_day=0
)
TARGETS = 12
KILL_RUNS = 12


def _setup(tmp_path: Path) -> tuple[str, Path, int, list[str]]:
    url = f"sqlite:///{tmp_path / 'kill.db'}"
    store = open_store(url)
    net = SandboxNetwork(seed=9)
    world = net.add_brand("acme", followers=TARGETS + 10, params=QUIET)
    world.following.clear()
    ids = [str(int(i)) for i in world.follower_ids[:TARGETS]]
    with store.session() as s:
        account_id = AccountRepo(s).add(Platform.SANDBOX, "acme", "brand1", FollowMode.AUTO)
        for rid in ids:
            ActionRepo(s).enqueue(
                account_id,
                ActionKind.FOLLOW,
                rid,
                requested_by="test",
                at=net.time(),
                key=follow_key(account_id, ActionKind.FOLLOW, rid, 0),
            )
    store.dispose()
    path = tmp_path / "net.pickle"
    net.save(path)
    return url, path, account_id, ids


@pytest.mark.slow
def test_sigkill_at_random_points_never_follows_twice_or_loses_a_follow(tmp_path: Path) -> None:
    url, path, account_id, ids = _setup(tmp_path)
    # Distinct random statement numbers over the first two actions' worth of SQL (about
    # 15 statements each): points before, inside and after every transaction.
    points = random.Random(20261122).sample(range(1, 33), KILL_RUNS)
    kills = 0
    for run in range(KILL_RUNS + 4):
        kill_at = points[run] if run < KILL_RUNS else 0  # then let it finish
        proc = subprocess.run(
            [sys.executable, str(WORKER), url, str(path), str(account_id), str(kill_at)],
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        if proc.returncode == -signal.SIGKILL:
            kills += 1
        else:
            assert proc.returncode == 0, proc.stderr
        net = SandboxNetwork.load(path)
        world = net.world("acme")
        assert world.duplicate_follows == 0
        assert world.limit_violations == 0
        net.now += 600  # ten minutes pass; the buckets refill
        net.save(path)
        if run >= KILL_RUNS and len(world.following) == TARGETS:
            break
    store = open_store(url)
    with store.session() as s:
        states = dict(
            s.execute(select(ActionRow.state, func.count()).group_by(ActionRow.state)).all()
        )
        events = list(s.scalars(select(FollowEventRow.remote_id)))
        audit = AuditRepo(s).list(verb="follow", limit=1000)
    store.dispose()
    reconciled = [e.target for e in audit if e.detail["reconciled"]]
    world = SandboxNetwork.load(path).world("acme")
    assert kills >= KILL_RUNS // 2, "the worker must actually have been killed many times"
    assert set(map(str, world.following)) == set(ids)
    assert max(world.follow_calls.values()) == 1  # no account was followed twice
    assert states == {"done": TARGETS}  # nothing lost, nothing stuck in flight
    assert sorted(events) == sorted(ids)  # exactly one followed_back event each
    # Some kills fell after a follow landed and before it was recorded: found, not redone.
    assert reconciled
