"""Many accounts: cycles through the procrastinate queue with 1 and 2 worker processes.

``python bench/bench_scaling.py [--accounts 5,20] [--followers 1000] [--procs 1,2]
[--passes 2] [--full] [--write]``

For each account count, and for each of: the baseline (the same cycles run one after
another in one process, no queue) and 1, 2, ... procrastinate workers, on a fresh
PostgreSQL schema (the shared server named by ``FOLLOWBACK_BENCH_PG_URL`` /
``FOLLOWBACK_TEST_PG_URL``, else a private cluster): add the brand accounts (review mode)
and run ``--passes`` passes. Each pass starts fresh processes (models loaded before
"go"), queues one cycle per account and times until the queue is drained. Pass 1 is every
account's first cycle (import and screening of every follower); later passes are the next
cycles, 15 simulated minutes apart, with nothing new on the platform (screening still reads
up to 100 missing profiles a cycle while a large account's backlog lasts). The run's
tables are analysed after each pass (outside the timings), as autovacuum would.

The platform is the sandbox network, in each process: account ``k`` is brand ``k`` with
``--followers`` followers (its own id range), built afresh for each job at the pass's
simulated time, so every process sees the same world and no process holds a thousand.

Measured per pass: wall seconds; CPU seconds of the worker processes (from "go" to the
end; this includes the sandbox building pages and profiles, a real connector's parsing in
its place) and of the PostgreSQL backends serving them (every connection carries the
run's ``application_name``; a sampler reads their /proc counters every 0.2 s, so the last
moments of a connection that closes between samples are missed); statements sent through
SQLAlchemy (procrastinate's few per job are not counted); the most backends open at once;
peak RSS of a worker. After the passes: the database's size per account. The issue's
size (1,000 accounts x 10,000 followers) is ``--full``.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from common import (
    ROOT,
    add_accounts,
    load,
    log,
    pg_schema,
    pg_url_env,
    plot_curves,
    proc_cpu_s,
    record_result,
    start_pg,
    stop_pg,
)
from sqlalchemy import create_engine, event, text

from followback.connectors.base import Connector
from followback.connectors.sandbox import SandboxNetwork, WorldParams
from followback.domain import FollowMode
from followback.store import AccountRepo, Store, open_store
from followback.workers.base import JobRunner
from followback.workers.queue import AccountQueue
from followback.workers.scheduler import active_account_ids

QUIET = WorldParams(
    new_followers_per_day=0, leave_rate_per_day=0, purge_rate_per_day=0, messages_per_day=0
)
START = SandboxNetwork().now  # the sandbox's default start
TICK = 900.0  # 15 minutes between passes
BASELINE = 0  # "workers" value of the in-process baseline


class FreshWorld:
    """Connector factory: account ``k`` is brand ``k``, built anew for each job at ``now``."""

    def __init__(self, followers: int, now: float) -> None:
        self.followers, self.now = followers, now

    def __call__(self, store: Store, account_id: int) -> Connector:
        with store.read() as s:
            handle = AccountRepo(s).get(account_id).handle
        net = SandboxNetwork(seed=1)
        net.now = self.now
        net.add_brand(handle, self.followers, QUIET, index=int(handle.removeprefix("brand")))
        conn: Connector = net.connector(handle)
        return conn


def worker_main(mode: str, url: str, followers: int, now: float, ready: Path, go: Path) -> None:
    """One process: get ready, wait for the go, work the queue (or, for the baseline, run
    every account's cycle in turn) until done; write its figures beside ``ready``."""
    store = open_store(url, migrate=False)
    statements = [0]
    event.listen(
        store.engine,
        "before_cursor_execute",
        lambda *a: statements.__setitem__(0, statements[0] + 1),
    )
    done: list[int] = []
    runner = JobRunner(store, FreshWorld(followers, now), on_result=lambda r: done.append(1))
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
            cpu0, st0 = time.process_time(), statements[0]
            if mode == "inline":
                for account_id in active_account_ids(store):
                    await runner.run("cycle", account_id)
            else:
                await queue.work(wait=False)
            figures = {
                "cpu": time.process_time() - cpu0,
                "cycles": len(done),
                "statements": statements[0] - st0,
                "rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            }
            ready.with_suffix(".json").write_text(json.dumps(figures))

    asyncio.run(run())
    store.dispose()


class ServerCpu:
    """CPU of the PostgreSQL backends whose ``application_name`` is ``app``, sampled."""

    def __init__(self, admin_url: str, app: str) -> None:
        self.engine = create_engine(admin_url)
        self.app = app
        self.first: dict[int, float] = {}
        self.last: dict[int, float] = {}
        self.most = 0
        self._stop = threading.Event()
        self._sample(at_start=True)
        self._thread = threading.Thread(target=self._loop, daemon=True)
        self._thread.start()

    def _sample(self, at_start: bool = False) -> None:
        with self.engine.connect() as c:
            pids = c.execute(
                text("SELECT pid FROM pg_stat_activity WHERE application_name = :a"),
                {"a": self.app},
            ).scalars()
            pids = list(pids)
        self.most = max(self.most, len(pids))
        for pid in pids:
            cpu = proc_cpu_s(pid)
            if cpu is None:
                continue
            # A backend that started after "go" counts from 0 (its start-up is work done).
            self.first.setdefault(pid, cpu if at_start else 0.0)
            self.last[pid] = cpu

    def _loop(self) -> None:
        while not self._stop.wait(0.2):
            self._sample()

    def stop(self) -> float:
        self._stop.set()
        self._thread.join()
        self._sample()
        self.engine.dispose()
        return sum(self.last[p] - self.first[p] for p in self.last)


def _with_app(url: str, app: str) -> str:
    sep = "&" if "?" in url else "?"
    return f"{url}{sep}application_name={app}"


def _pass(
    url: str, admin_url: str, procs: int, followers: int, number: int, tmp: Path
) -> dict[str, float]:
    """Queue one cycle per account (pass ``number``), let the processes finish it."""
    app = f"fbscale_{uuid.uuid4().hex[:8]}"
    url = _with_app(url, app)
    now = START + number * TICK
    mode = "inline" if procs == BASELINE else "queue"
    go = tmp / f"go-{app}"
    readies = [tmp / f"ready-{app}-{i}" for i in range(max(procs, 1))]
    workers = [
        subprocess.Popen(
            [
                sys.executable,
                __file__,
                "--worker",
                mode,
                url,
                str(followers),
                str(now),
                str(r),
                str(go),
            ]
        )
        for r in readies
    ]
    while not all(r.exists() for r in readies):
        if any(w.poll() for w in workers):
            raise SystemExit("a worker failed to start")
        time.sleep(0.1)
    if mode == "queue":
        store = open_store(url, migrate=False)
        queue = AccountQueue(store, JobRunner(store, FreshWorld(followers, now)))

        async def defer_all() -> None:
            async with queue.app.open_async():
                await queue.defer_due(chain=False)

        asyncio.run(defer_all())
        store.dispose()
    server = ServerCpu(admin_url, app)
    t0 = time.perf_counter()
    go.touch()
    codes = [w.wait() for w in workers]
    seconds = time.perf_counter() - t0
    server_cpu = server.stop()
    if any(codes):
        raise SystemExit(f"a worker failed: exit codes {codes}")
    parts = [json.loads(r.with_suffix(".json").read_text()) for r in readies]
    cycles = sum(p["cycles"] for p in parts)
    assert cycles >= 1, "no cycle ran"
    return {
        "wall": seconds,
        "cycles": cycles,
        "client_cpu": sum(p["cpu"] for p in parts),
        "server_cpu": server_cpu,
        "statements": sum(p["statements"] for p in parts),
        "backends": server.most,
        "rss_mib": max(p["rss_mib"] for p in parts),
    }


def _database(name: str, tmp: Path) -> tuple[str, str, Callable[[], None]]:
    """A fresh schema on the shared server when one is configured, else a private cluster:
    (its URL, an administrative URL for pg_stat_activity, a dropper)."""
    base = pg_url_env()
    if base:
        url, drop = pg_schema(base, name)
        return url, base, drop
    state = tmp / f"pg-{name}"
    url = start_pg(state)
    return url, url, lambda: stop_pg(state)


def _analyze(url: str) -> None:
    """ANALYZE the run's tables, as autovacuum does within a minute or so of a bulk change
    in service (a run without it measured a 10,000-follower account's next cycle at 1.18
    server CPU-s through one worker, 0.07 in the baseline before it: plans made without
    statistics of the freshly imported rows)."""
    eng = create_engine(url)
    with eng.begin() as c:
        names = c.execute(
            text("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")
        ).scalars()
        for name in list(names):
            c.execute(text(f'ANALYZE "{name}"'))
    eng.dispose()


def _db_bytes(url: str) -> dict[str, int]:
    """Bytes on disk (tables, indexes, TOAST) of followback's tables and of the queue's."""
    eng = create_engine(url)
    with eng.connect() as c:
        rows = c.execute(
            text(
                "SELECT c.relname LIKE 'procrastinate%' AS queue, "
                "sum(pg_total_relation_size(c.oid)) FROM pg_class c "
                "JOIN pg_namespace n ON n.oid = c.relnamespace "
                "WHERE n.nspname = current_schema() AND c.relkind = 'r' GROUP BY 1"
            )
        ).all()
    eng.dispose()
    out = {"followback": 0, "queue": 0}
    for queue, size in rows:
        out["queue" if queue else "followback"] = int(size)
    return out


def timed_run(procs: int, accounts: int, followers: int, passes: int, tmp: Path) -> dict[str, Any]:
    """All passes for one configuration on a fresh database."""
    url, admin, drop = _database(f"scale{procs}", tmp)
    try:
        store = add_accounts(url, accounts, FollowMode.REVIEW)
        queue = AccountQueue(store, JobRunner(store, FreshWorld(followers, START)))

        async def setup() -> None:
            async with queue.app.open_async():
                await queue.ensure_schema()

        asyncio.run(setup())
        store.dispose()
        out: dict[str, Any] = {"passes": []}
        for number in range(1, passes + 1):
            at = os.getloadavg()[0]
            r = _pass(url, admin, procs, followers, number, tmp) | {"load": at}
            out["passes"].append(r)
            log(f"{accounts} accounts, workers={procs or 'inline'}, pass {number}: {r}")
            _analyze(url)
        out["bytes"] = _db_bytes(url)
        return out
    finally:
        drop()


def _label(procs: int) -> str:
    return "baseline: in process, no queue" if procs == BASELINE else f"{procs} worker(s)"


def _table(rows: list[dict[str, Any]]) -> list[str]:
    lines = [
        "| accounts | run | pass | wall s | account-cycles/s | CPU s per account-cycle "
        "(worker + server) | statements per account-cycle | backends at once "
        "| worker peak RSS MiB | load at start |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for r in rows:
        for number, p in enumerate(r["passes"], 1):
            n = p["cycles"]
            lines.append(
                f"| {r['accounts']:,} | {_label(r['procs'])} | {number} | {p['wall']:.1f} "
                f"| {n / p['wall']:.2f} | {(p['client_cpu'] + p['server_cpu']) / n:.3f} "
                f"({p['client_cpu'] / n:.3f} + {p['server_cpu'] / n:.3f}) "
                f"| {p['statements'] / n:.0f} | {p['backends']} | {p['rss_mib']:.0f} "
                f"| {p['load']:.1f} |"
            )
    return lines


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--worker":
        mode, url, followers, now, ready, go = sys.argv[2:8]
        worker_main(mode, url, int(followers), float(now), Path(ready), Path(go))
        return
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--accounts", default="5,20", help="account counts (the curve)")
    p.add_argument("--followers", type=int, default=1000)
    p.add_argument("--procs", default="1,2", help="worker counts (the baseline runs too)")
    p.add_argument("--passes", type=int, default=2)
    p.add_argument("--full", action="store_true", help="the issue's size: 1,000 x 10,000")
    p.add_argument("--no-baseline", action="store_true")
    p.add_argument("--write", action="store_true")
    args = p.parse_args()
    if args.full:
        args.accounts, args.followers = "1000", 10_000
    counts = ([] if args.no_baseline else [BASELINE]) + [int(x) for x in args.procs.split(",")]
    sizes = [int(x) for x in args.accounts.split(",")]
    tmp = Path(tempfile.mkdtemp(prefix="followback-scaling-"))
    started = load()
    rows: list[dict[str, Any]] = []
    for a in sizes:
        for n in counts:
            rows.append(
                timed_run(n, a, args.followers, args.passes, tmp) | {"accounts": a, "procs": n}
            )
    ended = load()
    cmd = (
        f"python bench/bench_scaling.py --accounts {args.accounts} --followers {args.followers} "
        f"--procs {args.procs} --passes {args.passes}"
        + (" --no-baseline" if args.no_baseline else "")
        + " --write"
    )
    last = rows[-1]
    per_account = {k: v / last["accounts"] for k, v in last["bytes"].items()}
    lines = [
        f"Command: `{cmd}` ({time.strftime('%Y-%m-%d %H:%M', time.gmtime())} UTC; {started} "
        f"at the start, {ended.split(' on ')[0]} at the end). Brand accounts in review mode "
        f"on the sandbox network, {args.followers:,} followers each; procrastinate on "
        "PostgreSQL, a fresh schema per run. Pass 1: every account's first cycle (import and "
        "screening of every follower); pass 2 on: the next cycle, nothing new on the platform "
        "(screening still reads up to 100 missing profiles a cycle); the tables are analysed "
        "between passes, as autovacuum would. Wall: from 'go' (processes "
        "connected, models loaded) to a drained queue. CPU: the worker processes (including "
        "the in-process sandbox's page and profile building) + the PostgreSQL backends serving "
        "them. Statements: those sent through SQLAlchemy. Baseline: the same cycles in one "
        "process, one after another, without the queue.",
        "",
        *_table(rows),
        "",
        f"Database after the run ({last['accounts']:,} accounts, {_label(last['procs'])}): "
        f"{per_account['followback'] / 2**20:.2f} MiB per account in followback's tables "
        f"(indexes included), {per_account['queue'] / 1024:.1f} KiB per account in the "
        "queue's tables.",
        "",
        f"![many accounts](plots/many_accounts_{args.followers}.png)",
    ]
    print("\n".join(lines))
    # The plot is always written; RESULTS.md only with --write.
    panels = []
    for number, label in ((0, "first cycle"), (-1, "next cycle")):
        panels.append(
            (
                f"{label}: account-cycles/s",
                {
                    _label(n): (
                        [r["accounts"] for r in rows if r["procs"] == n],
                        [
                            r["passes"][number]["cycles"] / r["passes"][number]["wall"]
                            for r in rows
                            if r["procs"] == n
                        ],
                    )
                    for n in counts
                },
            )
        )
        panels.append(
            (
                f"{label}: CPU s per account-cycle",
                {
                    _label(n): (
                        [r["accounts"] for r in rows if r["procs"] == n],
                        [
                            (r["passes"][number]["client_cpu"] + r["passes"][number]["server_cpu"])
                            / r["passes"][number]["cycles"]
                            for r in rows
                            if r["procs"] == n
                        ],
                    )
                    for n in counts
                },
            )
        )
    plot_curves(
        ROOT / "bench" / "plots" / f"many_accounts_{args.followers}.png",
        f"Many accounts x {args.followers:,} followers (bench/bench_scaling.py)",
        "accounts",
        panels,
    )
    if args.write:
        record_result(
            f"Many accounts through procrastinate, {args.followers:,} followers each "
            "(bench/bench_scaling.py)",
            "\n".join(lines),
        )


if __name__ == "__main__":
    main()
