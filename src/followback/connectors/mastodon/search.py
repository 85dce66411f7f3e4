"""Mastodon listening: hashtag timelines, and full-text search where the server offers it."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Any

from followback.connectors.base import Page
from followback.connectors.mastodon import mapping
from followback.domain import InboundMessage, MessageKind

__all__ = ["PAGE_SIZE", "search_page"]

PAGE_SIZE = 40  # Mastodon's maximum for timelines
_PUBLIC = frozenset({"public", "unlisted"})


def _addressed(status: Mapping[str, Any], me: str, me_url: str) -> bool:
    if status.get("in_reply_to_account_id") == me:
        return True
    for m in status.get("mentions") or []:
        if not isinstance(m, Mapping):
            continue
        # snac reports the mentioned account's id as "0"; its profile URL is reliable.
        if m.get("id") == me or (me_url and m.get("url") == me_url):
            return True
    return False


def _heard(status: Mapping[str, Any], me: str, me_url: str) -> InboundMessage:
    msg = mapping.map_status(status, me)
    account = status.get("account")
    if isinstance(account, Mapping) and account.get("id") == me:
        return replace(msg, kind=MessageKind.OUTBOUND)
    if msg.kind is MessageKind.DM or status.get("visibility") not in _PUBLIC:
        return replace(msg, kind=MessageKind.DM)  # never listen in on private posts
    return msg if _addressed(status, me, me_url) else replace(msg, kind=MessageKind.HEARD)


def search_page(statuses: Sequence[Any], me: str, me_url: str = "") -> Page[InboundMessage]:
    """Statuses (newest first) as messages; the cursor is the oldest id, for ``max_id``.

    ``me`` and ``me_url`` are the brand's account id and profile URL.
    """
    views = [s for s in statuses if isinstance(s, Mapping)]
    items = [_heard(s, me, me_url) for s in views]
    last = str(views[-1].get("id", "")) if views else ""
    return Page(items, last or None)
