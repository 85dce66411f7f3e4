"""Hand-off rules: no unsolicited DM, one automated reply, DMs need the platform's consent."""

from __future__ import annotations

from followback.inbox.handoff import (
    check_automated_reply,
    check_dm,
    dm_possibility,
    draft_handoff_reply,
)

MUTUAL = {"brand_follows": True, "follows_brand": True, "platform_can_dm": True}


def test_dm_needs_a_platform_with_dms() -> None:
    check = dm_possibility(platform_dms=False, **MUTUAL)
    assert not check.allowed and "no private messages" in check.reason


def test_dm_without_mutual_follow_says_which_side_is_missing() -> None:
    no_follow = dm_possibility(
        platform_dms=True, brand_follows=False, follows_brand=True, platform_can_dm=False
    )
    no_follower = dm_possibility(
        platform_dms=True, brand_follows=True, follows_brand=False, platform_can_dm=False
    )
    assert not no_follow.allowed and "brand does not follow" in no_follow.reason
    assert not no_follower.allowed and "customer does not follow" in no_follower.reason


def test_the_platform_has_the_last_word_on_message_settings() -> None:
    closed = dm_possibility(
        platform_dms=True, brand_follows=True, follows_brand=True, platform_can_dm=False
    )
    assert not closed.allowed and "settings" in closed.reason
    assert dm_possibility(platform_dms=True, **MUTUAL).allowed


def test_no_unsolicited_dm_even_when_possible() -> None:
    possible = dm_possibility(platform_dms=True, **MUTUAL)
    unsolicited = check_dm(sent_by_person=True, customer_wrote_first=False, possible=possible)
    automatic = check_dm(sent_by_person=False, customer_wrote_first=True, possible=possible)
    allowed = check_dm(sent_by_person=True, customer_wrote_first=True, possible=possible)
    assert not unsolicited.allowed and "unsolicited" in unsolicited.reason
    assert not automatic.allowed and "person" in automatic.reason
    assert allowed.allowed


def test_at_most_one_automated_reply_per_conversation() -> None:
    assert check_automated_reply(0).allowed
    assert not check_automated_reply(1).allowed


def test_draft_invites_to_private_and_mentions_the_follow_when_offered() -> None:
    offered = draft_handoff_reply("ana", can_dm=False, follow_offered=True)
    direct = draft_handoff_reply("@ana", can_dm=True, follow_offered=False)
    assert offered.startswith("@ana Sorry to hear this.") and "follow" in offered
    assert direct.startswith("@ana ") and "private message" in direct and "follow" not in direct
    assert "Thanks for reaching out" in draft_handoff_reply(
        "ana", can_dm=True, follow_offered=False, is_complaint=False
    )


def test_draft_without_dm_or_follow_still_invites_to_private() -> None:
    text = draft_handoff_reply("ana", can_dm=False, follow_offered=False)
    assert "private message" in text and "follow" not in text
