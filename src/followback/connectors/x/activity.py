"""The X Activity API's follow events: who followed or unfollowed the brand, and whom the
brand followed, without listing every follower (docs.x.com/x-api/activity/introduction).

Events come over a persistent HTTP stream (``GET /2/activity/stream``) for subscriptions
the app made (``POST /2/activity/subscriptions``, one per event type and user id). X bills
each ``follow.follow`` / ``follow.unfollow`` event delivered (``x_prices.json``). A plan
without the Activity API answers the subscription with 403 ``client-forbidden``: that
becomes a refusal by rule ``x.activity_follow_events`` with X's answer as evidence, and
followback falls back to listing followers newest first.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from followback.connectors.errors import MalformedPayloadError

__all__ = [
    "ACTIVITY_STREAM_ROUTE",
    "FOLLOW_EVENT_TYPES",
    "SUBSCRIPTIONS_ROUTE",
    "FollowActivity",
    "parse_event",
    "parse_stream",
    "subscription_body",
]

SUBSCRIPTIONS_ROUTE = "/2/activity/subscriptions"
ACTIVITY_STREAM_ROUTE = "/2/activity/stream"
FOLLOW_EVENT_TYPES = ("follow.follow", "follow.unfollow")


@dataclass(frozen=True, slots=True)
class FollowActivity:
    """One follow event: ``source`` followed (or unfollowed) ``target``."""

    event_id: str
    kind: str  # follow.follow | follow.unfollow
    source_id: str
    target_id: str
    source_handle: str = ""
    # The source's user object as X sent it (a v2 User: bio, counts, creation date...):
    # stored as the new follower's profile, which saves screening a billed lookup.
    source_user: Mapping[str, Any] | None = field(
        default=None, compare=False, hash=False, repr=False
    )

    def about_brand(self, me: str) -> str | None:
        """What the event means for the brand ``me``: ``arrival``, ``departure``,
        ``brand_followed``, ``brand_unfollowed``, or None when it is about others."""
        follow = self.kind == "follow.follow"
        if self.target_id == me:
            return "arrival" if follow else "departure"
        if self.source_id == me:
            return "brand_followed" if follow else "brand_unfollowed"
        return None


def subscription_body(event_type: str, user_id: str) -> dict[str, Any]:
    return {
        "event_type": event_type,
        "filter": {"user_id": user_id},
        "tag": f"followback {event_type}",
    }


def _user(side: Any) -> Mapping[str, Any]:
    data = side.get("data") if isinstance(side, Mapping) else None
    if not isinstance(data, Mapping) or not str(data.get("id") or ""):
        raise MalformedPayloadError("x: activity event: source or target without an id")
    return data


def parse_event(raw: Mapping[str, Any]) -> FollowActivity | None:
    """The follow event in one envelope (``{"data": {...}}``), or None for other types."""
    data = raw.get("data")
    if not isinstance(data, Mapping) or data.get("event_type") not in FOLLOW_EVENT_TYPES:
        return None  # keep-alives and other event types are not follow events
    payload = data.get("payload")
    if not isinstance(payload, Mapping):
        raise MalformedPayloadError("x: activity event: no payload")
    source, target = _user(payload.get("source")), _user(payload.get("target"))
    return FollowActivity(
        str(data.get("event_uuid") or ""),
        str(data["event_type"]),
        str(source["id"]),
        str(target["id"]),
        str(source.get("username") or ""),
        source,
    )


def parse_stream(lines: Iterable[bytes | str]) -> Iterator[FollowActivity]:
    """Follow events from the stream's lines (one JSON object a line; blank keep-alives)."""
    for line in lines:
        text = line.decode("utf-8") if isinstance(line, bytes) else line
        if not text.strip():
            continue
        try:
            raw = json.loads(text)
        except ValueError as exc:
            raise MalformedPayloadError("x: activity stream: a line is not JSON") from exc
        if isinstance(raw, Mapping):
            event = parse_event(raw)
            if event is not None:
                yield event
