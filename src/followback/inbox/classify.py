"""Understand inbound messages: complaint, severity, sentiment, intent and language.

Everything here is pure and offline. The models are linear heads over one shared feature
space: word 1-2-grams and character 2-5-grams (within word boundaries), hashed into
``N_FEATURES`` buckets, with sublinear term frequency and L2 row normalisation. Hashing means
there is no vocabulary to ship or unpickle; the shipped files are small JSON documents holding
int8-quantised weight vectors (see ``models/MODEL_CARD.md``).

Only complaint, severity and sentiment are learned. Intent is derived by documented rules from
those outputs plus surface cues, because no intent-labelled data was available; language is a
stop-word and script guess (see :func:`guess_language`).

The batch path (:meth:`MessageClassifier.classify`) featurises a whole batch at once and scores
every head with one sparse-dense product; :meth:`MessageClassifier.classify_one` exists for
callers holding a single message and as the naive baseline in ``bench/bench_inbox.py``.
"""

from __future__ import annotations

import base64
import json
import math
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Final

import numpy as np
import numpy.typing as npt
import scipy.sparse as sp
from sklearn.feature_extraction.text import HashingVectorizer

from followback.domain.errors import FollowbackError

__all__ = [
    "INTENTS",
    "MAX_CHARS",
    "MODEL_FORMAT",
    "N_FEATURES",
    "SENTIMENTS",
    "Classification",
    "LinearHead",
    "MessageClassifier",
    "ModelLoadError",
    "derive_intent",
    "featurise",
    "guess_language",
    "load_default_classifier",
    "normalise_text",
]

MODEL_FORMAT: Final = "followback-linear-v1"
N_FEATURES: Final = 2**17
# Posts are at most 300 (Bluesky), 500 (Mastodon) or 280 (X, most accounts) characters; a
# bound keeps one pasted essay from costing more than a thousand ordinary messages.
MAX_CHARS: Final = 2000
SENTIMENTS: Final = ("negative", "neutral", "positive")
INTENTS: Final = ("complaint", "question", "request", "praise", "other")

_FloatArray = npt.NDArray[np.float32]


class ModelLoadError(FollowbackError):
    """A shipped or supplied model file is missing, malformed or built for other features."""


# --------------------------------------------------------------------------- features

_URL = re.compile(r"https?://\S+|www\.\S+", re.IGNORECASE)
_HANDLE = re.compile(r"@[\w.\-]+(?:@[\w.\-]+)?")  # @user, and @user@server on Mastodon
_DIGIT = re.compile(r"\d")
_SPACE = re.compile(r"\s+")


def normalise_text(text: object) -> str:
    """Map a raw message to the form the features see.

    Handles and URLs are replaced by placeholders so the models learn "addressed someone" and
    "shared a link" rather than particular brands; digits collapse to ``0`` so order numbers
    and times share features. Non-strings (a missing CSV cell) become the empty string, and
    lone surrogates are replaced because the hashing step encodes to UTF-8.
    """
    if not isinstance(text, str):
        return ""
    text = text[:MAX_CHARS].encode("utf-8", "replace").decode("utf-8")
    text = unicodedata.normalize("NFKC", text)
    text = _URL.sub(" http ", text)
    text = _HANDLE.sub(" @user ", text)
    text = _DIGIT.sub("0", text)
    return _SPACE.sub(" ", text).strip().lower()


# Word tokens keep punctuation and emoji as one-character tokens: "?" and "!" carry intent.
_WORDS = HashingVectorizer(
    n_features=N_FEATURES,
    alternate_sign=False,
    norm=None,
    lowercase=False,
    token_pattern=r"(?u)\b\w+\b|[^\w\s]",  # noqa: S106  (a regex, not a secret)
    ngram_range=(1, 2),
    dtype=np.float32,
)
_CHARS = HashingVectorizer(
    n_features=N_FEATURES,
    alternate_sign=False,
    norm=None,
    lowercase=False,
    analyzer="char_wb",
    ngram_range=(2, 5),
    dtype=np.float32,
)


def featurise(normalised: Sequence[str]) -> sp.csr_matrix:
    """Hashed word + character n-gram counts -> sublinear tf -> L2-normalised rows."""
    x = (_WORDS.transform(normalised) + _CHARS.transform(normalised)).tocsr()
    x.data = (1.0 + np.log(x.data)).astype(np.float32)
    norms = np.sqrt(np.asarray(x.multiply(x).sum(axis=1)).ravel())
    norms[norms == 0.0] = 1.0
    scale = sp.diags((1.0 / norms).astype(np.float32))
    return sp.csr_matrix(scale @ x)


# --------------------------------------------------------------------------- model heads


@dataclass(frozen=True)
class LinearHead:
    """One linear model over the shared features.

    ``weights`` has one column per class for multinomial heads and a single column (the
    positive class) for binary ones; ``classes`` names the columns' classes in order.
    """

    name: str
    classes: tuple[str, ...]
    weights: _FloatArray  # shape (N_FEATURES, k)
    bias: _FloatArray  # shape (k,)
    threshold: float = 0.5

    @property
    def binary(self) -> bool:
        return bool(self.weights.shape[1] == 1)

    def to_json(self) -> dict[str, Any]:
        """Serialise with per-column int8 quantisation (about 4x smaller, no measured loss)."""
        scales = np.abs(self.weights).max(axis=0) / 127.0
        scales[scales == 0.0] = 1.0
        quantised = np.round(self.weights / scales).astype(np.int8)
        return {
            "format": MODEL_FORMAT,
            "name": self.name,
            "n_features": int(self.weights.shape[0]),
            "classes": list(self.classes),
            "threshold": self.threshold,
            "bias": [float(b) for b in self.bias],
            "scales": [float(s) for s in scales],
            "weights_int8": [
                base64.b64encode(quantised[:, j].tobytes()).decode("ascii")
                for j in range(quantised.shape[1])
            ],
        }

    @classmethod
    def from_json(cls, doc: dict[str, Any]) -> LinearHead:
        """Rebuild a head written by :meth:`to_json`; refuses other formats or feature sizes."""
        try:
            if doc["format"] != MODEL_FORMAT or doc["n_features"] != N_FEATURES:
                raise ModelLoadError(
                    f"model {doc.get('name')!r} has format {doc['format']!r} with "
                    f"{doc['n_features']} features; this code reads {MODEL_FORMAT} "
                    f"with {N_FEATURES}"
                )
            columns = [
                np.frombuffer(base64.b64decode(b), dtype=np.int8).astype(np.float32) * s
                for b, s in zip(doc["weights_int8"], doc["scales"], strict=True)
            ]
            weights = np.stack(columns, axis=1).astype(np.float32)
            bias = np.asarray(doc["bias"], dtype=np.float32)
            head = cls(doc["name"], tuple(doc["classes"]), weights, bias, float(doc["threshold"]))
        except (KeyError, TypeError, ValueError) as exc:
            raise ModelLoadError(f"malformed model file: {exc}") from exc
        if weights.shape[0] != N_FEATURES or bias.shape[0] != weights.shape[1]:
            raise ModelLoadError(f"model {head.name!r} has inconsistent shapes")
        return head


def _sigmoid(z: _FloatArray) -> _FloatArray:
    return np.asarray(1.0 / (1.0 + np.exp(-np.clip(z, -30.0, 30.0))), dtype=np.float32)


def _softmax(z: _FloatArray) -> _FloatArray:
    e = np.exp(z - z.max(axis=1, keepdims=True))
    return np.asarray(e / e.sum(axis=1, keepdims=True), dtype=np.float32)


# --------------------------------------------------------------------------- rules

_QUESTION_OPENERS: Final = frozenset((
    "how", "what", "when", "where", "why", "who", "whom", "whose", "which", "is", "are", "am",
    "was", "were", "do", "does", "did", "can", "could", "will", "would", "should", "shall",
    "may", "might", "have", "has", "any", "anyone", "anybody",
))  # fmt: skip
_REQUEST_CUES = re.compile(
    r"\b(please|pls|plz|kindly|can you|could you|would you|will you|can u|could u|"
    r"i need|we need|i want|i'd like|i would like|help me|dm me|send me|let me know|"
    r"looking for|refund me|cancel my|change my|reset my)\b"
)
_PRAISE_MIN = 0.6  # positive-sentiment probability above which a non-question is praise


def derive_intent(normalised: str, is_complaint: bool, sentiment_probs: Sequence[float]) -> str:
    """Intent from the learned outputs plus explicit cues, in a fixed order of precedence.

    complaint (the complaint model says so) > request (politeness or need cues such as
    "please", "can you", "I need") > question ("?" or an interrogative opening word) >
    praise (positive sentiment with probability >= 0.6) > other.
    """
    if is_complaint:
        return "complaint"
    if _REQUEST_CUES.search(normalised):
        return "request"
    words = [w for w in re.findall(r"[a-z']+", normalised) if w != "user"]
    if "?" in normalised or (words and words[0] in _QUESTION_OPENERS):
        return "question"
    if sentiment_probs[2] >= _PRAISE_MIN:
        return "praise"
    return "other"


# A stop-word and script guess rather than a language-ID model: it needs no extra dependency
# or data file, costs microseconds, and only has to route messages (the learned models are
# English-only). It says "und" (undetermined) rather than guess when the evidence is thin.
_STOPWORDS: Final[dict[str, frozenset[str]]] = {
    "en": frozenset((
        "the", "and", "you", "your", "is", "are", "to", "of", "my", "for", "it", "this", "that",
        "have", "not", "with", "on", "was", "i", "me", "please", "thanks", "thank", "can",
        "what", "why", "how", "just", "be", "at", "we", "our", "so", "but", "get", "got", "no",
    )),
    "es": frozenset((
        "el", "la", "los", "las", "de", "que", "y", "en", "un", "una", "por", "para", "con",
        "no", "es", "mi", "su", "lo", "al", "del", "se", "gracias", "pero", "como", "muy", "ya",
        "esta", "está", "hola",
    )),
    "pt": frozenset((
        "o", "a", "os", "as", "de", "que", "e", "em", "um", "uma", "por", "para", "com", "não",
        "é", "meu", "minha", "do", "da", "se", "obrigado", "obrigada", "mas", "como", "muito",
        "já", "está", "olá", "você",
    )),
    "fr": frozenset((
        "le", "la", "les", "de", "des", "et", "en", "un", "une", "pour", "avec", "ne", "pas",
        "est", "mon", "ma", "du", "je", "vous", "merci", "mais", "comme", "très", "sur",
        "bonjour", "que", "qui",
    )),
    "de": frozenset((
        "der", "die", "das", "und", "ist", "nicht", "ich", "sie", "mit", "für", "ein", "eine",
        "den", "dem", "zu", "auf", "mein", "meine", "danke", "aber", "wie", "sehr", "hallo",
        "es", "wir",
    )),
    "it": frozenset((
        "il", "lo", "la", "gli", "le", "di", "che", "e", "è", "un", "una", "per", "con", "non",
        "mio", "mia", "del", "della", "grazie", "ma", "come", "molto", "ciao", "sono",
    )),
    "nl": frozenset((
        "de", "het", "een", "en", "is", "niet", "ik", "je", "jij", "met", "voor", "van", "op",
        "mijn", "dat", "dank", "bedankt", "maar", "hoe", "heel", "hallo", "wij", "zijn",
    )),
}  # fmt: skip
_SCRIPTS: Final = (
    ("ja", re.compile(r"[\u3040-\u30ff]")),
    ("ko", re.compile(r"[\uac00-\ud7af]")),
    ("zh", re.compile(r"[\u4e00-\u9fff]")),
    ("ar", re.compile(r"[\u0600-\u06ff]")),
    ("ru", re.compile(r"[\u0400-\u04ff]")),
    ("el", re.compile(r"[\u0370-\u03ff]")),
    ("he", re.compile(r"[\u0590-\u05ff]")),
    ("th", re.compile(r"[\u0e00-\u0e7f]")),
    ("hi", re.compile(r"[\u0900-\u097f]")),
)
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")


def guess_language(normalised: str) -> str:
    """ISO 639-1 code guessed from script, then from stop-word hits; ``und`` when unsure."""
    if not normalised.isascii():  # the script test only matters outside ASCII (and is slow)
        letters = sum(ch.isalpha() for ch in normalised)
        for code, pattern in _SCRIPTS:
            if letters and len(pattern.findall(normalised)) * 2 >= letters:
                return code
    words = set(_WORD.findall(normalised)) - {"user", "http"}
    if not words:
        return "und"
    hits = {code: len(words & stop) for code, stop in _STOPWORDS.items()}
    best = max(hits, key=lambda code: hits[code])
    # Romance languages share "de", "que", "la": ties go to the first listed (English first,
    # the brands' most common language), which is why the dict order matters.
    return best if hits[best] else "und"


# --------------------------------------------------------------------------- classifier


@dataclass(frozen=True, slots=True)
class Classification:
    """What the classifier concluded about one message.

    ``severity`` (1 = no explicit reproach .. 4 = blame) is meaningful only when
    ``is_complaint``; it is 1 otherwise.
    """

    complaint_score: float
    is_complaint: bool
    severity: int
    sentiment: str
    intent: str
    language: str
    model_version: str


class MessageClassifier:
    """Complaint, severity and sentiment heads over shared features, scored together."""

    def __init__(
        self, complaint: LinearHead, severity: LinearHead, sentiment: LinearHead, version: str
    ) -> None:
        if not complaint.binary:
            raise ModelLoadError("the complaint head must be binary")
        if severity.classes != ("1", "2", "3", "4"):
            raise ModelLoadError(f"severity classes must be 1..4, got {severity.classes}")
        if sentiment.classes != SENTIMENTS:
            raise ModelLoadError(f"sentiment classes must be {SENTIMENTS}, got {sentiment.classes}")
        self.version = version
        self.complaint_threshold = complaint.threshold
        # One stacked matrix so a batch costs one sparse-dense product for all heads.
        self._weights = np.ascontiguousarray(
            np.hstack([complaint.weights, severity.weights, sentiment.weights])
        )
        self._bias = np.concatenate([complaint.bias, severity.bias, sentiment.bias])

    @classmethod
    def from_directory(cls, directory: Path) -> MessageClassifier:
        """Load ``manifest.json`` and the head files it names from ``directory``."""
        try:
            manifest = json.loads((directory / "manifest.json").read_text("utf-8"))
            heads = {
                name: LinearHead.from_json(
                    json.loads((directory / manifest["heads"][name]).read_text("utf-8"))
                )
                for name in ("complaint", "severity", "sentiment")
            }
            version = str(manifest["version"])
        except (OSError, KeyError, TypeError, json.JSONDecodeError) as exc:
            raise ModelLoadError(f"cannot load inbox models from {directory}: {exc}") from exc
        return cls(heads["complaint"], heads["severity"], heads["sentiment"], version)

    def classify(self, texts: Sequence[str]) -> list[Classification]:
        """Classify a batch; one result per text, in order. Empty input gives ``[]``."""
        if len(texts) == 0:
            return []
        normalised = [normalise_text(t) for t in texts]
        scores = np.asarray(featurise(normalised) @ self._weights) + self._bias
        complaint = _sigmoid(scores[:, 0])
        severity = scores[:, 1:5].argmax(axis=1) + 1
        sentiment = _softmax(scores[:, 5:8])
        results = []
        for i, text in enumerate(normalised):
            score = float(complaint[i])
            is_complaint = score >= self.complaint_threshold
            probs = sentiment[i].tolist()
            results.append(
                Classification(
                    complaint_score=round(score, 4) if math.isfinite(score) else 0.0,
                    is_complaint=is_complaint,
                    severity=int(severity[i]) if is_complaint else 1,
                    sentiment=SENTIMENTS[int(np.argmax(sentiment[i]))],
                    intent=derive_intent(text, is_complaint, probs),
                    language=guess_language(text),
                    model_version=self.version,
                )
            )
        return results

    def classify_one(self, text: str) -> Classification:
        """Classify one message (a batch of one; prefer :meth:`classify` for many)."""
        return self.classify([text])[0]


@lru_cache(maxsize=1)
def load_default_classifier() -> MessageClassifier:
    """The models shipped in ``followback/inbox/models``, loaded once per process."""
    root = resources.files("followback.inbox") / "models"
    with resources.as_file(root) as directory:
        return MessageClassifier.from_directory(Path(directory))
