"""SQLite against PostgreSQL, one process: the same full cycles, timed on each backend.

``python bench/bench_backends.py [--accounts 4] [--followers 1000]``: one full cycle
(sync → decide → act → inbox) per brand account on the in-process sandbox, through the
service's job runner and in-process scheduler, first on SQLite (the baseline) then on
PostgreSQL. Prints the ratio PostgreSQL / SQLite time and writes bench/RESULTS.md.
"""

from __future__ import annotations

import argparse
import asyncio
import tempfile
import time
from pathlib import Path

from common import InProcessSandbox, add_accounts, log, machine, record_result, start_pg, stop_pg

from followback.workers.base import JobOutcome, JobRunner
from followback.workers.scheduler import LocalScheduler


def timed_pass(url: str, accounts: int, followers: int) -> float:
    store = add_accounts(url, accounts)
    runner = JobRunner(store, InProcessSandbox(followers))
    sched = LocalScheduler(store, runner, workers=1)
    t0 = time.perf_counter()
    results = asyncio.run(sched.run_once())
    seconds = time.perf_counter() - t0
    store.dispose()
    bad = [r for r in results if r.outcome is not JobOutcome.OK]
    if bad:
        raise SystemExit(f"cycles failed: {bad[:3]}")
    return seconds


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--accounts", type=int, default=4)
    p.add_argument("--followers", type=int, default=1000)
    args = p.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="followback-bench-"))
    where = machine()
    sqlite_s = timed_pass(f"sqlite:///{tmp / 'bench.db'}", args.accounts, args.followers)
    log(f"SQLite: {sqlite_s:.1f}s")
    state = tmp / "pg"
    try:
        pg_s = timed_pass(start_pg(state), args.accounts, args.followers)
    finally:
        stop_pg(state)
    log(f"PostgreSQL: {pg_s:.1f}s")
    ratio = pg_s / sqlite_s
    line = (
        f"backends: accounts={args.accounts} followers={args.followers} "
        f"sqlite_s={sqlite_s:.1f} postgres_s={pg_s:.1f} ratio_pg_over_sqlite={ratio:.2f}"
    )
    print(line)
    record_result(
        "Backends: SQLite vs PostgreSQL, one process (bench/bench_backends.py)",
        f"""
Command: `python bench/bench_backends.py --accounts {args.accounts} --followers {args.followers}`
({where}). One full cycle per account, one process, in-process scheduler.

| backend | seconds | accounts/s |
|---|---|---|
| SQLite (baseline) | {sqlite_s:.1f} | {args.accounts / sqlite_s:.2f} |
| PostgreSQL | {pg_s:.1f} | {args.accounts / pg_s:.2f} |

`{line}`
""",
    )


if __name__ == "__main__":
    main()
