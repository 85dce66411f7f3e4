"""The brand's own judgment, learned on top of the shipped model (pure; no I/O).

Every approve and skip a person makes in the review queue is a label (skip = 1, approve
= 0). :func:`fit` learns a small correction of the shipped model's log-odds from them::

    logit(p) = logit(base) + b + w · x

where ``x`` holds the base log-odds itself (so the correction can sharpen or soften the
model) and a few profile facts (bio, name, avatar, posting, following, replies). The
correction is a ridge-regularised logistic regression whose penalty pulls every weight
towards zero, i.e. towards the shipped model: with a handful of decisions it barely moves
and it grows with the evidence. It only changes the *score*: deny/allow lists, opt-outs
(``#nobot``, bot flags) and values rules are applied by the policy before any score is
read, so nothing learned can override them.

Written by hand with numpy (a few Newton steps) rather than scikit-learn because the
shipped model's log-odds enter as a fixed *offset* with a penalty centred on "no
change", which ``LogisticRegression`` does not offer, and because it must stay importable
and fast inside the engine.
"""

from __future__ import annotations

import hashlib
import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt
import polars as pl

from followback.domain import Profile, Reason
from followback.screening.frame import profiles_to_frame

__all__ = [
    "FEATURES",
    "MIN_DECISIONS",
    "Adjustment",
    "LearnedScore",
    "agreement",
    "features",
    "fit",
]

# Inputs of the correction, besides its bias. Kept few: a brand makes tens to hundreds
# of decisions, not thousands.
FEATURES: tuple[str, ...] = (
    "base_logit",  # the shipped model's log-odds
    "no_bio",
    "no_name",
    "no_avatar",
    "log_posts",
    "log_following",
    "follow_ratio",  # log((following + 1) / (followers + 1))
)
# Typical spread of each feature on real followers (order of FEATURES).
_SPREAD = (2.0, 0.5, 0.5, 0.5, 2.5, 2.0, 1.5)
MIN_DECISIONS = 30  # fewer: no adjustment (below ~30 a fit lowered agreement in bench)
L2 = 4.0  # ridge strength: how many decisions' worth of "no change" the prior is worth
_EPS = 1e-6


@dataclass(frozen=True, slots=True)
class LearnedScore:
    """A score after the brand's adjustment (the engine's ``ScoreLike``)."""

    bot_score: float
    reasons: tuple[Reason, ...]
    model_version: str
    learned_version: str | None
    base_score: float


@dataclass(frozen=True, slots=True)
class Adjustment:
    """A learned correction: bias, one weight per :data:`FEATURES`, and provenance."""

    bias: float
    weights: tuple[float, ...]
    decisions: int  # how many of the brand's decisions it was learned from
    skips: int = 0

    @property
    def version(self) -> str:
        """A short stable id of these weights (stored with each decision)."""
        blob = json.dumps([round(self.bias, 6), [round(w, 6) for w in self.weights]])
        return f"learned-{self.decisions}-{hashlib.sha256(blob.encode()).hexdigest()[:8]}"

    def describe(self) -> str:
        """What the dashboard and CLI show."""
        return f"learned from {self.decisions} of your decisions"

    def to_json(self) -> dict[str, Any]:
        return {
            "bias": self.bias,
            "weights": dict(zip(FEATURES, self.weights, strict=True)),
            "decisions": self.decisions,
            "skips": self.skips,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Adjustment | None:
        """The stored adjustment, or ``None`` when nothing is learned (or after a reset)."""
        weights = data.get("weights")
        if not isinstance(weights, dict) or not data.get("decisions"):
            return None
        return cls(
            float(data.get("bias", 0.0)),
            tuple(float(weights.get(f, 0.0)) for f in FEATURES),
            int(data["decisions"]),
            int(data.get("skips", 0)),
        )

    def adjust(
        self, base: npt.NDArray[np.float64], x: npt.NDArray[np.float64]
    ) -> npt.NDArray[np.float64]:
        """Adjusted bot scores for base scores ``base`` and features ``x`` (n x k)."""
        logit = _logit(base) + self.bias + x @ np.asarray(self.weights, dtype=np.float64)
        return _sigmoid(logit)

    def apply(self, profiles: Sequence[Profile], scores: Sequence[Any]) -> list[LearnedScore]:
        """Adjust the base ``scores`` (anything with ``bot_score``, ``reasons`` and
        ``model_version``) of ``profiles``; each gains a reason naming the change."""
        base = np.array([float(s.bot_score) for s in scores], dtype=np.float64)
        adjusted = self.adjust(base, features(profiles_to_frame(list(profiles)), base))
        out = []
        for s, b, a in zip(scores, base, adjusted, strict=True):
            delta = float(a - b)
            reasons = tuple(s.reasons)
            if abs(delta) >= 0.01:
                sign = "+" if delta > 0 else "−"
                towards = "towards screening out" if delta > 0 else "towards following"
                text = f"{sign} {self.describe()} ({towards}, {abs(delta):.2f})"
                reasons = (*reasons, Reason("learned", text))
            out.append(LearnedScore(float(a), reasons, s.model_version, self.version, float(b)))
        return out


def _logit(p: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
    q = np.clip(p, _EPS, 1 - _EPS)
    return np.log(q / (1 - q))


def _sigmoid(z: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
    return 1.0 / (1.0 + np.exp(-np.clip(z, -40, 40)))


def _count(df: pl.DataFrame, name: str) -> npt.NDArray[np.float64]:
    if name not in df.columns:
        return np.zeros(df.height)
    return df[name].cast(pl.Float64).fill_null(0.0).clip(0.0).to_numpy().astype(np.float64)


def _empty(df: pl.DataFrame, name: str) -> npt.NDArray[np.float64]:
    if name not in df.columns:
        return np.ones(df.height)
    text = df[name].fill_null("").str.strip_chars()
    return (text.str.len_chars() == 0).to_numpy().astype(np.float64)


def features(df: pl.DataFrame, base: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
    """The correction's inputs (n x len(FEATURES)) from a profile frame and base scores."""
    following, followers = _count(df, "following_count"), _count(df, "followers_count")
    avatar = (
        df["has_avatar"].fill_null(True).to_numpy().astype(np.float64)
        if "has_avatar" in df.columns
        else np.ones(df.height)
    )
    cols = [
        _logit(base),
        _empty(df, "bio"),
        _empty(df, "display_name"),
        1.0 - avatar,
        np.log1p(_count(df, "posts_count")),
        np.log1p(following),
        np.log((following + 1.0) / (followers + 1.0)),
    ]
    return np.column_stack(cols) if df.height else np.zeros((0, len(FEATURES)))


def fit(
    x: npt.NDArray[np.float64],
    base: npt.NDArray[np.float64],
    labels: npt.NDArray[np.float64],
    *,
    l2: float = L2,
    weights: npt.NDArray[np.float64] | None = None,
) -> Adjustment | None:
    """Learn the correction from decisions: ``labels`` 1 = skipped, 0 = approved.

    ``weights`` (optional, one per decision) lets recent decisions count more. Returns
    ``None`` below :data:`MIN_DECISIONS` decisions: then the shipped model stands alone.
    """
    n = len(labels)
    if n < MIN_DECISIONS:
        return None
    offset = _logit(base)
    design = np.column_stack([np.ones(n), x])  # bias first
    # Each column divided by its typical spread (fixed, not measured on a handful of
    # decisions, which would blow up rare features) so one ridge strength suits all.
    scale = np.array([1.0, *_SPREAD])
    z = design / scale
    w = np.ones(n) if weights is None else np.asarray(weights, dtype=np.float64)
    beta = np.zeros(z.shape[1])

    def loss(b: npt.NDArray[np.float64]) -> float:
        eta = offset + z @ b
        # log(1 + e^eta) - y*eta, written to stay finite for large |eta|
        nll = np.logaddexp(0.0, eta) - labels * eta
        return float(np.sum(w * nll) + 0.5 * l2 * b @ b)

    current = loss(beta)
    for _ in range(50):  # damped Newton: halve the step until the penalised loss falls
        p = _sigmoid(offset + z @ beta)
        grad = z.T @ (w * (p - labels)) + l2 * beta
        hess = (z * (w * p * (1 - p))[:, None]).T @ z + l2 * np.eye(z.shape[1])
        step = np.linalg.solve(hess, grad)
        t = 1.0
        while t > 1e-6 and loss(beta - t * step) > current:
            t /= 2
        beta = beta - t * step
        new = loss(beta)
        if current - new < 1e-10:
            break
        current = new
    coef = beta / scale
    if not np.all(np.isfinite(coef)):
        return None
    return Adjustment(
        float(coef[0]), tuple(float(c) for c in coef[1:]), n, int(np.sum(labels > 0.5))
    )


def agreement(
    scores: npt.NDArray[np.float64], labels: npt.NDArray[np.float64], threshold: float = 0.5
) -> float:
    """Share of decisions the scores agree with (skip when ``score >= threshold``)."""
    if len(labels) == 0:
        return math.nan
    return float(np.mean((scores >= threshold) == (labels > 0.5)))
