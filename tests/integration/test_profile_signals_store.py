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


def test_saving_many_profiles_at_once_upserts_and_the_last_of_a_remote_id_wins(
    store: Store,
) -> None:
    # save_profiles sends all the profiles in one upsert: an existing row is refreshed,
    # and a remote id given twice in one call keeps the later profile.
    old = Profile(Platform.MASTODON, "1", "old@example", AT, bio="old", followers_count=3)
    with store.session() as s:
        save_profiles(s, Platform.MASTODON, [old])
    many = [Profile(Platform.MASTODON, str(i), f"p{i}@example", AT) for i in range(2, 1202)]
    newer = replace(old, handle="new@example", bio="", followers_count=9, has_banner=True)
    twice = replace(many[5], bio="second write")
    with store.session() as s:
        save_profiles(s, Platform.MASTODON, [newer, *many, twice])
    with store.session() as s:
        loaded = load_profiles(s, Platform.MASTODON, [str(i) for i in range(1, 1202)])
    assert len(loaded) == 1201
    assert loaded["1"] == newer
    assert loaded[many[5].remote_id] == twice
    assert loaded["1201"] == many[-1]
