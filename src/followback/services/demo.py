"""The demo: a sandbox brand through a simulated week, end to end.

It creates a sandbox network and a brand with followers, stores the account, and then,
hour by simulated hour, lets the audience move (arrivals, departures, messages) and runs
followback's cycle (sync → inbox → screen → decide → act) against it. At the end it
summarises what happened, from followback's own database and the network's ground truth.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from followback.actions.demo import record_sandbox_state, seed_demo_brand, seed_demo_team
from followback.connectors.sandbox import AccountKind, SandboxNetwork, WorldParams
from followback.domain import DEFAULT_CAPABILITIES, Platform
from followback.services.connect import connector_for
from followback.services.cycle import run_cycle
from followback.services.sync import sync_account
from followback.store import Store
from followback.store.demo_queries import DemoQueries
from followback.store.tracking_queries import audience_counts

__all__ = ["DecisionExample", "DemoResult", "DemoSummary", "decision_examples", "run_demo"]

BRAND = "acme"
QUARTERS_PER_HOUR = 4
QUARTER_S = 3600 / QUARTERS_PER_HOUR
# Share of each platform limit the engine uses, leaving the rest for the brand's own use.
HEADROOM = 0.8


@dataclass
class DemoSummary:
    """The numbers ``followback demo --json`` prints."""

    days: int
    followers_start: int
    followers_end: int  # stored followers after the closing full scan (audience_counts)
    followers_on_platform: int  # the sandbox's ground truth, for comparison
    new_followers: int  # arrivals
    unfollowers: int
    purged: int
    deactivated: int
    departures: int
    last_full_scan_at: str | None
    followed_back: int
    screened_out: int
    pending_review: int
    actions_per_day_max: int
    follow_cap_per_day: int
    messages: int
    complaints: int
    bots_followed_back: int
    humans_screened_out: int
    api_calls: int


@dataclass
class DemoResult:
    summary: DemoSummary
    account_id: int
    state_path: Path
    admin_name: str
    admin_password: str | None


def _follow_cap_per_day() -> int:
    caps = DEFAULT_CAPABILITIES[Platform.SANDBOX]
    day_caps = [
        spec.capacity // spec.cost("follow")
        for spec in caps.limits
        if spec.cost("follow") and spec.period_s == 86_400
    ]
    return min(day_caps)


def _actions_per_day_max(store: Store, account_id: int) -> int:
    with store.read() as s:
        done = DemoQueries(s).follow_done_times(account_id)
    per_day: dict[str, int] = {}
    for at in done:
        key = at.date().isoformat()
        per_day[key] = per_day.get(key, 0) + 1
    return max(per_day.values(), default=0)


def _ground_truth(net: SandboxNetwork, store: Store, account_id: int) -> tuple[int, int]:
    """Bots the brand followed back, and humans screened out (the sandbox knows kinds)."""
    import numpy as np

    with store.read() as s:
        done = DemoQueries(s).followed_targets(account_id)
        skipped = DemoQueries(s).screened_out_ids(account_id)
    followed = np.array([int(t) for t in done if t.isdigit()], dtype=np.int64)
    screened = np.array([int(t) for t in skipped if t.isdigit()], dtype=np.int64)
    kinds_f = net.population.kinds(followed) if len(followed) else np.zeros(0)
    kinds_s = net.population.kinds(screened) if len(screened) else np.zeros(0)
    bots = int(np.count_nonzero(kinds_f >= AccountKind.BOUGHT))
    humans = int(np.count_nonzero(kinds_s <= AccountKind.HUMAN_DORMANT))
    return bots, humans


def _summary(
    net: SandboxNetwork, store: Store, account_id: int, days: int, followers_start: int
) -> DemoSummary:
    acc = account_id
    bots, humans = _ground_truth(net, store, account_id)

    with store.read() as s:
        # The one definition of the audience numbers (dashboard, report and API use it too).
        counts = audience_counts(s, acc)
        tallies = DemoQueries(s).tallies(acc)
    return DemoSummary(
        days=days,
        followers_start=followers_start,
        followers_end=counts.followers,
        followers_on_platform=net.world(BRAND).active_count(),
        new_followers=counts.arrivals,
        unfollowers=counts.unfollowed,
        purged=counts.purged,
        deactivated=counts.deactivated,
        departures=counts.departures,
        last_full_scan_at=(
            counts.last_full_scan_at.isoformat() if counts.last_full_scan_at else None
        ),
        followed_back=tallies.followed_back,
        screened_out=tallies.screened_out,
        pending_review=tallies.pending_review,
        actions_per_day_max=_actions_per_day_max(store, acc),
        follow_cap_per_day=_follow_cap_per_day(),
        messages=tallies.messages,
        complaints=tallies.complaints,
        bots_followed_back=bots,
        humans_screened_out=humans,
        api_calls=sum(net.calls.values()),
    )


def run_demo(
    store: Store,
    workdir: Path,
    *,
    days: int = 7,
    followers: int = 5000,
    seed: int = 7,
    step_hours: int = 1,
    progress: Callable[[int, int], None] | None = None,
) -> DemoResult:
    """Simulate ``days`` days for a sandbox brand and run followback on it every step."""
    workdir.mkdir(parents=True, exist_ok=True)
    state_path = workdir / "sandbox.pkl"
    net = SandboxNetwork(seed=seed)
    net.add_brand(BRAND, followers=followers, params=WorldParams())
    followers_start = net.world(BRAND).active_count()
    # The demo brand states its values: no gambling, no get-rich-quick, no follower shops.
    policy = {
        "blocked_keywords": ["casino", "crypto signals", "cheap followers"],
        "blocked_domains": ["bet-win.example", "cheapfollows.example"],
        "competitor_handles": ["globex"],
        # Hold out a fifth of eligible followers: the retention experiment.
        "holdout_share": 0.2,
    }
    account_id = seed_demo_brand(
        store, handle=BRAND, remote_id=net.world(BRAND).remote_id, policy=policy, at=net.time()
    )
    admin, password = seed_demo_team(store)
    steps = days * 24 // step_hours

    async def loop() -> None:
        from followback.services.act import run_actions

        conn = net.connector(BRAND)
        clock: Callable[[], datetime] = net.time
        for i in range(steps):
            # As the service does, the outbox runs every quarter hour between full cycles,
            # so pacing spreads follows over the day instead of bursting once an hour.
            for _ in range(QUARTERS_PER_HOUR * step_hours - 1):
                net.advance(1 / QUARTERS_PER_HOUR)
                await run_actions(store, conn, account_id, clock=clock, run_interval_s=QUARTER_S)
            net.advance(1 / QUARTERS_PER_HOUR)
            await run_cycle(store, conn, account_id, clock=clock, run_interval_s=QUARTER_S)
            if progress:
                progress(i + 1, steps)
        # Unfollows are seen only at full scans: close the week with one, so the summary,
        # the dashboard and the report show the audience as it is, not as of days ago.
        await sync_account(store, conn, account_id, clock=clock, full=True)

    asyncio.run(loop())
    net.save(state_path)
    record_sandbox_state(store, account_id, state_path)
    summary = _summary(net, store, account_id, days, followers_start)
    return DemoResult(summary, account_id, state_path, admin, password)


def summary_dict(result: DemoResult) -> dict[str, Any]:
    return asdict(result.summary)


@dataclass(frozen=True)
class DecisionExample:
    """One decision as the demo shows it: who, score, verdict and the first reasons."""

    handle: str
    bot_score: float | None
    verdict: str
    reasons: str


def decision_examples(
    store: Store, account_id: int, *, verdict: str, state: str | None = None, limit: int = 5
) -> list[DecisionExample]:
    """Current decisions with ``verdict`` (and ``state``), highest priority first."""
    with store.read() as s:
        rows = DemoQueries(s).decision_examples(
            account_id, verdict=verdict, state=state, limit=limit
        )
    return [
        DecisionExample(
            handle=handle or row.remote_id,
            bot_score=row.bot_score,
            verdict=row.verdict,
            reasons="; ".join(str(r.get("text", "")) for r in row.reasons[:2]),
        )
        for row, handle in rows
    ]


# Re-exported so the CLI can reach the stored sandbox for the dashboard.
__all__ += ["connector_for", "summary_dict"]
