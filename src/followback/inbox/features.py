"""Text features shared by every inbox head: n-grams with negation scope plus hand-made cues.

Three blocks, each L2-normalised on its own so no block drowns the others:

* **words**: word 1-2-grams over tokens that keep punctuation and emoji as one-character
  tokens ("?" and "!" carry intent). Tokens inside a negation's scope (from "not", "never",
  "no", ... up to the next punctuation mark) get a ``neg_`` prefix, so "not bad" and "bad"
  are different features (Das & Chen 2001; Pang et al. 2002).
* **chars**: character 3-5-grams within word boundaries, robust to spelling and slang.
  (2-grams were measured too: no better on left-out domains and about 40% slower.)
* **cues**: a few dozen hand-made indicators (:mod:`followback.inbox.cues`) for what
  n-grams learn badly from three thousand tweets: a problem reported as *solved*,
  sarcastic praise, negated praise or blame, repetition, waiting, money, questions,
  requests, emoji, shouting and exclamation.

Word and character n-grams are hashed (scikit-learn ``HashingVectorizer``) so no vocabulary
has to ship; inverse document frequencies learned at training time ship as one vector per
block. :class:`NgramHasher` remembers each word's character n-gram row, which roughly halves
the featuriser's cost without changing a feature. Everything here is pure and deterministic
(the memo is a cache: results do not depend on what it holds).
"""

from __future__ import annotations

import re
import threading
import unicodedata
from collections.abc import Sequence
from functools import cache
from typing import TYPE_CHECKING, Final

import numpy as np
import numpy.typing as npt
import scipy.sparse as sp

from followback.inbox.cues import CUE_NAMES, cue_matrix

if TYPE_CHECKING:
    from sklearn.feature_extraction.text import HashingVectorizer

__all__ = [
    "CUE_NAMES",
    "MAX_CHARS",
    "N_CHAR",
    "N_FEATURES",
    "N_WORD",
    "Featuriser",
    "NgramHasher",
    "mark_negation",
    "negate",
    "normalise_text",
    "tokenise",
]

# Posts are at most 300 (Bluesky), 500 (Mastodon) or 280 (X, most accounts) characters; a
# bound keeps one pasted essay from costing more than a thousand ordinary messages.
MAX_CHARS: Final = 2000
N_WORD: Final = 2**17
N_CHAR: Final = 2**17

_URL = re.compile(r"https?://\S+|www\.\S+", re.IGNORECASE)
_HANDLE = re.compile(r"@[\w.\-]+(?:@[\w.\-]+)?")  # @user, and @user@server on Mastodon
_DIGIT = re.compile(r"\d")
_SPACE = re.compile(r"\s+")


def normalise_text(text: object, *, keep_digits: bool = False) -> str:
    """Map a raw message to the form the features see.

    Handles and URLs are replaced by placeholders so the models learn "addressed someone" and
    "shared a link" rather than particular brands; digits collapse to ``0`` so order numbers
    and times share features. Non-strings (a missing CSV cell) become the empty string, and
    lone surrogates are replaced because the hashing step encodes to UTF-8.
    ``keep_digits`` leaves digits alone (for quoting a message back, "waiting 4 days").
    """
    if not isinstance(text, str):
        return ""
    text = text[:MAX_CHARS].encode("utf-8", "replace").decode("utf-8")
    text = unicodedata.normalize("NFKC", text)
    text = _URL.sub(" http ", text)
    text = _HANDLE.sub(" @user ", text)
    if not keep_digits:
        text = _DIGIT.sub("0", text)
    return _SPACE.sub(" ", text).strip().lower()


_TOKEN = re.compile(r"\w+(?:['’]\w+)*|[^\w\s]")
_NEGATORS: Final = frozenset((
    "not", "no", "never", "nothing", "nobody", "none", "nor", "without", "cannot", "cant",
    "can't", "dont", "don't", "doesnt", "doesn't", "didnt", "didn't", "isnt", "isn't", "wasnt",
    "wasn't", "wont", "won't", "arent", "aren't", "havent", "haven't", "hasnt", "hasn't",
    "couldnt", "couldn't", "shouldnt", "shouldn't", "wouldnt", "wouldn't", "aint", "ain't",
    "weren't", "werent", "never",
))  # fmt: skip
_SCOPE_END: Final = frozenset(".,:;!?")


def tokenise(normalised: str) -> list[str]:
    """Word tokens (with inner apostrophes) and single punctuation or emoji characters."""
    return _TOKEN.findall(normalised.replace("’", "'"))


def negate(tokens: Sequence[str]) -> list[str]:
    """The tokens, those in a negation's scope prefixed with ``neg_``."""
    out: list[str] = []
    negated = False
    for token in tokens:
        if token in _SCOPE_END:
            negated = False
            out.append(token)
            continue
        out.append("neg_" + token if negated else token)
        if token in _NEGATORS:
            negated = True
    return out


def mark_negation(normalised: str) -> str:
    """Tokens separated by spaces, those in a negation's scope prefixed with ``neg_``."""
    return " ".join(negate(tokenise(normalised)))


# --------------------------------------------------------------------------- hashing


# The reference definition of both n-gram blocks: scikit-learn's hashing vectorisers. The
# featuriser computes the same matrices faster (below); a unit test checks they are equal.
# Built on first use: importing scikit-learn costs about 100 MiB and a second, and every
# command that only stores or ranks messages (a follower sync, the web app) imports this
# module without featurising any text.
@cache
def _words() -> HashingVectorizer:
    from sklearn.feature_extraction.text import HashingVectorizer

    return HashingVectorizer(
        n_features=N_WORD,
        alternate_sign=False,
        norm=None,
        lowercase=False,
        token_pattern=r"\S+",  # noqa: S106  (a regex, not a secret; mark_negation tokenises)
        ngram_range=(1, 2),
        dtype=np.float32,
    )


@cache
def _chars() -> HashingVectorizer:
    from sklearn.feature_extraction.text import HashingVectorizer

    return HashingVectorizer(
        n_features=N_CHAR,
        alternate_sign=False,
        norm=None,
        lowercase=False,
        analyzer="char_wb",
        ngram_range=(3, 5),
        dtype=np.float32,
    )


N_FEATURES: Final = N_WORD + N_CHAR + len(CUE_NAMES)
# Bound on the word memo below (about 10 MB); past it the memo starts afresh.
_MAX_WORDS: Final = 50_000


class NgramHasher:
    """Hashed n-gram counts, remembering each word's character n-gram row.

    Written by hand around scikit-learn's hashers because ``char_wb`` rebuilds and rehashes
    every character n-gram of every message in Python (the largest single cost of the
    classifier), while messages repeat a few thousand words. ``char_wb`` n-grams never cross
    a word boundary, so a message's character block is the sum of its words' rows; rows come
    from the scikit-learn hasher itself, so the matrix equals ``_chars().transform`` exactly
    (a unit test checks). Word 1-2-grams go straight to scikit-learn: most bigrams are new,
    and a memo of them measured slower. Thread-safe: one lock guards the table.
    ``remember=False`` hashes every message afresh: the reference, and the benchmark's
    baseline.
    """

    def __init__(self, *, remember: bool = True) -> None:
        self.remember = remember
        self._lock = threading.Lock()
        self._word_rows: dict[str, int] = {}
        self._rows = sp.csr_matrix((0, N_CHAR), dtype=np.float32)

    def chars(self, normalised: Sequence[str]) -> sp.csr_matrix:
        """Character 3-5-gram counts (``char_wb``) of normalised texts."""
        if not self.remember:
            return sp.csr_matrix(_chars().transform(normalised))
        docs = [t.split() for t in normalised]
        with self._lock:
            missing = list({w: None for d in docs for w in d if w not in self._word_rows})
            if len(self._word_rows) + len(missing) > _MAX_WORDS:
                self._word_rows, self._rows = {}, sp.csr_matrix((0, N_CHAR), dtype=np.float32)
                missing = list({w: None for d in docs for w in d})
            if missing:
                start = self._rows.shape[0]
                self._word_rows.update((w, start + i) for i, w in enumerate(missing))
                self._rows = sp.vstack([self._rows, _chars().transform(missing)], format="csr")
            ids, rows = self._word_rows, self._rows
            counts = _count_matrix([[ids[w] for w in d] for d in docs], rows.shape[0])
        return sp.csr_matrix(counts @ rows)

    @staticmethod
    def words(negated: Sequence[Sequence[str]]) -> sp.csr_matrix:
        """Word 1-2-gram counts of token lists (tokens already carry the negation prefix)."""
        return sp.csr_matrix(_words().transform([" ".join(d) for d in negated]))


def _count_matrix(docs: Sequence[Sequence[int]], width: int) -> sp.csr_matrix:
    """Rows of column ids -> a CSR matrix of counts (duplicates summed, indices sorted)."""
    indptr = np.zeros(len(docs) + 1, dtype=np.int64)
    np.cumsum([len(d) for d in docs], out=indptr[1:])
    indices = np.fromiter((c for d in docs for c in d), dtype=np.int32, count=int(indptr[-1]))
    data = np.ones(len(indices), dtype=np.float32)
    out = sp.csr_matrix((data, indices, indptr), shape=(len(docs), width))
    out.sum_duplicates()
    return out


def _tfidf_l2(counts: sp.csr_matrix, idf: npt.NDArray[np.float32]) -> sp.csr_matrix:
    counts = counts.tocsr()
    counts.data = (1.0 + np.log(counts.data)).astype(np.float32)  # sublinear tf
    counts.data *= idf[counts.indices]
    norms = np.sqrt(np.asarray(counts.multiply(counts).sum(axis=1)).ravel())
    norms[norms == 0.0] = 1.0
    counts.data *= np.repeat((1.0 / norms).astype(np.float32), np.diff(counts.indptr))
    return counts


class Featuriser:
    """Raw messages -> one sparse row each: [words | chars | cues], each block L2-normalised.

    ``word_idf`` and ``char_idf`` are learned by :meth:`fit` (smoothed inverse document
    frequency, as scikit-learn's ``TfidfTransformer``) and ship with the models.
    """

    def __init__(
        self,
        word_idf: npt.NDArray[np.float32] | None = None,
        char_idf: npt.NDArray[np.float32] | None = None,
    ) -> None:
        self.word_idf = np.ones(N_WORD, np.float32) if word_idf is None else word_idf
        self.char_idf = np.ones(N_CHAR, np.float32) if char_idf is None else char_idf
        if self.word_idf.shape != (N_WORD,) or self.char_idf.shape != (N_CHAR,):
            raise ValueError("idf vectors do not match the hashed feature sizes")
        self.ngrams = NgramHasher()  # replaceable: the benchmark swaps in the reference

    def fit(self, raw: Sequence[str]) -> Featuriser:
        """Learn both blocks' idf from a training corpus; returns ``self``."""
        normalised = [normalise_text(t) for t in raw]
        words = self.ngrams.words([negate(tokenise(t)) for t in normalised])
        chars = self.ngrams.chars(normalised)
        n = words.shape[0]
        for counts, attr in ((words, "word_idf"), (chars, "char_idf")):
            df = np.bincount(counts.indices, minlength=counts.shape[1])
            setattr(self, attr, (np.log((1 + n) / (1 + df)) + 1.0).astype(np.float32))
        return self

    def transform(
        self,
        raw: Sequence[str],
        normalised: Sequence[str] | None = None,
        tokens: Sequence[list[str]] | None = None,
    ) -> sp.csr_matrix:
        """Feature rows for ``raw`` messages (non-strings count as empty); pass
        ``normalised`` (:func:`normalise_text` of each) and ``tokens`` (:func:`tokenise` of
        each normalised text) when the caller has them already."""
        if normalised is None:
            normalised = [normalise_text(t) for t in raw]
        if tokens is None:
            tokens = [tokenise(t) for t in normalised]
        negated = [negate(t) for t in tokens]
        truncated = [r[:MAX_CHARS] if isinstance(r, str) else "" for r in raw]
        cues = sp.csr_matrix(cue_matrix(truncated, tokens, negated))
        blocks = [
            _tfidf_l2(self.ngrams.words(negated), self.word_idf),
            _tfidf_l2(self.ngrams.chars(normalised), self.char_idf),
            cues,
        ]
        return sp.hstack(blocks, format="csr", dtype=np.float32)
