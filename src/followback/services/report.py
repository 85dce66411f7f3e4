"""The tracking report: an HTML page with real plots and CSV exports.

``write_report`` writes ``index.html`` (inline SVG figures from
:mod:`followback.reports.figures`), ``daily_metrics.csv``, ``follow_events.csv``,
``follow_edges.csv`` and ``metric_snapshots.csv`` into a directory. The web dashboard
calls :func:`account_analytics` for the same numbers and figures.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import threading
from collections import OrderedDict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import polars as pl
from jinja2 import Environment, PackageLoader, select_autoescape

from followback.domain import BrandAccount, Clock, ErrorCode, UserError
from followback.reports.figures import (
    churn_figure,
    followers_figure,
    inactive_figure,
    ratio_figure,
    survival_figure,
    to_svg,
)
from followback.store import AccountRepo, Store
from followback.store import StoreSession as Session
from followback.store.edges import EdgeRepo
from followback.store.policies import PolicyRepo
from followback.store.tracking_queries import (
    EDGE_COLUMNS,
    EVENT_COLUMNS,
    SNAPSHOT_COLUMNS,
    audience_counts,
    iter_edges,
    iter_events,
    iter_snapshots,
    last_sync_at,
    load_day_counts,
    load_experiment,
    load_first_contacts,
    load_snapshots,
    load_survival_edges,
)
from followback.tracking.analyses import RetentionAnalyses
from followback.tracking.experiment import ExperimentResult, analyse_experiment
from followback.tracking.metrics import (
    ActivityCounts,
    AudienceCounts,
    daily_series_from_counts,
    summarise,
)
from followback.tracking.retention import (
    AdjustedComparison,
    GroupCurve,
    compare_followback,
    compare_sla,
    weekly_cohorts,
)

__all__ = [
    "RETENTION_FILES",
    "AccountAnalytics",
    "account_analytics",
    "retention_analyses",
    "retention_csv",
    "retention_html",
    "retention_svg",
    "retention_tables",
    "write_csv_text",
    "write_report",
]

DEFAULT_SLA_MINUTES = 60  # InboxSettings.first_response_sla_minutes's default


@dataclass
class AccountAnalytics:
    """Everything the report and dashboard show for one account."""

    account: BrandAccount
    summary: dict[str, Any]
    totals: dict[str, Any]
    counts: AudienceCounts
    daily: pl.DataFrame
    snapshots: pl.DataFrame
    retention: RetentionAnalyses

    @property
    def experiment(self) -> ExperimentResult:
        return self.retention.experiment

    @property
    def observational(self) -> AdjustedComparison:
        return self.retention.observational

    @property
    def sla(self) -> AdjustedComparison:
        return self.retention.sla

    @property
    def cohorts(self) -> pl.DataFrame:
        return self.retention.cohorts

    def figures_svg(self) -> dict[str, str]:
        """The account's figures as inline SVG, by name."""
        return {
            "followers": to_svg(followers_figure(self.snapshots)),
            "ratio": to_svg(ratio_figure(self.daily)),
            "churn": to_svg(churn_figure(self.daily)),
            "inactive": to_svg(inactive_figure(self.snapshots)),
            **retention_svg(self.retention),
        }


def retention_svg(analyses: RetentionAnalyses) -> dict[str, str]:
    """The retention figures (the experiment's arms, the observational comparisons)."""
    exp = analyses.experiment
    return {
        "experiment": _survival_svg(
            exp.curves,
            "Experiment: followed back vs held out (as assigned)",
            exp.headline,
            "days since assignment",
        ),
        "survival": _survival_svg(
            analyses.observational.groups,
            "Observational: followed back by day 2 vs not",
            analyses.observational.message,
            "days since day 2 after following",
        ),
        "sla": _survival_svg(
            analyses.sla.groups,
            "Observational: first message answered within the SLA vs not",
            analyses.sla.message,
            "days since the SLA deadline",
        ),
    }


# Drawn survival figures by their inputs: drawing one takes matplotlib about 0.15 CPU-s,
# most of the Retention page's time, and the same curves give the same picture, so a
# page seen again before the data changes reuses it. Bounded: a few accounts' worth.
_DRAWN: OrderedDict[str, str] = OrderedDict()
_DRAWN_MAX = 48
_DRAWN_LOCK = threading.Lock()


def _survival_svg(curves: Sequence[GroupCurve], title: str, empty: str, xlabel: str) -> str:
    key = hashlib.sha256(repr((curves, title, empty, xlabel)).encode()).hexdigest()
    with _DRAWN_LOCK:  # web requests run in threads
        svg = _DRAWN.get(key)
        if svg is not None:
            _DRAWN.move_to_end(key)
            return svg
    svg = to_svg(survival_figure(curves, title, empty=empty, xlabel=xlabel))
    with _DRAWN_LOCK:
        _DRAWN[key] = svg
        while len(_DRAWN) > _DRAWN_MAX:
            _DRAWN.popitem(last=False)
    return svg


def account_analytics(
    session: Session, account_id: int, now: datetime, *, sla_minutes: int = DEFAULT_SLA_MINUTES
) -> AccountAnalytics:
    """Metrics, daily series, the experiment and the observational retention comparisons."""
    account = AccountRepo(session).get(account_id)
    snapshots = load_snapshots(session, account_id)
    daily = daily_series_from_counts(
        snapshots.select("at", "followers", "following"), load_day_counts(session, account_id)
    )
    counts = audience_counts(session, account_id)
    last = snapshots.tail(1).to_dicts()[0] if not snapshots.is_empty() else {}
    activity = ActivityCounts(
        known=int(last.get("known", 0)),
        inactive_30d=int(last.get("inactive_30d", 0)),
        inactive_90d=int(last.get("inactive_90d", 0)),
        estimated=bool(last.get("activity_estimated", False)),
        sampled=int(last.get("activity_sampled", 0) or 0),
    )
    mutual = EdgeRepo(session).count_mutual(account_id)
    summary = summarise(counts.followers, counts.following, mutual, activity).as_dict()
    totals = {
        "new_followers": counts.arrivals,
        "unfollowers": counts.unfollowed,
        "purged": counts.purged,
        "deactivated": counts.deactivated,
        "departures": counts.departures,
        "net_growth": counts.net_change,
        "calls": int(snapshots["calls"].sum()) if not snapshots.is_empty() else 0,
        "records": int(snapshots["records"].sum()) if not snapshots.is_empty() else 0,
        "cost_usd": float(snapshots["cost_usd"].sum()) if not snapshots.is_empty() else 0.0,
    }
    return AccountAnalytics(
        account=account,
        summary=summary,
        totals=totals,
        counts=counts,
        daily=daily,
        snapshots=snapshots,
        retention=retention_analyses(session, account_id, now, sla_minutes=sla_minutes),
    )


def retention_analyses(
    session: Session, account_id: int, now: datetime, *, sla_minutes: int = DEFAULT_SLA_MINUTES
) -> RetentionAnalyses:
    """The experiment, the observational comparisons and the weekly cohorts of one account:
    the Retention page's figures, which the service keeps (seconds at millions of
    followers: survival models over every arrival and first contact)."""
    holdout_days = PolicyRepo(session).get(account_id).settings.holdout_days
    # Analyses run as of the last sync, not the wall clock: a paused or simulated account
    # gets the same answer whenever (and from wherever) it is looked at.
    last_sync = last_sync_at(session, account_id)
    if last_sync is not None:
        now = min(now, last_sync)
    survival = load_survival_edges(session, account_id, now)
    return RetentionAnalyses(
        as_of=now,
        sla_minutes=sla_minutes,
        holdout_days=holdout_days,
        experiment=analyse_experiment(
            load_experiment(session, account_id), now, horizon_days=holdout_days
        ),
        observational=compare_followback(survival, now),
        sla=compare_sla(load_first_contacts(session, account_id), now, sla_minutes),
        cohorts=weekly_cohorts(survival, now),
    )


RETENTION_FILES = (
    "retention_curves.csv",
    "experiment_looks.csv",
    "experiment_arms.csv",
    "experiment_cohorts.csv",
    "cohorts_by_week.csv",
)


def retention_tables(
    analyses: RetentionAnalyses,
) -> dict[str, tuple[list[str], list[list[Any]]]]:
    """What each retention chart and table shows, as CSV header and rows, by file name.

    The report writes these files and the dashboard serves them, so both show the same
    figures.
    """
    exp = analyses.experiment
    curve_header = ["comparison", "group", "day", "still_following", "lower_95", "upper_95"]
    curves: list[list[Any]] = []
    for name, groups in (
        ("experiment", exp.curves),
        ("observational_followback", analyses.observational.groups),
        ("observational_sla", analyses.sla.groups),
    ):
        for g in groups:
            curves += [
                [name, g.label, t, s, lo, hi]
                for t, s, lo, hi in zip(g.timeline, g.survival, g.lower, g.upper, strict=True)
            ]
    looks = [
        [
            look.at.isoformat(), look.events, look.fraction, look.boundary, look.z,
            look.hazard_ratio, look.lower, look.upper, look.crossed,
        ]
        for look in exp.looks
    ]  # fmt: skip
    arms = [
        [a.label, a.assigned, a.followed_back, a.departures, a.left_by_horizon] for a in exp.arms
    ]
    return {
        "retention_curves.csv": (curve_header, curves),
        "experiment_looks.csv": (
            [
                "look_at",
                "departures",
                "information_fraction",
                "boundary_z",
                "z",
                "hazard_ratio_held_out_vs_followed_back",
                "repeated_ci_lower",
                "repeated_ci_upper",
                "boundary_crossed",
            ],
            looks,
        ),
        "experiment_arms.csv": (
            ["arm", "assigned", "followed_back", "departures", "share_left_by_horizon"],
            arms,
        ),
        "experiment_cohorts.csv": _frame_rows(exp.cohorts),
        "cohorts_by_week.csv": _frame_rows(analyses.cohorts),
    }


def _frame_rows(frame: pl.DataFrame) -> tuple[list[str], list[list[Any]]]:
    return list(frame.columns), [list(r) for r in frame.iter_rows()]


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


def _env() -> Environment:
    return Environment(
        loader=PackageLoader("followback.reports", "templates"),
        autoescape=select_autoescape(["html"]),
    )


def _retention_view(analyses: RetentionAnalyses, svgs: dict[str, str]) -> dict[str, Any]:
    """The retention section's part of the report templates' view of one account
    (drawing the figures is most of the Retention page's time: only these are drawn)."""
    return {
        "experiment": analyses.experiment,
        "experiment_figure": svgs["experiment"],
        "observational": analyses.observational,
        "observational_figure": svgs["survival"],
        "sla": analyses.sla,
        "sla_figure": svgs["sla"],
        "cohorts": analyses.cohorts.to_dicts(),
        "experiment_cohorts": analyses.experiment.cohorts.to_dicts(),
    }


def _view(item: AccountAnalytics) -> dict[str, Any]:
    """One account as the report's templates read it."""
    svgs = item.figures_svg()
    return {
        "platform": item.account.platform.value,
        "handle": item.account.handle,
        "summary": item.summary,
        "totals": item.totals,
        "counts": item.counts,
        "figures": [svgs[k] for k in ("followers", "ratio", "churn", "inactive") if k in svgs],
        **_retention_view(item.retention, svgs),
    }


def retention_html(analyses: RetentionAnalyses) -> str:
    """The report's retention section for one account, as HTML (the dashboard's Retention
    page shows exactly this, so the two cannot drift apart)."""
    view = _retention_view(analyses, retention_svg(analyses))
    return _env().get_template("_retention.html").render(a=view, fmt=_fmt, pct=_pct)


def retention_csv(
    items: Sequence[tuple[BrandAccount, RetentionAnalyses]], name: str
) -> tuple[list[str], Iterator[list[Any]]]:
    """Header and rows of retention file ``name`` for each (account, analyses), each row
    led by the account's id and handle (the report's files and the dashboard's downloads
    alike)."""
    tables = [(account, retention_tables(analyses)[name]) for account, analyses in items]
    header = next((t[0] for _, t in tables if t[0]), [])
    rows = ([account.id, account.handle, *row] for account, t in tables for row in t[1])
    return ["account_id", "handle", *header], rows


def write_csv_text(header: Iterable[str], rows: Iterable[Iterable[Any]]) -> str:
    """CSV text, formatted as the report's files are."""
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(list(header))
    for row in rows:
        writer.writerow([_cell(v) for v in row])
    return buf.getvalue()


def _write_retention_csvs(out_dir: Path, items: list[AccountAnalytics]) -> list[str]:
    """The retention tables of every account, one file each."""
    for name in RETENTION_FILES:
        _write_csv(out_dir / name, *retention_csv([(i.account, i.retention) for i in items], name))
    return list(RETENTION_FILES)


def write_report(
    store: Store,
    account_id: int | None,
    out_dir: Path,
    *,
    clock: Clock,
    sla_minutes: int = DEFAULT_SLA_MINUTES,
) -> Path:
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
    with store.read() as s:
        ids = [account_id] if account_id is not None else [a.id for a in AccountRepo(s).list()]
        items = [account_analytics(s, aid, now, sla_minutes=sla_minutes) for aid in ids]
        daily_cols = (
            items[0].daily.columns
            if items
            else list(daily_series_from_counts(pl.DataFrame(), pl.DataFrame()).columns)
        )
        _write_csv(
            out_dir / "daily_metrics.csv", ["account_id", "handle", *daily_cols], _daily_rows(items)
        )
        _write_csv(out_dir / "follow_events.csv", EVENT_COLUMNS, iter_events(s, account_id))
        _write_csv(out_dir / "follow_edges.csv", EDGE_COLUMNS, iter_edges(s, account_id))
        _write_csv(
            out_dir / "metric_snapshots.csv", SNAPSHOT_COLUMNS, iter_snapshots(s, account_id)
        )
    retention_files = _write_retention_csvs(out_dir, items)
    env = _env()
    accounts = [_view(item) for item in items]
    html = env.get_template("report.html").render(
        generated_at=now.strftime("%Y-%m-%d %H:%M UTC"),
        accounts=accounts,
        csv_files=[
            "daily_metrics.csv",
            "follow_events.csv",
            "follow_edges.csv",
            "metric_snapshots.csv",
            *retention_files,
        ],
        fmt=_fmt,
        pct=_pct,
    )
    index = out_dir / "index.html"
    index.write_text(html, encoding="utf-8")
    return index
