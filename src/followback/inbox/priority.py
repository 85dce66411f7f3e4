"""Order the inbox: one number in [0, 100] per message, complaints first.

The score is a weighted sum of six parts, each scaled to [0, 1] (weights sum to 100):

==========================  ======  ==================================================
part                        weight  why
==========================  ======  ==================================================
complaint score             40      complaints come first: the product promise
severity (complaints only)  15      blame and accusation (3-4) escalate faster than
                                    a mild "no explicit reproach" (1)
negative sentiment          10      an unhappy non-complaint still deserves speed
asks something              10      questions and requests wait on us; praise and
                                    chatter do not
author reach                15      log10 of followers, saturating at 1M: a reply
                                    seen by many matters more, but only a little more
history with the brand      10      repeat complainers (earlier complaints, as a share
                                    of earlier messages and in number) have an open
                                    problem we have not fixed
==========================  ======  ==================================================

So a clear, severe complaint from an unknown first-time author lands around 70-75, the same
from a large account that has complained before near 100, a plain question around 20, and
praise from a small account below 10. The function is monotone: more of any part never
lowers the score.
"""

from __future__ import annotations

import math
from typing import Final

from followback.inbox.classify import Classification

__all__ = ["priority"]

_W_COMPLAINT: Final = 40.0
_W_SEVERITY: Final = 15.0
_W_NEGATIVE: Final = 10.0
_W_ASKS: Final = 10.0
_W_REACH: Final = 15.0
_W_HISTORY: Final = 10.0
_REACH_SATURATION: Final = 6.0  # log10(1,000,000 followers)
_HISTORY_SATURATION: Final = 3  # three earlier complaints count as "always complains"


def priority(
    c: Classification, author_followers: int, prior_messages: int, prior_complaints: int
) -> float:
    """Priority in [0, 100] of a classified message given its author's reach and history.

    ``prior_messages`` and ``prior_complaints`` count the author's earlier messages to the
    brand and how many of them were complaints. Raises ``ValueError`` on negative counts or
    more complaints than messages, which can only come from a caller's bookkeeping bug.
    """
    if author_followers < 0 or prior_messages < 0 or prior_complaints < 0:
        raise ValueError("followers and message counts must be non-negative")
    if prior_complaints > prior_messages:
        raise ValueError("prior_complaints cannot exceed prior_messages")
    score = _clip01(c.complaint_score) if math.isfinite(c.complaint_score) else 0.0
    severity = (min(max(c.severity, 1), 4) - 1) / 3 if c.is_complaint else 0.0
    negative = 1.0 if c.sentiment == "negative" else 0.0
    asks = 1.0 if c.intent in ("complaint", "question", "request") else 0.0
    reach = min(math.log10(1 + author_followers) / _REACH_SATURATION, 1.0)
    history = 0.0
    if prior_complaints:
        share = prior_complaints / prior_messages
        count = min(prior_complaints, _HISTORY_SATURATION) / _HISTORY_SATURATION
        history = (share + count) / 2
    total = (
        _W_COMPLAINT * score
        + _W_SEVERITY * severity
        + _W_NEGATIVE * negative
        + _W_ASKS * asks
        + _W_REACH * reach
        + _W_HISTORY * history
    )
    return round(min(max(total, 0.0), 100.0), 2)


def _clip01(x: float) -> float:
    return min(max(x, 0.0), 1.0)
