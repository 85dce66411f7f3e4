"""What a brand listens for: keyword, phrase, hashtag and exclusion matching; heard replies."""

from __future__ import annotations

import pytest

from followback.inbox.listening import (
    HEARD_WEIGHT,
    ListenRule,
    check_heard_reply,
    heard_priority,
    x_reply_intent_url,
)

RULE = ListenRule.of(
    keywords=["Acme Outdoors", "acme tent", "akme"],
    hashtags=["#AcmeFail", "acmeoutdoors"],
    exclude=["acme corp"],
)


@pytest.mark.parametrize(
    "text",
    [
        "Just bought gear from acme outdoors, the zip broke",
        "My ACME   TENT leaked all night",
        "akme is a joke",  # a misspelling the brand listens for
        "never again #acmefail",
        "Café trip with Acme Outdoors!",
    ],
)
def test_matches(text: str) -> None:
    assert RULE.matches(text)


@pytest.mark.parametrize(
    "text",
    [
        "acme tents are fine",  # "acme tent" must be whole words
        "Acme Corp posted results; acme outdoors unaffected",  # excluded phrase wins
        "I love hiking",
        "akmeister",
        "mail me at x#acmefail",  # not a hashtag inside a word
    ],
)
def test_does_not_match(text: str) -> None:
    assert not RULE.matches(text)


def test_platform_tags_count_even_when_not_in_the_text() -> None:
    assert RULE.matches("look at this", tags=["AcmeOutdoors"])


def test_rule_cleaning_and_bad_tags() -> None:
    rule = ListenRule.of(keywords=["  acme  ", "acme", ""], hashtags=["#x_1"])
    assert rule.keywords == ("acme",) and rule.hashtags == ("x_1",)
    assert ListenRule.of().empty and not rule.empty
    with pytest.raises(ValueError, match="hashtag 'bad tag'"):
        ListenRule.of(hashtags=["bad tag"])


def test_heard_ranks_below_the_same_post_as_a_mention() -> None:
    assert heard_priority(80.0) == pytest.approx(80.0 * HEARD_WEIGHT)
    assert heard_priority(80.0) < 80.0 and heard_priority(-1) == 0.0


def test_heard_replies_are_by_a_person_once_and_never_by_api_on_x() -> None:
    auto = check_heard_reply(
        platform="bluesky", post_id="1", sent_by_person=False, earlier_replies=0
    )
    assert not auto.allowed and "automatically" in auto.reason
    x = check_heard_reply(platform="x", post_id="1790", sent_by_person=True, earlier_replies=0)
    assert not x.allowed and x.intent_url == "https://x.com/intent/post?in_reply_to=1790"
    first = check_heard_reply(
        platform="mastodon", post_id="9", sent_by_person=True, earlier_replies=0
    )
    assert first.allowed
    second = check_heard_reply(
        platform="mastodon", post_id="9", sent_by_person=True, earlier_replies=1
    )
    assert not second.allowed and "one public reply" in second.reason
    assert (
        x_reply_intent_url("5", "hi there")
        == "https://x.com/intent/post?in_reply_to=5&text=hi+there"
    )
