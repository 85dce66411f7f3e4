"""Train and evaluate the inbox models; write them, the model card's evaluation and RESULTS.

Run with ``make train-inbox`` (or ``python training/inbox.py``). Reads ``shared/data/text``
(override with ``FOLLOWBACK_DATA_DIR``). Nothing from the data is written into the repository
except the trained weights and aggregate figures.

Every evaluation leaves a whole domain or collection out and scores, in the same run and on
the same split, the plain baseline: scikit-learn ``TfidfVectorizer()`` + ``LogisticRegression()``
with default settings, trained on the same rows. Our heads are round-tripped through the
shipped int8 format before scoring, so the figures are those of what ships.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
import scipy.sparse as sp
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "training"))

import inbox_data as data  # noqa: E402
import inbox_eval as ev  # noqa: E402
from inbox_data import SERVICE_DOMAINS, Corpus, concat  # noqa: E402

from followback.inbox.classify import (  # noqa: E402  (after the src path is set)
    HEADS,
    LinearHead,
    MessageClassifier,
    apply_cue_rules,
    featuriser_to_json,
    normalise_text,
)
from followback.inbox.cues import CUE_NAMES  # noqa: E402
from followback.inbox.features import Featuriser  # noqa: E402
from followback.inbox.language import detect_languages  # noqa: E402
from followback.inbox.priority import priority  # noqa: E402
from followback.inbox.text_rules import text_facts  # noqa: E402

MODELS = REPO / "src" / "followback" / "inbox" / "models"
CARD = MODELS / "MODEL_CARD.md"
RESULTS = REPO / "bench" / "RESULTS.md"
SEED = 0
C = {"complaint": 3.0, "severity": 1.0, "sentiment": 3.0, "intent": 3.0, "response": 1.0}
# The weak complaint rows (data.weak_complaints) form one source each (airline, twcs) and
# preotiuc (all domains together) another; source balancing gives each its share, times the
# row weights data.AIRLINE_WEIGHT and data.TWCS_REPLY_WEIGHT. The airline setting was chosen
# over v1's (airline rows at 0.3, each preotiuc domain its own source) on the leave-one-
# domain-out protocol (mean macro-F1 77.2 vs 77.6, but above the baseline on all nine domains
# instead of eight), so those rows are slightly optimistic.


# --------------------------------------------------------------------------- fitting


def source_weights(c: Corpus) -> np.ndarray:
    """Each (source, class) cell gets the same total weight, times the row's own weight.

    Class balance as in ``class_weight="balanced"``, and no source drowns the others (the
    airline tweets outnumber the rest in several heads).
    """
    g, y = np.asarray(c.groups), np.asarray(c.labels)
    base = np.asarray(c.weights, dtype=float) if c.weights else np.ones(len(c))
    w = np.zeros(len(c))
    cells = {(a, b) for a, b in zip(g, y, strict=True)}
    for a, b in cells:
        m = (g == a) & (y == b)
        w[m] = len(c) / (len(cells) * m.sum())
    return w * base


def fit(name: str, f: Featuriser, train: Corpus, x: sp.csr_matrix | None = None) -> LinearHead:
    """Logistic regression for one head, round-tripped through the shipped int8 format."""
    classes = HEADS[name]
    y = np.asarray(train.labels)
    x = f.transform(train.texts) if x is None else x
    model = LogisticRegression(C=C[name], max_iter=1000, tol=1e-3)
    model.fit(x, y, sample_weight=source_weights(train))
    learned = [str(k) for k in model.classes_]
    if len(classes) == 1:
        if learned != ["0", classes[0]]:
            raise ValueError(f"{name}: expected classes 0/{classes[0]}, learned {learned}")
        weights, bias = model.coef_.T, model.intercept_
    else:
        order = [learned.index(k) for k in classes]
        weights, bias = model.coef_[order].T, model.intercept_[order]
    head = LinearHead(name, classes, weights.astype(np.float32), bias.astype(np.float32))
    return LinearHead.from_json(json.loads(json.dumps(head.to_json())))


def proba(head: LinearHead, x: sp.csr_matrix) -> np.ndarray:
    z = np.asarray(x @ head.weights) + head.bias
    if head.binary:
        return np.asarray(1.0 / (1.0 + np.exp(-z[:, 0])))
    e = np.exp(z - z.max(axis=1, keepdims=True))
    return np.asarray(e / e.sum(axis=1, keepdims=True))


def baseline(train: Corpus, test_texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
    """The plain baseline: default TF-IDF + default logistic regression. (labels, proba)"""
    v = TfidfVectorizer()
    m = LogisticRegression(max_iter=3000).fit(v.fit_transform(train.texts), train.labels)
    p = m.predict_proba(v.transform(list(test_texts)))
    return np.asarray(m.classes_)[p.argmax(axis=1)], p


# --------------------------------------------------------------------------- tasks


@dataclass
class Fold:
    task: str
    held_out: str
    metric: str
    n: int
    ours: float
    base: float
    extra: str = ""


def complaint_train(comp: Corpus, weak: Corpus, keep: np.ndarray | None = None) -> Corpus:
    """preotiuc rows (all of them, or those in ``keep``) as one source, plus the weak rows."""
    pre = comp.where(keep) if keep is not None else comp.take(range(len(comp)))
    pre.groups = ["preotiuc"] * len(pre)
    return concat(pre, weak)


def eval_complaint(comp: Corpus, weak: Corpus) -> tuple[list[Fold], list[str]]:
    """Leave one service domain out (train on the other 8, the random tweets and the weak
    airline rows; test the 9th)."""
    folds, probs, truth = [], [], []
    g = np.asarray(comp.groups)
    for dom in SERVICE_DOMAINS:
        train = complaint_train(comp, weak, g != dom)
        test = comp.where(g == dom)
        f = Featuriser().fit(train.texts)
        xt = f.transform(test.texts)
        head_p = proba(fit("complaint", f, train), xt)
        normalised = [normalise_text(t) for t in test.texts]
        facts = text_facts(normalised, detect_languages(test.texts, normalised=normalised))
        p = apply_cue_rules(head_p, xt[:, -len(CUE_NAMES) :].toarray(), facts)
        y = np.asarray(test.labels)
        bl, bp = baseline(train, test.texts)
        aucs = [ev.pct(roc_auc_score(y == "1", q)) for q in (p, bp[:, 1])]
        alone = ev.pct(ev.macro_f1(y, np.where(head_p >= 0.5, "1", "0")))
        extra = f"head without the cue rules {alone}; ROC AUC {aucs[0]} vs {aucs[1]}"
        folds.append(
            Fold(
                "complaint",
                dom,
                "macro-F1",
                len(y),
                ev.macro_f1(y, np.where(p >= 0.5, "1", "0")),
                ev.macro_f1(y, bl),
                extra,
            )
        )
        probs.append(p)
        truth.append(y == "1")
        print(folds[-1], flush=True)
    p_all, y_all = np.concatenate(probs), np.concatenate(truth)
    label = "the complaint score (head and cue rules; leave-one-domain-out, pooled)"
    calib = ev.calibration_lines(p_all, y_all, label)
    return folds, calib


def _fold(head: str, task: str, held_out: str, metric: str, train: Corpus, test: Corpus) -> Fold:
    """Fit a featuriser and ``head`` on ``train``; score its most likely class on ``test``
    and the plain baseline's with ``metric`` ("macro-F1" or "macro-recall")."""
    f = Featuriser().fit(train.texts)
    pred = np.asarray(HEADS[head])[proba(fit(head, f, train), f.transform(test.texts)).argmax(1)]
    bl, _ = baseline(train, test.texts)
    y = np.asarray(test.labels)
    score = ev.macro_recall if metric == "macro-recall" else ev.macro_f1
    fold = Fold(task, held_out, metric, len(y), score(y, pred), score(y, bl))
    print(fold, flush=True)
    return fold


def eval_severity(sev: Corpus) -> list[Fold]:
    """Leave one service domain out."""
    g = np.asarray(sev.groups)
    return [
        _fold("severity", "severity", dom, "macro-F1", sev.where(g != dom), sev.where(g == dom))
        for dom in SERVICE_DOMAINS
    ]


def eval_sentiment(sets: dict[str, Corpus]) -> list[Fold]:
    """Train on all sentiment collections but one, test on the one left out."""
    folds = []
    for out, test in sets.items():
        if out == "semeval":  # a fixed random 8,000 of the 48k pool keeps the run short
            idx = np.random.default_rng(SEED).choice(len(test), min(8000, len(test)), replace=False)
            test = test.take(sorted(idx.tolist()))
        train = concat(*(c for k, c in sets.items() if k != out))
        folds.append(_fold("sentiment", "sentiment", out, "macro-recall", train, test))
    return folds


def eval_intent(intent: Corpus) -> list[Fold]:
    """Leave each weak-label source out (the hand-labelled sample is scored separately)."""
    src = np.asarray(["preotiuc" if s != "airline" else s for s in intent.groups])
    return [
        _fold(
            "intent",
            "intent (weak labels)",
            out,
            "macro-F1",
            intent.where(src != out),
            intent.where(src == out),
        )
        for out in ("preotiuc", "airline")
    ]


def eval_response(twcs: Corpus, ibm: Corpus, openings: Corpus) -> tuple[list[Fold], list[str]]:
    """twcs leave-brands-out (5 groups of brands), and twcs -> IBM (2020, other brands).

    IBM holds only answered conversations, so it measures recall: the share of customers'
    opening messages flagged as needing a response (threshold 0.5). Flagging everything
    would score 100, so its row is the balanced accuracy of that recall and the share of
    unanswered twcs messages (brands left out, above) not flagged. The per-turn IBM label
    of the previous version is kept as a documented negative result (:func:`ibm_turn_lines`).
    """
    g = np.asarray(twcs.groups)
    brands = sorted(set(g))
    rng = np.random.default_rng(SEED)
    part = {b: int(rng.integers(0, 5)) for b in brands}
    fold_of = np.asarray([part[b] for b in g])
    pooled_y, pooled_p, pooled_b = [], [], []
    for k in range(5):
        train, test = twcs.where(fold_of != k), twcs.where(fold_of == k)
        f = Featuriser().fit(train.texts)
        p = proba(fit("response", f, train), f.transform(test.texts))
        _, bp = baseline(train, test.texts)
        pooled_y.append(np.asarray(test.labels) == "1")
        pooled_p.append(p)
        pooled_b.append(bp[:, 1])
    y, p, b = map(np.concatenate, (pooled_y, pooled_p, pooled_b))
    folds = [
        Fold(
            "needs a response", "twcs brands left out (5 groups)", "ROC AUC", len(y),
            float(roc_auc_score(y, p)), float(roc_auc_score(y, b)),
        )
    ]  # fmt: skip
    f = Featuriser().fit(twcs.texts)
    head = fit("response", f, twcs)
    _, bp = baseline(twcs, openings.texts)
    ours = proba(head, f.transform(openings.texts))
    recall = (float(np.mean(ours >= 0.5)), float(np.mean(bp[:, 1] >= 0.5)))
    specificity = (float(np.mean(p[~y] < 0.5)), float(np.mean(b[~y] < 0.5)))
    folds.append(
        Fold(
            "needs a response",
            "twcs → IBM customer care 2020, openings (all answered)",
            "balanced accuracy",
            len(openings),
            (recall[0] + specificity[0]) / 2,
            (recall[1] + specificity[1]) / 2,
            f"recall on IBM openings {ev.pct(recall[0])} vs {ev.pct(recall[1])}; unanswered "
            f"twcs (brands left out) not flagged {ev.pct(specificity[0])} vs "
            f"{ev.pct(specificity[1])}",
        )
    )
    for fo in folds:
        print(fo, flush=True)
    turn_p = proba(head, f.transform(ibm.texts))
    _, turn_b = baseline(twcs, ibm.texts)
    return folds, ibm_turn_lines(ibm, turn_p, turn_b[:, 1])


def ibm_turn_lines(ibm: Corpus, ours: np.ndarray, base: np.ndarray) -> list[str]:
    """Why the per-turn IBM label does not measure "needs a response" (model card text)."""
    y = np.asarray(ibm.labels) == "1"
    length = np.asarray([len(t) for t in ibm.texts], dtype=float)
    return [
        "Needs a response on IBM, per customer turn (the previous version's row): a turn was "
        "labelled unanswered when the customer tweeted again before the agent replied. "
        f"{(~y).sum()} of {len(y):,} turns are so labelled; every conversation was answered, "
        "and the agent's reply to the customer's next tweet answers the earlier one too, so "
        "the label marks where a customer split a message over tweets, not whether it needed "
        f"an answer. The 'unanswered' turns are longer ({length[~y].mean():.0f} vs "
        f"{length[y].mean():.0f} characters): length alone scores ROC AUC "
        f"{ev.pct(roc_auc_score(y, length))} on that label; ours "
        f"{ev.pct(roc_auc_score(y, ours))}, baseline {ev.pct(roc_auc_score(y, base))}. We no "
        "longer report it as a held-out row; the IBM row above scores whole openings instead.",
    ]


@dataclass(frozen=True)
class RankingMix:
    """A held-out mix for the ranking evaluation: three preotiuc service domains and one
    fifth of the airline tweets, left out of every head's training.

    ``tuned`` marks the mix the complaint-band weights of ``priority`` were chosen on; the
    other two were added afterwards, their protocol fixed in code before they were first run,
    and nothing has been chosen on them since.
    """

    name: str
    domains: tuple[str, str, str]
    airline_part: int  # which fifth of the airline tweets (see airline_parts)
    tuned: bool


RANKING_MIXES = (
    RankingMix("A", ("food", "software", "transport"), 0, tuned=True),
    RankingMix("B", ("apparel", "electronics", "services"), 1, tuned=False),
    RankingMix("C", ("cars", "other", "retail"), 2, tuned=False),
)
_GRADE = {"complaint": 3, "question": 2, "request": 2, "other": 1, "praise": 0}
_RANK_HEADER = [
    "| held out | messages (complaints) | ranking | complaints in top 50 | in top 200 "
    "| NDCG@100 | NDCG (all) | complaint-vs-rest AUC |",
    "|---|---|---|---|---|---|---|---|",
]


def airline_parts(n: int) -> list[set[int]]:
    """Three disjoint fifths of ``n`` airline tweets. The first is the random fifth of the
    first ranking mix (kept as it was); the other two are cut from the rest."""
    first = np.random.default_rng(SEED).choice(n, n // 5, replace=False)
    rest = np.setdiff1d(np.arange(n), first)
    rest = np.random.default_rng(SEED + 1).permutation(rest)
    return [
        set(first.tolist()),
        set(rest[: n // 5].tolist()),
        set(rest[n // 5 : 2 * (n // 5)].tolist()),
    ]


def ranking_rows(label: str, grades: np.ndarray, scores: dict[str, np.ndarray]) -> list[str]:
    """One table row per ranking: complaints in the top 50/200, NDCG@100, NDCG, AUC."""
    rows = []
    size = f"{len(grades):,} ({int((grades == 3).sum()):,})"
    for name, score in scores.items():
        rel = grades[np.argsort(-score, kind="stable")]
        top = [float(np.mean(rel[:k] == 3)) for k in (50, 200)]
        auc = roc_auc_score(grades == 3, score)
        rows.append(
            f"| {label} | {size} | {name} | {ev.pct(top[0])} | {ev.pct(top[1])} | "
            f"{ev.ndcg(rel, 100):.3f} | {ev.ndcg(rel):.3f} | {ev.pct(auc)} |"
        )
    return rows


PREVIOUS_PRIORITY: dict[str, float | bool] = {
    "possible_floor": 0.30,
    "complaint_share": 0.0,
    "possible_first": False,
}
"""The previous version's priority (possible-complaint floor 0.30; non-complaints ordered
by the needs-a-response probability alone): the ablation of this version's change."""


def _rank_scores(clf: MessageClassifier, train: Corpus, texts: list[str]) -> dict[str, np.ndarray]:
    """Ours (``priority()`` with no reach, history or waiting), ours with the previous
    version's priority (the ablation of this version's change to it) and the baseline's
    complaint probability (plain TF-IDF LR on the complaint training rows ``train``)."""
    _, bp = baseline(train, texts)
    labels = clf.classify(texts)
    return {
        "ours: priority()": np.asarray([priority(c, 0, 0, 0) for c in labels]),
        "ours with the previous priority": np.asarray(
            [priority(c, 0, 0, 0, **PREVIOUS_PRIORITY) for c in labels]
        ),
        "baseline: plain TF-IDF LR complaint probability": bp[:, 1],
    }


def eval_ranking(
    comp: Corpus,
    air: Corpus,
    weak: Corpus,
    intent: Corpus,
    sev: Corpus,
    sentiment: Corpus,
    twcs: Corpus,
) -> list[str]:
    """Rank each held-out mix of real messages with the full pipeline and with the baseline.

    Per mix (:data:`RANKING_MIXES`), every head is retrained without its three preotiuc
    service domains and its fifth of the airline tweets (matched by normalised text, so the
    same tweet in X-CI, the weak intent labels or the sentiment sets goes too). Grades:
    complaint 3, question or request 2, other 1, praise 0 (the weak intent labels of those
    tweets). Author reach and waiting time are unknown here (0).
    """
    parts = airline_parts(len(air))
    rows: list[str] = []
    for mix in RANKING_MIXES:
        out_keys = {data.key(t) for i, t in enumerate(air.texts) if i in parts[mix.airline_part]}
        out_keys |= {
            data.key(t) for t, g in zip(comp.texts, comp.groups, strict=True) if g in mix.domains
        }

        def keep(c: Corpus, out: set[str] = out_keys) -> Corpus:
            return c.where([data.key(t) not in out for t in c.texts])

        comp_train = complaint_train(keep(comp), keep(weak))
        heads_train = {
            "complaint": comp_train, "severity": keep(sev), "sentiment": keep(sentiment),
            "intent": keep(intent), "response": twcs,
        }  # fmt: skip
        f = Featuriser().fit([t for c in heads_train.values() for t in c.texts])
        clf = MessageClassifier(f, {n: fit(n, f, c) for n, c in heads_train.items()}, mix.name)
        test = intent.where([data.key(t) in out_keys for t in intent.texts])
        grades = np.asarray([_GRADE[y] for y in test.labels], dtype=float)
        label = f"{mix.name}: {', '.join(mix.domains)} + airline fifth {mix.airline_part + 1}"
        rows += ranking_rows(label, grades, _rank_scores(clf, comp_train, test.texts))
        print(*rows[-3:], sep="\n", flush=True)
    return [
        "Ranking held-out mixes of real messages: per mix, three preotiuc service domains and "
        "one fifth of the airline tweets (three disjoint fifths), left out of every head's "
        "training; grades complaint 3, question/request 2, other 1, praise 0 (the weak intent "
        "labels). Mix A is the one the complaint band's weights (confidence 0.58, severity "
        "0.02) were chosen on (under the previous weights 0.30/0.20 ours scored 96.0 / 88.5 / "
        "0.969 / 0.979 / 86.0 on it), so its row is optimistic. Mixes B and C were added "
        "afterwards with their protocol fixed in code before their first run. The complaint "
        "cue rules (including the narrowed plain-question rule) were written after an error "
        "analysis on all nine preotiuc domains, so no preotiuc mix is fully clean; the "
        "customer-care samples below are. This version's priority (possible-complaint floor "
        "0.20, non-complaints ordered by the mean of complaint score and needs-a-response "
        "probability) was chosen on all three mixes and the TWCS dev sample, so every row "
        "here is optimistic for it; the row 'ours with the previous priority' (floor 0.30, "
        "needs-a-response order) is its ablation, with the same heads.",
        "",
        *_RANK_HEADER,
        *rows,
    ]


CARE_SAMPLES = (
    ("TWCS sample (dev): SpotifyCares, Kaggle sample", data.TWCS_LABELS),
    ("fresh test: SpotifyCares, IBM customer care 2020", data.CARE_TEST_LABELS),
    ("second test: SpotifyCares, IBM later customer turns", data.CARE_TEST2_LABELS),
)


def load_heads(directory: Path) -> dict[str, LinearHead]:
    """The heads a model directory's manifest names (as :class:`MessageClassifier` loads)."""
    manifest = json.loads((directory / "manifest.json").read_text("utf-8"))
    return {
        name: LinearHead.from_json(
            json.loads((directory / manifest["heads"][name]).read_text("utf-8"))
        )
        for name in HEADS
    }


def eval_twcs_ranking(
    clf: MessageClassifier, heads: dict[str, LinearHead], comp: Corpus, weak: Corpus, d: Path
) -> list[str]:
    """Rank the three hand-labelled customer-care samples (``training/labels``) with the
    classifier ``clf`` (whose heads are ``heads``) and with the baseline trained on every
    complaint training row. No head trains on these files.

    Ablations: this version's priority against the previous one (:data:`PREVIOUS_PRIORITY`);
    the complaint head refitted on the same features without the TWCS reply rows, ranked by
    the previous priority (the previous version's method); and the baseline without the TWCS
    reply rows (what those rows do for a plain model)."""
    train = complaint_train(comp, weak)
    train_before = complaint_train(comp, weak.where([g != "twcs" for g in weak.groups]))
    before = MessageClassifier(
        clf.featuriser,
        {**heads, "complaint": fit("complaint", clf.featuriser, train_before)},
        "without TWCS reply rows",
    )
    rows, samples = [], []
    for label, path in CARE_SAMPLES:
        sample = data.labelled_sample(d, path)
        samples.append(sample)
        grades = np.asarray([_GRADE[y] for y in sample.labels], dtype=float)
        _, bp_before = baseline(train_before, sample.texts)
        scores = _rank_scores(clf, train, sample.texts)
        base = scores.pop("baseline: plain TF-IDF LR complaint probability")
        scores["ours without the TWCS reply labels, previous priority"] = np.asarray(
            [priority(c, 0, 0, 0, **PREVIOUS_PRIORITY) for c in before.classify(sample.texts)]
        )
        scores["baseline: plain TF-IDF LR complaint probability"] = base
        scores["baseline without the TWCS reply rows"] = bp_before[:, 1]
        rows += ranking_rows(label, grades, scores)
    print(*rows, sep="\n", flush=True)

    def counts(c: Corpus) -> str:
        return ", ".join(f"{c.labels.count(k)} {k}" for k in _GRADE)

    dev, test, test2 = samples
    return [
        "Ranking customer-care tweets no head trained on, labelled by intent without model "
        "scores in view (`training/labels/README.md`: one annotator, guidelines written first; "
        "same grades as above). The dev sample "
        f"({len(dev)}: {counts(dev)}) is a seeded random 250 of the SpotifyCares customer "
        "tweets and the 49 customer tweets of the Kaggle TWCS sample (Apple, Tesco, Virgin "
        "Trains, British Airways, ...), none in the 5,000-row TWCS head the needs-a-response "
        "head and the TWCS reply labels train on. The previous version chose its possible-"
        "complaint band on it; this version chose the weight of the TWCS reply rows (0.3 of "
        "0.3 / 0.6 / 1.0) and its priority on it (and the preotiuc mixes), so the dev row is "
        "optimistic. The fresh test sample "
        f"({len(test)}: {counts(test)}: 150 more SpotifyCares tweets and the opening tweets of "
        "120 IBM customer-care conversations from 2020, 25 brands) was scored once by the "
        "previous version (ours lost top 200 and AUC) and once here; nothing was chosen on "
        f"it. The second test sample ({len(test2)}: {counts(test2)}: 175 more SpotifyCares "
        "tweets and 72 later customer turns of IBM conversations, i.e. support follow-ups) "
        "was labelled and committed before this version's changes were tried and is scored "
        "once here. The TWCS reply rows (569 tweets to 64 brands, 2017) do include other "
        "customers of brands in these samples (12 to SpotifyCares, 71 AmazonHelp, 22 "
        "AppleSupport, 19 AskPlayStation, ...), never the same tweets. Rows: ours; ours "
        "with the previous priority; ours with the complaint head refitted without the TWCS "
        "reply labels and the previous priority (the previous version's method, same "
        "features); the plain baseline on the same training rows as ours, and without the "
        "TWCS reply rows. With fewer than 200 complaints in a sample, its top 200 holds "
        "non-complaints under any order. The text rules added afterwards (no retraining: "
        "problems put right, 'works now', device details with no symptom, wider grievances, "
        "grievance and thanks lists in six languages; `inbox/text_rules.py`) were written "
        "after an error analysis on the dev sample and the preotiuc domains; the two test "
        "samples, scored by earlier versions, were scored again for them and nothing was "
        "chosen on them. Before those rules ours scored AUC 82.7 / 77.5 / 86.2 and top 200 "
        "66.5 / 65.0 / 56.5 on dev / fresh / second (same heads, same priority).",
        "",
        *_RANK_HEADER,
        *rows,
    ]


# --------------------------------------------------------------------------- main


def timed(label: str, fn: Callable[[], object]) -> object:
    start = time.perf_counter()
    out = fn()
    print(f"{label}: {time.perf_counter() - start:.0f}s", flush=True)
    return out


PARTS = (
    "complaint", "severity", "sentiment", "response", "intent", "ranking", "twcs", "hand",
)  # fmt: skip


def _arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--smoke",
        action="store_true",
        help="a quick run on a random tenth of every corpus that writes nothing",
    )
    parser.add_argument(
        "--only",
        default="",
        help=f"comma-separated evaluations to run and print, writing nothing: {', '.join(PARTS)}",
    )
    args = parser.parse_args()
    unknown = set(filter(None, args.only.split(","))) - set(PARTS)
    if unknown:
        parser.error(f"unknown --only part(s): {', '.join(sorted(unknown))}")
    return args


def main() -> None:
    """Evaluate, train the shipped heads, write models and reports (``--smoke``: a quick
    run on a random tenth of every corpus; ``--only``: some evaluations, printed; neither
    writes anything)."""
    args = _arguments()
    smoke, only = args.smoke, [p for p in args.only.split(",") if p]
    d = data.data_dir()
    day = datetime.now(UTC).strftime("%Y%m%d")
    comp = data.complaints(d)
    air, _ = data.airline(d)
    # The hand-written brand mentions join the weak rows: every complaint fit (evaluations
    # and the shipped head) and the baselines beside them train on them too.
    weak = concat(data.weak_complaints(d), data.hand_complaints())
    intent = data.intent_weak(d)
    sev = data.severity(d)
    te_val = data.tweeteval_val(d)
    sem = data.semeval(d, exclude={data.key(t) for t in te_val.texts})
    # A fixed random 20,000 of the 48k SemEval pool: source weighting gives it the same share
    # either way, and the full pool doubles the training time of every sentiment fit.
    sem = sem.take(
        sorted(np.random.default_rng(SEED).choice(len(sem), 20_000, replace=False).tolist())
    )
    sets = {"semeval": sem, "tweeteval": te_val, "airline": air, "xci": data.xci_sentiment(d)}
    hand, hand_response = data.hand_labelled()
    twcs, ibm, openings = data.twcs_answered(d), data.ibm_answered(d), data.ibm_openings(d)
    if smoke:
        rng = np.random.default_rng(SEED)

        def tenth(c: Corpus) -> Corpus:
            return c.take(sorted(rng.choice(len(c), max(len(c) // 10, 50), replace=False).tolist()))

        comp, weak, intent, sev, twcs, ibm = map(tenth, (comp, weak, intent, sev, twcs, ibm))
        sets = {k: tenth(v) for k, v in sets.items()}
        only = ["sentiment", "response", "intent", "ranking"]
        sets = {k: sets[k] for k in ("tweeteval", "xci")}
    sentiment_train = concat(*sets.values())
    folds, calib, ibm_lines, rank_lines = evaluate(
        only or list(PARTS), comp, weak, air, sev, sets, intent, twcs, ibm, openings
    )
    if only:
        print(*ev.fold_table(folds), "", *calib, "", *ibm_lines, "", *rank_lines, sep="\n")
    if only and not smoke:  # the shipped models on the hand-written and TWCS samples
        shipped = MessageClassifier.from_directory(MODELS)
        if "twcs" in only:
            print(*eval_twcs_ranking(shipped, load_heads(MODELS), comp, weak, d), sep="\n")
        if "hand" in only:
            print(*ev.hand_sample_lines(shipped, hand, hand_response, intent), sep="\n")
        return
    f, heads = train_shipped(comp, weak, sev, sentiment_train, intent, twcs)
    if smoke:
        clf = MessageClassifier(f, heads, "smoke")
        print(*ev.hand_sample_lines(clf, hand, hand_response, intent), sep="\n")
        print(*eval_twcs_ranking(clf, heads, comp, weak, d), sep="\n")
        print(*ev.language_lines(d), sep="\n")
        return
    version = write_models(f, heads, day)
    clf = MessageClassifier.from_directory(MODELS)  # fail here, not at run time
    hand_lines = ev.hand_sample_lines(clf, hand, hand_response, intent)
    lang_lines = ev.language_lines(d)
    rank_lines += ["", *eval_twcs_ranking(clf, load_heads(MODELS), comp, weak, d)]
    write_reports(version, folds, [*calib, "", *ibm_lines], hand_lines, lang_lines, rank_lines)


def evaluate(
    parts: Sequence[str],
    comp: Corpus,
    weak: Corpus,
    air: Corpus,
    sev: Corpus,
    sets: dict[str, Corpus],
    intent: Corpus,
    twcs: Corpus,
    ibm: Corpus,
    openings: Corpus,
) -> tuple[list[Fold], list[str], list[str], list[str]]:
    """The evaluations named in ``parts``: (folds, calibration lines, IBM lines, ranking)."""
    folds: list[Fold] = []
    calib: list[str] = []
    ibm_lines: list[str] = []
    rank_lines: list[str] = []
    if "complaint" in parts:
        comp_folds, calib = timed("complaint", lambda: eval_complaint(comp, weak))  # type: ignore[misc]
        folds += comp_folds
    if "severity" in parts:
        folds += timed("severity", lambda: eval_severity(sev))  # type: ignore[operator]
    if "sentiment" in parts:
        folds += timed("sentiment", lambda: eval_sentiment(sets))  # type: ignore[operator]
    if "response" in parts:
        response_folds, ibm_lines = eval_response(twcs, ibm, openings)
        folds += response_folds
    if "intent" in parts:
        folds += eval_intent(intent)
    if "ranking" in parts:
        sentiment = concat(*sets.values())
        rank_lines = eval_ranking(comp, air, weak, intent, sev, sentiment, twcs)
    return folds, calib, ibm_lines, rank_lines


def train_shipped(
    comp: Corpus, weak: Corpus, sev: Corpus, sentiment: Corpus, intent: Corpus, twcs: Corpus
) -> tuple[Featuriser, dict[str, LinearHead]]:
    """The shipped models: one featuriser fitted on every training text, then each head."""
    complaint_all = complaint_train(comp, weak)
    corpora = {
        "complaint": complaint_all, "severity": sev, "sentiment": sentiment,
        "intent": intent, "response": twcs,
    }  # fmt: skip
    f = Featuriser().fit([t for c in corpora.values() for t in c.texts])
    return f, {name: fit(name, f, c) for name, c in corpora.items()}


def write_models(f: Featuriser, heads: dict[str, LinearHead], day: str) -> str:
    """Write the shipped files and return their version, ``inbox-<day>.<hash>``: the hash of
    the weights tells two trainings of one day apart (a decision stores the version it was
    made with)."""
    MODELS.mkdir(parents=True, exist_ok=True)
    for old in MODELS.glob("*.json"):
        old.unlink()
    (MODELS / "features.json").write_text(json.dumps(featuriser_to_json(f)) + "\n", "utf-8")
    files = {}
    for name, head in heads.items():
        path = MODELS / f"{name}.json"
        path.write_text(json.dumps(head.to_json(), separators=(",", ":")) + "\n", "utf-8")
        files[name] = path.name
    version = f"inbox-{day}.{weights_hash()}"
    manifest = {"version": version, "features": "features.json", "heads": files}
    (MODELS / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n", "utf-8")
    return version


def weights_hash() -> str:
    """The first 8 hex digits of SHA-256 over the shipped feature and head files, by name."""
    digest = hashlib.sha256()
    for path in sorted(MODELS.glob("*.json")):
        if path.name != "manifest.json":
            digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:8]


COMPLAINT_CAVEAT = (
    "The plain-question rule (`classify.cue_rules`) was narrowed to questions about the offer "
    "after an error analysis on the left-out complaint domains (calming every question cost "
    "1-2.5 points of macro-F1 on each and left transport below the baseline: 78.1 vs 78.4), "
    "so the complaint rows are somewhat optimistic for this version. The same holds for the "
    "text rules of the next step (problems put right, 'works now', device details, wider "
    "grievances, six languages' lists): a third-party-chatter rule and scare quotes as a "
    "sarcasm marker were dropped after an error analysis on these domains (before those "
    "rules: apparel 78.8, electronics 74.5, retail 79.8, services 75.2, transport 79.3, the "
    "rest as now; leaving waiting and money words out of the plain-question rule, for "
    "'what are your opening hours?', cost apparel 0.4)."
)


def write_reports(
    version: str,
    folds: list[Fold],
    calib: list[str],
    hand_lines: list[str],
    lang_lines: list[str],
    rank_lines: list[str],
) -> None:
    command = "make train-inbox  (= .venv/bin/python training/inbox.py)"
    body = "\n".join(
        [
            f"Model version `{version}`. Measured by `{command}`; every row is one whole domain or "
            "collection left out of training, scored for our heads and for the plain baseline "
            "(default `TfidfVectorizer()` + `LogisticRegression()`, same training rows) in the "
            "same run.",
            "",
            *ev.fold_table(folds),
            "",
            COMPLAINT_CAVEAT,
            "",
            *calib,
            "",
            *hand_lines,
            "",
            *rank_lines,
            "",
            *lang_lines,
        ]
    )
    ev.replace_section(
        CARD, "<!-- evaluation:begin -->", "<!-- evaluation:end -->", body, "## Evaluation"
    )
    ev.replace_section(
        RESULTS,
        "<!-- inbox-models:begin -->",
        "<!-- inbox-models:end -->",
        body + "\n\nSee `src/followback/inbox/models/MODEL_CARD.md` for data, method and limits.",
        "## Inbox models",
    )


if __name__ == "__main__":
    main()
