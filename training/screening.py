"""Train and evaluate the follower screening model (``make train-screening``).

Reads the labelled collections in ``../shared/data/bots`` (override with FOLLOWBACK_DATA_DIR),
evaluates candidate models by leaving whole collections out, trains the chosen one on every
trusted collection, calibrates it on the out-of-collection predictions and writes:

* ``src/followback/screening/models/screening.json`` (the shipped model),
* the evaluation table in ``src/followback/screening/models/MODEL_CARD.md``,
* the screening-model section of ``bench/RESULTS.md``.

Deterministic: fixed seeds, single-threaded LightGBM.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import lightgbm as lgb
import numpy as np
import polars as pl
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import brier_score_loss, roc_auc_score

from followback.bulk import read_profiles
from followback.screening.features import FEATURE_NAMES, extract_features

REPO = Path(__file__).resolve().parents[1]
DATA = Path(os.environ.get("FOLLOWBACK_DATA_DIR", REPO.parent / "shared" / "data")) / "bots"
MODEL_DIR = REPO / "src" / "followback" / "screening" / "models"
MODEL_FILE = MODEL_DIR / "screening.json"
CARD = MODEL_DIR / "MODEL_CARD.md"
RESULTS = REPO / "bench" / "RESULTS.md"
SEED = 20240611
FORMAT = "followback-additive-1"

# (collection, file, as_of for files without a snapshot time). Order = precedence when the
# same user id appears in two collections; cresci-2017's fake followers are dropped below
# because they are cresci-2015's bought followers (same 3,351 accounts).
SOURCES: list[tuple[str, str, datetime | None]] = [
    ("cresci-2015", "cresci-2015/cresci2015_all_users_labelled.csv", None),
    ("cresci-2017", "cresci-2017/users_flat.csv", None),
    ("caverlee-2011", "caverlee-2011/users_labelled.csv", None),
    ("cresci-stock-2018", "cresci-stock-2018/users_flat.csv", None),
    ("pronbots-2019", "pronbots-2019/users_flat.csv", None),
    ("botwiki-2019", "botwiki-2019/users_flat.csv", None),
    ("verified-2019", "verified-2019/users_flat.csv", None),
    ("political-bots-2019", "political-bots-2019/users_flat.csv", None),
    # Low trust (undocumented labels); "collected ~March 2017" per SOURCE.txt. Test only.
    ("kaggle-2017", "kaggle-bots-nonbots-2017/bots_data.csv", datetime(2017, 3, 15, tzinfo=UTC)),
    ("kaggle-2017", "kaggle-bots-nonbots-2017/nonbots_data.csv", datetime(2017, 3, 15, tzinfo=UTC)),
]
TEST_ONLY = {"kaggle-2017"}


@dataclass(frozen=True)
class Fold:
    """One leave-out evaluation: ``exclude`` never reaches training; ``test`` selects rows."""

    name: str
    exclude: frozenset[str]
    test: Callable[[pl.DataFrame], pl.Series]
    note: str


def _in(*names: str) -> Callable[[pl.DataFrame], pl.Series]:
    return lambda d: d["collection"].is_in(names)


def _bots_vs_stock_humans(bots: str) -> Callable[[pl.DataFrame], pl.Series]:
    return lambda d: (
        (d["collection"] == bots) | ((d["collection"] == "cresci-stock-2018") & (d["y"] == 0))
    )


FOLDS = [
    Fold("cresci-2017", frozenset({"cresci-2017"}), _in("cresci-2017"),
         "social spambots 1-3 vs genuine accounts (fake followers are in cresci-2015)"),
    Fold("cresci-2015", frozenset({"cresci-2015"}), _in("cresci-2015"),
         "bought followers vs E13/TFP humans"),
    Fold("caverlee-2011", frozenset({"caverlee-2011"}), _in("caverlee-2011"),
         "content polluters vs legitimate users; counts, dates and lengths only"),
    Fold("cresci-stock-2018", frozenset({"cresci-stock-2018"}), _in("cresci-stock-2018"),
         "cashtag bots vs humans"),
    Fold("botwiki-2019 + verified-2019", frozenset({"botwiki-2019", "verified-2019"}),
         _in("botwiki-2019", "verified-2019"),
         "one-class collections paired as in the BotometerLite paper; both left out"),
    Fold("pronbots-2019 + stock humans", frozenset({"pronbots-2019", "cresci-stock-2018"}),
         _bots_vs_stock_humans("pronbots-2019"),
         "bots only; humans from cresci-stock-2018, which is also left out"),
    Fold("political-bots-2019 + stock humans",
         frozenset({"political-bots-2019", "cresci-stock-2018"}),
         _bots_vs_stock_humans("political-bots-2019"),
         "62 bots only; humans from cresci-stock-2018, which is also left out"),
]  # fmt: skip
KAGGLE = Fold("kaggle-2017 (low trust)", frozenset(TEST_ONLY), _in("kaggle-2017"),
              "never trained on; labels undocumented")  # fmt: skip


# --------------------------------------------------------------------------- data


def load() -> pl.DataFrame:
    """Every labelled account: features, label ``y`` (1 bot), collection, user id."""
    parts = []
    now = datetime.now(UTC)
    for collection, rel, as_of in SOURCES:
        table = read_profiles(
            DATA / rel, now=now, as_of=as_of, extra_columns=("label", "bot", "sub_label")
        )
        if table.malformed:
            print(f"  {rel}: skipped {len(table.malformed)} malformed rows", file=sys.stderr)
        df = table.frame
        label = (
            pl.col("label")
            if "label" in df.columns and df["label"].null_count() == 0
            else (pl.when(pl.col("bot") == "1").then(pl.lit("bot")).otherwise(pl.lit("human")))
        )
        df = df.with_columns(y=(label == "bot").cast(pl.Int8), collection=pl.lit(collection))
        if collection == "cresci-2017":
            df = df.filter(pl.col("sub_label") != "fake_followers")
        parts.append(df.select(list(df.columns)))
    frame = pl.concat(parts, how="diagonal_relaxed")
    frame = frame.unique(subset=["user_id"], keep="first", maintain_order=True)
    # An id labelled both ways in different collections teaches nothing; drop it.
    conflicts = (
        pl.concat(parts, how="diagonal_relaxed").group_by("user_id").agg(pl.col("y").n_unique())
        .filter(pl.col("y") > 1)["user_id"]
    )  # fmt: skip
    frame = frame.filter(~pl.col("user_id").is_in(conflicts.implode()))
    print(f"  {frame.height} accounts after de-duplication ({len(conflicts)} conflicting ids)")
    return frame


def weights(d: pl.DataFrame) -> np.ndarray:
    """Each (collection, class) group weighs sqrt(size); classes balanced overall.

    Without this, pronbots-2019 (17,882 rows) and caverlee-2011 (41,499) would decide the
    model; with equal group weights, political-bots-2019's 62 rows would.
    """
    n = d.group_by("collection", "y").len()
    w = d.join(n, on=["collection", "y"], how="left")["len"].to_numpy().astype(np.float64)
    w = 1.0 / np.sqrt(w)
    y = d["y"].to_numpy()
    w[y == 1] *= w[y == 0].sum() / w[y == 1].sum()
    out: np.ndarray = w * (len(w) / w.sum())
    return out


# --------------------------------------------------------------------------- candidates
#
# Shippable models are additive: raw(x) = intercept + sum_j term_j(x_j), with
# term_j(x) = steps_j(x) + slope_j * clip(x, lo_j, hi_j) and term_j(NaN) = 0. The file stores
# these terms; the package scores by table lookup and reports each term as a reason.
# An unknown value contributes nothing: caverlee-2011 has no display names, Bluesky no link
# field, and "unknown" must not be read as "empty".

Additive = dict[str, Any]
Model = Callable[[np.ndarray], np.ndarray]  # features -> raw score (log-odds)
Fold_OOF = tuple[str, np.ndarray, np.ndarray]  # fold name, raw scores, labels


def table_raw(model: Additive, x: np.ndarray) -> np.ndarray:
    """Score with the additive tables, exactly as followback.screening.model does."""
    raw = np.full(len(x), float(model["intercept"]))
    for j, term in enumerate(model["terms"]):
        col = x[:, j].astype(np.float64)
        ts, vals = np.asarray(term["thresholds"]), np.asarray(term["values"])
        part = vals[np.searchsorted(ts, col, side="left")]
        lo, hi = term["clip"]
        part = part + term["slope"] * np.clip(col, lo, hi)
        raw += np.where(np.isnan(col), 0.0, part)
    return raw


def centre(model: Additive, x: np.ndarray, w: np.ndarray) -> Additive:
    """Shift each term to weighted mean 0 on the known values of the training data, so a
    contribution reads "more (or less) bot-like than a typical training account"."""
    intercept = float(model["intercept"])
    terms = []
    for j, term in enumerate(model["terms"]):
        one = {**model, "intercept": 0.0, "terms": [
            t if i == j else {"thresholds": [], "values": [0.0], "slope": 0.0, "clip": [0, 0]}
            for i, t in enumerate(model["terms"])]}  # fmt: skip
        known = ~np.isnan(x[:, j])
        c = float(np.average(table_raw(one, x[known]), weights=w[known])) if known.any() else 0.0
        intercept += c
        terms.append({**term, "values": [v - c for v in term["values"]]})
    return {"intercept": intercept, "terms": terms}


def fit_logit(x: np.ndarray, y: np.ndarray, w: np.ndarray) -> Additive:
    """Logistic regression on features clipped to their 0.5-99.5% training range."""
    lo = np.nanpercentile(x, 0.5, axis=0)
    hi = np.nanpercentile(x, 99.5, axis=0)
    med = np.nanmedian(x, axis=0)
    z = np.where(np.isnan(x), med, np.clip(x, lo, hi))
    mu, sd = z.mean(0), z.std(0) + 1e-9
    clf = LogisticRegression(C=0.1, max_iter=2000).fit((z - mu) / sd, y, sample_weight=w)
    coef = clf.coef_[0] / sd
    terms = [
        {"thresholds": [], "values": [float(-coef[j] * mu[j])], "slope": float(coef[j]),
         "clip": [float(lo[j]), float(hi[j])]}
        for j in range(x.shape[1])
    ]  # fmt: skip
    return centre({"intercept": float(clf.intercept_[0]), "terms": terms}, x, w)


LGB_BASE = {
    "objective": "binary", "learning_rate": 0.05, "min_child_samples": 200,
    "lambda_l2": 10.0, "max_bin": 63, "num_threads": 1, "seed": SEED,
    "deterministic": True, "force_row_wise": True, "verbose": -1,
}  # fmt: skip
GAM_PARAMS = {
    **LGB_BASE, "num_leaves": 4, "feature_fraction": 1.0,
    "interaction_constraints": [[j] for j in range(len(FEATURE_NAMES))],
}  # fmt: skip
GBM_PARAMS = {**LGB_BASE, "num_leaves": 8, "max_depth": 3, "feature_fraction": 0.8}
ROUNDS = 300


def fit_gam(x: np.ndarray, y: np.ndarray, w: np.ndarray) -> Additive:
    """Boosted additive model: LightGBM with one feature per tree, compiled to step tables."""
    booster = lgb.train(GAM_PARAMS, lgb.Dataset(x, y, weight=w), num_boost_round=ROUNDS)
    model = compile_gam(booster, x.shape[1])
    known = ~np.isnan(x).any(axis=1)
    gap = np.max(np.abs(table_raw(model, x[known]) - booster.predict(x[known], raw_score=True)))
    if gap >= 1e-6:
        raise RuntimeError(f"compiled tables disagree with LightGBM by {gap}")
    return centre(model, x, w)


def fit_blend(x: np.ndarray, y: np.ndarray, w: np.ndarray) -> Additive:
    """Mean of the logistic and boosted additive models: still additive, term by term."""
    g, lg = fit_gam(x, y, w), fit_logit(x, y, w)
    terms = [
        {**tg, "values": [0.5 * (v + tl["values"][0]) for v in tg["values"]],
         "slope": 0.5 * tl["slope"], "clip": tl["clip"]}
        for tg, tl in zip(g["terms"], lg["terms"], strict=True)
    ]  # fmt: skip
    return {"intercept": 0.5 * (g["intercept"] + lg["intercept"]), "terms": terms}


def compile_gam(booster: lgb.Booster, n_features: int) -> Additive:
    """Turn a one-feature-per-tree booster into exact per-feature step functions.

    f_j is piecewise constant between the thresholds LightGBM split feature j on
    (``x <= t`` goes left, as in LightGBM); evaluated by probing the booster.
    """
    thresholds: dict[int, set[float]] = {j: set() for j in range(n_features)}

    def walk(node: dict[str, Any]) -> None:
        if "split_feature" in node:
            thresholds[int(node["split_feature"])].add(float(node["threshold"]))
            walk(node["left_child"])
            walk(node["right_child"])

    for tree in booster.dump_model()["tree_info"]:
        walk(tree["tree_structure"])
    # Probe around a base row that sits left of every split, so only feature j moves.
    base = np.full((1, n_features), -1e30)
    base_raw = float(booster.predict(base, raw_score=True)[0])
    terms = []
    for j in range(n_features):
        ts = np.array(sorted(thresholds[j]), dtype=np.float64)
        # Probe inside each interval, not on a threshold: LightGBM snaps |x| <= 1e-35 to 0,
        # so a probe sitting on a near-zero threshold lands on the wrong side.
        if len(ts):
            inner = (ts[:-1] + ts[1:]) / 2.0
            points = np.concatenate([[ts[0] - 1.0], inner, [ts[-1] + 1.0]])
        else:
            points = np.array([0.0])
        probe = np.repeat(base, len(points), axis=0)
        probe[:, j] = points
        values = np.asarray(booster.predict(probe, raw_score=True)) - base_raw
        terms.append({"thresholds": ts.tolist(), "values": values.tolist(), "slope": 0.0,
                      "clip": [0.0, 0.0]})  # fmt: skip
    return {"intercept": base_raw, "terms": terms}


def lgb_model(params: dict[str, object], rounds: int) -> Callable[..., Model]:
    def fit(x: np.ndarray, y: np.ndarray, w: np.ndarray) -> Model:
        booster = lgb.train(params, lgb.Dataset(x, y, weight=w), num_boost_round=rounds)
        return lambda a: np.asarray(booster.predict(a, raw_score=True))

    return fit


def additive(fit: Callable[..., Additive]) -> Callable[..., Model]:
    def wrapped(x: np.ndarray, y: np.ndarray, w: np.ndarray) -> Model:
        model = fit(x, y, w)
        return lambda a: table_raw(model, a)

    return wrapped


CANDIDATES: dict[str, tuple[Callable[..., Model], str]] = {
    "stump": (lgb_model({**LGB_BASE, "num_leaves": 2}, 1), "one split (reference only)"),
    "gbm": (lgb_model(GBM_PARAMS, ROUNDS), "LightGBM depth 3 with interactions (reference)"),
    "logit": (additive(fit_logit), "logistic regression on clipped features"),
    "gam": (additive(fit_gam), "boosted additive model: LightGBM, one feature per tree"),
    "blend": (additive(fit_blend), "mean of logit and gam (still additive)"),
}
SHIPPABLE = {"logit": fit_logit, "gam": fit_gam, "blend": fit_blend}


def evaluate(
    data: pl.DataFrame, x: np.ndarray, name: str
) -> tuple[dict[str, float], list[Fold_OOF]]:
    fit = CANDIDATES[name][0]
    aucs: dict[str, float] = {}
    oof = []
    for fold in [*FOLDS, KAGGLE]:
        train = ~data["collection"].is_in(list(fold.exclude | TEST_ONLY)).to_numpy()
        test = fold.test(data).to_numpy()
        d_train = data.filter(pl.Series(train))
        model = fit(x[train], data["y"].to_numpy()[train], weights(d_train))
        raw = model(x[test])
        y = data["y"].to_numpy()[test]
        aucs[fold.name] = float(roc_auc_score(y, raw))
        if fold is not KAGGLE:
            oof.append((fold.name, raw, y))
    return aucs, oof


# --------------------------------------------------------------------------- shipping


def platt(oof: list[Fold_OOF]) -> tuple[float, float, dict[str, float]]:
    """Fit p = sigmoid(a * raw + b) on out-of-collection predictions; each fold weighs the
    same and classes are balanced, so bot_score is a probability under a 50/50 prior."""
    raw = np.concatenate([r for _, r, _ in oof])
    y = np.concatenate([t for _, _, t in oof])
    w = np.concatenate([
        np.where(t == 1, 1.0 / max((t == 1).sum(), 1), 1.0 / max((t == 0).sum(), 1))
        for _, _, t in oof
    ])  # fmt: skip
    lr = LogisticRegression(C=1e6, max_iter=1000).fit(raw[:, None], y, sample_weight=w)
    a, b = float(lr.coef_[0, 0]), float(lr.intercept_[0])
    p = 1.0 / (1.0 + np.exp(-(a * raw + b)))
    stats = {"brier": float(brier_score_loss(y, p, sample_weight=w)), "ece": ece(p, y, w)}
    return a, b, stats


def ece(p: np.ndarray, y: np.ndarray, w: np.ndarray, bins: int = 10) -> float:
    idx = np.minimum((p * bins).astype(int), bins - 1)
    total = 0.0
    for b in range(bins):
        m = idx == b
        if m.any():
            gap = abs(np.average(p[m], weights=w[m]) - np.average(y[m], weights=w[m]))
            total += w[m].sum() * gap
    return float(total / w.sum())


def verdict_rates(oof: list[Fold_OOF], a: float, b: float) -> dict[str, dict[str, float]]:
    raw = np.concatenate([r for _, r, _ in oof])
    y = np.concatenate([t for _, _, t in oof])
    p = 1.0 / (1.0 + np.exp(-(a * raw + b)))
    out = {}
    for cls, name in ((0, "humans"), (1, "bots")):
        q = p[y == cls]
        out[name] = {"follow": float((q < 0.35).mean()),
                     "review": float(((q >= 0.35) & (q <= 0.75)).mean()),
                     "skip": float((q > 0.75).mean())}  # fmt: skip
    return out


# --------------------------------------------------------------------------- reports


def table_md(results: dict[str, dict[str, float]], data: pl.DataFrame) -> str:
    names = list(results)
    head = "| left-out test set | bots / humans | " + " | ".join(names) + " |"
    rows = [head, "|---|---|" + "---|" * len(names)]
    for fold in [*FOLDS, KAGGLE]:
        y = data.filter(fold.test(data))["y"]
        counts = f"{int(y.sum()):,} / {int((y == 0).sum()):,}"
        cells = " | ".join(f"{results[n][fold.name]:.3f}" for n in names)
        rows.append(f"| {fold.name} | {counts} | {cells} |")
    for label, folds in (
        ("mean, 7 left-out sets", FOLDS),
        ("mean, 4 two-class collections", FOLDS[:4]),
    ):
        cells = " | ".join(f"**{np.mean([results[n][f.name] for f in folds]):.3f}**" for n in names)
        rows.append(f"| {label} | | {cells} |")
    notes = "\n".join(f"- {f.name}: {f.note}" for f in [*FOLDS, KAGGLE])
    legend = "\n".join(f"- `{n}`: {CANDIDATES[n][1]}" for n in names)
    return "\n".join(rows) + "\n\nTest sets:\n" + notes + "\n\nCandidates:\n" + legend + "\n"


def replace_section(path: Path, tag: str, body: str, heading: str = "") -> None:
    start, end = f"<!-- {tag}:start -->", f"<!-- {tag}:end -->"
    text = path.read_text() if path.exists() else ""
    block = f"{start}\n{body}{end}"
    if start in text:
        text = re.sub(re.escape(start) + r".*?" + re.escape(end), lambda _: block, text, flags=re.S)
    else:
        text = text.rstrip() + ("\n\n" if text else "") + heading + block + "\n"
    path.write_text(text)


def main() -> None:
    t0 = time.time()
    print(f"reading {DATA}")
    data = load()
    x = extract_features(data).values
    results: dict[str, dict[str, float]] = {}
    oofs = {}
    for name in CANDIDATES:
        results[name], oofs[name] = evaluate(data, x, name)
        mean = np.mean([results[name][f.name] for f in FOLDS])
        print(f"  {name:6s} mean LOCO AUC {mean:.3f}  " + "  ".join(
            f"{k}={v:.3f}" for k, v in results[name].items()))  # fmt: skip
    best = max(SHIPPABLE, key=lambda n: np.mean([results[n][f.name] for f in FOLDS]))
    print(f"  shipping {best}")
    train = ~data["collection"].is_in(list(TEST_ONLY)).to_numpy()
    d_train = data.filter(pl.Series(train))
    model = SHIPPABLE[best](x[train], d_train["y"].to_numpy(), weights(d_train))
    model["terms"] = [
        {"feature": n, **t} for n, t in zip(FEATURE_NAMES, model["terms"], strict=True)
    ]
    a, b, calib = platt(oofs[best])
    rates = verdict_rates(oofs[best], a, b)
    mean_loco = float(np.mean([results[best][f.name] for f in FOLDS]))
    body = {
        "format": FORMAT,
        "kind": best,
        "features": list(FEATURE_NAMES),
        **model,
        "calibration": {"method": "platt", "a": a, "b": b, **calib},
        "bot_flag_floor": 0.9,
        "training": {
            "collections": sorted(set(d_train["collection"].to_list())),
            "rows": int(train.sum()), "rounds": ROUNDS,
            "params": {k: v for k, v in GAM_PARAMS.items() if k != "interaction_constraints"},
            "mean_loco_auc": round(mean_loco, 4),
            "loco_auc": {k: round(v, 4) for k, v in results[best].items()},
        },
    }  # fmt: skip
    digest = hashlib.sha256(json.dumps(body, sort_keys=True).encode()).hexdigest()[:8]
    body = {"version": f"screening-1.{digest}", **body}
    MODEL_FILE.write_text(json.dumps(body, indent=1) + "\n")
    print(f"  wrote {MODEL_FILE.relative_to(REPO)} ({MODEL_FILE.stat().st_size:,} bytes), "
          f"version {body['version']}")  # fmt: skip
    cmd = "make train-screening  # python training/screening.py"
    summary = (
        f"Model `{body['version']}` (`{best}`), measured by `{cmd}` on "
        f"{datetime.now(UTC):%Y-%m-%d}. AUC of the raw score on each left-out set; every "
        "left-out set was excluded from training entirely.\n\n"
        + table_md(results, data)
        + f"\nCalibration (Platt on the left-out predictions, folds and classes weighted equally): "
        f"Brier {calib['brier']:.3f}, ECE {calib['ece']:.3f}.\n"
        f"Verdicts at follow < 0.35 / skip > 0.75 on left-out predictions: humans "
        f"{rates['humans']['follow']:.1%} follow, {rates['humans']['review']:.1%} review, "
        f"{rates['humans']['skip']:.1%} skip; bots {rates['bots']['follow']:.1%} follow, "
        f"{rates['bots']['review']:.1%} review, {rates['bots']['skip']:.1%} skip.\n"
    )
    replace_section(CARD, "loco", summary)
    replace_section(RESULTS, "screening-loco", summary,
                    "## Screening model: leave-one-collection-out AUC\n\n")  # fmt: skip
    print(f"  done in {time.time() - t0:.0f}s")


if __name__ == "__main__":
    main()
