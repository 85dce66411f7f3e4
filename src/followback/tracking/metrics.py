"""Audience metrics, per account and per day: pure functions over counts and frames.

Definitions (also shown in the report):

* ratio: followers / following (``None`` when following nobody);
* reciprocity: share of followers the brand follows back (mutual / followers) and share
  of accounts the brand follows that follow it back (mutual / following);
* new followers (arrivals), unfollowers (people who chose to leave), purged (accounts the
  platform suspended, deleted, moved or blocked) and deactivated (accounts closed) —
  purges and deactivations are departures but not unfollows (:class:`AudienceCounts`);
* churn rate: unfollowers of a day / followers at the start of that day;
* net growth: followers at the end of a day minus at the start;
* inactive followers: no post in 30 (90) days, from each follower's ``last_post_at``;
  active reach: followers who posted in the last 30 days (the people a post can reach).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, replace
from datetime import date, datetime

import numpy as np
import numpy.typing as npt
import polars as pl

__all__ = [
    "DAY_COUNTS_SCHEMA",
    "EVENT_SCHEMA",
    "PURGE_REASONS",
    "SNAPSHOT_SCHEMA",
    "ActivityCounts",
    "AudienceCounts",
    "AudienceSummary",
    "activity_counts",
    "daily_series",
    "daily_series_from_counts",
    "day_counts",
    "estimate_activity",
    "merge_activity",
    "ratio",
    "reciprocity",
    "summarise",
]

DAY_S = 86_400.0

# Inputs of :func:`daily_series`.
SNAPSHOT_SCHEMA = pl.Schema(
    {"at": pl.Datetime("us", "UTC"), "followers": pl.Int64(), "following": pl.Int64()}
)
EVENT_SCHEMA = pl.Schema({"at": pl.Datetime("us", "UTC"), "kind": pl.Utf8(), "reason": pl.Utf8()})
# Input of :func:`daily_series_from_counts`: follower events per UTC day ("purged" counts
# every ``ended`` event, deactivations included, as :func:`daily_series` does).
DAY_COUNTS_SCHEMA = pl.Schema(
    {
        "day": pl.Date(),
        "new_followers": pl.Int64(),
        "unfollowers": pl.Int64(),
        "purged": pl.Int64(),
    }
)


# End reasons that are the platform's doing (a purge), apart from deactivation, which the
# account holder chose; an unfollow is the one departure that is the follower's choice.
PURGE_REASONS = ("suspended", "deleted", "moved", "blocked", "severed")


@dataclass(frozen=True, slots=True)
class AudienceCounts:
    """The one definition of an account's audience numbers over a period.

    ``followers``/``following``: active edges now (as of the last sync; departures are
    seen at full scans, so ``last_full_scan_at`` says how fresh they are). ``arrivals``:
    new followers in the period. Departures in the period, by kind: ``unfollowed`` (the
    follower chose to leave), ``purged`` (suspended, deleted, moved or blocked by the
    platform) and ``deactivated`` (the account was closed).
    """

    followers: int
    following: int
    arrivals: int
    unfollowed: int
    purged: int
    deactivated: int
    last_full_scan_at: datetime | None = None

    @property
    def departures(self) -> int:
        return self.unfollowed + self.purged + self.deactivated

    @property
    def net_change(self) -> int:
        return self.arrivals - self.departures

    def as_dict(self) -> dict[str, object]:
        return {
            "followers": self.followers,
            "following": self.following,
            "arrivals": self.arrivals,
            "unfollowed": self.unfollowed,
            "purged": self.purged,
            "deactivated": self.deactivated,
            "departures": self.departures,
            "net_change": self.net_change,
            "last_full_scan_at": (
                None if self.last_full_scan_at is None else self.last_full_scan_at.isoformat()
            ),
        }


@dataclass(frozen=True, slots=True)
class ActivityCounts:
    """How many followers posted recently, out of those whose last post is known.

    ``estimated``: part of the counts is scaled up from a sample of followers whose last
    post was read from their feed (``sampled`` of them), because the platform's profiles
    do not carry it (Bluesky) and reading every feed would cost a call per follower.
    """

    known: int = 0
    inactive_30d: int = 0
    inactive_90d: int = 0
    estimated: bool = False
    sampled: int = 0

    @property
    def active_reach(self) -> int:
        """Followers who posted within 30 days."""
        return self.known - self.inactive_30d

    def share(self, which: int) -> float | None:
        return which / self.known if self.known else None

    def as_dict(self) -> dict[str, int | bool]:
        return {**asdict(self), "active_reach": self.active_reach}


def activity_counts(last_post_at: npt.ArrayLike, now: datetime) -> ActivityCounts:
    """Count inactive followers from last-post times in epoch seconds (NaN = unknown).

    Accounts that never posted count as inactive if their time is ``-inf``; unknown
    (NaN) times are left out of every count.
    """
    t = np.asarray(last_post_at, dtype=np.float64)
    known = ~np.isnan(t)
    age_days = (now.timestamp() - t[known]) / DAY_S
    return ActivityCounts(
        known=int(known.sum()),
        inactive_30d=int(np.count_nonzero(age_days > 30.0)),
        inactive_90d=int(np.count_nonzero(age_days > 90.0)),
    )


def merge_activity(a: ActivityCounts, b: ActivityCounts) -> ActivityCounts:
    """Add the counts of two batches (pages are counted one at a time while streaming)."""
    return ActivityCounts(
        known=a.known + b.known,
        inactive_30d=a.inactive_30d + b.inactive_30d,
        inactive_90d=a.inactive_90d + b.inactive_90d,
        estimated=a.estimated or b.estimated,
        sampled=a.sampled + b.sampled,
    )


def estimate_activity(
    listed: ActivityCounts, unknown: int, sample: ActivityCounts
) -> ActivityCounts:
    """``listed`` plus the ``unknown`` followers (no last post on their profile), counted
    from ``sample``: the last posts read from the feeds of some of them.

    When the sample covers every unknown follower the counts are exact; otherwise the
    sample's inactive shares are scaled to ``unknown`` and the result is marked
    ``estimated``. An empty sample adds nothing (the unknown stay out of every count).
    """
    if sample.known == 0 or unknown <= 0:
        return listed
    if sample.known >= unknown:
        return merge_activity(listed, replace(sample, sampled=sample.known))
    scale = unknown / sample.known
    return ActivityCounts(
        known=listed.known + unknown,
        inactive_30d=listed.inactive_30d + round(sample.inactive_30d * scale),
        inactive_90d=listed.inactive_90d + round(sample.inactive_90d * scale),
        estimated=True,
        sampled=listed.sampled + sample.known,
    )


def ratio(followers: int, following: int) -> float | None:
    """Followers per account followed; ``None`` when the brand follows nobody."""
    return followers / following if following else None


def reciprocity(followers: int, following: int, mutual: int) -> tuple[float | None, float | None]:
    """(share of followers followed back, share of followed accounts who follow back)."""
    if mutual > min(followers, following):
        raise ValueError(
            f"mutual ({mutual}) cannot exceed followers ({followers}) or following ({following})"
        )
    return (
        mutual / followers if followers else None,
        mutual / following if following else None,
    )


@dataclass(frozen=True, slots=True)
class AudienceSummary:
    """The headline numbers of one account now."""

    followers: int
    following: int
    mutual: int
    ratio: float | None
    followers_followed_back: float | None
    following_followed_back: float | None
    activity: ActivityCounts

    def as_dict(self) -> dict[str, object]:
        return {
            "followers": self.followers,
            "following": self.following,
            "mutual": self.mutual,
            "ratio": self.ratio,
            "reciprocity_followers": self.followers_followed_back,
            "reciprocity_following": self.following_followed_back,
            **{f"activity_{k}": v for k, v in self.activity.as_dict().items()},
            "inactive_30d_share": self.activity.share(self.activity.inactive_30d),
            "inactive_90d_share": self.activity.share(self.activity.inactive_90d),
        }


def summarise(
    followers: int, following: int, mutual: int, activity: ActivityCounts | None = None
) -> AudienceSummary:
    """Headline numbers from counts (see the module docstring for definitions)."""
    back_followers, back_following = reciprocity(followers, following, mutual)
    return AudienceSummary(
        followers=followers,
        following=following,
        mutual=mutual,
        ratio=ratio(followers, following),
        followers_followed_back=back_followers,
        following_followed_back=back_following,
        activity=activity or ActivityCounts(),
    )


def daily_series(snapshots: pl.DataFrame, events: pl.DataFrame) -> pl.DataFrame:
    """One row per UTC day: followers, following, ratio, new followers, unfollowers,
    purged, churn rate and net growth.

    ``snapshots`` has :data:`SNAPSHOT_SCHEMA` (counts observed at times); the last
    snapshot of a day gives its closing counts and the previous day's closing count
    its opening (the first day opens at its first snapshot). ``events`` has
    :data:`EVENT_SCHEMA` with follow event kinds ``followed``, ``unfollowed`` and
    ``ended`` (a purge). Days without a snapshot carry the previous counts forward.
    """
    if snapshots.is_empty():
        return pl.DataFrame(
            schema={
                "day": pl.Date,
                "followers": pl.Int64,
                "following": pl.Int64,
                "ratio": pl.Float64,
                "new_followers": pl.Int64,
                "unfollowers": pl.Int64,
                "purged": pl.Int64,
                "churn_rate": pl.Float64,
                "net_growth": pl.Int64,
            }
        )
    snaps = snapshots.sort("at").with_columns(pl.col("at").dt.date().alias("day"))
    return _series(snaps, day_counts(events))


def day_counts(events: pl.DataFrame) -> pl.DataFrame:
    """Events (:data:`EVENT_SCHEMA`) counted per UTC day, in :data:`DAY_COUNTS_SCHEMA`."""
    return (
        events.with_columns(pl.col("at").dt.date().alias("day"))
        .group_by("day")
        .agg(
            (pl.col("kind") == "followed").sum().cast(pl.Int64).alias("new_followers"),
            (pl.col("kind") == "unfollowed").sum().cast(pl.Int64).alias("unfollowers"),
            (pl.col("kind") == "ended").sum().cast(pl.Int64).alias("purged"),
        )
    )


def daily_series_from_counts(snapshots: pl.DataFrame, counts: pl.DataFrame) -> pl.DataFrame:
    """:func:`daily_series` from events already counted per day (:data:`DAY_COUNTS_SCHEMA`,
    as the store keeps them), so an audience of any size costs one row per day."""
    if snapshots.is_empty():
        return daily_series(snapshots, pl.DataFrame(schema=EVENT_SCHEMA))
    return _series(snapshots.sort("at").with_columns(pl.col("at").dt.date().alias("day")), counts)


def _series(snaps: pl.DataFrame, counts: pl.DataFrame) -> pl.DataFrame:
    closing = snaps.group_by("day", maintain_order=True).agg(
        pl.col("followers").last(),
        pl.col("following").last(),
        pl.col("followers").first().alias("first"),
    )
    first_day: date = closing["day"].min()  # type: ignore[assignment]
    last_day: date = closing["day"].max()  # type: ignore[assignment]
    days = pl.DataFrame({"day": pl.date_range(first_day, last_day, "1d", eager=True)})
    out = (
        days.join(closing, on="day", how="left")
        .with_columns(pl.col("followers", "following").forward_fill())
        .join(counts, on="day", how="left")
        .with_columns(pl.col("new_followers", "unfollowers", "purged").fill_null(0))
    )
    opening = out["followers"].shift(1).fill_null(out["first"][0])
    return out.with_columns(opening.alias("opening")).select(
        "day",
        "followers",
        "following",
        pl.when(pl.col("following") > 0)
        .then(pl.col("followers") / pl.col("following"))
        .otherwise(None)
        .alias("ratio"),
        "new_followers",
        "unfollowers",
        "purged",
        pl.when(pl.col("opening") > 0)
        .then(pl.col("unfollowers") / pl.col("opening"))
        .otherwise(None)
        .alias("churn_rate"),
        (pl.col("followers") - pl.col("opening")).alias("net_growth"),
    )
