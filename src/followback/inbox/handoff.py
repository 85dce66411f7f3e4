"""Public → private hand-off rules.

An angry public thread is better continued in private. The rules here decide what the brand
may do, and they are deliberately strict:

* the public reply that invites the customer to a private message is drafted once, and a
  conversation gets **at most one automated reply** (a drafted reply counts as automated,
  even when a person presses send);
* a private message is possible only when the platform offers DMs and the customer's
  settings allow it (on most platforms: a mutual follow);
* a DM is **never unsolicited** (X's rules forbid it): a person must send it, and the
  customer must have written to the brand first (in private, or publicly in this thread).
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = [
    "MAX_AUTOMATED_REPLIES",
    "DmCheck",
    "check_automated_reply",
    "check_dm",
    "dm_from_availability",
    "dm_possibility",
    "draft_handoff_reply",
]

MAX_AUTOMATED_REPLIES = 1


@dataclass(frozen=True, slots=True)
class DmCheck:
    """Whether something DM-related is allowed, and if not, why (a sentence for people)."""

    allowed: bool
    reason: str
    # What the customer must do for a private message to become possible, in words the
    # public reply can use ("follow @brand so we can message you"); empty when nothing.
    customer_step: str = ""


def dm_possibility(
    *, platform_dms: bool, brand_follows: bool, follows_brand: bool, platform_can_dm: bool
) -> DmCheck:
    """Whether a private message to the customer is possible now.

    ``platform_can_dm`` is the platform's own answer (it knows the customer's DM settings);
    where it is False we explain the most likely missing piece.
    """
    if not platform_dms:
        return DmCheck(False, "this platform offers no private messages to followback")
    if platform_can_dm:
        return DmCheck(True, "a private message is possible")
    if not brand_follows and not follows_brand:
        return DmCheck(False, "needs a mutual follow: neither account follows the other")
    if not brand_follows:
        return DmCheck(False, "needs a mutual follow: the brand does not follow the customer")
    if not follows_brand:
        return DmCheck(False, "needs a mutual follow: the customer does not follow the brand")
    return DmCheck(False, "the customer's message settings do not allow it")


def dm_from_availability(
    *,
    can_dm: bool,
    allow_incoming: str,
    follows_brand: bool,
    brand_access: bool,
    brand_handle: str,
) -> DmCheck:
    """Whether a chat can open, from the platform's own answer (Bluesky's chat service),
    with the plain step the customer must take when it cannot.

    Bluesky's chat declaration (``allowIncoming``) is ``following`` by default: the
    customer accepts messages only from accounts they follow, so the step is to follow the
    brand; ``none`` accepts nobody until they change their chat settings.
    """
    brand = brand_handle if brand_handle.startswith("@") else f"@{brand_handle}"
    if not brand_access:
        return DmCheck(
            False,
            "the brand's app password has no DM access: create one with "
            "'Allow access to your direct messages' and connect again",
        )
    if can_dm:
        return DmCheck(True, "a private message is possible")
    if allow_incoming == "none":
        return DmCheck(
            False,
            "the customer's chat settings accept messages from nobody",
            f"allow messages in your chat settings and follow {brand} so we can message you",
        )
    if allow_incoming == "following" and not follows_brand:
        return DmCheck(
            False,
            "the customer accepts messages only from accounts they follow, and does not "
            "follow the brand",
            f"follow {brand} so we can message you",
        )
    return DmCheck(False, "the platform says a chat cannot open (a block or a chat setting)")


def check_automated_reply(automated_replies_so_far: int) -> DmCheck:
    """At most one automated (drafted) reply per conversation."""
    if automated_replies_so_far >= MAX_AUTOMATED_REPLIES:
        return DmCheck(False, "this conversation already had its one automated reply")
    return DmCheck(True, "no automated reply yet")


def check_dm(*, sent_by_person: bool, customer_wrote_first: bool, possible: DmCheck) -> DmCheck:
    """Whether a DM may be sent: by a person, to a customer who wrote first, when possible."""
    if not sent_by_person:
        return DmCheck(False, "private messages are only sent by a person, never automatically")
    if not customer_wrote_first:
        return DmCheck(False, "the customer has not written to the brand: no unsolicited DMs")
    return possible


def draft_handoff_reply(
    customer_handle: str,
    *,
    can_dm: bool,
    follow_offered: bool,
    is_complaint: bool = True,
    customer_step: str = "",
    ask_to_write: bool = False,
) -> str:
    """The one public reply that invites the customer to continue in private.

    It names no order details (the point is to take them out of public view) and says how
    the customer can reach the brand privately, given what is possible now.
    ``ask_to_write``: the brand may answer privately only after the customer wrote by DM
    (X's rule on automated DMs), so the reply asks them to write first.
    """
    handle = customer_handle if customer_handle.startswith("@") else f"@{customer_handle}"
    opening = "Sorry to hear this" if is_complaint else "Thanks for reaching out"
    if ask_to_write:
        how = "please send us a direct message (DM) with the details; we'll answer you there."
    elif can_dm:
        how = "please send us a private message with the details and we'll sort it out."
    elif customer_step:
        # The platform said what stands in the way, and only the customer can change it.
        how = f"please {customer_step}, then we can sort it out in private."
    elif follow_offered:
        # The follow-back waits for a person's approval, so promise it, don't claim it.
        how = (
            "we'll follow you so we can talk in private; once we follow each other, "
            "send us a message with the details and we'll sort it out."
        )
    else:
        how = "please send us a private message with the details and we'll sort it out."
    return f"{handle} {opening}. We'd like to help: {how}"
