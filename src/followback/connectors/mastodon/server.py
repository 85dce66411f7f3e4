"""Mastodon payloads about the server and its queues -> followback objects.

- the instance entity (v2, else v1 as snac serves it): version, the character limit
  (``configuration.statuses.max_characters``) and the rules;
- the notification policy (``/api/v2/notifications/policy``, Mastodon 4.3+): which kinds
  of notification it holds back as requests, and how many requests wait;
- notification requests (``/api/v1/notifications/requests``): one per account whose
  notifications were held back, with its latest status;
- follow requests (``/api/v1/follow_requests``): accounts asking to follow a locked brand.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from followback.connectors.errors import MalformedPayloadError
from followback.connectors.payload import opt_datetime, opt_int, opt_str, req_mapping, req_str
from followback.domain.server import ServerFacts, Severance

__all__ = [
    "POLICY_FIELDS",
    "NotificationRequest",
    "instance_facts",
    "map_notification_request",
    "map_severance",
    "policy_filters",
]

# NotificationPolicy (v2) fields and what each holds back, in words for a person.
POLICY_FIELDS = {
    "for_not_following": "accounts the brand does not follow",
    "for_not_followers": "accounts that do not follow the brand",
    "for_new_accounts": "accounts created in the past 30 days",
    "for_private_mentions": "unsolicited private mentions",
    "for_limited_accounts": "accounts limited by the server's moderators",
}


@dataclass(frozen=True, slots=True)
class NotificationRequest:
    """Notifications from one account that the server held back (filtered)."""

    id: str
    account_id: str
    handle: str
    notifications_count: int
    last_status: Mapping[str, Any] | None


def _rules(info: Mapping[str, Any]) -> tuple[str, ...]:
    out = []
    for rule in info.get("rules") or ():
        text = opt_str(rule, "text") if isinstance(rule, Mapping) else str(rule)
        hint = opt_str(rule, "hint") if isinstance(rule, Mapping) else ""
        if text:
            out.append(f"{text} ({hint})" if hint else text)
    return tuple(out)


def instance_facts(info: Mapping[str, Any], server: str, checked_at: datetime) -> ServerFacts:
    """Version, character limit and rules from an instance entity (v1 or v2)."""
    config = info.get("configuration")
    statuses = config.get("statuses") if isinstance(config, Mapping) else None
    chars = opt_int(statuses, "max_characters") if isinstance(statuses, Mapping) else None
    # Mastodon < 4 and some forks put the limit at the top level instead.
    chars = chars or opt_int(info, "max_toot_chars") or None
    return ServerFacts(
        checked_at=checked_at,
        server=server,
        version=opt_str(info, "version"),
        max_characters=chars,
        rules=_rules(info),
    )


def policy_filters(policy: Mapping[str, Any]) -> tuple[tuple[str, ...], int]:
    """What a v2 notification policy holds back (``filter`` or ``drop``), and how many
    notification requests wait (its ``summary``)."""
    held = tuple(
        f"{words} ({policy[name]})"
        for name, words in POLICY_FIELDS.items()
        if str(policy.get(name, "accept")) in ("filter", "drop")
    )
    summary = policy.get("summary")
    pending = opt_int(summary, "pending_requests_count") if isinstance(summary, Mapping) else None
    return held, int(pending or 0)


def map_notification_request(item: Mapping[str, Any]) -> NotificationRequest:
    where = "mastodon notification request"
    account = req_mapping(item, "account", where)
    last = item.get("last_status")
    return NotificationRequest(
        id=req_str(item, "id", where),
        account_id=req_str(account, "id", where),
        handle=opt_str(account, "acct"),
        notifications_count=int(opt_int(item, "notifications_count") or 0),
        last_status=last if isinstance(last, Mapping) else None,
    )


def map_severance(event: Mapping[str, Any]) -> Severance:
    """A ``RelationshipSeveranceEvent`` (``type``, ``target_name``, ``created_at``)."""
    kind, target = opt_str(event, "type"), opt_str(event, "target_name")
    at = opt_datetime(event, "created_at")
    if not kind or not target or at is None:
        raise MalformedPayloadError("mastodon severed_relationships: type, target or date missing")
    return Severance(kind, target, at)
