"""Golden verdicts: one case per policy rule, with the expected verdict and rule."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from followback.config import PolicySettings
from followback.domain import Platform, Profile, Reason, Verdict
from followback.engine.policy import Policy

NOW = datetime(2026, 11, 20, tzinfo=UTC)


@dataclass(frozen=True)
class Score:
    bot_score: float
    reasons: tuple[Reason, ...] = (Reason("model_feature", "follows 4,000, no posts"),)
    model_version: str = "stub-1"


HUMAN = Profile(
    platform=Platform.MASTODON,
    remote_id="1001",
    handle="ana@example.social",
    observed_at=NOW,
    display_name="Ana Ruiz",
    bio="Cyclist, baker, reads a lot.",
    url="https://ana.example.org",
    followers_count=240,
    following_count=180,
    posts_count=900,
    created_at=NOW - timedelta(days=900),
    language="en",
)

BASE = {
    "blocked_keywords": ["crypto giveaway", "casino"],
    "blocked_regexes": [r"\bdm me for promo\b"],
    "blocked_domains": ["spam.example"],
    "competitor_handles": ["@rivalco"],
    "languages": ["en", "es"],
    "allow": ["@friend"],
    "deny": ["@troll"],
    "min_account_age_days": 30,
    "min_posts": 5,
}

GOLDEN: list[tuple[str, dict[str, Any], float | None, Verdict, str]] = [
    ("deny_list", {"handle": "troll"}, 0.01, Verdict.SKIP, "deny_list"),
    ("allow_list", {"handle": "@Friend", "bio": "#nobot"}, 0.99, Verdict.FOLLOW, "allow_list"),
    ("suspended", {"suspended": True}, 0.01, Verdict.SKIP, "suspended"),
    ("moved", {"moved_to": "ana@new.social"}, 0.01, Verdict.SKIP, "moved"),
    ("opt_out_nobot", {"bio": "Human. #nobot please"}, 0.01, Verdict.SKIP, "opt_out"),
    ("opt_out_noautofollow", {"display_name": "Ana #NoAutoFollow"}, 0.01, Verdict.SKIP, "opt_out"),
    ("bot_flag", {"bot_flag": True}, 0.01, Verdict.SKIP, "bot_flag"),
    ("locked", {"locked": True}, 0.01, Verdict.SKIP, "locked"),
    ("competitor", {"handle": "RivalCo"}, 0.01, Verdict.SKIP, "competitor"),
    ("keyword", {"bio": "Join my CASINO nights"}, 0.01, Verdict.SKIP, "blocked_keyword"),
    ("phrase", {"bio": "huge crypto  giveaway today"}, 0.01, Verdict.SKIP, "blocked_keyword"),
    ("regex", {"display_name": "DM me for promo"}, 0.01, Verdict.SKIP, "blocked_regex"),
    (
        "domain_url",
        {"url": "https://www.shop.spam.example/x"},
        0.01,
        Verdict.SKIP,
        "blocked_domain",
    ),
    ("domain_bio", {"bio": "deals at spam.example/deal"}, 0.01, Verdict.SKIP, "blocked_domain"),
    ("language", {"language": "de"}, 0.01, Verdict.SKIP, "language"),
    ("min_age", {"created_at": NOW - timedelta(days=3)}, 0.01, Verdict.SKIP, "min_account_age"),
    ("min_posts", {"posts_count": 2}, 0.01, Verdict.SKIP, "min_posts"),
    ("age_unknown", {"created_at": None}, 0.01, Verdict.REVIEW, "account_age_unknown"),
    ("screening_follow", {}, 0.10, Verdict.FOLLOW, "screening"),
    ("screening_skip", {}, 0.90, Verdict.SKIP, "screening"),
    ("grey_zone", {}, 0.50, Verdict.REVIEW, "grey_zone"),
    ("not_screened", {}, None, Verdict.REVIEW, "not_screened"),
]


@pytest.mark.parametrize(
    ("case", "changes", "score", "verdict", "rule"), GOLDEN, ids=[g[0] for g in GOLDEN]
)
def test_golden_verdict_per_rule(
    case: str, changes: dict[str, Any], score: float | None, verdict: Verdict, rule: str
) -> None:
    policy = Policy(PolicySettings(**BASE))
    profile = replace(HUMAN, **changes)
    result = policy.evaluate(profile, None if score is None else Score(score), now=NOW)
    assert (result.verdict, result.rule) == (verdict, rule)
    assert result.reasons and all(r.text for r in result.reasons)
    assert result.policy_version == policy.version


def test_every_hard_rule_hit_is_reported() -> None:
    policy = Policy(PolicySettings(**BASE))
    profile = replace(HUMAN, bio="#nobot casino at spam.example", locked=True)
    rules = [r.rule for r in policy.evaluate(profile, Score(0.0), now=NOW).reasons]
    assert rules == ["opt_out", "locked", "blocked_keyword", "blocked_domain"]


def test_keywords_match_whole_words_only() -> None:
    policy = Policy(PolicySettings(blocked_keywords=["casino"]))
    profile = replace(HUMAN, bio="Casinos? No: I study casinoesque architecture")
    assert policy.evaluate(profile, Score(0.1), now=NOW).verdict is Verdict.FOLLOW


def test_unknown_language_and_unlisted_domain_do_not_screen_out() -> None:
    policy = Policy(PolicySettings(**BASE))
    profile = replace(HUMAN, language="", url="https://notspam.example")
    assert policy.evaluate(profile, Score(0.1), now=NOW).verdict is Verdict.FOLLOW


def test_opt_out_and_locked_respected_only_as_configured() -> None:
    policy = Policy(PolicySettings(respect_opt_out=False, follow_locked=True))
    profile = replace(HUMAN, bio="#nobot", bot_flag=True, locked=True)
    assert policy.evaluate(profile, Score(0.1), now=NOW).verdict is Verdict.FOLLOW


def test_skip_by_score_carries_the_models_reasons() -> None:
    result = Policy(PolicySettings()).evaluate(HUMAN, Score(0.95), now=NOW)
    assert [r.rule for r in result.reasons] == ["screening", "model_feature"]


def test_policy_version_changes_with_the_settings() -> None:
    a = Policy(PolicySettings()).version
    b = Policy(PolicySettings(blocked_keywords=["x"])).version
    assert a != b and a.startswith("r1-") and a == Policy(PolicySettings()).version


def test_language_is_detected_in_bio_and_posts_when_none_is_declared() -> None:
    policy = Policy(PolicySettings(**BASE))
    german = replace(
        HUMAN,
        language="",
        bio="Fotografin aus Berlin, liebt Kaffee und Hunde",
        recent_posts=("Heute war ein schöner Tag im Park mit den Kindern",),
    )
    result = policy.evaluate(german, Score(0.1), now=NOW)
    assert result.verdict is Verdict.SKIP
    assert [r.text for r in result.reasons if r.rule == "language"] == [
        "\N{MINUS SIGN} writes in 'de' (detected in bio and posts), not in the brand's languages"
    ]
    spanish = replace(HUMAN, language="", bio="Fotógrafa, viajera y amante del café")
    assert policy.evaluate(spanish, Score(0.1), now=NOW).verdict is Verdict.FOLLOW


def test_too_little_text_to_detect_a_language_does_not_screen_out() -> None:
    policy = Policy(PolicySettings(**BASE))
    for bio in ("hallo", "", "🚲🚲 https://x.example"):
        profile = replace(HUMAN, language="", bio=bio)
        assert policy.evaluate(profile, Score(0.1), now=NOW).verdict is Verdict.FOLLOW


def test_a_language_declared_on_sampled_posts_is_used_and_unknown_asks_for_a_sample() -> None:
    # Bluesky profiles declare no language; posts do (``langs``), and so do Mastodon
    # statuses (``language``) and X posts (``lang``).
    from followback.domain import RecentPost
    from followback.screening.recent import with_recent_posts

    policy = Policy(PolicySettings(**BASE))
    quiet = replace(HUMAN, platform=Platform.BLUESKY, language="", bio="🚲")
    assert policy.needs_language(quiet)
    assert policy.needs_language(replace(quiet, bio="test account for the bikes"))
    assert not policy.needs_language(replace(quiet, language="en"))
    assert not Policy(PolicySettings(**{**BASE, "languages": []})).needs_language(quiet)
    posts = [RecentPost("Bom dia!", language="pt-BR"), RecentPost("Boa noite", language="pt")]
    sampled = with_recent_posts(quiet, [*posts, RecentPost("ok", language="en")])
    assert sampled.recent_language == "pt" and sampled.recent_posts[0] == "Bom dia!"
    assert not policy.needs_language(sampled)  # asked once: a sample is not repeated
    result = policy.evaluate(sampled, Score(0.1), now=NOW)
    assert result.verdict is Verdict.SKIP
    assert [r.text for r in result.reasons if r.rule == "language"] == [
        "\N{MINUS SIGN} writes in 'pt' (declared on its recent posts), not in the brand's languages"
    ]
    mixed = with_recent_posts(quiet, [RecentPost("a", language="pt"), RecentPost("b"),
                                      RecentPost("c", language="en")])  # fmt: skip
    assert mixed.recent_language == ""  # no language on half the posts: not declared


def test_hard_rule_reasons_say_which_way_they_push() -> None:
    # The queue showed "declared as a bot (platform flag)" beside the model's "− no posts"
    # (acceptance rehearsal): every reason is signed.
    policy = Policy(PolicySettings(**{**BASE, "deny": ["denied"]}))
    bot = policy.evaluate(replace(HUMAN, bot_flag=True), Score(0.1), now=NOW)
    assert bot.verdict is Verdict.SKIP
    assert bot.reasons and all(r.text.startswith("\N{MINUS SIGN} ") for r in bot.reasons)
    denied = policy.evaluate(replace(HUMAN, handle="denied"), Score(0.1), now=NOW)
    assert [r.text for r in denied.reasons] == ["\N{MINUS SIGN} on the deny list"]


def test_values_rules_read_the_posts_a_second_look_kept_as_evidence_only() -> None:
    # A clash said in a post is a reason for a person (post_values), never a hard rule:
    # evaluate() still follows on the profile alone (session 15).
    policy = Policy(PolicySettings(**BASE))
    posts = ("Won 200 at the casino last night", "dm me for promo codes")
    profile = replace(HUMAN, recent_posts=posts)
    assert [r.text for r in policy.post_values(profile)] == [
        "− a recent post mentions 'casino'",
        r"− a recent post matches /\bdm me for promo\b/",
    ]
    assert policy.evaluate(profile, Score(0.1), now=NOW).verdict is Verdict.FOLLOW
    assert policy.post_values(HUMAN) == []
    assert policy.post_values(replace(HUMAN, recent_posts=("casinoesque arches",))) == []
