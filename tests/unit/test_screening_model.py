"""The scorer on a tiny hand-written model: exact sums, NaN is neutral, flags, platform
signals and operating points, reasons with their direction."""

from __future__ import annotations

import json
import math
from datetime import UTC, datetime, timedelta
from pathlib import Path

import numpy as np
import polars as pl
import pytest

from followback.domain import Platform, Profile, ScreeningError
from followback.screening import (
    FEATURE_NAMES,
    Scorer,
    ScreeningModel,
    load_default_scorer,
    profiles_to_frame,
    verdicts,
)

SEEN = datetime(2024, 6, 1, tzinfo=UTC)


def _spec(**terms: dict[str, object]) -> dict[str, object]:
    """A model where only the named features count; a = 1, b = 0 so score = sigmoid(raw)."""
    flat = {"thresholds": [], "values": [0.0], "slope": 0.0, "clip": [0.0, 0.0]}
    return {
        "version": "tiny-1",
        "format": "followback-additive-2",
        "features": list(FEATURE_NAMES),
        "intercept": 0.0,
        "terms": [{"feature": f, **flat, **terms.get(f, {})} for f in FEATURE_NAMES],
        "calibration": {"method": "platt", "a": 1.0, "b": 0.0},
        "signals": [
            {"signal": "label_abuse", "weight": 6.0},
            {"signal": "verified", "weight": -2.0},
        ],
        "bot_flag_floor": 0.9,
    }


TINY = _spec(
    # following more than ~e^6 = 400 accounts: +2 log-odds, else -1
    log_following={"thresholds": [6.0], "values": [-1.0, 2.0]},
    # default avatar: +1.5 (x <= 0.5 -> no default avatar)
    default_avatar={"thresholds": [0.5], "values": [0.0, 1.5]},
    # bio length, linear and clipped: -0.01 per character up to 100
    bio_length={"thresholds": [], "values": [0.0], "slope": -0.01, "clip": [0.0, 100.0]},
)


def _profile(**kw: object) -> Profile:
    base: dict[str, object] = {
        "platform": Platform.MASTODON, "remote_id": "1", "handle": "ana@social.example",
        "observed_at": SEEN, "display_name": "Ana", "bio": "x" * 50, "followers_count": 10,
        "following_count": 100, "posts_count": 5, "created_at": SEEN - timedelta(days=400),
    }  # fmt: skip
    base.update(kw)
    return Profile(**base)  # type: ignore[arg-type]


def _sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-z))


def test_score_is_the_calibrated_sum_of_terms() -> None:
    model = ScreeningModel(TINY)
    batch = model.score_frame(profiles_to_frame([
        _profile(),  # -1 (following 100) + 0 (avatar) - 0.5 (bio 50)
        _profile(following_count=5000, has_avatar=False, bio=""),  # +2 +1.5 -0
        _profile(bio="y" * 10_000),  # huge bio: linear part clipped at 100 characters
    ]))  # fmt: skip
    expected = [_sigmoid(-1.5), _sigmoid(3.5), _sigmoid(-2.0)]
    np.testing.assert_allclose(batch.bot_score, expected, rtol=1e-12)
    assert batch.model_version == "tiny-1"


def test_unknown_values_contribute_nothing() -> None:
    frame = profiles_to_frame([_profile()])
    frame = frame.with_columns(
        frame["following_count"].clear(1).alias("following_count"),
        frame["bio"].clear(1).alias("bio"),
    )
    assert ScreeningModel(TINY).score_frame(frame).bot_score[0] == pytest.approx(0.5)


def test_bot_flag_lifts_the_score_to_the_floor_and_says_so() -> None:
    batch = ScreeningModel(TINY).score_frame(profiles_to_frame([_profile(bot_flag=True)]))
    assert batch.bot_score[0] == pytest.approx(0.9)
    assert batch.reasons(0)[0].text == "\N{MINUS SIGN} declares itself automated"
    assert batch.reasons(0)[0].rule == "model:bot_flag"


def test_reasons_say_which_way_they_push() -> None:
    model = ScreeningModel(TINY)
    bot = _profile(following_count=4900, followers_count=12, has_avatar=False, bio="")
    human = _profile(following_count=90, followers_count=300)
    mixed = _profile(following_count=5000, followers_count=300, bio="y" * 80)
    a, b, c = model.score_profiles([bot, human, mixed])
    assert a.bot_score > 0.9
    assert [r.text for r in a.reasons] == [
        "\N{MINUS SIGN} follows 4,900, followed by 12",
        "\N{MINUS SIGN} no bio or avatar",
    ]
    assert b.bot_score < 0.5
    assert [r.text for r in b.reasons] == [
        "+ followed by 300, follows 90",
        "+ has a display name, bio and avatar",
    ]
    # strongest first, whichever way: +2 for following, -0.8 for the bio
    assert [r.text for r in c.reasons] == [
        "\N{MINUS SIGN} follows 5,000, followed by 300",
        "+ has a display name, bio and avatar",
    ]
    assert a.model_version == b.model_version == "tiny-1"


def test_platform_signals_add_their_fixed_weights() -> None:
    model = ScreeningModel(TINY)
    base, labelled, verified = model.score_profiles([
        _profile(), _profile(labels=("spam",)), _profile(verified=True),
    ])  # fmt: skip
    assert labelled.bot_score == pytest.approx(_sigmoid(-1.5 + 6.0))
    assert verified.bot_score == pytest.approx(_sigmoid(-1.5 - 2.0))
    assert base.bot_score == pytest.approx(_sigmoid(-1.5))
    assert labelled.reasons[0].text == "\N{MINUS SIGN} labelled spam by a moderation service"
    assert verified.reasons[0].text == "+ verified by the platform"


def test_a_moderation_label_lifts_the_score_to_the_label_floor() -> None:
    # A label is the platform's verdict: wherever the operating points put the weighted
    # score, it lands at least on the floor (screened out at the default thresholds).
    spec = {**TINY, "label_floor": 0.95, "signals": [{"signal": "label_abuse", "weight": 0.5}]}
    base, labelled = ScreeningModel(spec).score_profiles([
        _profile(), _profile(labels=("spam",)),
    ])  # fmt: skip
    assert base.bot_score == pytest.approx(_sigmoid(-1.5))
    assert labelled.bot_score == pytest.approx(0.95)
    # Without a floor in the file, only the weight counts (older model files).
    (old,) = ScreeningModel({**spec, "label_floor": 0.0}).score_profiles(
        [_profile(labels=("spam",))]
    )
    assert old.bot_score == pytest.approx(_sigmoid(-1.5 + 0.5))


def test_platform_operating_points_land_on_the_default_thresholds() -> None:
    follow_at, skip_at = -0.5, 1.5
    model = ScreeningModel({**TINY, "platforms": {"bluesky": {"follow_at": follow_at,
                                                               "skip_at": skip_at}}})  # fmt: skip
    frame = profiles_to_frame([
        _profile(platform=Platform.BLUESKY, bio="y" * 50, following_count=100),  # raw -1.5
        _profile(platform=Platform.BLUESKY, bio="", following_count=100),  # raw -1.0
        _profile(platform=Platform.MASTODON, bio="", following_count=100),  # raw -1.0
    ])  # fmt: skip
    frame = frame.with_columns(bio=pl.Series([None, None, None], dtype=pl.String()))
    # with the bio unknown, raw is -1.0 for all; bluesky maps -0.5 -> 0.35, slope 1 below it
    score = model.score_frame(frame).bot_score
    l35 = math.log(0.35 / 0.65)
    assert score[0] == pytest.approx(_sigmoid(l35 - 0.5))
    assert score[1] == pytest.approx(_sigmoid(l35 - 0.5))
    assert score[2] == pytest.approx(_sigmoid(-1.0))  # a platform without points: unchanged
    at_points = model.score_frame(profiles_to_frame([_profile(platform=Platform.BLUESKY)]))
    assert at_points.bot_score[0] < 0.35


def test_score_profiles_of_nothing_is_nothing() -> None:
    assert ScreeningModel(TINY).score_profiles([]) == []


def test_verdict_thresholds() -> None:
    scores = np.array([0.0, 0.349, 0.35, 0.75, 0.751, 1.0])
    assert verdicts(scores).tolist() == ["follow", "follow", "review", "review", "skip", "skip"]
    assert verdicts(scores, 0.5, 0.5).tolist() == ["follow"] * 3 + ["skip"] * 3
    assert verdicts(np.array([0.5]), 0.5, 0.5).tolist() == ["review"]  # neither side
    with pytest.raises(ScreeningError):
        verdicts(scores, 0.8, 0.2)


def test_bad_model_files_raise_screening_error(tmp_path: Path) -> None:
    with pytest.raises(ScreeningError, match="cannot load"):
        ScreeningModel.from_file(tmp_path / "missing.json")
    (tmp_path / "old.json").write_text(json.dumps({**TINY, "format": "pickle-0"}))
    with pytest.raises(ScreeningError, match="unsupported model format"):
        ScreeningModel.from_file(tmp_path / "old.json")
    wrong = {**TINY, "terms": TINY["terms"][:-1]}  # type: ignore[index]
    (tmp_path / "wrong.json").write_text(json.dumps(wrong))
    with pytest.raises(ScreeningError, match="features do not match"):
        ScreeningModel.from_file(tmp_path / "wrong.json")


def test_shipped_model_loads_offline_and_is_small() -> None:
    scorer = load_default_scorer()
    assert isinstance(scorer, Scorer)
    assert scorer.model_version.startswith("screening-")
    assert load_default_scorer() is scorer  # loaded once
    models = Path(__file__).parents[2] / "src" / "followback" / "screening" / "models"
    assert (models / "screening.json").stat().st_size < 256 * 1024
    assert "## Evaluation" in (models / "MODEL_CARD.md").read_text(encoding="utf-8")


def test_top_signals_match_a_stable_sort() -> None:
    from followback.screening.model import _MIN_PUSH, _TOP, _top_signals

    rng = np.random.default_rng(3)
    push = np.round(rng.normal(0.0, 1.0, size=(8, 5000)), 1)  # rounding makes ties
    push[2, :10] = np.inf  # a bot flag always leads
    codes = _top_signals(push)
    order = np.argsort(-push, axis=0, kind="stable")[:_TOP].T
    strong = np.take_along_axis(push.T, order, axis=1) >= _MIN_PUSH
    np.testing.assert_array_equal(codes, np.where(strong, order, -1))
    assert (codes[:10, 0] == 2).all()


def test_top_signals_match_a_plain_sort_with_ties_and_silent_signals() -> None:
    # _top_signals ranks only signals strong somewhere in the batch and scatters the
    # codes (speed): it must name exactly what a stable sort per row names.
    from followback.screening.model import _MIN_PUSH, _TOP, _top_signals

    rng = np.random.default_rng(3)
    push = np.round(np.abs(rng.normal(0.0, 0.6, size=(12, 400))), 1).astype(np.float64)
    push[[2, 7, 11]] = 0.0  # signals silent in the whole batch (no platform signals)
    push[4, :40] = push[5, :40] = 0.5  # ties go to the earlier signal
    expected = np.full((400, _TOP), -1, dtype=np.int8)
    for i in range(400):
        order = sorted(range(12), key=lambda s: (-push[s, i], s))
        strong = [s for s in order if push[s, i] >= _MIN_PUSH][:_TOP]
        expected[i, : len(strong)] = strong
    assert (_top_signals(push) == expected).all()


def test_the_shipped_model_was_trained_on_this_feature_code() -> None:
    # The model version covers what its inputs mean: a change to features.py or
    # impersonation.py needs `make train-screening` (a new version) before it ships.
    import hashlib

    from followback.screening import features, impersonation

    code = b"".join(Path(str(m.__file__)).read_bytes() for m in (features, impersonation))
    spec = load_default_scorer().spec
    assert spec["feature_code"] == hashlib.sha256(code).hexdigest()[:12], (
        "screening features changed since the model was trained: run make train-screening"
    )


def test_an_account_that_says_it_is_automated_is_screened_out_like_a_flagged_bot() -> None:
    seen = datetime(2026, 11, 30, tzinfo=UTC)
    headlines = Profile(
        platform=Platform.BLUESKY, remote_id="did:plc:h", handle="headlines.bsky.social",
        observed_at=seen, display_name="Hourly Headlines", followers_count=3,
        bio="Automated account: top headlines every hour. Not monitored.", posts_count=40,
        following_count=2, created_at=seen - timedelta(days=3),
    )  # fmt: skip
    score = load_default_scorer().score_profiles([headlines])[0]
    assert score.bot_score >= 0.9
    assert "− says it is automated" in [r.text for r in score.reasons]
