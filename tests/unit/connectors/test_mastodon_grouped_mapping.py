"""Grouped notifications (Mastodon 4.3+, ``GET /api/v2/notifications``) map to the same
follow notifications and mentions as v1 (``GET /api/v1/notifications``).

notifications_grouped.json is written from docs.joinmastodon.org (grouped notifications,
checked 2026-11-30): an ungrouped follow and mention (followback groups only favourites and
reblogs) and a favourite group of three; its follow and mention are v1 notifications 901
and 912 of notifications_follow.json and notifications_mention.json.
"""

from __future__ import annotations

import copy
from datetime import UTC, datetime

from connector_support import payload
from followback.connectors.mastodon import mapping

NOW = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)
ME = "109000000000000001"


def v1(name: str, note_id: str) -> dict[str, object]:
    return next(n for n in payload("mastodon", name) if n["id"] == note_id)


def test_v2_follow_maps_to_the_same_follow_notification_as_v1() -> None:
    notes = mapping.ungroup_notifications(payload("mastodon", "notifications_grouped"), ["follow"])
    assert notes is not None and [n["id"] for n in notes] == ["901"]
    from_v2 = mapping.map_follow_notification(notes[0], NOW)
    from_v1 = mapping.map_follow_notification(v1("notifications_follow", "901"), NOW)
    assert from_v2 == from_v1
    assert from_v2.remote_id == "109000000000000011" and from_v2.profile is not None


def test_v2_mention_maps_to_the_same_message_as_v1() -> None:
    notes = mapping.ungroup_notifications(payload("mastodon", "notifications_grouped"), ["mention"])
    assert notes is not None and [(n["id"], n["type"]) for n in notes] == [("912", "mention")]
    from_v2 = mapping.map_status(notes[0]["status"], ME)
    from_v1 = mapping.map_status(v1("notifications_mention", "912")["status"], ME)
    assert from_v2 == from_v1
    assert from_v2.remote_id == "1092"


def test_grouped_favourites_are_not_follows_or_mentions() -> None:
    page = payload("mastodon", "notifications_grouped")
    both = mapping.ungroup_notifications(page, ["follow", "mention"])
    assert both is not None and sorted(n["type"] for n in both) == ["follow", "mention"]
    assert mapping.ungroup_notifications(page, ["reblog"]) == []


def test_a_grouped_follow_is_refused_so_no_follower_is_lost() -> None:
    # A server that grouped follows anyway: its sample accounts are not every follower.
    page = copy.deepcopy(payload("mastodon", "notifications_grouped"))
    follow = next(g for g in page["notification_groups"] if g["type"] == "follow")
    follow["notifications_count"] = 2
    assert mapping.ungroup_notifications(page, ["follow"]) is None
    assert mapping.ungroup_notifications(page, ["mention"]) is not None
