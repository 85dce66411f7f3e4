"""Fault soak: many workers, a faulty platform, kills and a database restart; then checks.

What runs (``make soak``, or ``python bench/soak.py --seconds 600`` for a longer run):

- a throwaway PostgreSQL (``scripts/pg-start.sh``), restarted once mid-run with
  ``pg_ctl restart`` on the same data directory and port;
- the sandbox network served over HTTP (``followback.connectors.sandbox.server``) with
  injected 429s (with Retry-After), 503s, timeouts (the call is carried out, the answer
  never arrives), truncated pages, expired tokens and slow answers;
- ``--procs`` ``followback run`` processes sharing the procrastinate queue; one of them is
  SIGKILLed at random every few seconds and started again;
- simulated time moving forward so followers arrive and leave and people write in.

Afterwards, with faults off and the workers stopped, one clean ``followback run --once``
pass lets every account catch up, and the checks run:

- ``duplicates``: targets the platform saw followed more than once (``follow_calls`` > 1);
  ``duplicate_follows`` counts follow calls on a target followback had already followed
  (allowed only where an earlier call's answer never arrived: a timeout or a SIGKILL);
  ``noop_follows`` counts follow calls on accounts the brand followed before followback
  started (harmless: following is idempotent; printed, not a failure);
- ``lost``: follower arrivals and messages in the sandbox's ground truth missing from the DB;
- ``limit_violations``: calls the platform refused for exceeding its limits;
- ``unrecorded``: injected failures with no ``api_error`` audit entry or dead letter
  (faults hitting a worker in the seconds before it was killed, or during the database
  restart, are excluded and counted as ``excused``).

Prints one line (``soak: events=... faults=... kills=... pg_restarts=1 duplicates=0
lost=0 limit_violations=0 seconds=...``) and exits non-zero if a check fails.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError

from followback.domain import FollowMode, Platform
from followback.store import AccountRepo, open_store
from followback.store.tables import (
    AuditRow,
    BrandAccountRow,
    DeadLetterRow,
    FollowEdgeRow,
    MessageRow,
)

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
FAULTS = {
    "rate_429": 0.03,
    "rate_5xx": 0.03,
    "rate_timeout": 0.01,
    "rate_truncated": 0.02,
    "rate_expired": 0.004,
    "rate_slow": 0.03,
    "retry_after_s": 1.0,
    "slow_s": 0.3,
    "timeout_s": 2.5,
}
KILL_EXCUSE_S = 30.0  # faults a worker met this long before its SIGKILL may be unrecorded
PG_EXCUSE_S = 30.0  # ... and around the database restart
FAULT_ID = re.compile(r"\[fault (\d+)\]")


def log(msg: str) -> None:
    print(f"[soak {time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


class Postgres:
    """The throwaway cluster of scripts/pg-start.sh, with a restart."""

    def __init__(self, state: Path) -> None:
        self.state = state
        out = subprocess.run(
            ["bash", str(ROOT / "scripts/pg-start.sh"), str(state)],
            check=True,
            capture_output=True,
            text=True,
        )
        self.url = out.stdout.strip().splitlines()[-1]

    def restart(self) -> None:
        bindir = (self.state / "bindir").read_text().strip()
        run_as = ["runuser", "-u", "postgres", "--"] if os.getuid() == 0 else []
        # Without -o, pg_ctl reuses the options of the last start (postmaster.opts).
        subprocess.run(
            [
                *run_as,
                f"{bindir}/pg_ctl",
                "-D",
                str(self.state / "pgdata"),
                "-m",
                "fast",
                "-w",
                "-t",
                "60",
                "-l",
                str(self.state / "server.log"),
                "restart",
            ],
            check=True,
            capture_output=True,
        )

    def stop(self) -> None:
        subprocess.run(["bash", str(ROOT / "scripts/pg-stop.sh"), str(self.state)], check=False)


class Sandbox:
    """The HTTP sandbox server in a subprocess."""

    def __init__(self, tmp: Path, brands: int, followers: int, seed: int) -> None:
        port_file = tmp / "sandbox.url"
        self.proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "followback.connectors.sandbox.server",
                "--brands",
                str(brands),
                "--followers",
                str(followers),
                "--seed",
                str(seed),
                "--port-file",
                str(port_file),
            ],
            stdout=subprocess.DEVNULL,
            stderr=open(tmp / "sandbox.log", "w"),  # noqa: SIM115
        )
        deadline = time.time() + 120
        while not port_file.exists() or not port_file.read_text():
            if time.time() > deadline or self.proc.poll() is not None:
                raise RuntimeError("the sandbox server did not start; see sandbox.log")
            time.sleep(0.1)
        self.url = port_file.read_text().strip()
        self.http = httpx.Client(base_url=self.url, timeout=60)

    def get(self, path: str) -> Any:
        return self.http.get(path).raise_for_status().json()

    def post(self, path: str, body: dict[str, Any]) -> Any:
        return self.http.post(path, json=body).raise_for_status().json()

    def stop(self) -> None:
        self.proc.terminate()
        self.proc.wait(timeout=30)


class Workers:
    """``followback run`` processes; killed and restarted at random."""

    def __init__(self, n: int, db_url: str, sandbox_url: str, tmp: Path, interval: float) -> None:
        self.env = {
            **os.environ,
            "FOLLOWBACK_SANDBOX_URL": sandbox_url,
            "FOLLOWBACK_CONFIG": str(tmp / "absent.toml"),
        }
        self.cmd = [
            str(BIN / "followback"),
            "run",
            "--db",
            db_url,
            "--workers",
            "2",
            "--interval",
            str(interval),
            "--log-level",
            "WARNING",
        ]
        self.tmp = tmp
        self.procs: list[subprocess.Popen[bytes]] = []
        self.killed: dict[str, float] = {}  # pid -> when
        self.starts = 0
        for _ in range(n):
            self.procs.append(self._start())

    def _start(self) -> subprocess.Popen[bytes]:
        self.starts += 1
        err = open(self.tmp / f"worker{self.starts}.log", "wb")  # noqa: SIM115
        return subprocess.Popen(self.cmd, env=self.env, stdout=subprocess.DEVNULL, stderr=err)

    def kill_one(self, rng: random.Random) -> None:
        i = rng.randrange(len(self.procs))
        proc = self.procs[i]
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        self.killed[str(proc.pid)] = time.time()
        self.procs[i] = self._start()

    def revive(self) -> int:
        """Start again any worker that exited by itself (it should not); count them."""
        died = 0
        for i, proc in enumerate(self.procs):
            if proc.poll() is not None:
                died += 1
                self.procs[i] = self._start()
        return died

    def stop(self) -> list[int]:
        for proc in self.procs:
            proc.send_signal(signal.SIGTERM)
        codes = []
        for proc in self.procs:
            try:
                codes.append(proc.wait(timeout=90))
            except subprocess.TimeoutExpired:
                proc.kill()
                codes.append(-9)
        return codes


def reauthorise(db_url: str) -> int:
    """The operator reconnects accounts whose (injected) expired tokens hit the threshold."""
    try:
        store = open_store(db_url, migrate=False)
    except Exception:
        return 0
    try:
        with store.session() as s:
            rows = s.scalars(select(BrandAccountRow).where(BrandAccountRow.needs_reauth)).all()
            for row in rows:
                row.needs_reauth = False
                row.auth_failures = 0
            return len(rows)
    except SQLAlchemyError:
        return 0
    finally:
        store.dispose()


def setup_accounts(db_url: str, brands: int) -> None:
    store = open_store(db_url)
    with store.session() as s:
        repo = AccountRepo(s)
        for i in range(1, brands + 1):
            repo.add(Platform.SANDBOX, f"brand{i}", f"brand{i}", FollowMode.AUTO)
    store.dispose()


def final_pass(workers: Workers) -> int:
    proc = subprocess.run(
        [*workers.cmd[:2], "--once", *workers.cmd[2:]],
        env=workers.env,
        capture_output=True,
        timeout=600,
        check=False,
    )
    return proc.returncode


def check(
    db_url: str, sandbox: Sandbox, brands: int, workers: Workers, pg_restart_at: float
) -> dict[str, int]:
    stats = sandbox.get("/control/stats")
    fault_log = sandbox.get("/control/fault-log")["faults"]
    store = open_store(db_url, migrate=False)
    res = {
        "events": 0,
        "duplicates": 0,
        "duplicate_follows": 0,
        "noop_follows": 0,
        "lost": 0,
        "limit_violations": 0,
    }
    with store.session() as s:
        ids = {r.handle: r.id for r in s.scalars(select(BrandAccountRow))}
        for i in range(1, brands + 1):
            handle = f"brand{i}"
            truth = sandbox.get(f"/control/truth/{handle}")
            arrivals = set(truth["arrivals"])
            msgs = set(truth["messages"]) | set(truth["dms"])
            edges = set(
                s.scalars(
                    select(FollowEdgeRow.remote_id).where(
                        FollowEdgeRow.brand_account_id == ids[handle],
                        FollowEdgeRow.direction == "follower",
                    )
                )
            )
            stored = (
                set(s.scalars(select(MessageRow.remote_id).where(MessageRow.remote_id.in_(msgs))))
                if msgs
                else set()
            )
            res["events"] += len(arrivals) + len(msgs)
            res["lost"] += len(arrivals - edges) + len(msgs - stored)
            res["duplicates"] += sum(1 for v in truth["follow_calls"].values() if v > 1)
            res["duplicate_follows"] += sum(truth["repeat_follows"].values())
            res["noop_follows"] += int(truth["noop_follows"])
            res["limit_violations"] += int(truth["limit_violations"])
        audit = [d for d in s.scalars(select(AuditRow.detail).where(AuditRow.verb == "api_error"))]
        dead = [e for e in s.scalars(select(DeadLetterRow.error))]
    store.dispose()
    recorded: set[int] = set()
    timeouts_recorded = 0
    for text in [str(d.get("message", "")) for d in audit] + dead:
        recorded.update(int(m) for m in FAULT_ID.findall(text))
        timeouts_recorded += "timed out" in text
    unrecorded = excused = 0
    timeouts_due = 0
    for f in fault_log:
        if f["kind"] == "slow":
            continue
        killed_at = workers.killed.get(f["client"])
        near_kill = killed_at is not None and 0 <= killed_at - f["at"] <= KILL_EXCUSE_S
        near_pg = abs(f["at"] - pg_restart_at) <= PG_EXCUSE_S
        if f["kind"] == "timeout":
            if near_kill or near_pg:
                excused += 1
            else:
                timeouts_due += 1
            continue
        if f["id"] in recorded:
            continue
        if near_kill or near_pg:
            excused += 1
        else:
            unrecorded += 1
    unrecorded += max(0, timeouts_due - timeouts_recorded)
    # A follow call whose answer never arrived (a timeout, or a worker killed mid-call)
    # may be sent again; the platform then sees an already-followed target. Those are
    # the only duplicate follow calls allowed, and the target is still followed once.
    unknown_outcomes = len(workers.killed) + sum(
        1 for f in fault_log if f["kind"] == "timeout" and f["verb"] == "follow"
    )
    res["unaccounted_duplicates"] = max(0, res["duplicate_follows"] - unknown_outcomes)
    res.update(
        faults=sum(stats["faults"].values()),
        unrecorded=unrecorded,
        excused=excused,
        calls=sum(stats["calls"].values()),
    )
    return res


def _churn(
    args: argparse.Namespace,
    rng: random.Random,
    pg: Postgres,
    sandbox: Sandbox,
    workers: Workers,
) -> tuple[dict[str, int], float]:
    """Advance time, kill workers at random, restart PostgreSQL once; return the counts."""
    counts = {"kills": 0, "pg_restarts": 0, "reauths": 0, "died": 0}
    pg_restart_at = 0.0
    next_kill = time.time() + rng.expovariate(1 / args.kill_every)
    end = time.time() + args.seconds
    calm = end - min(25.0, args.seconds / 4)  # no kills at the very end: let work settle
    while time.time() < end:
        time.sleep(1.5)
        sandbox.post("/control/advance", {"hours": 0.25, "step_hours": 0.25})
        if next_kill <= time.time() < calm:
            workers.kill_one(rng)
            counts["kills"] += 1
            next_kill = time.time() + rng.expovariate(1 / args.kill_every)
        if not counts["pg_restarts"] and time.time() >= end - args.seconds * 0.55:
            log("restarting PostgreSQL")
            pg_restart_at = time.time()
            pg.restart()
            counts["pg_restarts"] += 1
        counts["reauths"] += reauthorise(pg.url)
        counts["died"] += workers.revive()
    return counts, pg_restart_at


def main() -> int:
    p = argparse.ArgumentParser(description="followback fault soak")
    p.add_argument("--seconds", type=float, default=float(os.environ.get("SOAK_SECONDS", 120)))
    p.add_argument("--brands", type=int, default=4)
    p.add_argument("--followers", type=int, default=300)
    p.add_argument("--procs", type=int, default=3, help="worker processes")
    p.add_argument("--interval", type=float, default=3.0, help="seconds between cycles")
    p.add_argument("--kill-every", type=float, default=30.0, help="mean seconds between kills")
    p.add_argument("--seed", type=int, default=7)
    p.add_argument("--keep", action="store_true", help="keep the temp dir (logs)")
    args = p.parse_args()
    rng = random.Random(args.seed)
    tmp = Path(tempfile.mkdtemp(prefix="followback-soak-"))
    tmp.chmod(0o755)  # PostgreSQL runs as the postgres user when we are root
    started = time.time()
    pg = sandbox = workers = None
    try:
        pg = Postgres(tmp / "pg")
        log(f"PostgreSQL at {pg.url}")
        setup_accounts(pg.url, args.brands)
        sandbox = Sandbox(tmp, args.brands, args.followers, args.seed)
        sandbox.post("/control/faults", {**FAULTS, "seed": args.seed})
        log(f"sandbox at {sandbox.url}; {args.brands} brands x {args.followers} followers")
        workers = Workers(args.procs, pg.url, sandbox.url, tmp, args.interval)
        counts, pg_restart_at = _churn(args, rng, pg, sandbox, workers)
        kills, pg_restarts, reauths, died = (
            counts["kills"],
            counts["pg_restarts"],
            counts["reauths"],
            counts["died"],
        )
        log(f"stopping workers (kills={kills}, revived={died}, reauths={reauths})")
        sandbox.post("/control/faults", {k: 0.0 for k in FAULTS if k.startswith("rate_")})
        codes = workers.stop()
        reauths += reauthorise(pg.url)
        log(f"workers stopped with {codes}; final clean pass")
        final_rc = final_pass(workers)
        res = check(pg.url, sandbox, args.brands, workers, pg_restart_at)
        seconds = round(time.time() - started)
        print(
            f"soak: events={res['events']} faults={res['faults']} kills={kills} "
            f"pg_restarts={pg_restarts} duplicates={res['duplicates']} lost={res['lost']} "
            f"limit_violations={res['limit_violations']} seconds={seconds} "
            f"duplicate_follows={res['duplicate_follows']} unrecorded={res['unrecorded']} "
            f"excused={res['excused']} noop_follows={res['noop_follows']} calls={res['calls']} "
            f"reauths={reauths} graceful_stops="
            f"{sum(1 for c in codes if c == 0)}/{len(codes)}",
            flush=True,
        )
        failed = [
            name
            for name, bad in (
                ("duplicates", res["duplicates"] > 0),
                ("lost", res["lost"] > 0),
                ("limit_violations", res["limit_violations"] > 0),
                ("unrecorded failures", res["unrecorded"] > 0),
                ("unaccounted duplicate follows", res["unaccounted_duplicates"] > 0),
                ("no events", res["events"] == 0),
                ("no faults injected", res["faults"] == 0),
                ("pg restart", pg_restarts != 1),
                ("final pass", final_rc != 0),
            )
            if bad
        ]
        if failed:
            log("FAILED: " + ", ".join(failed) + f" (logs in {tmp})")
            args.keep = True
            return 1
        return 0
    finally:
        if workers is not None:
            for proc in workers.procs:
                if proc.poll() is None:
                    proc.kill()
        if sandbox is not None:
            sandbox.stop()
        if pg is not None:
            pg.stop()
        if not args.keep:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
