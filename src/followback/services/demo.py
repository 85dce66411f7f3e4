"""The demo: a sandbox brand through a simulated week, end to end.

It creates a sandbox network and a brand with followers, stores the account, and then,
hour by simulated hour, lets the audience move (arrivals, departures, messages) and runs
followback's cycle (sync → inbox → screen → decide → act) against it. At the end it
summarises what happened, from followback's own database and the network's ground truth.
"""

from __future__ import annotations

import asyncio
import secrets
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from followback.connectors.sandbox import AccountKind, SandboxNetwork, WorldParams
from followback.domain import DEFAULT_CAPABILITIES, FollowMode, Platform, Role
from followback.services.connect import connector_for
from followback.services.cycle import run_cycle
from followback.services.sync import sync_account
from followback.store import AccountRepo, Store
from followback.store.policies import PolicyRepo
from followback.store.tables import (
    ActionRow,
    ConversationRow,
    DecisionRow,
    MessageRow,
    RemoteAccountRow,
)
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


def _count(store: Store, stmt: Any) -> int:
    with store.session() as s:
        return int(s.scalar(stmt) or 0)


def _follow_cap_per_day() -> int:
    caps = DEFAULT_CAPABILITIES[Platform.SANDBOX]
    day_caps = [
        spec.capacity // spec.cost("follow")
        for spec in caps.limits
        if spec.cost("follow") and spec.period_s == 86_400
    ]
    return min(day_caps)


def _actions_per_day_max(store: Store, account_id: int) -> int:
    with store.session() as s:
        done = s.scalars(
            select(ActionRow.done_at).where(
                ActionRow.brand_account_id == account_id,
                ActionRow.kind == "follow",
                ActionRow.state == "done",
            )
        ).all()
    per_day: dict[str, int] = {}
    for at in done:
        if at is not None:
            key = at.date().isoformat()
            per_day[key] = per_day.get(key, 0) + 1
    return max(per_day.values(), default=0)


def _ground_truth(net: SandboxNetwork, store: Store, account_id: int) -> tuple[int, int]:
    """Bots the brand followed back, and humans screened out (the sandbox knows kinds)."""
    import numpy as np

    world = net.world(BRAND)
    with store.session() as s:
        done = s.scalars(
            select(ActionRow.target).where(
                ActionRow.brand_account_id == account_id,
                ActionRow.kind == "follow",
                ActionRow.state == "done",
            )
        ).all()
        skipped = s.scalars(
            select(DecisionRow.remote_id).where(
                DecisionRow.brand_account_id == account_id,
                DecisionRow.verdict == "skip",
                DecisionRow.superseded.is_(False),
            )
        ).all()
    del world
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

    with store.session() as s:
        # The one definition of the audience numbers (dashboard, report and API use it too).
        counts = audience_counts(s, acc)
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
        followed_back=_count(
            store,
            select(func.count(ActionRow.id)).where(
                ActionRow.brand_account_id == acc,
                ActionRow.kind == "follow",
                ActionRow.state == "done",
            ),
        ),
        screened_out=_count(
            store,
            select(func.count(DecisionRow.id)).where(
                DecisionRow.brand_account_id == acc,
                DecisionRow.verdict == "skip",
                DecisionRow.superseded.is_(False),
            ),
        ),
        pending_review=_count(
            store,
            select(func.count(DecisionRow.id)).where(
                DecisionRow.brand_account_id == acc,
                DecisionRow.state == "pending",
                DecisionRow.superseded.is_(False),
            ),
        ),
        actions_per_day_max=_actions_per_day_max(store, acc),
        follow_cap_per_day=_follow_cap_per_day(),
        messages=_count(
            store,
            select(func.count(MessageRow.id)).where(MessageRow.direction == "in"),
        ),
        complaints=_count(
            store,
            select(func.count(ConversationRow.id)).where(
                ConversationRow.brand_account_id == acc, ConversationRow.is_complaint.is_(True)
            ),
        ),
        bots_followed_back=bots,
        humans_screened_out=humans,
        api_calls=sum(net.calls.values()),
    )


def _seed_team(store: Store) -> tuple[str, str | None]:
    """An admin and an agent for the dashboard; the admin's password is returned once."""
    from followback.store.team import TeamRepo

    password = secrets.token_urlsafe(12)
    with store.session() as s:
        team = TeamRepo(s)
        if any(m.name == "admin" for m in team.list_members()):
            return "admin", None
        team.add_member("admin", Role.ADMIN, password=password)
        team.add_member("agent", Role.AGENT, password=secrets.token_urlsafe(12))
    return "admin", password


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
    with store.session() as s:
        account_id = AccountRepo(s).upsert(
            Platform.SANDBOX, BRAND, net.world(BRAND).remote_id, FollowMode.AUTO, None, None
        )
        # The demo brand states its values: no gambling, no get-rich-quick, no follower shops.
        PolicyRepo(s).record(
            account_id,
            {
                "blocked_keywords": ["casino", "crypto signals", "cheap followers"],
                "blocked_domains": ["bet-win.example", "cheapfollows.example"],
                "competitor_handles": ["globex"],
                # Hold out a fifth of eligible followers: the retention experiment.
                "holdout_share": 0.2,
            },
            by="demo",
            at=net.time(),
        )
    admin, password = _seed_team(store)
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
    with store.session() as s:
        AccountRepo(s).get_row(account_id).server = str(state_path)
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
    stmt = (
        select(DecisionRow, RemoteAccountRow.handle)
        .join(
            RemoteAccountRow,
            (RemoteAccountRow.remote_id == DecisionRow.remote_id)
            & (RemoteAccountRow.platform == Platform.SANDBOX.value),
            isouter=True,
        )
        .where(
            DecisionRow.brand_account_id == account_id,
            DecisionRow.verdict == verdict,
            DecisionRow.superseded.is_(False),
        )
        .order_by(DecisionRow.priority.desc(), DecisionRow.id)
        .limit(limit)
    )
    if state is not None:
        stmt = stmt.where(DecisionRow.state == state)
    with store.session() as s:
        rows = s.execute(stmt).all()
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
