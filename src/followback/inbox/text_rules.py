"""Facts about a message's text that the complaint rules read besides the cue counts.

The cue block (:mod:`followback.inbox.cues`) is part of the learned feature space, so it
cannot change without retraining every head. These facts are computed beside it, from the
normalised text and the detected language, and only the hand-written rules of
:func:`followback.inbox.classify.cue_rules` read them:

* **personal**: the message speaks of the writer ("my order", "I", "we");
* **late failure**: a failure word *after* the brand solved something ("you fixed it, then
  it broke again"), as opposed to the problem a thank-you recounts ("my laptop broke but
  your desk replaced the screen the same day");
* **foreign grievance**: a non-English message with a plain grievance in Spanish,
  Portuguese, French, German or Italian ("nunca llegó", "nicht angekommen"): the learned
  heads saw English only, so without this such complaints land among chatter;
* **angry emoji only**: no words, only angry or let-down emoji ("😡😡😡");
* **asks about the offer**: stock, availability, sizes, colours, shipping destinations,
  opening hours, prices, launches ("is the spring collection coming back in stock?"). The
  plain-question rule needs it: on the left-out domains, questions in general were as
  often complaints ("did the 50 bus stop running?!?", "any update on the 20:07?"), and a
  rule for every question cost 1-2.5 points of macro-F1 on each (model card).

The phrase lists are short and hand-written; the model card says what they were tested on.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

import numpy as np
import numpy.typing as npt

from followback.inbox.cues import EMOJI_NEGATIVE, EMOJI_POSITIVE, LET_DOWN, SOLVE_VERBS

__all__ = ["TextFacts", "text_facts"]

_BoolArray = npt.NDArray[np.bool_]

_FIRST_PERSON: Final = re.compile(r"\b(?:i|i'm|i've|i'd|me|my|mine|we|our|us)\b")
_TOKEN: Final = re.compile(r"\w+(?:'\w+)*")
_FAILURE_AFTER: Final = LET_DOWN | frozenset(
    ("broke", "failed", "stopped", "crashed", "dead", "wrong", "missing", "useless")
)
# Plain grievances, one alternation per language; matched on lower-cased, NFKC text.
_GRIEVANCE: Final = {
    "es": r"no (?:me )?ha(?:n)? llegado|nunca (?:me )?lleg[oó]|no (?:me )?lleg[oó]|nadie (?:me )?"
    r"respond|no (?:me )?responden|reembolso|estafa|p[eé]simo|cobra(?:do|ron) dos veces|"
    r"sigo esperando|todav[ií]a no|no funciona|vergüenza",
    "pt": r"n[aã]o chegou|nunca chegou|ningu[eé]m respond|n[aã]o respond|reembolso|p[eé]ssim|"
    r"ainda n[aã]o|cobra(?:do|ram) duas vezes|estou esperando|n[aã]o funciona|vergonha",
    "fr": r"jamais (?:été )?(?:arriv|reçu)|pas (?:été )?(?:arriv|reçu)|ne r[ée]pond|personne ne "
    r"r[ée]pond|rembours|arnaque|toujours pas|d[ée]bit[ée] deux fois|inadmissible|ne "
    r"fonctionne (?:pas|plus)|honteux",
    "de": r"nicht angekommen|nie angekommen|nicht erhalten|niemand antwortet|antwortet nicht|"
    r"keine antwort|erstattung|betrug|immer noch nicht|unversch[äa]mt|zweimal abgebucht|"
    r"funktioniert nicht|frechheit",
    "it": r"non [eè] (?:mai )?arrivat|mai arrivat|nessuno rispond|non rispond|rimborso|truffa|"
    r"ancora niente|vergogna|addebitat\w* due volte|non funziona",
}
_GRIEVANCE_RE: Final = {k: re.compile(v) for k, v in _GRIEVANCE.items()}
_OFFER: Final = re.compile(
    r"\b(?:(?:back )?in stock|restock\w*|out of stock|available|availability|ship(?:ping)? to|"
    r"deliver(?:y)? to|do you (?:have|sell|stock|carry|make|offer)|sizes?|colou?rs?|"
    r"open(?:ing)? (?:hours|times)|when (?:do|does|will|is|are) [\w ]{0,20}(?:open|close|"
    r"launch|release|restock|coming back|back)|price|how much|coming back|launch\w*|"
    r"release\w*|menu|vegan|gluten)\b"
)
_WORDLESS: Final = re.compile(r"^[\W_]*$")
_PLACEHOLDERS: Final = re.compile(r"@user|http")


@dataclass(frozen=True, slots=True)
class TextFacts:
    """One boolean per message for each fact (see the module docstring)."""

    personal: _BoolArray
    late_failure: _BoolArray
    foreign_grievance: _BoolArray
    angry_emoji_only: _BoolArray
    asks_about_offer: _BoolArray


def _late_failure(normalised: str) -> bool:
    tokens = _TOKEN.findall(normalised)
    solved = [i for i, t in enumerate(tokens) if t in SOLVE_VERBS]
    return bool(solved) and any(t in _FAILURE_AFTER for t in tokens[solved[0] + 1 :])


def _angry_emoji_only(normalised: str) -> bool:
    bare = _PLACEHOLDERS.sub(" ", normalised)
    return (
        bool(_WORDLESS.match(bare))
        and bool(EMOJI_NEGATIVE.search(bare))
        and not EMOJI_POSITIVE.search(bare)
    )


def text_facts(normalised: Sequence[str], languages: Sequence[str]) -> TextFacts:
    """The facts of each normalised text, given its detected language (ISO 639-1)."""
    grievance = [
        lang in _GRIEVANCE_RE and bool(_GRIEVANCE_RE[lang].search(t))
        for t, lang in zip(normalised, languages, strict=True)
    ]
    return TextFacts(
        personal=np.asarray([bool(_FIRST_PERSON.search(t)) for t in normalised], dtype=bool),
        late_failure=np.asarray([_late_failure(t) for t in normalised], dtype=bool),
        foreign_grievance=np.asarray(grievance, dtype=bool),
        angry_emoji_only=np.asarray([_angry_emoji_only(t) for t in normalised], dtype=bool),
        asks_about_offer=np.asarray([bool(_OFFER.search(t)) for t in normalised], dtype=bool),
    )
