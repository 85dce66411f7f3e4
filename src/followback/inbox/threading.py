"""Threading: which conversation an inbound message belongs to.

A public message belongs to the thread of its root post (the platform's thread root, else the
post it replies to, else itself); a private message belongs to the thread with its DM partner.
The key is stable across polls, so re-reading a message always lands it in the same place.
"""

from __future__ import annotations

from followback.domain.inbox import InboundMessage, MessageKind

__all__ = ["channel_of", "dm_thread_key", "public_thread_key", "thread_key"]


def dm_thread_key(partner_id: str) -> str:
    """The key of the private thread with ``partner_id`` (one per partner, as platforms do)."""
    return f"dm:{partner_id}"


def public_thread_key(root_id: str) -> str:
    """The key of the public thread whose first post is ``root_id``."""
    return f"post:{root_id}"


def thread_key(message: InboundMessage) -> str:
    """The conversation key of ``message``: root post for public posts, partner for DMs."""
    if message.kind is MessageKind.DM:
        return dm_thread_key(message.author_id)
    root = message.thread_root_id or message.in_reply_to_id or message.remote_id
    return public_thread_key(root)


def channel_of(message: InboundMessage) -> str:
    """``private`` for direct messages, ``public`` for everything else."""
    return "private" if message.kind is MessageKind.DM else "public"
