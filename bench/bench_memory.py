"""Peak memory of syncing one very large account (the tracking engineer's full sync).

``python bench/bench_memory.py [--followers 1000000] [--baseline 100000]``

Each size runs in a fresh process: build a sandbox brand with that many followers, note
the process's resident memory, then run one full follower sync (``sync_account`` with
``full=True``) into a fresh SQLite database and read the peak resident memory. The sync's
cost is peak minus the memory before it (the simulated network itself holds its
followers as numpy arrays). The ratio compares the large account's sync cost with the
baseline's: far below followers(large)/followers(baseline) means memory does not grow
with the audience. ``--followers 10000000`` is the issue's size.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import log, machine, record_result

from followback.connectors.sandbox import SandboxNetwork
from followback.domain import FollowMode, Platform
from followback.store import AccountRepo, open_store


def _status_mb(field: str) -> float:
    with open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith(f"{field}:"):
                return int(line.split()[1]) / 1024
    return 0.0


def _rss_mb() -> float:
    return _status_mb("VmRSS")


def _reset_peak() -> None:
    """Reset the kernel's peak-RSS mark (VmHWM), so building the simulated network's
    arrays beforehand does not count as the sync's peak."""
    with open("/proc/self/clear_refs", "w", encoding="ascii") as fh:
        fh.write("5")


def measure(followers: int) -> dict[str, float]:
    """In this process: build the account, sync it fully, report memory and time."""
    from followback.services.sync import sync_account

    net = SandboxNetwork(seed=1)
    net.add_brand("big", followers=followers)
    tmp = Path(tempfile.mkdtemp(prefix="followback-mem-"))
    store = open_store(f"sqlite:///{tmp / 'mem.db'}")
    with store.session() as s:
        account = AccountRepo(s).add(Platform.SANDBOX, "big", "brand1", FollowMode.AUTO)
    before = _rss_mb()
    _reset_peak()
    t0 = time.perf_counter()
    report = asyncio.run(
        sync_account(store, net.connector("big"), account, clock=net.time, full=True)
    )
    seconds = time.perf_counter() - t0
    peak = _status_mb("VmHWM")
    store.dispose()
    return {
        "followers": followers,
        "rss_before_mb": round(before, 1),
        "peak_mb": round(peak, 1),
        "sync_mb": round(peak - before, 1),
        "seconds": round(seconds, 1),
        "full": bool(report.full),
    }


def run_child(followers: int) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, __file__, "--child", str(followers)],
        check=True,
        capture_output=True,
        text=True,
    )
    result: dict[str, float] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def _row(r: dict[str, float], note: str) -> str:
    cells = [f"{int(r['followers']):,}{note}", r["rss_before_mb"], r["peak_mb"], r["sync_mb"]]
    return "| " + " | ".join(str(c) for c in [*cells, r["seconds"]]) + " |"


def main() -> None:
    if len(sys.argv) > 2 and sys.argv[1] == "--child":
        print(json.dumps(measure(int(sys.argv[2]))))
        return
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--followers", type=int, default=1_000_000)
    p.add_argument("--baseline", type=int, default=100_000)
    args = p.parse_args()
    where = machine()
    base = run_child(args.baseline)
    log(f"baseline: {base}")
    big = run_child(args.followers)
    log(f"large: {big}")
    ratio = big["sync_mb"] / max(base["sync_mb"], 1.0)
    growth = args.followers / args.baseline
    line = (
        f"memory: followers={args.followers} peak_mb={big['peak_mb']} sync_mb={big['sync_mb']} "
        f"seconds={big['seconds']} baseline_followers={args.baseline} "
        f"baseline_sync_mb={base['sync_mb']} ratio={ratio:.2f} (followers x{growth:.0f})"
    )
    print(line)
    record_result(
        "Memory: one full sync of a very large account (bench/bench_memory.py)",
        f"""
Command: `python bench/bench_memory.py --followers {args.followers} --baseline {args.baseline}`
({where}). Each size in a fresh process; SQLite store; `sync_account(full=True)`.

| followers | RSS before sync (MB) | peak RSS (MB) | sync's own (MB) | seconds |
|---|---|---|---|---|
{_row(base, " (baseline)")}
{_row(big, "")}

`{line}`
""",
    )


if __name__ == "__main__":
    main()
