"""Assignment rules: which team member takes a new conversation.

Two rules, both deterministic so a retry or a second worker picks the same person:
``round_robin`` (the next agent after the one assigned last, in name order) and
``least_loaded`` (the agent with the fewest open conversations; ties by name).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from enum import StrEnum

from followback.domain.errors import ErrorCode, UserError

__all__ = [
    "AssignmentRule",
    "choose_assignee",
    "least_loaded",
    "reply_lock_refusal",
    "round_robin",
]


class AssignmentRule(StrEnum):
    ROUND_ROBIN = "round_robin"
    LEAST_LOADED = "least_loaded"


def _ordered(agents: Sequence[str]) -> list[str]:
    if not agents:
        raise UserError(
            "no active agent to assign to; add one with `followback team add`", ErrorCode.NOT_FOUND
        )
    return sorted(set(agents))


def round_robin(agents: Sequence[str], last_assigned: str | None) -> str:
    """The agent after ``last_assigned`` in name order (the first when none or unknown)."""
    ordered = _ordered(agents)
    if last_assigned not in ordered:
        return ordered[0]
    return ordered[(ordered.index(last_assigned) + 1) % len(ordered)]


def least_loaded(agents: Sequence[str], open_counts: Mapping[str, int]) -> str:
    """The agent with the fewest open conversations; ties go to the first name."""
    ordered = _ordered(agents)
    return min(ordered, key=lambda name: (open_counts.get(name, 0), name))


def choose_assignee(
    rule: AssignmentRule,
    agents: Sequence[str],
    *,
    last_assigned: str | None = None,
    open_counts: Mapping[str, int] | None = None,
) -> str:
    """Apply ``rule``; raises :class:`UserError` (``not_found``) when there is no agent."""
    if rule is AssignmentRule.ROUND_ROBIN:
        return round_robin(agents, last_assigned)
    return least_loaded(agents, open_counts or {})


def reply_lock_refusal(assignee: str | None, author: str, *, locked: bool) -> str | None:
    """Why ``author`` may not reply when replies are locked to the assignee; None if they
    may (the lock is off, nobody holds the conversation, or they hold it)."""
    if not locked or assignee is None or assignee == author:
        return None
    return (
        f"this conversation is assigned to {assignee}; only {assignee} can reply "
        "(an admin can take it over)"
    )
