"""Which writes the platform rules allow, decided just before the outbox sends (pure).

The outbox calls :func:`check_write` for every write; a write outside a rule raises
:class:`~followback.domain.rulebook.RuleRefusedError` naming the rule and its source, and
nothing is sent. What the check needs travels with the write (its payload, set by the
action that committed it) or comes from facts the platform's own answers showed about the
account (:data:`FACT_X_API_FOLLOW`): never from an assumption.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any
from urllib.parse import urlencode

from followback.domain.decisions import ActionKind
from followback.domain.inbox import MessageKind
from followback.domain.platform import Platform
from followback.domain.rulebook import refusal

__all__ = [
    "FACT_X_ACTIVITY",
    "FACT_X_API_FOLLOW",
    "check_write",
    "fact_from_landed",
    "fact_from_refusal",
    "x_follow_intent_url",
    "x_reply_summoned",
]

# Whether the account's X plan lets the app follow through the API: True after a follow
# landed, False after X answered 403 client-forbidden; absent until X has answered.
FACT_X_API_FOLLOW = "x.api_follow"
# Whether the plan includes the X Activity API (follow events): True once X accepted the
# subscriptions, False after its 403 client-forbidden; absent until X has answered.
FACT_X_ACTIVITY = "x.activity_api"


def fact_from_refusal(rule_key: str) -> str | None:
    """The account fact a platform's refusal under ``rule_key`` shows to be false."""
    facts = {"x.follow_via_api": FACT_X_API_FOLLOW, "x.activity_follow_events": FACT_X_ACTIVITY}
    return facts.get(rule_key)


def fact_from_landed(platform: Platform, kind: ActionKind) -> tuple[str, str] | None:
    """The account fact (and its evidence) a write that landed shows to be true."""
    if platform is Platform.X and kind is ActionKind.FOLLOW:
        return FACT_X_API_FOLLOW, "X accepted POST /2/users/:id/following"
    return None


def x_follow_intent_url(handle: str, user_id: str = "") -> str:
    """X's web intent that opens the follow button for one account, for a person to click."""
    name = handle.strip().lstrip("@")
    query = {"screen_name": name} if name and not name.isdigit() else {"user_id": user_id or name}
    return "https://x.com/intent/follow?" + urlencode(query)


def x_reply_summoned(kind: str, text: str, brand_handle: str, *, is_reply: bool = False) -> bool:
    """Did the author summon the brand, as X's self-serve reply rule asks: an @mention of
    the brand they wrote, or a quote of one of its posts? In a reply, X puts the handles of
    the thread in front of the text by itself; those do not count, so they are skipped."""
    if kind == MessageKind.QUOTE.value:
        return True
    handle = brand_handle.strip().lstrip("@").lower()
    words = [w.strip(".,:;!?()[]\"'").lower() for w in text.split()]
    if is_reply:
        while words and words[0].startswith("@"):
            words.pop(0)  # the reply's automatic prefix
    return bool(handle) and f"@{handle}" in words


def check_write(
    platform: Platform,
    kind: ActionKind,
    payload: Mapping[str, Any],
    facts: Mapping[str, Any],
) -> None:
    """Raise :class:`RuleRefusedError` when the platform's rules do not allow this write."""
    if platform is not Platform.X:
        return
    if kind is ActionKind.FOLLOW and facts.get(FACT_X_API_FOLLOW) is False:
        raise refusal(
            Platform.X,
            "follow_via_api",
            "this account's X plan does not allow following through the API (X said so "
            "when followback tried); a person follows from the intent link",
        )
    if kind is ActionKind.REPLY and payload.get("summoned") is not True:
        raise refusal(
            Platform.X,
            "reply_summoned_only",
            "the post's author did not @mention the brand or quote it; reply from X itself",
        )
    if kind is ActionKind.DM and payload.get("dm_requested") is not True:
        raise refusal(
            Platform.X,
            "dm_needs_request",
            "the person has not written to the brand by DM; ask them to, then answer there",
        )
