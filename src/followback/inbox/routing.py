"""Auto-assignment: rules choose a pool of agents (by platform, language, complaint or
keywords), then round-robin within the pool skips agents already at capacity.

Pure: the caller gives the conversation's facts, each agent's open count and who was
assigned last; a retry with the same inputs picks the same agent.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

__all__ = ["ConversationFacts", "RoutingRule", "choose_agent", "pool_for"]


@dataclass(frozen=True, slots=True)
class RoutingRule:
    """Conversations matching every given condition go to ``agents``."""

    agents: tuple[str, ...]
    platform: str | None = None
    language: str | None = None
    complaint: bool | None = None
    keywords: tuple[str, ...] = field(default_factory=tuple)

    def matches(self, facts: ConversationFacts) -> bool:
        if self.platform and facts.platform != self.platform:
            return False
        if self.language and facts.language != self.language:
            return False
        if self.complaint is not None and facts.is_complaint != self.complaint:
            return False
        if self.keywords:
            text = facts.text.lower()
            return any(k.lower() in text for k in self.keywords)
        return True


@dataclass(frozen=True, slots=True)
class ConversationFacts:
    platform: str
    language: str
    is_complaint: bool
    text: str


def pool_for(
    rules: Sequence[RoutingRule], facts: ConversationFacts, everyone: Sequence[str]
) -> list[str]:
    """The agents of the first matching rule (still active), else every active agent."""
    active = set(everyone)
    for rule in rules:
        if rule.matches(facts):
            pool = sorted(a for a in rule.agents if a in active)
            if pool:
                return pool
    return sorted(active)


def choose_agent(
    pool: Sequence[str],
    *,
    open_counts: Mapping[str, int],
    capacity: int,
    last_assigned: str | None,
) -> str | None:
    """Round-robin after ``last_assigned``, skipping agents at ``capacity`` open
    conversations (0: no limit); None when everyone in the pool is full."""
    ordered = sorted(set(pool))
    if not ordered:
        return None
    start = ordered.index(last_assigned) + 1 if last_assigned in ordered else 0
    for step in range(len(ordered)):
        name = ordered[(start + step) % len(ordered)]
        if capacity <= 0 or open_counts.get(name, 0) < capacity:
            return name
    return None
