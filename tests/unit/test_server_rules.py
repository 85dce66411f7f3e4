"""A server's own rules (Mastodon): which forbid bots or automated following (pure)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest

from followback.domain import DEFAULT_CAPABILITIES, FollowMode, Platform
from followback.domain.server import ServerFacts, apply_server_facts, automation_rules
from followback.engine.planner import effective_mode

NOW = datetime(2026, 11, 30, tzinfo=UTC)


@pytest.mark.parametrize(
    "rule",
    [
        "No bots",
        "No bots, automated posting or mass following without approval from the admins",
        "Automated accounts are not allowed",
        "Do not use scripts or automation to follow people",
        "Follow-back schemes and follow-for-follow are prohibited",
        "No mass-following or follow churning",
    ],
)
def test_rules_that_forbid_automation(rule: str) -> None:
    assert automation_rules([rule]) == (rule,)


@pytest.mark.parametrize(
    "rule",
    [
        "Bots must be marked as bots in their profile settings",
        "Automated accounts should be flagged as such",
        "No racism, sexism, homophobia or transphobia",
        "Be kind. Do not harass other people",
        "Bots are welcome",
    ],
)
def test_rules_that_do_not(rule: str) -> None:
    assert automation_rules([rule]) == ()


def test_a_forbidding_rule_turns_automated_following_off_and_is_quoted() -> None:
    caps = DEFAULT_CAPABILITIES[Platform.MASTODON]
    facts = ServerFacts(NOW, server="https://social.example", rules=("Be kind", "No bots"))
    narrowed = apply_server_facts(caps, facts)
    assert not narrowed.automated_follow_allowed
    assert narrowed.extra["automation_forbidden_by"] == "No bots"
    assert narrowed.extra["automation_rule_source"] == "https://social.example/about"
    assert effective_mode(FollowMode.AUTO, narrowed) is FollowMode.REVIEW
    assert apply_server_facts(caps, None) is caps
    assert apply_server_facts(caps, replace(facts, rules=("Be kind",))) is caps


def test_facts_round_trip_through_storage_form() -> None:
    facts = ServerFacts(NOW, "https://s.example", "4.3.2", 1000, ("No bots",), ("x (filter)",), 3)
    assert ServerFacts.from_json(facts.as_json()) == facts
    none = ServerFacts(NOW)
    assert ServerFacts.from_json(none.as_json()).notification_filters is None


def test_severed_by_a_domain_block_or_an_account_suspension() -> None:
    from followback.domain.server import Severance, severed_by

    block = Severance("domain_block", "blocked.example", NOW)
    suspension = Severance("account_suspension", "spam@elsewhere.example", NOW)
    assert severed_by("zoe@blocked.example", [block])
    assert severed_by("@zoe@eu.blocked.example", [block])  # a subdomain of the blocked one
    assert not severed_by("zoe@notblocked.example", [block])
    assert not severed_by("zoe", [block])  # a local account: no domain was blocked
    assert severed_by("spam@elsewhere.example", [suspension])
    assert not severed_by("other@elsewhere.example", [suspension])
