"""Experiment (issue 13, not shipped): does a learned irony head help the complaint score?

Run with ``.venv/bin/python training/inbox_irony.py`` (about 5 minutes on one core). Prints
the figures the model card's "Irony head: tried, not shipped" paragraph quotes; writes nothing.

The irony head is one more logistic regression over the shared features (as the other heads,
so it would cost one column of the stacked product at run time), trained on TweetEval's irony
train split (SemEval-2018 Task 3A). It is scored on that task's test split against the plain
baseline (default ``TfidfVectorizer()`` + ``LogisticRegression()`` on the same train split), and
then used in the complaint score as a sarcasm rule: a message that is not already a complaint,
addresses someone (an @handle), uses thanks or praise words, is not solved praise, and that the
irony head scores at least 0.5, is lifted to ``RULE_HIGH`` like the sarcasm rule lifts. Variants:

* ``irony``: exactly that;
* ``irony + contrast``: also a contrast or negation word ("but", "not", "can't", "still",
  "now", ...) and the complaint head's own probability at least 0.20;
* ``contrast, no irony head``: the second without the irony head (its ablation);
* ``irony -> possible band``: the first, but lifting only to 0.25 (the possible-complaint
  band of ``priority``), a ranking-only use.

Each is measured before/after, with the plain baseline in the same run, on every left-out
complaint domain (macro-F1 at 0.5 and ROC AUC; heads and irony head fitted per fold as in
``training/inbox.py``), on the three hand-labelled customer-care samples (ranking by
``priority()``), on the hand-written sample, the hard cases, the platform cases and the
session-6 dev mentions. The held-out mention files and the session-6 test mentions are not read.
"""

from __future__ import annotations

import csv
import json
import re
import sys
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score, roc_auc_score

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "training"))

import inbox_data as data  # noqa: E402
import inbox_eval as ev  # noqa: E402
from inbox import (  # noqa: E402
    _GRADE,
    CARE_SAMPLES,
    baseline,
    complaint_train,
    fit,
    proba,
    ranking_rows,
    source_weights,
)
from inbox_data import SERVICE_DOMAINS, Corpus  # noqa: E402

from followback.inbox.classify import (  # noqa: E402
    RULE_HIGH,
    Classification,
    LinearHead,
    MessageClassifier,
    apply_cue_rules,
    cue_rules,
    load_default_classifier,
    normalise_text,
)
from followback.inbox.cues import CUE_NAMES  # noqa: E402
from followback.inbox.features import Featuriser  # noqa: E402
from followback.inbox.language import detect_languages  # noqa: E402
from followback.inbox.priority import POSSIBLE_COMPLAINT, priority  # noqa: E402
from followback.inbox.text_rules import TextFacts, text_facts  # noqa: E402

IRONY_C = (0.3, 1.0, 3.0)  # chosen on the validation split, the test split scored for all
LIFT = 0.5  # irony probability from which a message counts as ironic
HALF = 0.20  # the complaint head's own probability the contrast variants require
CONTRAST = re.compile(
    r"\b(?:but|not|no|never|cannot|can't|cant|won't|wasnt|shame|now|still|yet|even|unable)\b"
    r"|n't\b"
)
VARIANTS = ("irony", "irony + contrast", "contrast, no irony head", "irony -> possible band")
CASE_FILES = (
    ("platform cases", "inbox_platform_cases.csv"),
    ("platform cases 2", "inbox_platform_cases_2.csv"),
    ("hard cases", "inbox_hard_cases.csv"),
    ("session-6 dev mentions", "inbox_dev_s6.csv"),
)


def fit_irony(f: Featuriser, train: Corpus) -> LinearHead:
    """The irony head as ``training/inbox.py`` fits a head (C from :data:`IRONY_C`, chosen on
    the validation split), round-tripped through the shipped int8 format."""
    model = LogisticRegression(C=IRONY_C[-1], max_iter=1000, tol=1e-3)
    model.fit(f.transform(train.texts), train.labels, sample_weight=source_weights(train))
    if [str(k) for k in model.classes_] != ["0", "1"]:
        raise ValueError(f"irony: expected classes 0/1, learned {model.classes_}")
    head = LinearHead(
        "irony", ("1",), model.coef_.T.astype(np.float32), model.intercept_.astype(np.float32)
    )
    return LinearHead.from_json(json.loads(json.dumps(head.to_json())))


def _col(cues: np.ndarray, *names: str) -> np.ndarray:
    return np.asarray(cues[:, [CUE_NAMES.index(n) for n in names]].max(axis=1) > 0)


def lifts(
    texts: Sequence[str], head_p: np.ndarray, irony: np.ndarray, cues: np.ndarray, facts: TextFacts
) -> dict[str, np.ndarray]:
    """Which messages each variant lifts (before the ``not already a complaint`` check)."""
    base = (
        _col(cues, "gratitude", "praise_word")
        & _col(cues, "addressed")
        & ~cue_rules(cues, facts).solved_praise
    )
    contrast = np.asarray([bool(CONTRAST.search(normalise_text(t))) for t in texts])
    contrast &= head_p >= HALF
    ironic = irony >= LIFT
    return {
        "irony": base & ironic,
        "irony + contrast": base & ironic & contrast,
        "contrast, no irony head": base & contrast,
        "irony -> possible band": base & ironic,
    }


def _floor(variant: str) -> float:
    return 0.25 if variant.endswith("possible band") else RULE_HIGH


def lifted_scores(p: np.ndarray, mask: np.ndarray, variant: str) -> np.ndarray:
    out = p.copy()
    out[mask] = np.maximum(out[mask], _floor(variant))
    return out


def _facts(texts: Sequence[str]) -> TextFacts:
    normalised = [normalise_text(t) for t in texts]
    return text_facts(normalised, detect_languages(texts, normalised=normalised))


# --------------------------------------------------------------------------- the head alone


def irony_head_lines(f: Featuriser, train: Corpus, val: Corpus, test: Corpus) -> list[str]:
    """The irony head on the shared features, per C, against the plain baseline."""
    lines = []
    y_val, y_test = np.asarray(val.labels) == "1", np.asarray(test.labels) == "1"
    x_train, x_val, x_test = (f.transform(c.texts) for c in (train, val, test))
    for c in IRONY_C:
        m = LogisticRegression(C=c, max_iter=2000, class_weight="balanced")
        m.fit(x_train, train.labels)
        pv, pt = m.predict_proba(x_val)[:, 1], m.predict_proba(x_test)[:, 1]
        lines.append(
            f"irony head C {c}: val F1 {ev.pct(f1_score(y_val, pv >= 0.5))}, test F1 "
            f"{ev.pct(f1_score(y_test, pt >= 0.5))}, "
            f"test ROC AUC {ev.pct(roc_auc_score(y_test, pt))}"
        )
    bl, bp = baseline(train, test.texts)
    lines.append(
        f"plain baseline: test F1 {ev.pct(f1_score(y_test, bl == '1'))}, test ROC AUC "
        f"{ev.pct(roc_auc_score(y_test, bp[:, 1]))}"
    )
    return lines


# --------------------------------------------------------------------------- left-out domains


def domain_lines(comp: Corpus, weak: Corpus, irony: Corpus) -> list[str]:
    """Leave one complaint domain out, as ``training/inbox.py``; macro-F1 and AUC per variant."""
    g = np.asarray(comp.groups)
    lifted = {v: np.zeros(2, dtype=int) for v in VARIANTS}
    rows = ["| left out | n | measure | now | " + " | ".join(VARIANTS) + " | plain baseline |"]
    rows.append("|---" * (len(VARIANTS) + 5) + "|")
    for dom in SERVICE_DOMAINS:
        train, test = complaint_train(comp, weak, g != dom), comp.where(g == dom)
        f = Featuriser().fit(train.texts)
        xt = f.transform(test.texts)
        head_p = proba(fit("complaint", f, train), xt)
        ironic = proba(fit_irony(f, irony), xt)
        cues, facts = xt[:, -len(CUE_NAMES) :].toarray(), _facts(test.texts)
        now = apply_cue_rules(head_p, cues, facts)
        masks = lifts(test.texts, head_p, ironic, cues, facts)
        scores = [now] + [lifted_scores(now, masks[v], v) for v in VARIANTS]
        y = np.asarray(test.labels) == "1"
        bl, bp = baseline(train, test.texts)
        f1s = [ev.pct(ev.macro_f1(y, s >= 0.5)) for s in scores]
        aucs = [ev.pct(roc_auc_score(y, s)) for s in scores]
        base_f1, base_auc = ev.macro_f1(y, bl == "1"), roc_auc_score(y, bp[:, 1])
        rows.append(f"| {dom} | {len(y)} | macro-F1 | {' | '.join(f1s)} | {ev.pct(base_f1)} |")
        rows.append(f"| {dom} | {len(y)} | ROC AUC | {' | '.join(aucs)} | {ev.pct(base_auc)} |")
        print(*rows[-2:], sep="\n", flush=True)
        for v in VARIANTS:
            m = masks[v] & (now < 0.5)
            lifted[v] += [int(m.sum()), int((m & y).sum())]
    rows += [
        f"{v}: lifted {n} messages not yet flagged, {k} of them complaints"
        for v, (n, k) in lifted.items()
    ]
    return rows


# --------------------------------------------------------------------------- shipped pipeline


def shipped_with(
    clf: MessageClassifier, irony_head: LinearHead, texts: list[str]
) -> dict[str, list[Classification]]:
    """The shipped classifications, and each variant's (a lifted message becomes a complaint
    with the severity head's level, or, for the ranking-only variant, a possible complaint)."""
    now = clf.classify(texts)
    p = clf.scores(texts)
    x = clf.featuriser.transform(texts)
    ironic = proba(irony_head, x)
    masks = lifts(texts, p["complaint"][:, 0], ironic, p["cues"], _facts(texts))
    severity = p["severity"].argmax(axis=1) + 1
    out = {"now": now}
    for v in VARIANTS:
        changed = []
        for i, c in enumerate(now):
            if not masks[v][i] or c.is_complaint:
                changed.append(c)
            elif _floor(v) < clf.complaint_threshold:
                changed.append(replace(c, complaint_score=max(c.complaint_score, _floor(v))))
            else:
                changed.append(
                    replace(
                        c,
                        complaint_score=max(c.complaint_score, RULE_HIGH),
                        is_complaint=True,
                        intent="complaint",
                        severity=int(severity[i]),
                        needs_response=True,
                    )
                )
        out[v] = changed
    return out


def care_lines(
    clf: MessageClassifier, irony_head: LinearHead, comp: Corpus, weak: Corpus, d: Path
) -> list[str]:
    train = complaint_train(comp, weak)
    rows = []
    for label, path in CARE_SAMPLES:
        sample = data.labelled_sample(d, path)
        grades = np.asarray([_GRADE[y] for y in sample.labels], dtype=float)
        runs = shipped_with(clf, irony_head, sample.texts)
        scores = {k: np.asarray([priority(c, 0, 0, 0) for c in v]) for k, v in runs.items()}
        scores["plain baseline"] = baseline(train, sample.texts)[1][:, 1]
        rows += ranking_rows(label, grades, scores)
    return rows


def case_lines(
    clf: MessageClassifier,
    irony_head: LinearHead,
    base_of: Callable[[list[str]], np.ndarray],
) -> list[str]:
    """Complaint-above-other pairs (ranked by ``priority()``) and complaint macro-F1 on the
    hand-written sample and the case files, per variant and for the baseline."""
    hand, _ = data.hand_labelled()
    sets = [("hand-written sample", hand.texts, np.asarray(hand.labels) == "complaint")]
    for label, name in CASE_FILES:
        with (REPO / "tests" / "data" / name).open(encoding="utf-8", newline="") as fh:
            rows = list(csv.DictReader(fh))
        sets.append(
            (label, [r["text"] for r in rows], np.asarray([r["complaint"] == "1" for r in rows]))
        )
    lines = ["| set | ranking | pairs in order | complaint macro-F1 | missed | others flagged |"]
    lines.append("|---|---|---|---|---|---|")
    for label, texts, y in sets:
        runs = shipped_with(clf, irony_head, texts)
        scored = {
            k: (
                np.asarray([priority(c, 0, 0, 0) for c in v]),
                np.asarray([c.is_complaint for c in v]),
            )
            for k, v in runs.items()
        }
        b = base_of(texts)
        scored["plain baseline"] = (b, b >= 0.5)
        for name, (score, flag) in scored.items():
            above = sum(
                int(score[i] > score[j]) for i in np.flatnonzero(y) for j in np.flatnonzero(~y)
            )
            lines.append(
                f"| {label} | {name} | {above}/{int(y.sum() * (~y).sum())} | "
                f"{ev.pct(ev.macro_f1(y, flag))} | {int((y & ~flag).sum())} | "
                f"{int((~y & flag).sum())} |"
            )
    return lines


def main() -> None:
    d = data.data_dir()
    irony = data.tweeteval_irony(d, "train")
    clf = load_default_classifier()
    print(*irony_head_lines(clf.featuriser, irony, data.tweeteval_irony(d, "val"),
                            data.tweeteval_irony(d, "test")), sep="\n", flush=True)  # fmt: skip
    comp, weak = data.complaints(d), data.weak_complaints(d)
    irony_head = fit_irony(clf.featuriser, irony)
    train = data.concat(comp, weak)
    vec = TfidfVectorizer()
    model = LogisticRegression(max_iter=3000).fit(vec.fit_transform(train.texts), train.labels)

    def base_of(texts: list[str]) -> np.ndarray:  # as bench/bench_inbox_cases.py
        return np.asarray(
            model.predict_proba(vec.transform(texts))[:, list(model.classes_).index("1")]
        )

    print(*case_lines(clf, irony_head, base_of), sep="\n", flush=True)
    print(*care_lines(clf, irony_head, comp, weak, d), sep="\n", flush=True)
    print(*domain_lines(comp, weak, irony), sep="\n", flush=True)
    print(f"(possible-complaint floor of priority: {POSSIBLE_COMPLAINT})")


if __name__ == "__main__":
    main()
