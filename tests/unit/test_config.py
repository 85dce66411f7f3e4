"""Settings load from the file and the environment; broken ones name the key."""

from __future__ import annotations

from pathlib import Path

import pytest

from followback.cli.setup import CONFIG_TEMPLATE
from followback.config import load_settings
from followback.domain import ConfigError, FollowMode, Platform, UserError, parse_platform


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "followback.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_template_loads(tmp_path: Path) -> None:
    settings = load_settings(
        write(tmp_path, CONFIG_TEMPLATE.format(db_url="sqlite:///x.db", admin="admin"))
    )
    assert settings.accounts[0].platform is Platform.MASTODON
    assert settings.accounts[0].policy.follow_below == 0.35


def test_environment_overrides_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path, 'db_url = "sqlite:///file.db"\n[service]\nport = 8000\n')
    monkeypatch.setenv("FOLLOWBACK_DB_URL", "sqlite:///env.db")
    monkeypatch.setenv("FOLLOWBACK_SERVICE__PORT", "9001")
    settings = load_settings(path)
    assert settings.db_url == "sqlite:///env.db"
    assert settings.service.port == 9001


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ('[[accounts]]\nplatform = "myspace"\nhandle = "a"\n', "accounts.0.platform"),
        ('[[accounts]]\nplatform = "x"\nhandle = "a"\nmode = "yolo"\n', "accounts.0.mode"),
        (
            '[[accounts]]\nplatform = "x"\nhandle = "a"\n[accounts.policy]\nfollow_below = 2\n',
            "accounts.0.policy.follow_below",
        ),
        (
            '[[accounts]]\nplatform = "x"\nhandle = "a"\n[accounts.policy]\n'
            'blocked_regexes = ["(unclosed"]\n',
            "accounts.0.policy.blocked_regexes",
        ),
        ("[service]\nport = 99999\n", "service.port"),
        ("unknown_key = 1\n", "unknown_key"),
    ],
)
def test_broken_values_name_the_key(tmp_path: Path, text: str, key: str) -> None:
    with pytest.raises(ConfigError) as info:
        load_settings(write(tmp_path, text))
    assert info.value.key == key
    assert key in info.value.message


def test_broken_toml_names_the_file(tmp_path: Path) -> None:
    path = write(tmp_path, "db_url = \n")
    with pytest.raises(ConfigError, match="not valid TOML"):
        load_settings(path)


def test_unknown_platform_lists_known_ones() -> None:
    with pytest.raises(UserError, match="known platforms: bluesky, mastodon, x"):
        parse_platform("friendster")
    assert parse_platform(" Bluesky ") is Platform.BLUESKY


def test_modes_parse(tmp_path: Path) -> None:
    path = write(tmp_path, '[[accounts]]\nplatform = "bluesky"\nhandle = "a"\nmode = "dry-run"\n')
    assert load_settings(path).accounts[0].mode is FollowMode.DRY_RUN
