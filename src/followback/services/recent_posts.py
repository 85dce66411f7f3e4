"""A second look at followers that stay uncertain: read a few of their recent posts.

Followers the policy would send to a person (the grey zone) or follow on a thin profile are
sampled first; where reads cost nothing, recommended followers with a complete-looking
profile after them (services/decide.py). One API call each, within ``budget`` calls per
run; the calls are counted in the decide report (and per 1,000 followers in
bench/RESULTS.md). What the posts show is kept on the profile as a
compact summary (``Profile.recent_*``, see screening/recent.py), never the posts.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from followback.connectors.base import Connector, RecentPostsReader
from followback.domain import NotFoundError, Profile, RejectedError, TransientError
from followback.screening.recent import with_recent_posts

__all__ = ["DEFAULT_BUDGET", "POSTS_PER_ACCOUNT", "SampleReport", "sample_recent_posts"]

POSTS_PER_ACCOUNT = 10
DEFAULT_BUDGET = 200  # extra calls per decide run (an X read is billed per post)


@dataclass
class SampleReport:
    """What one sampling pass cost and found."""

    calls: int = 0
    sampled: int = 0
    failed: int = 0
    over_budget: int = 0  # uncertain followers left unsampled for want of budget


async def sample_recent_posts(
    connector: Connector, profiles: Sequence[Profile], *, budget: int = DEFAULT_BUDGET
) -> tuple[list[Profile], SampleReport]:
    """``profiles`` with their recent posts summarised (those sampled), and the cost."""
    report = SampleReport()
    if not isinstance(connector, RecentPostsReader):
        return [], report
    out: list[Profile] = []
    for profile in profiles:
        if report.calls >= budget:
            report.over_budget += 1
            continue
        report.calls += 1
        try:
            posts = await connector.fetch_recent_posts(profile.remote_id, POSTS_PER_ACCOUNT)
        except (NotFoundError, TransientError, RejectedError):
            report.failed += 1
            continue
        out.append(with_recent_posts(profile, posts))
        report.sampled += 1
    return out, report
