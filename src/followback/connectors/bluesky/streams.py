"""Bluesky's streams and search, as a mixin of :class:`BlueskyConnector`.

Listening (``app.bsky.feed.searchPosts`` and Jetstream post events) and, for accounts that
opt in (credential ``jetstream_url``), new followers and mentions read from Jetstream
instead of polling. Kept apart from the connector's core (session, reads, writes) so each
module stays small; the methods use the connector's session through ``_query``,
``_login`` and ``_profiles``.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from decimal import Decimal
from typing import Any

from followback.connectors.base import FollowNotification, Page
from followback.domain import (
    InboundMessage,
    MessageKind,
    RejectedError,
    TransientError,
)

__all__ = ["BlueskyStreams"]


@contextmanager
def _jetstream_errors() -> Iterator[None]:
    """Jetstream unreachable or closed: a TransientError, so callers fall back to polling."""
    try:
        yield
    except (OSError, TimeoutError) as exc:
        raise TransientError(f"bluesky: jetstream: {type(exc).__name__}") from exc
    except Exception as exc:
        if type(exc).__module__.split(".")[0] != "websockets":
            raise
        raise TransientError(f"bluesky: jetstream closed: {type(exc).__name__}") from exc


class BlueskyStreams:
    """Search and Jetstream reads for :class:`~followback.connectors.bluesky.BlueskyConnector`."""

    _jetstream_url: str

    # Provided by the connector (its session and batched profile reads).
    async def _login(self) -> str:
        raise NotImplementedError

    async def _query(self, nsid: str, params: Mapping[str, Any] | None = None, **kw: Any) -> Any:
        raise NotImplementedError

    async def _profiles(self, dids: Iterable[str]) -> dict[str, Mapping[str, Any]]:
        raise NotImplementedError

    async def follow_events(
        self, cursor_us: int | None = None
    ) -> AsyncIterator[FollowNotification]:
        """Live new-follower events from Jetstream (credential ``jetstream_url``).

        Raises :class:`RejectedError` when no Jetstream is configured for the account.
        """
        if not self._jetstream_url:
            raise RejectedError("bluesky: live follow events need a jetstream_url")
        from followback.connectors.bluesky.jetstream import JetstreamFollows

        stream = JetstreamFollows(self._jetstream_url, await self._login(), cursor_us=cursor_us)
        async for note in stream:
            yield note

    # -- listening (connectors/listen.py) ------------------------------------------------

    searches_keywords = True
    search_price_usd: Decimal | None = None

    async def search_posts(
        self, term: str, *, since_id: str | None = None, cursor: str | None = None, **_: Any
    ) -> Page[InboundMessage]:
        """Posts matching ``term``, newest first (``app.bsky.feed.searchPosts``)."""
        from followback.connectors.bluesky.search import SEARCH_LIMIT, search_page

        did = await self._login()
        body = await self._query(
            "app.bsky.feed.searchPosts",
            {"q": term, "sort": "latest", "limit": SEARCH_LIMIT, "cursor": cursor},
            action="search posts",
        )
        return search_page(body, did)

    @property
    def streams_posts(self) -> bool:
        """Listening can read Jetstream post events (credential ``jetstream_url``)."""
        return bool(self._jetstream_url)

    async def read_post_events(
        self, keep: Callable[[str], bool], *, cursor_us: int | None, until_us: int
    ) -> tuple[list[InboundMessage], int | None]:
        """Jetstream posts ``keep`` accepts, from ``cursor_us`` to ``until_us``; the new cursor.

        Authors' handles and follower counts are looked up for the kept posts only.
        """
        from followback.connectors.bluesky.jetstream_posts import read_posts

        if not self._jetstream_url:
            raise RejectedError("bluesky: listening on Jetstream needs a jetstream_url")
        did = await self._login()
        with _jetstream_errors():
            batch = await read_posts(
                self._jetstream_url, did, keep, cursor_us=cursor_us, until_us=until_us
            )
        return await self._with_authors(batch.messages), batch.cursor_us

    async def _with_authors(self, messages: list[InboundMessage]) -> list[InboundMessage]:
        """Messages from Jetstream with their authors' handles and follower counts (one
        ``getProfiles`` call per 25 authors)."""
        from dataclasses import replace

        views = await self._profiles(m.author_id for m in messages)
        out = []
        for m in messages:
            view = views.get(m.author_id, {})
            handle = view.get("handle") if isinstance(view.get("handle"), str) else m.author_id
            followers = view.get("followersCount")
            out.append(
                replace(
                    m,
                    author_handle=str(handle),
                    author_followers=followers if isinstance(followers, int) else 0,
                )
            )
        return out

    # -- Jetstream for follows and mentions (opt-in: credential ``jetstream_url``) ---------

    @property
    def streams_account_events(self) -> bool:
        """New followers and mentions can be read from Jetstream instead of polling."""
        return bool(self._jetstream_url)

    async def read_follow_events(
        self, *, cursor_us: int | None, until_us: int
    ) -> tuple[list[FollowNotification], int | None]:
        """New followers of the brand on Jetstream from ``cursor_us`` to ``until_us``, and
        the cursor. No API call: profiles are fetched later, by the screening that needs
        them, as for polled notifications."""
        from followback.connectors.bluesky.jetstream import read_follows

        did = await self._login()
        with _jetstream_errors():
            batch = await read_follows(
                self._jetstream_url, did, cursor_us=cursor_us, until_us=until_us
            )
        return batch.follows, batch.cursor_us

    async def read_mention_events(
        self, *, cursor_us: int | None, until_us: int
    ) -> tuple[list[InboundMessage], int | None]:
        """Posts on Jetstream that mention, reply to or quote the brand, from ``cursor_us``
        to ``until_us``, with their authors, and the cursor to resume from."""
        from followback.connectors.bluesky.jetstream_posts import read_posts

        did = await self._login()
        addressed = {MessageKind.MENTION, MessageKind.REPLY, MessageKind.QUOTE}
        with _jetstream_errors():
            batch = await read_posts(
                self._jetstream_url, did, lambda _: False,
                cursor_us=cursor_us, until_us=until_us,
                keep_message=lambda m: m.kind in addressed,
            )  # fmt: skip
        return await self._with_authors(batch.messages), batch.cursor_us
