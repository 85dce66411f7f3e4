"""Which language a message or a bio is written in.

:func:`detect_languages` uses py3langid (a maintained fork of langid.py, BSD-3-Clause, whose
naive Bayes model over byte n-grams ships inside the wheel and covers 97 languages). Two
cheap steps come first, because langid's per-byte Python loop costs about 0.2 ms a message
and the inbox classifies thousands of messages a second:

1. text with no letters left after removing handles, links and digits is ``und``;
2. text that is plainly English (no letters outside ASCII, several English function words
   and none of another language's) is ``en`` without asking the model.

Everything else goes to the model. The model card measures this cascade against the model
alone and against :func:`rule_language` (the stop-word rules it replaced) on a multilingual
sample that includes short texts.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Any, Final

from followback.inbox.features import normalise_text

__all__ = ["UNDETERMINED", "detect_language", "detect_languages", "rule_language"]

UNDETERMINED: Final = "und"

_PLACEHOLDERS = re.compile(r"@user|\bhttp\b|[0#]+")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")

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
# Other languages' function words that are not also English words ("a", "die", "son", ...).
_OTHER_STOPWORDS: Final = (
    frozenset(
        w
        for code, words in _STOPWORDS.items()
        if code != "en"
        for w in words
        if len(w) >= 3 and w not in {"die", "den", "con", "come", "are", "son", "van", "met"}
    )
    - _STOPWORDS["en"]
)
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
_ENGLISH_FAST_PATH_HITS: Final = 3


def rule_language(normalised: str) -> str:
    """The former stop-word and script rules, kept as the measured baseline.

    ISO 639-1 code guessed from the Unicode script, then from stop-word hits in seven
    languages; ``und`` when there is no evidence.
    """
    if not normalised.isascii():
        letters = sum(ch.isalpha() for ch in normalised)
        for code, pattern in _SCRIPTS:
            if letters and len(pattern.findall(normalised)) * 2 >= letters:
                return code
    words = set(_WORD.findall(normalised)) - {"user", "http"}
    if not words:
        return UNDETERMINED
    hits = {code: len(words & stop) for code, stop in _STOPWORDS.items()}
    best = max(hits, key=lambda code: hits[code])
    return best if hits[best] else UNDETERMINED


@lru_cache(maxsize=1)
def _identifier() -> Any:
    # Imported lazily: loading the model takes about a second and not every process needs it.
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def _plainly_english(text: str) -> bool:
    # Emoji and curly quotes are fine; a letter outside ASCII ("é", "ß", "ø") is not.
    if not text.isascii() and any(ch.isalpha() for ch in _NON_ASCII.findall(text)):
        return False
    words = _WORD.findall(text)
    english = sum(w in _STOPWORDS["en"] for w in words)
    return english >= _ENGLISH_FAST_PATH_HITS and not any(w in _OTHER_STOPWORDS for w in words)


def detect_language(text: str, *, fast_path: bool = True) -> str:
    """ISO 639-1 code of ``text`` (raw or normalised), or ``und`` when it has no words."""
    return _detect_normalised(normalise_text(text), fast_path)


def _detect_normalised(normalised: str, fast_path: bool) -> str:
    cleaned = _PLACEHOLDERS.sub(" ", normalised).strip()
    if not any(ch.isalpha() for ch in cleaned):
        return UNDETERMINED
    if fast_path and _plainly_english(cleaned):
        return "en"
    code, _ = _identifier().classify(cleaned)
    return str(code)


def detect_languages(
    texts: Sequence[str], *, fast_path: bool = True, normalised: Sequence[str] | None = None
) -> list[str]:
    """:func:`detect_language` of each text, in order; pass ``normalised``
    (:func:`normalise_text` of each text) when the caller has it already."""
    if normalised is None:
        normalised = [normalise_text(t) for t in texts]
    return [_detect_normalised(t, fast_path) for t in normalised]
