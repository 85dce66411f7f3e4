"""The tracking report: an HTML page with real plots and CSV exports.

``write_report`` writes ``index.html`` (inline SVG figures from
:mod:`followback.reports.figures`), ``daily_metrics.csv``, ``follow_events.csv``,
``follow_edges.csv`` and ``metric_snapshots.csv`` into a directory. The web dashboard
calls :func:`account_analytics` for the same numbers and figures.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import polars as pl
from jinja2 import Environment, PackageLoader, select_autoescape
from sqlalchemy.orm import Session

from followback.domain import BrandAccount, Clock, Direction, ErrorCode, UserError
from followback.reports.figures import (
    churn_figure,
    followers_figure,
    inactive_figure,
    ratio_figure,
    survival_figure,
    to_svg,
)
from followback.store import AccountRepo, Store
from followback.store.edges import EdgeRepo
from followback.store.tracking_queries import (
    EDGE_COLUMNS,
    EVENT_COLUMNS,
    SNAPSHOT_COLUMNS,
    iter_edges,
    iter_events,
    iter_snapshots,
    load_events,
    load_snapshots,
    load_survival_edges,
)
from followback.tracking.metrics import ActivityCounts, daily_series, summarise
from followback.tracking.retention import (
    SurvivalComparison,
    compare_followback,
    holdout_experiment,
)

__all__ = ["AccountAnalytics", "account_analytics", "write_report"]


@dataclass
class AccountAnalytics:
    """Everything the report and dashboard show for one account."""

    account: BrandAccount
    summary: dict[str, Any]
    totals: dict[str, Any]
    daily: pl.DataFrame
    snapshots: pl.DataFrame
    retention: SurvivalComparison
    holdout: SurvivalComparison

    def figures_svg(self) -> dict[str, str]:
        """The account's figures as inline SVG, by name."""
        return {
            "followers": to_svg(followers_figure(self.snapshots)),
            "ratio": to_svg(ratio_figure(self.daily)),
            "churn": to_svg(churn_figure(self.daily)),
            "survival": to_svg(survival_figure(self.retention)),
            "inactive": to_svg(inactive_figure(self.snapshots)),
        }


def account_analytics(session: Session, account_id: int, now: datetime) -> AccountAnalytics:
    """Metrics, daily series and retention comparisons of one account."""
    account = AccountRepo(session).get(account_id)
    snapshots = load_snapshots(session, account_id)
    daily = daily_series(
        snapshots.select("at", "followers", "following"), load_events(session, account_id)
    )
    edges = EdgeRepo(session)
    followers = edges.count_active(account_id, Direction.FOLLOWER)
    following = edges.count_active(account_id, Direction.FOLLOWING)
    last = snapshots.tail(1).to_dicts()[0] if not snapshots.is_empty() else {}
    activity = ActivityCounts(
        known=int(last.get("known", 0)),
        inactive_30d=int(last.get("inactive_30d", 0)),
        inactive_90d=int(last.get("inactive_90d", 0)),
    )
    summary = summarise(followers, following, edges.count_mutual(account_id), activity).as_dict()
    totals = {
        "new_followers": int(daily["new_followers"].sum()) if not daily.is_empty() else 0,
        "unfollowers": int(daily["unfollowers"].sum()) if not daily.is_empty() else 0,
        "purged": int(daily["purged"].sum()) if not daily.is_empty() else 0,
        "net_growth": int(daily["net_growth"].sum()) if not daily.is_empty() else 0,
        "calls": int(snapshots["calls"].sum()) if not snapshots.is_empty() else 0,
        "records": int(snapshots["records"].sum()) if not snapshots.is_empty() else 0,
        "cost_usd": float(snapshots["cost_usd"].sum()) if not snapshots.is_empty() else 0.0,
    }
    survival = load_survival_edges(session, account_id, now)
    return AccountAnalytics(
        account=account,
        summary=summary,
        totals=totals,
        daily=daily,
        snapshots=snapshots,
        retention=compare_followback(survival, now),
        holdout=holdout_experiment(survival, now),
    )


def _write_csv(path: Path, header: Iterable[str], rows: Iterable[Iterable[Any]]) -> None:
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(list(header))
        for row in rows:
            writer.writerow([_cell(v) for v in row])


def _cell(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, dict | list):
        return json.dumps(value, sort_keys=True)
    return "" if value is None else value


def _daily_rows(items: list[AccountAnalytics]) -> Iterator[list[Any]]:
    for item in items:
        for row in item.daily.iter_rows():
            yield [item.account.id, item.account.handle, *row]


def _fmt(value: float | None, digits: int = 2) -> str:
    return "–" if value is None else f"{value:.{digits}f}"


def _pct(value: float | None) -> str:
    return "–" if value is None else f"{100 * value:.1f}%"


def write_report(store: Store, account_id: int | None, out_dir: Path, *, clock: Clock) -> Path:
    """Write the HTML report and CSV exports into ``out_dir``; return ``index.html``'s path.

    ``account_id=None`` reports every account. Raises :class:`UserError` when
    ``out_dir`` exists and is not a directory, or the account does not exist.
    """
    if out_dir.exists() and not out_dir.is_dir():
        raise UserError(
            f"report output {out_dir} exists and is not a directory", ErrorCode.BAD_INPUT
        )
    out_dir.mkdir(parents=True, exist_ok=True)
    now = clock()
    with store.session() as s:
        ids = [account_id] if account_id is not None else [a.id for a in AccountRepo(s).list()]
        items = [account_analytics(s, aid, now) for aid in ids]
        daily_cols = (
            items[0].daily.columns
            if items
            else list(daily_series(pl.DataFrame(), pl.DataFrame()).columns)
        )
        _write_csv(
            out_dir / "daily_metrics.csv", ["account_id", "handle", *daily_cols], _daily_rows(items)
        )
        _write_csv(out_dir / "follow_events.csv", EVENT_COLUMNS, iter_events(s, account_id))
        _write_csv(out_dir / "follow_edges.csv", EDGE_COLUMNS, iter_edges(s, account_id))
        _write_csv(
            out_dir / "metric_snapshots.csv", SNAPSHOT_COLUMNS, iter_snapshots(s, account_id)
        )
    env = Environment(
        loader=PackageLoader("followback.reports", "templates"),
        autoescape=select_autoescape(["html"]),
    )
    accounts = []
    for item in items:
        svgs = item.figures_svg()
        accounts.append(
            {
                "platform": item.account.platform.value,
                "handle": item.account.handle,
                "summary": item.summary,
                "totals": item.totals,
                "figures": [
                    svgs[k] for k in ("followers", "ratio", "churn", "inactive", "survival")
                ],
                "retention": item.retention,
                "cohorts": item.retention.cohorts.to_dicts() if item.retention.ok else [],
                "holdout": item.holdout,
                "holdout_figure": (
                    to_svg(survival_figure(item.holdout, "Hold-out experiment"))
                    if item.holdout.ok
                    else None
                ),
            }
        )
    html = env.get_template("report.html").render(
        generated_at=now.strftime("%Y-%m-%d %H:%M UTC"),
        accounts=accounts,
        csv_files=[
            "daily_metrics.csv",
            "follow_events.csv",
            "follow_edges.csv",
            "metric_snapshots.csv",
        ],
        fmt=_fmt,
        pct=_pct,
    )
    index = out_dir / "index.html"
    index.write_text(html, encoding="utf-8")
    return index
