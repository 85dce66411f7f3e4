"""X API v2 payloads -> followback domain objects.

Reads plain JSON as the v2 reference documents it: ``User`` objects with
``public_metrics``, ``Tweet`` objects with ``referenced_tweets``, DM events, and the
``{"data": ..., "includes": ..., "meta": ..., "errors": ...}`` envelope.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from followback.connectors.base import Relationship
from followback.connectors.errors import MalformedPayloadError
from followback.connectors.payload import (
    opt_bool,
    opt_datetime,
    opt_int,
    opt_str,
    req_datetime,
    req_str,
)
from followback.domain import (
    InboundMessage,
    MessageKind,
    NotFoundError,
    Platform,
    Profile,
    RecentPost,
)

__all__ = [
    "USER_FIELDS",
    "data_list",
    "data_object",
    "included_users",
    "map_dm_event",
    "map_recent_tweet",
    "map_relationship",
    "map_tweet",
    "map_user",
    "next_token",
]

USER_FIELDS = (
    "created_at,description,location,profile_image_url,protected,public_metrics,"
    "url,verified,verified_type,withheld,most_recent_tweet_id,pinned_tweet_id"
)
_DEFAULT_AVATAR = "default_profile_images"


def data_list(body: Any, where: str) -> list[Mapping[str, Any]]:
    """The ``data`` array of a list response; an absent ``data`` means an empty page."""
    if not isinstance(body, Mapping):
        raise MalformedPayloadError(f"{where}: response is not a JSON object")
    data = body.get("data", [])
    if not isinstance(data, list):
        raise MalformedPayloadError(f"{where}: 'data' is not a list")
    return [d for d in data if isinstance(d, Mapping)]


def data_object(body: Any, where: str) -> Mapping[str, Any]:
    """The ``data`` object of a single-resource response; ``errors`` alone means not found."""
    if not isinstance(body, Mapping):
        raise MalformedPayloadError(f"{where}: response is not a JSON object")
    data = body.get("data")
    if isinstance(data, Mapping):
        return data
    errors = body.get("errors")
    if isinstance(errors, list) and errors:
        first = errors[0] if isinstance(errors[0], Mapping) else {}
        detail = opt_str(first, "detail", 200) or opt_str(first, "title", 200)
        raise NotFoundError(f"x: {where}: {detail or 'not found'}")
    raise MalformedPayloadError(f"{where}: 'data' is missing or not an object")


def next_token(body: Any) -> str | None:
    meta = body.get("meta") if isinstance(body, Mapping) else None
    token = meta.get("next_token") if isinstance(meta, Mapping) else None
    return str(token) if isinstance(token, str) and token else None


def included_users(body: Any) -> dict[str, Mapping[str, Any]]:
    includes = body.get("includes") if isinstance(body, Mapping) else None
    users = includes.get("users") if isinstance(includes, Mapping) else None
    if not isinstance(users, list):
        return {}
    return {str(u["id"]): u for u in users if isinstance(u, Mapping) and "id" in u}


def map_user(user: Mapping[str, Any], observed_at: datetime) -> Profile:
    """A v2 ``User`` as a :class:`Profile`."""
    where = "x user"
    remote_id = req_str(user, "id", where)
    metrics = user.get("public_metrics")
    metrics = metrics if isinstance(metrics, Mapping) else {}
    avatar = opt_str(user, "profile_image_url", 2048)
    withheld = user.get("withheld")
    withheld = withheld if isinstance(withheld, Mapping) else {}
    # ``verified_type`` is blue, business, government or none; older payloads only
    # carry the boolean ``verified``.
    verified_type = opt_str(user, "verified_type", 32)
    verified = verified_type not in ("", "none") or opt_bool(user, "verified")
    labels = [f"verified:{verified_type}"] if verified_type not in ("", "none") else []
    if verified:
        labels.insert(0, "verified")
    if withheld:
        labels.append("withheld")
    return Profile(
        platform=Platform.X,
        remote_id=remote_id,
        handle=req_str(user, "username", f"{where} {remote_id}"),
        observed_at=observed_at,
        display_name=opt_str(user, "name", 200),
        bio=opt_str(user, "description"),
        url=opt_str(user, "url", 2048),
        followers_count=opt_int(metrics, "followers_count"),
        following_count=opt_int(metrics, "following_count"),
        posts_count=opt_int(metrics, "tweet_count"),
        created_at=opt_datetime(user, "created_at"),
        has_avatar=bool(avatar) and _DEFAULT_AVATAR not in avatar,
        # Not requested (USER_FIELDS is the documented v2 set); read when a payload has it.
        has_banner=bool(opt_str(user, "profile_banner_url", 2048))
        if "profile_banner_url" in user
        else None,
        locked=opt_bool(user, "protected"),
        # Withheld in some countries is not a suspension: it shows as the ``withheld``
        # label, and a suspended account is simply absent from the API's answers.
        labels=tuple(labels),
        verified=verified,
        pinned_post=bool(opt_str(user, "pinned_tweet_id", 32)),
        last_post_at=_snowflake_time(opt_str(user, "most_recent_tweet_id", 32)),
    )


_TWITTER_EPOCH_MS = 1288834974657  # X's snowflake epoch (2010-11-04T01:42:54.657Z)


def _snowflake_time(tweet_id: str) -> datetime | None:
    """When a post was made, read from its snowflake id (the top bits are milliseconds
    since X's epoch), so ``most_recent_tweet_id`` gives the last post time without
    spending a billed tweet lookup."""
    if not tweet_id.isdigit() or int(tweet_id) < (1 << 22):
        return None
    millis = (int(tweet_id) >> 22) + _TWITTER_EPOCH_MS
    return datetime.fromtimestamp(millis / 1000, tz=UTC)


def map_relationship(user: Mapping[str, Any]) -> Relationship:
    """The brand's relationship from a user's ``connection_status`` and ``receives_your_dm``."""
    raw = user.get("connection_status")
    status = {str(s) for s in raw} if isinstance(raw, list) else set()
    blocked = "blocking" in status
    return Relationship(
        following="following" in status,
        followed_by="followed_by" in status,
        can_dm=not blocked and opt_bool(user, "receives_your_dm"),
        blocked=blocked,
    )


def _kind(tweet: Mapping[str, Any], me: str) -> tuple[MessageKind, str | None]:
    refs = tweet.get("referenced_tweets")
    refs = [r for r in refs if isinstance(r, Mapping)] if isinstance(refs, list) else []
    replied = next((opt_str(r, "id") for r in refs if r.get("type") == "replied_to"), None)
    if replied and opt_str(tweet, "in_reply_to_user_id") == me:
        return MessageKind.REPLY, replied
    if any(r.get("type") == "quoted" for r in refs):
        return MessageKind.QUOTE, replied
    return MessageKind.MENTION, replied


def map_tweet(
    tweet: Mapping[str, Any], me: str, users: Mapping[str, Mapping[str, Any]]
) -> InboundMessage:
    """A ``Tweet`` from the mentions timeline as an :class:`InboundMessage`."""
    where = "x tweet"
    tweet_id = req_str(tweet, "id", where)
    author_id = req_str(tweet, "author_id", f"{where} {tweet_id}")
    author = users.get(author_id, {})
    metrics = author.get("public_metrics")
    kind, replied = _kind(tweet, me)
    return InboundMessage(
        platform=Platform.X,
        remote_id=tweet_id,
        author_id=author_id,
        author_handle=opt_str(author, "username", 64) or author_id,
        text=opt_str(tweet, "text"),
        kind=kind,
        created_at=req_datetime(tweet, "created_at", f"{where} {tweet_id}"),
        thread_root_id=opt_str(tweet, "conversation_id") or None,
        in_reply_to_id=replied,
        author_followers=opt_int(metrics, "followers_count") if isinstance(metrics, Mapping) else 0,
    )


def map_dm_event(
    event: Mapping[str, Any], users: Mapping[str, Mapping[str, Any]]
) -> InboundMessage:
    """A ``MessageCreate`` DM event as an :class:`InboundMessage`."""
    where = "x dm event"
    event_id = req_str(event, "id", where)
    sender = req_str(event, "sender_id", f"{where} {event_id}")
    return InboundMessage(
        platform=Platform.X,
        remote_id=event_id,
        author_id=sender,
        author_handle=opt_str(users.get(sender, {}), "username", 64) or sender,
        text=opt_str(event, "text"),
        kind=MessageKind.DM,
        created_at=req_datetime(event, "created_at", f"{where} {event_id}"),
        thread_root_id=opt_str(event, "dm_conversation_id") or None,
    )


RECENT_TWEET_FIELDS = "created_at,lang,referenced_tweets,entities"
# A retweet's text names whom it retweets ("RT @user: ..."): the source without the
# expansions a second request for the original tweet's author would cost.
_RETWEETED = re.compile(r"^RT @(\w{1,15}):")


def map_recent_tweet(tweet: Mapping[str, Any]) -> RecentPost:
    """One of an account's own tweets (``GET /2/users/:id/tweets``)."""
    refs = tweet.get("referenced_tweets")
    kinds = (
        {r.get("type") for r in refs if isinstance(r, Mapping)} if isinstance(refs, list) else set()
    )
    entities = tweet.get("entities")
    urls = entities.get("urls") if isinstance(entities, Mapping) else None
    text = opt_str(tweet, "text")
    retweeted = _RETWEETED.match(text) if "retweeted" in kinds else None
    return RecentPost(
        text=text,
        created_at=opt_datetime(tweet, "created_at"),
        reply="replied_to" in kinds,
        repost="retweeted" in kinds,
        has_link=isinstance(urls, list) and bool(urls),
        language=opt_str(tweet, "lang", 16),
        source=retweeted.group(1).lower() if retweeted else "",
    )
