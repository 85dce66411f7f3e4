"""Second looks: screening decisions are revisited when the account gives a new reason.

- A follower the *model* screened out who later mentions, replies to, quotes or messages
  the brand comes back to the review queue (hard-rule skips — deny list, opt-outs, bot
  flags, values — stay skipped: talking does not change those).
- Accounts the brand follows are scored again when their stored profile changed and at
  least every :data:`RECHECK_DAYS` days (fetching the profile, within a call budget); the
  newly suspicious go on an "unfollow?" list for a person. Nothing here unfollows: only a
  person's answer (:func:`followback.actions.learning.resolve_unfollow_check`) queues an unfollow.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from followback.actions.decisions import record_profiles
from followback.actions.second_looks import (
    FollowRecheck,
    record_follow_rechecks,
    reopen_talked_back,
)
from followback.connectors.base import Connector
from followback.domain import (
    Clock,
    NotFoundError,
    Profile,
    TransientError,
    Verdict,
)
from followback.engine.policy import Scorer
from followback.screening.recent import complete_looking, content_view, scoring_view
from followback.services.profiles import load_profiles
from followback.store import AccountRepo, Store
from followback.store.policies import PolicyRepo
from followback.store.second_looks import FollowCheck, SecondLookRepo

__all__ = [
    "RECHECK_DAYS",
    "SecondLookReport",
    "list_unfollow_checks",
    "recheck_followed",
    "reopen_talked_back",
]

RECHECK_DAYS = 30
PROFILE_BUDGET = 100  # profile fetches per run for followed accounts due a check
_NOT_SUSPICIOUS = ("allow_list", "holdout", "locked", "language", "min_account_age", "min_posts")


@dataclass
class SecondLookReport:
    """What one pass of second looks did."""

    returned_to_review: int = 0
    rechecked: int = 0
    flagged: int = 0
    profile_calls: int = 0


def _as_decided(profile: Profile) -> Profile:
    """What the follow decision scored for ``profile`` (services/decide.py): a stored
    sample of recent posts counts as it did there. Scored raw, a snac account whose sample
    found posts reads "never posted" (snac counts 0), and a complete-looking one is held
    to links and reposts the decision did not count, so a followed person could land on
    the "unfollow?" list with nothing changed."""
    return content_view(profile) if complete_looking(profile) else scoring_view(profile)


def _due(check: tuple[datetime, str, str] | None, profile: Profile, now: datetime) -> bool:
    """Never checked, profile changed since the check, or the check is a month old."""
    if check is None:
        return True
    checked_at, fingerprint, _ = check
    return fingerprint != profile.fingerprint or now - checked_at >= timedelta(days=RECHECK_DAYS)


async def recheck_followed(
    store: Store,
    connector: Connector | None,
    account_id: int,
    *,
    clock: Clock,
    scorer: Scorer,
    budget: int = PROFILE_BUDGET,
) -> SecondLookReport:
    """Score followed accounts again when due; flag the newly suspicious for a person."""
    now = clock()
    report = SecondLookReport()
    with store.read() as s:
        platform = AccountRepo(s).get(account_id).platform
        repo = SecondLookRepo(s)
        followed = repo.followed(account_id)
        stored = load_profiles(s, platform, followed)
        rows = repo.checks(account_id, followed)
        checks = {rid: (c.checked_at, c.fingerprint, c.state) for rid, c in rows.items()}
        policy = PolicyRepo(s).get(account_id).policy
    stale = [
        rid
        for rid in followed
        if rid not in checks or now - checks[rid][0] >= timedelta(days=RECHECK_DAYS)
    ]
    fresh: list[Profile] = []
    for rid in stale[:budget] if connector is not None else []:
        report.profile_calls += 1
        try:
            fresh.append(await connector.fetch_profile(rid))  # type: ignore[union-attr]
        except (NotFoundError, TransientError):
            continue
    if fresh:
        record_profiles(store, platform, fresh)
        stored.update({p.remote_id: p for p in fresh})
    due = [
        stored[rid] for rid in followed if rid in stored and _due(checks.get(rid), stored[rid], now)
    ]
    if not due:
        return report
    scores = list(scorer.score_profiles([_as_decided(p) for p in due]))
    results: list[FollowRecheck] = []
    for profile, score in zip(due, scores, strict=True):
        ev = policy.evaluate(profile, score, now=now)
        suspicious = ev.verdict is Verdict.SKIP and ev.rule not in _NOT_SUSPICIOUS
        before = checks.get(profile.remote_id, (None, None, "ok"))[2]
        state = "flagged" if suspicious else "ok"
        if suspicious and before == "kept" and checks[profile.remote_id][1] == profile.fingerprint:
            state = "kept"  # a person already said keep, and nothing changed since
        report.flagged += state == "flagged" and before != "flagged"
        why = [{"rule": r.rule, "text": r.text} for r in ev.reasons] if suspicious else []
        results.append(
            FollowRecheck(profile.remote_id, profile.fingerprint, score.bot_score, state, why)
        )
    report.rechecked = len(due)
    record_follow_rechecks(
        store, account_id, results, now, flagged=report.flagged, profile_calls=report.profile_calls
    )
    return report


def list_unfollow_checks(store: Store, account_id: int) -> list[FollowCheck]:
    """The "unfollow?" list of an account, most suspicious first."""
    with store.read() as s:
        platform = AccountRepo(s).get(account_id).platform
        return SecondLookRepo(s).list_flagged(account_id, platform.value)
