"""The shipped follower screening model: load offline, score vectorised, explain.

The model file (``models/screening.json``) holds an additive model: for each feature a step
function (thresholds and values) plus an optional clipped linear part, an intercept, fixed
weights for the platform-native signals, and a calibration map with one shift per platform.
``raw = intercept + sum_j term_j(x_j) + sum_k weight_k * signal_k``; an unknown value
contributes nothing; ``bot_score = sigmoid(a * raw + b + shift[platform])``. Because the model
is a sum, each feature's contribution is exact, and that is what the reasons quote.

A platform bot flag (Mastodon's ``bot``, Bluesky's ``bot`` label) is not in the training data,
so it is not learned: it lifts the score to at least the file's ``bot_flag_floor``. A
moderation label (spam, scam, impersonation, ... from the platform's moderation service or a
labeler the brand subscribes to) is the platform's own verdict: besides its weight, it lifts
the score to at least ``label_floor``, wherever a platform's operating points sit.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

import numpy as np
import numpy.typing as npt
import polars as pl

from followback.domain import Profile, Reason, ScreeningError, Verdict
from followback.screening.features import (
    FEATURE_NAMES,
    SIGNAL_NAMES,
    extract_features,
    extract_signals,
    handle_local_part,
)
from followback.screening.frame import SIGNAL_SCHEMA, profiles_to_frame
from followback.screening.impersonation import BrandIdentity
from followback.screening.reasons import SIGNAL_FEATURES, SIGNALS, Facts, agrees, describe

__all__ = [
    "DEFAULT_FOLLOW_BELOW",
    "DEFAULT_SKIP_ABOVE",
    "MODEL_FORMAT",
    "BrandScorer",
    "Score",
    "ScoreBatch",
    "Scorer",
    "ScreeningModel",
    "load_default_scorer",
    "verdicts",
]

MODEL_FORMAT = "followback-additive-2"
DEFAULT_FOLLOW_BELOW = 0.35
DEFAULT_SKIP_ABOVE = 0.75
_TOP = 4  # signals kept per account: the strongest _SHOW whose facts agree become reasons
_SHOW = 3
_MIN_PUSH = 0.1  # log-odds; weaker signals are not worth a reason
_BOT_FLAG = SIGNALS.index("bot_flag")
_L_FOLLOW = math.log(DEFAULT_FOLLOW_BELOW / (1.0 - DEFAULT_FOLLOW_BELOW))
_L_SKIP = math.log(DEFAULT_SKIP_ABOVE / (1.0 - DEFAULT_SKIP_ABOVE))


@dataclass(frozen=True, slots=True)
class Score:
    """One account's screening result."""

    bot_score: float
    reasons: tuple[Reason, ...]
    model_version: str


@dataclass(frozen=True, slots=True)
class ScoreBatch:
    """Scores for a frame of profiles; reason texts are worded on demand.

    ``reason_codes[i]`` holds up to four signal indices (into :data:`SIGNALS`, -1 for none),
    strongest first; ``towards_bot[s, i]`` says which way signal ``s`` pushed row ``i``.
    """

    bot_score: npt.NDArray[np.float64]
    reason_codes: npt.NDArray[np.int8]
    towards_bot: npt.NDArray[np.bool_]
    model_version: str
    _frame: pl.DataFrame
    _features: npt.NDArray[np.float32]
    _native: npt.NDArray[np.float64] | None = None  # extract_signals of the frame, if read
    _columns: dict[str, list[Any]] = field(default_factory=dict)  # filled on first reasons()

    def __len__(self) -> int:
        return len(self.bot_score)

    def reasons(self, i: int) -> tuple[Reason, ...]:
        """The plain-words reasons for row ``i``."""
        codes = [int(c) for c in self.reason_codes[i] if c >= 0]
        if not codes:
            return ()
        if not self._columns:
            self._columns.update(_fact_columns(self._frame, self._features, self._native))
        facts = _facts(self._columns, i)
        pushes = [(SIGNALS[c], bool(self.towards_bot[c, i])) for c in codes]
        return tuple(
            Reason(f"model:{signal}", describe(signal, towards, facts))
            for signal, towards in pushes
            if agrees(signal, towards, facts)
        )[:_SHOW]

    def reason_texts(self, separator: str = "; ") -> list[str]:
        """Every row's reasons joined into one string (for CSV output)."""
        return [separator.join(r.text for r in self.reasons(i)) for i in range(len(self))]


@runtime_checkable
class Scorer(Protocol):
    """What the engine needs from a screening model."""

    @property
    def model_version(self) -> str: ...

    def score_frame(self, df: pl.DataFrame) -> ScoreBatch: ...

    def score_profiles(self, profiles: Sequence[Profile]) -> list[Score]: ...


class BrandScorer:
    """A :class:`ScreeningModel` bound to the brand whose followers it scores (see
    ``impersonation.py``): the engine's ``Scorer`` interface, with the brand as input."""

    def __init__(self, model: ScreeningModel, brand: BrandIdentity) -> None:
        self.model = model
        self.brand = brand

    @property
    def model_version(self) -> str:
        return self.model.model_version

    def score_frame(self, df: pl.DataFrame) -> ScoreBatch:
        return self.model.score_frame(df, brand=self.brand)

    def score_profiles(self, profiles: Sequence[Profile]) -> list[Score]:
        return self.model.score_profiles(profiles, brand=self.brand)


class ScreeningModel:
    """An additive screening model loaded from its JSON file."""

    def __init__(self, spec: dict[str, Any]) -> None:
        if spec.get("format") != MODEL_FORMAT:
            raise ScreeningError(f"unsupported model format {spec.get('format')!r}")
        names = [t["feature"] for t in spec["terms"]]
        if names != list(FEATURE_NAMES):
            raise ScreeningError("model features do not match this version of followback")
        self._version = str(spec["version"])
        self._intercept = float(spec["intercept"])
        # A final +inf threshold and an extra value slot catch NaN (searchsorted puts NaN
        # after +inf): an unknown value contributes nothing, with no separate isnan pass.
        self._thresholds = [
            np.append(_thresholds32(t["thresholds"]), np.float32(np.inf)) for t in spec["terms"]
        ]
        self._values = [np.append(np.asarray(t["values"], np.float64), 0.0) for t in spec["terms"]]
        self._slopes = [float(t["slope"]) for t in spec["terms"]]
        self._clips = [(float(t["clip"][0]), float(t["clip"][1])) for t in spec["terms"]]
        # A cap bounds how far a term may push towards "bot" (see training: being young or
        # little followed may add only so much).
        self._caps = [None if t.get("cap") is None else float(t["cap"]) for t in spec["terms"]]
        calibration = spec["calibration"]
        self._a = float(calibration["a"])
        self._b = float(calibration["b"])
        # Per platform, the calibrated log-odds at which "follow" and "skip" start; they are
        # mapped onto the default thresholds (see _place). A platform not listed keeps the
        # research-data calibration.
        self._points = {
            str(p): (float(v["follow_at"]), float(v["skip_at"]))
            for p, v in spec.get("platforms", {}).items()
        }
        weights = {str(t["signal"]): float(t["weight"]) for t in spec.get("signals", [])}
        if set(weights) - set(SIGNAL_NAMES):
            raise ScreeningError("model signals do not match this version of followback")
        self._weights = [weights.get(name, 0.0) for name in SIGNAL_NAMES]
        self._floor = float(spec.get("bot_flag_floor", 0.9))
        self._label_floor = float(spec.get("label_floor", 0.0))
        self._label = SIGNAL_NAMES.index("label_abuse")
        self._automated = SIGNAL_NAMES.index("says_automated")
        self.spec = spec
        # Feature j's contribution is added to signal _signal_of[j] (see reasons.py), and so
        # is platform signal k's (_native_of[k]).
        owner = {f: g for g, signal in enumerate(SIGNALS) for f in SIGNAL_FEATURES[signal]}
        self._signal_of = [owner[f] for f in FEATURE_NAMES]
        self._native_of = [owner[f] for f in SIGNAL_NAMES]

    @classmethod
    def from_file(cls, path: Path) -> ScreeningModel:
        """Load a model file; raises :class:`ScreeningError` if it is missing or invalid."""
        try:
            return cls(json.loads(path.read_text(encoding="utf-8")))
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise ScreeningError(f"cannot load screening model {path}: {exc}") from exc

    @property
    def model_version(self) -> str:
        return self._version

    def contributions(self, x: npt.NDArray[np.float32]) -> npt.NDArray[np.float64]:
        """Each feature's exact contribution to the raw score (log-odds); NaN -> 0."""
        out = np.empty(x.shape, dtype=np.float64)
        for j in range(x.shape[1]):
            out[:, j] = self._term(j, np.ascontiguousarray(x[:, j]))
        return out

    def _term(self, j: int, col: npt.NDArray[np.float32]) -> npt.NDArray[np.float64]:
        part = self._values[j][np.searchsorted(self._thresholds[j], col, side="left")]
        if self._slopes[j]:
            lo, hi = self._clips[j]
            linear = np.clip(col, lo, hi).astype(np.float64)
            linear *= self._slopes[j]
            part += np.nan_to_num(linear, copy=False, nan=0.0)
        cap = self._caps[j]
        if cap is not None:
            part = np.where(np.isnan(col), 0.0, np.minimum(part, cap))
        return part

    def for_brand(self, brand: BrandIdentity) -> BrandScorer:
        """This model scoring the followers of ``brand``."""
        return BrandScorer(self, brand)

    def score_frame(self, df: pl.DataFrame, brand: BrandIdentity | None = None) -> ScoreBatch:
        """Score every row of a profile frame (see ``frame.py``); no per-row Python.
        ``brand``: whom the rows follow, when known (a support desk bearing its name)."""
        features = extract_features(df).values
        n = features.shape[0]
        signals = np.zeros((len(SIGNALS), n), dtype=np.float64)
        columns = np.ascontiguousarray(features.T)  # free: features are column-major
        for j, g in enumerate(self._signal_of):
            signals[g] += self._term(j, columns[j])
        labelled = values = None
        # Bulk frames usually have no platform signals (nor a brand): no pass for them.
        if brand is not None or any(c in df.columns for c in SIGNAL_SCHEMA):
            values = extract_signals(df, brand)
            for k, g in enumerate(self._native_of):
                if self._weights[k]:
                    signals[g] += self._weights[k] * values[:, k]
            # A moderation label, or saying it is automated: the floor of a verdict.
            labelled = (values[:, self._label] > 0) | (values[:, self._automated] > 0)
        raw = self._intercept + signals.sum(axis=0)
        score = self._place(self._a * raw + self._b, df)
        if labelled is not None and self._label_floor and labelled.any():
            score = np.where(labelled, np.maximum(score, self._label_floor), score)
        flagged = df["bot_flag"].fill_null(False).to_numpy() if "bot_flag" in df.columns else None
        if flagged is not None and flagged.any():
            score = np.where(flagged, np.maximum(score, self._floor), score)
            signals[_BOT_FLAG] = np.where(flagged, np.inf, 0.0)
        # Reasons are ranked by how far they moved the score, either way; the sign says which.
        towards_bot = signals > 0
        return ScoreBatch(score, _top_signals(np.abs(signals)), towards_bot, self._version, df,
                          features, values)  # fmt: skip

    def _place(self, z: npt.NDArray[np.float64], df: pl.DataFrame) -> npt.NDArray[np.float64]:
        """Calibrated log-odds -> bot_score, with each platform's operating points landing on
        the default thresholds: piecewise linear in log-odds, slope 1 outside them."""
        if self._points and "platform" in df.columns:
            names = list(self._points)
            idx = (
                df["platform"]
                .replace_strict(
                    {n: i for i, n in enumerate(names)}, default=len(names), return_dtype=pl.Int64
                )
                .to_numpy()
            )
            table = np.array([*self._points.values(), (_L_FOLLOW, _L_SKIP)], dtype=np.float64)
            lo, hi = table[idx, 0], table[idx, 1]
            mid = _L_FOLLOW + (z - lo) * ((_L_SKIP - _L_FOLLOW) / (hi - lo))
            z = np.where(z < lo, _L_FOLLOW + (z - lo), np.where(z > hi, _L_SKIP + (z - hi), mid))
        out: npt.NDArray[np.float64] = 1.0 / (1.0 + np.exp(-z))
        return out

    def score_profiles(
        self, profiles: Sequence[Profile], brand: BrandIdentity | None = None
    ) -> list[Score]:
        """Score domain profiles (the engine's entry point), reasons worded."""
        if not profiles:
            return []
        batch = self.score_frame(profiles_to_frame(profiles), brand=brand)
        return [
            Score(float(batch.bot_score[i]), batch.reasons(i), self._version)
            for i in range(len(batch))
        ]


def _top_signals(push: npt.NDArray[np.float64]) -> npt.NDArray[np.int8]:
    """The up to ``_TOP`` strongest signals per row (columns of ``push``, shape signals x n),
    strongest first, -1 where fewer than ``_TOP`` push at least ``_MIN_PUSH``.

    Ranks come from pairwise comparisons of whole rows of ``push`` (contiguous passes over
    the signals strong somewhere in the batch), which is several times cheaper than argsort
    or argmax with fancy indexing.
    """
    g, n = push.shape
    # Only signals strong somewhere in the batch are ranked: one weaker than _MIN_PUSH
    # everywhere can never beat a strong one, nor be named, so leaving it out changes no
    # code (a bulk frame has no platform signals: 6 of 11 take part, 15 pairs, not 55).
    strong = push >= _MIN_PUSH
    active = [s for s in range(g) if strong[s].any()]
    rank = np.zeros((g, n), dtype=np.int8)
    for i, a in enumerate(active):
        for b in active[i + 1 :]:
            a_wins = push[a] >= push[b]  # ties go to the earlier signal
            rank[b] += a_wins
            rank[a] += ~a_wins
    codes = np.full((n, _TOP), -1, dtype=np.int8)
    for s in active:
        # One scatter per signal into the rows where it ranks in the top _TOP (2 passes
        # and a gather), instead of a masked pass per rank: about a third of the time.
        rank_s = rank[s]
        rows = np.flatnonzero(strong[s] & (rank_s < _TOP))
        codes[rows, rank_s[rows]] = s
    return codes


def _thresholds32(values: Sequence[float]) -> npt.NDArray[np.float32]:
    """Split thresholds as float32, each rounded down, so that for any float32 ``x``,
    ``x <= t32`` exactly when ``x <= t`` (LightGBM's rule): features are float32 and
    comparing in float32 halves the memory traffic of the hot loop."""
    t64 = np.asarray(values, dtype=np.float64)
    t32 = t64.astype(np.float32)
    above = t32.astype(np.float64) > t64
    t32[above] = np.nextafter(t32[above], np.float32(-np.inf))
    return t32


def verdicts(
    bot_score: npt.NDArray[np.float64],
    follow_below: float = DEFAULT_FOLLOW_BELOW,
    skip_above: float = DEFAULT_SKIP_ABOVE,
) -> npt.NDArray[np.str_]:
    """Map scores to verdicts: below ``follow_below`` follow, above ``skip_above`` skip,
    otherwise review."""
    if not 0.0 <= follow_below <= skip_above <= 1.0:
        raise ScreeningError("need 0 <= follow_below <= skip_above <= 1")
    out = np.full(bot_score.shape, Verdict.REVIEW.value, dtype="<U6")
    out[bot_score < follow_below] = Verdict.FOLLOW.value
    out[bot_score > skip_above] = Verdict.SKIP.value
    return out


@lru_cache(maxsize=1)
def load_default_scorer() -> ScreeningModel:
    """The model shipped in the package (loaded once, offline)."""
    resource = resources.files("followback.screening").joinpath("models/screening.json")
    with resources.as_file(resource) as path:
        return ScreeningModel.from_file(path)


_FACT_FEATURES = ("handle_length", "handle_digits", "has_name", "bio_length", "bio_link_only",
                  "bio_has_link", "has_url")  # fmt: skip
_BOOLEAN_FACTS = ("has_name", "bio_link_only", "bio_has_link", "has_url")


def _fact_columns(
    df: pl.DataFrame, x: npt.NDArray[np.float32], native: npt.NDArray[np.float64] | None
) -> dict[str, list[Any]]:
    """The values reasons quote, as Python lists with None for unknown (built once per
    batch, so wording a row is a few list lookups)."""
    age = ((pl.col("observed_at") - pl.col("created_at")) / 86_400.0).clip(lower_bound=0.0)
    text = pl.concat_str(
        [pl.col("display_name").fill_null(""), pl.col("bio").fill_null("")], separator=" \n "
    )
    cols = df.select(
        pl.col("followers_count"),
        pl.col("following_count"),
        pl.col("posts_count"),
        age.alias("age_days"),
        handle_local_part(pl.col("handle")).alias("handle"),
        pl.col("has_avatar"),
        (pl.col("has_banner") if "has_banner" in df.columns else pl.lit(None, pl.Boolean())).alias(
            "has_banner"
        ),
        text.alias("text"),
        (pl.col("labels") if "labels" in df.columns else pl.lit(None, pl.String())).alias("labels"),
        (
            pl.col("recent_posts_sampled").fill_null(0)
            if "recent_posts_sampled" in df.columns
            else pl.lit(0, pl.Int64())
        ).alias("recent_sampled"),
    )
    out = {name: cols[name].to_list() for name in cols.columns}
    for name in _FACT_FEATURES:
        series = pl.Series(x[:, FEATURE_NAMES.index(name)]).fill_nan(None)
        out[name] = series.cast(pl.Boolean() if name in _BOOLEAN_FACTS else pl.Int64()).to_list()
    if native is None:
        native = extract_signals(df)
    for k, name in enumerate(SIGNAL_NAMES):
        out[name] = native[:, k].tolist()
    return out


def _facts(cols: dict[str, list[Any]], i: int) -> Facts:
    return Facts(
        followers=cols["followers_count"][i],
        following=cols["following_count"][i],
        posts=cols["posts_count"][i],
        age_days=cols["age_days"][i],
        handle=cols["handle"][i] or None,
        handle_digits=cols["handle_digits"][i],
        handle_length=cols["handle_length"][i],
        has_name=cols["has_name"][i],
        bio_length=cols["bio_length"][i],
        bio_link_only=cols["bio_link_only"][i],
        bio_has_link=cols["bio_has_link"][i],
        has_avatar=cols["has_avatar"][i],
        has_url=cols["has_url"][i],
        text=cols["text"][i],
        labels=cols["labels"][i] or None,
        verified=bool(cols["verified"][i]),
        verified_links=int(cols["verified_links"][i]),
        pinned_post=bool(cols["pinned_post"][i]),
        made_for_others=bool(cols["made_for_others"][i]),
        posted_recently=bool(cols["posted_recently"][i]),
        recent_sampled=int(cols["recent_sampled"][i]),
        recent_replies=float(cols["recent_replies"][i]),
        recent_duplicates=float(cols["recent_duplicates"][i]),
        recent_links=float(cols["recent_links"][i]),
        recent_spam=float(cols["recent_spam"][i]),
        recent_reposts=float(cols["recent_reposts"][i]),
        recent_one_link=float(cols["recent_one_link"][i]),
        support_desk=bool(cols["support_desk"][i]),
        support_bait=bool(cols["support_bait"][i]),
        support_brand=bool(cols["support_brand"][i]),
        brand_official=bool(cols["brand_official"][i]),
        has_banner=cols["has_banner"][i],
    )
