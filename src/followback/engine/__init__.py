"""The follow-back engine's pure core: policy verdicts, planning, pacing and the churn guard.

No I/O here: services in ``followback.services`` wire it to the store and connectors.
"""

from followback.engine.pacing import BucketSpec, BucketState, bucket_specs
from followback.engine.planner import Candidate, FollowPlan, effective_mode, plan_follows
from followback.engine.policy import Evaluation, Policy, ScoreLike, Scorer
from followback.engine.safety import ChurnHistory, check_follow, check_unfollow

__all__ = [
    "BucketSpec",
    "BucketState",
    "Candidate",
    "ChurnHistory",
    "Evaluation",
    "FollowPlan",
    "Policy",
    "ScoreLike",
    "Scorer",
    "bucket_specs",
    "check_follow",
    "check_unfollow",
    "effective_mode",
    "plan_follows",
]
