"""Stored credentials decrypt with the key from the environment or from followback.toml."""

from __future__ import annotations

from pathlib import Path

import pytest
from cryptography.fernet import Fernet

from followback.credentials import encrypt_credentials
from followback.domain import ConfigError
from followback.services.connect import decrypt_stored_credentials


def test_key_from_the_settings_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    key = Fernet.generate_key()
    sealed = encrypt_credentials({"app_password": "s3cret-pass"}, key)
    config = tmp_path / "followback.toml"
    config.write_text(f'secret_key = "{key.decode()}"\n')
    monkeypatch.delenv("FOLLOWBACK_SECRET_KEY", raising=False)
    monkeypatch.setenv("FOLLOWBACK_CONFIG", str(config))
    assert decrypt_stored_credentials(sealed) == {"app_password": "s3cret-pass"}


def test_key_from_the_environment_wins(monkeypatch: pytest.MonkeyPatch) -> None:
    key = Fernet.generate_key()
    sealed = encrypt_credentials({"token": "t0ken"}, key)
    monkeypatch.setenv("FOLLOWBACK_SECRET_KEY", key.decode())
    assert decrypt_stored_credentials(sealed) == {"token": "t0ken"}


def test_wrong_key_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    sealed = encrypt_credentials({"token": "t0ken"}, Fernet.generate_key())
    monkeypatch.setenv("FOLLOWBACK_SECRET_KEY", Fernet.generate_key().decode())
    with pytest.raises(ConfigError, match="cannot be decrypted") as info:
        decrypt_stored_credentials(sealed)
    assert "t0ken" not in str(info.value)


def test_sandbox_accounts_have_no_credentials() -> None:
    assert decrypt_stored_credentials(None) == {}
