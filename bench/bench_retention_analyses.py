"""The Retention page's analyses: computing them against reading the kept ones, by size.

    .venv/bin/python bench/bench_retention_analyses.py [--followers 10000,100000] [--write]

For each size N, fills a fresh PostgreSQL schema (``FOLLOWBACK_BENCH_PG_URL`` or
``FOLLOWBACK_TEST_PG_URL``) with ``bench_web.py``'s account shape (N followers, 3 % of N
arrival and unfollow events, N/100 conversations, N/10 decisions), then times, three times
each, in this process:

- **compute** (what the page did on every view before, and what ``followback run`` now
  does once per sync at most): :func:`followback.services.report.retention_analyses`;
- **read kept** (what the page does now): the kept row read and decoded
  (:meth:`RetentionAnalysisRepo.get`).

With ``--write`` the table goes to bench/RESULTS.md and the curves to
bench/plots/retention_analyses.png.

Wall seconds and this process's CPU seconds (the database server's CPU is not in them).
The page computes inline up to ``INLINE_MAX_ARRIVALS`` arrivals; this is the figure that
limit rests on. 1,000,000 followers takes a few minutes to fill: pass it explicitly.
"""

from __future__ import annotations

import argparse
import platform
import statistics
import time
import zlib
from collections.abc import Callable
from typing import Any

from bench_web import NOW, _fill, _migrate, _rebuild_counts
from common import ROOT, load, log, pg_schema, pg_url_env, plot_curves, record_result


def _timed(fn: Callable[[], Any], repeats: int = 3) -> tuple[list[float], list[float]]:
    walls, cpus = [], []
    for _ in range(repeats):
        t, c = time.perf_counter(), time.process_time()
        fn()
        walls.append(time.perf_counter() - t)
        cpus.append(time.process_time() - c)
    return walls, cpus


def _one(n: int, base_url: str) -> dict[str, Any]:
    from followback.actions.retention_analyses import keep_retention_analyses
    from followback.services.report import retention_analyses
    from followback.store import open_store
    from followback.store.retention_analyses import RetentionAnalysisRepo
    from followback.store.tracking_queries import audience_counts
    from followback.tracking.analyses import encode

    url, drop = pg_schema(base_url, "retention")
    try:
        _migrate(url, ROOT / "src")
        shape = _fill(url, n, ROOT / "src")
        _rebuild_counts(url)
        store = open_store(url, migrate=False)
        big = shape["account"]
        started = load()

        def compute() -> Any:
            with store.read() as s:
                return retention_analyses(s, big, NOW)

        walls, cpus = _timed(compute)
        analyses = compute()
        keep_retention_analyses(store, big, analyses, computed_at=NOW, synced_at=NOW, seconds=0)

        def read() -> Any:
            with store.read() as s:
                return RetentionAnalysisRepo(s).get(big)

        read_walls, read_cpus = _timed(read)
        with store.read() as s:
            arrivals = audience_counts(s, big).arrivals
        store.dispose()
        return {
            "followers": n,
            "arrivals": arrivals,
            "conversations": shape["conversations"],
            "compute": (walls, cpus),
            "read": (read_walls, read_cpus),
            "bytes": len(zlib.compress(encode(analyses).encode(), 6)),
            "load": started,
        }
    finally:
        drop()


def _fmt(pair: tuple[list[float], list[float]]) -> str:
    walls, cpus = pair
    return (
        f"{statistics.median(walls):.3f} ({min(walls):.3f}-{max(walls):.3f}) / "
        f"{statistics.median(cpus):.3f}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--followers", default="10000,100000")
    parser.add_argument("--write", action="store_true")
    args = parser.parse_args()
    base_url = pg_url_env()
    if not base_url:
        raise SystemExit("bench_retention_analyses: set FOLLOWBACK_BENCH_PG_URL")
    sizes = [int(x) for x in args.followers.split(",")]
    rows = []
    for n in sizes:
        row = _one(n, base_url)
        log(f"{n:,}: compute {_fmt(row['compute'])}, read kept {_fmt(row['read'])}")
        rows.append(row)
    lines = [
        f"Command: `python bench/bench_retention_analyses.py --followers {args.followers} "
        f"--write` ({time.strftime('%Y-%m-%d %H:%M', time.gmtime())} UTC, {platform.machine()}, "
        f"Python {platform.python_version()}). PostgreSQL (shared server), `bench_web.py`'s "
        "account shape at each size, in a fresh schema. Three runs each; seconds: median "
        "(min-max) wall / median CPU of this process (the database server's not in it). "
        "Baseline, same run: computing the analyses, as the page did on every view; ours: "
        "reading the kept ones, as the page does now.",
        "",
        "| followers | arrivals | conversations | compute s (baseline) | read kept s (ours) "
        "| kept bytes | load |",
        "|---|---|---|---|---|---|---|",
    ]
    lines += [
        f"| {r['followers']:,} | {r['arrivals']:,} | {r['conversations']:,} | "
        f"{_fmt(r['compute'])} | {_fmt(r['read'])} | {r['bytes']:,} | {r['load']} |"
        for r in rows
    ]
    lines += ["", "![retention analyses](plots/retention_analyses.png)"]
    body = "\n".join(lines)
    print(body)
    if args.write:
        _plot(rows)
        record_result("The Retention page's analyses: cost against size", body)


def _plot(rows: list[dict[str, Any]]) -> None:
    xs = [float(r["followers"]) for r in rows]

    def median(key: str, part: int) -> list[float]:
        return [max(statistics.median(r[key][part]), 1e-4) for r in rows]

    plot_curves(
        ROOT / "bench" / "plots" / "retention_analyses.png",
        "Retention analyses (bench/bench_retention_analyses.py)",
        "followers",
        [
            (
                label,
                {
                    "compute (baseline: every view)": (xs, median("compute", part)),
                    "read kept (ours)": (xs, median("read", part)),
                },
            )
            for label, part in (("wall s", 0), ("CPU s (this process)", 1))
        ],
    )


if __name__ == "__main__":
    main()
