"""Platform signals and the recent-posts summary survive the store (remote_accounts.signals)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from followback.domain import Platform, Profile
from followback.services.profiles import load_profiles, save_profiles
from followback.store import Store

AT = datetime(2026, 11, 22, tzinfo=UTC)


def test_signals_round_trip_and_change_the_fingerprint(store: Store) -> None:
    plain = Profile(Platform.MASTODON, "7", "tove@fosstodon.example", AT, bio="tea")
    rich = replace(
        plain,
        verified=True,
        verified_links=2,
        pinned_post=True,
        associated_count=3,
        discoverable=False,
        has_banner=True,
        counts_reported=False,
        recent_posts_sampled=8,
        recent_reply_share=0.5,
        recent_repost_share=0.125,
        recent_duplicate_share=0.25,
        recent_link_share=0.375,
        recent_spam_share=0.625,
        recent_languages=2,
    )
    other = replace(plain, remote_id="8", handle="plain@example", has_banner=False)
    with store.session() as s:
        save_profiles(s, Platform.MASTODON, [rich, other])
    with store.session() as s:
        loaded = load_profiles(s, Platform.MASTODON, ["7", "8"])
    assert loaded["7"] == rich and loaded["8"] == other
    assert rich.fingerprint != plain.fingerprint
    assert replace(plain, has_banner=True).fingerprint != plain.fingerprint
    # Sampling recent posts is not a profile change: no re-screen for it alone.
    assert replace(rich, recent_posts_sampled=0).fingerprint == rich.fingerprint
