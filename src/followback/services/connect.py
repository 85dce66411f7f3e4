"""Build a connector for a stored brand account (credentials decrypted only in memory)."""

from __future__ import annotations

import json

from followback.connectors.base import Connector
from followback.connectors.registry import get_factory
from followback.domain import Platform
from followback.store import AccountRepo, Store

__all__ = ["connector_for", "decrypt_stored_credentials"]


def decrypt_stored_credentials(blob: bytes | None) -> dict[str, str]:
    """The account's credentials as a dict; empty when none are stored (the sandbox)."""
    if not blob:
        return {}
    from followback import credentials  # the encryption module owns the key handling

    data = credentials.decrypt(blob)
    return dict(data) if not isinstance(data, bytes) else json.loads(data)


def connector_for(store: Store, account_id: int) -> Connector:
    """A connected :class:`Connector` for brand account ``account_id``.

    Raises :class:`~followback.domain.UserError` when the account or its platform's
    connector is unknown, and the platform's errors when the credentials are refused.
    """
    with store.session() as s:
        row = AccountRepo(s).get_row(account_id)
        platform = Platform(row.platform)
        handle, server, blob = row.handle, row.server, row.credentials
    factory = get_factory(platform)
    return factory(handle, decrypt_stored_credentials(blob), server)
