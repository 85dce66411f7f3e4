"""Metrics, tables and the smaller evaluations of the inbox models (see training/inbox.py)."""

from __future__ import annotations

import csv
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.metrics import f1_score, recall_score

from followback.inbox.features import normalise_text
from followback.inbox.language import detect_languages, rule_language

REPO = Path(__file__).resolve().parents[1]


def pct(v: float) -> str:
    return f"{100 * v:.1f}"


def macro_f1(y: Sequence[str] | np.ndarray, p: Sequence[str] | np.ndarray) -> float:
    return float(f1_score(y, p, average="macro"))


def macro_recall(y: Sequence[str] | np.ndarray, p: Sequence[str] | np.ndarray) -> float:
    return float(recall_score(y, p, average="macro"))


def fold_table(folds: Sequence[Any]) -> list[str]:
    """One row per held-out domain or collection; ours and the baseline side by side."""
    lines = [
        "| task | left out (test) | n | metric | ours | plain baseline | Δ | detail |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for f in folds:
        delta = 100 * (f.ours - f.base)
        lines.append(
            f"| {f.task} | {f.held_out} | {f.n:,} | {f.metric} | **{pct(f.ours)}** | "
            f"{pct(f.base)} | {delta:+.1f} | {f.extra} |"
        )
    wins = sum(f.ours > f.base for f in folds)
    lines.append("")
    lines.append(f"Ours beats the plain baseline on {wins} of {len(folds)} held-out rows.")
    return lines


def calibration_lines(p: np.ndarray, y: np.ndarray, label: str, bins: int = 10) -> list[str]:
    """Expected calibration error and a reliability table (equal-width bins)."""
    edges = np.linspace(0.0, 1.0, bins + 1)
    idx = np.clip(np.digitize(p, edges[1:-1]), 0, bins - 1)
    rows, ece = [], 0.0
    for b in range(bins):
        m = idx == b
        if not m.any():
            continue
        conf, acc = float(p[m].mean()), float(y[m].mean())
        ece += m.mean() * abs(conf - acc)
        rows.append(f"| {edges[b]:.1f}-{edges[b + 1]:.1f} | {m.sum():,} | {conf:.2f} | {acc:.2f} |")
    return [
        f"Calibration of {label}: expected calibration error **{ece:.3f}** over {len(p):,} "
        "held-out messages (10 equal-width bins).",
        "",
        "| predicted probability | messages | mean predicted | share that are complaints |",
        "|---|---|---|---|",
        *rows,
    ]


def hand_sample_lines(clf: Any, hand: Any, needs: Sequence[str], intent: Any) -> list[str]:
    """The shipped classifier and the rules-era baseline on the hand-written sample."""
    if clf is None:
        return []
    results = clf.classify(hand.texts)
    y = np.asarray(hand.labels)
    pred = np.asarray([r.intent for r in results])
    yc, pc = y == "complaint", pred == "complaint"
    needs_y = np.asarray(needs) == "1"
    needs_p = np.asarray([r.needs_response for r in results])
    from inbox import baseline

    bl, _ = baseline(intent, hand.texts)
    per_class = f1_score(y, pred, average=None, labels=sorted(set(y)))
    classes = ", ".join(f"{c} {pct(v)}" for c, v in zip(sorted(set(y)), per_class, strict=True))
    return [
        f"Hand-written sample (`tests/data/inbox_hand_labelled.csv`, {len(y)} messages in our own "
        "words, labelled by hand, never used for training; it holds the three acceptance cases "
        "of issue 13, which the cue rules were written for):",
        "",
        "| measure | shipped classifier | plain baseline (TF-IDF LR on the weak intent labels) |",
        "|---|---|---|",
        f"| intent macro-F1 (5 classes) | **{pct(macro_f1(y, pred))}** | {pct(macro_f1(y, bl))} |",
        f"| complaint vs not, macro-F1 | **{pct(macro_f1(yc, pc))}** | "
        f"{pct(macro_f1(yc, bl == 'complaint'))} |",
        f"| needs a response, accuracy | **{pct(float(np.mean(needs_y == needs_p)))}** | — |",
        "",
        f"Per-intent F1 (shipped): {classes}.",
    ]


def language_sample() -> tuple[list[str], list[str]]:
    path = REPO / "tests" / "data" / "language_sample.csv"
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    return [r["text"] for r in rows], [r["language"] for r in rows]


def language_lines(d: Path) -> list[str]:
    """Cascade vs model alone vs the old rules, on the multilingual sample and English tweets."""
    texts, langs = language_sample()
    y = np.asarray(langs)
    short = np.asarray([len(t.split()) <= 3 for t in texts])
    english = (d / "tweeteval" / "sentiment" / "val_text.txt").read_text("utf-8").splitlines()
    methods = {
        "py3langid with fast paths (shipped)": lambda ts: detect_languages(ts),
        "py3langid alone": lambda ts: detect_languages(ts, fast_path=False),
        "stop-word rules (previous, baseline)": lambda ts: [
            rule_language(normalise_text(t)) for t in ts
        ],
    }
    lines = [
        f"Language: {len(texts)} hand-written messages and bios in {len(set(langs))} languages "
        f"(`tests/data/language_sample.csv`, {int(short.sum())} of them three words or fewer) and "
        f"the {len(english):,} English TweetEval validation tweets:",
        "",
        "| method | accuracy, multilingual | of which short (≤ 3 words) | English tweets "
        "recognised as en | messages per CPU-second |",
        "|---|---|---|---|---|",
    ]
    for name, fn in methods.items():
        pred = np.asarray(fn(texts))
        start = time.process_time()
        en = np.asarray(fn(english))
        speed = len(english) / max(time.process_time() - start, 1e-9)
        lines.append(
            f"| {name} | {pct(float(np.mean(pred == y)))} | "
            f"{pct(float(np.mean(pred[short] == y[short])))} | {pct(float(np.mean(en == 'en')))} | "
            f"{speed:,.0f} |"
        )
    return lines


def ndcg(relevance_in_rank_order: np.ndarray, k: int | None = None) -> float:
    rel = relevance_in_rank_order[:k] if k else relevance_in_rank_order
    ideal = np.sort(relevance_in_rank_order)[::-1][: len(rel)]
    discounts = 1.0 / np.log2(np.arange(2, len(rel) + 2))
    best = float(((2.0**ideal - 1) * discounts).sum())
    return float(((2.0**rel - 1) * discounts).sum()) / best if best else 0.0


def replace_section(path: Path, begin: str, end: str, body: str, heading: str) -> None:
    """Replace the text between two markers (or append a new section) without touching the
    rest of the file, which other engineers write."""
    text = path.read_text("utf-8") if path.exists() else ""
    block = f"{begin}\n{body.rstrip()}\n{end}"
    if begin in text and end in text:
        start, stop = text.index(begin), text.index(end) + len(end)
        text = text[:start] + block + text[stop:]
    else:
        text = text.rstrip() + ("\n\n" if text.strip() else "") + f"{heading}\n\n{block}\n"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text if text.endswith("\n") else text + "\n", "utf-8")
