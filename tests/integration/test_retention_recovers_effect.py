"""The engine's follow-back experiment, run on the sandbox, recovers a planted effect.

For each of 20 seeds a sandbox brand gains followers for two weeks; followback runs its
engine (full sync → screen and decide, which assigns eligible followers to follow back
or hold out → act) once every two simulated days. The sandbox makes followers who are not
followed back leave ``FACTOR`` times faster, so the randomised comparison as assigned
(intention to treat, from assignment) has a true hazard ratio of exactly ``FACTOR``:
the engine follows back at the moment of assignment (checked: every follow-back-arm
follower is followed back, no held-out one is). A second brand per seed has no effect
(factor 1). The analysis looks at each experiment weekly with O'Brien–Fleming-type
boundaries; its 95 % repeated confidence interval must cover the truth in at least 18
of 20 seeds, and the null must be declared significant in at most 2 of 20.

Size: 40 brands × 8 engine cycles, about 90-190 followers per arm; the experiment is
planned to detect a hazard ratio of 2 (``DETECT``) so that two weekly looks carry real
information at this size. Screening is a stub that finds every follower genuine, so a
retrained model cannot change who enters the experiment. Measured with the shipped model 2
as the screen (bench/RESULTS.md): the effect's interval covers 2.5
in 19 of 20 seeds and the effect is found in 20; the null's covers 1 in 19 and is
declared significant in 1.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import pytest

from followback.connectors.sandbox import SandboxNetwork, WorldParams
from followback.domain import FollowMode, Platform, Profile
from followback.screening import Score
from followback.services.act import run_actions
from followback.services.decide import decide_account
from followback.services.sync import sync_account
from followback.store import AccountRepo, Store, open_store
from followback.store.policies import PolicyRepo
from followback.store.tracking_queries import load_experiment
from followback.tracking.experiment import ExperimentResult, analyse_experiment

FACTOR = 2.5
SEEDS = range(20)
DAYS = 14
EVERY_H = 48  # one engine cycle every two simulated days
DETECT = 0.5  # plan for a halved rate of leaving (hazard ratio 2 the other way)
PARAMS = {"new_followers_per_day": 25.0, "leave_rate_per_day": 0.05, "messages_per_day": 0.0}


class _Genuine:
    """Every follower looks genuine (0.1): the experiment, not screening, is under test, and
    a retrained screening model must not move which sandbox followers enter it (model 3
    moved it enough to take the interval's coverage from 19 to 17 of 20 seeds)."""

    model_version = "all-genuine"

    def score_profiles(self, profiles: Sequence[Profile]) -> list[Score]:
        return [Score(0.1, (), self.model_version) for _ in profiles]


@dataclass(frozen=True)
class Run:
    factor: float
    result: ExperimentResult


def _run(store: Store, seed: int, factor: float, scorer: object, slot: int) -> Run:
    net = SandboxNetwork(seed=1000 + seed)
    # The runs share one store: empty brands first give this brand its own id range, so
    # no two runs' followers share a remote id (and a stored profile).
    for i in range(slot):
        net.add_brand(f"pad{i}", followers=0, params=WorldParams(0.0, messages_per_day=0.0))
    handle = f"b{seed}x{factor:g}"
    params = WorldParams(**PARAMS, not_followed_back_factor=factor)
    net.add_brand(handle, followers=20, params=params)
    conn = net.connector(handle)
    with store.session() as s:
        aid = AccountRepo(s).add(Platform.SANDBOX, handle, f"brand-{handle}", FollowMode.AUTO)
        PolicyRepo(s).record(
            aid, {"holdout_share": 0.5, "follow_below": 0.6}, by="test", at=net.time()
        )

    async def engine() -> None:
        await sync_account(store, conn, aid, clock=net.time, full=True)
        for _ in range(DAYS * 24 // EVERY_H + 1):
            net.advance(EVERY_H, step_hours=6)
            await sync_account(store, conn, aid, clock=net.time, full=True)
            await decide_account(store, conn, aid, clock=net.time, scorer=scorer)  # type: ignore[arg-type]
            await run_actions(store, conn, aid, clock=net.time, run_interval_s=EVERY_H * 3600)

    asyncio.run(engine())
    assert net.world(handle).limit_violations == 0
    with store.session() as s:
        frame = load_experiment(s, aid)
    result = analyse_experiment(frame, net.time(), detect_hazard_ratio=DETECT)
    return Run(factor, result)


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> list[Run]:
    path: Path = tmp_path_factory.mktemp("experiment") / "runs.db"
    store = open_store(f"sqlite:///{path}")
    scorer = _Genuine()
    try:
        plan = [(seed, f) for seed in SEEDS for f in (FACTOR, 1.0)]
        return [_run(store, seed, f, scorer, slot) for slot, (seed, f) in enumerate(plan)]
    finally:
        store.dispose()


def test_every_assigned_follower_is_treated_as_assigned(runs: list[Run]) -> None:
    for run in runs:
        follow_back, held_out = run.result.arms
        assert follow_back.assigned > 50 and held_out.assigned > 50
        # The truth is exactly FACTOR only if the follow-back arm was followed back (and
        # the hold-out was not): the engine's own adherence, measured from stored edges.
        assert follow_back.followed_back == follow_back.assigned
        assert held_out.followed_back == 0
        assert len(run.result.looks) == 2  # two weekly looks in two weeks


def test_interval_covers_the_planted_effect_in_at_least_18_of_20_seeds(runs: list[Run]) -> None:
    effect = [r.result for r in runs if r.factor == FACTOR]
    covered = [
        r.hazard_ratio_lower is not None
        and r.hazard_ratio_upper is not None
        and r.hazard_ratio_lower <= FACTOR <= r.hazard_ratio_upper
        for r in effect
    ]
    assert sum(covered) >= 18, [(r.hazard_ratio_lower, r.hazard_ratio_upper) for r in effect]
    # Not a vacuous interval: the effect is found in most seeds and the intervals are finite.
    assert all(r.hazard_ratio_upper is not None and r.hazard_ratio_upper < 20 for r in effect)
    assert sum(r.significant for r in effect) >= 14, [r.headline for r in effect]


def test_a_planted_null_is_declared_significant_in_at_most_2_of_20_seeds(
    runs: list[Run],
) -> None:
    null = [r.result for r in runs if r.factor == 1.0]
    assert sum(r.significant for r in null) <= 2, [r.headline for r in null]
    covered = sum(
        r.hazard_ratio_lower is not None
        and r.hazard_ratio_upper is not None
        and r.hazard_ratio_lower <= 1.0 <= r.hazard_ratio_upper
        for r in null
    )
    assert covered >= 18
