"""A follow-up to a complaint the brand has not answered yet is itself a complaint.

Follow-ups often name no symptom ("?", "any thoughts?", "order 4471", "hello @acme"): read
alone, the classifier files them as questions or chatter, below the complaint they chase.
The caller knows the thread (:meth:`followback.store.inbox.InboxRepo.awaits_answer_to_complaint`);
this module decides, purely, from the classification, the text and that one fact.

Not lifted: praise and thanks, a positive message, and one that settles the matter ("never
mind, found it", "all sorted now", "it works now"): those end the wait rather than chase it.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Final

from followback.inbox.classify import RULE_HIGH, Classification
from followback.inbox.features import normalise_text

__all__ = ["FOLLOW_UP_REASON", "follow_up", "reads_as_chase"]

FOLLOW_UP_REASON: Final = "follows up an unanswered complaint"
_SETTLED: Final = re.compile(
    r"\b(?:thanks?|thank (?:you|u)|thx|ty|cheers|never ?mind|nvm|found it|no worries|all good|"
    r"sorted|fixed|resolved|solved|works? now|working (?:now|again|fine)|that worked|"
    r"ignore (?:that|this|me|my)|my bad|figured it out|all set|got it now)\b"
)


# Outside the complaint's own thread, only a message that chases and says nothing else is a
# follow-up of it: a nudge made only of nudging words ("hello??", "any update?", "bump",
# "still waiting") or one that names the customer's case ("order 4471", "ticket 55120"). A
# short new question of the same customer ("do you ship to Portugal?") is a new question.
_NUDGE_WORDS: Final = frozenset((
    "hello", "helloo", "hellooo", "hi", "hey", "any", "anyone", "anybody", "there", "update",
    "updates", "news", "word", "answer", "reply", "response", "yet", "still", "waiting",
    "nothing", "bump", "ping", "please", "again", "guys", "team", "so", "um", "hmm", "hola",
    "alo", "hallo", "allo", "bonjour", "ciao", "ola", "olá", "oi",
))  # fmt: skip
_CASE_REF: Final = re.compile(
    r"\b(?:order|ticket|case|booking|reservation|claim|ref(?:erence)?|parcel|invoice)\s*"
    r"(?:no\.?|number|#)?\s*#?\d{3,}\b"
)
_NOT_WORDS: Final = re.compile(r"(?:@[\w.-]+|https?://\S+)")


def reads_as_chase(text: str) -> bool:
    """Whether ``text`` could chase an earlier message from outside its thread: nothing
    but nudging words (or only question marks), besides mentions and links, or a case
    number."""
    plain = normalise_text(_NOT_WORDS.sub(" ", text))
    words = re.findall(r"\w+", plain)
    if not words:
        return "?" in plain  # "???" chases; "😍🔥" does not
    return all(w in _NUDGE_WORDS for w in words) or bool(_CASE_REF.search(plain))


def follow_up(c: Classification, text: str, unanswered_complaint: bool) -> Classification:
    """``c`` as a complaint (score at least ``RULE_HIGH``, needs a response, the reason
    "follows up an unanswered complaint" first) when ``text`` follows up a complaint nobody
    has answered yet and neither praises nor settles it; otherwise ``c`` unchanged."""
    if not unanswered_complaint or c.is_complaint:
        return c
    if c.intent == "praise" or c.sentiment == "positive":
        return c
    if _SETTLED.search(normalise_text(text)):
        return c
    return replace(
        c,
        complaint_score=max(c.complaint_score, RULE_HIGH),
        is_complaint=True,
        intent="complaint",
        needs_response=True,
        reasons=(FOLLOW_UP_REASON, *c.reasons)[:3],
    )
