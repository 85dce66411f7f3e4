"""Build a connector for a stored brand account (credentials decrypted only in memory)."""

from __future__ import annotations

import os

from followback.connectors.base import Connector
from followback.connectors.registry import get_factory
from followback.domain import Platform
from followback.store import AccountRepo, Store

__all__ = ["connector_for", "decrypt_stored_credentials"]


def _settings_key(secret_key: str | None) -> bytes | None:
    """The key from ``secret_key`` or followback.toml; None lets the environment/keyring decide.

    ``followback connect`` accepts the key from the settings file too, so every reader of
    stored credentials must look there as well.
    """
    from followback.credentials import ENV_KEY

    if secret_key:
        return secret_key.encode()
    if os.environ.get(ENV_KEY):
        return None
    from followback.config import load_settings

    configured = load_settings().secret_key
    return configured.encode() if configured else None


def decrypt_stored_credentials(blob: bytes | None, secret_key: str | None = None) -> dict[str, str]:
    """The account's credentials as a dict; empty when none are stored (the sandbox)."""
    if not blob:
        return {}
    from followback.credentials import decrypt_credentials

    return dict(decrypt_credentials(blob, _settings_key(secret_key)))


def connector_for(store: Store, account_id: int, *, secret_key: str | None = None) -> Connector:
    """A connected :class:`Connector` for brand account ``account_id``.

    Raises :class:`~followback.domain.UserError` when the account or its platform's
    connector is unknown or the credentials cannot be decrypted, and the platform's errors
    when the credentials are refused.
    """
    with store.session() as s:
        row = AccountRepo(s).get_row(account_id)
        platform = Platform(row.platform)
        handle, server, blob = row.handle, row.server, row.credentials
    factory = get_factory(platform)
    return factory(handle, decrypt_stored_credentials(blob, secret_key), server)
