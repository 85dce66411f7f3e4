"""Hand-off rules: no unsolicited DM, one automated reply, DMs need the platform's consent."""

from __future__ import annotations

from followback.inbox.handoff import (
    DmCheck,
    check_automated_reply,
    check_dm,
    dm_from_availability,
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


# -- Bluesky: the chat service's own answer (getConvoAvailability + allowIncoming) ---------
def _availability(**kw: object) -> DmCheck:
    args: dict[str, object] = {
        "can_dm": False,
        "allow_incoming": "following",
        "follows_brand": False,
        "brand_access": True,
        "brand_handle": "acme.bsky.social",
    }
    args.update(kw)
    return dm_from_availability(**args)  # type: ignore[arg-type]


def test_default_chat_setting_asks_the_customer_to_follow_the_brand() -> None:
    check = _availability()
    assert not check.allowed
    assert check.customer_step == "follow @acme.bsky.social so we can message you"
    assert "only from accounts they follow" in check.reason


def test_chat_closed_to_everyone_asks_to_change_the_setting() -> None:
    check = _availability(allow_incoming="none", follows_brand=True)
    assert not check.allowed and "from nobody" in check.reason
    assert check.customer_step.startswith("allow messages in your chat settings")


def test_platform_yes_is_a_yes_and_a_no_without_a_known_cause_names_no_step() -> None:
    assert _availability(can_dm=True).allowed
    blocked = _availability(allow_incoming="all", follows_brand=True)
    assert not blocked.allowed and blocked.customer_step == "" and "block" in blocked.reason


def test_app_password_without_dm_access_is_the_brands_problem_not_the_customers() -> None:
    check = _availability(brand_access=False, can_dm=False)
    assert not check.allowed and "no DM access" in check.reason
    assert check.customer_step == ""


def test_draft_says_plainly_what_the_customer_must_do() -> None:
    step = _availability().customer_step
    text = draft_handoff_reply("ana", can_dm=False, follow_offered=True, customer_step=step)
    assert text == (
        "@ana Sorry to hear this. We'd like to help: please follow @acme.bsky.social so we "
        "can message you, then we can sort it out in private."
    )
