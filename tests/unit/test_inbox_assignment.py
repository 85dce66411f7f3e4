"""Assignment rules are deterministic: round-robin by name, least-loaded with name ties."""

from __future__ import annotations

import pytest

from followback.domain import UserError
from followback.inbox.assignment import AssignmentRule, choose_assignee, least_loaded, round_robin


def test_round_robin_takes_the_next_agent_in_name_order_and_wraps() -> None:
    agents = ["cai", "ana", "bo"]
    assert round_robin(agents, None) == "ana"
    assert round_robin(agents, "ana") == "bo"
    assert round_robin(agents, "cai") == "ana"
    assert round_robin(agents, "someone who left") == "ana"


def test_least_loaded_picks_fewest_open_with_ties_by_name() -> None:
    assert least_loaded(["ana", "bo", "cai"], {"ana": 3, "bo": 1, "cai": 1}) == "bo"
    assert least_loaded(["ana", "bo"], {}) == "ana"


def test_choose_assignee_applies_the_rule() -> None:
    agents = ["ana", "bo"]
    assert choose_assignee(AssignmentRule.ROUND_ROBIN, agents, last_assigned="ana") == "bo"
    assert (
        choose_assignee(AssignmentRule.LEAST_LOADED, agents, open_counts={"ana": 0, "bo": 2})
        == "ana"
    )


def test_no_agents_is_a_clear_error() -> None:
    with pytest.raises(UserError, match="no active agent"):
        round_robin([], None)


def test_replies_locked_to_the_assignee_refuse_everyone_else() -> None:
    from followback.inbox.assignment import reply_lock_refusal

    assert reply_lock_refusal("gus", "ada", locked=False) is None
    assert reply_lock_refusal(None, "ada", locked=True) is None  # nobody holds it
    assert reply_lock_refusal("ada", "ada", locked=True) is None
    refusal = reply_lock_refusal("gus", "ada", locked=True)
    assert refusal is not None and "assigned to gus; only gus can reply" in refusal
