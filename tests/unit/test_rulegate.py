"""The outbox's rule gate (pure): which writes X's rules allow."""

from __future__ import annotations

import pytest

from followback.domain import ActionKind, MessageKind, Platform
from followback.domain.rulebook import RuleRefusedError
from followback.engine.rulegate import (
    FACT_X_API_FOLLOW,
    check_write,
    x_follow_intent_url,
    x_reply_summoned,
)
from followback.inbox.handoff import draft_handoff_reply


def test_follows_on_x_are_refused_only_once_x_said_the_plan_forbids_them() -> None:
    check_write(Platform.X, ActionKind.FOLLOW, {}, {})  # not known yet: X will answer
    check_write(Platform.X, ActionKind.FOLLOW, {}, {FACT_X_API_FOLLOW: True})
    with pytest.raises(RuleRefusedError, match=r"x\.follow_via_api"):
        check_write(Platform.X, ActionKind.FOLLOW, {}, {FACT_X_API_FOLLOW: False})
    # Other platforms are not touched by X's rules.
    check_write(Platform.MASTODON, ActionKind.FOLLOW, {}, {FACT_X_API_FOLLOW: False})


@pytest.mark.parametrize(
    ("kind", "payload", "rule"),
    [
        (ActionKind.REPLY, {}, "reply_summoned_only"),
        (ActionKind.REPLY, {"summoned": False}, "reply_summoned_only"),
        (ActionKind.DM, {}, "dm_needs_request"),
        (ActionKind.DM, {"dm_requested": False}, "dm_needs_request"),
    ],
)
def test_x_replies_and_dms_need_a_summons_or_a_request(
    kind: ActionKind, payload: dict[str, bool], rule: str
) -> None:
    with pytest.raises(RuleRefusedError) as err:
        check_write(Platform.X, kind, payload, {})
    assert err.value.rule.name == rule and err.value.rule.source in str(err.value)
    check_write(Platform.BLUESKY, kind, payload, {})


def test_summoned_means_an_explicit_mention_or_a_quote() -> None:
    assert x_reply_summoned(MessageKind.MENTION.value, "hey @AcmeCoffee, help!", "acmecoffee")
    assert x_reply_summoned(MessageKind.QUOTE.value, "look at this", "acmecoffee")
    assert not x_reply_summoned(MessageKind.REPLY.value, "so slow", "acmecoffee")
    assert not x_reply_summoned(MessageKind.HEARD.value, "acmecoffee is slow", "acmecoffee")
    assert not x_reply_summoned(MessageKind.MENTION.value, "@acmecoffeefan hi", "acmecoffee")
    # In a reply X prefixes the thread's handles itself: only a mention they wrote counts.
    prefixed = "@acmecoffee @zoe_a so slow"
    assert not x_reply_summoned(MessageKind.REPLY.value, prefixed, "acmecoffee", is_reply=True)
    written = "@acmecoffee so slow, @acmecoffee please"
    assert x_reply_summoned(MessageKind.REPLY.value, written, "acmecoffee", is_reply=True)
    assert x_reply_summoned(MessageKind.MENTION.value, "@acmecoffee help", "acmecoffee")


def test_follow_intent_links() -> None:
    assert x_follow_intent_url("@zoe_a", "16") == "https://x.com/intent/follow?screen_name=zoe_a"
    assert x_follow_intent_url("16", "16") == "https://x.com/intent/follow?user_id=16"


def test_the_x_hand_off_asks_the_customer_to_write_by_dm() -> None:
    text = draft_handoff_reply("zoe_a", can_dm=True, follow_offered=True, ask_to_write=True)
    assert text.startswith("@zoe_a ") and "send us a direct message" in text
    assert "follow" not in text
