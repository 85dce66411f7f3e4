"""Screen the follow requests of a locked brand account (Mastodon's native queue).

Each requester is scored and judged by the account's policy exactly like a new follower;
the verdict and its reasons are shown to the person who answers the request (the answer
itself is :func:`followback.actions.follow_requests.answer_follow_request`).
"""

from __future__ import annotations

from dataclasses import dataclass

from followback.connectors.base import Connector, FollowRequestQueue
from followback.domain import Clock, Profile, Reason, Verdict
from followback.engine.policy import scorer_for_brand
from followback.screening.model import Scorer
from followback.screening.recent import scoring_view
from followback.services.profiles import brand_identity
from followback.store import Store
from followback.store.policies import PolicyRepo

__all__ = ["MAX_PAGES", "ScreenedRequest", "screen_follow_requests"]

MAX_PAGES = 5  # 40 requests a page: a queue longer than 200 is answered in turns


@dataclass(frozen=True, slots=True)
class ScreenedRequest:
    profile: Profile
    verdict: Verdict
    reasons: tuple[Reason, ...]
    bot_score: float


async def screen_follow_requests(
    store: Store,
    connector: Connector,
    account_id: int,
    *,
    clock: Clock,
    scorer: Scorer | None = None,
) -> list[ScreenedRequest]:
    """The pending follow requests, each with the policy's verdict and reasons; empty where
    the platform has no follow requests."""
    from followback.services.decide import load_scorer

    if not isinstance(connector, FollowRequestQueue):
        return []
    profiles: list[Profile] = []
    cursor: str | None = None
    for _ in range(MAX_PAGES):
        page = await connector.list_follow_requests(cursor)
        profiles.extend(page.items)
        if page.next_cursor is None or not page.items:
            break
        cursor = page.next_cursor
    if not profiles:
        return []
    with store.read() as s:
        policy = PolicyRepo(s).get(account_id).policy
        brand = brand_identity(s, account_id)
    model = scorer_for_brand(scorer if scorer is not None else load_scorer(), brand)
    scores = model.score_profiles([scoring_view(p) for p in profiles])
    now = clock()
    out = []
    for profile, score in zip(profiles, scores, strict=True):
        ev = policy.evaluate(profile, score, now=now)
        out.append(ScreenedRequest(profile, ev.verdict, ev.reasons, float(score.bot_score)))
    return out
