"""Screening learns the brand's approve/skip decisions: stored with a version on each
decision, shown, resettable, and never above the policy's hard rules."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from datetime import UTC, datetime

from sqlalchemy import select

from followback.actions.learning import reset_learning
from followback.domain import DecisionState, Direction, FollowMode, Platform, Profile
from followback.screening.learned import MIN_DECISIONS
from followback.screening.model import Score
from followback.services.decide import decide_account
from followback.services.learning import learning_status
from followback.services.profiles import save_profiles
from followback.store import AccountRepo, AuditRepo, Store
from followback.store.edges import EdgeRepo
from followback.store.policies import PolicyRepo
from followback.store.tables import DecisionRow

AT = datetime(2026, 11, 22, tzinfo=UTC)


class _Grey:
    """Every account scores 0.5: the grey zone, so a person decides."""

    def score_profiles(self, profiles: Sequence[Profile]) -> list[Score]:
        return [Score(0.5, (), "stub-1") for _ in profiles]


def _clock() -> datetime:
    return AT


def _followers(store: Store, account_id: int, start: int, n: int, **extra: str) -> list[str]:
    profiles = [
        Profile(
            Platform.MASTODON, str(i), f"user{i}@example", AT,
            display_name=f"User {i}", bio="" if i % 2 else "Gardener and reader.",
            posts_count=20, following_count=30, followers_count=25, **extra,  # type: ignore[arg-type]
        )
        for i in range(start, start + n)
    ]  # fmt: skip
    with store.session() as s:
        save_profiles(s, Platform.MASTODON, profiles)
        EdgeRepo(s).record_arrivals(
            account_id, Direction.FOLLOWER, [(p.remote_id, AT) for p in profiles],
            seen_at=AT, via="listing",
        )  # fmt: skip
    return [p.remote_id for p in profiles]


def _decide(store: Store, account_id: int) -> None:
    asyncio.run(decide_account(store, None, account_id, clock=_clock, scorer=_Grey()))


def _decisions(store: Store, ids: Sequence[str]) -> dict[str, DecisionRow]:
    with store.session() as s:
        rows = s.scalars(
            select(DecisionRow).where(
                DecisionRow.remote_id.in_(ids), DecisionRow.superseded.is_(False)
            )
        )
        return {r.remote_id: r for r in rows}


def test_decisions_teach_screening_and_a_reset_forgets(store: Store) -> None:
    with store.session() as s:
        account_id = AccountRepo(s).add(Platform.MASTODON, "brand@example", "1", FollowMode.REVIEW)
    first = _followers(store, account_id, 0, MIN_DECISIONS + 10)
    _decide(store, account_id)
    with store.session() as s:  # the brand skips everyone without a bio
        for row in _decisions(store, first).values():
            row = s.merge(row)
            no_bio = int(row.remote_id) % 2 == 1
            row.state = (DecisionState.SKIPPED if no_bio else DecisionState.APPROVED).value
            row.reviewed_by, row.reviewed_at = "member:ana", AT
    status = learning_status(store, account_id)
    assert status.version is None and status.reviewed_since_reset == MIN_DECISIONS + 10

    second = _followers(store, account_id, 100, 6)
    _decide(store, account_id)  # trains first, then screens the newcomers
    status = learning_status(store, account_id)
    assert status.summary == f"learned from {MIN_DECISIONS + 10} of your decisions"
    rows = _decisions(store, second)
    assert {r.learned_version for r in rows.values()} == {status.version}
    with_bio, without = rows["100"], rows["101"]
    assert with_bio.bot_score is not None and without.bot_score is not None
    assert with_bio.bot_score < 0.5 < without.bot_score
    assert any(r["rule"] == "learned" for r in without.reasons)
    with store.session() as s:
        assert len(AuditRepo(s).list(brand_account_id=account_id, verb="learning.train")) == 1

    # Hard rules stand whatever was learned: a deny-listed account with a bio is skipped.
    with store.session() as s:
        PolicyRepo(s).record(account_id, {"deny": ["user200@example"]}, by="member:ana", at=AT)
    _followers(store, account_id, 200, 1)
    _decide(store, account_id)
    denied = _decisions(store, ["200"])["200"]
    assert denied.verdict == "skip" and denied.reasons[0]["rule"] == "deny_list"

    status = reset_learning(store, account_id, clock=_clock, by="member:ana")
    assert status.version is None and status.reviewed_since_reset == 0
    third = _followers(store, account_id, 300, 2)
    _decide(store, account_id)
    assert {r.learned_version for r in _decisions(store, third).values()} == {None}
