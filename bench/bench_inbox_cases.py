"""Inbox judgment on the realistic mentions of the platform tests, beside the plain baseline.

    .venv/bin/python bench/bench_inbox_cases.py [--write]

The texts are ``tests/data/inbox_platform_cases.csv`` (the mentions that
``tests/integration/connectors/test_inbox_judgment_platforms.py`` posts on the local AT
Protocol network and snac2) and, held out, ``tests/data/inbox_hard_cases.csv`` (harder cases
written before any model scored them, never used to choose anything), the six held-out
brand-mention sets (``inbox_holdout_2026*.csv``), the second and third platform case lists
and issue 13's dev and test mentions (``inbox_dev_s6.csv``, ``inbox_test_s6.csv``,
``inbox_dev_s7.csv``, ``inbox_test_s7.csv``).
Ours: the shipped
classifier and ``priority()`` (no reach, history or waiting). Baseline: default
``TfidfVectorizer()`` + ``LogisticRegression()`` trained on the complaint training rows of
``training/inbox.py`` (preotiuc complaints, the weak airline rows, the TWCS tweets
labelled from the brand's reply and the hand-written sets), ranked by its
complaint probability. The complaint head trains on the hand-written sets of
``HAND_COMPLAINT_SETS`` since session 17, so each of those is scored left out: ours with the
complaint head refitted without it, the baseline trained without it (:class:`Scorers`).
``--write`` replaces the block in bench/RESULTS.md.
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

import numpy as np
import scipy.sparse as sp
from sklearn.metrics import roc_auc_score

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "training"))

import inbox as training  # noqa: E402  (training/inbox.py: the complaint head's fit)
import inbox_data as data  # noqa: E402

from followback.inbox.classify import MessageClassifier, load_default_classifier  # noqa: E402
from followback.inbox.priority import priority  # noqa: E402

CASES = REPO / "tests" / "data" / "inbox_platform_cases.csv"
HARD = REPO / "tests" / "data" / "inbox_hard_cases.csv"
HOLDOUT = REPO / "tests" / "data" / "inbox_holdout_2026.csv"
CASES_2 = REPO / "tests" / "data" / "inbox_platform_cases_2.csv"
DEV_S6 = REPO / "tests" / "data" / "inbox_dev_s6.csv"
TEST_S6 = REPO / "tests" / "data" / "inbox_test_s6.csv"
HOLDOUT_B = REPO / "tests" / "data" / "inbox_holdout_2026b.csv"
CASES_3 = REPO / "tests" / "data" / "inbox_platform_cases_3.csv"
DEV_S7 = REPO / "tests" / "data" / "inbox_dev_s7.csv"
TEST_S7 = REPO / "tests" / "data" / "inbox_test_s7.csv"
HOLDOUT_C = REPO / "tests" / "data" / "inbox_holdout_2026c.csv"
HOLDOUT_D = REPO / "tests" / "data" / "inbox_holdout_2026d.csv"
HOLDOUT_E = REPO / "tests" / "data" / "inbox_holdout_2026e.csv"
HOLDOUT_F = REPO / "tests" / "data" / "inbox_holdout_2026f.csv"
HOLDOUT_G = REPO / "tests" / "data" / "inbox_holdout_2026g.csv"
HOLDOUT_H = REPO / "tests" / "data" / "inbox_holdout_2026h.csv"
HOLDOUT_I = REPO / "tests" / "data" / "inbox_holdout_2026i.csv"
HOLDOUT_J = REPO / "tests" / "data" / "inbox_holdout_2026j.csv"
HOLDOUT_K = REPO / "tests" / "data" / "inbox_holdout_2026k.csv"
HOLDOUT_L = REPO / "tests" / "data" / "inbox_holdout_2026l.csv"
HOLDOUT_M = REPO / "tests" / "data" / "inbox_holdout_2026m.csv"
HOLDOUT_N = REPO / "tests" / "data" / "inbox_holdout_2026n.csv"
HOLDOUT_O = REPO / "tests" / "data" / "inbox_holdout_2026o.csv"
HOLDOUT_P = REPO / "tests" / "data" / "inbox_holdout_2026p.csv"
HOLDOUT_Q = REPO / "tests" / "data" / "inbox_holdout_2026q.csv"
HOLDOUT_R = REPO / "tests" / "data" / "inbox_holdout_2026r.csv"
HOLDOUT_S = REPO / "tests" / "data" / "inbox_holdout_2026s.csv"
HOLDOUT_T = REPO / "tests" / "data" / "inbox_holdout_2026t.csv"
# Every hand-written set of the tables below, once each, for the threshold table.
HAND_SETS = list(
    dict.fromkeys(
        [
            *(REPO / "tests" / "data" / name for name in data.HAND_COMPLAINT_SETS),
            HOLDOUT_L,
            HOLDOUT_M,
            HOLDOUT_N,
            HOLDOUT_O,
            HOLDOUT_P,
            HOLDOUT_Q,
            HOLDOUT_R,
            HOLDOUT_S,
            HOLDOUT_T,
        ]
    )
)
RESULTS = REPO / "bench" / "RESULTS.md"
BEGIN, END = "<!-- inbox-cases:begin -->", "<!-- inbox-cases:end -->"


def _row(name: str, score: np.ndarray, flagged: np.ndarray, y: np.ndarray) -> str:
    above = int(sum((score[i] > score[j]) for i in np.flatnonzero(y) for j in np.flatnonzero(~y)))
    pairs = int(y.sum() * (~y).sum())
    every = "yes" if above == pairs else "no"
    missed = int((y & ~flagged).sum())
    false = int((~y & flagged).sum())
    return (
        f"| {name} | {every} | {above}/{pairs} | {100 * roc_auc_score(y, score):.1f} "
        f"| {missed} of {int(y.sum())} | {false} of {int((~y).sum())} |"
    )


def _misses(kind: list[str], y: np.ndarray, flagged: np.ndarray) -> str:
    wrong = sorted({k for k, a, b in zip(kind, y, flagged, strict=True) if a != b})
    return ", ".join(wrong) or "none"


def _read(path: Path) -> tuple[list[str], list[str], np.ndarray]:
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    return (
        [r["text"] for r in rows],
        [r["kind"] for r in rows],
        np.asarray([r["complaint"] == "1" for r in rows]),
    )


class Scorers:
    """Ours and the baseline's training rows for one case file, neither with that file.

    The complaint head trains on the hand-written sets of ``data.HAND_COMPLAINT_SETS`` since
    session 17, so a set in that list is scored by a complaint head refitted on the same
    rows minus that set (the shipped featuriser, whose idf saw the set's texts but no label,
    and the shipped other heads and cue rules); the baseline trains on the same rows. A set
    not in the list (the newest) is scored by the shipped classifier, and the baseline
    trains on every row the shipped head did.
    """

    def __init__(self, d: Path) -> None:
        self.clf = load_default_classifier()
        self.base_rows = training.complaint_train(data.complaints(d), data.weak_complaints(d))
        self.x_base = self.clf.featuriser.transform(self.base_rows.texts)
        self._heads = training.load_heads(training.MODELS)
        self._of: dict[Path, tuple[MessageClassifier, data.Corpus]] = {}

    def held_out(self, path: Path) -> bool:
        """True when ``path`` is in the complaint head's training and is scored left out."""
        return path.name in data.HAND_COMPLAINT_SETS

    def of(self, path: Path) -> tuple[MessageClassifier, data.Corpus]:
        """(classifier, the baseline's training rows), neither with ``path``'s labels;
        refitted once per file (the threshold table reads them again)."""
        if path not in self._of:
            self._of[path] = self._fit(path)
        return self._of[path]

    def _fit(self, path: Path) -> tuple[MessageClassifier, data.Corpus]:
        hand = data.hand_complaints(exclude=(path.name,))
        rows = data.concat(self.base_rows, hand)
        if not self.held_out(path):
            return self.clf, rows
        x = sp.vstack([self.x_base, self.clf.featuriser.transform(hand.texts)]).tocsr()
        head = training.fit("complaint", self.clf.featuriser, rows, x)
        heads = {**self._heads, "complaint": head}
        version = f"{self.clf.version}-{path.stem}"
        return MessageClassifier(self.clf.featuriser, heads, version), rows


def _table(path: Path, s: Scorers) -> list[str]:
    """Ours and the baseline on one case file: the ranking table and what each got wrong."""
    clf, rows = s.of(path)
    texts, kind, y = _read(path)
    labels = clf.classify(texts)
    ours = np.asarray([priority(c, 0, 0, 0) for c in labels])
    ours_flag = np.asarray([c.is_complaint for c in labels])
    base = training.baseline(rows, texts)[1][:, 1]  # classes "0", "1": the complaint column
    left = " (this set left out of training)" if s.held_out(path) else ""
    return [
        "| ranking | every complaint above every other? | complaint-above-other pairs "
        "| ROC AUC | complaints missed (at 0.5) | others flagged (at 0.5) |",
        "|---|---|---|---|---|---|",
        _row(f"ours: classifier + `priority()`{left}", ours, ours_flag, y),
        _row(f"plain baseline: TF-IDF LR complaint probability{left}", base, base >= 0.5, y),
        "",
        f"Wrongly flagged or missed, ours: {_misses(kind, y, ours_flag)}; "
        f"baseline: {_misses(kind, y, base >= 0.5)}.",
    ]


# Flag thresholds the table below compares (the shipped head's is 0.5).
THRESHOLDS = (0.5, 0.55, 0.6, 0.65, 0.7)


def _thresholds(paths: list[Path], s: Scorers) -> list[str]:
    """Complaints missed and others flagged over every hand-written set, each scored as in
    its own table (a trained-on set by a head refitted without it), at each threshold."""
    missed = dict.fromkeys(THRESHOLDS, 0)
    flagged = dict.fromkeys(THRESHOLDS, 0)
    positives = negatives = 0
    for path in paths:
        clf, _ = s.of(path)
        texts, _, y = _read(path)
        score = np.asarray([c.complaint_score for c in clf.classify(texts)])
        positives, negatives = positives + int(y.sum()), negatives + int((~y).sum())
        for t in THRESHOLDS:
            missed[t] += int((y & (score < t)).sum())
            flagged[t] += int((~y & (score >= t)).sum())
    rows = [
        f"| {t} | {missed[t]} of {positives} ({missed[t] / positives:.1%}) "
        f"| {flagged[t]} of {negatives} ({flagged[t] / negatives:.1%}) |"
        for t in THRESHOLDS
    ]
    return [
        "| flag threshold | complaints missed | others flagged |",
        "|---|---|---|",
        *rows,
    ]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--write", action="store_true")
    args = parser.parse_args()
    s = Scorers(data.data_dir())
    clf = s.clf
    texts, _, y = _read(CASES)
    hard_texts, _, hard_y = _read(HARD)
    held_texts, _, held_y = _read(HOLDOUT)
    read_2, read_dev, read_test = _read(CASES_2), _read(DEV_S6), _read(TEST_S6)
    read_3, read_dev7, read_test7 = _read(CASES_3), _read(DEV_S7), _read(TEST_S7)
    second_texts, _, second_y = _read(HOLDOUT_B)
    third_texts, _, third_y = _read(HOLDOUT_C)
    fourth_texts, _, fourth_y = _read(HOLDOUT_D)
    fifth_texts, _, fifth_y = _read(HOLDOUT_E)
    sixth_texts, _, sixth_y = _read(HOLDOUT_F)
    seventh_texts, _, seventh_y = _read(HOLDOUT_G)
    eighth_texts, _, eighth_y = _read(HOLDOUT_H)
    ninth_texts, _, ninth_y = _read(HOLDOUT_I)
    tenth_texts, _, tenth_y = _read(HOLDOUT_J)
    eleventh_texts, _, eleventh_y = _read(HOLDOUT_K)
    twelfth_texts, _, twelfth_y = _read(HOLDOUT_L)
    thirteenth_texts, _, thirteenth_y = _read(HOLDOUT_M)
    fourteenth_texts, _, fourteenth_y = _read(HOLDOUT_N)
    fifteenth_texts, _, fifteenth_y = _read(HOLDOUT_O)
    sixteenth_texts, _, sixteenth_y = _read(HOLDOUT_P)
    seventeenth_texts, _, seventeenth_y = _read(HOLDOUT_Q)
    eighteenth_texts, _, eighteenth_y = _read(HOLDOUT_R)
    nineteenth_texts, _, nineteenth_y = _read(HOLDOUT_S)
    twentieth_texts, _, twentieth_y = _read(HOLDOUT_T)
    body = "\n".join(
        [
            "Command: `.venv/bin/python bench/bench_inbox_cases.py --write`; model "
            f"`{clf.version}`. Since session 17 the complaint head also trains on the "
            "hand-written sets below (`HAND_COMPLAINT_SETS` in `training/inbox_data.py`: all "
            "but the three newest held-out sets, the twelfth to the fourteenth). Each of them is "
            "therefore scored by a complaint head refitted on the same rows without that "
            "set, and its baseline "
            "trains on the same rows too (rows marked 'this set left out of training'); the "
            "first scores quoted in each set's text are from before that change. "
            f"{len(texts)} mentions from `tests/data/inbox_platform_cases.csv` "
            f"({int(y.sum())} complaints: sarcasm, non-English, angry emoji, a very long one; "
            f"{int((~y).sum())} others: praise of a fixed problem, stock questions, non-English "
            "praise, happy emoji, a very long thank-you). The same texts are posted on the local "
            "AT Protocol network and snac2 by "
            "`tests/integration/connectors/test_inbox_judgment_platforms.py`, which checks our "
            "order there.",
            "",
            *_table(CASES, s),
            "These cases were written for this project and the text rules were written with "
            "them in view, so they test the rules' intent, not their generalisation.",
            "",
            f"Harder cases, held out: {len(hard_texts)} mentions in "
            f"`tests/data/inbox_hard_cases.csv` ({int(hard_y.sum())} complaints: sarcasm, "
            "polite complaints, complaints about a courier or staff, questions about one's own "
            f"failing order; {int((~hard_y).sum())} others: questions about one's own order "
            "with nothing wrong, praise that mentions an old problem, plain questions, a "
            "request, praise, chatter). Written and labelled 2026-11-30 before any model "
            "scored them; nothing was chosen on them (the possible-complaint band of "
            "`priority`, added after their first run, and the TWCS reply labels and in-band "
            "order of the next version were chosen on other data: see the model card; before "
            "the band, ours scored 165/192 pairs, with it 166/192). Not posted by the platform "
            "test (its case list is kept stable).",
            "",
            *_table(HARD, s),
            "",
            f"Brand mentions, held out: {len(held_texts)} mentions of twelve made-up brands "
            f"(a railway, a bank, a newsroom, a council, ...) in "
            f"`tests/data/inbox_holdout_2026.csv` ({int(held_y.sum())} complaints: plain, "
            "sarcastic, polite, support follow-ups, one in Spanish; "
            f"{int((~held_y).sum())} others: praise, praise after a fixed problem, questions, "
            "requests, chatter that names the brand). Written and labelled by the coordinating "
            "session on 2026-11-30 before any model scored them and never used to choose "
            "anything; scored first with `inbox-20261130.1e19d5a6` (ours 461/560 pairs, ROC AUC "
            "82.3; baseline 457/560, 81.6), then with the model below.",
            "",
            *_table(HOLDOUT, s),
            "",
            f"Brand mentions, second held-out set: {len(second_texts)} mentions of eight other "
            "made-up brands in `tests/data/inbox_holdout_2026b.csv` "
            f"({int(second_y.sum())} complaints: plain, accessibility, sarcastic, polite, "
            "support follow-ups, complaints phrased as questions, four in French, German, "
            f"Portuguese and Spanish, emoji; {int((~second_y).sum())} others: praise, praise "
            "after a fixed problem, questions, requests, chatter). Written and labelled by the "
            "coordinating session in session 6 (commit before any model scored it); first "
            "scored with `inbox-20261130.c7dfde80` (ours 528/648 pairs, ROC AUC 81.5; baseline "
            "487/648, 75.2), then with the model below; one false-flag kind seen here in session "
            "7 was described to that session's inbox helper (see the third set).",
            "",
            *_table(HOLDOUT_B, s),
            "",
            f"Brand mentions, third held-out set: {len(third_texts)} mentions of seven other "
            "made-up brands (a ferry line, a bank, a gym, a game studio, a food delivery, a "
            "water utility, a bookshop) in `tests/data/inbox_holdout_2026c.csv` "
            f"({int(third_y.sum())} complaints: plain, polite, sarcastic without failure words, "
            "complaints phrased as questions, follow-ups that name no symptom, accessibility, "
            f"Polish, Italian and Dutch, emoji; {int((~third_y).sum())} others: praise, praise "
            "after a fixed problem, questions, requests, chatter). Written and labelled by the "
            "coordinating session in session 7 (commit before any model scored it); first "
            "scored with `inbox-20261130.c7dfde80` and the text rules of main at d9368c1 (ours "
            "583/648 pairs, ROC AUC 90.0; baseline 552/648, 85.2), then with the model below. "
            "Between the two, one false-flag kind seen here (a problem reported fixed read as "
            "sarcasm) and one from the second set (a streak read as a chaser) were described "
            "in general terms to the session's inbox helper, which guarded its rules against "
            "them: the second and third sets are not clean for the session-7 rules.",
            "",
            *_table(HOLDOUT_C, s),
            "",
            f"Brand mentions, fourth held-out set: {len(fourth_texts)} mentions of eight other "
            "made-up brands (a phone carrier, an airline, a furniture shop, a streaming "
            "service, a hospital's appointments line, a parcel courier, a coffee chain, an "
            "electricity supplier) in `tests/data/inbox_holdout_2026d.csv` "
            f"({int(fourth_y.sum())} complaints: plain, polite, sarcastic, complaints phrased "
            "as questions, follow-ups, emoji, accessibility, long, all caps, praise mixed with "
            f"a complaint, Turkish, Swedish, Japanese, Czech and Portuguese; "
            f"{int((~fourth_y).sum())} others: praise, praise after a fixed problem, "
            "questions, requests, chatter, news shares, bad news that is not about the brand, "
            "customers defending the brand, German, Spanish, French and Italian). Written and "
            "labelled in session 11 (2026-12-01) by a helper that read none of the inbox code "
            "or earlier sets' texts, committed (019ca73) before anything scored it; first "
            "scored with `inbox-20261130.c7dfde80` and the text rules of session 7 (ours "
            "672/780 pairs, ROC AUC 86.2; baseline 527/780, 67.6; 3 of 26 complaints missed, "
            "7 of 30 others flagged). Session 12's text rules (a follow-up on an earlier "
            "case, a symptom 'again', six more languages, praise for a fix) were written after "
            "reading its misses, so it is no longer clean for them.",
            "",
            *_table(HOLDOUT_D, s),
            "",
            f"Brand mentions, fifth held-out set: {len(fifth_texts)} mentions of eight other "
            "made-up brands (an airline, a bank app, a grocery delivery, a games studio, a "
            "transit agency, a hotel chain, a mobile carrier, a cosmetics shop) in "
            f"`tests/data/inbox_holdout_2026e.csv` ({int(fifth_y.sum())} complaints: plain, "
            "terse, follow-ups with a ticket number, sarcastic, polite, buried after small "
            "talk, questions, German, Spanish, Italian, Polish, Korean and Arabic; "
            f"{int((~fifth_y).sum())} others: praise after a fixed problem, praise in negative "
            "words ('sick', 'insanely good'), questions about the offer, chatter, news, "
            "customers defending the brand, jokes, calm requests, moaning about something "
            "else, German, Spanish, Italian and Korean). Written and labelled in session 12 "
            "(2026-12-01) by a helper that read none of the inbox code or earlier sets' texts "
            "(the languages were suggested in its brief, which also named Korean and Arabic "
            "as examples), committed (73a462e) before anything scored it. Scored first after "
            "session 12's text rules were written and before they were committed, beside the "
            "rules of session 11 in the same run: session 11 820/1020 pairs (ROC AUC 80.4), 5 "
            "of 30 complaints missed, 10 of 34 others flagged; session 12 836/1020 (82.0), 3 "
            "missed (the Korean and Arabic complaints now found), 10 flagged; baseline "
            "746/1020 (73.3), 9 missed, 13 flagged. The rules for a customer defending the "
            "brand and for a grievance about something else were then written after reading "
            "its false flags (939/1020, 4 flagged), so it is no longer clean for them.",
            "",
            *_table(HOLDOUT_E, s),
            "",
            f"Brand mentions, sixth held-out set: {len(sixth_texts)} mentions of eight other "
            "made-up brands in `tests/data/inbox_holdout_2026f.csv` "
            f"({int(sixth_y.sum())} complaints: plain, terse, polite, sarcastic, follow-ups, "
            "billing, staff, safety, privacy, accessibility, praise mixed with a complaint; "
            f"{int((~sixth_y).sum())} others: questions, jokes, chatter, news, praise, "
            "recommendations, replies to other people, opinions, a request; eight in Spanish, "
            "German, French, Italian, Polish, Dutch, Japanese and Portuguese). Written and "
            "labelled in session 12 (2026-12-01) by a helper that read none of the inbox code or "
            "earlier sets' texts and chose the mix of easy and hard cases itself, after all of "
            "session 12's text rules were written; committed (3c48bd1) unchanged after its first "
            "scoring. Scored once with three rule sets in one run: session 11 899/1020 pairs (ROC"
            " AUC 88.2), session 12's first rules 901/1020 (88.4), all of session 12's 901/1020 "
            "(88.4), each with 4 of 30 complaints missed and 5 of 34 others flagged; baseline "
            "808/1020 (79.2), 9 missed, 10 flagged. Since then only a symptom with a particle "
            "('dropped out. again.', from the session's own server cases) was added; the figures "
            "below are the same.",
            "",
            *_table(HOLDOUT_F, s),
            "",
            f"Brand mentions, seventh held-out set: {len(seventh_texts)} mentions of eight "
            "other made-up brands (a ferry, a telecom, a hospital booking line, a food-delivery "
            "app, ...) in `tests/data/inbox_holdout_2026g.csv` "
            f"({int(seventh_y.sum())} complaints: plain, terse, polite, sarcastic, follow-ups, "
            "emoji, staff, billing, safety, accessibility, delays, privacy, complaints phrased "
            f"as questions; {int((~seventh_y).sum())} others: praise after a fixed problem, "
            "how-to questions, jokes with negative words, news, people defending the brand, "
            "complaints about something else that name the brand, recommendations, replies, "
            "feature requests, chatter; ten in Spanish, Portuguese, French, German, Turkish, "
            "Italian, Swahili, Korean, Hinglish and Indonesian). Written and labelled in "
            "session 14 (2026-12-01) by a helper that read none of the inbox code or earlier "
            "sets, chose its cases itself, committed (d99107b) before anything scored it. "
            "First scored with session 13's rules: ours 746/896 pairs (ROC AUC 83.4), 5 of 28 "
            "complaints missed, 8 of 32 others flagged; baseline 683/896 (76.3). The news-report "
            "rule (session 14) was then written after reading its false flags (two headlines), "
            "so it is no longer clean for that rule; no other set's figure moved with it.",
            "",
            *_table(HOLDOUT_G, s),
            "",
            f"Brand mentions, eighth held-out set: {len(eighth_texts)} mentions of four other "
            "made-up brands (an airline, a bank's app, a gym chain, a pet-supplies box) in "
            f"`tests/data/inbox_holdout_2026h.csv` ({int(eighth_y.sum())} complaints: with no "
            "negative word, polite, emoji only, sarcastic, inside a joke, phrased as questions, "
            "quoting someone's praise, follow-ups, accessibility, privacy, safety, billing, "
            f"staff, broken promises, slang; {int((~eighth_y).sum())} others: praise in "
            "negative words, jokes, complaints about another company, quotes mocking a "
            "complaint, news, praise after a fix, people defending the brand, feature "
            "requests, questions, chatter; ten in Spanish, Portuguese, German, Turkish, "
            "Indonesian, Japanese, Arabic and Hinglish). Written and labelled in session 15 "
            "(2026-12-01) by a helper that read none of the inbox code or earlier sets' texts, "
            "committed (16cc710) before anything scored it. First scored with session 14's "
            "rules: ours 731/891 pairs (ROC AUC 82.1), 4 of 27 complaints missed (German, "
            "Portuguese, Turkish and Spanish: a wait's length, an app that will not open, "
            "nobody telling), 10 of 33 others flagged; baseline 642/891 (72.2), 9 missed, 10 "
            "flagged. Session 15's rules for those languages and for news (a memo 'seen by' a "
            "paper, a market report, a headline's '<Company> to <verb>') were then written "
            "after reading those misses and two headlines, so this set is no longer clean for "
            "them; with them three earlier sets moved up (see their rows) and none down.",
            "",
            *_table(HOLDOUT_H, s),
            "",
            f"Brand mentions, ninth held-out set: {len(ninth_texts)} mentions of four other "
            "made-up brands (an electricity supplier, a concert-ticketing site, a car-rental "
            f"firm, a phone maker) in `tests/data/inbox_holdout_2026i.csv` ({int(ninth_y.sum())} "
            "complaints: billing with no negative word, polite, told as a story, sarcastic, "
            "terse, a meme, emoji only, safety, accessibility, privacy, staff, broken "
            "promises, on someone's behalf, questions that are complaints, follow-ups; "
            f"{int((~ninth_y).sum())} others: praise in negative words, praise after a fix, "
            "emoji praise, plain questions, feature requests, people defending the brand, "
            "complaints about another company that name it, news, quotes of others' "
            "complaints, jokes, chatter; ten in French, Polish, Italian, Korean, Swedish, "
            "Tagalog, Dutch, Vietnamese, Hinglish and Russian). Written and labelled in "
            "session 15 (2026-12-01) by a helper that read none of the inbox code or earlier "
            "sets' texts, committed (7bb66a4) after session 15's first inbox rules (the eighth "
            "set's) and before anything scored it. First scored, with session 14's rules and "
            "with session 15's first rules alike: ours 598/896 pairs (ROC AUC 66.8), 7 of 28 "
            "complaints missed, 14 of 32 others flagged; baseline 422/896 (47.2), 13 missed, "
            "17 flagged: the first rules neither helped nor hurt here. Rules were then written "
            "after reading its misses (safety worries and nobody answering in the other "
            "languages' lists, a chaser that counts its messages or names only the day and "
            "the case, a closing 'thanks' read as a sign-off), so this set is no longer clean "
            "for them; no other set's figure moved with them. Its false flags (jokes, praise "
            "in negative words, complaints about another company) are left.",
            "",
            *_table(HOLDOUT_I, s),
            "",
            f"Brand mentions, tenth held-out set: {len(tenth_texts)} mentions of four other "
            "made-up brands (a water utility, a parcel-locker network, a video-game publisher, "
            f"a council's bin collection) in `tests/data/inbox_holdout_2026j.csv` "
            f"({int(tenth_y.sum())} complaints: terse, emoji, polite, told as a story, "
            "sarcastic with no negative word, questions that are complaints, follow-ups, a "
            "broken promise, billing, accessibility, safety, privacy, staff; "
            f"{int((~tenth_y).sum())} others: news, plain questions, feature requests, people "
            "defending the brand, praise after a fix, praise in negative words, praise that "
            "sounds sarcastic, a quote, an inside joke, complaints about another company or a "
            "landlord that name the brand, chatter; ten in Spanish, Greek, Romanian, "
            "Hungarian, Finnish, Portuguese, Danish, German, French and Malay). Written and "
            "labelled in session 15 (2026-12-01) by a helper that read none of the inbox code "
            "or earlier sets' texts, committed (1a8a363) after all of session 15's rules for "
            "the eighth and ninth sets and before anything scored it. First scored, a clean "
            "test of those rules: ours 656/899 pairs (ROC AUC 73.0), 10 of 29 complaints "
            "missed, 7 of 31 others flagged, the same as with session 14's rules; baseline "
            "623/899 (69.4), 10 missed, 9 flagged. Five of the ten misses were in languages "
            "no list covered (Greek, Romanian, Hungarian, Finnish) or a bill in Portuguese; "
            "lists for those four languages, a bill that came in higher, a missed collection "
            "'again' and a day count behind an emoji were then written after reading them, so "
            "this set is no longer clean for them; no other set's figure moved. Two sarcastic "
            "complaints without a failure word ('a lovely shade of weak tea', 'Great system. "
            "10/10.') are still ranked near the bottom.",
            "",
            *_table(HOLDOUT_J, s),
            "",
            f"Brand mentions, eleventh held-out set: {len(eleventh_texts)} mentions of four "
            "other made-up brands (a Dutch regional train operator, a Brazilian food-delivery "
            "app, an Indian mobile carrier, a Québec ski resort) in "
            f"`tests/data/inbox_holdout_2026k.csv` ({int(eleventh_y.sum())} complaints: dry "
            "timelines, understatement, sarcasm, screenshot descriptions, 'third time', "
            "questions that are complaints, praise then a complaint; "
            f"{int((~eleventh_y).sum())} others: jokes, praise in negative words ('insanely "
            "good', 'chega a ser criminoso'), fans defending the brand, news of losses, "
            "complaints about another company that praise this one, praise after a fix, "
            "questions about opening hours; half in Dutch, Brazilian Portuguese, Hindi, "
            "Hinglish and Québec French). Written and labelled in session 16 (2026-12-01) by "
            "a helper that read none of the inbox code, committed (8c72df6) before anything "
            "scored it. First scored, a clean test of all earlier rules: ours 456/864 pairs "
            "(ROC AUC 53.2), 12 of 24 complaints missed, 14 of 36 others flagged; baseline "
            "445/864 (51.7), 16 missed, 13 flagged: hardly better than the baseline and "
            "hardly better than chance. Its misses were read but no rule was written on them: "
            "its false flags (praise after a fix, praise in negative words, jokes, defences, "
            "news) and misses (sarcasm, understatement, a terse 'Twee bakjes. Spits. "
            "Bedankt 👏') are the known weak kinds.",
            "",
            *_table(HOLDOUT_K, s),
            "",
            f"Brand mentions, twelfth held-out set: {len(twelfth_texts)} mentions of four "
            "other made-up brands (a clinic and GP booking app in the UK and India, a Spanish "
            "city bike-share, a German insurer, a streaming service) in "
            f"`tests/data/inbox_holdout_2026l.csv` ({int(twelfth_y.sum())} complaints: "
            "sarcastic, understated, terse, polite requests, follow-ups, complaints as "
            f"questions or buried in a story; {int((~twelfth_y).sum())} others: praise in "
            "negative words, jokes, news, defences of the brand, complaints about another "
            "company, questions, feature wishes, thanks after a fix), in English, Spanish, "
            "German, Polish, Japanese, Arabic and Hinglish. Written in session 17 by a helper "
            "that read none of the inbox code and committed (d0357b7) before anything scored "
            "it. First scored with `inbox-20261130.c7dfde80` (ours 621/864 pairs, ROC AUC "
            "72.3, 6 of 24 complaints missed, 8 of 36 others flagged; baseline 453/864, 54.1). "
            "Session 17's change, training the complaint head on the earlier hand-written "
            "sets, was chosen before this set was scored (leaving each earlier set out in "
            "turn); its first score here, with the previous featuriser and the hand rows at "
            "weight 1.0, was ROC AUC 73.3, 5 missed, 11 flagged (baseline on the same rows "
            "66.0). The weight was then halved for two unit-test messages it flagged, not "
            "for this set (model card). The set is in none of the training below, so this "
            "row is a clean test of the model:",
            "",
            *_table(HOLDOUT_L, s),
            "",
            f"Brand mentions, thirteenth held-out set: {len(thirteenth_texts)} mentions of "
            "four other made-up brands (a furniture retailer, a budget coach company, a "
            "pharmacy chain, a home broadband provider) in `tests/data/inbox_holdout_2026m.csv`"
            f" ({int(thirteenth_y.sum())} complaints, mostly ordinary: a late or missing "
            "order, a double charge, an outage, rude staff, a wait on the phone, a cancelled "
            "trip, accessibility, follow-ups, two sarcastic and one understated; "
            f"{int((~thirteenth_y).sum())} others: questions, thanks, praise, jokes, stock "
            "and opening hours, job-seekers, news links, a competitor comparison, complaints "
            "about someone else, a retraction), mostly English with French, Italian, "
            "Portuguese, Indonesian and Turkish. Written in session 17, after the model below "
            "was trained, as an ordinary week's inbox rather than a puzzle, by a helper that "
            "read none of the inbox code; committed (6373d82) before anything scored it. First "
            "scored with the session's starting code and model `inbox-20261130.c7dfde80` "
            "(ours 768/864 pairs, ROC AUC 88.9, 2 of 24 complaints missed, 8 of 36 others "
            "flagged; plain baseline on the old rows 665/864, 77.0), then once with the model "
            "below (a clean test: in no training, nothing chosen on it):",
            "",
            *_table(HOLDOUT_M, s),
            "",
            f"Brand mentions, fourteenth held-out set: {len(fourteenth_texts)} mentions of "
            "four other made-up brands (e-scooter sharing in Lisbon, a dental clinic chain in "
            "Poland, a solar installer in Kenya, a concert-ticketing app in Australia) in "
            f"`tests/data/inbox_holdout_2026n.csv` ({int(fourteenth_y.sum())} complaints: "
            "sarcastic, polite refund requests, complaints as questions, praise for staff "
            "with blame for the company, one-word and terse ones, in Portuguese, Polish and "
            f"Swahili too; {int((~fourteenth_y).sum())} others: praise in negative words, "
            "jokes and memes, complaints about a competitor or a utility with the brand "
            "praised, fans defending the brand, weather, job-seekers, news, questions before "
            "buying, staff shout-outs). Written in session 18 by a helper that read none of "
            "the inbox code and committed (d8cf5c2) before anything scored it; no inbox code "
            "or model changed since, so this row is its first score, a clean test of model "
            "`inbox-20261202.32dd1e17`. It ranks well and flags too much: 15 of its 37 "
            "others are flagged, most of them praise in negative words, jokes and memes, the "
            "known weak kinds. Across every hand-written set (each trained-on set refitted "
            "without itself), raising the flag threshold above 0.5 would flag "
            "fewer others and miss more complaints (the last table below); the threshold "
            "stays at 0.5, as a missed complaint costs a brand more than a flagged joke.",
            "",
            *_table(HOLDOUT_N, s),
            "",
            f"Brand mentions, fifteenth held-out set: {len(fifteenth_texts)} mentions of "
            "four other made-up brands (a ride-hailing and food-delivery app in Vietnam, a "
            "bank app in Tbilisi, an internet provider in Chile, an island ferry in Ireland) "
            f"in `tests/data/inbox_holdout_2026o.csv` ({int(fifteenth_y.sum())} complaints: "
            "no response, billing, outages, rude staff, safety, an account takeover, "
            "sarcasm, complaints as questions, quiet disappointment, a third party's fault "
            "the brand must mend, in Vietnamese, Georgian (script and Latin letters), "
            f"Chilean Spanish and Irish too; {int((~fifteenth_y).sum())} others: praise in "
            "negative words, jokes and memes, news, questions, complaints about other "
            "companies with the brand praised, people defending the brand, job-seekers, "
            "kind feature wishes, praise in four languages). Written in session 19 by a "
            "helper that read none of the inbox code and committed (a635175) before "
            "anything scored it. First scored with model `inbox-20261202.32dd1e17` and "
            "session 18's rules (a clean test): ours 719/875 pairs, ROC AUC 82.2, 5 of 25 "
            "complaints missed, 12 of 35 others flagged; plain baseline 652/875, 74.5, 8 and "
            "11. It ranked less well than set n: four complaints in languages or sarcasm no "
            "rule read (Irish, Georgian script, a Vietnamese and a Chilean sarcastic thanks) "
            "and a crowded ferry's 'genuinely scary' were missed; flagged were the known weak "
            "kinds and four "
            "complaints about another company with the brand praised ('my old bank took 3 "
            "weeks ... not going back'). A rule calming comparisons with other companies was "
            "not written: of the 99 tweets in ../shared/data/text (complaints-preotiuc2019 "
            "and the airline tweets) that compare with another airline, bank or provider or "
            "say 'switched to', 75 are complaints, mostly about the brand addressed ('other "
            "airlines are flying and you're not'). Then grievance and thanks lists in seven "
            "more languages were written (Thai, Hindi and Filipino before any set in them; "
            "Vietnamese, Georgian and Irish after reading this set's misses), so the row "
            "below is not a clean test of them; no other set's flags changed.",
            "",
            *_table(HOLDOUT_O, s),
            "",
            f"Brand mentions, sixteenth held-out set: {len(sixteenth_texts)} mentions of "
            "four other made-up brands (a food-delivery app in Dhaka, an online grocery in "
            "Almaty, a prepaid-electricity company in Accra, a regional train in Catalonia) "
            f"in `tests/data/inbox_holdout_2026p.csv` ({int(sixteenth_y.sum())} complaints "
            f"in Bengali (script and Latin letters), Russian, Kazakh, Ghanaian English and "
            "Pidgin, Catalan and Spanish too: outages, double charges, a fine for a broken "
            "ticket machine, harassment on a night train, a live wire, rude staff, an "
            "account takeover, sarcasm, quiet disappointment, a partner courier's fault; "
            f"{int((~sixteenth_y).sum())} others: praise in negative words, people "
            "defending the brand, jokes, feature wishes, switchers' praise, other "
            "companies' or a landlord's faults, questions, news, job-seekers, praise). "
            "Written in session 20 by a helper that read none of the inbox code and "
            "committed (755822d) before anything scored it. First scored with model "
            "`inbox-20261202.32dd1e17` and session 19's rules (a clean test): ours 726/875 "
            "pairs, ROC AUC 83.1, 1 of 25 complaints missed, 19 of 35 others flagged; plain "
            "baseline 632/875, 72.7, 11 and 11. Then with grievance and thanks lists in "
            "Kazakh, Bengali, Catalan, Persian, Hebrew and Urdu, written before the set was "
            "read (also a clean test): 739/875, 84.7, 1 missed, 18 flagged. After reading "
            "it, two rules were written, so the row below is not a clean test of them: "
            "'when is it coming back?' beside 'no power/water/internet' asks about a lost "
            "service, not the offer (its one miss, an outage, had been calmed as a question "
            "before buying; all 15 such tweets of complaints-preotiuc2019 are complaints), "
            "and a job-seeker applying is not a complaint unless a grievance, a chaser or "
            "sarcasm is in it (two were flagged). A list of Hindi and Bengali in Latin "
            "letters changed no row. Still flagged: the known weak kinds, praise in "
            "negative words (4), people defending the brand in Pidgin, Catalan, Russian and "
            "Banglish (4; the defence rule reads English only), kind feature wishes and "
            "switchers' praise (2 each), a landlord's and an Airbnb host's faults, a "
            "Kazakh-Russian meme and a question in Bengali.",
            "",
            *_table(HOLDOUT_P, s),
            "",
            f"Brand mentions, seventeenth held-out set: {len(seventeenth_texts)} mentions of "
            "four other made-up brands (a parcel-locker company in Poland, an island ferry "
            "in Greece, a Tamil streaming service in Chennai, a long-distance bus company "
            f"in Peru) in `tests/data/inbox_holdout_2026q.csv` "
            f"({int(seventeenth_y.sum())} complaints, {int((~seventeenth_y).sum())} others). "
            "Written in session 21 by a helper that read none of the inbox code and committed"
            " (b8b5cac) before anything scored it. First scored with model "
            "`inbox-20261202.32dd1e17` and session 20's rules (a clean test): ours 651/875 "
            "pairs, ROC AUC 74.5, 5 of 25 complaints missed, 16 of 35 others flagged; plain "
            "baseline 525/875, 60.0, 18 and 6. Four of the five misses had been calmed as "
            "praise or a fix: thanks in another language settled whatever the head said "
            "('Gracias @brand por el asiento \"cama\" que no se reclina', a double charge "
            "closed with 'Gracias', 'Μπράβο ... 🙃'), and a refund promised 'within 10 working"
            " days' read as put right. After reading it: thanks or praise in another language"
            " settle only what the head is unsure of (below 0.75) and beside a sarcasm marker"
            " are sarcasm; 'working days' is a promised wait; 'it's now been 5 weeks' chases;"
            " a double charge in any Spanish or Portuguese word order; and a defence in "
            "another language, by its address to the people complaining (14 languages; sets "
            "l-q's six such flags), is not a complaint; and grievance and thanks lists in "
            "Tamil and Sinhala. The row below is made with these, so "
            "it is not a clean test of them. Still missed: a refund demand in Quechua, which "
            "no list reads. Still flagged: switchers' praise and other companies' faults (4),"
            " weather (3), jokes (2), a Sinhala feature wish, a Tamil news share, a spam "
            "reply and a Greek job application. On the 24 earlier hand-"
            "written sets (their leave-one-set-out rows where they have one) complaints "
            "missed went from 36 to 34 of 578 and others flagged from 146 to 141 of 675.",
            "",
            *_table(HOLDOUT_Q, s),
            "",
            f"Brand mentions, eighteenth held-out set: {len(eighteenth_texts)} mentions of "
            "four other made-up brands (a health-insurance plan in Brazil, a convenience-store "
            "chain's app in Japan, a mobile-money app in Nigeria, a national railway in "
            f"Czechia) in `tests/data/inbox_holdout_2026r.csv` ({int(eighteenth_y.sum())} "
            f"complaints, {int((~eighteenth_y).sum())} others). "
            "Written in session 21 by a helper that read none of the inbox code and committed"
            " (4dc369b) before anything scored it. First scored (clean) with session 20's "
            "rules: ours 560/875 pairs, ROC AUC 64.0, 10 of 25 complaints missed, 12 of 35 "
            "others flagged; with session 21's rules to then (thanks in another language, "
            "defences abroad, Tamil and Sinhala; also clean, as none was written after "
            "reading this set): 571/875, 65.3, 9 missed, 13 flagged; plain baseline 500/875, "
            "59.1, 16 and 10. The misses were terse or indirect complaints in languages whose"
            " lists lacked their words (Japanese points gone and 'logged out every time', a "
            "Korean coupon 'not applied', Czech 'Zase 25 min. Každý den.', a Portuguese bill "
            "that 'came 312 more', a Pidgin chaser) and three sarcastic thank-yous in "
            "Japanese, Portuguese and Czech. After reading it those phrases were added to the"
            " lists (the row below is not a clean test of them): 641/875, 73.4, 3 missed (the"
            " three sarcastic thank-yous, calmed as thanks), 13 flagged (switchers' praise, "
            "praise in negative words, complaints about a government office, defences in "
            "Portuguese and Czech, thanks after a fix, a job application, a spam reply).",
            "",
            *_table(HOLDOUT_R, s),
            "",
            f"Brand mentions, nineteenth held-out set: {len(nineteenth_texts)} mentions of "
            "four other made-up brands (a low-cost airline in Turkey, a ride-hailing and "
            "food-delivery app in Indonesia, an electricity and gas supplier in Germany, a "
            "telecom and mobile-money service in Kenya) in "
            f"`tests/data/inbox_holdout_2026s.csv` ({int(nineteenth_y.sum())} complaints, "
            f"{int((~nineteenth_y).sum())} others). "
            "Written in session 22 by a helper that read none of the inbox code and committed"
            " (064d582) before anything scored it. First scored (clean) with session 21's "
            "rules: ours 594/875 pairs, ROC AUC 68.1, 5 of 25 complaints missed, 22 of 35 "
            "others flagged; plain baseline 511/875, 58.4, 19 and 5. Four misses were "
            "sarcastic thank-yous (Turkish, Indonesian, German, Swahili) calmed to the floor "
            "by the foreign-thanks rule or a laugh; the fifth, a German meter-reading "
            "dispute, was calmed as device details (a date '2.1.' and '18.344 kWh' read as "
            "versions). The flags are the head's own: long messages in these languages "
            "score 0.6-0.9 whatever they say (a government levy, a storm, a switcher's "
            "praise, questions, job applications). After reading it: device details need a "
            "device or system named; 'şikayetim yok' is no grievance; thanks in another "
            "language settle a message in the head's order (0.15-0.19) instead of all at "
            "0.15 (over all the hand-written sets, each trained-on one scored by a head "
            "refitted without it, mean ROC AUC 91.95 -> 92.02, no flag changed). The row "
            "below is made with these, so it is not a clean test of them.",
            "",
            *_table(HOLDOUT_S, s),
            "",
            f"Brand mentions, twentieth held-out set: {len(twentieth_texts)} mentions of "
            "four other made-up brands (a high-speed rail operator in France, a bank app in "
            "Mexico, a food-delivery app in India, an internet provider in Australia) in "
            f"`tests/data/inbox_holdout_2026t.csv` ({int(twentieth_y.sum())} complaints, "
            f"{int((~twentieth_y).sum())} others). "
            "Written in session 22 by a helper that read none of the inbox code and committed"
            " (3f55c62) before anything scored it. First scored after session 22's rules "
            "for set 2026s were written (a clean test of them; session 21's rules gave the "
            "same): ours 584/875 pairs, ROC AUC 67.0, 4 of 25 complaints missed, 27 of 35 "
            "others flagged; plain baseline 491/875, 56.1, 12 and 17. The misses: two terse "
            "ones just under the flag ('1.5 hr ho gaye. kaha hai khana??' 0.49, 'me "
            "cobraron 2 veces la renta' 0.48) and two sarcastic thank-yous that name no "
            "failure ('thanks to you lot I've read 3 books, learned to knit', 'Merci ... "
            "pour ces 2h40 supplémentaires au milieu des vignes 😍'). The flags are nearly "
            "all the head's own (0.5-0.97): switchers' praise, a government's or the "
            "weather's fault, defences, jokes, questions, thanks after a fix, praise in "
            "negative words, a job application; the baseline flags fewer here but misses "
            "three times as many complaints. After reading it: a double charge in digits "
            "('2 veces', '2x abgebucht') as in words, and Hinglish waits ('N hr ho gaye', "
            "'kahan hai mera order'); the row below is made with these, so it is not a "
            "clean test of them.",
            "",
            *_table(HOLDOUT_T, s),
            "",
            f"More platform cases: {len(read_2[0])} mentions in "
            f"`tests/data/inbox_platform_cases_2.csv` ({int(read_2[2].sum())} complaints: "
            "sarcasm with and without failure words, Spanish and French complaints, support "
            f"follow-ups; {int((~read_2[2]).sum())} others: praise of a fixed problem in "
            "English and French, questions (opening hours, delivery, in Spanish), device "
            "details, chatter that names the brand), posted by the same platform test. "
            "Written after the text rules of 2026-11-30 (s6) were, to test them, and one rule "
            "(opening-hours questions) was changed after it failed here, so these test the "
            "rules' intent.",
            "",
            *_table(CASES_2, s),
            "",
            "Issue 13 evaluation material (s6), written and committed before any model scored "
            "it, in several styles and in English, Spanish, Portuguese, French, German, "
            f"Italian, Dutch and Polish. Dev ({len(read_dev[0])} mentions, "
            "`tests/data/inbox_dev_s6.csv`; the text rules of that session were written after "
            "an error analysis on it, so its row is optimistic):",
            "",
            *_table(DEV_S6, s),
            "",
            f"Test ({len(read_test[0])} mentions, `tests/data/inbox_test_s6.csv`: "
            f"{int(read_test[2].sum())} complaints, {int((~read_test[2]).sum())} others; "
            "scored once, by the run below, and never used to choose anything; written by the "
            "same session as the rules, before them, so it is less independent than the "
            "held-out brand mentions above):",
            "",
            *_table(TEST_S6, s),
            "",
            f"Third platform case list (s7): {len(read_3[0])} mentions in "
            f"`tests/data/inbox_platform_cases_3.csv` ({int(read_3[2].sum())} complaints: "
            "sarcasm outside the rule lists, follow-ups that chase an answer, Polish, Swedish, "
            f"Turkish, Indonesian and Japanese; {int((~read_3[2]).sum())} others: thanks, "
            "praise, a question worded like a follow-up, chatter that names the brand, thanks "
            "in three of those languages), posted by the same platform test (with a thread "
            "follow-up not listed here). Written after the s7 rules, to test their intent.",
            "",
            *_table(CASES_3, s),
            "",
            f"Issue 13 evaluation material (s7). Dev ({len(read_dev7[0])} mentions, "
            "`tests/data/inbox_dev_s7.csv`: the issue's own examples of the s7 kinds and "
            "their neighbours; the s7 rules were written on it, so its row is optimistic):",
            "",
            *_table(DEV_S7, s),
            "",
            f"Test ({len(read_test7[0])} mentions, `tests/data/inbox_test_s7.csv`: "
            f"{int(read_test7[2].sum())} complaints, {int((~read_test7[2]).sum())} others, "
            "in other phrasings; written and committed before any s7 rule and scored once, "
            "at the end; never used to choose anything):",
            "",
            *_table(TEST_S7, s),
            "",
            f"The flag threshold, over all {len(HAND_SETS)} hand-written sets above (the "
            "shipped head flags at 0.5; each set scored as in its own table):",
            "",
            *_thresholds(HAND_SETS, s),
        ]
    )
    print(body)
    if args.write:
        text = RESULTS.read_text("utf-8")
        block = f"{BEGIN}\n{body}\n{END}"
        if BEGIN in text:
            text = text[: text.index(BEGIN)] + block + text[text.index(END) + len(END) :]
        else:
            text = text.rstrip() + f"\n\n## Inbox judgment on realistic mentions\n\n{block}\n"
        RESULTS.write_text(text, "utf-8")


if __name__ == "__main__":
    main()
