"""Auto-assignment rules: pools by platform, language, complaint and keywords; round-robin
that skips agents at capacity."""

from __future__ import annotations

from followback.inbox.routing import ConversationFacts, RoutingRule, choose_agent, pool_for

AGENTS = ["ana", "bo", "cy", "dee"]


def _facts(**kw: object) -> ConversationFacts:
    base = {"platform": "x", "language": "en", "is_complaint": False, "text": "hello"}
    base.update(kw)
    return ConversationFacts(**base)  # type: ignore[arg-type]


def test_the_first_matching_rule_chooses_the_pool() -> None:
    rules = [
        RoutingRule(("cy",), complaint=True),
        RoutingRule(("bo", "dee"), language="es"),
        RoutingRule(("ana",), keywords=("refund", "invoice")),
    ]
    assert pool_for(rules, _facts(is_complaint=True, language="es"), AGENTS) == ["cy"]
    assert pool_for(rules, _facts(language="es"), AGENTS) == ["bo", "dee"]
    assert pool_for(rules, _facts(text="Where is my REFUND?"), AGENTS) == ["ana"]
    assert pool_for(rules, _facts(), AGENTS) == AGENTS  # no rule: everyone
    # A rule whose agents all left falls through to the next.
    assert pool_for([RoutingRule(("zed",)), *rules], _facts(language="es"), AGENTS) == [
        "bo",
        "dee",
    ]


def test_round_robin_skips_agents_at_capacity() -> None:
    counts = {"ana": 3, "bo": 1, "cy": 3}
    assert (
        choose_agent(["ana", "bo", "cy"], open_counts=counts, capacity=3, last_assigned="ana")
        == "bo"
    )
    assert (
        choose_agent(["ana", "bo", "cy"], open_counts=counts, capacity=3, last_assigned="bo")
        == "bo"
    )
    assert choose_agent(["ana", "cy"], open_counts=counts, capacity=3, last_assigned=None) is None
    assert choose_agent(["ana", "cy"], open_counts=counts, capacity=0, last_assigned="ana") == "cy"
