"""Shared pieces of the operations benchmarks: a throwaway PostgreSQL, brand accounts,
and an in-process sandbox network that hands out connectors to the job runner."""

from __future__ import annotations

import os
import subprocess
import sys
import time
import uuid
from collections.abc import Callable
from pathlib import Path

from followback.connectors.base import Connector
from followback.connectors.sandbox import SandboxNetwork
from followback.domain import FollowMode, Platform
from followback.store import AccountRepo, Store, open_store

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "RESULTS.md"


def log(msg: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


def start_pg(state: Path) -> str:
    state.parent.mkdir(parents=True, exist_ok=True)
    state.parent.chmod(0o755)  # PostgreSQL runs as the postgres user when we are root
    out = subprocess.run(
        ["bash", str(ROOT / "scripts/pg-start.sh"), str(state)],
        check=True,
        capture_output=True,
        text=True,
    )
    return out.stdout.strip().splitlines()[-1]


def stop_pg(state: Path) -> None:
    subprocess.run(["bash", str(ROOT / "scripts/pg-stop.sh"), str(state)], check=False)


def add_accounts(url: str, n: int, mode: FollowMode = FollowMode.AUTO) -> Store:
    store = open_store(url)
    with store.session() as s:
        repo = AccountRepo(s)
        for i in range(1, n + 1):
            repo.add(Platform.SANDBOX, f"brand{i}", f"brand{i}", mode)
    return store


class InProcessSandbox:
    """Brands are created on first use with ``followers`` followers each.

    Each worker process holds its own copy of the (deterministic) network; in one pass
    every account is handled by exactly one worker, so the copies never disagree.
    """

    def __init__(self, followers: int, seed: int = 1) -> None:
        self.net = SandboxNetwork(seed=seed)
        self.followers = followers

    def __call__(self, store: Store, account_id: int) -> Connector:
        with store.session() as s:
            handle = AccountRepo(s).get(account_id).handle
        if handle not in self.net.brands:
            self.net.add_brand(handle, followers=self.followers)
        conn: Connector = self.net.connector(handle)
        return conn


def record_result(heading: str, body: str) -> None:
    """Replace (or append) the section ``heading`` in bench/RESULTS.md."""
    text = RESULTS.read_text(encoding="utf-8") if RESULTS.exists() else "# Benchmark results\n"
    marker = f"## {heading}\n"
    section = f"{marker}\n{body.strip()}\n"
    if marker in text:
        start = text.index(marker)
        nxt = text.find("\n## ", start + len(marker))
        text = text[:start] + section + ("" if nxt == -1 else text[nxt:])
    else:
        text = text.rstrip("\n") + "\n\n" + section
    RESULTS.write_text(text, encoding="utf-8")


def machine() -> str:
    load = os.getloadavg()[0]
    return f"{os.cpu_count()} CPUs, load average {load:.1f} at the start"


def pg_url_env() -> str | None:
    """The PostgreSQL server the benchmarks may use (a schema of their own on it)."""
    return os.environ.get("FOLLOWBACK_BENCH_PG_URL") or os.environ.get("FOLLOWBACK_TEST_PG_URL")


def pg_schema(base_url: str, name: str) -> tuple[str, Callable[[], None]]:
    """A fresh schema on ``base_url``; returns its URL (search_path set through libpq's
    ``options``, so SQLAlchemy, psycopg and procrastinate all land in it) and a dropper."""
    from sqlalchemy import create_engine, text

    schema = f"bench_{name}_{uuid.uuid4().hex[:8]}"
    admin = create_engine(base_url)
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    admin.dispose()
    sep = "&" if "?" in base_url else "?"
    url = f"{base_url}{sep}options=-csearch_path%3D{schema}"

    def drop() -> None:
        eng = create_engine(base_url)
        with eng.begin() as conn:
            conn.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
        eng.dispose()

    return url, drop


_TICKS = os.sysconf("SC_CLK_TCK")


def proc_cpu_s(pid: int) -> float | None:
    """CPU seconds (user + system) of process ``pid`` from /proc, None once it has gone."""
    try:
        with open(f"/proc/{pid}/stat") as fh:
            fields = fh.read().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / _TICKS


def load() -> str:
    """The 1-, 5- and 15-minute load averages, for every figure recorded."""
    one, five, fifteen = os.getloadavg()
    return f"load {one:.1f} / {five:.1f} / {fifteen:.1f} on {os.cpu_count()} CPUs"


def plot_curves(
    path: Path,
    title: str,
    xlabel: str,
    panels: list[tuple[str, dict[str, tuple[list[float], list[float]]]]],
) -> None:
    """One figure, one panel per (y label, {series: (xs, ys)}), log-log axes."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, axes = plt.subplots(1, len(panels), figsize=(5.5 * len(panels), 4.2), squeeze=False)
    for ax, (ylabel, series) in zip(axes[0], panels, strict=True):
        for label, (xs, ys) in series.items():
            ax.plot(xs, ys, marker="o", label=label)
        ax.set_xscale("log")
        ax.set_yscale("log")
        ax.set_xlabel(xlabel)
        ax.set_ylabel(ylabel)
        ax.grid(True, which="both", alpha=0.3)
        ax.legend(fontsize=8)
    fig.suptitle(title)
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=90)
    plt.close(fig)
