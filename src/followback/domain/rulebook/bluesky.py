"""Bluesky's permissions and conventions as rules (limits are in ``limits``).

Checked against docs.bsky.app on the date each rule says: DM eligibility (the chat
declaration and the chat service's availability check), the app password's DM access,
and labels from subscribed labelers.
"""

from __future__ import annotations

from followback.domain.platform import Platform
from followback.domain.rulebook import OWN_SOURCE, Rule

__all__ = ["AVAILABILITY_URL", "LABELERS_URL", "RULES"]

AVAILABILITY_URL = "https://docs.bsky.app/docs/api/chat-bsky-convo-get-convo-availability"
# The chat declaration's values (allowIncoming: all, none, following) as the API shows them.
DECLARATION_URL = "https://docs.bsky.app/docs/api/chat-bsky-convo-list-convos"
LABELERS_URL = "https://docs.bsky.app/docs/advanced-guides/moderation"
# The transition:chat.bsky scope: the OAuth equivalent of an app password's "DM access".
APP_PASSWORDS_URL = "https://atproto.com/specs/oauth"
CHECKED = "2026-11-30"

_B = Platform.BLUESKY


def _rule(name: str, value: str, source: str, why: str) -> Rule:
    return Rule(_B, name, value, source, CHECKED, why)


RULES: tuple[Rule, ...] = (
    _rule(
        "dm_allow_incoming",
        "a chat opens only where the recipient's chat declaration allows it: all, following "
        "(the default: only accounts they follow) or none",
        DECLARATION_URL,
        "the hand-off tells the customer the step that opens a chat (follow the brand, or "
        "allow messages in their chat settings) instead of promising a DM that cannot arrive",
    ),
    _rule(
        "dm_availability_check",
        "chat.bsky.convo.getConvoAvailability answers canChat for the brand and one account",
        AVAILABILITY_URL,
        "asked before every DM hand-off and DM: the chat service's own answer, not a guess "
        "from follows",
    ),
    _rule(
        "dm_app_password_access",
        "chat.bsky.* goes through the PDS's chat proxy and needs an app password created "
        "with direct-message access",
        APP_PASSWORDS_URL,
        "`connect bluesky` checks it with one chat read and says when DMs cannot be read "
        "or answered",
    ),
    _rule(
        "labelers_header",
        "labels from Bluesky's moderation service and from the labelers the brand subscribes "
        "to, asked for in the atproto-accept-labelers header",
        LABELERS_URL,
        "screening reads them with the profile; the platform's own service stays in the "
        "header so naming other labelers does not drop its labels",
    ),
    _rule(
        "automated_follow",
        "a person approves follow-backs (review)",
        OWN_SOURCE,
        "Bluesky publishes no rule on automated follow-back; its rate-limit guide names bots "
        "that follow every account as what the write limits constrain, so followback keeps "
        "a person in the loop",
    ),
)
