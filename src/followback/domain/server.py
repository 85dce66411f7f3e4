"""What a brand's own server says about itself (Mastodon): its rules, limits and filters.

A Mastodon server publishes its character limit (``configuration.statuses.max_characters``
in the instance API), its rules (``/api/v1/instance/rules``, also in the instance entity),
and, since 4.3, the brand account's notification policy (``/api/v2/notifications/policy``),
which can hold back notifications from new accounts, strangers and private mentions as
"requests". followback reads these (``ServerFacts``), keeps them with the account, shows
them, and obeys them: replies are counted against the server's own limit, and automated
following stops when a server rule forbids bots or automation (pure logic here).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from followback.domain.rules import Capabilities

__all__ = [
    "MASTODON_INSTANCE_URL",
    "MASTODON_POLICY_URL",
    "MASTODON_RULES_URL",
    "ServerFacts",
    "Severance",
    "apply_server_facts",
    "automation_rules",
    "severed_by",
]

MASTODON_INSTANCE_URL = "https://docs.joinmastodon.org/entities/Instance/"
MASTODON_RULES_URL = "https://docs.joinmastodon.org/methods/instance/#rules"
MASTODON_POLICY_URL = "https://docs.joinmastodon.org/entities/NotificationPolicy/"

# A rule about automation: names bots, automation or scripted/mass following ...
_AUTOMATION = re.compile(
    r"\b(bots?|automat\w*|scripted|auto[- ]?follow\w*|mass[- ]follow\w*|follow[- ]?backs?|"
    r"follow[- ]for[- ]follow|follow churn\w*)\b",
    re.I,
)
# ... and forbids it, rather than only asking bots to say so ("bots must be marked").
_FORBIDS = re.compile(
    r"\b(no|not|never|don'?t|do not|forbidden|prohibited|banned|disallowed|isn'?t allowed|"
    r"aren'?t allowed|are not allowed|is not allowed|not permitted|without (?:prior )?"
    r"(?:permission|approval))\b",
    re.I,
)
_ONLY_LABEL = re.compile(r"\b(must|should|need to|has to|have to) be (marked|flagged|labell?ed)\b")


def automation_rules(rules: Iterable[str]) -> tuple[str, ...]:
    """The server rules that forbid bots or automated (mass) following, in their words.

    A rule that only asks automated accounts to mark themselves as bots does not forbid
    them. Matching words is a judgement call: the rules are shown to a person either way.
    """
    out = []
    for rule in rules:
        text = " ".join(rule.split())
        if not _AUTOMATION.search(text) or not _FORBIDS.search(text):
            continue
        if _ONLY_LABEL.search(text.lower()) and not re.search(r"\bno bots?\b", text, re.I):
            continue
        out.append(text)
    return tuple(out)


@dataclass(frozen=True, slots=True)
class ServerFacts:
    """What the brand's server said about itself when last asked.

    ``notification_filters`` lists what the account's notification policy holds back
    (``for_new_accounts`` ...), ``()`` when it filters nothing and ``None`` when the server
    has no notification policy API (before Mastodon 4.3; snac). ``pending_requests`` is the
    number of filtered notification requests waiting, as the policy's summary says.
    """

    checked_at: datetime
    server: str = ""
    version: str = ""
    max_characters: int | None = None
    rules: tuple[str, ...] = ()
    notification_filters: tuple[str, ...] | None = None
    pending_requests: int = 0
    extra: Mapping[str, str] = field(default_factory=dict)

    @property
    def forbidding_automation(self) -> tuple[str, ...]:
        return automation_rules(self.rules)

    @property
    def rules_url(self) -> str:
        """Where a person reads the rules themselves (the server's about page)."""
        return f"{self.server.rstrip('/')}/about" if self.server else MASTODON_RULES_URL

    def as_json(self) -> dict[str, Any]:
        return {
            "checked_at": self.checked_at.isoformat(),
            "server": self.server,
            "version": self.version,
            "max_characters": self.max_characters,
            "rules": list(self.rules),
            "notification_filters": (
                None if self.notification_filters is None else list(self.notification_filters)
            ),
            "pending_requests": self.pending_requests,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> ServerFacts:
        filters = data.get("notification_filters")
        chars = data.get("max_characters")
        return cls(
            checked_at=datetime.fromisoformat(str(data["checked_at"])),
            server=str(data.get("server") or ""),
            version=str(data.get("version") or ""),
            max_characters=int(chars) if isinstance(chars, int) else None,
            rules=tuple(str(r) for r in data.get("rules") or ()),
            notification_filters=None if filters is None else tuple(str(f) for f in filters),
            pending_requests=int(data.get("pending_requests") or 0),
        )


def apply_server_facts(caps: Capabilities, facts: ServerFacts | None) -> Capabilities:
    """``caps`` narrowed by the server's own rules: no automated following where a rule
    forbids bots or automation (the first such rule is kept in ``extra`` to be quoted)."""
    if facts is None:
        return caps
    forbidding = facts.forbidding_automation
    if not forbidding or not caps.automated_follow_allowed:
        return caps
    extra = {
        **caps.extra,
        "automation_forbidden_by": forbidding[0],
        "automation_rule_source": facts.rules_url,
    }
    return replace(caps, automated_follow_allowed=False, extra=extra)


@dataclass(frozen=True, slots=True)
class Severance:
    """A relationship-severance event (Mastodon 4.3, ``severed_relationships``): the
    server's moderators blocked a domain or suspended an account, and the brand's follows
    with it were removed. ``kind``: ``domain_block``, ``user_domain_block`` or
    ``account_suspension``; ``target``: the domain, or the suspended account's acct."""

    kind: str
    target: str
    at: datetime


def severed_by(handle: str, severances: Iterable[Severance]) -> bool:
    """Whether ``handle`` (``user@domain``) lost its relationship with the brand to one of
    ``severances`` (its domain, or a parent domain, blocked; or the account suspended)."""
    acct = handle.strip().lstrip("@").lower()
    domain = acct.rsplit("@", 1)[-1] if "@" in acct else ""
    for event in severances:
        target = event.target.strip().lstrip("@").lower()
        if event.kind == "account_suspension" and target == acct:
            return True
        if (
            event.kind != "account_suspension"
            and domain
            and (domain == target or domain.endswith("." + target))
        ):
            return True
    return False
