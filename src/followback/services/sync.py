"""Follower sync: keep a brand's follow edges in step with the platform, cheaply.

An *incremental* sync reads only what changed: new-follow notifications since the
saved cursor, or, where the platform lists followers newest first, follower pages up
to the first follower already known. On X, where the plan includes the X Activity API,
it reads follow and unfollow events instead (:mod:`followback.services.x_activity`), so
unfollows are known without a full listing. A *full reconcile* lists every follower (and
every followed account), compares the list with the stored edges as sorted 64-bit key
arrays (:mod:`followback.tracking.diff`), opens edges for arrivals page by page, and
ends edges for departures — checking each departed account's profile (up to a cap) so
that a platform purge (suspended, deleted, moved) is not counted as an unfollow.

Full reconciles run on the first sync and then every ``full_every`` syncs
(``settings.service.full_reconcile_every``). Every sync counts its API calls and
records read, prices them at the platform's published per-record read cost
(``Capabilities.read_cost_usd``; X bills per record) and writes a metric snapshot.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Awaitable, Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from functools import partial
from typing import Any, TypeVar

import numpy as np

from followback.actions.follower_sync import (
    record_arrivals,
    record_departures,
    record_newest_arrivals,
    record_scan_seen,
    record_sync_snapshot,
    refresh_edge_statistics,
)
from followback.connectors.base import (
    AccountEventStream,
    Connector,
    Page,
    RecentPostsReader,
    SeveranceReader,
)
from followback.domain import (
    Clock,
    Direction,
    EndReason,
    NotFoundError,
    Profile,
    RejectedError,
    TransientError,
)
from followback.domain.server import Severance, severed_by
from followback.services.stream_cursor import read_stream_window
from followback.store import AccountRepo, Store
from followback.store.edges import EdgeRepo, TrackingStateRepo
from followback.tracking.cost import cost_of
from followback.tracking.diff import id_keys, is_member, snapshot
from followback.tracking.metrics import (
    ActivityCounts,
    activity_counts,
    estimate_activity,
    merge_activity,
)

__all__ = ["SyncReport", "sync_account"]

T = TypeVar("T")

STREAM_FOLLOWERS = "followers"
STREAM_NOTIFICATIONS = "follow_notifications"
STREAM_JETSTREAM = "jetstream_follows"  # the follow stream's cursor (time_us)
DEFAULT_FULL_EVERY = 24  # ServiceSettings.full_reconcile_every's default
DEFAULT_PROFILE_CHECKS = 1000
# Feeds read per full reconcile to date the last post of followers whose profile does not
# carry it (one call each); the inactive-follower counts scale up from this sample.
DEFAULT_LAST_POST_SAMPLE = 100
REPORT_ID_CAP = 10_000  # ids listed in a report; counts are always exact
ARRIVAL_BATCH = 10_000  # arrivals written per transaction during a full scan
ANALYZE_AFTER = 1_000  # a first import of at least this many followers refreshes statistics


@dataclass
class SyncReport:
    """What one sync found and what it cost."""

    account_id: int
    at: datetime
    full: bool
    baseline: bool = False  # first import of an existing audience (not news)
    new_followers: list[str] = field(default_factory=list)
    new_count: int = 0
    departed: dict[str, EndReason] = field(default_factory=dict)
    departed_count: int = 0
    unchecked_departures: int = 0  # departures beyond the profile-check cap
    following_added: int = 0
    following_ended: int = 0
    followers: int = 0
    following: int = 0
    calls: int = 0
    records: int = 0
    cost_usd: float = 0.0
    calls_by_method: dict[str, int] = field(default_factory=dict)
    # Where new followers came from in an incremental sync: "jetstream", "notifications"
    # or "listing"; why the stream was not used when it is configured.
    source: str = ""
    stream_fallback: str = ""
    confirmed_follows: int = 0  # X: follow-backs made from intent links, seen as events

    def as_dict(self) -> dict[str, Any]:
        return {
            "account_id": self.account_id,
            "at": self.at.isoformat(),
            "full": self.full,
            "baseline": self.baseline,
            "new_followers": self.new_followers,
            "new_count": self.new_count,
            "departed": {k: v.value for k, v in self.departed.items()},
            "departed_count": self.departed_count,
            "unchecked_departures": self.unchecked_departures,
            "following_added": self.following_added,
            "following_ended": self.following_ended,
            "followers": self.followers,
            "following": self.following,
            "calls": self.calls,
            "records": self.records,
            "cost_usd": round(self.cost_usd, 6),
            "calls_by_method": self.calls_by_method,
            "source": self.source,
            "stream_fallback": self.stream_fallback,
            "confirmed_follows": self.confirmed_follows,
        }


class _Meter:
    """Counts the calls and records read through one connector during one sync."""

    def __init__(self, connector: Connector) -> None:
        self.connector = connector
        self.calls: Counter[str] = Counter()
        self.records = 0
        self.listed: Counter[str] = Counter()  # records read per listing method

    async def page(self, name: str, call: Callable[[], Awaitable[Page[T]]]) -> Page[T]:
        self.calls[name] += 1
        page = await call()
        self.records += len(page.items)
        self.listed[name] += len(page.items)
        return page

    async def listing_hides_followers(self, sample: str) -> bool:
        """The follower listing came back empty, yet ``sample`` (a follower it left out)
        still follows the brand: a server that does not list followers (snac answers
        ``[]`` and counts 0), not everyone leaving at once. One relationship call, only
        when the listing is empty."""
        if self.listed["list_followers"]:
            return False
        self.calls["get_relationship"] += 1
        return (await self.connector.get_relationship(sample)).followed_by

    async def severances(self) -> list[Severance]:
        """The server's recent relationship severances (one call), where it reports them."""
        if not isinstance(self.connector, SeveranceReader):
            return []
        self.calls["fetch_severances"] += 1
        try:
            found = await self.connector.fetch_severances()
        except (NotFoundError, RejectedError, TransientError):
            return []  # without them a severed follower counts as an unfollow, as before
        self.records += len(found)
        return found

    async def profile(self, remote_id: str) -> Profile:
        self.calls["fetch_profile"] += 1
        profile = await self.connector.fetch_profile(remote_id)
        self.records += 1
        return profile

    def fill(self, report: SyncReport) -> None:
        report.calls = sum(self.calls.values())
        report.calls_by_method = dict(self.calls)
        report.records = self.records
        report.cost_usd = cost_of(report.calls, self.records, self.connector.capabilities).cost_usd


async def _end_reason(
    meter: _Meter, remote_id: str, severances: Sequence[Severance] = ()
) -> EndReason:
    """Why ``remote_id`` is gone: a purge if its profile says so (or the server's
    moderators severed it), else an unfollow."""
    try:
        profile = await meter.profile(remote_id)
    except NotFoundError:
        return EndReason.DELETED
    if severances and severed_by(profile.handle, severances):
        return EndReason.SEVERED
    if profile.suspended:
        return EndReason.SUSPENDED
    if profile.moved_to:
        return EndReason.MOVED
    if "deactivated" in profile.labels:
        return EndReason.DEACTIVATED
    return EndReason.UNFOLLOWED


def _note_ids(report: SyncReport, ids: list[str]) -> None:
    report.new_count += len(ids)
    room = REPORT_ID_CAP - len(report.new_followers)
    if room > 0:
        report.new_followers.extend(ids[:room])


# -- incremental ---------------------------------------------------------------------------
async def _incremental(
    store: Store,
    meter: _Meter,
    account_id: int,
    report: SyncReport,
    now: datetime,
    events: _XEvents | None = None,
) -> None:
    caps = meter.connector.capabilities
    conn = meter.connector
    if events is not None and await events.read(store, meter, account_id, report):
        return
    streams = isinstance(conn, AccountEventStream) and conn.streams_account_events
    if streams and await _from_stream(store, conn, account_id, report, now):  # type: ignore[arg-type]
        report.source = "jetstream"
        return
    if caps.notifications:
        report.source = "notifications"
        await _from_notifications(store, meter, account_id, report, now)
    elif caps.followers_newest_first and caps.list_followers:
        await _from_newest_first(store, meter, account_id, report, now)
    else:  # nothing cheaper is possible: fall back to a full scan
        report.full = True
        await _full(store, meter, account_id, report, now)


@dataclass
class _XEvents:
    """Read X's follow events (the X Activity API) for ``seconds`` instead of listing."""

    seconds: float
    clock: Clock

    async def read(self, store: Store, meter: _Meter, account_id: int, report: SyncReport) -> bool:
        """Record the events into ``report``; False (with the reason in
        ``report.stream_fallback``) when followers must be listed this time.

        With a webhook registered, X delivers every event to ``followback serve`` as it
        happens: nothing is read here (reading the stream too would bill each event twice).
        """
        from followback.services.x_activity import read_x_follow_events
        from followback.store.x_webhooks import XWebhookRepo

        with store.read() as s:
            hook = XWebhookRepo(s).find(account_id)
        if hook is not None and hook.webhook_id:
            report.source = "x_webhook"
            return True
        conn: Any = meter.connector
        try:
            found = await read_x_follow_events(
                store, conn, account_id, clock=self.clock, max_seconds=self.seconds
            )
        except TransientError as exc:
            report.stream_fallback = f"X Activity API unavailable ({exc}): listed newest first"
            return False
        if not found.available:
            report.stream_fallback = f"no X Activity API ({found.refusal}): listed newest first"
            return False
        meter.calls["read_follow_events"] += 1
        meter.records += found.events
        _note_ids(report, found.arrivals)
        report.departed.update(dict.fromkeys(found.departures, EndReason.UNFOLLOWED))
        report.departed_count += len(found.departures)
        report.confirmed_follows = found.confirmed_follows
        report.source = "x_activity"
        return True


def _x_events(connector: Connector, seconds: float | None, clock: Clock) -> _XEvents | None:
    """The X Activity API path for an X account whose setting (or ``seconds``) allows it."""
    from followback.connectors.x import XConnector

    if not isinstance(connector, XConnector):
        return None
    seconds = connector.activity_seconds if seconds is None else seconds
    return _XEvents(seconds, clock) if seconds > 0 else None


async def _from_notifications(
    store: Store, meter: _Meter, account_id: int, report: SyncReport, now: datetime
) -> None:
    conn = meter.connector
    with store.read() as s:
        state = TrackingStateRepo(s).find(account_id, STREAM_NOTIFICATIONS)
        cursor = state.cursor if state else None
    while True:
        page = await meter.page(
            "fetch_follow_notifications", partial(conn.fetch_follow_notifications, cursor)
        )
        # The cursor moves in the same transaction as the edges it produced.
        opened = record_arrivals(
            store, account_id, Direction.FOLLOWER, [(n.remote_id, n.at) for n in page.items],
            seen_at=now, via="notification", stream=STREAM_NOTIFICATIONS, cursor=page.next_cursor,
        )  # fmt: skip
        _note_ids(report, opened)
        if not page.items or page.next_cursor is None or page.next_cursor == cursor:
            return
        cursor = page.next_cursor


async def _from_stream(
    store: Store, conn: AccountEventStream, account_id: int, report: SyncReport, now: datetime
) -> bool:
    """New followers from the event stream since its cursor; False when polling must do it
    this time (no cursor yet, a gap older than the stream keeps, or the stream is down)."""
    window = await read_stream_window(
        store, account_id, STREAM_JETSTREAM, now,
        lambda start, until: conn.read_follow_events(cursor_us=start, until_us=until),
    )  # fmt: skip
    if isinstance(window, str):
        # Polling covers the past this time (from a fresh cursor, the stream takes over).
        report.stream_fallback = window
        return False
    # The cursor moves in the same transaction as the edges it produced.
    opened = record_arrivals(
        store, account_id, Direction.FOLLOWER, [(n.remote_id, n.at) for n in window.items],
        seen_at=now, via="jetstream", stream=STREAM_JETSTREAM, cursor=window.resume,
    )  # fmt: skip
    _note_ids(report, opened)
    return True


async def _from_newest_first(
    store: Store, meter: _Meter, account_id: int, report: SyncReport, now: datetime
) -> None:
    conn = meter.connector
    cursor: str | None = None
    while True:
        page = await meter.page("list_followers", partial(conn.list_followers, cursor))
        ids = [p.remote_id for p in page.items]
        opened, fresh = record_newest_arrivals(store, account_id, ids, now)
        _note_ids(report, opened)
        if fresh < len(ids) or page.next_cursor is None:
            return
        cursor = page.next_cursor


# -- full reconcile ------------------------------------------------------------------------
async def _scan(
    store: Store,
    meter: _Meter,
    account_id: int,
    direction: Direction,
    now: datetime,
    *,
    baseline: bool,
    unknown: _UnknownLastPosts | None = None,
) -> tuple[list[str], int, np.ndarray, ActivityCounts]:
    """List every edge of one direction; open arrivals page by page.

    Returns (arrival ids, arrival count, row ids of departed edges, activity counts).
    """
    conn = meter.connector
    lister = conn.list_followers if direction is Direction.FOLLOWER else conn.list_following
    name = "list_followers" if direction is Direction.FOLLOWER else "list_following"
    with store.read() as s:
        before = EdgeRepo(s).active_edges(account_id, direction)
    seen: list[np.ndarray] = []
    activity = ActivityCounts()
    arrivals: list[str] = []
    pending: list[str] = []
    count = 0
    cursor: str | None = None

    def flush() -> None:
        # Arrivals are written in batches of ARRIVAL_BATCH, not page by page: a first
        # import of ten million followers is 1,000 transactions, not 10,000 (and on
        # PostgreSQL each batch is one COPY). A crash loses at most the unwritten batch,
        # which the next full scan finds again.
        nonlocal count
        opened = record_arrivals(
            store, account_id, direction, [(r, now) for r in pending], seen_at=now,
            via="baseline" if baseline else "reconcile", event=not baseline,
        )  # fmt: skip
        pending.clear()
        count += len(opened)
        if len(arrivals) < REPORT_ID_CAP:
            arrivals.extend(opened[: REPORT_ID_CAP - len(arrivals)])

    while True:
        page = await meter.page(name, partial(lister, cursor))
        keys = id_keys([p.remote_id for p in page.items])
        seen.append(keys)
        activity = merge_activity(activity, _page_activity(page.items, now))
        if unknown is not None:
            unknown.add(p.remote_id for p in page.items if p.last_post_at is None)
        pending.extend(
            p.remote_id
            for p, known in zip(page.items, is_member(before.keys, keys), strict=True)
            if not known
        )
        if len(pending) >= ARRIVAL_BATCH:
            flush()
        if page.next_cursor is None or not page.items:
            break
        cursor = page.next_cursor
    if pending:
        flush()
    current = snapshot(seen)  # empties ``seen`` as it sorts
    departed_rows = before.row_ids[~is_member(current, before.keys)]
    return arrivals, count, departed_rows, activity


class _UnknownLastPosts:
    """Followers whose profile carries no last-post date (Bluesky's never do): how many,
    and a uniform sample of ``size`` of them (reservoir sampling, seeded by the account so
    a re-run reads the same feeds)."""

    def __init__(self, account_id: int, size: int) -> None:
        self.size = size
        self.count = 0
        self.sample: list[str] = []
        self._rng = random.Random(account_id)  # noqa: S311 - sampling, not security

    def add(self, remote_ids: Iterable[str]) -> None:
        for rid in remote_ids:
            self.count += 1
            if len(self.sample) < self.size:
                self.sample.append(rid)
                continue
            j = self._rng.randrange(self.count)
            if j < self.size:
                self.sample[j] = rid


async def _sample_last_posts(
    meter: _Meter, unknown: _UnknownLastPosts, listed: ActivityCounts, now: datetime
) -> ActivityCounts:
    """Read the newest post of a sample of the followers whose last post is unknown (one
    call each, within the budget) and count the rest from it, marked as an estimate."""
    conn = meter.connector
    if not unknown.sample or not isinstance(conn, RecentPostsReader):
        return listed
    times: list[float] = []
    for rid in unknown.sample:
        meter.calls["fetch_recent_posts"] += 1
        try:
            posts = await conn.fetch_recent_posts(rid, 1)
        except (NotFoundError, RejectedError):
            continue  # gone or private: left out of the sample
        meter.records += len(posts)
        stamps = [p.created_at.timestamp() for p in posts if p.created_at is not None]
        # An account with no post at all counts as inactive (-inf), like activity_counts.
        times.append(max(stamps) if stamps else -np.inf)
    sample = activity_counts(np.asarray(times, dtype=np.float64), now)
    return estimate_activity(listed, unknown.count, sample)


def _page_activity(items: list[Profile], now: datetime) -> ActivityCounts:
    times = np.fromiter(
        (np.nan if p.last_post_at is None else p.last_post_at.timestamp() for p in items),
        dtype=np.float64,
        count=len(items),
    )
    return activity_counts(times, now)


async def _end_departures(
    store: Store,
    meter: _Meter,
    account_id: int,
    direction: Direction,
    row_ids: np.ndarray,
    now: datetime,
    max_checks: int,
) -> tuple[dict[str, EndReason], int, int]:
    """End departed edges; check profiles (up to ``max_checks``) to tell purges apart."""
    severances = await meter.severances() if len(row_ids) else []
    ends: dict[str, EndReason] = {}
    unchecked = checks = total = 0
    for start in range(0, len(row_ids), 1000):
        with store.read() as s:
            rids = EdgeRepo(s).remote_ids_of(row_ids[start : start + 1000].tolist())
        checked: dict[str, EndReason] = {}
        unverified: dict[str, EndReason] = {}
        for rid in rids:
            if checks < max_checks:
                checks += 1
                checked[rid] = await _end_reason(meter, rid, severances)
            else:
                # Beyond the cap the profile is not checked: counted as an unfollow and
                # marked "sync-unchecked", so the figure's uncertainty stays visible.
                unverified[rid] = EndReason.UNFOLLOWED
        unchecked += len(unverified)
        total += record_departures(
            store, account_id, direction, checked, now, unverified=unverified
        )
        batch = {**checked, **unverified}
        if len(ends) < REPORT_ID_CAP:
            ends.update(dict(list(batch.items())[: REPORT_ID_CAP - len(ends)]))
    return ends, total, unchecked


async def _full(
    store: Store,
    meter: _Meter,
    account_id: int,
    report: SyncReport,
    now: datetime,
    max_checks: int = DEFAULT_PROFILE_CHECKS,
    last_post_budget: int = DEFAULT_LAST_POST_SAMPLE,
) -> ActivityCounts:
    caps = meter.connector.capabilities
    # Where reads are billed (X), a few feeds only: X's profiles carry the last post anyway.
    budget = last_post_budget if caps.read_cost_usd == 0 else min(last_post_budget, 10)
    unknown = _UnknownLastPosts(account_id, budget)
    arrivals, count, departed, activity = await _scan(
        store, meter, account_id, Direction.FOLLOWER, now, baseline=report.baseline,
        unknown=unknown,
    )  # fmt: skip
    activity = await _sample_last_posts(meter, unknown, activity, now)
    if not report.baseline:
        report.new_followers.extend(arrivals[: REPORT_ID_CAP - len(report.new_followers)])
        report.new_count += count
    elif count >= ANALYZE_AFTER:
        refresh_edge_statistics(store)
    if departed.size:
        with store.read() as s:
            sample = EdgeRepo(s).remote_ids_of(departed[:1].tolist())
        if sample and await meter.listing_hides_followers(sample[0]):
            departed = departed[:0]  # keep the edges notifications opened; end none
    ends, total, unchecked = await _end_departures(
        store, meter, account_id, Direction.FOLLOWER, departed, now, max_checks
    )
    report.departed, report.departed_count, report.unchecked_departures = ends, total, unchecked
    if caps.list_following:
        _, added, gone, _ = await _scan(
            store, meter, account_id, Direction.FOLLOWING, now, baseline=report.baseline
        )
        with store.read() as s:
            rids = EdgeRepo(s).remote_ids_of(gone.tolist())
        report.following_ended = record_departures(
            store, account_id, Direction.FOLLOWING, dict.fromkeys(rids, EndReason.UNFOLLOWED), now
        )
        report.following_added = added
    # Only a listing that saw them may say the following edges were there.
    seen = [Direction.FOLLOWER, *([Direction.FOLLOWING] if caps.list_following else [])]
    record_scan_seen(store, account_id, seen, now)
    return activity


# -- entry point ---------------------------------------------------------------------------
def _decide_full(state_data: dict[str, Any] | None, full: bool | None, full_every: int) -> bool:
    if full is not None:
        return full
    if not state_data or not state_data.get("last_full_at"):
        return True
    return int(state_data.get("since_full", 0)) + 1 >= full_every


async def sync_account(
    store: Store,
    connector: Connector,
    account_id: int,
    *,
    clock: Clock,
    full: bool | None = None,
    full_every: int = DEFAULT_FULL_EVERY,
    max_profile_checks: int = DEFAULT_PROFILE_CHECKS,
    last_post_sample: int = DEFAULT_LAST_POST_SAMPLE,
    x_activity_seconds: float | None = None,
) -> SyncReport:
    """Bring ``account_id``'s follow edges up to date and write a metric snapshot.

    ``full=None`` decides from the saved state: the first sync and every ``full_every``-th
    one after a full reconcile are full; ``True``/``False`` force it. Connector errors
    propagate (the worker retries); whatever pages were stored before stay stored and
    the notification cursor only moves with the edges it produced. A full reconcile reads
    the newest post of up to ``last_post_sample`` followers whose profile carries no
    last-post date, and estimates the inactive-follower counts of the rest from them.

    X: an incremental sync reads the X Activity API's follow and unfollow events for
    ``x_activity_seconds`` (None: the account's ``activity_seconds`` setting; 0: never)
    where the plan includes it, and lists followers newest first otherwise or when the
    stream is unavailable; full reconciles still list everyone on their schedule.
    """
    now = clock()
    with store.read() as s:
        AccountRepo(s).get_row(account_id)  # raises a UserError naming a missing account
        state = TrackingStateRepo(s).find(account_id, STREAM_FOLLOWERS)
        state_data = dict(state.data) if state and state.data else None
    do_full = _decide_full(state_data, full, full_every)
    baseline = not (state_data or {}).get("last_full_at")
    report = SyncReport(account_id=account_id, at=now, full=do_full, baseline=baseline and do_full)
    meter = _Meter(connector)
    activity: ActivityCounts | None = None
    if do_full:
        if report.baseline and connector.capabilities.notifications:
            await _skip_old_notifications(store, meter, account_id, now)
        activity = await _full(
            store, meter, account_id, report, now, max_profile_checks, last_post_sample
        )
    else:
        events = _x_events(connector, x_activity_seconds, clock)
        await _incremental(store, meter, account_id, report, now, events)
    meter.fill(report)
    _finish(store, account_id, report, now, activity, state_data)
    return report


async def _skip_old_notifications(
    store: Store, meter: _Meter, account_id: int, now: datetime
) -> None:
    """On the first sync the full scan sees everyone: drain older notifications unread."""
    report = SyncReport(account_id=account_id, at=now, full=False)
    await _from_notifications(store, meter, account_id, report, now)


def _activity_json(activity: ActivityCounts) -> dict[str, Any]:
    return {
        "known": activity.known,
        "inactive_30d": activity.inactive_30d,
        "inactive_90d": activity.inactive_90d,
        "estimated": activity.estimated,  # scaled up from a sample of feeds
        "sampled": activity.sampled,
    }


def _finish(
    store: Store,
    account_id: int,
    report: SyncReport,
    now: datetime,
    activity: ActivityCounts | None,
    state_data: dict[str, Any] | None,
) -> None:
    previous = state_data or {}
    if activity is None:
        activity = ActivityCounts(**previous.get("activity", {}))
    snapshot = {
        "activity": _activity_json(activity),
        "full": report.full,
        "calls": report.calls,
        "records": report.records,
        "cost_usd": report.cost_usd,
        "new": report.new_count,
        "departed": report.departed_count,
    }
    data: dict[str, Any] = {
        "since_full": 0 if report.full else int(previous.get("since_full", 0)) + 1,
        "activity": _activity_json(activity),
        "calls_total": int(previous.get("calls_total", 0)) + report.calls,
        "records_total": int(previous.get("records_total", 0)) + report.records,
    }
    if report.full:
        data["last_full_at"] = now.isoformat()
    report.followers, report.following = record_sync_snapshot(
        store, account_id, STREAM_FOLLOWERS, now, snapshot, data
    )
