"""Threading: which conversation an inbound message belongs to.

A public message belongs to its author's thread under its root post (the platform's thread
root, else the post it replies to, else itself): a conversation is always with one person, so
two customers answering the same post (the brand's announcement, say) are two conversations,
each answered and greeted as its own customer. A private message belongs to the thread with
its DM partner. The key is stable across polls, so re-reading a message always lands it in
the same place.
"""

from __future__ import annotations

from followback.domain.inbox import InboundMessage, MessageKind

__all__ = ["channel_of", "dm_thread_key", "public_thread_key", "thread_key"]


def dm_thread_key(partner_id: str) -> str:
    """The key of the private thread with ``partner_id`` (one per partner, as platforms do)."""
    return f"dm:{partner_id}"


def public_thread_key(root_id: str, author_id: str) -> str:
    """The key of ``author_id``'s public thread under the post ``root_id``."""
    return f"post:{root_id}:by:{author_id}"


def thread_key(message: InboundMessage) -> str:
    """The conversation key of ``message``: root post and author for public posts, partner
    for DMs."""
    if message.kind is MessageKind.DM:
        return dm_thread_key(message.author_id)
    root = message.thread_root_id or message.in_reply_to_id or message.remote_id
    return public_thread_key(root, message.author_id)


def channel_of(message: InboundMessage) -> str:
    """``private`` for direct messages, ``public`` for everything else."""
    return "private" if message.kind is MessageKind.DM else "public"
