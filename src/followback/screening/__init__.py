"""Follower screening: tell genuine followers from spam, bot and bought accounts.

The engine calls :func:`load_default_scorer` once and then
``scorer.score_profiles(profiles)`` (or ``scorer.score_frame(frame)`` for bulk work); each
result carries a calibrated ``bot_score``, plain-words reasons and the model version.
"""

from followback.screening.features import FEATURE_NAMES, FeatureMatrix, extract_features
from followback.screening.frame import PROFILE_SCHEMA, empty_frame, profiles_to_frame
from followback.screening.impersonation import BrandIdentity
from followback.screening.model import (
    DEFAULT_FOLLOW_BELOW,
    DEFAULT_SKIP_ABOVE,
    Score,
    ScoreBatch,
    Scorer,
    ScreeningModel,
    load_default_scorer,
    verdicts,
)

__all__ = [
    "DEFAULT_FOLLOW_BELOW",
    "DEFAULT_SKIP_ABOVE",
    "FEATURE_NAMES",
    "PROFILE_SCHEMA",
    "BrandIdentity",
    "FeatureMatrix",
    "Score",
    "ScoreBatch",
    "Scorer",
    "ScreeningModel",
    "empty_frame",
    "extract_features",
    "load_default_scorer",
    "profiles_to_frame",
    "verdicts",
]
