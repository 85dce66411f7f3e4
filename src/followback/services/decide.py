"""Screen new followers and decide: follow back, skip (with reasons) or ask a person.

Every follower whose current profile has no decision yet is scored by the screening model
and judged by the account's policy. Decisions store the score, verdict, reasons, model
and policy versions. What happens next depends on the mode:

- ``auto``: approved follow-backs are enqueued in the outbox (engaged followers first);
- ``review``: follow-backs wait in the review queue for a person;
- ``dry-run``: decisions are reported only.

The grey zone (a score between the thresholds) waits for a person in every mode. A
``holdout_share`` of followers the policy would follow is held out at random (stable per
follower) to measure what following back changes.
"""

from __future__ import annotations

import importlib
import uuid
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session, aliased

from followback.connectors.base import Connector
from followback.domain import (
    DEFAULT_CAPABILITIES,
    ActionKind,
    ActionState,
    Capabilities,
    Clock,
    DecisionState,
    Direction,
    FollowMode,
    Platform,
    Profile,
    Reason,
    ScreeningError,
    Verdict,
    following_cap,
)
from followback.domain.server import apply_server_facts
from followback.engine.pacing import apply_limit_overrides
from followback.engine.planner import (
    Candidate,
    FollowPlan,
    effective_mode,
    engagement_priority,
    plan_follows,
)
from followback.engine.policy import (
    ASSIGNMENT_SCHEME,
    Arm,
    Evaluation,
    ScoreLike,
    Scorer,
    assign_arm,
)
from followback.engine.safety import ChurnHistory, build_histories, check_follow
from followback.screening.recent import recent_reasons, scoring_view
from followback.screening.signals import platform_reasons
from followback.services.learning import learned_scorer, needs_training, train_learning
from followback.services.profiles import fetch_missing_profiles, load_profiles, save_profiles
from followback.services.recent_posts import DEFAULT_BUDGET, sample_recent_posts
from followback.services.second_looks import PROFILE_BUDGET, recheck_followed, reopen_talked_back
from followback.store import AccountRepo, AuditRepo, Store
from followback.store.actions import ActionRepo, follow_key
from followback.store.decisions import DecisionInput, DecisionRepo
from followback.store.edges import EdgeRepo
from followback.store.experiments import AssignmentInput, ExperimentRepo
from followback.store.policies import PolicyRepo, StoredPolicy
from followback.store.server_facts import ServerFactsRepo
from followback.store.tables import (
    ConversationRow,
    DecisionRow,
    FollowEdgeRow,
    FollowEventRow,
    MessageRow,
    RemoteAccountRow,
)

__all__ = [
    "DecideReport",
    "account_capabilities",
    "decide_account",
    "enqueue_approved_follows",
    "load_scorer",
]

# Where every read is billed (X), fewer extra reads per run.
PAID_SAMPLE_BUDGET = 20
PAID_PROFILE_BUDGET = 10


@dataclass
class DecideReport:
    """What one decide run screened and decided."""

    account_id: int
    mode: str
    policy_version: str
    model_version: str | None = None
    screened: int = 0
    follow: int = 0
    skip: int = 0
    review: int = 0
    holdout: int = 0
    already_following: int = 0
    profiles_fetched: int = 0
    profiles_unavailable: int = 0
    enqueued: int = 0
    recent_sampled: int = 0  # uncertain followers whose recent posts were read
    recent_calls: int = 0  # extra API calls spent on that
    returned_to_review: int = 0  # screened out, then talked to the brand: a second look
    followed_rechecked: int = 0  # followed accounts scored again (changed, or a month on)
    unfollow_flagged: int = 0  # of those, newly on the "unfollow?" list
    recheck_calls: int = 0  # profile fetches for those checks
    batch_id: str | None = None
    # Why ``auto`` became ``review``: the server rule that forbids automated following.
    mode_reason: str = ""
    skip_rules: Counter[str] = field(default_factory=Counter)
    left_out: Counter[str] = field(default_factory=Counter)

    def as_dict(self) -> dict[str, Any]:
        out = dict(self.__dict__)
        out["skip_rules"] = dict(self.skip_rules)
        out["left_out"] = dict(self.left_out)
        return out


def load_scorer() -> Scorer:
    """The default screening model; :class:`ScreeningError` when it is not installed."""
    # Imported lazily: the model module (and its weights) is owned and loaded elsewhere.
    try:
        module = importlib.import_module("followback.screening.model")
    except ImportError as exc:
        raise ScreeningError(
            "the screening model is not available (followback.screening.model); "
            "pass a scorer explicitly"
        ) from exc
    scorer: Scorer = module.load_default_scorer()
    return scorer


def account_capabilities(
    platform: Platform, stored: StoredPolicy, base: Capabilities | None = None
) -> Capabilities:
    """The platform's capabilities with the account's limit overrides applied."""
    caps = base or DEFAULT_CAPABILITIES[platform]
    try:
        return apply_limit_overrides(caps, stored.limit_overrides())
    except ValueError as exc:
        from followback.domain import ConfigError

        raise ConfigError(f"account limits: {exc}", key="limits") from exc


def _active(session: Session, account_id: int, direction: Direction) -> list[str]:
    stmt = (
        select(FollowEdgeRow.remote_id)
        .where(
            FollowEdgeRow.brand_account_id == account_id,
            FollowEdgeRow.direction == direction.value,
            FollowEdgeRow.ended_at.is_(None),
        )
        .order_by(FollowEdgeRow.first_seen.desc(), FollowEdgeRow.id.desc())
    )
    return list(session.scalars(stmt))


def _histories(session: Session, account_id: int) -> dict[str, ChurnHistory]:
    stmt = select(
        FollowEventRow.remote_id, FollowEventRow.kind, FollowEventRow.source, FollowEventRow.at
    ).where(
        FollowEventRow.brand_account_id == account_id,
        FollowEventRow.kind.in_(["followed_back", "unfollowed_by_brand"]),
    )
    return build_histories((r, k, s, a) for r, k, s, a in session.execute(stmt))


def _engagement(session: Session, account_id: int) -> dict[str, float]:
    stmt = (
        select(MessageRow.author_id, MessageRow.kind, func.count())
        .join(ConversationRow, ConversationRow.id == MessageRow.conversation_id)
        .where(ConversationRow.brand_account_id == account_id, MessageRow.direction == "in")
        .group_by(MessageRow.author_id, MessageRow.kind)
    )
    counts: dict[str, Counter[str]] = {}
    for author, kind, n in session.execute(stmt):
        counts.setdefault(author, Counter())[kind] += int(n)
    return {author: engagement_priority(c) for author, c in counts.items()}


def enqueue_approved_follows(
    session: Session,
    account_id: int,
    rows: Sequence[DecisionRow],
    *,
    caps: Capabilities,
    mode: FollowMode,
    requested_by: str,
    batch_id: str,
    now: datetime,
) -> FollowPlan:
    """Plan and enqueue follow actions for approved decisions ``rows``; returns the plan."""
    edges = EdgeRepo(session)
    actions = ActionRepo(session)
    open_states = (ActionState.PENDING, ActionState.IN_FLIGHT, ActionState.DONE)
    queued = actions.targets(account_id, ActionKind.FOLLOW, open_states)
    following = set(_active(session, account_id, Direction.FOLLOWING))
    histories = _histories(session, account_id)
    targets = sorted({r.remote_id for r in rows})
    blocked = {
        rid: reason.rule
        for rid in targets
        if (reason := check_follow(histories.get(rid))) is not None
    }
    # Someone approved days later may have left meanwhile: a follow-back needs a follower.
    still = edges.find_active(account_id, Direction.FOLLOWER, targets)
    blocked.update({rid: "no_longer_follows" for rid in targets if rid not in still})
    cap = following_cap(caps, edges.count_active(account_id, Direction.FOLLOWER))
    pending = len(actions.targets(account_id, ActionKind.FOLLOW, open_states[:2]))
    room = None if cap is None else cap - len(following) - pending
    candidates = [
        Candidate(
            r.id,
            r.remote_id,
            Verdict(r.verdict),
            r.state == DecisionState.APPROVED.value,
            r.reviewed_by,
            r.decided_at,
            r.priority,
        )
        for r in rows
    ]
    plan = plan_follows(
        candidates,
        mode=mode,
        caps=caps,
        already_following=following,
        queued=queued,
        blocked=blocked,
        engagement=_engagement(session, account_id),
        following_room=room,
    )
    for item in plan.follows:
        cycle = actions.count_for_target(account_id, ActionKind.FOLLOW, item.remote_id)
        actions.enqueue(
            account_id,
            ActionKind.FOLLOW,
            item.remote_id,
            key=follow_key(account_id, ActionKind.FOLLOW, item.remote_id, cycle),
            requested_by=requested_by,
            at=now,
            decision_id=item.decision_id,
            batch_id=batch_id,
        )
    return plan


def _state_for(verdict: Verdict, mode: FollowMode) -> DecisionState:
    if verdict is Verdict.REVIEW:
        return DecisionState.PENDING  # the grey zone waits for a person in every mode
    if mode is FollowMode.DRY_RUN:
        return DecisionState.REPORTED
    if verdict is Verdict.SKIP:
        return DecisionState.SKIPPED
    return DecisionState.APPROVED if mode is FollowMode.AUTO else DecisionState.PENDING


def _decided_by(ev: Evaluation, score: ScoreLike | None) -> str:
    if score is not None and ev.rule in ("screening", "grey_zone"):
        return f"model:{score.model_version}"
    return f"policy:{ev.policy_version}"


@dataclass
class _Loaded:
    mode: FollowMode
    platform: Platform
    stored: StoredPolicy
    followers: list[str]  # active followers not followed and without a current decision
    profiles: dict[str, Profile]
    latest: dict[str, str]
    already_following: int
    histories: dict[str, ChurnHistory]
    engagement: dict[str, float]
    arms: dict[str, str]  # experiment arms already assigned (kept for good)


def _undecided(session: Session, account_id: int, platform: Platform) -> list[str]:
    """Active followers the brand does not follow whose stored profile has no decision.

    One query, so an account with a million followers does not load them all each run.
    """
    follower = aliased(FollowEdgeRow)
    following = aliased(FollowEdgeRow)
    stmt = (
        select(follower.remote_id)
        .outerjoin(
            following,
            and_(
                following.brand_account_id == follower.brand_account_id,
                following.direction == Direction.FOLLOWING.value,
                following.ended_at.is_(None),
                following.remote_id == follower.remote_id,
            ),
        )
        .outerjoin(
            RemoteAccountRow,
            and_(
                RemoteAccountRow.platform == platform.value,
                RemoteAccountRow.remote_id == follower.remote_id,
            ),
        )
        .outerjoin(
            DecisionRow,
            and_(
                DecisionRow.brand_account_id == follower.brand_account_id,
                DecisionRow.remote_id == follower.remote_id,
                DecisionRow.superseded.is_(False),
            ),
        )
        .where(
            follower.brand_account_id == account_id,
            follower.direction == Direction.FOLLOWER.value,
            follower.ended_at.is_(None),
            following.id.is_(None),
            or_(
                DecisionRow.id.is_(None),
                RemoteAccountRow.id.is_(None),
                DecisionRow.profile_fingerprint != RemoteAccountRow.fingerprint,
            ),
        )
        .order_by(follower.first_seen.desc(), follower.id.desc())
    )
    return list(session.scalars(stmt))


def _count_followed_followers(session: Session, account_id: int) -> int:
    following = aliased(FollowEdgeRow)
    stmt = (
        select(func.count())
        .select_from(FollowEdgeRow)
        .join(
            following,
            and_(
                following.brand_account_id == FollowEdgeRow.brand_account_id,
                following.direction == Direction.FOLLOWING.value,
                following.ended_at.is_(None),
                following.remote_id == FollowEdgeRow.remote_id,
            ),
        )
        .where(
            FollowEdgeRow.brand_account_id == account_id,
            FollowEdgeRow.direction == Direction.FOLLOWER.value,
            FollowEdgeRow.ended_at.is_(None),
        )
    )
    return int(session.scalar(stmt) or 0)


def _load(session: Session, account_id: int) -> _Loaded:
    account = AccountRepo(session).get(account_id)
    followers = _undecided(session, account_id, account.platform)
    decisions = DecisionRepo(session).latest_fingerprints_of(account_id, followers)
    return _Loaded(
        mode=account.mode,
        platform=account.platform,
        stored=PolicyRepo(session).get(account_id),
        followers=followers,
        profiles=load_profiles(session, account.platform, followers),
        latest=decisions,
        already_following=_count_followed_followers(session, account_id),
        histories=_histories(session, account_id),
        engagement=_engagement(session, account_id),
        arms=ExperimentRepo(session).find_arms(account_id, followers),
    )


def _judge(
    loaded: _Loaded,
    account_id: int,
    profile: Profile,
    score: ScoreLike,
    now: datetime,
) -> tuple[Evaluation, Arm | None]:
    """The verdict, and the experiment arm when the follower is eligible and one runs."""
    ev = loaded.stored.policy.evaluate(profile, score, now=now)
    share = loaded.stored.settings.holdout_share
    if ev.verdict is Verdict.FOLLOW:
        churn = check_follow(loaded.histories.get(profile.remote_id))
        if churn is not None:
            return Evaluation(Verdict.SKIP, (churn,), churn.rule, ev.policy_version), None
        if share <= 0.0:
            return ev, None
        stored = loaded.arms.get(profile.remote_id)
        arm = Arm(stored) if stored else assign_arm(account_id, profile.remote_id, share)
        if arm is Arm.HOLD_OUT:
            reason = Reason("holdout", "held out at random to measure follow-back's effect")
            return Evaluation(Verdict.SKIP, (reason,), "holdout", ev.policy_version), arm
        return ev, arm
    return ev, None


async def decide_account(
    store: Store,
    connector: Connector | None,
    account_id: int,
    *,
    clock: Clock,
    scorer: Scorer | None = None,
    mode: FollowMode | None = None,
) -> DecideReport:
    """Screen and decide every follower whose current profile has no decision yet.

    ``mode`` overrides the account's mode for this run (``dry-run`` to preview); ``auto``
    falls back to ``review`` where the platform does not allow automated following.
    """
    now = clock()
    with store.session() as s:
        loaded = _load(s, account_id)
        facts = ServerFactsRepo(s).find(account_id)
    caps = account_capabilities(
        loaded.platform, loaded.stored, connector.capabilities if connector else None
    )
    # The brand's own server may forbid bots or automated following in its rules.
    caps = apply_server_facts(caps, facts)
    wanted = mode or loaded.mode
    mode = effective_mode(wanted, caps)
    report = DecideReport(account_id, mode.value, loaded.stored.policy.version)
    forbidden_by = caps.extra.get("automation_forbidden_by")
    if mode is not wanted and forbidden_by:
        report.mode_reason = (
            f"server rule {forbidden_by!r} ({caps.extra.get('automation_rule_source', '')}) "
            "forbids automated following: follow-backs wait for review"
        )
    missing = [r for r in loaded.followers if r not in loaded.profiles]
    if missing and connector is not None:
        fetched, report.profiles_unavailable = await fetch_missing_profiles(connector, missing)
        report.profiles_fetched = len(fetched)
        with store.session() as s:
            save_profiles(s, loaded.platform, fetched)
        loaded.profiles.update({p.remote_id: p for p in fetched})
    report.already_following = loaded.already_following
    base = scorer or load_scorer()
    # Second looks: screened-out followers who talked to the brand since go back to review;
    # followed accounts due a check are scored again (flagged ones: "unfollow?" list).
    report.returned_to_review = reopen_talked_back(store, account_id, clock=clock)
    looks = await recheck_followed(
        store, connector, account_id, clock=clock, scorer=base,
        budget=PAID_PROFILE_BUDGET if caps.read_cost_usd > 0 else PROFILE_BUDGET,
    )  # fmt: skip
    report.followed_rechecked, report.unfollow_flagged = looks.rechecked, looks.flagged
    report.recheck_calls = looks.profile_calls
    todo = [
        p
        for rid in loaded.followers
        if (p := loaded.profiles.get(rid)) is not None and loaded.latest.get(rid) != p.fingerprint
    ]
    if not todo:
        return report
    # The brand's own judgment on top of the model (never over the policy's hard rules).
    if needs_training(store, account_id):
        train_learning(store, account_id, clock=clock, scorer=base)
    scorer_now = learned_scorer(store, account_id, base)
    scores = list(scorer_now.score_profiles([scoring_view(p) for p in todo]))
    if connector is not None:
        budget = PAID_SAMPLE_BUDGET if caps.read_cost_usd > 0 else DEFAULT_BUDGET
        todo, scores = await _second_look(
            store, connector, loaded, todo, scores, scorer_now, now, report, budget
        )
    report.screened = len(todo)
    report.model_version = scores[0].model_version if scores else None
    with store.session() as s:
        approved = _record(s, loaded, account_id, todo, scores, mode, now, report)
        if approved:
            report.batch_id = f"auto-{now:%Y%m%dT%H%M%S}-{uuid.uuid4().hex[:6]}"
            plan = enqueue_approved_follows(
                s,
                account_id,
                approved,
                caps=caps,
                mode=mode,
                requested_by=f"policy:{loaded.stored.policy.version}",
                batch_id=report.batch_id,
                now=now,
            )
            report.enqueued = len(plan.follows)
            report.left_out = plan.left_out
        AuditRepo(s).record(
            f"policy:{loaded.stored.policy.version}",
            "decide",
            f"{report.screened} followers",
            account_id,
            at=now,
            **{k: v for k, v in report.as_dict().items() if k not in ("left_out",)},
        )
    return report


async def _second_look(
    store: Store,
    connector: Connector,
    loaded: _Loaded,
    todo: list[Profile],
    scores: list[ScoreLike],
    scorer: Scorer,
    now: datetime,
    report: DecideReport,
    budget: int,
) -> tuple[list[Profile], list[ScoreLike]]:
    """Read a few recent posts of followers the policy would send to a person, or would
    follow on a thin profile (no bio or no avatar: the profile says too little to be sure,
    and spam that sells only in its posts looks like that), or whose language the brand's
    ``languages`` rule needs and the profile does not tell (no declared language, a bio too
    short to detect one: most Bluesky profiles), then score those again with what the posts
    show."""
    policy = loaded.stored.policy
    uncertain = [
        i
        for i, (p, sc) in enumerate(zip(todo, scores, strict=True))
        if not p.recent_sampled
        and (policy.needs_language(p) or _worth_a_look(policy.evaluate(p, sc, now=now), p))
    ]
    if not uncertain:
        return todo, scores
    sampled, cost = await sample_recent_posts(
        connector, [todo[i] for i in uncertain], budget=budget
    )
    report.recent_calls, report.recent_sampled = cost.calls, cost.sampled
    if not sampled:
        return todo, scores
    with store.session() as s:
        save_profiles(s, loaded.platform, sampled)
    by_id = {p.remote_id: p for p in sampled}
    rescored = dict(
        zip(by_id, scorer.score_profiles([scoring_view(p) for p in by_id.values()]), strict=True)
    )
    todo = [by_id.get(p.remote_id, p) for p in todo]
    scores = [rescored.get(p.remote_id, sc) for p, sc in zip(todo, scores, strict=True)]
    return todo, scores


def _worth_a_look(ev: Evaluation, p: Profile) -> bool:
    if ev.verdict is Verdict.REVIEW:
        return True
    return ev.verdict is Verdict.FOLLOW and (not p.bio.strip() or not p.has_avatar)


# A model reason about a platform signal makes the plain-words one about it redundant.
_SAID_BY_MODEL = {
    "model:labels": ("signal:labels",),
    "model:verified": ("signal:verified", "signal:links"),
    "model:engaged": ("signal:made", "signal:pinned"),
    "model:recent_posts": ("recent:",),
}


def _with_signals(ev: Evaluation, profile: Profile) -> tuple[Reason, ...]:
    """The verdict's reasons, then what the platform and recent posts showed (decisions
    a person will look at: the queue shows them; a follow or skip keeps its own), without
    repeating what the model's reasons already say."""
    extra = recent_reasons(profile)
    if ev.verdict is Verdict.REVIEW:
        extra = (*platform_reasons(profile), *extra)
    said = tuple(p for r in ev.reasons for p in _SAID_BY_MODEL.get(r.rule, ()))
    return (*ev.reasons, *(r for r in extra if not (said and r.rule.startswith(said))))


def _record(
    s: Session,
    loaded: _Loaded,
    account_id: int,
    todo: Sequence[Profile],
    scores: Sequence[ScoreLike],
    mode: FollowMode,
    now: datetime,
    report: DecideReport,
) -> list[DecisionRow]:
    edges = EdgeRepo(s)
    entries: list[DecisionInput] = []
    assigned: list[AssignmentInput] = []
    for profile, score in zip(todo, scores, strict=True):
        ev, arm = _judge(loaded, account_id, profile, score, now)
        held_out = arm is Arm.HOLD_OUT
        if arm is not None:
            share = loaded.stored.settings.holdout_share
            assigned.append(
                AssignmentInput(
                    profile.remote_id, arm.value, share, score.bot_score, ASSIGNMENT_SCHEME
                )
            )
        entries.append(
            DecisionInput(
                remote_id=profile.remote_id,
                verdict=ev.verdict,
                state=_state_for(ev.verdict, mode),
                reasons=_with_signals(ev, profile),
                decided_by=_decided_by(ev, score),
                decided_at=now,
                policy_version=ev.policy_version,
                bot_score=score.bot_score,
                model_version=score.model_version,
                priority=loaded.engagement.get(profile.remote_id, 0.0),
                fingerprint=profile.fingerprint,
                learned_version=getattr(score, "learned_version", None),
            )
        )
        if held_out:
            report.holdout += 1
            edges.record_holdout(account_id, profile.remote_id)
        if ev.verdict is Verdict.FOLLOW:
            report.follow += 1
        elif ev.verdict is Verdict.REVIEW:
            report.review += 1
        else:
            report.skip += 1
            report.skip_rules[ev.rule] += 1
    ExperimentRepo(s).record_assignments(account_id, assigned, at=now)
    rows = DecisionRepo(s).record_many(account_id, entries)
    return [
        row
        for row, entry in zip(rows, entries, strict=True)
        if entry.state is DecisionState.APPROVED
    ]
