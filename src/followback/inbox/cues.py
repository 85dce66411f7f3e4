"""Hand-made cues for what word n-grams learn badly from a few thousand tweets.

A problem reported as *solved* ("you fixed my issue", "sorted it right away"), sarcastic
praise ("great, ... again", "thanks for nothing", "love how ..."), negated praise or blame
("not happy", "not bad", "no complaints"), repetition ("again", "still"), waiting ("on
hold", "no reply"), money ("charged twice"), questions, requests, positive and negative
emoji, shouting and exclamation.

Cues are looked up in a message's set of word 1-4-grams (set intersections run in C), with
a little positional logic for "X then Y in the same sentence"; regular expressions are kept
for emoji, shouting and elongation only. One pass per message costs a few tens of
microseconds, which matters at thousands of messages a second.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Final

import numpy as np
import numpy.typing as npt

__all__ = [
    "CUE_NAMES",
    "EMOJI_NEGATIVE",
    "EMOJI_POSITIVE",
    "LET_DOWN",
    "SOLVE_VERBS",
    "cue_matrix",
    "cue_row",
]


def _set(*phrases: str) -> frozenset[str]:
    return frozenset(phrases)


_POSITIVE: Final = _set(
    "great", "perfect", "fantastic", "wonderful", "nice", "awesome", "lovely", "brilliant",
    "amazing", "superb", "excellent", "cool", "terrific", "splendid",
)  # fmt: skip
_SOLVE_VERBS: Final = _set(
    "fixed", "solved", "resolved", "sorted", "helped", "replaced", "refunded"
)
_HELPERS: Final = _set(
    "you", "your", "support", "team", "staff", "agent", "rep", "service", "care", "guys",
    "they", "he", "she",
)  # fmt: skip
_LET_DOWN: Final = _set(
    "cancelled", "canceled", "delayed", "late", "broke", "broken", "lost", "down", "again",
    "still", "another", "crashed", "crashes", "crashing",
)  # fmt: skip
_OPENERS: Final = _set(
    "how", "what", "what's", "when", "where", "why", "who", "which", "is", "are", "am", "was",
    "were", "do", "does", "did", "can", "could", "will", "would", "should", "shall", "may",
    "might", "have", "has", "any", "anyone", "anybody",
)  # fmt: skip
_GREETINGS: Final = _set("hi", "hello", "hey", "oh", "wow", "just", "so", ",")
_NEG_POSITIVE: Final = _set(
    "neg_happy", "neg_good", "neg_great", "neg_impressed", "neg_satisfied", "neg_working",
    "neg_acceptable", "neg_ok", "neg_okay", "neg_helpful", "neg_fixed", "neg_resolved",
    "neg_received", "neg_arrived", "neg_delivered", "neg_refunded", "neg_responded",
    "neg_replied", "neg_work", "neg_works", "neg_answer", "neg_answered",
)  # fmt: skip
_NEG_NEGATIVE: Final = _set(
    "neg_bad", "neg_disappointed", "neg_disappoint", "neg_disappoints", "neg_issue",
    "neg_issues", "neg_problem", "neg_problems", "neg_complaints", "neg_complain",
    "neg_regrets", "neg_happier", "neg_worries",
)  # fmt: skip

# name -> phrases (1-4 words, tokens joined by one space; digits are already "0")
_PHRASES: Final[dict[str, frozenset[str]]] = {
    "solved": _set(
        "fixed",
        "solved",
        "resolved",
        "sorted",
        "sorting",
        "replaced",
        "refunded",
        "sorted out",
        "got it working",
        "works now",
        "working now",
        "back up",
        "up and running",
        "all good now",
    ),
    "quick": _set(
        "straight away",
        "right away",
        "quick",
        "quickly",
        "fast",
        "same day",
        "next day",
        "in no time",
        "in 0 minutes",
        "in 0 mins",
        "in 0 min",
        "in 0 hours",
        "in 0 hour",
        "in 0 seconds",
        "in a few minutes",
        "in minutes",
        "within minutes",
        "within 0 minutes",
        "in under 0 minutes",
        "in less than 0 minutes",
        "in seconds",
    ),
    "gratitude": _set(
        "thanks",
        "thank you",
        "thank u",
        "thx",
        "ty",
        "appreciate",
        "appreciated",
        "grateful",
        "kudos",
        "shout out",
        "shoutout",
        "cheers",
        "thank",
    ),
    "praise_word": _set(
        "impressed",
        "love",
        "loved",
        "lovely",
        "loving",
        "amazing",
        "awesome",
        "brilliant",
        "excellent",
        "fantastic",
        "great",
        "best",
        "superb",
        "happy",
        "pleased",
        "perfect",
        "recommend",
        "legend",
        "hero",
        "star",
        "0 / 0",
        "smooth",
        "smoothest",
        "friendly",
        "helpful",
        "kind",
    ),
    "thanks_for_nothing": _set(
        "thanks for nothing",
        "thank you for nothing",
        "thanks for ruining",
        "thanks for losing",
        "thanks for cancelling",
        "thanks for canceling",
        "thanks for wasting",
        "thanks for making",
        "thanks for charging",
        "thanks for the delay",
        "thanks for the wait",
        "thanks a lot for",
        "thanks again for",
        "thanks a lot",
        "thanks a bunch",
        "thanks a million for",
    ),
    "love_how": _set(
        "love how",
        "love that",
        "love it when",
        "loving how",
        "gotta love",
        "love when",
        "just what i needed",
        "exactly what i needed",
        "exactly what i wanted",
        "yeah right",
        "yeah , right",
        "what a joke",
        "what a surprise",
        "as usual",
        "classic",
        "of course",
        "how lovely",
        "so much fun",
    ),
    "again": _set(
        "again",
        "yet again",
        "once again",
        "still",
        "another",
        "every time",
        "keeps",
        "keep",
        "constantly",
        "third time",
        "fourth time",
        "0th time",
        "0rd time",
        "0nd time",
        "0 times",
        "every single time",
        "always",
    ),
    "failure": _set(
        "broke",
        "broken",
        "cancelled",
        "canceled",
        "delay",
        "delays",
        "delayed",
        "late",
        "lost",
        "missing",
        "damaged",
        "faulty",
        "defective",
        "crash",
        "crashed",
        "crashes",
        "crashing",
        "down",
        "outage",
        "error",
        "fail",
        "failed",
        "fails",
        "failing",
        "failure",
        "won't load",
        "won't work",
        "won't open",
        "doesn't work",
        "not working",
        "stopped working",
        "never came",
        "never arrived",
        "never received",
        "never got",
        "wrong",
        "leak",
        "leaks",
        "leaking",
        "dead",
        "stuck",
        "locked out",
        "declined",
    ),
    "money": _set(
        "charged",
        "overcharged",
        "double charged",
        "charged twice",
        "refund",
        "refunds",
        "refunded",
        "bill",
        "billed",
        "billing",
        "fee",
        "fees",
        "money back",
        "paid",
        "payment",
        "price",
        "scam",
        "rip off",
        "ripoff",
        "charge",
    ),
    "waiting": _set(
        "on hold",
        "waiting",
        "waited",
        "still waiting",
        "no reply",
        "no response",
        "no answer",
        "no update",
        "no one",
        "nobody",
        "ignored",
        "ignoring",
        "hour",
        "hours",
        "day",
        "days",
        "week",
        "weeks",
        "month",
        "months",
    ),
    "blame": _set(
        "worst",
        "terrible",
        "awful",
        "horrible",
        "useless",
        "ridiculous",
        "disgusting",
        "unacceptable",
        "pathetic",
        "joke",
        "shame",
        "disgrace",
        "incompetent",
        "rude",
        "never again",
        "fed up",
        "sick of",
        "tired of",
        "done with",
        "disappointed",
        "disappointing",
        "frustrated",
        "frustrating",
        "angry",
        "annoyed",
        "smh",
        "wtf",
        "ffs",
    ),
    "why": _set(
        "why",
        "how come",
        "how is it",
        "how is this",
        "how can it",
        "how can you",
        "how could you",
        "how could this",
    ),
    "request": _set(
        "please",
        "pls",
        "plz",
        "kindly",
        "can you",
        "could you",
        "would you",
        "will you",
        "can u",
        "could u",
        "i need",
        "we need",
        "i want",
        "i'd like",
        "i would like",
        "help me",
        "dm me",
        "send me",
        "let me know",
        "add me",
        "add a",
        "add an",
        "bring back",
        "cancel my",
        "change my",
        "reset my",
        "update my",
        "move my",
    ),
    "help": _set("help", "assist", "support"),
}
_EMOJI_POSITIVE = re.compile(
    "[\U0001f600-\U0001f60d\U0001f60e\U0001f617-\U0001f61a\U0001f642\U0001f917\U0001f929"
    "\U0001f970\u2764\U0001f495-\U0001f49f\U0001f44d\U0001f44f\U0001f64c\U0001f389\U0001f38a"
    "\u2728\U0001f525\U0001f4af\u263a\U0001f60a\U0001f607]|[:;]-?[)d]|<0"
)
_EMOJI_NEGATIVE = re.compile(
    "[\U0001f620-\U0001f62b\U0001f62d\U0001f629\U0001f612\U0001f611\U0001f610\U0001f615"
    "\U0001f61e\U0001f61f\U0001f614\U0001f613\U0001f644\U0001f92c\U0001f92f\U0001f621"
    "\U0001f47f\U0001f494\U0001f44e\U0001f926\U0001f937\U0001f643]|[:;]-?\\(|:/"
)
# Public names for the text rules (followback.inbox.text_rules), which read the same lists.
EMOJI_POSITIVE: Final = _EMOJI_POSITIVE
EMOJI_NEGATIVE: Final = _EMOJI_NEGATIVE
SOLVE_VERBS: Final = _SOLVE_VERBS
# The first word of every "solved" phrase: no "solved" cue without one of these tokens.
SOLVED_STARTS: Final = _SOLVE_VERBS | frozenset(p.split()[0] for p in _PHRASES["solved"])
LET_DOWN: Final = _LET_DOWN
# Where a sentence ends in raw text (the classifier's reason windows, the text rules).
SENTENCE_BREAK: Final = re.compile(r"[.!?]")
_SHOUTING = re.compile(r"\b[A-Z]{3,}\b")
_ELONGATED = re.compile(r"(\w)\1\1")
_SENTENCE_END: Final = _set(".", "!", "?", "…")

CUE_NAMES: Final = (
    *_PHRASES,
    "solved_by_you",
    "sarcastic_opener",
    "positive_then_failure",
    "negated_positive",
    "negated_negative",
    "question_mark",
    "question_opener",
    "exclaim",
    "multi_exclaim",
    "shouting",
    "elongated",
    "emoji_positive",
    "emoji_negative",
    "link",
    "addressed",
    "length",
)


_MULTI_EXCLAIM: Final = _set("! !", "? !", "! ?")
# First tokens of the 2-, 3- and 4-word phrases: only n-grams opening with one of them can
# match a phrase, so :func:`_grams` builds no others (same result, a fraction of the joins).
_STARTS: Final = {
    n: frozenset(
        p.split(" ")[0]
        for phrases in (*_PHRASES.values(), _MULTI_EXCLAIM)
        for p in phrases
        if p.count(" ") == n - 1
    )
    for n in (2, 3, 4)
}
_ANY_START: Final = frozenset().union(*_STARTS.values())


def _grams(tokens: Sequence[str]) -> set[str]:
    """The message's tokens plus those of its 2-4-grams that could match a phrase."""
    # Numbers were normalised to runs of "0"; one "0" stands for any number here.
    tokens = ["0" if t[0] == "0" and not t.strip("0") else t for t in tokens]
    out = set(tokens)
    end = len(tokens)
    for i in [i for i, t in enumerate(tokens) if t in _ANY_START]:
        first = tokens[i]
        for n, starts in _STARTS.items():
            if i + n <= end and first in starts:
                out.add(" ".join(tokens[i : i + n]))
    return out


def _strip_handles(tokens: Sequence[str]) -> list[str]:
    """Tokens without the "@ user" placeholders (and the greetings) that open a message."""
    i = 0
    while i < len(tokens):
        if tokens[i] == "@" and i + 1 < len(tokens) and tokens[i + 1] == "user":
            i += 2
        elif tokens[i] in _GREETINGS:
            i += 1
        else:
            break
    return list(tokens[i:])


def _within_sentence(tokens: Sequence[str], first: frozenset[str], then: Iterable[str]) -> int:
    """How many tokens of ``then`` follow a token of ``first`` within 12 tokens, same sentence."""
    later = frozenset(then)
    if first.isdisjoint(tokens) or later.isdisjoint(tokens):
        return 0  # the usual case, decided in C
    hits, last_first = 0, -100
    for i, t in enumerate(tokens):
        if t in _SENTENCE_END:
            last_first = -100
        elif t in later and i - last_first <= 12:
            hits += 1
        if t in first:
            last_first = i
    return hits


def cue_row(raw: str, tokens: Sequence[str], negated: Sequence[str]) -> list[float]:
    """The cue counts of one message (before capping), in :data:`CUE_NAMES` order.

    ``tokens`` come from the normalised text; ``negated`` are the same tokens with the
    negation-scope prefix (see :func:`followback.inbox.features.mark_negation`).
    """
    grams = _grams(tokens)
    row = [float(len(phrases & grams)) for phrases in _PHRASES.values()]
    opening = _strip_handles(tokens)
    negated_set = set(negated)
    text = " ".join(tokens)
    row += [
        float(_within_sentence(tokens, _HELPERS, _SOLVE_VERBS)),
        float(len(opening) > 1 and opening[0] in _POSITIVE and opening[1] in ",.!…"),
        float(_within_sentence(tokens, _POSITIVE, _LET_DOWN)),
        float(len(negated_set & _NEG_POSITIVE)),
        float(len(negated_set & _NEG_NEGATIVE)),
        float(tokens.count("?")),
        float(bool(opening) and opening[0] in _OPENERS),
        float(tokens.count("!")),
        float(bool(_MULTI_EXCLAIM & grams)),
        float(len(_SHOUTING.findall(raw))),
        float(len(_ELONGATED.findall(text))),
        float(len(_EMOJI_POSITIVE.findall(text))),
        float(len(_EMOJI_NEGATIVE.findall(text))),
        float(tokens.count("http")),
        float(tokens[:2] == ["@", "user"]),
        len(tokens),
    ]
    return row


def cue_matrix(
    raw: Sequence[object], tokens: Sequence[Sequence[str]], negated: Sequence[Sequence[str]]
) -> npt.NDArray[np.float32]:
    """Cue features, one row per message: counts capped at 3 and scaled to [0, 1];
    ``length`` is log(1 + tokens) / log 60, capped at 1."""
    rows = [
        cue_row(r if isinstance(r, str) else "", t, n)
        for r, t, n in zip(raw, tokens, negated, strict=True)
    ]
    out = np.asarray(rows, dtype=np.float32).reshape(len(rows), len(CUE_NAMES))
    out[:, :-1] = np.minimum(out[:, :-1], 3.0) / 3.0
    out[:, -1] = np.minimum(np.log1p(out[:, -1]) / np.log(60.0), 1.0)
    return out
