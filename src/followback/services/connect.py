"""Build a connector for a stored brand account (credentials decrypted only in memory).

Credentials that the platform renews (X's token pair, whose refresh token works once;
Bluesky's session, whose creation is limited to 30 per 5 minutes and 300 a day) are kept
alive by :class:`StoredCredentials`: renewed under a lock on the account row, so one
worker renews and the others reuse what it stored, encrypted.
"""

from __future__ import annotations

import os
from collections.abc import Awaitable, Callable, Mapping
from decimal import Decimal

from followback.actions.credentials import add_x_spend, renew_credentials, save_credentials
from followback.connectors.base import Connector
from followback.connectors.registry import get_factory
from followback.connectors.x.spend import SpendTracker
from followback.domain import Platform, utcnow
from followback.store import AccountRepo, Store
from followback.store.x_usage import XSpendRepo

__all__ = ["StoredCredentials", "StoredSpend", "connector_for", "decrypt_stored_credentials"]


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


class StoredCredentials:
    """A :class:`~followback.connectors.base.CredentialKeeper` over the account's row."""

    def __init__(self, store: Store, account_id: int, secret_key: str | None = None) -> None:
        self.store = store
        self.account_id = account_id
        self._key = _settings_key(secret_key)

    def _seal(self, credentials: Mapping[str, str]) -> bytes:
        from followback.credentials import encrypt_credentials

        return encrypt_credentials(credentials, self._key)

    def _open(self, sealed: bytes | None) -> dict[str, str]:
        from followback.credentials import decrypt_credentials

        return dict(decrypt_credentials(sealed, self._key)) if sealed else {}

    async def renew(
        self,
        current: Mapping[str, str],
        renew_with: Callable[[dict[str, str]], Awaitable[dict[str, str]]],
    ) -> dict[str, str]:
        """Renew under the account's lock, or reuse what another worker renewed meanwhile
        (:func:`followback.actions.credentials.renew_credentials`)."""
        return await renew_credentials(
            self.store, self.account_id, current, renew_with, seal=self._seal, unseal=self._open
        )

    def save(self, credentials: Mapping[str, str]) -> None:
        save_credentials(self.store, self.account_id, self._seal(credentials))


def connector_for(store: Store, account_id: int, *, secret_key: str | None = None) -> Connector:
    """A connected :class:`Connector` for brand account ``account_id``.

    Raises :class:`~followback.domain.UserError` when the account or its platform's
    connector is unknown or the credentials cannot be decrypted, and the platform's errors
    when the credentials are refused.
    """
    with store.read() as s:
        row = AccountRepo(s).get_row(account_id)
        platform = Platform(row.platform)
        handle, server, blob = row.handle, row.server, row.credentials
    factory = get_factory(platform)
    connector = factory(handle, decrypt_stored_credentials(blob, secret_key), server)
    keep = getattr(connector, "keep_credentials_with", None)
    if callable(keep) and blob:
        keep(StoredCredentials(store, account_id, secret_key))
    spend = getattr(connector, "spend", None)
    if isinstance(spend, SpendTracker):
        # X: the spend cap is a month's, across runs and processes.
        spend.keep_with(StoredSpend(store, account_id))
    return connector


class StoredSpend:
    """An account's X spend this month, kept in the store (:class:`XSpendRepo`)."""

    def __init__(self, store: Store, account_id: int) -> None:
        self.store = store
        self.account_id = account_id

    def month_to_date(self) -> Decimal:
        with self.store.read() as s:
            return XSpendRepo(s).month_to_date(self.account_id, utcnow())

    def add(self, usd: Decimal) -> None:
        add_x_spend(self.store, self.account_id, usd, utcnow())
