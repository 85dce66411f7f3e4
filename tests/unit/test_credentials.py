"""Credentials: encrypted at rest, key from env or keyring, never shown or logged."""

from __future__ import annotations

import logging
import pickle
import stat
from pathlib import Path

import pytest
from cryptography.fernet import Fernet

from followback import credentials as cr
from followback.domain.errors import ConfigError

KEY = Fernet.generate_key()


def test_round_trip_with_env_key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(cr.ENV_KEY, KEY.decode())
    sealed = cr.encrypt_credentials({"app_password": "abcd-efgh-ijkl-mnop"})
    assert b"abcd" not in sealed
    assert dict(cr.decrypt_credentials(sealed)) == {"app_password": "abcd-efgh-ijkl-mnop"}


def test_wrong_key_is_a_clear_config_error() -> None:
    sealed = cr.encrypt_credentials({"access_token": "t"}, KEY)
    with pytest.raises(ConfigError, match="cannot be decrypted") as err:
        cr.decrypt_credentials(sealed, Fernet.generate_key())
    assert cr.KEY_FILE_ENV in str(err.value)  # the three places a key can come from


def test_no_env_and_no_keyring_says_what_to_do(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(cr, "_keyring_key", lambda create: None)
    with pytest.raises(ConfigError, match="followback init") as err:
        cr.load_key({}, create=False, key_file=tmp_path / "none.key")
    # Said when reading stored credentials too, so not "to encrypt"; names where it looked.
    assert "encrypt" not in str(err.value)
    assert str(tmp_path / "none.key") in str(err.value) and cr.KEY_FILE_ENV in str(err.value)


def test_without_a_keyring_the_key_is_a_file_only_its_owner_reads(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(cr, "_keyring_key", lambda create: None)
    path = tmp_path / "data" / "secret.key"
    where = cr.ensure_key({cr.KEY_FILE_ENV: str(path)})
    assert where == cr.KeyLocation(str(path), True)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    key = cr.load_key({cr.KEY_FILE_ENV: str(path)}, create=False)
    Fernet(key)  # a valid key
    assert cr.ensure_key({cr.KEY_FILE_ENV: str(path)}).created is False
    sealed = cr.encrypt_credentials({"access_token": "t"}, key)
    assert cr.decrypt_credentials(sealed, cr.load_key({cr.KEY_FILE_ENV: str(path)}))["access_token"]
    path.chmod(0o644)
    with pytest.raises(ConfigError, match="chmod 600"):
        cr.load_key({cr.KEY_FILE_ENV: str(path)})


def test_keyring_key_is_used_and_created(monkeypatch: pytest.MonkeyPatch) -> None:
    store: dict[tuple[str, str], str] = {}
    import keyring

    monkeypatch.setattr(keyring, "get_password", lambda s, k: store.get((s, k)))
    monkeypatch.setattr(keyring, "set_password", lambda s, k, v: store.__setitem__((s, k), v))
    first = cr.load_key({}, key_file=Path("/nonexistent/followback/secret.key"))
    assert store[(cr.KEYRING_SERVICE, cr.KEYRING_ENTRY)] == first.decode()
    assert cr.load_key({}, key_file=Path("/nonexistent/followback/secret.key")) == first


def test_invalid_env_key() -> None:
    with pytest.raises(ConfigError, match="not a valid key"):
        cr.load_key({cr.ENV_KEY: "too-short"})


def test_repr_and_pickle_never_show_secrets() -> None:
    creds = cr.Credentials({"access_token": "s3cr3t", "client_id": "cid"})
    assert "s3cr3t" not in repr(creds) and "s3cr3t" not in str(creds)
    assert "access_token=<redacted>" in repr(creds)
    assert creds["access_token"] == "s3cr3t"
    with pytest.raises(TypeError):
        pickle.dumps(creds)
    with pytest.raises(ConfigError):
        cr.Credentials({"n": 1})  # type: ignore[dict-item]


@pytest.mark.parametrize(
    "line",
    [
        "Headers: {'Authorization': 'Bearer AAAAsecretTOKEN123'}",
        "login with app_password=abcd-efgh-ijkl-mnop",
        '{"accessJwt": "eyJhbGciOiJFUzI1NksifQ.eyJzdWIiOiJkaWQ6cGxjIn0.c2ln"}',
        "refresh_token=r-secret&client_id=x",
        "session xq2a-7wcn-kgns-xlfr ok",
    ],
)
def test_log_filter_redacts_tokens(line: str, caplog: pytest.LogCaptureFixture) -> None:
    logger = logging.getLogger("tweepy.client")
    cr.install_log_redaction()
    with caplog.at_level(logging.DEBUG, logger="tweepy.client"):
        logger.debug("%s", line)
    text = caplog.text
    for secret in ("AAAAsecretTOKEN123", "abcd-efgh", "eyJzdWIi", "r-secret", "xq2a-7wcn"):
        assert secret not in text
    assert "<redacted>" in text
