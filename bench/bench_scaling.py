"""Scale-out: full cycles for many brand accounts with 1, 2 and 4 worker processes.

``python bench/bench_scaling.py [--accounts 8] [--followers 1000] [--procs 1,2,4]``

For each process count, on a fresh PostgreSQL database: add the brand accounts, start the
worker processes (each a procrastinate worker of the service's queue, with the sandbox
network in process), wait until all are ready, queue one full cycle (sync → decide → act
→ inbox) per account, and time until the queue is drained. The baseline is one process;
the ratio is throughput with N processes over throughput with one. The issue's target
size (1,000 accounts x 10,000 followers) is a flag away; the default is smaller so the
run fits a shared 2-core machine, and RESULTS.md says exactly what ran.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import InProcessSandbox, add_accounts, log, machine, record_result, start_pg, stop_pg

from followback.store import open_store
from followback.workers.base import JobRunner
from followback.workers.queue import AccountQueue


def worker_main(url: str, followers: int, ready: Path, go: Path) -> None:
    """One worker process: get ready, wait for the go, work the queue until it is empty."""
    store = open_store(url, migrate=False)
    done: list[float] = []
    runner = JobRunner(store, InProcessSandbox(followers), on_result=lambda r: done.append(1))
    queue = AccountQueue(store, runner, concurrency=1)

    async def run() -> None:
        async with queue.app.open_async():
            ready.touch()
            while not go.exists():
                await asyncio.sleep(0.05)
            t0 = time.perf_counter()
            await queue.work(wait=False)
            log(f"worker: {len(done)} cycles in {time.perf_counter() - t0:.1f}s")

    asyncio.run(run())
    store.dispose()


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed_run(procs: int, accounts: int, followers: int, tmp: Path) -> tuple[float, float]:
    """Wall seconds from "go" to a drained queue, and the workers' CPU seconds."""
    state = tmp / f"pg{procs}"
    url = start_pg(state)
    try:
        store = add_accounts(url, accounts)
        queue = AccountQueue(store, JobRunner(store, InProcessSandbox(followers)))

        async def setup() -> None:
            async with queue.app.open_async():
                await queue.ensure_schema()

        asyncio.run(setup())
        go = tmp / f"go{procs}"
        readies = [tmp / f"ready{procs}-{i}" for i in range(procs)]
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
        cpu0 = _children_cpu()
        t0 = time.perf_counter()
        go.touch()
        codes = [w.wait() for w in workers]
        seconds = time.perf_counter() - t0
        if any(codes):
            raise SystemExit(f"a worker failed: exit codes {codes}")
        store.dispose()
        return seconds, _children_cpu() - cpu0
    finally:
        stop_pg(state)


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--worker":
        url, followers, ready, go = sys.argv[2:6]
        worker_main(url, int(followers), Path(ready), Path(go))
        return
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--accounts", type=int, default=8)
    p.add_argument("--followers", type=int, default=1000)
    p.add_argument("--procs", default="1,2,4")
    args = p.parse_args()
    counts = [int(x) for x in args.procs.split(",")]
    tmp = Path(tempfile.mkdtemp(prefix="followback-scaling-"))
    where = machine()
    times: dict[int, float] = {}
    cpu: dict[int, float] = {}
    load: dict[int, float] = {}
    for n in counts:
        times[n], cpu[n] = timed_run(n, args.accounts, args.followers, tmp)
        load[n] = os.getloadavg()[0]
        log(f"{n} worker process(es): {times[n]:.1f}s wall, {cpu[n]:.1f}s CPU")
    base = times[counts[0]]
    ratios = {n: base / t for n, t in times.items()}
    line = "scaling: " + " ".join(
        f"procs={n} seconds={times[n]:.1f} speedup={ratios[n]:.2f}" for n in counts
    )
    line += f" accounts={args.accounts} followers={args.followers}"
    print(line)
    rows = "\n".join(
        f"| {n} | {times[n]:.1f} | {cpu[n]:.1f} | {args.accounts / times[n]:.3f} | "
        f"{args.accounts * args.followers / times[n]:,.0f} | {ratios[n]:.2f} | {load[n]:.1f} |"
        for n in counts
    )
    cmd = (
        f"python bench/bench_scaling.py --accounts {args.accounts} "
        f"--followers {args.followers} --procs {args.procs}"
    )
    record_result(
        "Scaling: worker processes on PostgreSQL (bench/bench_scaling.py)",
        f"""
Command: `{cmd}`
({where}). One full cycle per account through the procrastinate queue; the time runs
from "go" (workers already started and connected) until the queue is drained. The
workers' CPU seconds (user + system) show how much work the cycles needed; when wall
time does not fall as processes are added while CPU time stays flat, the machine's cores
were already busy (other processes), not the queue serialising the work.

| procs | wall s | workers' CPU s | accounts/s | followers/s | speedup vs 1 | load after |
|---|---|---|---|---|---|---|
{rows}

`{line}`
""",
    )


if __name__ == "__main__":
    main()
