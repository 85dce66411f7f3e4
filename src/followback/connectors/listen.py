"""Listening on a platform: search public posts for a term (a phrase or a ``#tag``).

A connector that can listen has :meth:`PostSearch.search_posts`. It returns posts newest
first and a cursor to older ones. A post addressed to the brand (mentioning it, replying or
quoting it) comes back with its mention kind, not ``heard``: the mentions stream owns it, and
the listener skips it, so one post seen both ways is one message. The brand's own posts come
back as ``outbound`` and are skipped too.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import Protocol, runtime_checkable

from followback.connectors.base import Page
from followback.domain import InboundMessage

__all__ = ["PostSearch", "PostStream", "hashtag_of"]


def hashtag_of(term: str) -> str | None:
    """``"acmefail"`` for the term ``"#acmefail"``; ``None`` for a keyword term."""
    return term[1:] if term.startswith("#") and len(term) > 1 else None


@runtime_checkable
class PostSearch(Protocol):
    """A connector that can search public posts."""

    # Whether keyword terms are searched without being asked: False where the server's
    # full-text search is optional (Mastodon), so the account setting decides.
    searches_keywords: bool
    # What one post returned by search costs, where the platform bills per post (X); None
    # where search is free. The listener keeps a monthly budget with it.
    search_price_usd: Decimal | None

    async def search_posts(
        self,
        term: str,
        *,
        since_id: str | None = None,
        cursor: str | None = None,
        limit: int | None = None,
        exclude: Sequence[str] = (),
    ) -> Page[InboundMessage]:
        """Public posts matching ``term`` (``#tag`` or words), newest first.

        ``since_id`` is the newest post seen before (a hint: platforms that support it return
        only newer posts); ``cursor`` continues to older posts. ``limit`` caps the posts
        returned and ``exclude`` lists phrases to leave out, where the platform's query can
        (both matter where posts are billed).
        """
        ...


@runtime_checkable
class PostStream(Protocol):
    """A connector that can read a stream of new public posts (Bluesky's Jetstream)."""

    @property
    def streams_posts(self) -> bool:
        """Whether a stream is configured for this account."""
        ...

    async def read_post_events(
        self, keep: Callable[[str], bool], *, cursor_us: int | None, until_us: int
    ) -> tuple[list[InboundMessage], int | None]:
        """Posts ``keep`` accepts from ``cursor_us`` (microseconds) to ``until_us``; the cursor
        to resume from."""
        ...
