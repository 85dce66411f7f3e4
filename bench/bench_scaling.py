"""Many accounts: cycles through the procrastinate queue with 1 and 2 worker processes.

``python bench/bench_scaling.py [--accounts 2,4,8] [--followers 1000] [--procs 1,2] [--write]``

For each account count and process count, on a fresh PostgreSQL schema (the shared server
named by ``FOLLOWBACK_BENCH_PG_URL`` / ``FOLLOWBACK_TEST_PG_URL``, else a private cluster):
add the brand accounts (review mode), then two passes. Each pass starts fresh worker
processes (procrastinate workers of the service's queue, the sandbox network in process,
models loaded before "go"), queues one cycle per account and times until the queue is
drained. Pass 1 is every account's first cycle (import and screening), pass 2 a second
cycle with nothing new. Each worker reports its own CPU seconds from "go" to the end, so
the CPU per account-cycle (and from it the throughput of N workers on N cores) does not
depend on how busy the machine was. Baseline: one worker, same run. The issue's size
(1,000 accounts x 10,000 followers) is ``--accounts 1000 --followers 10000``; RESULTS.md
says exactly what ran. The plot (accounts on the x axis) is written to bench/plots/.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from common import (
    ROOT,
    InProcessSandbox,
    add_accounts,
    load,
    log,
    pg_schema,
    pg_url_env,
    plot_curves,
    record_result,
    start_pg,
    stop_pg,
)

from followback.domain import FollowMode
from followback.store import open_store
from followback.workers.base import JobRunner
from followback.workers.queue import AccountQueue


def worker_main(url: str, followers: int, ready: Path, go: Path) -> None:
    """One worker process: get ready, wait for the go, work the queue until it is empty."""
    store = open_store(url, migrate=False)
    done: list[float] = []
    runner = JobRunner(store, InProcessSandbox(followers), on_result=lambda r: done.append(1))
    queue = AccountQueue(store, runner, concurrency=1)

    # Load the models before "go", as a long-running worker has them loaded already.
    from followback.inbox.classify import load_default_classifier
    from followback.screening.model import load_default_scorer

    load_default_classifier()
    load_default_scorer()

    async def run() -> None:
        async with queue.app.open_async():
            ready.touch()
            while not go.exists():
                await asyncio.sleep(0.05)
            t0, cpu0 = time.perf_counter(), time.process_time()
            await queue.work(wait=False)
            cpu = time.process_time() - cpu0
            ready.with_suffix(".cpu").write_text(f"{cpu}\n{len(done)}\n")
            log(f"worker: {len(done)} cycles in {time.perf_counter() - t0:.1f}s, {cpu:.1f} CPU s")

    asyncio.run(run())
    store.dispose()


def _database(procs: int, tmp: Path) -> tuple[str, Callable[[], None]]:
    """A fresh schema on the shared server when one is configured, else a private cluster."""
    base = pg_url_env()
    if base:
        return pg_schema(base, f"scale{procs}")
    state = tmp / f"pg{procs}"
    return start_pg(state), lambda: stop_pg(state)


def _pass(url: str, procs: int, followers: int, tmp: Path, name: str) -> tuple[float, float]:
    """Queue one cycle per account, let ``procs`` fresh workers drain it: wall, CPU."""
    store = open_store(url, migrate=False)
    queue = AccountQueue(store, JobRunner(store, InProcessSandbox(followers)))
    go = tmp / f"go{procs}-{name}"
    readies = [tmp / f"ready{procs}-{name}-{i}" for i in range(procs)]
    workers = [
        subprocess.Popen(
            [sys.executable, __file__, "--worker", url, str(followers), str(r), str(go)]
        )
        for r in readies
    ]
    while not all(r.exists() for r in readies):
        time.sleep(0.1)

    async def defer_all() -> None:
        async with queue.app.open_async():
            await queue.defer_due(chain=False)

    asyncio.run(defer_all())
    t0 = time.perf_counter()
    go.touch()
    codes = [w.wait() for w in workers]
    seconds = time.perf_counter() - t0
    if any(codes):
        raise SystemExit(f"a worker failed: exit codes {codes}")
    store.dispose()
    # Each worker's own CPU from "go" to a drained queue (start-up and model loading,
    # which a long-running worker pays once, are left out).
    parts = [r.with_suffix(".cpu").read_text().split() for r in readies]
    cycles = sum(int(p[1]) for p in parts)
    assert cycles >= 1, "no cycle ran"
    return seconds, sum(float(p[0]) for p in parts)


def timed_run(procs: int, accounts: int, followers: int, tmp: Path) -> dict[str, float]:
    """Two passes through the queue: every account's first cycle (import and screening of
    every follower), then a second cycle with nothing new. Wall and workers' CPU seconds."""
    url, drop = _database(procs, tmp)
    try:
        store = add_accounts(url, accounts, FollowMode.REVIEW)
        queue = AccountQueue(store, JobRunner(store, InProcessSandbox(followers)))

        async def setup() -> None:
            async with queue.app.open_async():
                await queue.ensure_schema()

        asyncio.run(setup())
        store.dispose()
        first_s, first_cpu = _pass(url, procs, followers, tmp, "first")
        second_s, second_cpu = _pass(url, procs, followers, tmp, "second")
        return {
            "first_s": first_s,
            "first_cpu": first_cpu,
            "second_s": second_s,
            "second_cpu": second_cpu,
        }
    finally:
        drop()


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--worker":
        url, followers, ready, go = sys.argv[2:6]
        worker_main(url, int(followers), Path(ready), Path(go))
        return
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--accounts", default="2,4,8", help="account counts (the curve)")
    p.add_argument("--followers", type=int, default=1000)
    p.add_argument("--procs", default="1,2")
    p.add_argument("--write", action="store_true")
    args = p.parse_args()
    counts = [int(x) for x in args.procs.split(",")]
    sizes = [int(x) for x in args.accounts.split(",")]
    tmp = Path(tempfile.mkdtemp(prefix="followback-scaling-"))
    started = load()
    rows: list[dict[str, float]] = []
    for a in sizes:
        for n in counts:
            at = os.getloadavg()
            r = timed_run(n, a, args.followers, tmp)
            r |= {"accounts": a, "procs": n, "load": at[0]}
            rows.append(r)
            log(f"{a} accounts, {n} worker(s): {r} (load {at[0]:.1f})")
    base = {r["accounts"]: r for r in rows if r["procs"] == counts[0]}
    lines = [
        f"Command: `python bench/bench_scaling.py --accounts {args.accounts} --followers "
        f"{args.followers} --procs {args.procs} --write` "
        f"({time.strftime('%Y-%m-%d %H:%M', time.gmtime())} UTC; {started} at the start). "
        "Brand accounts in review mode on the in-process sandbox, each with "
        f"{args.followers:,} followers; procrastinate on PostgreSQL (a fresh schema per row). "
        "Pass 1 queues every account's first cycle (import and screening of every follower), "
        "pass 2 a second cycle with nothing new. Time runs from 'go' (workers connected) to a "
        "drained queue; CPU is the worker processes' own CPU time from 'go' to the end, models "
        "loaded beforehand (the PostgreSQL server's CPU is not in it). Baseline: 1 worker, "
        "same run.",
        "",
        "| accounts | workers | pass 1 wall s | pass 1 CPU s per account-cycle | pass 2 wall s "
        "| pass 2 CPU s per account-cycle | speedup vs 1 worker (pass 1 / pass 2) "
        "| load at start |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for r in rows:
        b = base[r["accounts"]]
        lines.append(
            f"| {r['accounts']:.0f} | {r['procs']:.0f} | {r['first_s']:.1f} "
            f"| {r['first_cpu'] / r['accounts']:.2f} | {r['second_s']:.1f} "
            f"| {r['second_cpu'] / r['accounts']:.3f} "
            f"| {b['first_s'] / r['first_s']:.2f} / {b['second_s'] / r['second_s']:.2f} "
            f"| {r['load']:.1f} |"
        )
    lines += ["", "![many accounts](plots/many_accounts.png)"]
    print("\n".join(lines))
    # The plot is always written; RESULTS.md only with --write.
    panels = []
    for key, label in (("first", "first cycle"), ("second", "quiet second cycle")):
        wall = {
            f"{n} worker(s)": (
                [r["accounts"] for r in rows if r["procs"] == n],
                [r[f"{key}_s"] for r in rows if r["procs"] == n],
            )
            for n in counts
        }
        panels.append((f"{label}: wall s to drain", wall))
    cpu = {
        f"{label}, {n} worker(s)": (
            [r["accounts"] for r in rows if r["procs"] == n],
            [r[f"{key}_cpu"] / r["accounts"] for r in rows if r["procs"] == n],
        )
        for key, label in (("first", "first"), ("second", "second"))
        for n in counts
    }
    panels.append(("CPU s per account-cycle", cpu))
    plot_curves(
        ROOT / "bench" / "plots" / "many_accounts.png",
        f"Many accounts x {args.followers:,} followers (bench/bench_scaling.py)",
        "accounts",
        panels,
    )
    if args.write:
        record_result(
            "Scaling: worker processes on PostgreSQL (bench/bench_scaling.py)", "\n".join(lines)
        )


if __name__ == "__main__":
    main()
