"""Mapping tests: recorded payloads -> domain objects, for each platform's mapping.py.

Malformed payloads raise MalformedPayloadError naming the field; odd Unicode and huge
text map to clean, clipped values; arbitrary JSON never escapes as KeyError/TypeError.
"""

from __future__ import annotations

import contextlib
from datetime import UTC, datetime
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from connector_support import payload
from followback.connectors.bluesky import mapping as bsky
from followback.connectors.errors import MalformedPayloadError
from followback.connectors.mastodon import mapping as masto
from followback.connectors.payload import MAX_TEXT, clean_text, parse_datetime, strip_html
from followback.connectors.x import mapping as xmap
from followback.domain import MessageKind, NotFoundError, Platform

NOW = datetime(2026, 11, 22, tzinfo=UTC)
BRAND_DID = "did:plc:brand3x3nq4b6lx5lrdrqjnb"


@pytest.mark.bluesky
def test_bluesky_profile_with_labels_and_huge_bio() -> None:
    zoe = bsky.map_profile(payload("bluesky", "profile_detailed"), NOW)
    assert zoe.platform is Platform.BLUESKY and zoe.handle == "zoe.chem.example"
    assert len(zoe.bio) == MAX_TEXT and "\u202e" not in zoe.display_name
    assert (zoe.followers_count, zoe.following_count, zoe.posts_count) == (210, 180, 3400)
    assert zoe.created_at == datetime(2024, 3, 1, 12, tzinfo=UTC)
    labeled = bsky.map_profile(payload("bluesky", "profile_labeled"), NOW)
    assert labeled.suspended and labeled.bot_flag and not labeled.has_avatar
    assert labeled.labels == ("!takedown", "bot")


@pytest.mark.bluesky
def test_bluesky_relationship_and_chat_permission() -> None:
    rel = bsky.map_relationship(payload("bluesky", "profile_detailed"))
    assert rel.followed_by and not rel.following and rel.can_dm and not rel.blocked
    view = payload("bluesky", "profile_labeled")
    assert not bsky.map_relationship(view).can_dm  # default: only people they follow
    view["viewer"] = {"blocking": "at://x/app.bsky.graph.block/1"}
    assert bsky.map_relationship(view).blocked


@pytest.mark.bluesky
def test_bluesky_malformed_profile_names_the_field() -> None:
    with pytest.raises(MalformedPayloadError, match="'did'"):
        bsky.map_profile(payload("bluesky", "profile_malformed"), NOW)


@pytest.mark.bluesky
def test_bluesky_notification_kinds_and_reply_refs() -> None:
    items = payload("bluesky", "notifications")["notifications"]
    kinds = [bsky.map_notification_message(n).kind for n in items[:3]]
    assert kinds == [MessageKind.QUOTE, MessageKind.REPLY, MessageKind.MENTION]
    reply = bsky.map_notification_message(items[1])
    assert reply.thread_root_id.endswith("3lroot") and reply.in_reply_to_id.endswith("3lparent")
    with pytest.raises(MalformedPayloadError, match="not a message"):
        bsky.map_notification_message(items[4])
    post_view = {"uri": "at://a/app.bsky.feed.post/1", "cid": "c1", "record": items[1]["record"]}
    refs = bsky.reply_refs(post_view)
    assert refs["parent"] == {"uri": "at://a/app.bsky.feed.post/1", "cid": "c1"}
    assert refs["root"]["cid"] == "bafyroot"


@pytest.mark.bluesky
def test_jetstream_follow_events() -> None:
    events = payload("bluesky", "jetstream_events")
    mapped = [bsky.map_jetstream_follow(e, BRAND_DID) for e in events]
    assert mapped[0] is not None and mapped[0].remote_id == "did:plc:zoe7ftgbsz4sshrfbnt2mxqx"
    assert mapped[1:4] == [None, None, None]  # someone else, a delete, not a commit
    assert mapped[4] is not None and mapped[4].at.year == 2026  # time from time_us


@pytest.mark.mastodon
def test_mastodon_accounts() -> None:
    odd = masto.map_account(payload("mastodon", "account_odd"), NOW)
    assert odd.locked and "\x00" not in odd.display_name and len(odd.bio) <= MAX_TEXT
    moved = masto.map_account(payload("mastodon", "account_moved"), NOW)
    assert moved.moved_to == "newme@new.example"
    assert masto.map_account(payload("mastodon", "account_suspended"), NOW).suspended
    with pytest.raises(MalformedPayloadError, match="'id'"):
        masto.map_account(payload("mastodon", "account_malformed"), NOW)


@pytest.mark.mastodon
def test_mastodon_statuses_and_snac_direct() -> None:
    notes = payload("mastodon", "notifications_mention")
    me = "109000000000000001"
    assert masto.map_status(notes[0]["status"], me).kind is MessageKind.DM
    private = dict(notes[2]["status"], visibility="private")
    assert masto.map_status(private, me).kind is MessageKind.MENTION
    assert masto.map_status(private, me, masto.SNAC_DIRECT).kind is MessageKind.DM
    no_account = dict(notes[2]["status"])
    del no_account["account"]
    with pytest.raises(MalformedPayloadError, match="'account'"):
        masto.map_status(no_account, me)


@pytest.mark.x
def test_x_users_tweets_and_envelopes() -> None:
    me = xmap.map_user(payload("x", "user_me")["data"], NOW)
    assert me.handle == "acmecoffee" and me.followers_count == 1520
    body = payload("x", "mentions")
    users = xmap.included_users(body)
    tweets = [xmap.map_tweet(t, "1500000000000000001", users) for t in xmap.data_list(body, "m")]
    assert [t.kind for t in tweets] == [MessageKind.QUOTE, MessageKind.REPLY, MessageKind.MENTION]
    assert xmap.data_list(payload("x", "followers_empty"), "followers") == []
    with pytest.raises(NotFoundError, match="Could not find user"):
        xmap.data_object(payload("x", "user_not_found"), "user")
    with pytest.raises(MalformedPayloadError):
        xmap.data_list({"data": {"not": "a list"}}, "followers")
    metrics = xmap.map_user({"id": "1", "username": "u", "public_metrics": "junk"}, NOW)
    assert metrics.followers_count == 0


def test_text_and_dates_helpers() -> None:
    assert clean_text("a\u0000b\u202ec\u200dd") == "abc\u200dd"
    assert strip_html("<p>a &amp; b<br>c</p>") == "a & b\nc"
    assert parse_datetime("2026-11-19") == datetime(2026, 11, 19, tzinfo=UTC)
    assert parse_datetime("2026-11-19T10:00:00Z") == datetime(2026, 11, 19, 10, tzinfo=UTC)
    assert parse_datetime("yesterday") is None and parse_datetime(None) is None


_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)
_keys = st.sampled_from(
    [
        "id",
        "acct",
        "did",
        "handle",
        "username",
        "created_at",
        "account",
        "author",
        "record",
        "sender",
        "sentAt",
        "reason",
        "uri",
        "indexedAt",
        "author_id",
        "sender_id",
        "viewer",
        "public_metrics",
        "labels",
        "moved",
        "reply",
        "text",
        "content",
        "visibility",
    ]
)
_payloads = st.dictionaries(_keys, _json, max_size=10)


@settings(max_examples=300, deadline=None)
@given(_payloads)
def test_mappers_raise_only_malformed_payload_errors(raw: dict[str, Any]) -> None:
    mappers = [
        lambda: bsky.map_profile(raw, NOW),
        lambda: bsky.map_relationship(raw),
        lambda: bsky.map_notification_message(raw),
        lambda: bsky.map_follow_notification(raw, NOW),
        lambda: bsky.map_chat_message(raw, "c", {}),
        lambda: bsky.map_jetstream_follow(raw, BRAND_DID),
        lambda: masto.map_account(raw, NOW),
        lambda: masto.map_status(raw, "1"),
        lambda: masto.map_follow_notification(raw, NOW),
        lambda: masto.map_relationship(raw),
        lambda: xmap.map_user(raw, NOW),
        lambda: xmap.map_tweet(raw, "1", {}),
        lambda: xmap.map_dm_event(raw, {}),
        lambda: xmap.map_relationship(raw),
    ]
    for mapper in mappers:
        with contextlib.suppress(MalformedPayloadError, NotFoundError):
            mapper()


@pytest.mark.bluesky
def test_bluesky_platform_signals() -> None:
    mira = bsky.map_profile(payload("bluesky", "profile_signals"), NOW)
    assert mira.verified and mira.pinned_post and mira.has_avatar
    assert mira.associated_count == 4  # 2 lists + 1 feed + 1 starter pack
    assert mira.labels == ()  # a negated label is withdrawn
    assert mira.created_at == datetime(2026, 11, 20, 8, tzinfo=UTC)  # from indexedAt
    assert not mira.bot_flag and mira.discoverable is None
    spam = bsky.map_profile(payload("bluesky", "profile_spam_labeled"), NOW)
    assert spam.labels == ("follow-farming", "spam")
    assert not spam.verified and not spam.pinned_post and spam.associated_count == 0
    assert not spam.has_avatar and not spam.bot_flag
    view = payload("bluesky", "profile_spam_labeled")
    view["associated"]["labeler"] = True
    assert bsky.map_profile(view, NOW).associated_count == 1


@pytest.mark.mastodon
def test_mastodon_platform_signals() -> None:
    tove = masto.map_account(payload("mastodon", "account_signals"), NOW)
    assert tove.verified_links == 2 and tove.discoverable is False  # indexable: false
    assert tove.locked and not tove.has_avatar and not tove.bot_flag
    assert tove.labels == ("limited", "noindex")
    assert tove.last_post_at == datetime(2026, 11, 21, tzinfo=UTC)
    bot = masto.map_account(payload("mastodon", "account_bot"), NOW)
    assert bot.bot_flag and bot.discoverable is True and bot.verified_links == 0


@pytest.mark.x
def test_x_platform_signals() -> None:
    lena = xmap.map_user(payload("x", "user_signals")["data"], NOW)
    assert lena.verified and lena.pinned_post and lena.locked and not lena.has_avatar
    assert lena.labels == ("verified", "verified:business", "withheld")
    assert not lena.suspended  # withheld in two countries is not a suspension
    assert lena.last_post_at is not None
    assert lena.last_post_at.date().isoformat() == "2024-11-20"  # from the snowflake id
    me = xmap.map_user(payload("x", "user_me")["data"], NOW)
    assert not me.verified and not me.pinned_post and me.last_post_at is None
    assert "pinned_tweet_id" in xmap.USER_FIELDS and "verified_type" in xmap.USER_FIELDS


@pytest.mark.mastodon
def test_snac_default_avatar_is_no_avatar() -> None:
    account = payload("mastodon", "account_me")
    account["avatar"] = "http://127.0.0.1/susie.png"
    assert not masto.map_account(account, NOW).has_avatar
    account["avatar"] = "http://127.0.0.1/tove/s/14b278f61c86.png"
    assert masto.map_account(account, NOW).has_avatar


def test_recent_posts_map_and_summarise_on_every_platform() -> None:
    from followback.screening.recent import recent_reasons, summarize, with_recent_posts

    feed = [bsky.map_feed_item(i) for i in payload("bluesky", "author_feed")["feed"]]
    assert [(p.reply, p.repost, p.has_link) for p in feed] == [
        (False, False, False), (True, False, True), (False, True, False),
    ]  # fmt: skip
    assert feed[0].language == "en" and feed[0].created_at == datetime(2026, 11, 21, 8, tzinfo=UTC)
    assert summarize(feed)["recent_languages"] == 2
    # Whose post a repost passes on: the reposted post's author (not the reposter).
    assert [p.source for p in feed] == ["", "", "did:plc:other"]
    assert summarize(feed)["recent_repost_sources"] == 1
    statuses = [masto.map_recent_status(s) for s in payload("mastodon", "account_statuses")]
    assert [(p.reply, p.has_link) for p in statuses] == [
        (False, True),
        (False, True),
        (True, False),
    ]
    spam = summarize(statuses)
    assert spam["recent_duplicate_share"] == 2 / 3  # same text, different link and case
    assert spam["recent_repost_sources"] == 0 and all(p.source == "" for p in statuses)
    status = payload("mastodon", "account_statuses")[0]
    boost = {**status, "reblog": {**status, "account": {"id": "1099", "acct": "ana@x.test"}}}
    assert masto.map_recent_status(boost).repost
    assert masto.map_recent_status(boost).source == "1099"
    tweets = [xmap.map_recent_tweet(t) for t in payload("x", "user_tweets")["data"]]
    assert [(p.reply, p.repost, p.has_link) for p in tweets] == [
        (False, False, False), (True, False, False), (False, True, True),
    ]  # fmt: skip
    assert [p.source for p in tweets] == ["", "", "acme"]  # "RT @acme: ..."
    me = masto.map_account(payload("mastodon", "account_me"), NOW)
    texts = [r.text for r in recent_reasons(with_recent_posts(me, statuses))]
    assert "+ 1 of 3 recent posts reply to people" in texts
    assert "− 67% of recent posts repeat one text" in texts
    assert [r.text for r in recent_reasons(with_recent_posts(me, []))] == ["− no posts found"]
    assert recent_reasons(me) == ()


def test_banners_are_mapped_set_default_or_unknown() -> None:
    # Bluesky: ``banner`` in the detailed view; absent there means none, absent from a
    # basic view (no counts) means unknown.
    assert bsky.map_profile(payload("bluesky", "profile_signals"), NOW).has_banner is True
    detailed = payload("bluesky", "profile_spam_labeled")
    detailed.pop("banner", None)
    detailed["followersCount"] = 3
    assert bsky.map_profile(detailed, NOW).has_banner is False
    basic = {"did": "did:plc:abc", "handle": "abc.test"}
    assert bsky.map_profile(basic, NOW).has_banner is None
    # Mastodon: the server's missing.png (and snac's empty string) is no header.
    assert masto.map_account(payload("mastodon", "account_signals"), NOW).has_banner is False
    account = payload("mastodon", "account_me")
    assert masto.map_account(account, NOW).has_banner is False
    account["header"] = "https://fosstodon.example/system/accounts/headers/1/original/a.jpg"
    assert masto.map_account(account, NOW).has_banner is True
    del account["header"], account["header_static"]
    assert masto.map_account(account, NOW).has_banner is None
    # X: ``profile_banner_url`` when a payload carries it.
    user = payload("x", "user_signals")["data"]
    assert xmap.map_user(user, NOW).has_banner is None
    user["profile_banner_url"] = "https://pbs.twimg.com/profile_banners/1/1600000000"
    assert xmap.map_user(user, NOW).has_banner is True


def test_a_banner_is_kept_with_the_profile_and_named_in_reasons() -> None:
    from followback.screening.reasons import Facts, describe

    with_banner = Facts(
        followers=40, following=30, posts=12, age_days=200.0, handle="mira", handle_digits=0,
        handle_length=4, has_name=True, bio_length=30, bio_link_only=False, has_avatar=True,
        has_url=False, has_banner=True,
    )  # fmt: skip
    assert describe("profile", False, with_banner) == (
        "+ has a display name, bio, avatar and banner"
    )


def test_snac_counts_nothing_and_says_so() -> None:
    account = payload("mastodon", "account_me")
    assert masto.map_account(account, NOW).counts_reported
    account.update(followers_count=0, following_count=0, statuses_count=0)
    assert not masto.map_account(account, NOW).counts_reported  # a last-post time beside
    account["last_status_at"] = None
    assert masto.map_account(account, NOW).counts_reported  # a new, silent account
