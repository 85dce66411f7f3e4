"""Learning curve of the brand's learned adjustment (``followback.screening.learned``).

A simulated brand reviews accounts one by one; after ``n`` reviews the adjustment is fitted
on those ``n`` and scored on accounts it never saw (a held-out half of the same
collection). Two brands:

- ``labels``: the brand skips exactly the collection's bots (its judgment = the labels);
- ``taste``: the brand also skips genuine people with no bio (a house rule the shipped
  model does not know).

Figures: agreement (share of held-out accounts where "skip when score >= 0.5" matches the
brand) and ROC AUC, mean over ``--repeats`` shuffles, beside two plain baselines measured in
the same run: the shipped model alone (n = 0) and a logistic regression on the same
features trained on the n reviews only (no shipped model). Training data is read from
``../shared/data`` (never copied into the repository).

    .venv/bin/python bench/bench_learning.py [--data /work/shared/data] [--write]
"""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
import numpy.typing as npt

from followback.bulk.profiles import read_profiles
from followback.screening import load_default_scorer
from followback.screening.learned import agreement, features, fit

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "RESULTS.md"
COLLECTIONS = ("cresci-stock-2018", "cresci-2017")
STEPS = (0, 10, 20, 30, 50, 100, 200, 400)


def _auc(scores: npt.NDArray[np.float64], labels: npt.NDArray[np.float64]) -> float:
    pos, neg = scores[labels > 0.5], scores[labels <= 0.5]
    if not len(pos) or not len(neg):
        return float("nan")
    order = np.argsort(np.concatenate([pos, neg]), kind="mergesort")
    ranks = np.empty(len(order))
    ranks[order] = np.arange(1, len(order) + 1)
    return float((ranks[: len(pos)].sum() - len(pos) * (len(pos) + 1) / 2) / (len(pos) * len(neg)))


def _plain(
    x: npt.NDArray[np.float64], y: npt.NDArray[np.float64], test: npt.NDArray[np.float64]
) -> npt.NDArray[np.float64]:
    """The plain baseline: scikit-learn's logistic regression on the reviews alone."""
    from sklearn.linear_model import LogisticRegression

    if len(set(y.tolist())) < 2:
        return np.full(len(test), float(y.mean()) if len(y) else 0.5)
    model = LogisticRegression(max_iter=1000).fit(x[:, 1:], y)
    return np.asarray(model.predict_proba(test[:, 1:])[:, 1], dtype=np.float64)


def _load(
    data: Path, name: str, max_rows: int, rng: np.random.Generator
) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64], npt.NDArray[np.float64]]:
    table = read_profiles(
        data / "bots" / name / "users_flat.csv", now=datetime.now(UTC), extra_columns=["label"]
    )
    df = table.frame.filter(table.frame["label"].is_in(["bot", "human"]))
    if df.height > max_rows:
        df = df.sample(max_rows, seed=int(rng.integers(1 << 30)))
    base = load_default_scorer().score_frame(df).bot_score.astype(np.float64)
    x = features(df, base)
    bots = (df["label"] == "bot").to_numpy().astype(np.float64)
    return x, base, bots


def _curve(
    x: npt.NDArray[np.float64],
    base: npt.NDArray[np.float64],
    y: npt.NDArray[np.float64],
    repeats: int,
    seed: int,
) -> dict[int, dict[str, float]]:
    rng = np.random.default_rng(seed)
    out: dict[int, dict[str, list[float]]] = {n: {} for n in STEPS}
    for _ in range(repeats):
        idx = rng.permutation(len(y))
        half = len(idx) // 2
        train, test = idx[:half], idx[half:]
        for n in STEPS:
            tr = train[:n]
            adj = fit(x[tr], base[tr], y[tr]) if n else None
            learned = adj.adjust(base[test], x[test]) if adj else base[test]
            plain = _plain(x[tr], y[tr], x[test]) if n else np.full(len(test), 0.5)
            row = out[n]
            for key, value in (
                ("agree", agreement(learned, y[test])),
                ("auc", _auc(learned, y[test])),
                ("plain_agree", agreement(plain, y[test])),
                ("plain_auc", _auc(plain, y[test]) if n else float("nan")),
            ):
                row.setdefault(key, []).append(value)
    return {n: {k: float(np.nanmean(v)) for k, v in row.items()} for n, row in out.items()}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--repeats", type=int, default=5)
    ap.add_argument("--max-rows", type=int, default=4000)
    ap.add_argument("--write", action="store_true", help="update bench/RESULTS.md")
    args = ap.parse_args()
    rng = np.random.default_rng(7)
    lines = [
        "| collection | brand | reviews | agreement (learned) | AUC (learned) "
        "| agreement (plain LR on reviews) | AUC (plain LR) |",
        "|---|---|---|---|---|---|---|",
    ]
    for name in COLLECTIONS:
        x, base, bots = _load(args.data, name, args.max_rows, rng)
        taste = np.maximum(bots, x[:, 1])  # also skips genuine people without a bio
        for brand, y in (("labels", bots), ("taste", taste)):
            curve = _curve(x, base, y, args.repeats, seed=11)
            for n, r in curve.items():
                plain = "—" if n == 0 else f"{r['plain_agree']:.3f}"
                plain_auc = "—" if n == 0 else f"{r['plain_auc']:.3f}"
                lines.append(
                    f"| {name} | {brand} | {n} | {r['agree']:.3f} | {r['auc']:.3f} "
                    f"| {plain} | {plain_auc} |"
                )
            print(f"{name}/{brand}: n={len(y)}, skip share {y.mean():.2f}", file=sys.stderr)
    table = "\n".join(lines)
    print(table)
    if args.write:
        _write(table, load_default_scorer().model_version, args)
    return 0


def _write(table: str, version: str, args: argparse.Namespace) -> None:
    begin, end = "<!-- learning-curve:begin -->", "<!-- learning-curve:end -->"
    body = (
        f"{begin}\nCommand: `.venv/bin/python bench/bench_learning.py --repeats {args.repeats} "
        f"--max-rows {args.max_rows} --write`, shipped model `{version}`; held-out half of "
        f"each collection, mean of {args.repeats} shuffles. Reviews = decisions the "
        "adjustment was fitted on; n = 0 is the shipped model alone.\n\n"
        f"{table}\n{end}"
    )
    text = RESULTS.read_text(encoding="utf-8")
    if begin in text:
        head, rest = text.split(begin, 1)
        text = head + body + rest.split(end, 1)[1]
    else:
        text += (
            "\n## Learned adjustment: reviews needed (bench/bench_learning.py)\n\n" + body + "\n"
        )
    RESULTS.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    raise SystemExit(main())
