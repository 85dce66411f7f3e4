"""Mastodon's permissions and conventions as rules (limits are in ``limits``).

Checked against docs.joinmastodon.org on the date each rule says: the server's own rules
and character limit (instance API), notification policies (4.3+), follow requests of
locked accounts, and the end of relationships a moderator severed.
"""

from __future__ import annotations

from followback.domain.platform import Platform
from followback.domain.rulebook import Rule

__all__ = ["RULES"]

INSTANCE_URL = "https://docs.joinmastodon.org/entities/Instance/"
RULES_URL = "https://docs.joinmastodon.org/methods/instance/#rules"
POLICY_URL = "https://docs.joinmastodon.org/methods/notifications/#get-policy"
REQUESTS_URL = "https://docs.joinmastodon.org/methods/notifications/#get-requests"
FOLLOW_REQUESTS_URL = "https://docs.joinmastodon.org/methods/follow_requests/"
SEVERED_URL = "https://docs.joinmastodon.org/entities/RelationshipSeveranceEvent/"
GROUPED_URL = "https://docs.joinmastodon.org/methods/grouped_notifications/"
CHECKED = "2026-11-30"

_M = Platform.MASTODON


def _rule(name: str, value: str, source: str, why: str) -> Rule:
    return Rule(_M, name, value, source, CHECKED, why)


RULES: tuple[Rule, ...] = (
    _rule(
        "server_rules_automation",
        "automated following stops where the brand's own server's rules forbid bots or "
        "automation (read from the instance API daily)",
        RULES_URL,
        "each server sets its own rules; decide falls back to review and quotes the rule, "
        "and the dashboard refuses auto mode",
    ),
    _rule(
        "server_max_characters",
        "a reply is at most configuration.statuses.max_characters of the brand's server "
        "(500 on a default Mastodon)",
        INSTANCE_URL,
        "the reply counter and the reply check use the server's own limit",
    ),
    _rule(
        "notification_requests",
        "since 4.3 a notification policy may hold back notifications from strangers, new "
        "accounts and private mentions as requests",
        REQUESTS_URL,
        "followback reads held-back mentions into the inbox and then accepts the request, so "
        "a complaint from a new account is not lost; status shows what the server filters",
    ),
    _rule(
        "follow_requests",
        "a locked account's followers ask first; the brand authorizes or rejects each request",
        FOLLOW_REQUESTS_URL,
        "requests are screened like new followers and a person answers each (audited)",
    ),
    _rule(
        "severed_relationships",
        "a domain block or account suspension by the server's moderators removes the "
        "brand's follows with it and notifies severed_relationships (4.3+)",
        SEVERED_URL,
        "those followers' edges end as severed (a purge), not as unfollows",
    ),
    _rule(
        "grouped_notifications",
        "grouped notifications (v2, 4.3+) carry sample accounts per group; grouped_types "
        "limits which types are grouped (default favourite, follow, reblog), the others come "
        "as single-notification groups",
        GROUPED_URL,
        "followback reads v2 with grouped_types favourite and reblog, so every follow and "
        "mention is its own group with its account; v1 where the instance is older than 4.3 "
        "or not Mastodon (snac), or v2 answers 404 or without notification_groups "
        "(remembered per connector)",
    ),
)
