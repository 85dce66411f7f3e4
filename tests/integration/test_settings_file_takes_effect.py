"""What a brand writes in followback.toml takes effect on the next command.

Found in an acceptance rehearsal on snac2: a new user ran ``init`` and ``connect`` as the
README says, then wrote ``mode = "dry-run"`` (and the brand's values) into followback.toml;
``run --once`` followed 8 accounts, because the file's mode was never read and its policy
only on the first command. Reconnecting (a renewed token) also reset the mode to the
platform's default.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from cryptography.fernet import Fernet

from followback.actions.accounts import apply_settings_seed, record_account, record_follow_mode
from followback.config import AccountSettings, PolicySettings
from followback.credentials import Credentials
from followback.domain import ConfigError, FollowMode, Platform, Profile
from followback.store import AccountRepo, Store
from followback.store.policies import PolicyRepo

T = datetime(2026, 11, 30, 17, 30, tzinfo=UTC)
HANDLE = "verdant@snac.example"


def _clock() -> datetime:
    return T


def _connect(store: Store, mode: FollowMode | None = None) -> int:
    profile = Profile(Platform.MASTODON, "1", "verdant", T, display_name="Verdant Soles")
    return record_account(
        store,
        Platform.MASTODON,
        profile,
        Credentials({"access_token": "t"}),
        key=Fernet.generate_key(),
        by="cli",
        clock=_clock,
        server="https://snac.example",
        mode=mode,
    ).account_id


def _file(mode: FollowMode | None, keywords: tuple[str, ...] = ()) -> list[AccountSettings]:
    return [
        AccountSettings(
            platform=Platform.MASTODON,
            handle=HANDLE,
            mode=mode,
            policy=PolicySettings(blocked_keywords=list(keywords)),
        )
    ]


def _mode(store: Store, account_id: int) -> FollowMode:
    with store.read() as s:
        return AccountRepo(s).get(account_id).mode


def test_the_files_mode_applies_to_an_account_connected_before(store: Store) -> None:
    account = _connect(store)  # Mastodon's default: auto
    assert _mode(store, account) is FollowMode.AUTO
    apply_settings_seed(store, _file(FollowMode.DRY_RUN), _clock)
    assert _mode(store, account) is FollowMode.DRY_RUN


def test_a_mode_a_person_chooses_later_stays_until_the_file_changes(store: Store) -> None:
    account = _connect(store)
    apply_settings_seed(store, _file(FollowMode.DRY_RUN), _clock)
    record_follow_mode(store, account, FollowMode.REVIEW, by="ana", clock=_clock)
    apply_settings_seed(store, _file(FollowMode.DRY_RUN), _clock)
    assert _mode(store, account) is FollowMode.REVIEW
    apply_settings_seed(store, _file(FollowMode.AUTO), _clock)
    assert _mode(store, account) is FollowMode.AUTO


def test_connect_mode_is_not_overridden_by_the_file(store: Store) -> None:
    account = _connect(store, FollowMode.REVIEW)
    apply_settings_seed(store, _file(FollowMode.AUTO), _clock, mode_chosen_for=account)
    apply_settings_seed(store, _file(FollowMode.AUTO), _clock)
    assert _mode(store, account) is FollowMode.REVIEW


def test_reconnecting_keeps_the_mode(store: Store) -> None:
    account = _connect(store, FollowMode.DRY_RUN)
    assert _connect(store) == account  # a renewed token, no --mode
    assert _mode(store, account) is FollowMode.DRY_RUN


def test_auto_in_the_file_for_bluesky_is_refused_naming_the_key(store: Store) -> None:
    with store.session() as s:
        AccountRepo(s).add(Platform.BLUESKY, "verdant.test", "did:plc:x", FollowMode.REVIEW)
    accounts = [AccountSettings(platform=Platform.BLUESKY, handle="verdant.test", mode="auto")]
    with pytest.raises(ConfigError, match=r"accounts\[0\]\.mode"):
        apply_settings_seed(store, accounts, _clock)


def test_a_policy_edited_in_the_file_takes_effect_unless_a_person_saved_one(
    store: Store,
) -> None:
    account = _connect(store)
    apply_settings_seed(store, _file(None), _clock)
    assert apply_settings_seed(store, _file(None), _clock) == 0  # unchanged: nothing stored
    apply_settings_seed(store, _file(None, ("fur farming",)), _clock)
    with store.read() as s:
        assert PolicyRepo(s).get(account).settings.blocked_keywords == ["fur farming"]
    with store.session() as s:
        PolicyRepo(s).record(account, {"blocked_keywords": ["rodeo"]}, by="ana")
    apply_settings_seed(store, _file(None, ("fur farming", "mink")), _clock)
    with store.read() as s:
        assert PolicyRepo(s).get(account).settings.blocked_keywords == ["rodeo"]
