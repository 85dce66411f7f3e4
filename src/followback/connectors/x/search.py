"""X listening: recent search (``GET /2/tweets/search/recent``), built to spend little.

X bills recent search per post returned, so the query carries the exclusions (``-"acme
corp"``) and drops retweets (``-is:retweet``: copies of a post already heard), and the caller
sets ``max_results`` from what the monthly budget still allows. Results come newest first;
``since_id`` returns only posts newer than the last one seen.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Any, Final

from followback.connectors.base import Page
from followback.connectors.x import mapping
from followback.domain import InboundMessage, MessageKind

__all__ = ["MAX_RESULTS", "MIN_RESULTS", "SEARCH_ROUTE", "build_query", "search_page"]

SEARCH_ROUTE: Final = "/2/tweets/search/recent"
MIN_RESULTS: Final = 10  # X rejects max_results below 10
MAX_RESULTS: Final = 100
MAX_QUERY_CHARS: Final = 512  # the query length self-serve access allows
TWEET_FIELDS: Final = (
    "created_at,author_id,conversation_id,in_reply_to_user_id,referenced_tweets,entities"
)


def _quote(term: str) -> str:
    clean = term.replace('"', " ").strip()
    return clean if clean.startswith("#") or " " not in clean else f'"{clean}"'


def build_query(term: str, exclude: Sequence[str] = ()) -> str:
    """The search query: the term, without retweets, minus each exclusion that fits."""
    query = f"{_quote(term)} -is:retweet"
    for phrase in exclude:
        more = f" -{_quote(phrase)}"
        if len(query) + len(more) > MAX_QUERY_CHARS:
            break  # the listener filters exclusions locally too; only the bill grows
        query += more
    return query


def _mentions(tweet: Mapping[str, Any]) -> set[str]:
    entities = tweet.get("entities")
    found = entities.get("mentions") if isinstance(entities, Mapping) else None
    return {str(m.get("id", "")) for m in found or [] if isinstance(m, Mapping)}


def search_page(body: Any, me: str) -> Page[InboundMessage]:
    """One page of results; a post addressed to the brand keeps its mention kind."""
    users = mapping.included_users(body)
    items = []
    for tweet in mapping.data_list(body, "recent search"):
        msg = mapping.map_tweet(tweet, me, users)
        if msg.author_id == me:
            kind = MessageKind.OUTBOUND
        elif msg.kind is MessageKind.REPLY or me in _mentions(tweet):
            kind = msg.kind
        else:
            kind = MessageKind.HEARD
        items.append(replace(msg, kind=kind))
    meta = body.get("meta") if isinstance(body, Mapping) else None
    token = meta.get("next_token") if isinstance(meta, Mapping) else None
    return Page(items, str(token) if token and items else None)
